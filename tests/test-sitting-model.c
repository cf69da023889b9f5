/* test-sitting-model.c: the sitting count, reminders and breaks on a virtual clock
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <malloc.h>

#include "limber-fake-idle-source.h"
#include "limber-sitting-model-private.h"
#include "limber-virtual-clock.h"

#define MINUTE G_TIME_SPAN_MINUTE
#define HOUR G_TIME_SPAN_HOUR

typedef struct
{
  LimberClock *clock;
  LimberVirtualClock *vc;
  GTimeZone *berlin;
  LimberIdleSource *source;
  LimberFakeIdleSource *fake;
  LimberSittingModel *model;
  GString *log;
} Fixture;

static char *
wall_text (Fixture    *f,
           const char *format)
{
  g_autoptr(GDateTime) wall = limber_clock_get_wall_time (f->clock);

  return g_date_time_format (wall, format);
}

static void
log_line (Fixture    *f,
          const char *text)
{
  g_autofree char *now = wall_text (f, "%H:%M");

  g_string_append_printf (f->log, "%s %s\n", now, text);
}

static void
on_remind (LimberSittingModel *model,
           guint               minutes,
           Fixture            *f)
{
  g_autofree char *text = g_strdup_printf ("remind %u", minutes);

  log_line (f, text);
}

static void
on_withdraw (LimberSittingModel *model,
             Fixture            *f)
{
  log_line (f, "withdraw");
}

static void
on_break_event (LimberSittingModel *model,
                int                 kind,
                GDateTime          *time,
                guint               minutes,
                const char         *routine_id,
                Fixture            *f)
{
  g_autofree char *at = g_date_time_format (time, "%H:%M");
  g_autofree char *text = g_strdup_printf ("%s at %s after %u%s%s",
                                           limber_break_kind_to_string (kind), at, minutes,
                                           routine_id != NULL ? " " : "",
                                           routine_id != NULL ? routine_id : "");

  log_line (f, text);
}

/* Wall time: Monday 2026-11-30 09:00 in Berlin (a work day, at work start). */
static void
set_wall (Fixture *f,
          int      year,
          int      month,
          int      day,
          int      hour,
          int      minute)
{
  g_autoptr(GDateTime) wall = g_date_time_new (f->berlin, year, month, day, hour, minute, 0);

  limber_virtual_clock_set_wall_time (f->vc, wall);
}

static void
fixture_setup_with (Fixture              *f,
                    LimberIdleCapability  capability)
{
  f->clock = limber_virtual_clock_new (HOUR);
  f->vc = LIMBER_VIRTUAL_CLOCK (f->clock);
  f->berlin = g_time_zone_new_identifier ("Europe/Berlin");
  g_assert_nonnull (f->berlin);
  set_wall (f, 2026, 11, 30, 9, 0);

  f->source = limber_fake_idle_source_new (f->clock, capability);
  f->fake = LIMBER_FAKE_IDLE_SOURCE (f->source);
  f->model = limber_sitting_model_new (f->clock);
  limber_sitting_model_set_idle_source (f->model, f->source);
  limber_sitting_model_set_enabled (f->model, TRUE);
  f->log = g_string_new (NULL);

  g_signal_connect (f->model, "remind", G_CALLBACK (on_remind), f);
  g_signal_connect (f->model, "withdraw", G_CALLBACK (on_withdraw), f);
  g_signal_connect (f->model, "break-event", G_CALLBACK (on_break_event), f);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  fixture_setup_with (f, LIMBER_IDLE_CAPABILITY_WATCHES);
}

static void
fixture_setup_with_none (Fixture       *f,
                         gconstpointer  data)
{
  fixture_setup_with (f, LIMBER_IDLE_CAPABILITY_NONE);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_assert_finalize_object (f->model);
  g_assert_finalize_object (f->source);
  g_assert_cmpuint (limber_virtual_clock_get_n_pending (f->vc), ==, 0);
  g_assert_finalize_object (f->clock);
  g_time_zone_unref (f->berlin);
  g_string_free (f->log, TRUE);
}

static void
advance (Fixture *f,
         gint64   us)
{
  limber_virtual_clock_advance (f->vc, us);
}

