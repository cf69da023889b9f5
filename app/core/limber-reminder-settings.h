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
  LIMBER_REMINDER_PAUSE_TODAY,  /* until the next midnight in @now's time zone */
} LimberReminderPause;

/* Parses a time of day "HH:MM" (00:00 to 23:59, two digits each) into
 * minutes since midnight; FALSE when @text is anything else. */
gboolean limber_reminder_parse_time (const char *text,
                                     guint      *minutes);

/* The value of reminders-paused-until (µs since 1970-01-01 UTC) for @pause
 * chosen at @now. */
gint64   limber_reminder_pause_end  (GDateTime          *now,
                                     LimberReminderPause pause);

G_END_DECLS
