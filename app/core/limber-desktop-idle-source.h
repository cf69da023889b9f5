/* limber-desktop-idle-source.h: the desktop's idle time over D-Bus
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "limber-idle-source.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_DESKTOP_IDLE_SOURCE (limber_desktop_idle_source_get_type ())

G_DECLARE_FINAL_TYPE (LimberDesktopIdleSource, limber_desktop_idle_source, LIMBER, DESKTOP_IDLE_SOURCE, GObject)

/* The ScreenSaver fallback asks this often. */
#define LIMBER_DESKTOP_IDLE_POLL_MS (60 * 1000)

/*
 * A LimberIdleSource on the session bus (GIO only), the best that is there:
 * 1. org.gnome.Mutter.IdleMonitor (/org/gnome/Mutter/IdleMonitor/Core):
 *    an idle watch at the threshold (AddIdleWatch) and, after it fired, a
 *    user-active watch (AddUserActiveWatch); WatchFired tells. No polling:
 *    capability WATCHES.
 * 2. else org.freedesktop.ScreenSaver GetSessionIdleTime (milliseconds, as
 *    KDE answers), asked once a minute: capability POLLING.
 * 3. else capability NONE: nobody is ever away.
 * It starts as NONE and emits "capability-changed" when it has found out
 * (asynchronously); when the Mutter name appears or goes away later (a
 * restart of the shell), it finds out again.
 */
LimberIdleSource *limber_desktop_idle_source_new (void);

G_END_DECLS
