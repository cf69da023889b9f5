/* test-report-cli.c: limber --report, the real program, read back with
 * poppler-utils (pdftotext, pdfinfo, pdftoppm)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

typedef struct
{
  char *out;
  char *err;
  int status;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static char *locale_dir;  /* locales made by localedef, or NULL */

/* Spawns @argv (argv[0] NULL: $LIMBER_BIN) with the test's data folder, UTC,
 * and @locale (LC_ALL); asserts that it exited. */
static void
run_env (Run                *run,
         const char         *locale,
         const char * const *extra_env,
         const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  int wait_status = 0;

  g_ptr_array_add (argv, (gpointer) (args[0] != NULL ? args[0] : g_getenv ("LIMBER_BIN")));
  for (guint i = 1; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  envp = g_environ_unsetenv (envp, "LANGUAGE");
  envp = g_environ_unsetenv (envp, "LC_PAPER");
  envp = g_environ_setenv (envp, "LC_ALL", locale, TRUE);
  envp = g_environ_setenv (envp, "TZ", "UTC", TRUE);
  envp = g_environ_setenv (envp, "XDG_DATA_HOME", g_get_user_data_dir (), TRUE);
  if (locale_dir != NULL)
    envp = g_environ_setenv (envp, "LOCPATH", locale_dir, TRUE);
  for (guint i = 0; extra_env != NULL && extra_env[i] != NULL; i += 2)
    envp = g_environ_setenv (envp, extra_env[i], extra_env[i + 1], TRUE);

  g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_SEARCH_PATH, NULL, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);
}

static void
run_in (Run                *r,
        const char         *locale,
        const char * const *args)
{
  run_env (r, locale, NULL, args);
}

static void
run (Run                *r,
     const char * const *args)
{
  run_in (r, "C.UTF-8", args);
}

static char *
history_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "limber", "history.jsonl", NULL);
}

/* In the test's own (isolated) folder. */
static char *
pdf_path (const char *name)
{
  g_assert_cmpint (g_mkdir_with_parents (g_get_user_cache_dir (), 0700), ==, 0);
  return g_build_filename (g_get_user_cache_dir (), name, NULL);
}

/* One record line of docs/history-format.md, in UTC. */
static void
append_line (GString    *text,
             guint       n,
             GDateTime  *start,
             const char *routine_id,
             const char *title,
             guint       active_seconds,
             gboolean    completed,
             int         pain_before,
             int         pain_after,
             const char *effort,
             const char *note,
             guint       done,
             guint       skipped)
{
  g_autoptr(GDateTime) end = g_date_time_add_seconds (start, active_seconds + 60);
  g_autofree char *start_iso = g_date_time_format (start, "%Y-%m-%dT%H:%M:%S+00:00");
  g_autofree char *end_iso = g_date_time_format (end, "%Y-%m-%dT%H:%M:%S+00:00");

  g_string_append_printf (text,
                          "{\"v\":1,\"id\":\"00000000-0000-4000-8000-%012u\",\"start\":\"%s\",\"end\":\"%s\","
                          "\"routine_id\":\"%s\",\"routine_title\":\"%s\",\"planned_seconds\":%u,"
                          "\"active_seconds\":%u,\"completed\":%s",
                          n, start_iso, end_iso, routine_id, title, active_seconds, active_seconds,
                          completed ? "true" : "false");
  if (pain_before >= 0)
    g_string_append_printf (text, ",\"pain_before\":%d", pain_before);
  if (pain_after >= 0)
    g_string_append_printf (text, ",\"pain_after\":%d", pain_after);
  if (effort != NULL)
    g_string_append_printf (text, ",\"effort\":\"%s\"", effort);
  if (note != NULL)
    g_string_append_printf (text, ",\"note\":\"%s\"", note);
  g_string_append_printf (text, ",\"exercises\":[{\"name\":\"Bridge\",\"done\":%u,\"planned\":%u,\"skipped\":%u}]}\n",
                          done, done + skipped, skipped);
}

static void
write_history (const char *text)
{
  g_autofree char *path = history_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
}

/* pdftotext -layout, every run of white space made one space, and none
 * around "/" and "→" (pdftotext sees the narrow spaces or not). */
