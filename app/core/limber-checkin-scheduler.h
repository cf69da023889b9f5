/* limber-checkin-scheduler.h: when to ask the next-morning check-in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "limber-clock.h"

G_BEGIN_DECLS

/* The longest the scheduler sleeps between looks at the wall clock: the
 * monotonic clock stops during a suspend, the wall clock does not. */
#define LIMBER_CHECKIN_SCHEDULER_MAX_SLEEP_US (15 * G_TIME_SPAN_MINUTE)

#define LIMBER_TYPE_CHECKIN_SCHEDULER (limber_checkin_scheduler_get_type ())

G_DECLARE_FINAL_TYPE (LimberCheckinScheduler, limber_checkin_scheduler, LIMBER, CHECKIN_SCHEDULER, GObject)

/*
 * For the background part (no GTK): once a day, at the chosen time of day
 * or at the first look after it (a start later in the day, a resume), it
 * reads the history and emits "due" (const char *session_id, const char
 * *routine_title) when the session of the day before awaits a check-in
 * (limber_history_checkins_find_due) and was not dismissed.
 *
 * Properties (bound to the settings by bind_settings): "enabled"
 * (morning-checkin), "time" ("HH:MM", morning-checkin-time; anything else
 * is refused with a warning and the time stays), "dismissed" (the session
 * id of checkin-dismissed, or "").
 */
LimberCheckinScheduler *limber_checkin_scheduler_new           (LimberClock            *clock,
                                                                GFile                  *history_file);
void                    limber_checkin_scheduler_bind_settings (LimberCheckinScheduler *self,
                                                                GSettings              *settings);
/* The number of deadlines waiting (0 or 1; for tests). */
guint                   limber_checkin_scheduler_get_n_deadlines (LimberCheckinScheduler *self);

G_END_DECLS
