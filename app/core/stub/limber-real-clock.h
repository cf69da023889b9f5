/* limber-real-clock.h: STUB until the engine lands
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "limber-clock.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_REAL_CLOCK (limber_real_clock_get_type ())

G_DECLARE_FINAL_TYPE (LimberRealClock, limber_real_clock, LIMBER, REAL_CLOCK, GObject)

LimberClock *limber_real_clock_new (void);

G_END_DECLS
