/* test-checkin-scheduler.c: when the background part asks the next-morning
 * check-in, on a virtual clock with a history file made in the test
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "limber-checkin-scheduler.h"
#include "limber-virtual-clock.h"

#define MINUTE G_TIME_SPAN_MINUTE
#define HOUR G_TIME_SPAN_HOUR

#define SESSION_A "3f1c2a9e-8b7d-4c1e-9f00-123456789abc"
#define RECORD_A "{\"v\":1,\"id\":\"" SESSION_A "\",\"start\":\"2026-11-29T18:00:00+01:00\"," \
  "\"end\":\"2026-11-29T18:15:00+01:00\",\"routine_id\":\"desk-break\",\"routine_title\":\"Desk Break\"," \
  "\"planned_seconds\":900,\"active_seconds\":900,\"completed\":true}\n"
#define CHECKIN_A "{\"v\":1,\"kind\":\"checkin\",\"time\":\"2026-11-30T08:05:00+01:00\",\"session\":\"" SESSION_A "\",\"pain\":5}\n"

typedef struct
{
  LimberClock *clock;
  LimberVirtualClock *vc;
  char *dir;
  char *path;
  LimberCheckinScheduler *scheduler;
  GString *log;
} Fixture;

static void
on_due (LimberCheckinScheduler *scheduler,
        const char             *session_id,
        const char             *routine_title,
        Fixture                *f)
{
  g_autoptr(GDateTime) wall = limber_clock_get_wall_time (f->clock);
  g_autofree char *now = g_date_time_format (wall, "%d %H:%M");

  g_string_append_printf (f->log, "%s due %s %s\n", now, session_id, routine_title);
}

/* The wall clock at @iso (Berlin), the history holding @contents. */
static void
fixture_set_up (Fixture    *f,
                const char *iso,
                const char *contents)
{
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(GDateTime) now = g_date_time_new_from_iso8601 (iso, berlin);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  f->clock = limber_virtual_clock_new (1000 * G_TIME_SPAN_SECOND);
  f->vc = LIMBER_VIRTUAL_CLOCK (f->clock);
  limber_virtual_clock_set_wall_time (f->vc, now);
  f->dir = g_dir_make_tmp ("limber-checkin-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "history.jsonl", NULL);
  g_file_set_contents (f->path, contents, -1, &error);
  g_assert_no_error (error);
  file = g_file_new_for_path (f->path);
  f->scheduler = limber_checkin_scheduler_new (f->clock, file);
  f->log = g_string_new (NULL);
  g_signal_connect (f->scheduler, "due", G_CALLBACK (on_due), f);
}

static void
fixture_tear_down (Fixture *f)
{
  g_clear_object (&f->scheduler);
  g_clear_object (&f->clock);
  g_remove (f->path);
  g_rmdir (f->dir);
  g_free (f->path);
  g_free (f->dir);
  g_string_free (f->log, TRUE);
}

static void
append (Fixture    *f,
        const char *line)
{
  g_autofree char *contents = NULL;
  g_autofree char *more = NULL;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (f->path, &contents, NULL, &error);
  more = g_strconcat (contents, line, NULL);
  g_file_set_contents (f->path, more, -1, &error);
  g_assert_no_error (error);
}

/* At 08:00 the day after, once; not the day after that. */
static void
test_at_the_time (void)
{
  Fixture f = { 0 };
  guint fired;

  fixture_set_up (&f, "2026-11-30T06:00:00", RECORD_A);
  g_object_set (f.scheduler, "time", "08:00", "enabled", TRUE, NULL);
  g_assert_cmpuint (limber_checkin_scheduler_get_n_deadlines (f.scheduler), ==, 1);

  limber_virtual_clock_advance (f.vc, 2 * HOUR - 1);
  g_assert_cmpstr (f.log->str, ==, "");
  limber_virtual_clock_advance (f.vc, 1);
  g_assert_cmpstr (f.log->str, ==, "30 08:00 due " SESSION_A " Desk Break\n");

  /* Unanswered: not again that day, nor the next (two days after). */
  fired = limber_virtual_clock_run_until_idle (f.vc, limber_clock_get_time (f.clock) + 48 * HOUR);
  g_assert_cmpstr (f.log->str, ==, "30 08:00 due " SESSION_A " Desk Break\n");
  /* It wakes at most every 15 minutes: 192 looks at the clock in 48 hours. */
  g_assert_cmpuint (fired, <=, 48 * 4 + 1);
  g_assert_cmpuint (fired, >=, 48 * 4 - 1);

  fixture_tear_down (&f);
}

/* Started after the time (a login at 09:30): at once. */
static void
test_started_later (void)
{
  Fixture f = { 0 };

  fixture_set_up (&f, "2026-11-30T09:30:00", RECORD_A);
  g_object_set (f.scheduler, "time", "08:00", "enabled", TRUE, NULL);
  limber_virtual_clock_advance (f.vc, 0);
  g_assert_cmpstr (f.log->str, ==, "30 09:30 due " SESSION_A " Desk Break\n");
  fixture_tear_down (&f);
}

/* Answered, dismissed, or off: nothing. */
static void
test_nothing_due (void)
{
  Fixture f = { 0 };

  fixture_set_up (&f, "2026-11-30T07:00:00", RECORD_A CHECKIN_A);
  g_object_set (f.scheduler, "enabled", TRUE, NULL);
  limber_virtual_clock_advance (f.vc, 2 * HOUR);
  g_assert_cmpstr (f.log->str, ==, "");
  fixture_tear_down (&f);

  fixture_set_up (&f, "2026-11-30T07:00:00", RECORD_A);
  g_object_set (f.scheduler, "enabled", TRUE, "dismissed", SESSION_A, NULL);
  limber_virtual_clock_advance (f.vc, 2 * HOUR);
  g_assert_cmpstr (f.log->str, ==, "");
  fixture_tear_down (&f);

  fixture_set_up (&f, "2026-11-30T07:00:00", RECORD_A);
  g_object_set (f.scheduler, "enabled", TRUE, NULL);
  g_object_set (f.scheduler, "enabled", FALSE, NULL);
  g_assert_cmpuint (limber_checkin_scheduler_get_n_deadlines (f.scheduler), ==, 0);
  g_assert_cmpuint (limber_virtual_clock_get_n_pending (f.vc), ==, 0);
  limber_virtual_clock_advance (f.vc, 2 * HOUR);
  g_assert_cmpstr (f.log->str, ==, "");
  fixture_tear_down (&f);
}

/* A session recorded later in the day is asked about the next morning; a
 * changed time counts from then on; a bad time is refused. */
static void
test_next_day_and_time_change (void)
{
  Fixture f = { 0 };

  fixture_set_up (&f, "2026-11-30T07:00:00", "");
  g_object_set (f.scheduler, "enabled", TRUE, NULL);
  limber_virtual_clock_advance (f.vc, 2 * HOUR);
  g_assert_cmpstr (f.log->str, ==, "");

  append (&f, "{\"v\":1,\"id\":\"b\",\"start\":\"2026-11-30T18:00:00+01:00\",\"end\":\"2026-11-30T18:15:00+01:00\","
              "\"routine_id\":\"neck\",\"routine_title\":\"Neck\",\"planned_seconds\":9,\"active_seconds\":9,"
              "\"completed\":false}\n");
  g_object_set (f.scheduler, "time", "06:45", NULL);
  /* A warning (structured logging: not fatal here), and the time stays. */
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
  g_object_set (f.scheduler, "time", "7:00", NULL);
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  {
    g_autofree char *time = NULL;

    g_object_get (f.scheduler, "time", &time, NULL);
    g_assert_cmpstr (time, ==, "06:45");
  }
  /* 09:00 now: 06:45 tomorrow is 21 h 45 min away. */
  limber_virtual_clock_advance (f.vc, 21 * HOUR + 44 * MINUTE);
  g_assert_cmpstr (f.log->str, ==, "");
  limber_virtual_clock_advance (f.vc, MINUTE);
  g_assert_cmpstr (f.log->str, ==, "01 06:45 due b Neck\n");
  fixture_tear_down (&f);
}

/* A suspend over night: the monotonic clock stopped; the look after the
 * resume comes within 15 minutes. */
static void
test_after_suspend (void)
{
  Fixture f = { 0 };

  fixture_set_up (&f, "2026-11-29T22:00:00", RECORD_A);
  g_object_set (f.scheduler, "enabled", TRUE, NULL);
  limber_virtual_clock_advance (f.vc, 0);  /* the first look, at 22:00: nothing */
  g_assert_cmpstr (f.log->str, ==, "");
  limber_virtual_clock_skip_wall_time (f.vc, 11 * HOUR);  /* 09:00 */
  limber_virtual_clock_advance (f.vc, 15 * MINUTE);
  g_assert_cmpstr (f.log->str, ==, "30 09:15 due " SESSION_A " Desk Break\n");
  fixture_tear_down (&f);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/checkin-scheduler/at-the-time", test_at_the_time);
  g_test_add_func ("/checkin-scheduler/started-later", test_started_later);
  g_test_add_func ("/checkin-scheduler/nothing-due", test_nothing_due);
  g_test_add_func ("/checkin-scheduler/next-day-and-time-change", test_next_day_and_time_change);
  g_test_add_func ("/checkin-scheduler/after-suspend", test_after_suspend);

  return g_test_run ();
}