/* Returns the log so far and empties it. */
static char *
take_log (Fixture *f)
{
  char *text = g_strdup (f->log->str);

  g_string_truncate (f->log, 0);
  return text;
}

#define assert_log(f, expected) \
  G_STMT_START { \
    g_autofree char *_log = take_log (f); \
    g_assert_cmpstr (_log, ==, expected); \
  } G_STMT_END

static void
test_remind_after_interval (Fixture       *f,
                            gconstpointer  data)
{
  g_assert_true (limber_sitting_model_is_sitting (f->model));
  g_assert_cmpint (limber_fake_idle_source_get_threshold (f->fake), ==, 5 * MINUTE);

  advance (f, 30 * MINUTE - 1);
  assert_log (f, "");
  g_assert_cmpint (limber_sitting_model_get_sitting_us (f->model), ==, 30 * MINUTE - 1);

  advance (f, 1);
  assert_log (f, "09:30 remind 30\n");
  g_assert_true (limber_sitting_model_get_reminder_waiting (f->model));

  /* Unanswered: not again before the next interval. */
  advance (f, 30 * MINUTE - 1);
  assert_log (f, "");
  advance (f, 1);
  assert_log (f, "10:00 remind 60\n");
  g_assert_cmpuint (limber_sitting_model_get_n_deadlines (f->model), ==, 1);
}

/* Away for the threshold or more is a break from the moment of leaving;
 * less is not. */
static void
test_away_threshold (Fixture       *f,
                     gconstpointer  data)
{
  advance (f, 10 * MINUTE);
  limber_fake_idle_source_set_present (f->fake, FALSE);
  advance (f, 4 * MINUTE + 59 * G_USEC_PER_SEC);
  limber_fake_idle_source_set_present (f->fake, TRUE);
  assert_log (f, "");
  g_assert_true (limber_sitting_model_is_sitting (f->model));

  g_assert_cmpint (limber_sitting_model_get_sitting_us (f->model), ==,
                   15 * MINUTE - G_USEC_PER_SEC);
  advance (f, 5 * MINUTE + G_USEC_PER_SEC);  /* 09:20 */
  limber_fake_idle_source_set_present (f->fake, FALSE);
  advance (f, 5 * MINUTE - 1);
  g_assert_true (limber_sitting_model_is_sitting (f->model));
  advance (f, 1);
  assert_log (f, "09:25 natural at 09:20 after 20\n");
  g_assert_false (limber_sitting_model_is_sitting (f->model));
  g_assert_cmpint (limber_sitting_model_get_sitting_us (f->model), ==, 0);

  /* No reminder while away, however long. */
  advance (f, 60 * MINUTE);
  assert_log (f, "");

  limber_fake_idle_source_set_present (f->fake, TRUE);  /* 10:25 */
  g_assert_true (limber_sitting_model_is_sitting (f->model));
  advance (f, 30 * MINUTE);
  assert_log (f, "10:55 remind 30\n");
}

/* A break taken while a reminder waits withdraws it. */
static void
test_withdraw (Fixture       *f,
               gconstpointer  data)
{
  advance (f, 31 * MINUTE);
  limber_fake_idle_source_set_present (f->fake, FALSE);
  advance (f, 5 * MINUTE);
  assert_log (f,
              "09:30 remind 30\n"
              "09:36 withdraw\n"
              "09:36 natural at 09:31 after 31\n");
  g_assert_false (limber_sitting_model_get_reminder_waiting (f->model));
  /* A late click on the withdrawn reminder does nothing. */
  g_assert_false (limber_sitting_model_snooze (f->model));
  g_assert_false (limber_sitting_model_skip (f->model));
  assert_log (f, "");
}

static void
test_lock (Fixture       *f,
           gconstpointer  data)
{
  advance (f, 20 * MINUTE);
  limber_sitting_model_set_locked (f->model, TRUE);
  assert_log (f, "09:20 natural at 09:20 after 20\n");
  g_assert_false (limber_sitting_model_is_sitting (f->model));

  advance (f, 2 * MINUTE);
  limber_sitting_model_set_locked (f->model, FALSE);
  /* Unlocked to glance at something and locked again: the same break. */
  advance (f, 30 * G_USEC_PER_SEC);
  limber_sitting_model_set_locked (f->model, TRUE);
  advance (f, 30 * G_USEC_PER_SEC);
  limber_sitting_model_set_locked (f->model, FALSE);  /* 09:23 */
  assert_log (f, "");

  advance (f, 30 * MINUTE);
  assert_log (f, "09:53 remind 30\n");
}

