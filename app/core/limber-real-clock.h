/* limber-real-clock.h: the clock of the program (monotonic time, GSources)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "limber-clock.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_REAL_CLOCK (limber_real_clock_get_type ())

G_DECLARE_FINAL_TYPE (LimberRealClock, limber_real_clock, LIMBER, REAL_CLOCK, GObject)

/*
 * Time is g_get_monotonic_time (). Each deadline is a GSource whose ready
 * time is the deadline itself (absolute, no rounding to milliseconds, no
 * polling tick), attached to the thread-default main context of the thread
 * that adds it. Disposing the clock cancels the deadlines that have not fired.
 * The wall time is g_date_time_new_now_local ().
 */
LimberClock *limber_real_clock_new (void);

G_END_DECLS
