/* limber-history-stats.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-history"

#include "config.h"

#include <string.h>
#ifdef __GLIBC__
#include <langinfo.h>
#endif

#include "limber-history-record-private.h"
#include "limber-history-stats.h"

/* The GDate julian day of 1970-01-01. */
#define JULIAN_1970 719163

typedef struct
{
  gint64 start_unix;
  guint32 julian;
  LimberHistoryRecord *record;
} Entry;

static gint64
floor_div (gint64 a,
           gint64 b)
{
  return a / b - (a % b != 0 && ((a < 0) != (b < 0)));
}

/* The calendar day of @t (seconds since 1970 UTC) in @tz, as a GDate julian
 * day. Remembers the span of time of the last interval (from the first time
 * seen in it to its exact end): records come sorted, so most of them fall
 * in the same interval as the one before, and g_time_zone_find_interval ()
 * walks the transitions from the first one. */
typedef struct
{
  GTimeZone *tz;
  gboolean valid;
  gint64 lo, hi;  /* times known to be in the interval */
  gint32 offset;
} DayFinder;

/* The latest time to look for the end of an interval (past year 9999). */
#define FINDER_MAX_T G_GINT64_CONSTANT (253402300800)

static void
day_finder_locate (DayFinder *finder,
                   gint64     t)
{
  gint interval = g_time_zone_find_interval (finder->tz, G_TIME_TYPE_UNIVERSAL, t);
  gint64 in = t, out, step = 86400;

  finder->offset = g_time_zone_get_offset (finder->tz, interval);
  finder->lo = t;
  finder->valid = TRUE;

  /* Intervals follow each other in time: gallop to a time past the end of
   * this one, then bisect to its last second. */
  for (;;)
    {
      out = in + step;
      if (out >= FINDER_MAX_T)
        {
          out = MAX (FINDER_MAX_T, in + 1);
          if (g_time_zone_find_interval (finder->tz, G_TIME_TYPE_UNIVERSAL, out) == interval)
            {
              finder->hi = out;
              return;
            }
          break;
        }
      if (g_time_zone_find_interval (finder->tz, G_TIME_TYPE_UNIVERSAL, out) != interval)
        break;
      in = out;
      step *= 2;
    }
  while (out - in > 1)
    {
      gint64 mid = in + (out - in) / 2;

      if (g_time_zone_find_interval (finder->tz, G_TIME_TYPE_UNIVERSAL, mid) == interval)
        in = mid;
      else
        out = mid;
    }
  finder->hi = in;
}

static guint32
day_of (DayFinder *finder,
        gint64     t)
{
  if (!finder->valid || t < finder->lo || t > finder->hi)
    day_finder_locate (finder, t);
  return (guint32) (floor_div (t + finder->offset, 86400) + JULIAN_1970);
}

static gint
compare_entries (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  const Entry *ea = a, *eb = b;

  return ea->start_unix < eb->start_unix ? -1 : ea->start_unix > eb->start_unix ? 1 : 0;
}

static void
set_date (GDate   *date,
          guint32  julian)
{
  g_date_clear (date, 1);
  g_date_set_julian (date, julian);
}

static LimberHistoryDay *
lookup_julian (const LimberHistoryStats *stats,
               guint32                   julian)
{
  guint lo = 0, hi = stats->days->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      LimberHistoryDay *day = &g_array_index (stats->days, LimberHistoryDay, mid);
      guint32 j = g_date_get_julian (&day->date);

      if (j == julian)
        return day;
      if (j < julian)
        lo = mid + 1;
      else
        hi = mid;
    }
  return NULL;
}

static gint
compare_routine_counts (gconstpointer a,
                        gconstpointer b)
{
  const LimberHistoryRoutineCount *ra = a, *rb = b;

  if (ra->n_sessions != rb->n_sessions)
    return ra->n_sessions > rb->n_sessions ? -1 : 1;
  return g_utf8_collate (ra->routine_title, rb->routine_title);
}

/* A routine's count, and the level of its last session so far. The count
 * comes first: it is copied into the statistics as it is. */
typedef struct
{
  LimberHistoryRoutineCount count;
  int last_level;
} RoutineEntry;

