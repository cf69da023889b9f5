/* test-break-history.c: break lines in the history file — the codec, loading,
 * appending under the file's lock, the recorder on the virtual clock, and the
 * per-day figures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "limber-break-day.h"
#include "limber-break-recorder.h"
#include "limber-error.h"
#include "limber-history-line.h"
#include "limber-history-private.h"
#include "limber-virtual-clock.h"

#define MINUTE G_TIME_SPAN_MINUTE
#define HOUR G_TIME_SPAN_HOUR

/* The examples of docs/history-format.md. */
static const char *doc_lines[] = {
  "{\"v\":1,\"kind\":\"break\",\"time\":\"2026-11-30T09:30:00+01:00\",\"type\":\"reminded-started\",\"sitting_minutes\":30,\"routine_id\":\"desk-break\"}",
  "{\"v\":1,\"kind\":\"break\",\"time\":\"2026-11-30T11:12:40+01:00\",\"type\":\"natural\",\"sitting_minutes\":42}",
  "{\"v\":1,\"kind\":\"break\",\"time\":\"2026-11-30T14:30:00+01:00\",\"type\":\"snoozed\",\"sitting_minutes\":30}",
};

#define SESSION_LINE(id, start, end) \
  "{\"v\":1,\"id\":\"" id "\",\"start\":\"" start "\",\"end\":\"" end "\",\"routine_id\":\"desk\"," \
  "\"routine_title\":\"Desk\",\"planned_seconds\":600,\"active_seconds\":600,\"completed\":true,\"exercises\":[]}"

static char *
history_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "limber", "history.jsonl", NULL);
}

