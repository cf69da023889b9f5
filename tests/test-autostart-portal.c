/* test-autostart-portal.c: "Start at login" in a Flatpak sandbox goes through
 * the Background portal (a fake one on a private bus, in this process)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "limber-autostart-private.h"

#define PORTAL_NAME "org.freedesktop.portal.Desktop"
#define PORTAL_PATH "/org/freedesktop/portal/desktop"

#define REFUSED "The desktop does not allow Limber to run in the background, so it cannot start at login. " \
                "Allow it in the desktop’s settings for Limber, then turn this on again."

static const char portal_xml[] =
  "<node>"
  "  <interface name='org.freedesktop.portal.Background'>"
  "    <method name='RequestBackground'>"
  "      <arg type='s' name='parent_window' direction='in'/>"
  "      <arg type='a{sv}' name='options' direction='in'/>"
  "      <arg type='o' name='handle' direction='out'/>"
  "    </method>"
  "  </interface>"
  "</node>";

/* The fake portal: what it was asked, and how it answers. */
typedef struct
{
  GDBusConnection *bus;
  guint owner_id;
  guint object_id;
  GPtrArray *requests;     /* GVariant a{sv}: the options of each call */
  guint32 response;        /* 0 granted, 1 cancelled, 2 other */
  gboolean background;     /* the answer's "background" */
  gboolean autostart;      /* … and "autostart" (NULL-like: as asked when TRUE) */
} Portal;

static void
on_portal_call (GDBusConnection       *bus,
                const char            *sender,
                const char            *path,
                const char            *interface,
                const char            *method,
                GVariant              *parameters,
                GDBusMethodInvocation *invocation,
                gpointer               user_data)
{
  Portal *portal = user_data;
  g_autoptr(GVariant) options = NULL;
  g_autofree char *who = g_strdup (sender + 1);
  g_autofree char *handle = NULL;
  g_autoptr(GVariantBuilder) results = g_variant_builder_new (G_VARIANT_TYPE_VARDICT);
  const char *token = NULL;
  gboolean asked_autostart = FALSE;

  g_variant_get (parameters, "(&s@a{sv})", NULL, &options);
  g_ptr_array_add (portal->requests, g_variant_ref (options));
  g_assert_true (g_variant_lookup (options, "handle_token", "&s", &token));
  g_variant_lookup (options, "autostart", "b", &asked_autostart);
  g_strdelimit (who, ".", '_');
  handle = g_strdup_printf ("/org/freedesktop/portal/desktop/request/%s/%s", who, token);
  g_dbus_method_invocation_return_value (invocation, g_variant_new ("(o)", handle));

  g_variant_builder_add (results, "{sv}", "background", g_variant_new_boolean (portal->background));
  g_variant_builder_add (results, "{sv}", "autostart",
                         g_variant_new_boolean (portal->autostart && asked_autostart));
  g_dbus_connection_emit_signal (bus, sender, handle, "org.freedesktop.portal.Request", "Response",
                                 g_variant_new ("(ua{sv})", portal->response, results), NULL);
}

static const GDBusInterfaceVTable portal_vtable = { on_portal_call, NULL, NULL, { 0 } };

typedef struct
{
  GTestDBus *dbus;
  Portal portal;
  char *flatpak_info;
  GSettings *settings;
} Fixture;

static void
portal_own (Fixture *f)
{
  g_autoptr(GDBusNodeInfo) node = g_dbus_node_info_new_for_xml (portal_xml, NULL);
  g_autoptr(GError) error = NULL;
  gboolean owned = FALSE;

  f->portal.object_id = g_dbus_connection_register_object (f->portal.bus, PORTAL_PATH, node->interfaces[0],
                                                           &portal_vtable, &f->portal, NULL, &error);
  g_assert_no_error (error);
  f->portal.owner_id = g_bus_own_name_on_connection (f->portal.bus, PORTAL_NAME, G_BUS_NAME_OWNER_FLAGS_NONE,
                                                     NULL, NULL, NULL, NULL);
  /* Owned once the bus says so: ask it. */
  for (int i = 0; i < 200 && !owned; i++)
    {
      g_autoptr(GVariant) reply = NULL;

      g_main_context_iteration (NULL, FALSE);
      reply = g_dbus_connection_call_sync (f->portal.bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                           "org.freedesktop.DBus", "NameHasOwner",
                                           g_variant_new ("(s)", PORTAL_NAME), G_VARIANT_TYPE ("(b)"),
                                           G_DBUS_CALL_FLAGS_NONE, -1, NULL, NULL);
      if (reply != NULL)
        g_variant_get (reply, "(b)", &owned);
      if (!owned)
        g_usleep (10000);
    }
  g_assert_true (owned);
}

