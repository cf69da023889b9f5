/* limber-history-export.h: the history as CSV or JSON
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "limber-history.h"

G_BEGIN_DECLS

typedef enum {
  LIMBER_EXPORT_FORMAT_CSV,
  LIMBER_EXPORT_FORMAT_JSON,
} LimberExportFormat;

/* "csv" or "json"; otherwise FALSE with LIMBER_HISTORY_ERROR_INVALID_ARGUMENT. */
gboolean  limber_export_format_from_string (const char          *str,
                                            LimberExportFormat  *format,
                                            GError             **error);

/*
 * CSV (RFC 4180: CRLF line ends, a header row, fields with a comma, a double
 * quote, CR or LF in double quotes with inner quotes doubled), one row per
 * session, the columns of docs/history-format.md:
 * id, start, end, routine_id, routine_title, planned_seconds,
 * active_seconds, completed, pain_before, pain_after, effort, note,
 * sets_done, sets_planned, sets_skipped, level, easy_day, kind ("session"
 * or "break"), break_type, sitting_minutes; a break is a row of its own
 * (its time as start and end, routine_id with "reminded-started").
 * JSON: an array of the records and the break lines, each as the object of
 * its history line. The whole history, oldest first (a record by its start).
 */
char     *limber_history_export            (LimberHistory               *history,
                                            LimberExportFormat           format);
/* Writes the export of @history to @path with limber_safe_file_write_full()
 * (0600 when new): atomically, through a link to its target; a pipe or a
 * device is refused. */
gboolean  limber_history_export_to_path    (LimberHistory               *history,
                                            LimberExportFormat           format,
                                            const char                  *path,
                                            GError                     **error);

G_END_DECLS