static char *
pdf_text (const char *path)
{
  g_auto(Run) r = { 0 };
  g_autoptr(GRegex) space = g_regex_new ("\\s+", 0, 0, NULL);
  g_autoptr(GRegex) around = g_regex_new (" ?([/→]) ?", 0, 0, NULL);
  g_autofree char *spaced = NULL;

  run (&r, (const char *[]) { "pdftotext", "-layout", path, "-", NULL });
  g_assert_cmpint (r.status, ==, 0);
  spaced = g_regex_replace_literal (space, r.out, -1, 0, " ", 0, NULL);
  return g_regex_replace (around, spaced, -1, 0, "\\1", 0, NULL);
}

static char *
pdf_info (const char *path,
          const char *field)
{
  g_auto(Run) r = { 0 };
  g_auto(GStrv) lines = NULL;

  run (&r, (const char *[]) { "pdfinfo", path, NULL });
  g_assert_cmpint (r.status, ==, 0);
  lines = g_strsplit (r.out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], field) && lines[i][strlen (field)] == ':')
      return g_strstrip (g_strdup (lines[i] + strlen (field) + 1));
  g_assert_not_reached ();
}

static guint
count (const char *haystack,
       const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

#define assert_has(text, needle) \
  G_STMT_START { \
    if (strstr ((text), (needle)) == NULL) \
      g_error ("“%s” not in the report:\n%s", (needle), (text)); \
  } G_STMT_END

static void
check_common (const char *text,
              guint       n_pages)
{
  g_autofree char *last = g_strdup_printf ("Page %u of %u", n_pages, n_pages);

  assert_has (text, "Exercise and Back Pain Report");
  assert_has (text, "When to get help");
  assert_has (text, "pain that spreads down a leg, numbness or tingling, or weakness in the legs");
  assert_has (text, "numbness around the groin or buttocks, new trouble controlling the bladder or bowel, "
                    "or weakness in both legs");
  assert_has (text, last);
  g_assert_cmpuint (count (text, "Page "), ==, n_pages);
}

static void
test_empty (void)
{
  g_auto(Run) r = { 0 };
  g_autofree char *pdf = pdf_path ("empty.pdf");
  g_autofree char *text = NULL;
  g_autofree char *pages = NULL;
  g_autofree char *size = NULL;

  run (&r, (const char *[]) { NULL, "--report", pdf, "--from", "2024-03-01", "--to", "2024-03-31", NULL });
  g_assert_cmpstr (r.err, ==, "");
  g_assert_cmpint (r.status, ==, 0);
  pages = pdf_info (pdf, "Pages");
  g_assert_cmpstr (pages, ==, "2");
  g_assert_true (g_str_has_suffix (r.out, ": 0 sessions from 2024-03-01 to 2024-03-31, 2 pages (A4)\n"));
  size = pdf_info (pdf, "Page size");
  g_assert_cmpstr (size, ==, "595.276 x 841.89 pts (A4)");

  text = pdf_text (pdf);
  check_common (text, 2);
  assert_has (text, "1 March 2024 – 31 March 2024 (31 days)");
  assert_has (text, "Sessions: 0 (0 completed, 0 stopped early)");
  assert_has (text, "Time exercising: 0 minutes");
  /* The C locale's weeks start on Sunday: 25 Feb, 3, 10, 17, 24, 31 March. */
  assert_has (text, "Weeks that met the goal of 60 minutes: 0 of 6");
  assert_has (text, "Back pain: not rated in this period");
  assert_has (text, "No back-pain ratings in this period.");
  assert_has (text, "No sessions between 1 March 2024 and 31 March 2024.");
}

static void
test_one_session (void)
{
  g_auto(Run) r = { 0 };
  g_autofree char *pdf = pdf_path ("one.pdf");
  g_autoptr(GString) history = g_string_new (NULL);
  g_autoptr(GDateTime) start = g_date_time_new_utc (2024, 3, 1, 7, 30, 0);
  g_autoptr(GDateTime) outside = g_date_time_new_utc (2024, 4, 1, 7, 30, 0);
  g_autofree char *text = NULL;
  g_autofree char *pages = NULL;

  append_line (history, 1, start, "my-physio", "Physio Plan A", 1260, TRUE, 6, 3, "hard",
               "Knee felt fine, left hip tight", 5, 1);
  append_line (history, 2, outside, "my-physio", "Physio Plan A", 600, TRUE, 9, 9, NULL,
               "Outside the period", 2, 0);
  write_history (history->str);

  run (&r, (const char *[]) { NULL, "--report", pdf, "--from", "2024-03-01", "--to", "2024-03-31", NULL });
  g_assert_cmpstr (r.err, ==, "");
  g_assert_cmpint (r.status, ==, 0);
  g_assert_true (g_str_has_suffix (r.out, ": 1 session from 2024-03-01 to 2024-03-31, 2 pages (A4)\n"));
  pages = pdf_info (pdf, "Pages");
  g_assert_cmpstr (pages, ==, "2");

  text = pdf_text (pdf);
  check_common (text, 2);
  assert_has (text, "Sessions: 1 (1 completed, 0 stopped early)");
  assert_has (text, "Time exercising: 21 minutes");
  assert_has (text, "Weeks that met the goal of 60 minutes: 0 of 6");
  assert_has (text, "Back pain (0–10), on average: 6.0 before, 3.0 after the sessions");
  assert_has (text, "Date Routine Minutes Sets Back pain Effort");
  assert_has (text, "Fri 1 Mar 2024 Physio Plan A 21 5/1 6→3 Hard");
  assert_has (text, "Note: Knee felt fine, left hip tight");
  g_assert_null (strstr (text, "Outside the period"));
  g_assert_null (strstr (text, "No sessions between"));
  /* Played as written, a routine without progression: no Level column. */
  g_assert_null (strstr (text, "Level"));
}

/* @line (one record of append_line) with a level played and an easy day. */
static void
append_level_line (GString    *text,
                   guint       n,
                   GDateTime  *start,
                   const char *routine_id,
                   const char *title,
                   int         level,
                   gboolean    easy_day)
{
  g_autoptr(GString) line = g_string_new (NULL);
  g_autofree char *members = g_strdup_printf (",\"level\":%d%s,\"exercises\"", level,
                                              easy_day ? ",\"easy_day\":true" : "");

  append_line (line, n, start, routine_id, title, 900, TRUE, 3, 2, "right", NULL, 4, 0);
  g_assert_cmpuint (g_string_replace (line, ",\"exercises\"", members, 1), ==, 1);
  g_string_append (text, line->str);
}

/* The Level column: shown when a session of the period was played at a
 * level other than 0 (an easy day says so under it), or its routine is
 * written with a progression; else left out (see one-session). */
static void
test_levels (void)
{
  g_auto(Run) r = { 0 };
  g_auto(Run) plain = { 0 };
  g_autofree char *pdf = pdf_path ("levels.pdf");
  g_autofree char *progression_pdf = pdf_path ("progression.pdf");
  g_autofree char *routines = g_build_filename (g_get_user_data_dir (), "limber", "routines", NULL);
  g_autofree char *routine = g_build_filename (routines, "progression.json", NULL);
  g_autofree char *fixture = g_test_build_filename (G_TEST_DIST, "fixtures", "routines", "good",
                                                    "progression.json", NULL);
  g_autoptr(GString) history = g_string_new (NULL);
  g_autoptr(GDateTime) day1 = g_date_time_new_utc (2024, 3, 4, 8, 0, 0);
  g_autoptr(GDateTime) day2 = g_date_time_new_utc (2024, 3, 5, 8, 0, 0);
  g_autoptr(GDateTime) day3 = g_date_time_new_utc (2024, 3, 6, 8, 0, 0);
  g_autoptr(GDateTime) later = g_date_time_new_utc (2024, 4, 2, 8, 0, 0);
  g_autofree char *text = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  append_level_line (history, 1, day1, "my-physio", "Physio Plan A", 1, FALSE);
  append_level_line (history, 2, day2, "my-physio", "Physio Plan A", 0, TRUE);
  append_level_line (history, 3, day3, "my-physio", "Physio Plan A", -2, TRUE);
  /* In April: as written, of a routine with a progression. */
  append_level_line (history, 4, later, "progression", "Test routine", 0, FALSE);
  write_history (history->str);

  run (&r, (const char *[]) { NULL, "--report", pdf, "--from", "2024-03-01", "--to", "2024-03-31", NULL });
  g_assert_cmpstr (r.err, ==, "");
  g_assert_cmpint (r.status, ==, 0);
  text = pdf_text (pdf);
  check_common (text, 2);
  assert_has (text, "Date Routine Level Minutes Sets Back pain Effort");
  assert_has (text, "Mon 4 Mar 2024 Physio Plan A +1 15 4/0 3→2 About right");
  assert_has (text, "Tue 5 Mar 2024 Physio Plan A 0 15 4/0 3→2 About right easy day");
  assert_has (text, "Wed 6 Mar 2024 Physio Plan A −2 15 4/0 3→2 About right easy day");
  g_assert_cmpuint (count (text, "easy day"), ==, 2);

  /* April alone: level 0, played as written, but the routine has levels. */
  g_file_get_contents (fixture, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_mkdir_with_parents (routines, 0700), ==, 0);
  g_file_set_contents (routine, contents, -1, &error);
  g_assert_no_error (error);
  run (&plain, (const char *[]) { NULL, "--report", progression_pdf, "--from", "2024-04-01",
                                  "--to", "2024-04-30", NULL });
  g_assert_cmpstr (plain.err, ==, "");
  g_assert_cmpint (plain.status, ==, 0);
  g_clear_pointer (&text, g_free);
  text = pdf_text (progression_pdf);
  assert_has (text, "Date Routine Level Minutes Sets Back pain Effort");
  assert_has (text, "Tue 2 Apr 2024 Test routine 0 15 4/0 3→2 About right");
  g_assert_null (strstr (text, "easy day"));

  /* Without the routine file the same month has no Level column. */
  g_assert_cmpint (g_unlink (routine), ==, 0);
  g_clear_pointer (&plain.out, g_free);
  g_clear_pointer (&plain.err, g_free);
  run (&plain, (const char *[]) { NULL, "--report", progression_pdf, "--from", "2024-04-01",
                                  "--to", "2024-04-30", NULL });
  g_assert_cmpint (plain.status, ==, 0);
  g_clear_pointer (&text, g_free);
  text = pdf_text (progression_pdf);
  assert_has (text, "Date Routine Minutes Sets Back pain Effort");
  assert_has (text, "Tue 2 Apr 2024 Test routine 15 4/0 3→2 About right");
  g_assert_null (strstr (text, "Level"));
}

/* 500 sessions over 2024, every 17 h 30 min from 1 January 07:00. */
static void
test_year (void)
{
  g_auto(Run) r = { 0 };
  g_autofree char *pdf = pdf_path ("year.pdf");
  g_autofree char *png = pdf_path ("year-page");
  g_autofree char *png_file = NULL;
  g_autoptr(GString) history = g_string_new (NULL);
  g_autoptr(GDateTime) first = g_date_time_new_utc (2024, 1, 1, 7, 0, 0);
  g_autofree char *text = NULL;
  g_autofree char *pages_text = NULL;
  g_autofree char *expected = NULL;
  static const char * const titles[] = { "Hip Flexor Release", "Morning Mobility", "Physio Plan A" };
  static const char * const ids[] = { "hip-flexor-release", "morning-mobility", "my-physio" };
  static const char * const efforts[] = { "easy", "right", "hard" };
  guint completed = 0, seconds = 0, week_seconds[60] = { 0 }, weeks_met = 0, n_pages;
  int pain_before_sum = 0, pain_after_sum = 0;

  for (guint i = 0; i < 500; i++)
    {
      g_autoptr(GDateTime) start = g_date_time_add_minutes (first, i * 1050);
      g_autofree char *note = i % 10 == 0 ? g_strdup_printf ("Session note number %u: a pull in the left hip", i) : NULL;
      guint active = 600 + 60 * (i % 7);
      int before = 8 - (int) (i / 70), after = 6 - (int) (i / 90);
      /* 2024-01-01 is a Monday; weeks start on Sunday 31 December 2023. */
      guint week = (g_date_time_get_day_of_year (start) - 1 + 1) / 7;

      g_assert_cmpint (g_date_time_get_year (start), ==, 2024);
      append_line (history, i, start, ids[i % 3], titles[i % 3], active, i % 11 != 0,
                   before, after, efforts[i % 3], note, 4, i % 4);
      completed += i % 11 != 0;
      seconds += active;
      week_seconds[week] += active;
      pain_before_sum += before;
      pain_after_sum += after;
    }
  write_history (history->str);
  for (guint w = 0; w < 53; w++)
    weeks_met += week_seconds[w] >= 3600;

  run (&r, (const char *[]) { NULL, "--report", pdf, "--from", "2024-01-01", "--to", "2024-12-31", NULL });
  g_assert_cmpstr (r.err, ==, "");
  g_assert_cmpint (r.status, ==, 0);
  pages_text = pdf_info (pdf, "Pages");
  n_pages = (guint) g_ascii_strtoull (pages_text, NULL, 10);
  g_test_message ("500 sessions: %u pages", n_pages);
  /* About twenty rows a page. */
  g_assert_cmpuint (n_pages, >=, 15);
  g_assert_cmpuint (n_pages, <=, 40);
  expected = g_strdup_printf (": 500 sessions from 2024-01-01 to 2024-12-31, %u pages (A4)\n", n_pages);
  g_assert_true (g_str_has_suffix (r.out, expected));

  text = pdf_text (pdf);
  check_common (text, n_pages);
  {
    g_autofree char *sessions = g_strdup_printf ("Sessions: 500 (%u completed, %u stopped early)", completed, 500 - completed);
    g_autofree char *minutes = g_strdup_printf ("Time exercising: %u minutes", (seconds + 30) / 60);
    g_autofree char *weeks = g_strdup_printf ("Weeks that met the goal of 60 minutes: %u of 53", weeks_met);
    g_autofree char *pain = g_strdup_printf ("Back pain (0–10), on average: %.1f before, %.1f after the sessions",
                                             pain_before_sum / 500.0, pain_after_sum / 500.0);

    assert_has (text, sessions);
    assert_has (text, minutes);
    assert_has (text, weeks);
    assert_has (text, pain);
  }
  assert_has (text, "Back pain, 0 (none) to 10 (worst), weekly averages");
  /* Every session has its row, every note is there, once. */
  for (guint t = 0; t < 3; t++)
    {
      guint expected_rows = 500 / 3 + (t < 500 % 3);

      /* The bundled Hip Flexor Release keeps its title from the library. */
      g_assert_cmpuint (count (text, titles[t]), ==, expected_rows);
    }
  for (guint i = 0; i < 500; i += 10)
    {
      g_autofree char *note = g_strdup_printf ("Note: Session note number %u: a pull in the left hip ", i);

      g_assert_cmpuint (count (text, note), ==, 1);
    }
  assert_has (text, "Mon 1 Jan 2024 Hip Flexor Release");
  assert_has (text, "stopped early");
  /* The table's header on every page it runs over: all but the first. */
  g_assert_cmpuint (count (text, "Date Routine Minutes Sets Back pain Effort"), ==, n_pages - 1);

  /* The first page as an image (for a person to look at; see data/screenshots/report.png). */
  g_clear_pointer (&r.out, g_free);
  g_clear_pointer (&r.err, g_free);
  run (&r, (const char *[]) { "pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", pdf, png, NULL });
  g_assert_cmpint (r.status, ==, 0);
  png_file = g_strconcat (png, ".png", NULL);
  g_assert_true (g_file_test (png_file, G_FILE_TEST_IS_REGULAR));
  g_test_message ("page 1: %s", png_file);
}

static void make_locales (void);

/* The weekly goal is the person's (GSettings "weekly-goal"). */
static void
test_weekly_goal (void)
{
  g_auto(Run) set = { 0 };
  g_auto(Run) r = { 0 };
  g_autofree char *pdf = pdf_path ("goal.pdf");
  g_autoptr(GString) history = g_string_new (NULL);
  g_autofree char *text = NULL;
  const char *env[] = { "GSETTINGS_BACKEND", "keyfile", "XDG_CONFIG_HOME", g_get_user_config_dir (), NULL };

  /* 100 minutes in the week of 3 March, 80 in the week of 10 March. */
  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(GDateTime) start = g_date_time_new_utc (2024, 3, 4 + (i / 2) * 7, 9 + i, 0, 0);

      append_line (history, i, start, "my-physio", "Physio Plan A", i < 2 ? 3000 : 2400, TRUE,
                   -1, -1, NULL, NULL, 3, 0);
    }
  write_history (history->str);

  run_env (&set, "C.UTF-8", env, (const char *[]) { "gsettings", "set", APP_ID, "weekly-goal", "90", NULL });
  g_assert_cmpint (set.status, ==, 0);
  run_env (&r, "C.UTF-8", env, (const char *[]) { NULL, "--report", pdf, "--from", "2024-03-03",
                                                  "--to", "2024-03-16", NULL });
  g_assert_cmpint (r.status, ==, 0);
  text = pdf_text (pdf);
  assert_has (text, "Minutes per week (goal: 90 minutes)");
  assert_has (text, "Weeks that met the goal of 90 minutes: 1 of 2");
  assert_has (text, "Time exercising: 180 minutes");
  assert_has (text, "Sessions per week, on average: 2.0");
}

