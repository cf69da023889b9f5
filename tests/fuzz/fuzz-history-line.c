/* fuzz-history-line.c: any bytes into the history reader
 *
 * The input is a history file. Every line goes through the in-memory entry
 * points of limber-history-record.h the way the history's loader uses them
 * (new_from_line, then apply_amendment for "amends" lines, peek_id); then the
 * whole input is loaded by limber_history_load() from a memfd (no disk), so
 * the file path runs too.
 *
 * Properties checked: no crash, leak, undefined behaviour or GLib warning on
 * any input; a line that is refused says so with a DAMAGED error; a record
 * that parses writes a line that parses to an equal record and the same line;
 * its amendment line applies to it; peek_id finds the id of every line that
 * parses; a line with a "kind" is refused by the record reader with a
 * DAMAGED error and read by the history's line reader: a check-in or a
 * break that parses writes the same line again (peek_id finds a check-in's
 * session), a damaged one says why, other kinds are skipped; the whole-file
 * load keeps exactly the lines that parse alone (records, breaks and
 * check-ins) and counts the others as damaged.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define _GNU_SOURCE
#include "config.h"

#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "fuzz-common.h"
#include "limber-error.h"
#include "limber-history.h"
#include "limber-history-private.h"
#include "limber-history-record-private.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

#define FAIL(...) G_STMT_START { g_printerr (__VA_ARGS__); g_printerr ("\n"); abort (); } G_STMT_END

static gboolean
same_exercises (LimberHistoryRecord *a,
                LimberHistoryRecord *b)
{
  guint n = limber_history_record_get_n_exercises (a);

  if (n != limber_history_record_get_n_exercises (b))
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      const LimberHistoryExercise *ea = limber_history_record_get_exercise (a, i);
      const LimberHistoryExercise *eb = limber_history_record_get_exercise (b, i);

      if (g_strcmp0 (ea->name, eb->name) != 0 ||
          ea->sets_done != eb->sets_done ||
          ea->sets_planned != eb->sets_planned ||
          ea->sets_skipped != eb->sets_skipped)
        return FALSE;
    }
  return TRUE;
}

static gboolean
same_record (LimberHistoryRecord *a,
             LimberHistoryRecord *b)
{
  return g_strcmp0 (limber_history_record_get_id (a), limber_history_record_get_id (b)) == 0 &&
         limber_history_record_get_start_unix (a) == limber_history_record_get_start_unix (b) &&
         limber_history_record_get_start_offset (a) == limber_history_record_get_start_offset (b) &&
         limber_history_record_get_end_unix (a) == limber_history_record_get_end_unix (b) &&
         limber_history_record_get_end_offset (a) == limber_history_record_get_end_offset (b) &&
         g_strcmp0 (limber_history_record_get_routine_id (a), limber_history_record_get_routine_id (b)) == 0 &&
         g_strcmp0 (limber_history_record_get_routine_title (a), limber_history_record_get_routine_title (b)) == 0 &&
         limber_history_record_get_planned_seconds (a) == limber_history_record_get_planned_seconds (b) &&
         limber_history_record_get_active_seconds (a) == limber_history_record_get_active_seconds (b) &&
         limber_history_record_get_completed (a) == limber_history_record_get_completed (b) &&
         limber_history_record_get_pain_before (a) == limber_history_record_get_pain_before (b) &&
         limber_history_record_get_pain_after (a) == limber_history_record_get_pain_after (b) &&
         limber_history_record_get_effort (a) == limber_history_record_get_effort (b) &&
         g_strcmp0 (limber_history_record_get_note (a), limber_history_record_get_note (b)) == 0 &&
         same_exercises (a, b);
}

static gboolean
is_blank (const char *line,
          gsize       length)
{
  for (gsize i = 0; i < length; i++)
    if (line[i] != ' ' && line[i] != '\t' && line[i] != '\r')
      return FALSE;
  return TRUE;
}

/* A line with a "kind", as the history's reader read it: 2 for a
 * check-in, 3 for a break, 0 for another kind, -1 for a damaged line. */
