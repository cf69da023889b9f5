/* test-history-stats.c: streaks, weeks and days across month ends, DST and zones
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>

#include "limber-history-stats.h"

/* A session starting at the ISO 8601 time @start, @minutes active. */
static void
add (GPtrArray  *records,
     const char *start_iso,
     guint       minutes,
     gboolean    completed,
     const char *routine)
{
  g_autoptr(GDateTime) start = g_date_time_new_from_iso8601 (start_iso, NULL);
  g_autoptr(GDateTime) end = NULL;

  g_assert_nonnull (start);
  end = g_date_time_add_minutes (start, minutes);
  g_ptr_array_add (records, limber_history_record_new (routine, routine, start, end,
                                                       minutes * 60, minutes * 60, completed));
}

static LimberHistoryStats *
compute (GPtrArray    *records,
         const char   *now_iso,
         const char   *zone,
         GDateWeekday  first_weekday)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier (zone);
  g_autoptr(GDateTime) now = g_date_time_new_from_iso8601 (now_iso, NULL);

  g_assert_nonnull (tz);
  g_assert_nonnull (now);
  return limber_history_stats_compute ((LimberHistoryRecord * const *) records->pdata, records->len,
                                       now, tz, first_weekday, LIMBER_HISTORY_DEFAULT_WEEKLY_GOAL);
}

static void
assert_date (const GDate *date,
             guint        year,
             guint        month,
             guint        day)
{
  g_assert_true (g_date_valid (date));
  g_assert_cmpuint (g_date_get_year (date), ==, year);
  g_assert_cmpuint (g_date_get_month (date), ==, month);
  g_assert_cmpuint (g_date_get_day (date), ==, day);
}

static void
test_empty (void)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(LimberHistoryStats) stats = compute (records, "2024-03-10T12:00:00Z", "UTC", G_DATE_MONDAY);

  g_assert_cmpuint (stats->n_sessions, ==, 0);
  g_assert_cmpuint (stats->current_streak, ==, 0);
  g_assert_cmpuint (stats->best_streak, ==, 0);
  g_assert_cmpuint (stats->week_seconds, ==, 0);
  g_assert_cmpuint (stats->routines->len, ==, 0);
  g_assert_cmpuint (stats->days->len, ==, 0);
  assert_date (&stats->today, 2024, 3, 10);
  assert_date (&stats->week_start, 2024, 3, 4);
}

static void
test_streak_month_end (void)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(LimberHistoryStats) today = NULL;
  g_autoptr(LimberHistoryStats) next_day = NULL;
  g_autoptr(LimberHistoryStats) later = NULL;

  /* An earlier run of 2, a stopped session that does not count, then
   * Jan 30 – Feb 2 (leap year February). Newest first, as the history. */
  add (records, "2024-02-02T08:00:00+01:00", 10, TRUE, "a");
  add (records, "2024-02-01T08:00:00+01:00", 10, TRUE, "a");
  add (records, "2024-01-31T21:00:00+01:00", 10, TRUE, "a");
  add (records, "2024-01-31T08:00:00+01:00", 10, TRUE, "a");
  add (records, "2024-01-30T08:00:00+01:00", 10, TRUE, "a");
  add (records, "2024-01-29T08:00:00+01:00", 10, FALSE, "a");
  add (records, "2024-01-26T08:00:00+01:00", 10, TRUE, "a");
  add (records, "2024-01-25T08:00:00+01:00", 10, TRUE, "a");

  today = compute (records, "2024-02-02T20:00:00+01:00", "Europe/Berlin", G_DATE_MONDAY);
  g_assert_cmpuint (today->current_streak, ==, 4);
  g_assert_cmpuint (today->best_streak, ==, 4);
  g_assert_cmpuint (today->n_sessions, ==, 8);
  g_assert_cmpuint (today->n_completed, ==, 7);
  g_assert_cmpuint (today->days->len, ==, 7);

  /* The next morning the streak still stands (today is not over). */
  next_day = compute (records, "2024-02-03T07:00:00+01:00", "Europe/Berlin", G_DATE_MONDAY);
  g_assert_cmpuint (next_day->current_streak, ==, 4);

  later = compute (records, "2024-02-04T00:00:01+01:00", "Europe/Berlin", G_DATE_MONDAY);
  g_assert_cmpuint (later->current_streak, ==, 0);
  g_assert_cmpuint (later->best_streak, ==, 4);

  /* Across a year end too. */
  g_ptr_array_set_size (records, 0);
  add (records, "2024-01-01T00:30:00+01:00", 10, TRUE, "a");
  add (records, "2023-12-31T23:30:00+01:00", 10, TRUE, "a");
  add (records, "2023-12-30T12:00:00+01:00", 10, TRUE, "a");
  g_clear_pointer (&today, limber_history_stats_free);
  today = compute (records, "2024-01-01T12:00:00+01:00", "Europe/Berlin", G_DATE_MONDAY);
  g_assert_cmpuint (today->current_streak, ==, 3);
}

