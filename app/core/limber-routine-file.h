/* limber-routine-file.h: reading, validating and writing routine files (format v1 and v2)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "limber-error.h"
#include "limber-routine.h"

G_BEGIN_DECLS

#define LIMBER_ROUTINE_FORMAT         "limber-routine"
/* The newest format version this Limber reads (it reads 1 and 2). */
#define LIMBER_ROUTINE_FORMAT_VERSION 2
#define LIMBER_ROUTINE_MAX_FILE_SIZE  (1024 * 1024)

/* One broken rule: @path like "exercises[2].duration" ("" for the whole
 * file), @message like "must be between 1 and 3600 seconds, found 0". */
typedef struct
{
  char *path;
  char *message;
} LimberProblem;

LimberProblem *limber_problem_new  (const char    *path,
                                    const char    *message);
void           limber_problem_free (LimberProblem *problem);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LimberProblem, limber_problem_free)

/*
 * Parses and validates a routine file's contents. @name is the file's name as
 * it starts each message ("hips.json"). On failure returns NULL and an error
 * in LIMBER_ROUTINE_ERROR whose message holds one line per problem, each
 * "NAME: PATH: message" (or "NAME:LINE:COLUMN: message" for a syntax error).
 * Never a CRITICAL or a warning, whatever the bytes.
 */
LimberRoutine *limber_routine_load_bytes (GBytes        *bytes,
                                          const char    *name,
                                          GError       **error);
/* Reads @file (refusing more than 1 MiB before parsing) and loads it; @name
 * may be NULL for the file's basename. Sets the routine's path. Never
 * blocks: anything but a regular file (after following links) is refused,
 * "NAME: cannot read: it is a named pipe (FIFO), not a regular file". */
LimberRoutine *limber_routine_load_file  (GFile         *file,
                                          const char    *name,
                                          GCancellable  *cancellable,
                                          GError       **error);
/* The same, but a named pipe or a character device (`/dev/stdin`) is read
 * to its end, still at most 1 MiB: for `limber --validate`. */
LimberRoutine *limber_routine_load_file_or_stream (GFile         *file,
                                                   const char    *name,
                                                   GCancellable  *cancellable,
                                                   GError       **error);

/* The rules of the format applied to an in-memory routine (the editor's
 * validation): a GPtrArray of LimberProblem, empty when the routine is valid. */
GPtrArray     *limber_routine_validate   (LimberRoutine *routine);

/* Canonical JSON: keys in the format's order, defaults left out, "x-" keys
 * kept, two-space indent, final newline; "version" is
 * limber_routine_get_format_version() (1 unless "progression" is used). Stable: loading and saving again
 * gives the same bytes. */
char          *limber_routine_to_json    (LimberRoutine *routine,
                                          gsize         *length);
/* Writes the canonical JSON atomically and durably through
 * limber_safe_file_write() (a link stays a link and its target is written;
 * a pipe or a device is refused). A failure says which file and why. */
gboolean       limber_routine_save_file  (LimberRoutine *routine,
                                          GFile         *file,
                                          GCancellable  *cancellable,
                                          GError       **error);

G_END_DECLS