LimberHistoryStats *
limber_history_stats_compute (LimberHistoryRecord * const *records,
                              guint                        n_records,
                              GDateTime                   *now,
                              GTimeZone                   *tz,
                              GDateWeekday                 first_weekday,
                              guint                        weekly_goal_minutes)
{
  g_autoptr(GDateTime) local_now = NULL;
  g_autoptr(GHashTable) routines = NULL;
  g_autofree Entry *entries = NULL;
  LimberHistoryStats *stats;
  RoutineEntry *count = NULL;
  DayFinder finder = { tz, FALSE, 0, 0, 0 };
  guint32 today, week_start, run_start = 0, run_end = 0, last_julian = 0;
  gboolean sorted = TRUE, have_run = FALSE;
  guint n_pain = 0, n_day_changes = 0;
  GHashTableIter iter;
  gpointer value;

  g_return_val_if_fail (records != NULL || n_records == 0, NULL);
  g_return_val_if_fail (now != NULL, NULL);
  g_return_val_if_fail (tz != NULL, NULL);
  g_return_val_if_fail (g_date_valid_weekday (first_weekday), NULL);

  /* Oldest first. The history gives them newest first: reverse, and sort
   * only when that is not enough. */
  entries = g_new (Entry, MAX (n_records, 1));
  for (guint i = 0; i < n_records; i++)
    {
      LimberHistoryRecord *r = records[n_records - 1 - i];

      entries[i].record = r;
      entries[i].start_unix = r->start_unix;
      if (i > 0 && entries[i].start_unix < entries[i - 1].start_unix)
        sorted = FALSE;
      if (r->pain_before != LIMBER_PAIN_UNSET || r->pain_after != LIMBER_PAIN_UNSET)
        n_pain++;
    }
  if (!sorted)
    g_qsort_with_data (entries, n_records, sizeof (Entry), compare_entries, NULL);

  /* Days, to size the arrays once. */
  for (guint i = 0; i < n_records; i++)
    {
      entries[i].julian = day_of (&finder, entries[i].start_unix);
      if (i == 0 || entries[i].julian != entries[i - 1].julian)
        n_day_changes++;
    }

  stats = g_new0 (LimberHistoryStats, 1);
  stats->weekly_goal_minutes = weekly_goal_minutes;
  stats->routines = g_array_new (FALSE, FALSE, sizeof (LimberHistoryRoutineCount));
  stats->pain = g_array_sized_new (FALSE, FALSE, sizeof (LimberHistoryPainPoint), n_pain);
  stats->days = g_array_sized_new (FALSE, FALSE, sizeof (LimberHistoryDay), n_day_changes);
  stats->levels = g_array_sized_new (FALSE, FALSE, sizeof (LimberHistoryLevelPoint), n_records);

  local_now = g_date_time_to_timezone (now, tz);
  g_date_clear (&stats->today, 1);
  g_date_set_dmy (&stats->today,
                  g_date_time_get_day_of_month (local_now),
                  g_date_time_get_month (local_now),
                  g_date_time_get_year (local_now));
  today = g_date_get_julian (&stats->today);
  week_start = today - (g_date_get_weekday (&stats->today) - first_weekday + 7) % 7;
  set_date (&stats->week_start, week_start);

  routines = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);

  for (guint i = 0; i < n_records; i++)
    {
      Entry *e = &entries[i];
      const LimberHistoryRecord *r = e->record;
      LimberHistoryDay *day;

      stats->n_sessions++;
      stats->total_active_seconds += r->active_seconds;
      if (r->completed)
        stats->n_completed++;
      if (e->julian >= week_start && e->julian < week_start + 7)
        stats->week_seconds += r->active_seconds;

      /* Days: entries are in time order, so days come in order too, except
       * where an offset change moves a day back (then merged by search). */
      if (stats->days->len > 0 && last_julian == e->julian)
        day = &g_array_index (stats->days, LimberHistoryDay, stats->days->len - 1);
      else
        {
          day = lookup_julian (stats, e->julian);
          if (day == NULL)
            {
              LimberHistoryDay new_day = { 0 };
              guint pos = stats->days->len;

              set_date (&new_day.date, e->julian);
              while (pos > 0 && g_date_get_julian (&g_array_index (stats->days, LimberHistoryDay, pos - 1).date) > e->julian)
                pos--;
              g_array_insert_val (stats->days, pos, new_day);
              day = &g_array_index (stats->days, LimberHistoryDay, pos);
            }
        }
      last_julian = g_date_get_julian (&g_array_index (stats->days, LimberHistoryDay, stats->days->len - 1).date);
      day->n_sessions++;
      day->active_seconds += r->active_seconds;
      if (r->completed)
        day->n_completed++;

      /* Routines: the records of a history share their routine ids. */
      if (count == NULL || count->count.routine_id != r->routine_id)
        {
          count = g_hash_table_lookup (routines, r->routine_id);
          if (count == NULL)
            {
              count = g_new0 (RoutineEntry, 1);
              count->count.routine_id = r->routine_id;
              count->last_level = r->level;
              g_hash_table_insert (routines, (gpointer) r->routine_id, count);
            }
        }
      count->count.routine_title = r->routine_title;
      count->count.n_sessions++;
      if (r->completed)
        count->count.n_completed++;

      {
        LimberHistoryLevelPoint point = { e->start_unix, { 0 }, r->routine_id, r->level, count->last_level };

        set_date (&point.date, e->julian);
        g_array_append_val (stats->levels, point);
        count->last_level = r->level;
      }

      if (r->pain_before != LIMBER_PAIN_UNSET || r->pain_after != LIMBER_PAIN_UNSET)
        {
          LimberHistoryPainPoint point = { e->start_unix, { 0 }, r->pain_before, r->pain_after };

          set_date (&point.date, e->julian);
          g_array_append_val (stats->pain, point);
        }
    }

  /* Streaks over the days with a completed session. */
  for (guint i = 0; i <= stats->days->len; i++)
    {
      const LimberHistoryDay *day = i < stats->days->len ? &g_array_index (stats->days, LimberHistoryDay, i) : NULL;
      guint32 julian = day != NULL ? g_date_get_julian (&day->date) : 0;

      if (day != NULL && day->n_completed == 0)
        continue;

      if (day != NULL && have_run && julian == run_end + 1)
        {
          run_end = julian;
          continue;
        }

      if (have_run)
        {
          stats->best_streak = MAX (stats->best_streak, run_end - run_start + 1);
          if (run_start <= today && run_end + 1 >= today)
            stats->current_streak = MIN (run_end, today) - run_start + 1;
        }
      if (day != NULL)
        {
          have_run = TRUE;
          run_start = run_end = julian;
        }
    }

  g_hash_table_iter_init (&iter, routines);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_array_append_vals (stats->routines, value, 1);
  g_array_sort (stats->routines, compare_routine_counts);

  return stats;
}

