/* test-notification-server.c: whether a notification would be shown, asked
 * of a private bus
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "limber-notification-server.h"

static gboolean
wait_owned (GDBusConnection *bus,
            const char      *name,
            gboolean         owned)
{
  for (int i = 0; i < 500; i++)
    {
      g_autoptr(GVariant) reply = NULL;
      gboolean has = FALSE;

      g_main_context_iteration (NULL, FALSE);
      reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                           "org.freedesktop.DBus", "NameHasOwner", g_variant_new ("(s)", name),
                                           G_VARIANT_TYPE ("(b)"), G_DBUS_CALL_FLAGS_NONE, -1, NULL, NULL);
      if (reply != NULL)
        g_variant_get (reply, "(b)", &has);
      if (has == owned)
        return TRUE;
      g_usleep (10000);
    }
  return FALSE;
}

static GDBusConnection *
connect (GTestDBus *dbus)
{
  g_autoptr(GError) error = NULL;
  GDBusConnection *bus;

  bus = g_dbus_connection_new_for_address_sync (g_test_dbus_get_bus_address (dbus),
                                                G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
                                                G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION,
                                                NULL, NULL, &error);
  g_assert_no_error (error);
  return bus;
}

/* Nobody, then GNOME Shell's name, then a freedesktop server. */
static void
test_owners (void)
{
  g_autoptr(GTestDBus) dbus = g_test_dbus_new (G_TEST_DBUS_NONE);
  g_autoptr(GDBusConnection) app = NULL;
  g_autoptr(GDBusConnection) server = NULL;
  guint owner;

  g_test_dbus_up (dbus);
  app = connect (dbus);
  server = connect (dbus);

  g_assert_false (limber_notification_server_present (app));

  owner = g_bus_own_name_on_connection (server, "org.gtk.Notifications", G_BUS_NAME_OWNER_FLAGS_NONE,
                                        NULL, NULL, NULL, NULL);
  g_assert_true (wait_owned (app, "org.gtk.Notifications", TRUE));
  g_assert_true (limber_notification_server_present (app));
  g_bus_unown_name (owner);
  g_assert_true (wait_owned (app, "org.gtk.Notifications", FALSE));
  g_assert_false (limber_notification_server_present (app));

  owner = g_bus_own_name_on_connection (server, "org.freedesktop.Notifications", G_BUS_NAME_OWNER_FLAGS_NONE,
                                        NULL, NULL, NULL, NULL);
  g_assert_true (wait_owned (app, "org.freedesktop.Notifications", TRUE));
  g_assert_true (limber_notification_server_present (app));
  g_bus_unown_name (owner);
  g_assert_true (wait_owned (app, "org.freedesktop.Notifications", FALSE));
  g_assert_false (limber_notification_server_present (app));

  g_dbus_connection_close_sync (server, NULL, NULL);
  g_dbus_connection_close_sync (app, NULL, NULL);
  g_test_dbus_down (dbus);
}

/* A notification daemon the bus starts on demand (dunst, mako …) counts. */
static void
test_activatable (void)
{
  g_autoptr(GTestDBus) dbus = g_test_dbus_new (G_TEST_DBUS_NONE);
  g_autoptr(GDBusConnection) app = NULL;
  g_autofree char *dir = g_build_filename (g_get_tmp_dir (), "services", NULL);
  g_autofree char *path = g_build_filename (dir, "org.freedesktop.Notifications.service", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_file_set_contents (path, "[D-BUS Service]\nName=org.freedesktop.Notifications\nExec=/bin/false\n", -1, &error);
  g_assert_no_error (error);
  g_test_dbus_add_service_dir (dbus, dir);
  g_test_dbus_up (dbus);
  app = connect (dbus);

  g_assert_true (limber_notification_server_present (app));

  g_dbus_connection_close_sync (app, NULL, NULL);
  g_test_dbus_down (dbus);
  g_unlink (path);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/notification-server/owners", test_owners);
  g_test_add_func ("/notification-server/activatable", test_activatable);

  return g_test_run ();
}
