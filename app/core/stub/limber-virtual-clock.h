/* limber-virtual-clock.h: STUB until the engine lands
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "limber-clock.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_VIRTUAL_CLOCK (limber_virtual_clock_get_type ())

G_DECLARE_FINAL_TYPE (LimberVirtualClock, limber_virtual_clock, LIMBER, VIRTUAL_CLOCK, GObject)

LimberVirtualClock *limber_virtual_clock_new     (void);
/* Moves the time on by @us, calling every deadline on the way in order. */
void                limber_virtual_clock_advance (LimberVirtualClock *self,
                                                  gint64              us);

G_END_DECLS
