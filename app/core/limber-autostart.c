/* limber-autostart.c: "Start at login", an XDG autostart entry
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-autostart"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "limber-autostart-private.h"
#include "limber-object-private.h"
#include "limber-safe-file.h"

char *
limber_autostart_get_path (void)
{
  return g_build_filename (g_get_user_config_dir (), "autostart", LIMBER_AUTOSTART_FILE_NAME, NULL);
}

static char *
autostart_contents (void)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  const char *group = G_KEY_FILE_DESKTOP_GROUP;

  g_key_file_set_string (key_file, group, G_KEY_FILE_DESKTOP_KEY_TYPE, "Application");
  g_key_file_set_string (key_file, group, G_KEY_FILE_DESKTOP_KEY_NAME, _("Limber Break Reminders"));
  g_key_file_set_string (key_file, group, G_KEY_FILE_DESKTOP_KEY_COMMENT,
                         _("Reminds you to get up after a stretch of sitting"));
  g_key_file_set_string (key_file, group, G_KEY_FILE_DESKTOP_KEY_ICON, APP_ID);
  g_key_file_set_string (key_file, group, G_KEY_FILE_DESKTOP_KEY_EXEC, LIMBER_AUTOSTART_EXEC);
  g_key_file_set_boolean (key_file, group, G_KEY_FILE_DESKTOP_KEY_NO_DISPLAY, TRUE);
  g_key_file_set_boolean (key_file, group, "X-GNOME-Autostart-enabled", TRUE);
  return g_key_file_to_data (key_file, NULL, NULL);
}

gboolean
limber_autostart_apply (gboolean   enabled,
                        GError   **error)
{
  g_autofree char *path = limber_autostart_get_path ();

  if (enabled)
    {
      g_autofree char *dir = g_path_get_dirname (path);
      g_autofree char *contents = autostart_contents ();
      g_autoptr(GError) local_error = NULL;

      if (g_mkdir_with_parents (dir, 0700) != 0)
        {
          int saved_errno = errno;

          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       _("Cannot make the folder %s for starting at login: %s"),
                       dir, g_strerror (saved_errno));
          return FALSE;
        }
      if (!limber_safe_file_write (path, contents, strlen (contents), &local_error))
        {
          g_set_error (error, local_error->domain, local_error->code,
                       _("Cannot write %s for starting at login: %s"), path, local_error->message);
          return FALSE;
        }
      return TRUE;
    }

  if (g_unlink (path) != 0 && errno != ENOENT)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Cannot remove %s to stop starting at login: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }
  return TRUE;
}

/* The Background portal */

#define PORTAL_NAME "org.freedesktop.portal.Desktop"
#define PORTAL_PATH "/org/freedesktop/portal/desktop"
#define PORTAL_BACKGROUND "org.freedesktop.portal.Background"
#define PORTAL_REQUEST "org.freedesktop.portal.Request"

static char *flatpak_info_path;

void
limber_autostart_set_flatpak_info_path (const char *path)
{
  g_free (flatpak_info_path);
  flatpak_info_path = g_strdup (path);
}

gboolean
limber_autostart_in_sandbox (void)
{
  return g_file_test (flatpak_info_path != NULL ? flatpak_info_path : "/.flatpak-info", G_FILE_TEST_EXISTS);
}

typedef struct
{
  GDBusConnection *bus;
  guint response_id;
  char *handle;
  gboolean enabled;
  gulong cancelled_id;
} Request;

static void
request_free (Request *request)
{
  if (request->response_id != 0)
    g_dbus_connection_signal_unsubscribe (request->bus, request->response_id);
  g_clear_object (&request->bus);
  g_free (request->handle);
  g_free (request);
}

static void
refused (GTask *task)
{
  g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED,
                           _("The desktop does not allow Limber to run in the background, so it cannot start at "
                             "login. Allow it in the desktop’s settings for Limber, then turn this on again."));
}