/* A suspend is a break; the count starts again at the resume, in wall time
 * after the sleep. */
static void
test_suspend (Fixture       *f,
              gconstpointer  data)
{
  advance (f, 20 * MINUTE);
  limber_sitting_model_set_suspended (f->model, TRUE);
  limber_virtual_clock_skip_wall_time (f->vc, HOUR);
  limber_sitting_model_set_suspended (f->model, FALSE);
  assert_log (f, "09:20 natural at 09:20 after 20\n");
  g_assert_true (limber_sitting_model_is_sitting (f->model));

  advance (f, 30 * MINUTE);
  assert_log (f, "10:50 remind 30\n");
  g_assert_true (limber_sitting_model_get_reminder_waiting (f->model));

  /* A suspend that ends after the work hours: the reminder waits until the
   * next work day's start. */
  limber_sitting_model_set_suspended (f->model, TRUE);
  limber_virtual_clock_skip_wall_time (f->vc, 8 * HOUR);
  limber_sitting_model_set_suspended (f->model, FALSE);  /* 18:50 */
  assert_log (f, "10:50 withdraw\n10:50 natural at 10:50 after 30\n");
  advance (f, 14 * HOUR + 10 * MINUTE - 1);
  assert_log (f, "");
  advance (f, 1);
  assert_log (f, "09:00 remind 850\n");
}

static void
test_snooze_and_skip (Fixture       *f,
                      gconstpointer  data)
{
  advance (f, 30 * MINUTE);
  g_assert_true (limber_sitting_model_snooze (f->model));
  g_assert_false (limber_sitting_model_snooze (f->model));
  advance (f, 5 * MINUTE);
  g_assert_true (limber_sitting_model_skip (f->model));
  advance (f, 30 * MINUTE);
  assert_log (f,
              "09:30 remind 30\n"
              "09:30 snoozed at 09:30 after 30\n"
              "09:35 remind 35\n"
              "09:35 skipped at 09:35 after 35\n"
              "10:05 remind 65\n");
}

/* Start is the break; the session it opens is not a second one, no reminder
 * comes while a session runs, and the count starts again after it. */
static void
test_session (Fixture       *f,
              gconstpointer  data)
{
  LimberSittingDay day;

  advance (f, 30 * MINUTE);
  limber_sitting_model_start (f->model, "desk-break");
  advance (f, 10 * G_USEC_PER_SEC);
  limber_sitting_model_set_session_running (f->model, TRUE);
  advance (f, 40 * MINUTE);  /* longer than the interval */
  limber_sitting_model_set_session_running (f->model, FALSE);
  assert_log (f,
              "09:30 remind 30\n"
              "09:30 reminded-started at 09:30 after 30 desk-break\n");

  advance (f, 20 * MINUTE);
  /* A session on one's own is a natural break. */
  limber_sitting_model_set_session_running (f->model, TRUE);
  advance (f, 45 * MINUTE);
  limber_sitting_model_set_session_running (f->model, FALSE);  /* 11:15 */
  advance (f, 30 * MINUTE);
  assert_log (f,
              "10:30 natural at 10:30 after 20\n"
              "11:45 remind 30\n");

  limber_sitting_model_get_today (f->model, &day);
  g_assert_cmpuint (day.breaks, ==, 2);
  g_assert_cmpuint (day.skipped, ==, 0);
  g_assert_cmpint (day.longest_sitting_us, ==, 30 * MINUTE);
}