/* LC_PAPER chooses the paper: Letter in the United States, A4 in Germany. */
static void
test_paper (void)
{
  g_autofree char *letter_pdf = pdf_path ("letter.pdf");
  g_autofree char *a4_pdf = pdf_path ("a4.pdf");
  g_autofree char *size = NULL;
  g_auto(Run) letter = { 0 };
  g_auto(Run) a4 = { 0 };
  g_autofree char *text = NULL;

  make_locales ();
  if (locale_dir == NULL)
    {
      g_test_skip ("localedef could not make en_US.UTF-8 and de_DE.UTF-8 (package locales)");
      return;
    }

  run_in (&letter, "en_US.UTF-8", (const char *[]) { NULL, "--report", letter_pdf, "--from", "2024-03-01",
                                                     "--to", "2024-03-31", NULL });
  g_assert_cmpint (letter.status, ==, 0);
  g_assert_true (g_str_has_suffix (letter.out, "(Letter)\n"));
  size = pdf_info (letter_pdf, "Page size");
  g_assert_cmpstr (size, ==, "612 x 792 pts (letter)");
  text = pdf_text (letter_pdf);
  check_common (text, 2);
  g_clear_pointer (&size, g_free);

  run_in (&a4, "de_DE.UTF-8", (const char *[]) { NULL, "--report", a4_pdf, "--from", "2024-03-01",
                                                 "--to", "2024-03-31", NULL });
  g_assert_cmpint (a4.status, ==, 0);
  size = pdf_info (a4_pdf, "Page size");
  g_assert_cmpstr (size, ==, "595.276 x 841.89 pts (A4)");
}