static int
check_kind_line (LimberHistoryLine *read,
                 const GError      *read_error,
                 const char        *line,
                 gsize              length)
{
  g_autofree char *peeked = limber_history_line_peek_id (line, length);

  switch (read->type)
    {
    case LIMBER_HISTORY_LINE_DAMAGED:
      if (read_error == NULL || !g_error_matches (read_error, LIMBER_HISTORY_ERROR, LIMBER_HISTORY_ERROR_DAMAGED))
        FAIL ("a refused line of a kind without a DAMAGED error");
      return -1;
    case LIMBER_HISTORY_LINE_OTHER_KIND:
      return 0;
    case LIMBER_HISTORY_LINE_BREAK:
      {
        g_autoptr(LimberHistoryLineReader) reader = limber_history_line_reader_new ();
        g_auto(LimberHistoryLine) again = { 0 };
        g_autofree char *line1 = limber_break_event_to_line (read->break_event);
        g_autofree char *line2 = NULL;
        const LimberBreakEvent *a = read->break_event, *b;

        if (memchr (line1, '\n', strlen (line1)) != NULL)
          FAIL ("a written break holds a newline: %s", line1);
        limber_history_line_reader_read_line (reader, line1, strlen (line1), &again, NULL);
        if (again.type != LIMBER_HISTORY_LINE_BREAK)
          FAIL ("a written break does not parse:\n%s", line1);
        b = again.break_event;
        if (a->time != b->time || a->offset != b->offset || a->kind != b->kind ||
            a->sitting_minutes != b->sitting_minutes || g_strcmp0 (a->routine_id, b->routine_id) != 0)
          FAIL ("a written break parses to a different break:\n%.*s\n%s", (int) length, line, line1);
        line2 = limber_break_event_to_line (b);
        if (strcmp (line1, line2) != 0)
          FAIL ("a written break is not stable:\n%s\n%s", line1, line2);
        return 3;
      }
    case LIMBER_HISTORY_LINE_CHECKIN:
      {
        LimberHistoryCheckin *checkin = read->checkin;
        g_autoptr(LimberHistoryCheckin) alone = NULL;
        g_autoptr(LimberHistoryCheckin) again = NULL;
        g_autofree char *line1 = NULL;
        g_autofree char *line2 = NULL;

        alone = limber_history_checkin_new_from_line (line, length, NULL);
        if (alone == NULL)
          FAIL ("the reader reads a check-in that checkin_new_from_line refuses:\n%.*s", (int) length, line);
        if (g_strcmp0 (peeked, limber_history_checkin_get_session_id (checkin)) != 0)
          FAIL ("peek_id found \"%s\", the check-in names \"%s\"", peeked ? peeked : "(null)",
                limber_history_checkin_get_session_id (checkin));
        line1 = limber_history_checkin_to_line (checkin);
        if (memchr (line1, '\n', strlen (line1)) != NULL)
          FAIL ("a written check-in holds a newline: %s", line1);
        again = limber_history_checkin_new_from_line (line1, strlen (line1), NULL);
        if (again == NULL)
          FAIL ("a written check-in does not parse:\n%s", line1);
        line2 = limber_history_checkin_to_line (again);
        if (strcmp (line1, line2) != 0)
          FAIL ("a written check-in is not stable:\n%s\n%s", line1, line2);
        return 2;
      }
    case LIMBER_HISTORY_LINE_RECORD:
    case LIMBER_HISTORY_LINE_AMENDMENT:
    default:
      FAIL ("a line with a \"kind\" read as a session or an amendment:\n%.*s", (int) length, line);
    }
  return -1;
}

/* One line: the properties of a single record. Returns 1 for a record, 0 for
 * an amendment or a line of an unknown kind, 2 for a check-in, 3 for a
 * break, -1 for a damaged line. */
