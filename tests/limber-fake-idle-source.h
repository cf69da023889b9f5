/* limber-fake-idle-source.h: an idle source the tests move by hand
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "limber-clock.h"
#include "limber-idle-source.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_FAKE_IDLE_SOURCE (limber_fake_idle_source_get_type ())

G_DECLARE_FINAL_TYPE (LimberFakeIdleSource, limber_fake_idle_source, LIMBER, FAKE_IDLE_SOURCE, GObject)

/*
 * Behaves like the desktop's idle monitor on @clock: after set_present
 * (FALSE) it emits "idle" (threshold) when the clock reaches the moment of
 * leaving plus the threshold, and set_present (TRUE) emits "active" if
 * "idle" came. With capability NONE it never emits.
 */
LimberIdleSource *limber_fake_idle_source_new         (LimberClock          *clock,
                                                       LimberIdleCapability  capability);
void              limber_fake_idle_source_set_present (LimberFakeIdleSource *self,
                                                       gboolean              present);
gint64            limber_fake_idle_source_get_threshold (LimberFakeIdleSource *self);

G_END_DECLS
