/* limber-notification-server.c: is there anyone to show a notification?
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-notification-server"

#include "config.h"

#include "limber-notification-server.h"

static GVariant *
ask_bus (GDBusConnection    *bus,
         const char         *method,
         GVariant           *parameters,
         const GVariantType *reply_type)
{
  g_autoptr(GError) error = NULL;
  GVariant *reply;

  reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", method, parameters, reply_type,
                                       G_DBUS_CALL_FLAGS_NONE, 5000, NULL, &error);
  if (reply == NULL)
    g_debug ("%s: %s", method, error->message);
  return reply;
}

static gboolean
has_owner (GDBusConnection *bus,
           const char      *name)
{
  g_autoptr(GVariant) reply = ask_bus (bus, "NameHasOwner", g_variant_new ("(s)", name), G_VARIANT_TYPE ("(b)"));
  gboolean owned = FALSE;

  if (reply != NULL)
    g_variant_get (reply, "(b)", &owned);
  return owned;
}

gboolean
limber_notification_server_present (GDBusConnection *bus)
{
  g_autoptr(GVariant) reply = NULL;
  g_autofree const char **names = NULL;

  g_return_val_if_fail (G_IS_DBUS_CONNECTION (bus), FALSE);

  if (has_owner (bus, "org.gtk.Notifications") || has_owner (bus, "org.freedesktop.Notifications"))
    return TRUE;

  reply = ask_bus (bus, "ListActivatableNames", NULL, G_VARIANT_TYPE ("(as)"));
  if (reply == NULL)
    return FALSE;
  g_variant_get (reply, "(^a&s)", &names);
  return g_strv_contains (names, "org.freedesktop.Notifications");
}