static void
portal_disown (Fixture *f)
{
  g_clear_handle_id (&f->portal.owner_id, g_bus_unown_name);
  if (f->portal.object_id != 0)
    g_dbus_connection_unregister_object (f->portal.bus, f->portal.object_id);
  f->portal.object_id = 0;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  int fd;

  f->dbus = g_test_dbus_new (G_TEST_DBUS_NONE);
  g_test_dbus_up (f->dbus);
  f->portal.bus = g_dbus_connection_new_for_address_sync (g_test_dbus_get_bus_address (f->dbus),
                                                          G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
                                                          G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION,
                                                          NULL, NULL, &error);
  g_assert_no_error (error);
  f->portal.requests = g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref);
  f->portal.background = TRUE;
  f->portal.autostart = TRUE;
  portal_own (f);

  /* In a sandbox: the file that says so exists. */
  fd = g_file_open_tmp ("limber-flatpak-info-XXXXXX", &f->flatpak_info, &error);
  g_assert_no_error (error);
  close (fd);
  limber_autostart_set_flatpak_info_path (f->flatpak_info);

  f->settings = g_settings_new (APP_ID);
  g_settings_set_boolean (f->settings, "start-at-login", FALSE);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_settings_reset (f->settings, "start-at-login");
  g_clear_object (&f->settings);
  limber_autostart_set_flatpak_info_path (NULL);
  g_unlink (f->flatpak_info);
  g_free (f->flatpak_info);
  portal_disown (f);
  g_ptr_array_unref (f->portal.requests);
  g_dbus_connection_close_sync (f->portal.bus, NULL, NULL);
  g_clear_object (&f->portal.bus);
  g_test_dbus_down (f->dbus);
  g_clear_object (&f->dbus);
}

static void
wait_for_requests (Fixture *f,
                   guint    n)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (f->portal.requests->len < n && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (f->portal.requests->len, ==, n);
}

static void
spin (guint ms)
{
  gint64 until = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < until)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static void
wait_for_problem (LimberAutostart *autostart)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (limber_autostart_get_problem (autostart) == NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (limber_autostart_get_problem (autostart));
}

static void
assert_request (GVariant *options,
                gboolean  autostart)
{
  g_autofree const char **commandline = NULL;
  const char *reason = NULL;
  gboolean value = !autostart, activatable = TRUE;

  g_assert_true (g_variant_lookup (options, "autostart", "b", &value));
  g_assert_cmpint (value, ==, autostart);
  g_assert_true (g_variant_lookup (options, "commandline", "^a&s", &commandline));
  g_assert_cmpuint (g_strv_length ((char **) commandline), ==, 2);
  g_assert_cmpstr (commandline[0], ==, "limber");
  g_assert_cmpstr (commandline[1], ==, "--background");
  g_assert_true (g_variant_lookup (options, "dbus-activatable", "b", &activatable));
  g_assert_false (activatable);
  g_assert_true (g_variant_lookup (options, "reason", "&s", &reason));
  g_assert_cmpstr (reason, ==, "Limber reminds you to get up after a stretch of sitting, with its window closed");
}

static char *
autostart_file (void)
{
  return limber_autostart_get_path ();
}

/* Granted: on and off go to the portal, no autostart file is written, no
 * problem is shown. Off at start is not asked for. */
