/* limber-sitting-sources.h: the desktop's idle time, lock and sleep, fed to the sitting model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "limber-idle-source.h"
#include "limber-lock-monitor.h"
#include "limber-sitting-model.h"
#include "limber-sleep-monitor.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_SITTING_SOURCES (limber_sitting_sources_get_type ())

G_DECLARE_FINAL_TYPE (LimberSittingSources, limber_sitting_sources, LIMBER, SITTING_SOURCES, GObject)

/*
 * Connects the model to the desktop (GIO only): the idle source becomes the
 * model's, the lock monitor's "locked" sets the model's lock, the sleep
 * monitor's "sleeping" / "resumed" its suspend. new () makes the D-Bus ones
 * (LimberDesktopIdleSource, LimberLockMonitor, LimberSleepMonitor);
 * new_full () takes any, for tests. Disposing disconnects; the model stays.
 */
LimberSittingSources *limber_sitting_sources_new      (LimberSittingModel   *model);
LimberSittingSources *limber_sitting_sources_new_full (LimberSittingModel   *model,
                                                       LimberIdleSource     *idle,
                                                       LimberLockMonitor    *lock,
                                                       LimberSleepMonitor   *sleep);
/* What Preferences says: NONE means Limber cannot tell when the person is away. */
LimberIdleCapability  limber_sitting_sources_get_idle_capability (LimberSittingSources *self);

G_END_DECLS