void
limber_history_stats_free (LimberHistoryStats *stats)
{
  if (stats == NULL)
    return;
  g_clear_pointer (&stats->routines, g_array_unref);
  g_clear_pointer (&stats->pain, g_array_unref);
  g_clear_pointer (&stats->days, g_array_unref);
  g_clear_pointer (&stats->levels, g_array_unref);
  g_free (stats);
}

guint
limber_history_stats_get_week_minutes (const LimberHistoryStats *stats)
{
  g_return_val_if_fail (stats != NULL, 0);
  return stats->week_seconds / 60;
}

gboolean
limber_history_stats_get_goal_reached (const LimberHistoryStats *stats)
{
  g_return_val_if_fail (stats != NULL, FALSE);
  return stats->weekly_goal_minutes > 0 && stats->week_seconds >= stats->weekly_goal_minutes * 60;
}

const LimberHistoryDay *
limber_history_stats_lookup_day (const LimberHistoryStats *stats,
                                 const GDate              *date)
{
  g_return_val_if_fail (stats != NULL, NULL);
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return lookup_julian (stats, g_date_get_julian (date));
}

GDateWeekday
limber_locale_get_first_weekday (void)
{
#ifdef __GLIBC__
  /* As GTK's calendar does: _NL_TIME_WEEK_1STDAY is a date (19971130, a
   * Sunday, or 19971201, a Monday) naming day 1 of the week in
   * _NL_TIME_FIRST_WEEKDAY's count. */
  union { unsigned int word; char *string; } langinfo;
  guint week_origin, first;
  GDateWeekday origin_weekday;

  langinfo.string = nl_langinfo (_NL_TIME_FIRST_WEEKDAY);
  first = (guchar) langinfo.string[0];
  langinfo.string = nl_langinfo (_NL_TIME_WEEK_1STDAY);
  week_origin = langinfo.word;

  if (week_origin == 19971130)
    origin_weekday = G_DATE_SUNDAY;
  else if (week_origin == 19971201)
    origin_weekday = G_DATE_MONDAY;
  else
    return G_DATE_MONDAY;

  if (first < 1 || first > 7)
    return G_DATE_MONDAY;

  return (GDateWeekday) ((origin_weekday - 1 + first - 1) % 7 + 1);
#else
  return G_DATE_MONDAY;
#endif
}