static void
test_streak_dst (void)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(LimberHistoryStats) spring = NULL;
  g_autoptr(LimberHistoryStats) autumn = NULL;
  const LimberHistoryDay *day;
  GDate date;

  /* Berlin goes from +01:00 to +02:00 on 2024-03-31 at 02:00. Sessions
   * late in the evening: a fixed +01:00 would put the last two on the
   * next day. */
  add (records, "2024-04-01T23:30:00+02:00", 10, TRUE, "a");
  add (records, "2024-03-31T23:30:00+02:00", 10, TRUE, "a");
  add (records, "2024-03-30T23:30:00+01:00", 10, TRUE, "a");
  spring = compute (records, "2024-04-01T23:50:00+02:00", "Europe/Berlin", G_DATE_MONDAY);
  g_assert_cmpuint (spring->current_streak, ==, 3);
  g_assert_cmpuint (spring->days->len, ==, 3);
  assert_date (&g_array_index (spring->days, LimberHistoryDay, 0).date, 2024, 3, 30);
  assert_date (&g_array_index (spring->days, LimberHistoryDay, 2).date, 2024, 4, 1);

  /* And back on 2024-10-27 at 03:00: two sessions in the repeated hour and
   * one just after midnight, all on the 27th; the 26th late evening. */
  g_ptr_array_set_size (records, 0);
  add (records, "2024-10-28T00:10:00+01:00", 10, TRUE, "a");
  add (records, "2024-10-27T02:30:00+01:00", 10, TRUE, "a");
  add (records, "2024-10-27T02:30:00+02:00", 10, TRUE, "a");
  add (records, "2024-10-27T00:05:00+02:00", 10, TRUE, "a");
  add (records, "2024-10-26T23:55:00+02:00", 10, TRUE, "a");
  autumn = compute (records, "2024-10-28T09:00:00+01:00", "Europe/Berlin", G_DATE_MONDAY);
  g_assert_cmpuint (autumn->current_streak, ==, 3);
  g_assert_cmpuint (autumn->days->len, ==, 3);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 27, 10, 2024);
  day = limber_history_stats_lookup_day (autumn, &date);
  g_assert_nonnull (day);
  g_assert_cmpuint (day->n_sessions, ==, 3);
  g_assert_cmpuint (day->active_seconds, ==, 30 * 60);
  /* The week of Monday 28 October has only its first session. */
  g_assert_cmpuint (autumn->week_seconds, ==, 10 * 60);
}

