/* test-history-checkin.c: next-morning check-ins in the history file
 * ("checkin" lines of docs/history-format.md), lines of other kinds, which
 * session awaits a check-in, and "worse the next morning" for the rules.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "limber-error.h"
#include "limber-history-line.h"
#include "limber-history-private.h"
#include "limber-progress-rules.h"

#define SESSION_A "3f1c2a9e-8b7d-4c1e-9f00-123456789abc"
#define SESSION_B "0a7d2c11-1111-4c1e-9f00-abcdefabcdef"

#define RECORD_A "{\"v\":1,\"id\":\"" SESSION_A "\",\"start\":\"2026-11-29T18:00:00+01:00\"," \
  "\"end\":\"2026-11-29T18:15:00+01:00\",\"routine_id\":\"desk-break\",\"routine_title\":\"Desk Break\"," \
  "\"planned_seconds\":900,\"active_seconds\":900,\"completed\":true,\"pain_before\":2,\"pain_after\":3}"
#define RECORD_B "{\"v\":1,\"id\":\"" SESSION_B "\",\"start\":\"2026-11-30T07:30:00+01:00\"," \
  "\"end\":\"2026-11-30T07:40:00+01:00\",\"routine_id\":\"desk-break\",\"routine_title\":\"Desk Break\"," \
  "\"planned_seconds\":600,\"active_seconds\":600,\"completed\":true,\"pain_after\":1}"
#define CHECKIN_A "{\"v\":1,\"kind\":\"checkin\",\"time\":\"2026-11-30T08:05:00+01:00\",\"session\":\"" SESSION_A "\",\"pain\":5}"
#define BREAK_LINE "{\"v\":1,\"kind\":\"break\",\"time\":\"2026-11-30T09:30:00+01:00\",\"type\":\"natural\",\"sitting_minutes\":42}"

static char *
make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("limber-checkin-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_dir (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "history.jsonl", NULL);

  g_remove (path);
  g_rmdir (dir);
}

static LimberHistory *
load_history (const char *dir,
              const char *contents)
{
  g_autofree char *path = g_build_filename (dir, "history.jsonl", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  LimberHistory *history;

  if (contents != NULL)
    {
      g_file_set_contents (path, contents, -1, &error);
      g_assert_no_error (error);
    }
  history = limber_history_new (file);
  g_assert_true (limber_history_load (history, NULL, &error));
  g_assert_no_error (error);
  return history;
}

static GDateTime *
date (const char *iso)
{
  GDateTime *dt = g_date_time_new_from_iso8601 (iso, NULL);

  g_assert_nonnull (dt);
  return dt;
}

/* The line written, exactly as the format says, and read back. */
static void
test_line_round_trip (void)
{
  g_autoptr(GDateTime) time = date ("2026-11-30T20:05:00+01:00");
  g_autoptr(LimberHistoryCheckin) checkin = limber_history_checkin_new (SESSION_A, time, 3);
  g_autofree char *line = limber_history_checkin_to_line (checkin);
  g_autoptr(LimberHistoryCheckin) back = NULL;
  g_autoptr(GDateTime) back_time = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *iso = NULL;

  g_assert_cmpstr (line, ==,
                   "{\"v\":1,\"kind\":\"checkin\",\"time\":\"2026-11-30T20:05:00+01:00\","
                   "\"session\":\"" SESSION_A "\",\"pain\":3}");

  back = limber_history_checkin_new_from_line (line, strlen (line), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (limber_history_checkin_get_session_id (back), ==, SESSION_A);
  g_assert_cmpint (limber_history_checkin_get_pain (back), ==, 3);
  back_time = limber_history_checkin_dup_time (back);
  iso = g_date_time_format_iso8601 (back_time);
  g_assert_cmpstr (iso, ==, "2026-11-30T20:05:00+01");
  g_assert_cmpint (limber_history_checkin_get_unix (back), ==, g_date_time_to_unix (time));

  /* The history's reader reads it as a check-in. */
  {
    g_autoptr(LimberHistoryLineReader) reader = limber_history_line_reader_new ();
    g_auto(LimberHistoryLine) read = { 0 };
    g_autoptr(GError) read_error = NULL;

    limber_history_line_reader_read_line (reader, line, strlen (line), &read, &read_error);
    g_assert_no_error (read_error);
    g_assert_cmpint (read.type, ==, LIMBER_HISTORY_LINE_CHECKIN);
    g_assert_true (read.has_kind);
    g_assert_cmpuint (read.version, ==, 1);
    g_assert_cmpstr (limber_history_checkin_get_session_id (read.checkin), ==, SESSION_A);
    g_assert_cmpint (limber_history_checkin_get_pain (read.checkin), ==, 3);
  }
  /* Deleting the session drops the check-ins that name it. */
  {
    g_autofree char *id = limber_history_line_peek_id (line, strlen (line));

    g_assert_cmpstr (id, ==, SESSION_A);
  }
  /* Not a record: the record reader refuses it (as a break line). */
  {
    g_autoptr(LimberHistoryRecord) record = NULL;
    g_autofree char *amends = NULL;

    record = limber_history_record_new_from_line (line, strlen (line), NULL, &amends, &error);
    g_assert_error (error, LIMBER_HISTORY_ERROR, LIMBER_HISTORY_ERROR_DAMAGED);
    g_assert_cmpstr (error->message, ==, "it is a line of another kind, not a session");
    g_assert_null (record);
    g_assert_null (amends);
  }
}

/* Check-in lines that break the rules, and what is wrong with each. */
static void
test_damaged_lines (void)
{
  static const struct { const char *line; const char *message; } rows[] = {
    { "{\"v\":1,\"kind\":\"checkin\",\"time\":\"2026-11-30T08:00:00+01:00\",\"session\":\"x\",\"pain\":11}",
      "its “pain” is missing or not 0 to 10" },
    { "{\"v\":1,\"kind\":\"checkin\",\"time\":\"2026-11-30T08:00:00+01:00\",\"session\":\"x\"}",
      "its “pain” is missing or not 0 to 10" },
    { "{\"v\":1,\"kind\":\"checkin\",\"time\":\"2026-11-30T08:00:00+01:00\",\"session\":\"x\",\"pain\":-1}",
      "it is not a complete JSON object" },
    { "{\"v\":1,\"kind\":\"checkin\",\"time\":\"2026-11-30T08:00:00+01:00\",\"pain\":2}",
      "it has no “session”" },
    { "{\"v\":1,\"kind\":\"checkin\",\"time\":\"yesterday\",\"session\":\"x\",\"pain\":2}",
      "it is not a complete JSON object" },
    { "{\"v\":1,\"kind\":\"checkin\",\"session\":\"x\",\"pain\":2}",
      "its “time” is missing or not a date" },
    { "{\"kind\":\"checkin\",\"time\":\"2026-11-30T08:00:00+01:00\",\"session\":\"x\",\"pain\":2}",
      "it has no format version “v”" },
    { "{\"v\":1,\"kind\":\"checkin\",\"time\":\"2026-11-30T08:00:00+01:00\",\"session\":\"x\",\"pain\":2",
      "it is not a complete JSON object" },
    { BREAK_LINE, "it is not a check-in" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(LimberHistoryCheckin) checkin =
        limber_history_checkin_new_from_line (rows[i].line, strlen (rows[i].line), &error);

      g_test_message ("%s", rows[i].line);
      g_assert_null (checkin);
      g_assert_error (error, LIMBER_HISTORY_ERROR, LIMBER_HISTORY_ERROR_DAMAGED);
      g_assert_cmpstr (error->message, ==, rows[i].message);
    }

  /* A newer version of the line is read for what it has. */
  {
    const char *line = "{\"v\":3,\"kind\":\"checkin\",\"time\":\"2026-11-30T08:00:00Z\",\"session\":\"x\","
                       "\"pain\":4,\"mood\":{\"a\":[1,2]}}";
    g_autoptr(GError) error = NULL;
    g_autoptr(LimberHistoryCheckin) checkin = limber_history_checkin_new_from_line (line, strlen (line), &error);

    g_assert_no_error (error);
    g_assert_cmpint (limber_history_checkin_get_pain (checkin), ==, 4);
  }
}

/* A whole file: records, an amendment, a check-in, a break line, lines of
 * kinds no one knows (with members a record would refuse), a damaged
 * check-in. */
static void
test_load_kinds (void)
{
  g_autofree char *dir = make_dir ();
  g_autoptr(LimberHistory) history = NULL;
  LimberHistoryCheckin * const *checkins;
  LimberHistoryRecord * const *records;
  guint n = 0;
  const guint *damaged;

  history = load_history (dir,
                          RECORD_A "\n"
                          CHECKIN_A "\n"
                          BREAK_LINE "\n"
                          "{\"v\":7,\"kind\":\"mood\",\"id\":5,\"start\":true,\"pain\":\"bad\"}\n"
                          "{\"v\":1,\"kind\":\"checkin\",\"time\":\"2026-11-30T08:00:00+01:00\",\"session\":\"x\",\"pain\":12}\n"
                          "{\"v\":1,\"amends\":\"" SESSION_A "\",\"pain_before\":2,\"pain_after\":4}\n"
                          RECORD_B "\n"
                          "{\"v\":1,\"kind\":\"checkin\",\"time\":\"2026-11-30T09:00:00+01:00\",\"session\":\"" SESSION_A "\",\"pain\":6}\n");

  /* The unknown kind is silent (and its "v" makes nothing read-only); the
   * bad check-in on line 5 is damaged. */
  g_assert_false (limber_history_get_read_only (history));
  g_assert_cmpuint (limber_history_get_n_damaged (history), ==, 1);
  damaged = limber_history_get_damaged_lines (history, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpuint (damaged[0], ==, 5);
  g_assert_cmpstr (limber_history_get_problem (history), ==,
                   "history.jsonl: line 5 is damaged and was skipped; it stays in the file");

  records = limber_history_peek_records (history, &n);
  g_assert_cmpuint (n, ==, 2);
  /* The check-ins leave the session's own answers alone. */
  g_assert_cmpstr (limber_history_record_get_id (records[1]), ==, SESSION_A);
  g_assert_cmpint (limber_history_record_get_pain_before (records[1]), ==, 2);
  g_assert_cmpint (limber_history_record_get_pain_after (records[1]), ==, 4);

  checkins = limber_history_peek_checkins (history, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpint (limber_history_checkin_get_pain (checkins[0]), ==, 5);
  g_assert_cmpint (limber_history_checkin_get_pain (checkins[1]), ==, 6);
  /* The last one wins. */
  g_assert_cmpint (limber_history_checkins_lookup_pain (checkins, n, SESSION_A), ==, 6);
  g_assert_cmpint (limber_history_checkins_lookup_pain (checkins, n, SESSION_B), ==, LIMBER_PAIN_UNSET);

  remove_dir (dir);
}

static void
on_checkins_changed (LimberHistory *history,
                     guint         *count)
{
  (*count)++;
}

/* Appending writes one line at the end of the file, exactly; a torn last
 * line stays a line of its own; deleting the session drops its check-ins
 * and keeps break lines. */
static void
test_append_and_delete (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "history.jsonl", NULL);
  g_autoptr(LimberHistory) history = load_history (dir, RECORD_A "\n" BREAK_LINE "\n" RECORD_B "\n{\"v\":1,\"torn");
  g_autoptr(GDateTime) time = date ("2026-11-30T08:10:00+01:00");
  g_autoptr(LimberHistoryCheckin) checkin = limber_history_checkin_new (SESSION_A, time, 7);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  guint changed = 0, n = 0;

  g_signal_connect (history, "checkins-changed", G_CALLBACK (on_checkins_changed), &changed);
  g_assert_true (limber_history_append_checkin (history, checkin, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 1);
  limber_history_peek_checkins (history, &n);
  g_assert_cmpuint (n, ==, 1);

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==,
                   RECORD_A "\n" BREAK_LINE "\n" RECORD_B "\n{\"v\":1,\"torn\n"
                   "{\"v\":1,\"kind\":\"checkin\",\"time\":\"2026-11-30T08:10:00+01:00\","
                   "\"session\":\"" SESSION_A "\",\"pain\":7}\n");
  g_clear_pointer (&contents, g_free);

  /* Read again: the same check-in. */
  g_assert_true (limber_history_load (history, NULL, &error));
  g_assert_cmpuint (changed, ==, 2);
  g_assert_cmpint (limber_history_checkins_lookup_pain (limber_history_peek_checkins (history, &n), n, SESSION_A), ==, 7);

  /* Delete session A (the older one, last in the model). */
  g_assert_cmpuint (limber_history_remove (history, limber_history_peek_records (history, NULL)[1], &error), >, 0);
  g_assert_true (limber_history_commit_removals (history, NULL, &error));
  g_assert_no_error (error);
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_cmpstr (contents, ==, BREAK_LINE "\n" RECORD_B "\n{\"v\":1,\"torn\n");

  remove_dir (dir);
}

/* A history written by a newer Limber (a record with "v":2) refuses the
 * check-in as it refuses everything. */
static void
test_append_read_only (void)
{
  g_autofree char *dir = make_dir ();
  g_autoptr(LimberHistory) history =
    load_history (dir, "{\"v\":2,\"id\":\"n\",\"start\":\"2026-11-29T18:00:00Z\",\"end\":\"2026-11-29T18:15:00Z\","
                       "\"routine_id\":\"r\",\"routine_title\":\"R\",\"planned_seconds\":1,\"active_seconds\":1,"
                       "\"completed\":true}\n");
  g_autoptr(GDateTime) time = date ("2026-11-30T08:10:00+01:00");
  g_autoptr(LimberHistoryCheckin) checkin = limber_history_checkin_new ("n", time, 1);
  g_autoptr(GError) error = NULL;

  g_assert_false (limber_history_append_checkin (history, checkin, &error));
  g_assert_error (error, LIMBER_HISTORY_ERROR, LIMBER_HISTORY_ERROR_READ_ONLY);
  g_assert_true (g_str_has_prefix (error->message, "Cannot record the check-in: history.jsonl was written by a newer"));
  remove_dir (dir);
}

/* Which session awaits a check-in, at and around the chosen time. */
static void
test_find_due (void)
{
  g_autofree char *dir = make_dir ();
  g_autoptr(LimberHistory) history = NULL;
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  static const struct
  {
    const char *now;       /* Berlin time */
    guint minutes;         /* the chosen time */
    gboolean with_checkin; /* a check-in names session A */
    const char *due;       /* the id, or NULL */
  } rows[] = {
    /* Session A: 29 Nov 18:00; session B: 30 Nov 07:30. */
    { "2026-11-30T07:59:59", 8 * 60, FALSE, NULL },       /* before the time */
    { "2026-11-30T08:00:00", 8 * 60, FALSE, SESSION_A },  /* at the time */
    { "2026-11-30T23:59:00", 8 * 60, FALSE, SESSION_A },  /* all that day */
    { "2026-11-30T08:00:00", 8 * 60, TRUE, NULL },        /* answered */
    { "2026-11-30T06:00:00", 5 * 60 + 30, FALSE, SESSION_A },
    { "2026-12-01T08:00:00", 8 * 60, FALSE, SESSION_B },  /* B the next day */
    { "2026-12-02T08:00:00", 8 * 60, FALSE, NULL },       /* two days after: no */
    { "2026-11-29T20:00:00", 0, FALSE, NULL },            /* the same day: no */
  };

  history = load_history (dir, RECORD_A "\n" RECORD_B "\n");
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr(GDateTime) now = g_date_time_new_from_iso8601 (rows[i].now, berlin);
      g_autoptr(GDateTime) time = date ("2026-11-30T08:05:00+01:00");
      g_autoptr(LimberHistoryCheckin) checkin = limber_history_checkin_new (SESSION_A, time, 2);
      LimberHistoryCheckin *one[1] = { checkin };
      guint n_records = 0;
      LimberHistoryRecord * const *records = limber_history_peek_records (history, &n_records);
      LimberHistoryRecord *due;

      g_test_message ("%s, %02u:%02u", rows[i].now, rows[i].minutes / 60, rows[i].minutes % 60);
      due = limber_history_checkins_find_due (records, n_records, one, rows[i].with_checkin ? 1 : 0,
                                              now, rows[i].minutes);
      g_assert_cmpstr (due != NULL ? limber_history_record_get_id (due) : NULL, ==, rows[i].due);
    }

  /* Two sessions yesterday: the newer one is asked about. In New York, the
   * evening session of 29 Nov (Berlin) was on the 29th too, at noon. */
  {
    g_autoptr(GTimeZone) new_york = g_time_zone_new_identifier ("America/New_York");
    g_autoptr(GDateTime) now = g_date_time_new_from_iso8601 ("2026-11-30T09:00:00", new_york);
    guint n_records = 0;
    LimberHistoryRecord * const *records = limber_history_peek_records (history, &n_records);
    LimberHistoryRecord *due = limber_history_checkins_find_due (records, n_records, NULL, 0, now, 8 * 60);

    /* B, 30 Nov 07:30 in Berlin, was 01:30 on the 30th in New York: today. */
    g_assert_nonnull (due);
    g_assert_cmpstr (limber_history_record_get_id (due), ==, SESSION_A);
  }
  remove_dir (dir);
}

/* "Worse the next morning" from a check-in counts for the rules: the
 * sessions as the window builds them (limber_progress_sessions_from_history)
 * carry the check-in's pain; without check-ins they do not. */
static void
test_rules_next_morning (void)
{
  g_autofree char *dir = make_dir ();
  g_autoptr(LimberHistory) history = load_history (dir, RECORD_A "\n" CHECKIN_A "\n" RECORD_B "\n");
  g_autoptr(GDateTime) now = date ("2026-11-30T10:00:00+01:00");
  LimberHistoryRecord * const *records;
  LimberHistoryCheckin * const *checkins;
  g_autoptr(GArray) sessions = NULL;
  g_autoptr(GArray) without = NULL;
  g_autoptr(LimberSuggestion) suggestion = NULL;
  g_autoptr(LimberSuggestion) none = NULL;
  g_autoptr(LimberSuggestion) as_before = NULL;
  guint n_records = 0, n_checkins = 0;

  records = limber_history_peek_records (history, &n_records);
  checkins = limber_history_peek_checkins (history, &n_checkins);
  g_assert_cmpuint (n_records, ==, 2);

  /* Session B is left out, as the window leaves out the finished page's. */
  sessions = limber_progress_sessions_from_history (records, n_records, checkins, n_checkins, "desk-break", records[0]);
  g_assert_cmpuint (sessions->len, ==, 1);
  g_assert_cmpint (g_array_index (sessions, LimberProgressSession, 0).next_morning_pain, ==, 5);
  /* 5 the next morning against 2 before: get it checked. */
  suggestion = limber_progress_suggest (&g_array_index (sessions, LimberProgressSession, 0), 1, 0, NULL, now);
  g_assert_cmpint (suggestion->kind, ==, LIMBER_SUGGESTION_GET_CHECKED);
  g_assert_cmpstr (suggestion->reason, ==,
                   "Your back was worse the morning after this routine than before it. Please get it checked by a "
                   "doctor or physical therapist before you go on.");

  /* Without the check-ins (limber_progress_sessions_from_records): nothing
   * to say. */
  without = limber_progress_sessions_from_records (records, n_records, "desk-break", records[0]);
  g_assert_cmpint (g_array_index (without, LimberProgressSession, 0).next_morning_pain, ==, LIMBER_PAIN_UNSET);
  none = limber_progress_suggest (&g_array_index (without, LimberProgressSession, 0), 1, 0, NULL, now);
  g_assert_cmpint (none->kind, ==, LIMBER_SUGGESTION_NONE);

  /* At the threshold: 2 the next morning, as before, is not worse. */
  g_array_index (sessions, LimberProgressSession, 0).next_morning_pain = 2;
  as_before = limber_progress_suggest (&g_array_index (sessions, LimberProgressSession, 0), 1, 0, NULL, now);
  g_assert_cmpint (as_before->kind, ==, LIMBER_SUGGESTION_NONE);

  remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/history-checkin/line-round-trip", test_line_round_trip);
  g_test_add_func ("/history-checkin/damaged-lines", test_damaged_lines);
  g_test_add_func ("/history-checkin/load-kinds", test_load_kinds);
  g_test_add_func ("/history-checkin/append-and-delete", test_append_and_delete);
  g_test_add_func ("/history-checkin/append-read-only", test_append_read_only);
  g_test_add_func ("/history-checkin/find-due", test_find_due);
  g_test_add_func ("/history-checkin/rules-next-morning", test_rules_next_morning);

  return g_test_run ();
}