static void
test_bad_usage (void)
{
  g_autofree char *pdf = pdf_path ("bad.pdf");
  struct {
    const char *args[8];
    int status;
    const char *err;
  } cases[] = {
    { { NULL, "--report", pdf, "--from", "2024-02-30", NULL }, 2,
      "limber --report: --from “2024-02-30” is not a date; write it as YYYY-MM-DD, e.g. 2024-03-01\n" },
    { { NULL, "--report", pdf, "--to", "yesterday", NULL }, 2,
      "limber --report: --to “yesterday” is not a date; write it as YYYY-MM-DD, e.g. 2024-03-01\n" },
    { { NULL, "--report", pdf, "--from", "2024-3-1", NULL }, 2,
      "limber --report: --from “2024-3-1” is not a date; write it as YYYY-MM-DD, e.g. 2024-03-01\n" },
    { { NULL, "--report", pdf, "--from", "0001-01-01", NULL }, 2,
      "limber --report: --from 0001-01-01 is too long ago; give a date from 1900 on\n" },
    { { NULL, "--report", pdf, "--from", "2024-05-01", "--to", "2024-04-01", NULL }, 2,
      "limber --report: the period starts (2024-05-01) after it ends (2024-04-01)\n" },
    { { NULL, "--from", "2024-05-01", NULL }, 2,
      "limber: --from and --to go with --report FILE.pdf\n" },
    { { NULL, "--report", pdf, "other.pdf", NULL }, 2,
      "limber --report: give one output file; “other.pdf” is one too many\n" },
    { { NULL, "--report", "/nonexistent-folder/report.pdf", NULL }, 1,
      "Cannot save “/nonexistent-folder/report.pdf”: No such file or directory\n" },
    { { NULL, "--report", g_get_user_cache_dir (), NULL }, 1, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Run) r = { 0 };

      run (&r, cases[i].args);
      g_assert_cmpint (r.status, ==, cases[i].status);
      g_assert_cmpstr (r.out, ==, "");
      if (cases[i].err != NULL)
        g_assert_cmpstr (r.err, ==, cases[i].err);
      else
        {
          g_autofree char *prefix = g_strdup_printf ("Cannot save “%s”: ", g_get_user_cache_dir ());

          g_assert_true (g_str_has_prefix (r.err, prefix));
          g_assert_nonnull (strstr (r.err, "folder"));
        }
      g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
    }
}