static void
write_history (const char *contents)
{
  g_autofree char *path = history_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;

  g_assert_no_errno (g_mkdir_with_parents (dir, 0700));
  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

static char *
read_history (void)
{
  g_autofree char *path = history_path ();
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

static void
read_line (const char        *text,
           LimberHistoryLine *out,
           GError           **error)
{
  g_autoptr(LimberHistoryLineReader) reader = limber_history_line_reader_new ();

  limber_history_line_reader_read_line (reader, text, strlen (text), out, error);
}

/* The codec ------------------------------------------------------------------ */

static void
test_codec_round_trip (void)
{
  static const LimberBreakKind kinds[] = { LIMBER_BREAK_REMINDED_STARTED, LIMBER_BREAK_NATURAL,
                                           LIMBER_BREAK_SNOOZED };

  for (guint i = 0; i < G_N_ELEMENTS (doc_lines); i++)
    {
      g_auto(LimberHistoryLine) line = { 0 };
      g_autoptr(GError) error = NULL;
      g_autofree char *written = NULL;
      g_autoptr(GDateTime) time = NULL;

      read_line (doc_lines[i], &line, &error);
      g_assert_no_error (error);
      g_assert_cmpint (line.type, ==, LIMBER_HISTORY_LINE_BREAK);
      g_assert_true (line.has_kind);
      g_assert_cmpuint (line.version, ==, 1);
      g_assert_cmpint (line.break_event->kind, ==, kinds[i]);
      g_assert_cmpint (line.break_event->offset, ==, 3600);
      g_assert_cmpstr (line.break_event->routine_id, ==, i == 0 ? "desk-break" : NULL);
      time = limber_break_event_dup_time (line.break_event);
      g_assert_cmpint (g_date_time_get_hour (time), ==, i == 0 ? 9 : i == 1 ? 11 : 14);
      g_assert_cmpuint (line.break_event->sitting_minutes, ==, i == 1 ? 42 : 30);
      written = limber_break_event_to_line (line.break_event);
      g_assert_cmpstr (written, ==, doc_lines[i]);
    }
}

static void
test_codec_new_event (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("America/St_Johns");
  g_autoptr(GDateTime) time = g_date_time_new (tz, 2026, 7, 1, 23, 59, 59);
  g_autoptr(LimberBreakEvent) skipped = limber_break_event_new (LIMBER_BREAK_SKIPPED, time, 0, "ignored");
  g_autoptr(LimberBreakEvent) copy = limber_break_event_copy (skipped);
  g_autofree char *line = limber_break_event_to_line (copy);
  LimberBreakKind kind;

  /* A routine only with reminded-started; a half-hour offset, west. */
  g_assert_null (skipped->routine_id);
  g_assert_cmpstr (line, ==, "{\"v\":1,\"kind\":\"break\",\"time\":\"2026-07-01T23:59:59-02:30\","
                             "\"type\":\"skipped\",\"sitting_minutes\":0}");
  g_assert_true (limber_break_kind_from_string ("natural", &kind));
  g_assert_cmpint (kind, ==, LIMBER_BREAK_NATURAL);
  g_assert_false (limber_break_kind_from_string ("unknown", &kind));
  g_assert_false (limber_break_kind_from_string (NULL, &kind));
}

static void
test_codec_damaged (void)
{
  static const struct { const char *line; const char *why; } bad[] = {
    { "{\"kind\":\"break\",\"time\":\"2026-11-30T09:30:00+01:00\",\"type\":\"natural\",\"sitting_minutes\":3}",
      "it has no format version “v”" },
    { "{\"v\":1,\"kind\":\"break\",\"type\":\"natural\",\"sitting_minutes\":3}",
      "its “time” is missing or not a date" },
    { "{\"v\":1,\"kind\":\"break\",\"time\":\"yesterday\",\"type\":\"natural\",\"sitting_minutes\":3}",
      "its “time” is missing or not a date" },
    { "{\"v\":1,\"kind\":\"break\",\"time\":\"2026-11-30T09:30:00+01:00\",\"type\":\"nap\",\"sitting_minutes\":3}",
      "its “type” is missing or not a kind of break" },
    { "{\"v\":1,\"kind\":\"break\",\"time\":\"2026-11-30T09:30:00+01:00\",\"sitting_minutes\":3}",
      "its “type” is missing or not a kind of break" },
    { "{\"v\":1,\"kind\":\"break\",\"time\":\"2026-11-30T09:30:00+01:00\",\"type\":\"natural\"}",
      "its “sitting_minutes” is missing" },
    { "{\"v\":1,\"kind\":\"break\",\"time\":\"2026-11-30T09:30:00+01:00\",\"type\":\"natural\",\"sitting_minutes\":-4}",
      "it is a break with a member of the wrong type" },
    { "{\"v\":1,\"kind\":\"break\",\"time\":12,\"type\":\"natural\",\"sitting_minutes\":4}",
      "it is a break with a member of the wrong type" },
    { "{\"v\":1,\"kind\":7,\"time\":\"2026-11-30T09:30:00+01:00\"}",
      "its “kind” is not a string" },
    { "{\"v\":1,\"kind\":\"break\",\"time\":\"2026-11-30T09:30:00+01:00\",\"type\":\"natural\"",
      "it is not a complete JSON object" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_auto(LimberHistoryLine) line = { 0 };
      g_autoptr(GError) error = NULL;

      read_line (bad[i].line, &line, &error);
      g_assert_cmpint (line.type, ==, LIMBER_HISTORY_LINE_DAMAGED);
      g_assert_error (error, LIMBER_HISTORY_ERROR, LIMBER_HISTORY_ERROR_DAMAGED);
      g_assert_cmpstr (error->message, ==, bad[i].why);
      g_assert_null (line.break_event);
    }
}

static void
test_codec_other_kinds (void)
{
  static const char *other[] = {
    /* The other kind of the spec, and kinds of the future, whatever their
     * "v" and members. */
    "{\"v\":1,\"kind\":\"checkin\",\"time\":\"2026-11-30T20:05:00+01:00\",\"session\":\"3f1c\",\"pain\":3}",
    "{\"v\":9,\"kind\":\"mood\",\"start\":42,\"end\":[1,2]}",
    "{\"kind\":\"mood\"}",
    /* A break of a newer version with a type this version does not know. */
    "{\"v\":2,\"kind\":\"break\",\"time\":\"2026-11-30T09:30:00+01:00\",\"type\":\"walk\",\"sitting_minutes\":3}",
  };
  g_auto(LimberHistoryLine) newer = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(LimberHistoryRecord) record = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (other); i++)
    {
      g_auto(LimberHistoryLine) line = { 0 };
      g_autoptr(GError) line_error = NULL;

      read_line (other[i], &line, &line_error);
      g_assert_no_error (line_error);
      g_assert_cmpint (line.type, ==, LIMBER_HISTORY_LINE_OTHER_KIND);
      g_assert_true (line.has_kind);
    }

  /* A newer break of a known type is read for what this version knows. */
  read_line ("{\"v\":2,\"kind\":\"break\",\"time\":\"2026-11-30T09:30:00+01:00\",\"type\":\"natural\","
             "\"sitting_minutes\":3,\"mood\":\"good\"}", &newer, &error);
  g_assert_no_error (error);
  g_assert_cmpint (newer.type, ==, LIMBER_HISTORY_LINE_BREAK);
  g_assert_cmpuint (newer.version, ==, 2);

  /* The record reader refuses a break line: it is not a session. */
  record = limber_history_record_new_from_line (doc_lines[0], strlen (doc_lines[0]), NULL, NULL, &error);
  g_assert_null (record);
  g_assert_error (error, LIMBER_HISTORY_ERROR, LIMBER_HISTORY_ERROR_DAMAGED);
  g_assert_cmpstr (error->message, ==, "it is a line of another kind, not a session");
}

/* Loading -------------------------------------------------------------------- */

static void
test_load_mixed (void)
{
  g_autoptr(LimberHistory) history = limber_history_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = g_strjoin ("\n",
    SESSION_LINE ("a", "2026-11-30T08:00:00+01:00", "2026-11-30T08:10:00+01:00"),
    doc_lines[2],  /* out of order: sorted on reading */
    doc_lines[0],
    "{\"v\":7,\"kind\":\"checkin\",\"time\":\"2026-11-30T20:05:00+01:00\",\"session\":\"a\",\"pain\":3}",
    "{\"v\":1,\"kind\":\"break\",\"time\":\"2026-11-30T12:00:00+01:00\",\"type\":\"nap\",\"sitting_minutes\":3}",
    doc_lines[1],
    "{\"v\":1,\"amends\":\"a\",\"pain_before\":4}",
    "", NULL);
  LimberBreakEvent * const *breaks;
  LimberHistoryRecord * const *records;
  const guint *damaged;
  guint n, n_records, n_damaged;
  gint64 last = G_MININT64;

  write_history (contents);
  g_assert_true (limber_history_load (history, NULL, &error));
  g_assert_no_error (error);

  records = limber_history_peek_records (history, &n_records);
  g_assert_cmpuint (n_records, ==, 1);
  g_assert_cmpint (limber_history_record_get_pain_before (records[0]), ==, 4);
  /* The check-in of a newer "v" does not make the history read-only; the
   * break with an unknown type (v 1) is damaged: line 5. */
  g_assert_false (limber_history_get_read_only (history));
  damaged = limber_history_get_damaged_lines (history, &n_damaged);
  g_assert_cmpuint (n_damaged, ==, 1);
  g_assert_cmpuint (damaged[0], ==, 5);
  g_assert_cmpstr (limber_history_get_problem (history), ==,
                   "history.jsonl: line 5 is damaged and was skipped; it stays in the file");

  breaks = limber_history_peek_breaks (history, &n);
  g_assert_cmpuint (n, ==, 3);
  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpint (breaks[i]->time, >=, last);
      last = breaks[i]->time;
    }
  g_assert_cmpint (breaks[0]->kind, ==, LIMBER_BREAK_REMINDED_STARTED);
  g_assert_cmpint (breaks[1]->kind, ==, LIMBER_BREAK_NATURAL);
  g_assert_cmpint (breaks[2]->kind, ==, LIMBER_BREAK_SNOOZED);
}

static void
test_delete_keeps_breaks (void)
{
  g_autoptr(LimberHistory) history = limber_history_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = g_strconcat (doc_lines[0], "\n",
                                       "{\"v\":3,\"kind\":\"mood\",\"x\":1}\n",
                                       SESSION_LINE ("b", "2026-11-30T10:00:00+01:00", "2026-11-30T10:10:00+01:00"), "\n",
                                       doc_lines[1], "\n", NULL);
  g_autofree char *contents = g_strconcat (doc_lines[0], "\n",
                                           "{\"v\":3,\"kind\":\"mood\",\"x\":1}\n",
                                           SESSION_LINE ("a", "2026-11-30T08:00:00+01:00", "2026-11-30T08:10:00+01:00"), "\n",
                                           SESSION_LINE ("b", "2026-11-30T10:00:00+01:00", "2026-11-30T10:10:00+01:00"), "\n",
                                           doc_lines[1], "\n", NULL);
  g_autofree char *after = NULL;
  LimberHistoryRecord * const *records;
  guint n;

  write_history (contents);
  g_assert_true (limber_history_load (history, NULL, &error));
  records = limber_history_peek_records (history, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpstr (limber_history_record_get_id (records[1]), ==, "a");
  g_assert_cmpuint (limber_history_remove (history, records[1], &error), >, 0);
  g_assert_true (limber_history_commit_removals (history, NULL, &error));
  g_assert_no_error (error);

  after = read_history ();
  g_assert_cmpstr (after, ==, kept);
}

/* Appending ------------------------------------------------------------------ */

static LimberBreakEvent *
event_at (LimberBreakKind  kind,
          const char      *iso,
          guint            minutes,
          const char      *routine_id)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_iso8601 (iso, NULL);

  g_assert_nonnull (time);
  return limber_break_event_new (kind, time, minutes, routine_id);
}

static void
on_breaks_changed (LimberHistory *history,
                   guint         *count)
{
  (*count)++;
}

static void
on_result (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static void
test_append (void)
{
  g_autoptr(LimberHistory) writer = limber_history_new (NULL);
  g_autoptr(LimberHistory) window = limber_history_new (NULL);
  g_autoptr(LimberBreakEvent) first = event_at (LIMBER_BREAK_REMINDED_STARTED, "2026-11-30T09:30:00+01:00", 30, "desk-break");
  g_autoptr(LimberBreakEvent) second = event_at (LIMBER_BREAK_NATURAL, "2026-11-30T11:12:40+01:00", 42, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = history_path ();
  g_autofree char *contents = NULL;
  g_autofree char *expected = NULL;
  GStatBuf st;
  guint changed = 0, n;

  /* A torn last line stays a line of its own. */
  write_history (SESSION_LINE ("a", "2026-11-30T08:00:00+01:00", "2026-11-30T08:10:00+01:00") "\n{\"v\":1,\"id\":");
  g_assert_no_errno (g_chmod (path, 0600));
  g_assert_true (limber_history_load (window, NULL, &error));
  g_signal_connect (window, "breaks-changed", G_CALLBACK (on_breaks_changed), &changed);

  /* limber-reminders' history: never loaded. */
  g_assert_true (limber_history_append_break (writer, first, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (writer)), ==, 0);
  /* The window's own append (loaded): the model gets it too. */
  g_assert_true (limber_history_append_break (window, second, &error));
  g_assert_cmpuint (changed, ==, 1);
  limber_history_peek_breaks (window, &n);
  g_assert_cmpuint (n, ==, 1);

  contents = read_history ();
  expected = g_strconcat (SESSION_LINE ("a", "2026-11-30T08:00:00+01:00", "2026-11-30T08:10:00+01:00"),
                          "\n{\"v\":1,\"id\":\n", doc_lines[0], "\n",
                          "{\"v\":1,\"kind\":\"break\",\"time\":\"2026-11-30T11:12:40+01:00\",\"type\":\"natural\","
                          "\"sitting_minutes\":42}\n", NULL);
  g_assert_cmpstr (contents, ==, expected);
  g_assert_no_errno (g_stat (path, &st));
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* The window reads again what limber-reminders wrote. */
  {
    g_autoptr(GAsyncResult) result = NULL;
    LimberBreakEvent * const *breaks;

    limber_history_reload_breaks_async (window, NULL, on_result, &result);
    while (result == NULL)
      g_main_context_iteration (NULL, TRUE);
    g_assert_true (limber_history_reload_breaks_finish (window, result, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (changed, ==, 2);
    breaks = limber_history_peek_breaks (window, &n);
    g_assert_cmpuint (n, ==, 2);
    g_assert_cmpstr (breaks[0]->routine_id, ==, "desk-break");
    g_assert_cmpuint (breaks[1]->sitting_minutes, ==, 42);
  }
}

/* A history with records of a newer format is not written to, not even by
 * limber-reminders (which never loads it); lines of other kinds of a newer
 * "v" do not stop it. */
static void
test_append_newer (void)
{
  g_autoptr(LimberHistory) writer = limber_history_new (NULL);
  g_autoptr(LimberBreakEvent) event = event_at (LIMBER_BREAK_SKIPPED, "2026-11-30T09:30:00+01:00", 30, NULL);
  g_autoptr(GError) error = NULL;
  const char *newer = "{\"v\":2,\"id\":\"n\",\"start\":\"2026-11-30T08:00:00+01:00\","
                      "\"end\":\"2026-11-30T08:10:00+01:00\",\"routine_id\":\"desk\",\"routine_title\":\"Desk\","
                      "\"planned_seconds\":600,\"active_seconds\":600,\"completed\":true}\n";
  g_autofree char *contents = NULL;
  g_autofree char *after = NULL;

  write_history (newer);
  g_assert_false (limber_history_append_break (writer, event, &error));
  g_assert_error (error, LIMBER_HISTORY_ERROR, LIMBER_HISTORY_ERROR_READ_ONLY);
  g_assert_cmpstr (error->message, ==, "Cannot record the break: history.jsonl was written by a newer version "
                                       "of Limber and is not changed. Update Limber to do this.");
  after = read_history ();
  g_assert_cmpstr (after, ==, newer);
  g_clear_error (&error);

  write_history ("{\"v\":5,\"kind\":\"mood\"}\n{\"v\":4,\"kind\":\"break\",\"time\":\"x\"}\n");
  g_assert_true (limber_history_append_break (writer, event, &error));
  g_assert_no_error (error);
  contents = read_history ();
  g_assert_true (g_str_has_suffix (contents, "\"type\":\"skipped\",\"sitting_minutes\":30}\n"));
}

typedef struct
{
  LimberHistory *history;
  LimberBreakEvent *event;
  gboolean done;
} AppendJob;

static gpointer
append_in_thread (gpointer data)
{
  AppendJob *job = data;
  g_autoptr(GError) error = NULL;
  gboolean ok = limber_history_append_break (job->history, job->event, &error);

  g_assert_no_error (error);
  g_atomic_int_set (&job->done, TRUE);
  return GINT_TO_POINTER (ok);
}

/* Another process (the window deleting a session) holds the lock and renames
 * a new file over the history: the append waits for it, and its line goes to
 * the new file, not to the one replaced. */
static void
test_append_waits_for_rewrite (void)
{
  g_autoptr(LimberHistory) writer = limber_history_new (NULL);
  g_autoptr(LimberBreakEvent) event = event_at (LIMBER_BREAK_NATURAL, "2026-11-30T11:12:40+01:00", 42, NULL);
  g_autofree char *path = history_path ();
  g_autofree char *tmp = g_strconcat (path, ".new", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;
  AppendJob job = { writer, event, FALSE };
  GThread *thread;
  int fd;

  write_history (SESSION_LINE ("a", "2026-11-30T08:00:00+01:00", "2026-11-30T08:10:00+01:00") "\n");
  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  g_assert_cmpint (fd, >=, 0);
  g_assert_no_errno (flock (fd, LOCK_EX));

  thread = g_thread_new ("append", append_in_thread, &job);
  /* Give it time to reach the lock (if it has not, it opens the new file
   * later: the outcome is the same). */
  g_usleep (200 * 1000);
  g_assert_false (g_atomic_int_get (&job.done));

  g_file_set_contents (tmp, SESSION_LINE ("b", "2026-11-30T10:00:00+01:00", "2026-11-30T10:10:00+01:00") "\n",
                       -1, &error);
  g_assert_no_error (error);
  g_assert_no_errno (g_rename (tmp, path));
  close (fd);  /* the rewrite is done: the lock goes */

  g_assert_true (GPOINTER_TO_INT (g_thread_join (thread)));
  contents = read_history ();
  expected = g_strconcat (SESSION_LINE ("b", "2026-11-30T10:00:00+01:00", "2026-11-30T10:10:00+01:00"), "\n",
                          doc_lines[1], "\n", NULL);
  g_assert_cmpstr (contents, ==, expected);
}

/* The recorder on the virtual clock ----------------------------------------- */

static void
test_recorder (void)
{
  g_autoptr(LimberClock) clock = limber_virtual_clock_new (HOUR);
  LimberVirtualClock *vc = LIMBER_VIRTUAL_CLOCK (clock);
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(GDateTime) start = g_date_time_new (berlin, 2026, 11, 30, 9, 0, 0);
  g_autoptr(LimberSittingModel) model = NULL;
  g_autoptr(LimberHistory) history = limber_history_new (NULL);
  g_autoptr(LimberHistory) reader = limber_history_new (NULL);
  g_autoptr(LimberBreakRecorder) recorder = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GListStore) days = NULL;
  LimberBreakEvent * const *breaks;
  LimberBreakDay *day;
  guint n;

  limber_virtual_clock_set_wall_time (vc, start);
  model = limber_sitting_model_new (clock);
  limber_sitting_model_set_interval (model, 30);
  limber_sitting_model_set_enabled (model, TRUE);
  recorder = limber_break_recorder_new (model, history);

  /* 09:30 the reminder; Start. */
  limber_virtual_clock_advance (vc, 30 * MINUTE);
  g_assert_true (limber_sitting_model_get_reminder_waiting (model));
  limber_sitting_model_start (model, "desk-break");
  /* 10:12 the screen locked (the 10:00 reminder went unanswered: no line);
   * 10:22 back. */
  limber_virtual_clock_advance (vc, 42 * MINUTE);
  limber_sitting_model_set_locked (model, TRUE);
  limber_virtual_clock_advance (vc, 10 * MINUTE);
  limber_sitting_model_set_locked (model, FALSE);
  /* 10:52 In 5 Minutes; 10:57 Skip. */
  limber_virtual_clock_advance (vc, 30 * MINUTE);
  g_assert_true (limber_sitting_model_snooze (model));
  limber_virtual_clock_advance (vc, 5 * MINUTE);
  g_assert_true (limber_sitting_model_skip (model));

  g_assert_cmpuint (limber_break_recorder_get_n_recorded (recorder), ==, 4);
  g_assert_cmpuint (limber_break_recorder_get_n_failed (recorder), ==, 0);
  contents = read_history ();
  g_assert_cmpstr (contents, ==,
    "{\"v\":1,\"kind\":\"break\",\"time\":\"2026-11-30T09:30:00+01:00\",\"type\":\"reminded-started\",\"sitting_minutes\":30,\"routine_id\":\"desk-break\"}\n"
    "{\"v\":1,\"kind\":\"break\",\"time\":\"2026-11-30T10:12:00+01:00\",\"type\":\"natural\",\"sitting_minutes\":42}\n"
    "{\"v\":1,\"kind\":\"break\",\"time\":\"2026-11-30T10:52:00+01:00\",\"type\":\"snoozed\",\"sitting_minutes\":30}\n"
    "{\"v\":1,\"kind\":\"break\",\"time\":\"2026-11-30T10:57:00+01:00\",\"type\":\"skipped\",\"sitting_minutes\":35}\n");

  /* Read back, the day's figures. */
  g_assert_true (limber_history_load (reader, NULL, &error));
  g_assert_no_error (error);
  breaks = limber_history_peek_breaks (reader, &n);
  g_assert_cmpuint (n, ==, 4);
  days = limber_break_days_compute (breaks, n, berlin);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (days)), ==, 1);
  day = g_list_model_get_item (G_LIST_MODEL (days), 0);
  g_assert_cmpuint (limber_break_day_get_breaks (day), ==, 2);
  g_assert_cmpuint (limber_break_day_get_reminded (day), ==, 1);
  g_assert_cmpuint (limber_break_day_get_natural (day), ==, 1);
  g_assert_cmpuint (limber_break_day_get_skipped (day), ==, 1);
  g_assert_cmpuint (limber_break_day_get_snoozed (day), ==, 1);
  g_assert_cmpuint (limber_break_day_get_longest_minutes (day), ==, 42);
  g_object_unref (day);

  g_clear_object (&recorder);
  g_assert_finalize_object (g_steal_pointer (&model));
}

/* The per-day figures -------------------------------------------------------- */

static void
test_days_midnight (void)
{
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func ((GDestroyNotify) limber_break_event_free);
  g_autoptr(GListStore) days = NULL;
  g_autoptr(GListStore) days_utc = NULL;
  LimberBreakDay *day;
  GDate date;

  /* Written in New York (−05:00), shown in Berlin: 18:30 there is 00:30 here. */
  g_ptr_array_add (events, event_at (LIMBER_BREAK_NATURAL, "2026-11-30T17:59:00-05:00", 50, NULL));
  g_ptr_array_add (events, event_at (LIMBER_BREAK_REMINDED_STARTED, "2026-11-30T18:30:00-05:00", 65, "desk-break"));
  g_ptr_array_add (events, event_at (LIMBER_BREAK_SKIPPED, "2026-11-30T23:59:59+01:00", 80, NULL));
  g_ptr_array_add (events, event_at (LIMBER_BREAK_SNOOZED, "2026-12-01T00:00:00+01:00", 20, NULL));
  g_ptr_array_add (events, event_at (LIMBER_BREAK_SNOOZED, "2026-12-01T00:05:00+01:00", 25, NULL));

  days = limber_break_days_compute ((LimberBreakEvent * const *) events->pdata, events->len, berlin);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (days)), ==, 2);

  /* Newest first: 1 December has the reminded break (00:30) and the two
   * snoozes; 30 November the natural break and the skip at 23:59:59. */
  day = g_list_model_get_item (G_LIST_MODEL (days), 0);
  g_assert_cmpint (g_date_get_day (limber_break_day_get_date (day)), ==, 1);
  g_assert_cmpint (g_date_get_month (limber_break_day_get_date (day)), ==, 12);
  g_assert_cmpuint (limber_break_day_get_breaks (day), ==, 1);
  g_assert_cmpuint (limber_break_day_get_snoozed (day), ==, 2);
  g_assert_cmpuint (limber_break_day_get_skipped (day), ==, 0);
  g_assert_cmpuint (limber_break_day_get_longest_minutes (day), ==, 65);
  g_object_unref (day);
  day = g_list_model_get_item (G_LIST_MODEL (days), 1);
  g_assert_cmpint (g_date_get_day (limber_break_day_get_date (day)), ==, 30);
  g_assert_cmpuint (limber_break_day_get_breaks (day), ==, 1);
  g_assert_cmpuint (limber_break_day_get_natural (day), ==, 1);
  g_assert_cmpuint (limber_break_day_get_skipped (day), ==, 1);
  g_assert_cmpuint (limber_break_day_get_longest_minutes (day), ==, 80);
  g_object_unref (day);

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 30, G_DATE_NOVEMBER, 2026);
  g_assert_nonnull (limber_break_days_lookup (G_LIST_MODEL (days), &date));
  g_assert_cmpuint (limber_break_days_count_breaks ((LimberBreakEvent * const *) events->pdata, events->len,
                                                    berlin, &date), ==, 1);
  g_date_set_dmy (&date, 29, G_DATE_NOVEMBER, 2026);
  g_assert_null (limber_break_days_lookup (G_LIST_MODEL (days), &date));

  /* In UTC the same events make other days: 30 Nov 22:59:59 and 23:00,
   * 23:05 are all 30 November, and so is 23:30 (18:30−05:00). */
  days_utc = limber_break_days_compute ((LimberBreakEvent * const *) events->pdata, events->len, utc);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (days_utc)), ==, 1);
  day = g_list_model_get_item (G_LIST_MODEL (days_utc), 0);
  g_assert_cmpuint (limber_break_day_get_breaks (day), ==, 2);
  g_assert_cmpuint (limber_break_day_get_snoozed (day), ==, 2);
  g_object_unref (day);

  /* Nothing: no days. */
  g_clear_object (&days);
  days = limber_break_days_compute (NULL, 0, berlin);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (days)), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/break-history/codec/round-trip", test_codec_round_trip);
  g_test_add_func ("/break-history/codec/new-event", test_codec_new_event);
  g_test_add_func ("/break-history/codec/damaged", test_codec_damaged);
  g_test_add_func ("/break-history/codec/other-kinds", test_codec_other_kinds);
  g_test_add_func ("/break-history/load/mixed", test_load_mixed);
  g_test_add_func ("/break-history/delete-keeps-breaks", test_delete_keeps_breaks);
  g_test_add_func ("/break-history/append", test_append);
  g_test_add_func ("/break-history/append/newer", test_append_newer);
  g_test_add_func ("/break-history/append/waits-for-rewrite", test_append_waits_for_rewrite);
  g_test_add_func ("/break-history/recorder", test_recorder);
  g_test_add_func ("/break-history/days/midnight", test_days_midnight);

  return g_test_run ();
}
