/* limber-notification-server.h: is there anyone to show a notification?
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/*
 * Whether a notification sent on @bus (the session bus) would be shown:
 * GNOME Shell's org.gtk.Notifications or an org.freedesktop.Notifications
 * server has an owner, or the bus can start one (a D-Bus activatable
 * notification daemon). Outside a sandbox that is what GNotification uses
 * (in one, the portal does). Asks the bus, synchronously.
 */
gboolean limber_notification_server_present (GDBusConnection *bus);

G_END_DECLS