static int
check_line (const char *line,
            gsize       length)
{
  g_autoptr(LimberHistoryRecord) record = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *amends = NULL;
  g_autofree char *peeked = NULL;
  guint version = 0;

  record = limber_history_record_new_from_line (line, length, &version, &amends, &error);
  peeked = limber_history_line_peek_id (line, length);

  /* The loader's reader: lines of a kind are no records. */
  {
    g_autoptr(LimberHistoryLineReader) reader = limber_history_line_reader_new ();
    g_auto(LimberHistoryLine) read = { 0 };
    g_autoptr(GError) read_error = NULL;

    limber_history_line_reader_read_line (reader, line, length, &read, &read_error);
    if (read.has_kind)
      {
        if (record != NULL || amends != NULL ||
            !g_error_matches (error, LIMBER_HISTORY_ERROR, LIMBER_HISTORY_ERROR_DAMAGED))
          FAIL ("the record reader does not refuse a line with a \"kind\":\n%.*s", (int) length, line);
        return check_kind_line (&read, read_error, line, length);
      }
    if ((record != NULL) != (read.type == LIMBER_HISTORY_LINE_RECORD) ||
        (amends != NULL) != (read.type == LIMBER_HISTORY_LINE_AMENDMENT))
      FAIL ("the record reader and the line reader disagree:\n%.*s", (int) length, line);
  }

  if (record == NULL && amends != NULL)
    {
      if (error != NULL)
        FAIL ("an amendment line came with an error: %s", error->message);
      if (g_strcmp0 (peeked, amends) != 0)
        FAIL ("peek_id found \"%s\", the parser \"%s\" amends", peeked ? peeked : "(null)", amends);
      return 0;
    }
  if (record == NULL)
    {
      if (error == NULL || !g_error_matches (error, LIMBER_HISTORY_ERROR, LIMBER_HISTORY_ERROR_DAMAGED))
        FAIL ("a refused line without a DAMAGED error");
      return -1;
    }
  if (error != NULL)
    FAIL ("a record with an error: %s", error->message);
  if (g_strcmp0 (peeked, limber_history_record_get_id (record)) != 0)
    FAIL ("peek_id found \"%s\", the record's id is \"%s\"",
          peeked ? peeked : "(null)", limber_history_record_get_id (record));

  /* The round trip: the written line parses to an equal record, and the
   * same line again. */
  {
    g_autofree char *line1 = limber_history_record_to_line (record);
    g_autofree char *line2 = NULL;
    g_autofree char *amends1 = NULL;
    g_autofree char *amendment = NULL;
    g_autoptr(GError) error1 = NULL;
    g_autoptr(LimberHistoryRecord) again = NULL;
    guint version1 = 0;

    if (memchr (line1, '\n', strlen (line1)) != NULL)
      FAIL ("a written line holds a newline: %s", line1);
    again = limber_history_record_new_from_line (line1, strlen (line1), &version1, &amends1, &error1);
    if (again == NULL)
      FAIL ("a written line does not parse: %s\n%s", error1 ? error1->message : "(amendment)", line1);
    if (!same_record (record, again))
      FAIL ("a written line parses to a different record:\n%.*s\n%s", (int) length, line, line1);
    line2 = limber_history_record_to_line (again);
    if (strcmp (line1, line2) != 0)
      FAIL ("a written line is not stable:\n%s\n%s", line1, line2);

    amendment = limber_history_record_to_amendment_line (record);
    if (!limber_history_record_apply_amendment (again, amendment, strlen (amendment)))
      FAIL ("a record's own amendment line does not apply:\n%s", amendment);
    if (!same_record (record, again))
      FAIL ("a record's own amendment line changes it:\n%s", amendment);
  }

  return 1;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  static int memfd = -1;
  static char *memfd_path;
  const char *p = (const char *) data, *end = p + size;
  guint n_records = 0, n_damaged = 0, n_checkins = 0, n_breaks = 0;

  fuzz_set_up_logging ();

  while (p < end)
    {
      const char *nl = memchr (p, '\n', end - p);
      gsize length = (nl != NULL ? nl : end) - p;

      if (!is_blank (p, length))
        {
          int kind = check_line (p, length);

          if (kind == 2)
            n_checkins++;
          else if (kind == 3)
            n_breaks++;
          else if (kind > 0)
            n_records++;
          else if (kind < 0)
            n_damaged++;
        }
      p += length + 1;
    }

  /* An empty file once made parse_contents() compute NULL + 0 (undefined
   * behaviour): tests/fuzz/regressions/history-line/empty-file keeps it fixed. */
  /* The whole file, through the real loader, from memory. */
  if (memfd < 0)
    {
      memfd = memfd_create ("history.jsonl", 0);
      if (memfd < 0)
        FAIL ("memfd_create failed");
      memfd_path = g_strdup_printf ("/proc/self/fd/%d", memfd);
    }
  if (ftruncate (memfd, 0) != 0 || pwrite (memfd, data, size, 0) != (ssize_t) size)
    FAIL ("cannot write the memfd");

  {
    g_autoptr(GFile) file = g_file_new_for_path (memfd_path);
    g_autoptr(LimberHistory) history = limber_history_new (file);
    g_autoptr(GError) error = NULL;
    guint n_items;

    if (!limber_history_load (history, NULL, &error))
      FAIL ("a readable history does not load: %s", error->message);
    n_items = g_list_model_get_n_items (G_LIST_MODEL (history));
    if (n_items != n_records)
      FAIL ("the file load kept %u records, the lines alone parse to %u", n_items, n_records);
    {
      guint n = 0;

      limber_history_peek_checkins (history, &n);
      if (n != n_checkins)
        FAIL ("the file load kept %u check-ins, the lines alone parse to %u", n, n_checkins);
      limber_history_peek_breaks (history, &n);
      if (n != n_breaks)
        FAIL ("the file load kept %u breaks, the lines alone parse to %u", n, n_breaks);
    }
    if (limber_history_get_n_damaged (history) != n_damaged)
      FAIL ("the file load counted %u damaged lines, the lines alone %u",
            limber_history_get_n_damaged (history), n_damaged);
    if ((n_damaged > 0) != (limber_history_get_problem (history) != NULL) &&
        !limber_history_get_read_only (history))
      FAIL ("damaged lines and the problem message disagree");
  }

  return 0;
}
