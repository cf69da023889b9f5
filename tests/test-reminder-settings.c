/* test-reminder-settings.c: times of day and the ends of a pause
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "limber-reminder-settings.h"

static void
test_parse_time (void)
{
  static const struct { const char *text; gboolean ok; guint minutes; } cases[] = {
    { "00:00", TRUE, 0 },
    { "09:00", TRUE, 540 },
    { "23:59", TRUE, 1439 },
    { "18:30", TRUE, 1110 },
    { "24:00", FALSE, 0 },
    { "12:60", FALSE, 0 },
    { "9:00", FALSE, 0 },
    { "09:00 ", FALSE, 0 },
    { "09.00", FALSE, 0 },
    { "ab:cd", FALSE, 0 },
    { "", FALSE, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      guint minutes = 9999;

      g_test_message ("%s", cases[i].text);
      g_assert_cmpint (limber_reminder_parse_time (cases[i].text, &minutes), ==, cases[i].ok);
      g_assert_cmpuint (minutes, ==, cases[i].ok ? cases[i].minutes : 9999);
    }
  {
    guint minutes = 7;

    g_assert_false (limber_reminder_parse_time (NULL, &minutes));
    g_assert_cmpuint (minutes, ==, 7);
  }
}

static void
test_pause_end (void)
{
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  /* Monday to Friday, 09:00–18:00 (the defaults). */
  const LimberWorkHours office = { 0x1f, 9 * 60, 18 * 60 };
  /* Every day, 22:00–06:00. */
  const LimberWorkHours nights = { 0x7f, 22 * 60, 6 * 60 };
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) evening = NULL;
  g_autoptr(GDateTime) night = NULL;
  g_autoptr(GDateTime) before_dst = NULL;
  gint64 now_us;

  g_assert_nonnull (berlin);
  /* Tuesday 2026-12-01, 14:32:10.5 */
  now = g_date_time_new (berlin, 2026, 12, 1, 14, 32, 10.5);
  now_us = g_date_time_to_unix (now) * G_USEC_PER_SEC + 500000;
  g_assert_cmpint (limber_reminder_pause_end (now, LIMBER_REMINDER_PAUSE_HOUR, &office), ==,
                   now_us + G_GINT64_CONSTANT (3600000000));
  /* Within work hours: until they end, 2026-12-01 18:00 in Berlin (UTC+1). */
  g_assert_cmpint (limber_reminder_pause_end (now, LIMBER_REMINDER_PAUSE_TODAY, &office), ==,
                   G_GINT64_CONSTANT (1796144400) * G_USEC_PER_SEC);
  /* After them: 2026-12-02 00:00. */
  evening = g_date_time_new (berlin, 2026, 12, 1, 19, 0, 0);
  g_assert_cmpint (limber_reminder_pause_end (evening, LIMBER_REMINDER_PAUSE_TODAY, &office), ==,
                   G_GINT64_CONSTANT (1796166000) * G_USEC_PER_SEC);
  /* A night shift: at 23:00 "today" lasts until 06:00 the next morning. */
  night = g_date_time_new (berlin, 2026, 12, 1, 23, 0, 0);
  g_assert_cmpint (limber_reminder_pause_end (night, LIMBER_REMINDER_PAUSE_TODAY, &nights), ==,
                   G_GINT64_CONSTANT (1796187600) * G_USEC_PER_SEC);

  /* The day the clocks go forward (a Sunday) has 23 hours: still the next
   * midnight. */
  before_dst = g_date_time_new (berlin, 2026, 3, 29, 0, 30, 0);
  /* 2026-03-30 00:00 CEST (UTC+2) is 2026-03-29 22:00 UTC. */
  g_assert_cmpint (limber_reminder_pause_end (before_dst, LIMBER_REMINDER_PAUSE_TODAY, &office), ==,
                   G_GINT64_CONSTANT (1774821600) * G_USEC_PER_SEC);
}

static void
test_work_days (void)
{
  const char *days[] = { "Mon", "wed", "sun", NULL };

  g_assert_cmpuint (limber_work_days_parse (days), ==, 0x45);
  g_assert_cmpuint (limber_work_days_parse (NULL), ==, 0);
  if (g_test_subprocess ())
    {
      const char *wrong[] = { "mon", "monday", NULL };

      g_assert_cmpuint (limber_work_days_parse (wrong), ==, 0x01);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*Setting work-days: *monday* is not a day (mon, tue, wed, thu, fri, sat, sun); it is ignored*");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/reminder-settings/parse-time", test_parse_time);
  g_test_add_func ("/reminder-settings/pause-end", test_pause_end);
  g_test_add_func ("/reminder-settings/work-days", test_work_days);
  return g_test_run ();
}
