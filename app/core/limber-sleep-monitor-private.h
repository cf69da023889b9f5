/* limber-sleep-monitor-private.h: a monitor without logind
 *
 * For the tests; the program does not use these.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "limber-sleep-monitor.h"

G_BEGIN_DECLS

/* Without logind: only check () can emit "sleeping" (for tests). */
LimberSleepMonitor *limber_sleep_monitor_new_without_logind (void);

G_END_DECLS