static void
test_granted (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(LimberAutostart) autostart = limber_autostart_new (f->settings);
  g_autofree char *path = autostart_file ();

  g_assert_true (limber_autostart_in_sandbox ());
  spin (50);
  g_assert_cmpuint (f->portal.requests->len, ==, 0);

  g_settings_set_boolean (f->settings, "start-at-login", TRUE);
  wait_for_requests (f, 1);
  assert_request (f->portal.requests->pdata[0], TRUE);
  spin (50);
  g_assert_true (g_settings_get_boolean (f->settings, "start-at-login"));
  g_assert_null (limber_autostart_get_problem (autostart));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  g_settings_set_boolean (f->settings, "start-at-login", FALSE);
  wait_for_requests (f, 2);
  assert_request (f->portal.requests->pdata[1], FALSE);
  spin (50);
  g_assert_null (limber_autostart_get_problem (autostart));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  /* On when Limber starts: asked again (the portal keeps it). */
  g_settings_set_boolean (f->settings, "start-at-login", TRUE);
  wait_for_requests (f, 3);
  g_clear_object (&autostart);
  spin (50);
  autostart = limber_autostart_new (f->settings);
  wait_for_requests (f, 4);
  assert_request (f->portal.requests->pdata[3], TRUE);
}

/* Refused (the person said no, or the permission is off): the message, and
 * the switch back off; the next granted "on" clears the message. */
static void
test_refused (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(LimberAutostart) autostart = limber_autostart_new (f->settings);

  f->portal.background = FALSE;
  f->portal.autostart = FALSE;
  g_settings_set_boolean (f->settings, "start-at-login", TRUE);
  wait_for_problem (autostart);
  g_assert_cmpstr (limber_autostart_get_problem (autostart), ==, REFUSED);
  g_assert_false (g_settings_get_boolean (f->settings, "start-at-login"));
  /* Switched back off: that is asked for too, and keeps the message. */
  wait_for_requests (f, 2);
  assert_request (f->portal.requests->pdata[1], FALSE);
  spin (50);
  g_assert_cmpstr (limber_autostart_get_problem (autostart), ==, REFUSED);

  /* Cancelled in the portal's dialog (response 1): the same. */
  f->portal.background = TRUE;
  f->portal.autostart = TRUE;
  f->portal.response = 1;
  g_settings_set_boolean (f->settings, "start-at-login", TRUE);
  wait_for_requests (f, 4);
  spin (50);
  g_assert_false (g_settings_get_boolean (f->settings, "start-at-login"));
  g_assert_cmpstr (limber_autostart_get_problem (autostart), ==, REFUSED);

  /* Background allowed but not autostart: refused too. */
  f->portal.response = 0;
  f->portal.autostart = FALSE;
  g_settings_set_boolean (f->settings, "start-at-login", TRUE);
  wait_for_requests (f, 6);
  spin (50);
  g_assert_false (g_settings_get_boolean (f->settings, "start-at-login"));

  /* Granted: the message goes. */
  f->portal.autostart = TRUE;
  g_settings_set_boolean (f->settings, "start-at-login", TRUE);
  wait_for_requests (f, 7);
  spin (50);
  g_assert_true (g_settings_get_boolean (f->settings, "start-at-login"));
  g_assert_null (limber_autostart_get_problem (autostart));
}

static void
on_requested (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  GError **error = user_data;

  g_assert_false (limber_autostart_request_background_finish (result, error));
  g_assert_nonnull (*error);
}

/* No portal on the bus: said, naming what failed. */
static void
test_no_portal (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(LimberAutostart) autostart = NULL;
  g_autoptr(GError) error = NULL;

  portal_disown (f);
  spin (100);
  limber_autostart_request_background (TRUE, NULL, on_requested, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (g_str_has_prefix (error->message, "Cannot ask the desktop to start Limber at login: "));

  autostart = limber_autostart_new (f->settings);
  g_settings_set_boolean (f->settings, "start-at-login", TRUE);
  wait_for_problem (autostart);
  g_assert_true (g_str_has_prefix (limber_autostart_get_problem (autostart),
                                   "Cannot ask the desktop to start Limber at login: "));
  g_assert_false (g_settings_get_boolean (f->settings, "start-at-login"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/autostart-portal/granted", Fixture, NULL, fixture_set_up, test_granted, fixture_tear_down);
  g_test_add ("/autostart-portal/refused", Fixture, NULL, fixture_set_up, test_refused, fixture_tear_down);
  g_test_add ("/autostart-portal/no-portal", Fixture, NULL, fixture_set_up, test_no_portal, fixture_tear_down);

  return g_test_run ();
}