static void
test_interval_change (Fixture       *f,
                      gconstpointer  data)
{
  /* Longer while counting: the same stretch, the new length. */
  advance (f, 20 * MINUTE);
  limber_sitting_model_set_interval (f->model, 45);
  advance (f, 25 * MINUTE - 1);
  assert_log (f, "");
  advance (f, 1);
  assert_log (f, "09:45 remind 45\n");

  /* Shorter, still ahead. */
  advance (f, 5 * MINUTE);
  limber_sitting_model_set_interval (f->model, 10);
  advance (f, 5 * MINUTE);
  assert_log (f, "09:55 remind 55\n");

  /* Shorter than what has passed: shortly, not at once. */
  limber_sitting_model_set_interval (f->model, 60);
  advance (f, 40 * MINUTE);  /* 10:35 */
  limber_sitting_model_set_interval (f->model, 20);
  assert_log (f, "");
  advance (f, MINUTE);
  assert_log (f, "10:36 remind 96\n");
}

/* Default work hours (Monday–Friday 09:00–18:00): a reminder due in the
 * evening waits for the next work day, Friday's for Monday. */
static void
test_work_hours (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GDateTime) inside = g_date_time_new (f->berlin, 2026, 12, 4, 17, 59, 0);
  g_autoptr(GDateTime) outside = g_date_time_new (f->berlin, 2026, 12, 4, 18, 0, 0);
  g_autoptr(GDateTime) saturday = g_date_time_new (f->berlin, 2026, 12, 5, 10, 0, 0);
  g_autofree char *text = NULL;

  g_assert_true (limber_sitting_model_in_work_hours (f->model, inside));
  g_assert_false (limber_sitting_model_in_work_hours (f->model, outside));
  g_assert_false (limber_sitting_model_in_work_hours (f->model, saturday));

  set_wall (f, 2026, 12, 4, 17, 45);  /* Friday */
  limber_sitting_model_set_locked (f->model, TRUE);
  limber_sitting_model_set_locked (f->model, FALSE);
  assert_log (f, "");  /* a stretch of no time is no break */
  advance (f, 63 * HOUR + 15 * MINUTE - 1);
  assert_log (f, "");
  advance (f, 1);
  text = wall_text (f, "%a %F %H:%M");
  g_assert_cmpstr (text, ==, "Mon 2026-12-07 09:00");
  assert_log (f, "09:00 remind 3795\n");
}

/* Runs the clock through the night of @wall, logging the reminders with
 * their zone; the person sits all night. */
static char *
run_night (Fixture *f)
{
  GString *out = g_string_new (NULL);
  gint64 end = limber_clock_get_time (f->clock) + 12 * HOUR;

  while (limber_virtual_clock_get_next_deadline (f->vc) <= end)
    {
      g_autofree char *log = NULL;

      limber_virtual_clock_advance_to (f->vc, limber_virtual_clock_get_next_deadline (f->vc));
      log = take_log (f);
      if (log[0] != '\0')
        {
          g_autofree char *now = wall_text (f, "%H:%M %Z");

          g_string_append_printf (out, "%s;", now);
        }
    }

  return g_string_free (out, FALSE);
}

static void
setup_night (Fixture *f,
             int      month,
             int      day)
{
  const char *saturday[] = { "sat", NULL };

  limber_sitting_model_set_work_days (f->model, saturday);
  g_assert_true (limber_sitting_model_set_work_hours (f->model, "22:00", "06:00", NULL));
  limber_sitting_model_set_interval (f->model, 60);
  set_wall (f, 2026, month, day, 21, 30);
  limber_sitting_model_set_locked (f->model, TRUE);
  limber_sitting_model_set_locked (f->model, FALSE);
  g_string_truncate (f->log, 0);
}

/* Hours that cross midnight, in the night summer time begins: the shift is
 * seven hours long and belongs to Saturday. */
static void
test_night_dst_spring (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *night = NULL;
  g_autoptr(GDateTime) sunday_0530 = g_date_time_new (f->berlin, 2026, 3, 29, 5, 30, 0);
  g_autoptr(GDateTime) sunday_2230 = g_date_time_new (f->berlin, 2026, 3, 29, 22, 30, 0);

  setup_night (f, 3, 28);
  g_assert_true (limber_sitting_model_in_work_hours (f->model, sunday_0530));
  g_assert_false (limber_sitting_model_in_work_hours (f->model, sunday_2230));

  night = run_night (f);
  g_assert_cmpstr (night, ==,
                   "22:30 CET;23:30 CET;00:30 CET;01:30 CET;03:30 CEST;04:30 CEST;05:30 CEST;");
}