static void
on_response (GDBusConnection *bus,
             const char      *sender,
             const char      *path,
             const char      *interface,
             const char      *signal,
             GVariant        *parameters,
             gpointer         user_data)
{
  GTask *task = G_TASK (user_data);   /* the flow's reference */
  Request *request = g_task_get_task_data (task);
  g_autoptr(GVariant) results = NULL;
  guint32 response;
  gboolean background = FALSE, autostart = FALSE;

  if (!g_variant_is_of_type (parameters, G_VARIANT_TYPE ("(ua{sv})")))
    return;
  g_variant_get (parameters, "(u@a{sv})", &response, &results);
  g_variant_lookup (results, "background", "b", &background);
  g_variant_lookup (results, "autostart", "b", &autostart);
  g_debug ("Background portal: response %u, background %d, autostart %d", response, background, autostart);

  g_dbus_connection_signal_unsubscribe (request->bus, request->response_id);
  request->response_id = 0;
  /* Turning it off needs no permission: only a refused "on" is an error. */
  if (request->enabled && (response != 0 || !background || !autostart))
    refused (task);
  else
    g_task_return_boolean (task, TRUE);
  g_object_unref (task);
}

/* The task's one reference is the flow's, dropped by whoever answers: the
 * Response signal, or a failed call. The subscription borrows it. */
static void
subscribe (GTask      *task,
           const char *handle)
{
  Request *request = g_task_get_task_data (task);

  if (request->response_id != 0)
    {
      if (g_strcmp0 (request->handle, handle) == 0)
        return;
      g_dbus_connection_signal_unsubscribe (request->bus, request->response_id);
    }
  g_free (request->handle);
  request->handle = g_strdup (handle);
  request->response_id = g_dbus_connection_signal_subscribe (request->bus, PORTAL_NAME, PORTAL_REQUEST,
                                                             "Response", handle, NULL,
                                                             G_DBUS_SIGNAL_FLAGS_NO_MATCH_RULE, on_response,
                                                             task, NULL);
}

static void
on_request_background_done (GObject      *source,
                            GAsyncResult *result,
                            gpointer      user_data)
{
  g_autoptr(GTask) task = G_TASK (user_data);   /* the call's reference */
  Request *request = g_task_get_task_data (task);
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) error = NULL;
  const char *handle;

  reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result, &error);
  if (request->response_id == 0)
    return;   /* answered already */
  if (reply == NULL)
    {
      g_dbus_connection_signal_unsubscribe (request->bus, request->response_id);
      request->response_id = 0;
      g_dbus_error_strip_remote_error (error);
      g_task_return_new_error (task, error->domain, error->code,
                               _("Cannot ask the desktop to start Limber at login: %s"), error->message);
      g_object_unref (task);   /* the flow's reference */
      return;
    }
  /* Portals before version 0.9 choose the handle themselves. */
  g_variant_get (reply, "(&o)", &handle);
  subscribe (task, handle);
}

void
limber_autostart_request_background (gboolean             enabled,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariantBuilder) options = g_variant_builder_new (G_VARIANT_TYPE_VARDICT);
  const char * const commandline[] = { "limber", "--background", NULL };
  g_autofree char *token = g_strdup_printf ("limber%u", g_random_int ());
  g_autofree char *sender = NULL;
  g_autofree char *handle = NULL;
  Request *request;

  g_task_set_source_tag (task, limber_autostart_request_background);
  request = g_new0 (Request, 1);
  request->enabled = enabled;
  g_task_set_task_data (task, request, (GDestroyNotify) request_free);

  request->bus = g_bus_get_sync (G_BUS_TYPE_SESSION, cancellable, &error);
  if (request->bus == NULL)
    {
      g_task_return_new_error (task, error->domain, error->code,
                               _("Cannot ask the desktop to start Limber at login: %s"), error->message);
      return;
    }

  /* The answer comes as a signal on a request object whose path is known
   * in advance: listen before asking. */
  sender = g_strdup (g_dbus_connection_get_unique_name (request->bus) + 1);
  g_strdelimit (sender, ".", '_');
  handle = g_strdup_printf ("/org/freedesktop/portal/desktop/request/%s/%s", sender, token);
  subscribe (task, handle);

  g_variant_builder_add (options, "{sv}", "handle_token", g_variant_new_string (token));
  g_variant_builder_add (options, "{sv}", "reason",
                         g_variant_new_string (_("Limber reminds you to get up after a stretch of sitting, "
                                                 "with its window closed")));
  g_variant_builder_add (options, "{sv}", "autostart", g_variant_new_boolean (enabled));
  g_variant_builder_add (options, "{sv}", "commandline", g_variant_new_strv (commandline, -1));
  g_variant_builder_add (options, "{sv}", "dbus-activatable", g_variant_new_boolean (FALSE));
  g_dbus_connection_call (request->bus, PORTAL_NAME, PORTAL_PATH, PORTAL_BACKGROUND, "RequestBackground",
                          g_variant_new ("(sa{sv})", "", options), G_VARIANT_TYPE ("(o)"),
                          G_DBUS_CALL_FLAGS_NONE, -1, cancellable, on_request_background_done,
                          g_object_ref (task));
  g_steal_pointer (&task);   /* the flow's reference */
}

