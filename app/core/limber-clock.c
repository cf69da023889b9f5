/* limber-clock.c: where the timer engine gets its time from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-clock"

#include "config.h"

#include "limber-clock.h"

G_DEFINE_INTERFACE (LimberClock, limber_clock, G_TYPE_OBJECT)

static void
limber_clock_default_init (LimberClockInterface *iface)
{
}

gint64
limber_clock_get_time (LimberClock *self)
{
  g_return_val_if_fail (LIMBER_IS_CLOCK (self), 0);

  return LIMBER_CLOCK_GET_IFACE (self)->get_time (self);
}

guint
limber_clock_add_deadline (LimberClock     *self,
                           gint64           deadline,
                           LimberClockFunc  func,
                           gpointer         user_data)
{
  g_return_val_if_fail (LIMBER_IS_CLOCK (self), 0);
  g_return_val_if_fail (func != NULL, 0);

  return LIMBER_CLOCK_GET_IFACE (self)->add_deadline (self, deadline, func, user_data);
}

void
limber_clock_remove (LimberClock *self,
                     guint        id)
{
  g_return_if_fail (LIMBER_IS_CLOCK (self));

  if (id == 0)
    return;

  LIMBER_CLOCK_GET_IFACE (self)->remove (self, id);
}

GDateTime *
limber_clock_get_wall_time (LimberClock *self)
{
  LimberClockInterface *iface;

  g_return_val_if_fail (LIMBER_IS_CLOCK (self), NULL);

  iface = LIMBER_CLOCK_GET_IFACE (self);
  if (iface->get_wall_time == NULL)
    return g_date_time_new_now_local ();

  return iface->get_wall_time (self);
}