static void
test_time_zones (void)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(LimberHistoryStats) utc = NULL;
  g_autoptr(LimberHistoryStats) tokyo = NULL;
  g_autoptr(LimberHistoryStats) new_york = NULL;
  g_autoptr(LimberHistoryStats) travel = NULL;

  add (records, "2024-05-12T01:00:00Z", 10, TRUE, "a");
  add (records, "2024-05-10T23:30:00Z", 10, TRUE, "a");

  /* UTC: the 10th and the 12th. Tokyo (+09): 11th and 12th. New York
   * (-04): 10th and 11th. */
  utc = compute (records, "2024-05-12T12:00:00Z", "UTC", G_DATE_MONDAY);
  g_assert_cmpuint (utc->best_streak, ==, 1);
  g_assert_cmpuint (utc->current_streak, ==, 1);
  tokyo = compute (records, "2024-05-12T12:00:00Z", "Asia/Tokyo", G_DATE_MONDAY);
  g_assert_cmpuint (tokyo->best_streak, ==, 2);
  assert_date (&g_array_index (tokyo->days, LimberHistoryDay, 0).date, 2024, 5, 11);
  new_york = compute (records, "2024-05-12T12:00:00Z", "America/New_York", G_DATE_MONDAY);
  g_assert_cmpuint (new_york->best_streak, ==, 2);
  assert_date (&new_york->today, 2024, 5, 12);
  /* New York: the streak ended on the 11th, yesterday: it still counts. */
  g_assert_cmpuint (new_york->current_streak, ==, 2);

  /* Sessions recorded while travelling keep their instant: the days are
   * those of the zone the statistics are shown in. */
  g_ptr_array_set_size (records, 0);
  add (records, "2024-05-11T07:00:00+09:00", 10, TRUE, "a");  /* 10th 22:00 UTC */
  add (records, "2024-05-10T08:00:00-04:00", 10, TRUE, "a");  /* 10th 12:00 UTC */
  travel = compute (records, "2024-05-10T23:00:00Z", "UTC", G_DATE_MONDAY);
  g_assert_cmpuint (travel->days->len, ==, 1);
  g_assert_cmpuint (travel->current_streak, ==, 1);
}

static void
test_week_boundaries (void)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(LimberHistoryStats) monday = NULL;
  g_autoptr(LimberHistoryStats) sunday = NULL;
  g_autoptr(LimberHistoryStats) saturday = NULL;

  /* Now: Sunday 10 March 2024, noon in Berlin. */
  add (records, "2024-03-10T09:00:00+01:00", 15, TRUE, "a");  /* Sun */
  add (records, "2024-03-09T23:59:59+01:00", 20, FALSE, "a"); /* Sat, stopped: counts */
  add (records, "2024-03-04T00:00:00+01:00", 10, TRUE, "a");  /* Mon at midnight */
  add (records, "2024-03-03T23:59:00+01:00", 30, TRUE, "a");  /* Sun before */

  monday = compute (records, "2024-03-10T12:00:00+01:00", "Europe/Berlin", G_DATE_MONDAY);
  assert_date (&monday->week_start, 2024, 3, 4);
  g_assert_cmpuint (monday->week_seconds, ==, 45 * 60);
  g_assert_cmpuint (limber_history_stats_get_week_minutes (monday), ==, 45);
  g_assert_false (limber_history_stats_get_goal_reached (monday));

  sunday = compute (records, "2024-03-10T12:00:00+01:00", "Europe/Berlin", G_DATE_SUNDAY);
  assert_date (&sunday->week_start, 2024, 3, 10);
  g_assert_cmpuint (sunday->week_seconds, ==, 15 * 60);

  saturday = compute (records, "2024-03-10T12:00:00+01:00", "Europe/Berlin", G_DATE_SATURDAY);
  assert_date (&saturday->week_start, 2024, 3, 9);
  g_assert_cmpuint (saturday->week_seconds, ==, 35 * 60);

  /* The goal. */
  g_ptr_array_set_size (records, 0);
  add (records, "2024-03-05T09:00:00+01:00", 60, TRUE, "a");
  g_clear_pointer (&monday, limber_history_stats_free);
  monday = compute (records, "2024-03-10T23:59:59+01:00", "Europe/Berlin", G_DATE_MONDAY);
  g_assert_true (limber_history_stats_get_goal_reached (monday));
  g_clear_pointer (&monday, limber_history_stats_free);
  monday = compute (records, "2024-03-11T00:00:00+01:00", "Europe/Berlin", G_DATE_MONDAY);
  g_assert_cmpuint (monday->week_seconds, ==, 0);
}

