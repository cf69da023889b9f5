/* limber-lock-monitor.h: notices when the screen is locked
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define LIMBER_TYPE_LOCK_MONITOR (limber_lock_monitor_get_type ())

G_DECLARE_FINAL_TYPE (LimberLockMonitor, limber_lock_monitor, LIMBER, LOCK_MONITOR, GObject)

/*
 * "locked" (boolean, notify) is TRUE while either source says the screen is
 * locked:
 * - GNOME's org.gnome.ScreenSaver on the session bus: GetActive at the start
 *   and the ActiveChanged (b) signal;
 * - logind's session LockedHint on the system bus (the session of this
 *   process, from GetSessionByPID): read at the start and followed through
 *   PropertiesChanged.
 * (logind's Lock / Unlock signals ask the session to lock; they do not say
 * that it is locked, so they are not used.) Either, or both, may be missing:
 * then the screen is never seen locked. Everything connects asynchronously.
 */
LimberLockMonitor *limber_lock_monitor_new        (void);
gboolean           limber_lock_monitor_get_locked (LimberLockMonitor *self);

G_END_DECLS
