/* limber-history-record-private.h: reading many lines of the history file
 *
 * For the history's loader and the tests; not for the widgets.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "limber-history-record.h"

G_BEGIN_DECLS

/* Scratch buffers and a pool of the strings that repeat from line to line
 * (routine ids and titles, exercise names), for reading a whole file. The
 * records share the pooled strings, which outlive the reader. One thread
 * at a time. */
typedef struct _LimberHistoryLineReader LimberHistoryLineReader;

LimberHistoryLineReader *limber_history_line_reader_new   (void);
void                     limber_history_line_reader_free  (LimberHistoryLineReader  *reader);
/* As limber_history_record_new_from_line (). */
LimberHistoryRecord     *limber_history_line_reader_read  (LimberHistoryLineReader  *reader,
                                                           const char               *line,
                                                           gsize                     length,
                                                           guint                    *version,
                                                           char                    **amends_id,
                                                           GError                  **error);
/* As limber_history_record_apply_amendment (). */
gboolean                 limber_history_line_reader_apply_amendment (LimberHistoryLineReader *reader,
                                                                     LimberHistoryRecord     *record,
                                                                     const char              *line,
                                                                     gsize                    length);

/* An ISO 8601 date and time as g_date_time_new_from_iso8601 () reads it
 * (times without an offset in UTC): seconds since 1970 UTC (fractions
 * dropped) and the offset east of UTC in seconds. The layout Limber writes,
 * "2024-03-01T07:30:00+01:00", is read without GDateTime. @length: bytes of
 * @str, or -1 when it ends with a nul. */
gboolean                 limber_history_parse_iso8601     (const char               *str,
                                                           gssize                    length,
                                                           gint64                   *unix_time,
                                                           gint                     *offset);

/* Only the layout Limber writes, "YYYY-MM-DDTHH:MM:SS[.fffffffff](Z|±HH:MM)"
 * with a valid date and time; FALSE for anything else. */
gboolean                 limber_history_parse_iso8601_fast (const char          *str,
                                                            gsize                length,
                                                            gint64              *unix_time,
                                                            gint                *offset);

/* What the statistics read of a record, in one call. */
typedef struct
{
  gint64 start_unix;
  const char *routine_id;
  const char *routine_title;
  guint active_seconds;
  gboolean completed;
  gint pain_before;
  gint pain_after;
} LimberHistoryRecordSummary;

void                     limber_history_record_peek_summary (LimberHistoryRecord        *record,
                                                             LimberHistoryRecordSummary *summary);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LimberHistoryLineReader, limber_history_line_reader_free)

G_END_DECLS
