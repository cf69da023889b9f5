/* limber-reminder-settings.h: what Preferences needs to know about the
 * reminder settings, without GTK
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The reminder intervals Preferences offers, in minutes (the setting takes
 * any whole number 1–240). */
extern const guint limber_reminder_intervals[5];

/* How long "Pause Reminders" pauses. */
typedef enum
{
  LIMBER_REMINDER_PAUSE_HOUR,   /* one hour from now */
  LIMBER_REMINDER_PAUSE_TODAY,  /* until the end of today's work hours, or midnight */
} LimberReminderPause;

/* The work days and hours of the settings work-days, work-start and
 * work-end. A shift whose end is not after its start ends the next day
 * (22:00–06:00); equal times make a 24-hour shift. */
typedef struct
{
  guint8 days;       /* bit 0 Monday … bit 6 Sunday */
  guint start_min;   /* minutes after midnight */
  guint end_min;
} LimberWorkHours;

/* "mon" … "sun", the values of work-days, in the order of the bits. */
extern const char * const limber_work_day_names[7];

/* The bits of @days; an unknown name is ignored with a warning. */
guint8      limber_work_days_parse        (const char * const    *days);

/* The end of the shift @time lies in, or NULL outside work hours. */
GDateTime  *limber_work_hours_shift_end   (const LimberWorkHours *hours,
                                           GDateTime             *time);

/* The start of the first shift after @time, or NULL with no work day. */
GDateTime  *limber_work_hours_next_start  (const LimberWorkHours *hours,
                                           GDateTime             *time);

/* Parses a time of day "HH:MM" (00:00 to 23:59, two digits each) into
 * minutes since midnight; FALSE when @text is anything else. */
gboolean limber_reminder_parse_time (const char *text,
                                     guint      *minutes);

/* The value of reminders-paused-until (µs since 1970-01-01 UTC) for @pause
 * chosen at @now: Preferences and the notification's menu pause alike. */
gint64      limber_reminder_pause_end     (GDateTime             *now,
                                           LimberReminderPause    pause,
                                           const LimberWorkHours *hours);

G_END_DECLS