/* The night summer time ends: 02:30 comes twice, nine hours of shift. */
static void
test_night_dst_autumn (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *night = NULL;

  setup_night (f, 10, 24);
  night = run_night (f);
  g_assert_cmpstr (night, ==,
                   "22:30 CEST;23:30 CEST;00:30 CEST;01:30 CEST;02:30 CEST;"
                   "02:30 CET;03:30 CET;04:30 CET;05:30 CET;");
}

static void
test_pause (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GDateTime) six = g_date_time_new (f->berlin, 2026, 11, 30, 18, 0, 0);
  g_autoptr(GDateTime) ten = g_date_time_new (f->berlin, 2026, 11, 30, 10, 10, 0);

  advance (f, 10 * MINUTE);
  limber_sitting_model_pause_for (f->model, HOUR);
  g_assert_cmpint (limber_sitting_model_get_paused_until (f->model), ==,
                   g_date_time_to_unix (ten) * G_USEC_PER_SEC);
  advance (f, 60 * MINUTE);
  assert_log (f, "10:10 remind 70\n");

  advance (f, 5 * MINUTE);
  limber_sitting_model_pause_today (f->model);
  assert_log (f, "10:15 withdraw\n");
  g_assert_cmpint (limber_sitting_model_get_paused_until (f->model), ==,
                   g_date_time_to_unix (six) * G_USEC_PER_SEC);
  advance (f, 22 * HOUR + 45 * MINUTE);
  assert_log (f, "09:00 remind 1440\n");

  /* Resumed by hand. */
  limber_sitting_model_pause_for (f->model, HOUR);
  limber_sitting_model_set_paused_until (f->model, 0);
  advance (f, 30 * MINUTE);
  assert_log (f, "09:00 withdraw\n09:30 remind 1470\n");
}

/* Without an idle monitor nobody is ever away: reminders come by the clock. */
static void
test_no_idle_monitor (Fixture       *f,
                      gconstpointer  data)
{
  limber_fake_idle_source_set_present (f->fake, FALSE);
  advance (f, 60 * MINUTE);
  assert_log (f,
              "09:30 remind 30\n"
              "10:00 remind 60\n");
  limber_fake_idle_source_set_present (f->fake, TRUE);
}

static void
test_natural_break_setting (Fixture       *f,
                            gconstpointer  data)
{
  limber_sitting_model_set_natural_break (f->model, 12);
  g_assert_cmpint (limber_fake_idle_source_get_threshold (f->fake), ==, 12 * MINUTE);

  advance (f, 10 * MINUTE);
  limber_fake_idle_source_set_present (f->fake, FALSE);
  advance (f, 11 * MINUTE);
  assert_log (f, "");
  advance (f, MINUTE);
  assert_log (f, "09:22 natural at 09:10 after 10\n");
  limber_fake_idle_source_set_present (f->fake, TRUE);
}

static void
test_disabled (Fixture       *f,
               gconstpointer  data)
{
  advance (f, 30 * MINUTE);
  limber_sitting_model_set_enabled (f->model, FALSE);
  assert_log (f, "09:30 remind 30\n09:30 withdraw\n");
  advance (f, 4 * HOUR);
  assert_log (f, "");
  g_assert_cmpuint (limber_sitting_model_get_n_deadlines (f->model), ==, 0);
  /* Counting goes on: turned on again, the stretch is still 4.5 hours. */
  limber_sitting_model_set_enabled (f->model, TRUE);
  advance (f, 0);
  assert_log (f, "13:30 remind 270\n");
}

static void
test_today (Fixture       *f,
            gconstpointer  data)
{
  LimberSittingDay day;

  advance (f, 30 * MINUTE);
  limber_sitting_model_skip (f->model);
  advance (f, 30 * MINUTE);
  limber_sitting_model_snooze (f->model);
  advance (f, 5 * MINUTE);
  limber_sitting_model_start (f->model, "desk-break");
  advance (f, 50 * MINUTE);
  limber_sitting_model_set_locked (f->model, TRUE);  /* 10:55 */
  advance (f, MINUTE);
  limber_sitting_model_set_locked (f->model, FALSE);
  advance (f, 20 * MINUTE);

  limber_sitting_model_get_today (f->model, &day);
  g_assert_cmpuint (day.breaks, ==, 2);
  g_assert_cmpuint (day.skipped, ==, 1);
  g_assert_cmpuint (day.snoozed, ==, 1);
  g_assert_cmpint (day.longest_sitting_us, ==, 65 * MINUTE);

  /* A new day starts at midnight with the stretch that runs then. */
  limber_sitting_model_set_locked (f->model, TRUE);
  advance (f, 13 * HOUR);
  limber_sitting_model_get_today (f->model, &day);
  g_assert_cmpuint (day.breaks, ==, 0);
  g_assert_cmpuint (day.skipped, ==, 0);
  g_assert_cmpint (day.longest_sitting_us, ==, 0);
  limber_sitting_model_set_locked (f->model, FALSE);
  g_string_truncate (f->log, 0);
}

