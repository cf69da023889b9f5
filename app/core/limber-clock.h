/* limber-clock.h: where the timer engine gets its time from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define LIMBER_TYPE_CLOCK (limber_clock_get_type ())

G_DECLARE_INTERFACE (LimberClock, limber_clock, LIMBER, CLOCK, GObject)

typedef void (*LimberClockFunc) (gpointer user_data);

/*
 * A clock tells the time in microseconds on a monotonic scale and calls a
 * function once at an absolute deadline on that scale. The real clock
 * (LimberRealClock) uses g_get_monotonic_time and a GSource whose ready time
 * is the deadline; the virtual clock of the tests (LimberVirtualClock) moves
 * only when told, so a test runs an hour of routine in microseconds.
 */
struct _LimberClockInterface
{
  GTypeInterface parent_iface;

  gint64 (*get_time)      (LimberClock     *self);
  guint  (*add_deadline)  (LimberClock     *self,
                           gint64           deadline,
                           LimberClockFunc  func,
                           gpointer         user_data);
  void   (*remove)        (LimberClock     *self,
                           guint            id);

  /* The wall-clock time now, in the clock's time zone (a new reference).
   * May be NULL in an implementation: then g_date_time_new_now_local (). */
  GDateTime *(*get_wall_time) (LimberClock *self);
};

/* Now, in microseconds. */
gint64 limber_clock_get_time     (LimberClock     *self);
/* Calls @func once when the time reaches @deadline (at once, from the main
 * loop, when it has passed already). Returns an id > 0 for remove(). */
guint  limber_clock_add_deadline (LimberClock     *self,
                                  gint64           deadline,
                                  LimberClockFunc  func,
                                  gpointer         user_data);
/* Cancels a deadline that has not fired; 0 is ignored. */
void   limber_clock_remove       (LimberClock     *self,
                                  guint            id);

/* The wall-clock time now with its time zone (the local one for the real
 * clock), for what depends on the calendar: work hours, days, DST. It does
 * not move in step with get_time (): a suspend moves it and not the
 * monotonic time. Free with g_date_time_unref (). */
GDateTime *limber_clock_get_wall_time (LimberClock *self);

G_END_DECLS