gboolean
limber_autostart_request_background_finish (GAsyncResult  *result,
                                            GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* LimberAutostart: the key kept in step */

struct _LimberAutostart
{
  GObject parent_instance;

  GSettings *settings;
  guint serial;     /* of the newest portal request: only its answer counts */
  char *problem;
};

enum { PROP_0, PROP_PROBLEM, N_PROPS };
static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (LimberAutostart, limber_autostart, G_TYPE_OBJECT)

static void
set_problem (LimberAutostart *self,
             const char      *problem)
{
  if (g_strcmp0 (self->problem, problem) == 0)
    return;
  g_free (self->problem);
  self->problem = g_strdup (problem);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROBLEM]);
}

typedef struct
{
  LimberAutostart *self;
  guint serial;
} Asked;

static void
on_background_requested (GObject      *source,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  g_autofree Asked *asked = user_data;
  g_autoptr(LimberAutostart) self = asked->self;
  g_autoptr(GError) error = NULL;
  gboolean enabled = ((Request *) g_task_get_task_data (G_TASK (result)))->enabled;
  gboolean done = limber_autostart_request_background_finish (result, &error);

  if (asked->serial != self->serial || self->settings == NULL)
    return;   /* asked again since, or gone */
  if (done)
    {
      if (enabled)
        set_problem (self, NULL);
      return;
    }
  g_message ("%s", error->message);
  if (!enabled)
    return;
  set_problem (self, error->message);
  /* Not starting at login: the switch says so. */
  g_settings_set_boolean (self->settings, "start-at-login", FALSE);
}

static void
on_start_at_login_changed (GSettings       *settings,
                           const char      *key,
                           LimberAutostart *self)
{
  gboolean enabled = g_settings_get_boolean (settings, "start-at-login");
  g_autoptr(GError) error = NULL;

  if (limber_autostart_in_sandbox ())
    {
      Asked *asked = g_new (Asked, 1);

      asked->self = g_object_ref (self);
      asked->serial = ++self->serial;
      limber_autostart_request_background (enabled, NULL, on_background_requested, asked);
      return;
    }

  if (!limber_autostart_apply (enabled, &error))
    {
      g_warning ("%s", error->message);
      set_problem (self, error->message);
    }
  else if (enabled)
    set_problem (self, NULL);
}

LimberAutostart *
limber_autostart_new (GSettings *settings)
{
  LimberAutostart *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (LIMBER_TYPE_AUTOSTART, NULL);
  self->settings = g_object_ref (settings);
  g_signal_connect (settings, "changed::start-at-login", G_CALLBACK (on_start_at_login_changed), self);
  /* In a sandbox only an "on" is asked for at start: the portal keeps it. */
  if (!limber_autostart_in_sandbox () || g_settings_get_boolean (settings, "start-at-login"))
    on_start_at_login_changed (settings, "start-at-login", self);
  return self;
}

LIMBER_DEFINE_GETTER (LimberAutostart, limber_autostart, LIMBER_IS_AUTOSTART,
                      const char *, problem, NULL)

static void
limber_autostart_dispose (GObject *object)
{
  LimberAutostart *self = LIMBER_AUTOSTART (object);

  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (limber_autostart_parent_class)->dispose (object);
}

static void
limber_autostart_finalize (GObject *object)
{
  LimberAutostart *self = LIMBER_AUTOSTART (object);

  g_free (self->problem);

  G_OBJECT_CLASS (limber_autostart_parent_class)->finalize (object);
}

static void
limber_autostart_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  LimberAutostart *self = LIMBER_AUTOSTART (object);

  switch (prop_id)
    {
    case PROP_PROBLEM:
      g_value_set_string (value, self->problem);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_autostart_class_init (LimberAutostartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = limber_autostart_dispose;
  object_class->finalize = limber_autostart_finalize;
  object_class->get_property = limber_autostart_get_property;

  properties[PROP_PROBLEM] =
    g_param_spec_string ("problem", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
limber_autostart_init (LimberAutostart *self)
{
}