static void
test_settings (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.limber.Limber");
  const char *weekend[] = { "sat", "sun", NULL };
  g_auto(GStrv) days = NULL;
  g_autofree char *start = NULL;

  limber_sitting_model_bind_settings (f->model, settings);
  /* The defaults of the schema: off, 30 minutes, 5 minutes. */
  g_assert_false (g_settings_get_boolean (settings, "break-reminders"));
  g_object_get (f->model, "work-days", &days, "work-start", &start, NULL);
  g_assert_cmpstr (start, ==, "09:00");
  g_assert_cmpuint (g_strv_length (days), ==, 5);

  g_settings_set_boolean (settings, "break-reminders", TRUE);
  g_settings_set_uint (settings, "break-interval", 20);
  g_settings_set_uint (settings, "natural-break", 3);
  g_settings_set_strv (settings, "work-days", weekend);
  g_settings_set_string (settings, "work-start", "07:30");
  g_assert_cmpint (limber_fake_idle_source_get_threshold (f->fake), ==, 3 * MINUTE);

  set_wall (f, 2026, 12, 5, 7, 0);  /* Saturday */
  limber_sitting_model_set_locked (f->model, TRUE);
  limber_sitting_model_set_locked (f->model, FALSE);
  g_string_truncate (f->log, 0);
  advance (f, 50 * MINUTE);
  assert_log (f, "07:30 remind 30\n07:50 remind 50\n");

  /* Pausing is written back, so it holds for the next start. */
  limber_sitting_model_pause_for (f->model, HOUR);
  g_assert_cmpint (g_settings_get_int64 (settings, "reminders-paused-until"), ==,
                   limber_sitting_model_get_paused_until (f->model));
  g_assert_cmpint (g_settings_get_int64 (settings, "reminders-paused-until"), >, 0);

}

/* Bad values from gsettings are named with the key and leave the model as
 * it was. */
