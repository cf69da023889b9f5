/* limber-history-line.h: one line of the history file, read and written
 *
 * The codec of docs/history-format.md, for the history (loading, appends,
 * rewrites) and the tests; the widgets see records only.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "limber-break-event.h"
#include "limber-history-record.h"

G_BEGIN_DECLS

/* Parses one line of the history file (without its newline). Returns NULL
 * and sets LIMBER_HISTORY_ERROR_DAMAGED when the line is not a record this
 * Limber can read. *@version is the line's "v" (0 when unknown). A line
 * with "amends" is not a record: it returns NULL without an error and sets
 * *@amends_id (see limber_history_record_apply_amendment). */
LimberHistoryRecord *limber_history_record_new_from_line     (const char          *line,
                                                              gsize                length,
                                                              guint               *version,
                                                              char               **amends_id,
                                                              GError             **error);
/* Applies the answers in an "amends" line to @self. FALSE when the line is
 * damaged or names another record. */
gboolean             limber_history_record_apply_amendment   (LimberHistoryRecord *self,
                                                              const char          *line,
                                                              gsize                length);
/* The record as one line of the file, without the newline. */
char                *limber_history_record_to_line           (LimberHistoryRecord *self);
/* The answers of the record (pain before and after, effort, note, the
 * suggestion shown) as an
 * "amends" line, without the newline. */
char                *limber_history_record_to_amendment_line (LimberHistoryRecord *self);
/* Only the "id" or "amends" member of a line, or NULL (for rewrites). */
char                *limber_history_line_peek_id             (const char          *line,
                                                              gsize                length);

/* Scratch buffers and a table of the strings that repeat from line to line
 * (routine ids and titles, exercise names), for reading a whole file. The
 * records share these strings, which outlive the reader. One thread at a
 * time. */
typedef struct _LimberHistoryLineReader LimberHistoryLineReader;

LimberHistoryLineReader *limber_history_line_reader_new   (void);
void                     limber_history_line_reader_free  (LimberHistoryLineReader  *reader);
/* As limber_history_record_new_from_line (); a line of another kind is
 * refused as damaged (it is not a record): loading uses _read_line (). */
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

/* What a line of the file is (docs/history-format.md). */
typedef enum
{
  LIMBER_HISTORY_LINE_DAMAGED,     /* skipped, counted and kept */
  LIMBER_HISTORY_LINE_RECORD,      /* a session record */
  LIMBER_HISTORY_LINE_AMENDMENT,   /* answers for a record ("amends") */
  LIMBER_HISTORY_LINE_BREAK,       /* "kind": "break" */
  LIMBER_HISTORY_LINE_OTHER_KIND,  /* a kind this Limber does not read: skipped silently */
} LimberHistoryLineType;

typedef struct
{
  LimberHistoryLineType type;
  guint version;                   /* "v" (0 when unknown; not read for other kinds) */
  gboolean has_kind;               /* a line with a "kind" (never makes the history read-only) */
  LimberHistoryRecord *record;     /* RECORD */
  char *amends_id;                 /* AMENDMENT */
  LimberBreakEvent *break_event;   /* BREAK */
} LimberHistoryLine;

void                     limber_history_line_clear        (LimberHistoryLine        *line);
/* Reads any line: @out is filled (and owns what it holds; clear it); with
 * LIMBER_HISTORY_LINE_DAMAGED, @error says why. A line of kind "break" of
 * a newer "v" with a "type" this Limber does not know is OTHER_KIND. */
void                     limber_history_line_reader_read_line (LimberHistoryLineReader *reader,
                                                               const char              *line,
                                                               gsize                    length,
                                                               LimberHistoryLine       *out,
                                                               GError                 **error);
/* The event as one line of the file (kind "break"), without the newline. */
char                    *limber_break_event_to_line       (const LimberBreakEvent   *event);

/* An ISO 8601 date and time as g_date_time_new_from_iso8601 () reads it
 * (times without an offset in UTC): seconds since 1970 UTC (fractions
 * dropped) and the offset east of UTC in seconds. @length: bytes of @str,
 * or -1 when it ends with a nul. */
gboolean                 limber_history_parse_iso8601     (const char               *str,
                                                           gssize                    length,
                                                           gint64                   *unix_time,
                                                           gint                     *offset);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LimberHistoryLineReader, limber_history_line_reader_free)
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (LimberHistoryLine, limber_history_line_clear)

G_END_DECLS
