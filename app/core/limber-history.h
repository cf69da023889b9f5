/* limber-history.h: the sessions a person finished, kept in history.jsonl
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "limber-break-event.h"
#include "limber-history-record.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_HISTORY (limber_history_get_type ())

G_DECLARE_FINAL_TYPE (LimberHistory, limber_history, LIMBER, HISTORY, GObject)

/* The most damaged line numbers a history remembers (the count is exact). */
#define LIMBER_HISTORY_MAX_DAMAGED_LINES 10

/*
 * A GListModel of LimberHistoryRecord, newest first (by start time), read
 * from a JSON Lines file (docs/history-format.md).
 *
 * - Appending writes one line with a single write(2) and one fsync; the file
 *   is never rewritten to add a record.
 * - Reading skips a damaged line (a torn last line after a crash, or a
 *   corrupt one), keeps every other record, and reports it once in
 *   "problem"; the line stays in the file (rewrites copy it as it is).
 * - A file with records of a newer format version is read for what this
 *   version knows, and the history becomes read-only: append, save_answers
 *   and remove refuse with LIMBER_HISTORY_ERROR_READ_ONLY; nothing writes
 *   to the file. Read-only is known after a load.
 * - Removing is undoable: remove() takes the record out of the model at
 *   once and returns a token; undo_remove() puts it back;
 *   commit_removals() rewrites the file atomically (temporary file, fsync,
 *   rename) without the removed records and their amendments, and
 *   commit_removals_async() does it in a worker thread.
 *
 * - Lines of kind "break" (break reminders) are read as LimberBreakEvent,
 *   oldest first (peek_breaks, "breaks-changed"); lines of kinds this
 *   version does not know are skipped silently.
 * - Every append and rewrite holds an exclusive flock(2) on the file, so
 *   limber-reminders appending breaks and the window appending or
 *   rewriting never lose each other's lines.
 *
 * Properties: "file" (GFile, construct-only), "loaded", "read-only",
 * "n-damaged" (lines skipped by the last load), "problem" (a message for
 * people, or NULL), and GListModel's "n-items" through items-changed.
 */

/* @file: NULL for the default, $XDG_DATA_HOME/limber/history.jsonl. */
LimberHistory       *limber_history_new                 (GFile                *file);
GFile               *limber_history_get_default_file    (void);

/* Reads the file (a missing file is an empty history). Replaces the model's
 * contents. FALSE with LIMBER_HISTORY_ERROR_IO when the file exists but
 * cannot be read (the model is left as it was). */
gboolean             limber_history_load                (LimberHistory        *self,
                                                         GCancellable         *cancellable,
                                                         GError              **error);
/* The same, reading and parsing in a worker thread. */
void                 limber_history_load_async          (LimberHistory        *self,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
gboolean             limber_history_load_finish         (LimberHistory        *self,
                                                         GAsyncResult         *result,
                                                         GError              **error);

gboolean             limber_history_get_loaded          (LimberHistory        *self);
gboolean             limber_history_get_read_only       (LimberHistory        *self);
/* What went wrong in the last load, for people, or NULL:
 * "history.jsonl: line 17 is damaged and was skipped; it stays in the file". */
const char          *limber_history_get_problem         (LimberHistory        *self);

/* The records, newest first; borrowed, valid until the model changes. */
LimberHistoryRecord * const *limber_history_peek_records (LimberHistory       *self,
                                                          guint               *n_records);

/* The break lines, oldest first (by time); borrowed, valid until
 * "breaks-changed". */
LimberBreakEvent * const *limber_history_peek_breaks  (LimberHistory       *self,
                                                       guint               *n_breaks);
/* Writes @event as a line of kind "break" (docs/history-format.md), under
 * the file's lock. A history that was not loaded (limber-reminders keeps
 * none in memory) reads the file first, under the lock, and refuses with
 * LIMBER_HISTORY_ERROR_READ_ONLY when it holds records of a newer format; a
 * loaded one refuses when it is read-only, and adds the event
 * ("breaks-changed"). Never rewrites the file. */
gboolean             limber_history_append_break        (LimberHistory          *self,
                                                         const LimberBreakEvent *event,
                                                         GError                **error);
/* Reads the break lines again in a worker thread (limber-reminders wrote
 * some); the sessions stay as they are. "breaks-changed" in _finish. */
void                 limber_history_reload_breaks_async  (LimberHistory       *self,
                                                          GCancellable        *cancellable,
                                                          GAsyncReadyCallback  callback,
                                                          gpointer             user_data);
gboolean             limber_history_reload_breaks_finish (LimberHistory       *self,
                                                          GAsyncResult        *result,
                                                          GError             **error);

/* Writes @record as a new line (creating the folder 0700 and the file 0600
 * when needed) and adds it to the model. */
gboolean             limber_history_append              (LimberHistory        *self,
                                                         LimberHistoryRecord  *record,
                                                         GError              **error);
/* Writes the answers of @record (pain before and after, effort, note, the
 * suggestion shown and its response) as an
 * amendment line; the reader applies the last one to the record. For the
 * Finished page's questions, answered after the record was appended.
 * A record in the model is announced as changed (items-changed 1 for 1). */
gboolean             limber_history_save_answers        (LimberHistory        *self,
                                                         LimberHistoryRecord  *record,
                                                         GError              **error);

/* Takes @record out of the model; returns a token > 0, or 0 with an error
 * (read-only, or not in the history). */
guint                limber_history_remove              (LimberHistory        *self,
                                                         LimberHistoryRecord  *record,
                                                         GError              **error);
/* Puts a removed record back; FALSE when the token is unknown (committed). */
gboolean             limber_history_undo_remove         (LimberHistory        *self,
                                                         guint                 token);
guint                limber_history_get_n_pending_removals (LimberHistory     *self);
/* Rewrites the file without the removed records (atomically). On failure
 * the removals stay pending. Waits for a rewrite in a worker thread, and
 * writes its removals too. */
gboolean             limber_history_commit_removals     (LimberHistory        *self,
                                                         GCancellable         *cancellable,
                                                         GError              **error);
/* The same, reading and writing the file in a worker thread (appends wait
 * for it); the pending removals are forgotten, or pending again after a
 * failure, in _finish, on the calling thread. While it runs, they cannot
 * be undone (undo_remove returns FALSE), and new removals wait for the
 * next commit. */
void                 limber_history_commit_removals_async  (LimberHistory       *self,
                                                            GCancellable        *cancellable,
                                                            GAsyncReadyCallback  callback,
                                                            gpointer             user_data);
gboolean             limber_history_commit_removals_finish (LimberHistory       *self,
                                                            GAsyncResult        *result,
                                                            GError             **error);

G_END_DECLS
