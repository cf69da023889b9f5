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

gint64
limber_reminder_pause_end (GDateTime          *now,
                           LimberReminderPause pause)
{
  g_autoptr(GDateTime) end = NULL;

  g_return_val_if_fail (now != NULL, 0);

  if (pause == LIMBER_REMINDER_PAUSE_HOUR)
    return to_unix_us (now) + (gint64) G_USEC_PER_SEC * 3600;

  {
    g_autoptr(GDateTime) midnight =
        g_date_time_new (g_date_time_get_timezone (now),
                         g_date_time_get_year (now), g_date_time_get_month (now),
                         g_date_time_get_day_of_month (now), 0, 0, 0);

    end = g_date_time_add_days (midnight, 1);
  }
  return to_unix_us (end);
}