static void
test_midnight (void)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(LimberHistoryStats) stats = NULL;
  GDate date;

  /* 23:50 – 00:20 counts for the day it started on; 00:00:00 is the new day. */
  add (records, "2024-06-02T00:00:00+02:00", 5, TRUE, "a");
  add (records, "2024-06-01T23:50:00+02:00", 30, TRUE, "a");
  stats = compute (records, "2024-06-02T10:00:00+02:00", "Europe/Berlin", G_DATE_MONDAY);
  g_assert_cmpuint (stats->days->len, ==, 2);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, 6, 2024);
  g_assert_cmpuint (limber_history_stats_lookup_day (stats, &date)->active_seconds, ==, 30 * 60);
  g_date_set_dmy (&date, 2, 6, 2024);
  g_assert_cmpuint (limber_history_stats_lookup_day (stats, &date)->active_seconds, ==, 5 * 60);
  g_date_set_dmy (&date, 3, 6, 2024);
  g_assert_null (limber_history_stats_lookup_day (stats, &date));
  g_assert_cmpuint (stats->current_streak, ==, 2);
}

static void
test_routines_and_pain (void)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(LimberHistoryStats) stats = NULL;
  const LimberHistoryRoutineCount *count;
  const LimberHistoryPainPoint *point;
  LimberHistoryRecord *renamed;

  /* Out of order on purpose: the statistics do not rely on the order. */
  add (records, "2024-03-02T08:00:00+01:00", 10, TRUE, "desk");
  add (records, "2024-03-05T08:00:00+01:00", 10, FALSE, "desk");
  add (records, "2024-03-01T08:00:00+01:00", 10, TRUE, "neck");
  add (records, "2024-03-03T08:00:00+01:00", 10, TRUE, "desk");
  limber_history_record_set_pain_before (g_ptr_array_index (records, 0), 6);
  limber_history_record_set_pain_after (g_ptr_array_index (records, 0), 4);
  limber_history_record_set_pain_after (g_ptr_array_index (records, 2), 7);

  /* The newest "desk" session has a new title. */
  g_ptr_array_remove_index (records, 1);
  {
    g_autoptr(GDateTime) start = g_date_time_new_from_iso8601 ("2024-03-05T08:00:00+01:00", NULL);
    g_autoptr(GDateTime) end = g_date_time_add_minutes (start, 10);

    renamed = limber_history_record_new ("desk", "Desk Break", start, end, 600, 600, FALSE);
    g_ptr_array_add (records, renamed);
  }

  stats = compute (records, "2024-03-05T12:00:00+01:00", "Europe/Berlin", G_DATE_MONDAY);
  g_assert_cmpuint (stats->routines->len, ==, 2);
  count = &g_array_index (stats->routines, LimberHistoryRoutineCount, 0);
  g_assert_cmpstr (count->routine_id, ==, "desk");
  g_assert_cmpstr (count->routine_title, ==, "Desk Break");
  g_assert_cmpuint (count->n_sessions, ==, 3);
  g_assert_cmpuint (count->n_completed, ==, 2);
  count = &g_array_index (stats->routines, LimberHistoryRoutineCount, 1);
  g_assert_cmpstr (count->routine_id, ==, "neck");
  g_assert_cmpuint (count->n_sessions, ==, 1);

  g_assert_cmpuint (stats->pain->len, ==, 2);
  point = &g_array_index (stats->pain, LimberHistoryPainPoint, 0);
  assert_date (&point->date, 2024, 3, 1);
  g_assert_cmpint (point->pain_before, ==, LIMBER_PAIN_UNSET);
  g_assert_cmpint (point->pain_after, ==, 7);
  point = &g_array_index (stats->pain, LimberHistoryPainPoint, 1);
  assert_date (&point->date, 2024, 3, 2);
  g_assert_cmpint (point->pain_before, ==, 6);
  g_assert_cmpint (point->pain_after, ==, 4);

  /* 1, 2, 3 completed; the 5th only stopped: the streak ended on the 3rd. */
  g_assert_cmpuint (stats->best_streak, ==, 3);
  g_assert_cmpuint (stats->current_streak, ==, 0);
  g_assert_cmpuint (stats->days->len, ==, 4);
  g_assert_cmpuint (g_array_index (stats->days, LimberHistoryDay, 3).n_completed, ==, 0);
}

