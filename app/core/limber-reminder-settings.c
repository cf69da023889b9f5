/* limber-reminder-settings.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-reminder-settings"

#include "config.h"

#include <string.h>

#include "limber-reminder-settings.h"

const guint limber_reminder_intervals[5] = { 20, 25, 30, 45, 60 };

gboolean
limber_reminder_parse_time (const char *text,
                            guint      *minutes)
{
  guint h, m;

  g_return_val_if_fail (minutes != NULL, FALSE);

  if (text == NULL || strlen (text) != 5 || text[2] != ':' ||
      !g_ascii_isdigit (text[0]) || !g_ascii_isdigit (text[1]) ||
      !g_ascii_isdigit (text[3]) || !g_ascii_isdigit (text[4]))
    return FALSE;

  h = (text[0] - '0') * 10 + (text[1] - '0');
  m = (text[3] - '0') * 10 + (text[4] - '0');
  if (h >= 24 || m >= 60)
    return FALSE;
  *minutes = h * 60 + m;
  return TRUE;
}

static gint64
to_unix_us (GDateTime *time)
{
  return g_date_time_to_unix (time) * G_USEC_PER_SEC + g_date_time_get_microsecond (time);
}

const char * const limber_work_day_names[7] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };

guint8
limber_work_days_parse (const char * const *days)
{
  guint8 mask = 0;

  for (guint i = 0; days != NULL && days[i] != NULL; i++)
    {
      gboolean known = FALSE;

      for (guint d = 0; d < G_N_ELEMENTS (limber_work_day_names); d++)
        {
          if (g_ascii_strcasecmp (days[i], limber_work_day_names[d]) == 0)
            {
              mask |= 1u << d;
              known = TRUE;
            }
        }

      if (!known)
        g_warning ("Setting work-days: “%s” is not a day (mon, tue, wed, thu, fri, sat, sun); "
                   "it is ignored", days[i]);
    }

  return mask;
}

/* The calendar day @days after the day of @time, at @minutes after its
 * midnight, in the zone of @time (DST honoured by g_date_time_new). */
static GDateTime *
day_at (GDateTime *time,
        int        days,
        guint      minutes)
{
  g_autoptr(GDateTime) noon = NULL;
  g_autoptr(GDateTime) day = NULL;
  int y, m, d;

  g_date_time_get_ymd (time, &y, &m, &d);
  noon = g_date_time_new (g_date_time_get_timezone (time), y, m, d, 12, 0, 0);
  day = g_date_time_add_days (noon, days);
  g_date_time_get_ymd (day, &y, &m, &d);

  return g_date_time_new (g_date_time_get_timezone (time), y, m, d,
                          minutes / 60, minutes % 60, 0);
}

/* The shift that starts on the day @days after the day of @time, or FALSE
 * when that day is not a work day. */
static gboolean
shift_of_day (const LimberWorkHours  *hours,
              GDateTime              *time,
              int                     days,
              GDateTime             **start,
              GDateTime             **end)
{
  g_autoptr(GDateTime) day = day_at (time, days, 12 * 60);
  gboolean crosses = hours->end_min <= hours->start_min;

  if ((hours->days & (1u << (g_date_time_get_day_of_week (day) - 1))) == 0)
    return FALSE;
  *start = day_at (time, days, hours->start_min);
  *end = day_at (time, days + (crosses ? 1 : 0), hours->end_min);
  return TRUE;
}

GDateTime *
limber_work_hours_shift_end (const LimberWorkHours *hours,
                             GDateTime             *time)
{
  g_return_val_if_fail (hours != NULL && time != NULL, NULL);

  for (int days = -1; days <= 0; days++)
    {
      g_autoptr(GDateTime) start = NULL;
      g_autoptr(GDateTime) end = NULL;

      if (shift_of_day (hours, time, days, &start, &end) &&
          g_date_time_compare (start, time) <= 0 && g_date_time_compare (time, end) < 0)
        return g_steal_pointer (&end);
    }

  return NULL;
}

GDateTime *
limber_work_hours_next_start (const LimberWorkHours *hours,
                              GDateTime             *time)
{
  g_return_val_if_fail (hours != NULL && time != NULL, NULL);

  for (int days = 0; days <= 7; days++)
    {
      g_autoptr(GDateTime) start = NULL;
      g_autoptr(GDateTime) end = NULL;

      if (shift_of_day (hours, time, days, &start, &end) && g_date_time_compare (start, time) > 0)
        return g_steal_pointer (&start);
    }

  return NULL;
}

gint64
limber_reminder_pause_end (GDateTime             *now,
                           LimberReminderPause    pause,
                           const LimberWorkHours *hours)
{
  g_autoptr(GDateTime) end = NULL;

  g_return_val_if_fail (now != NULL, 0);
  g_return_val_if_fail (hours != NULL, 0);

  if (pause == LIMBER_REMINDER_PAUSE_HOUR)
    return to_unix_us (now) + (gint64) G_USEC_PER_SEC * 3600;

  /* Today's work, which may end tomorrow morning; outside work hours, the
   * rest of the calendar day. */
  end = limber_work_hours_shift_end (hours, now);
  if (end == NULL)
    end = day_at (now, 1, 0);
  return to_unix_us (end);
}