/* "-" is standard output; a link keeps pointing at the new report. */
static void
test_outputs (void)
{
  g_auto(Run) out = { 0 };
  g_auto(Run) linked = { 0 };
  g_autofree char *target = pdf_path ("target.pdf");
  g_autofree char *link = pdf_path ("link.pdf");
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  run (&out, (const char *[]) { NULL, "--report", "-", "--from", "2024-03-01", "--to", "2024-03-31", NULL });
  g_assert_cmpint (out.status, ==, 0);
  g_assert_true (g_str_has_prefix (out.out, "%PDF-"));
  g_assert_true (g_str_has_suffix (out.err, ": 0 sessions from 2024-03-01 to 2024-03-31, 2 pages (A4)\n"));

  g_file_set_contents (target, "old", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (symlink ("target.pdf", link), ==, 0);
  run (&linked, (const char *[]) { NULL, "--report", link, "--from", "2024-03-01", "--to", "2024-03-31", NULL });
  g_assert_cmpint (linked.status, ==, 0);
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  text = pdf_text (target);
  assert_has (text, "No sessions between 1 March 2024 and 31 March 2024.");
}

/* A damaged line: the report holds the good records and says what is
 * missing; a history that cannot be read at all gives no report. */
static void
test_damaged_history (void)
{
  g_auto(Run) r = { 0 };
  g_auto(Run) unreadable = { 0 };
  g_autofree char *pdf = pdf_path ("damaged.pdf");
  g_autofree char *none = pdf_path ("unreadable.pdf");
  g_autofree char *path = history_path ();
  g_autoptr(GString) history = g_string_new (NULL);
  g_autoptr(GDateTime) start = g_date_time_new_utc (2024, 3, 5, 18, 0, 0);
  g_autofree char *text = NULL;

  append_line (history, 1, start, "my-physio", "Physio Plan A", 900, FALSE, -1, 2, "easy", NULL, 2, 3);
  g_string_append (history, "{\"v\":1, torn\n");
  write_history (history->str);

  run (&r, (const char *[]) { NULL, "--report", pdf, "--from", "2024-03-01", "--to", "2024-03-31", NULL });
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.err, ==, "history.jsonl: line 2 is damaged and was skipped; it stays in the file\n");
  text = pdf_text (pdf);
  assert_has (text, "Sessions: 1 (0 completed, 1 stopped early)");
  assert_has (text, "Not everything could be read: history.jsonl: line 2 is damaged and was skipped; it stays in the file");
  assert_has (text, "Tue 5 Mar 2024 Physio Plan A 15 2/3 –→2 Easy stopped early");
  assert_has (text, "Back pain (0–10), on average: – before, 2.0 after the sessions");

  /* A folder where the file should be. */
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  run (&unreadable, (const char *[]) { NULL, "--report", none, NULL });
  g_assert_cmpint (unreadable.status, ==, 1);
  g_assert_true (g_str_has_prefix (unreadable.err, "history.jsonl"));
  g_assert_false (g_file_test (none, G_FILE_TEST_EXISTS));
  g_assert_cmpint (g_rmdir (path), ==, 0);
}

