/* limber-virtual-clock.h: a clock that moves only when told (for tests)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "limber-clock.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_VIRTUAL_CLOCK (limber_virtual_clock_get_type ())

G_DECLARE_FINAL_TYPE (LimberVirtualClock, limber_virtual_clock, LIMBER, VIRTUAL_CLOCK, GObject)

/*
 * The time starts at @start (µs) and changes only by advance() and
 * advance_to(). Those fire every deadline that is due by the target time in
 * deadline order (ties in the order they were added), setting "now" to each
 * deadline as it fires, deadlines added by the callbacks while advancing
 * included; then "now" becomes the target. A deadline already in the past
 * when added fires at the next advance (advance (clock, 0) will do) without
 * moving the time back. Time never goes backwards.
 */
LimberClock *limber_virtual_clock_new             (gint64              start);
void         limber_virtual_clock_advance         (LimberVirtualClock *self,
                                                   gint64              us);
void         limber_virtual_clock_advance_to      (LimberVirtualClock *self,
                                                   gint64              time);
/* The number of deadlines waiting to fire. */
guint        limber_virtual_clock_get_n_pending   (LimberVirtualClock *self);
/* The earliest pending deadline, or G_MAXINT64 when there is none. */
gint64       limber_virtual_clock_get_next_deadline (LimberVirtualClock *self);
/* Advances to each next deadline until none is left or @limit is reached;
 * returns the number of deadlines fired. */
guint        limber_virtual_clock_run_until_idle  (LimberVirtualClock *self,
                                                   gint64              limit);


/*
 * Wall-clock time: @now (with its time zone) is the wall time at the current
 * monotonic time; from then on it moves with advance (), so a test that sets
 * 2026-03-29 01:30 Europe/Berlin and advances an hour reads 03:30 CEST.
 * Without a call, the wall time is UTC at the Unix epoch plus the time.
 */
void         limber_virtual_clock_set_wall_time   (LimberVirtualClock *self,
                                                   GDateTime          *now);
/* A suspend of @us: the wall time moves on, the monotonic time does not
 * (CLOCK_MONOTONIC stops while the computer sleeps). */
void         limber_virtual_clock_skip_wall_time  (LimberVirtualClock *self,
                                                   gint64              us);

G_END_DECLS
