/* limber-sleep-monitor.h: notices when the computer goes to sleep
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define LIMBER_TYPE_SLEEP_MONITOR (limber_sleep_monitor_get_type ())

G_DECLARE_FINAL_TYPE (LimberSleepMonitor, limber_sleep_monitor, LIMBER, SLEEP_MONITOR, GObject)

/* A forward jump of the wall clock against the monotonic clock larger than
 * this between two observations means the computer was suspended. */
#define LIMBER_SLEEP_MONITOR_JUMP_US (5 * G_USEC_PER_SEC)

/*
 * Emits "sleeping" (no arguments) when the computer is about to sleep or has
 * slept, and "resumed" when logind says it woke up. Two sources:
 * - logind's org.freedesktop.login1.Manager PrepareForSleep(true) on the
 *   system bus (connected asynchronously; without a system bus or logind
 *   this source is silently absent);
 * - limber_sleep_monitor_check (): CLOCK_MONOTONIC stops while suspended and
 *   the wall clock does not, so a wall-clock advance that exceeds the
 *   monotonic advance by more than LIMBER_SLEEP_MONITOR_JUMP_US between two
 *   observations means a sleep happened in between.
 */
LimberSleepMonitor *limber_sleep_monitor_new                (void);

/* Records an observation (g_get_monotonic_time () and g_get_real_time ()
 * for the program; tests pass made-up values) and compares it with the
 * previous one. Emits "sleeping" and returns TRUE on a jump. */
gboolean            limber_sleep_monitor_check              (LimberSleepMonitor *self,
                                                             gint64              mono_now,
                                                             gint64              real_now);
/* Forgets the previous observation (the next check only records). */
void                limber_sleep_monitor_reset              (LimberSleepMonitor *self);

G_END_DECLS