static void
test_bad_settings (Fixture       *f,
                   gconstpointer  data)
{
  if (g_test_subprocess ())
    {
      g_autoptr(GSettings) settings = g_settings_new ("io.github.limber.Limber");
      const char *bad[] = { "monday", "sun", NULL };
      g_auto(GStrv) days = NULL;
      g_autofree char *end = NULL;

      g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
      limber_sitting_model_bind_settings (f->model, settings);
      g_settings_set_string (settings, "work-end", "6pm");
      g_object_get (f->model, "work-end", &end, NULL);
      g_assert_cmpstr (end, ==, "18:00");

      g_settings_set_strv (settings, "work-days", bad);
      g_object_get (f->model, "work-days", &days, NULL);
      g_assert_cmpstr (days[0], ==, "sun");
      g_assert_null (days[1]);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  /* (The quotes and the dash are converted to the charset of the locale.) */
  g_test_trap_assert_stderr ("*Setting work-end: *6pm* is not a time of day as HH:MM "
                             "(00:00 to 23:59); the hours stay 09:00*18:00*"
                             "Setting work-days: *monday* is not a day (mon, tue, wed, "
                             "thu, fri, sat, sun); it is ignored*");
}

static gsize
heap_in_use (void)
{
  struct mallinfo2 info = mallinfo2 ();

  return info.uordblks;
}

/* One working day of reminders, answers, away stretches, locks, a session,
 * a suspend and changed intervals. */
static void
simulate_day (Fixture *f,
              int      day)
{
  set_wall (f, 2026, 11, day, 8, 0);
  limber_sitting_model_set_locked (f->model, TRUE);
  limber_sitting_model_set_locked (f->model, FALSE);

  for (int hour = 0; hour < 10; hour++)
    {
      advance (f, 30 * MINUTE);
      limber_sitting_model_snooze (f->model);
      advance (f, 5 * MINUTE);
      if (hour % 2 == 0)
        limber_sitting_model_skip (f->model);
      else
        limber_sitting_model_start (f->model, "desk-break");
      limber_sitting_model_set_session_running (f->model, TRUE);
      advance (f, 3 * MINUTE);
      limber_sitting_model_set_session_running (f->model, FALSE);
      limber_fake_idle_source_set_present (f->fake, FALSE);
      advance (f, 7 * MINUTE);
      limber_fake_idle_source_set_present (f->fake, TRUE);
      limber_sitting_model_set_locked (f->model, TRUE);
      advance (f, 2 * MINUTE);
      limber_sitting_model_set_locked (f->model, FALSE);
      limber_sitting_model_set_interval (f->model, hour % 3 == 0 ? 20 : 30);
      advance (f, 13 * MINUTE);
      g_assert_cmpuint (limber_sitting_model_get_n_deadlines (f->model), <=, 1);
      g_assert_cmpuint (limber_virtual_clock_get_n_pending (f->vc), <=, 2);
    }

  limber_sitting_model_set_suspended (f->model, TRUE);
  limber_virtual_clock_skip_wall_time (f->vc, 12 * HOUR);
  limber_sitting_model_set_suspended (f->model, FALSE);
  advance (f, HOUR);
}

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p != '\0'; p++)
    n += *p == '\n';

  return n;
}

static void
test_soak_day (Fixture       *f,
               gconstpointer  data)
{
  gsize before, after;
  guint lines_first, lines_second;
  gsize allocated;
  LimberSittingDay day;

  simulate_day (f, 23);
  lines_first = count_lines (f->log->str);
  /* A log that does not need to grow, so the heap shows the model alone. */
  g_string_free (f->log, TRUE);
  f->log = g_string_sized_new (64 * 1024);
  allocated = f->log->allocated_len;

  before = heap_in_use ();
  simulate_day (f, 24);
  simulate_day (f, 25);
  after = heap_in_use ();
  lines_second = count_lines (f->log->str);
  g_test_message ("%u events on day one, %u on days two and three; heap %" G_GSIZE_FORMAT
                  " → %" G_GSIZE_FORMAT " bytes", lines_first, lines_second, before, after);

  /* Something happened all day, */
  g_assert_cmpuint (lines_first, >, 40);
  limber_sitting_model_get_today (f->model, &day);
  g_assert_cmpuint (day.skipped, ==, 0);  /* a new day after the suspend */
  /* and the model's state and deadlines did not grow with it: 92 events
   * leaking even a GDateTime each would show. */
  g_assert_cmpuint (limber_sitting_model_get_n_deadlines (f->model), <=, 1);
  g_assert_cmpuint (f->log->allocated_len, ==, allocated);
  g_assert_cmpuint (after, <=, before + 1024);
  g_string_truncate (f->log, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add ("/sitting/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("remind-after-interval", test_remind_after_interval);
  ADD ("away-threshold", test_away_threshold);
  ADD ("withdraw", test_withdraw);
  ADD ("lock", test_lock);
  ADD ("suspend", test_suspend);
  ADD ("snooze-and-skip", test_snooze_and_skip);
  ADD ("session", test_session);
  ADD ("interval-change", test_interval_change);
  ADD ("work-hours", test_work_hours);
  ADD ("night-dst-spring", test_night_dst_spring);
  ADD ("night-dst-autumn", test_night_dst_autumn);
  ADD ("pause", test_pause);
  ADD ("natural-break-setting", test_natural_break_setting);
  ADD ("disabled", test_disabled);
  ADD ("today", test_today);
  ADD ("settings", test_settings);
  ADD ("bad-settings", test_bad_settings);
  ADD ("soak-day", test_soak_day);
  g_test_add ("/sitting/no-idle-monitor", Fixture, NULL,
              fixture_setup_with_none,
              test_no_idle_monitor, fixture_teardown);

  return g_test_run ();
}
