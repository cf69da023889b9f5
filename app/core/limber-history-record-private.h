/* limber-history-record-private.h: the record's fields, for the codec
 * (limber-history-line.c) and the statistics; accessors only the tests use
 *
 * Not for the widgets.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "limber-history-line.h"
#include "limber-history-record.h"

G_BEGIN_DECLS

struct _LimberHistoryRecord
{
  GObject parent_instance;

  char *id;
  gint64 start_unix;
  gint64 end_unix;
  gint start_offset;
  gint end_offset;
  char *routine_id;     /* GRefString, interned */
  char *routine_title;  /* GRefString, interned */
  guint planned_seconds;
  guint active_seconds;
  guint version;
  gboolean completed;
  gint pain_before;
  gint pain_after;
  LimberEffort effort;
  char *note;
  int level;            /* LIMBER_LEVEL_MIN … LIMBER_LEVEL_MAX, 0 as written */
  gboolean easy_day;    /* played one level below the routine's level, for once */
  LimberSuggestionKind suggestion;  /* shown after the session, or NONE */
  int suggestion_level;
  LimberSuggestionResponse suggestion_response;
  guint n_exercises;
  LimberHistoryExercise *exercises;  /* names are interned GRefStrings */
};

/* Seconds since 1970 UTC, and the offset east of UTC in seconds that the
 * session ran in. */
gint                 limber_history_record_get_start_offset (LimberHistoryRecord *self);
gint64               limber_history_record_get_end_unix     (LimberHistoryRecord *self);
gint                 limber_history_record_get_end_offset   (LimberHistoryRecord *self);
/* The format version the record was read from (1 for new records). */
guint                limber_history_record_get_version      (LimberHistoryRecord *self);
guint                limber_history_record_get_n_exercises  (LimberHistoryRecord *self);
/* Borrowed; NULL past the end. */
const LimberHistoryExercise *limber_history_record_get_exercise (LimberHistoryRecord *self,
                                                                 guint                index);

G_END_DECLS