/* en_US and de_DE in a folder of our own (the machine may have only C). */
static void
make_locales (void)
{
  g_autofree char *dir = g_build_filename (g_get_user_cache_dir (), "locales", NULL);
  const char *names[] = { "en_US", "de_DE" };

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *out = g_strdup_printf ("%s/%s.UTF-8", dir, names[i]);
      g_autoptr(GError) error = NULL;
      int wait_status = 0;

      if (!g_spawn_sync (NULL, (char *[]) { (char *) "localedef", (char *) "-i", (char *) names[i],
                                            (char *) "-f", (char *) "UTF-8", out, NULL },
                         NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                         NULL, NULL, NULL, NULL, &wait_status, &error) ||
          !g_spawn_check_wait_status (wait_status, NULL))
        return;
    }
  g_free (locale_dir);
  locale_dir = g_steal_pointer (&dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/report-cli/empty", test_empty);
  g_test_add_func ("/report-cli/one-session", test_one_session);
  g_test_add_func ("/report-cli/levels", test_levels);
  g_test_add_func ("/report-cli/year", test_year);
  g_test_add_func ("/report-cli/weekly-goal", test_weekly_goal);
  g_test_add_func ("/report-cli/paper", test_paper);
  g_test_add_func ("/report-cli/bad-usage", test_bad_usage);
  g_test_add_func ("/report-cli/outputs", test_outputs);
  g_test_add_func ("/report-cli/damaged-history", test_damaged_history);

  return g_test_run ();
}