/* Every session's level, oldest first (whatever order the records come
 * in), and where it changed for its routine: two routines interleaved. */
static void
test_levels (void)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(LimberHistoryStats) stats = NULL;
  static const struct { const char *start; const char *routine; int level; int previous; } expected[] = {
    { "2024-03-01T08:00:00Z", "a", 0, 0 },
    { "2024-03-02T08:00:00Z", "b", 2, 2 },   /* b's first: no change */
    { "2024-03-03T08:00:00Z", "a", 1, 0 },   /* a: 0 → +1 */
    { "2024-03-04T08:00:00Z", "b", 2, 2 },
    { "2024-03-05T08:00:00Z", "a", 1, 1 },
    { "2024-03-06T08:00:00Z", "b", -2, 2 },  /* b: +2 → −2 */
    { "2024-03-07T08:00:00Z", "a", 0, 1 },   /* a: +1 → 0 */
  };

  /* Newest first, as a history gives them. */
  for (guint i = G_N_ELEMENTS (expected); i-- > 0;)
    {
      add (records, expected[i].start, 10, TRUE, expected[i].routine);
      limber_history_record_set_level (g_ptr_array_index (records, records->len - 1), expected[i].level);
    }
  stats = compute (records, "2024-03-10T12:00:00Z", "UTC", G_DATE_MONDAY);

  g_assert_cmpuint (stats->levels->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const LimberHistoryLevelPoint *p = &g_array_index (stats->levels, LimberHistoryLevelPoint, i);

      g_assert_cmpstr (p->routine_id, ==, expected[i].routine);
      g_assert_cmpint (p->level, ==, expected[i].level);
      g_assert_cmpint (p->previous_level, ==, expected[i].previous);
      assert_date (&p->date, 2024, 3, i + 1);
    }
}

static void
test_locale_first_weekday (void)
{
  /* glibc's C locale starts the week on Sunday. */
  g_assert_nonnull (setlocale (LC_TIME, "C"));
  g_assert_cmpint (limber_locale_get_first_weekday (), ==, G_DATE_SUNDAY);

  if (setlocale (LC_TIME, "de_DE.UTF-8") != NULL)
    g_assert_cmpint (limber_locale_get_first_weekday (), ==, G_DATE_MONDAY);
  else
    g_test_message ("de_DE.UTF-8 is not installed: Monday not checked");
  setlocale (LC_TIME, "C");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/history-stats/empty", test_empty);
  g_test_add_func ("/history-stats/streak-month-end", test_streak_month_end);
  g_test_add_func ("/history-stats/streak-dst", test_streak_dst);
  g_test_add_func ("/history-stats/time-zones", test_time_zones);
  g_test_add_func ("/history-stats/week-boundaries", test_week_boundaries);
  g_test_add_func ("/history-stats/midnight", test_midnight);
  g_test_add_func ("/history-stats/routines-and-pain", test_routines_and_pain);
  g_test_add_func ("/history-stats/locale-first-weekday", test_locale_first_weekday);
  g_test_add_func ("/history-stats/levels", test_levels);

  return g_test_run ();
}
