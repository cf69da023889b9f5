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

#include "limber-autostart.h"
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

static void
on_start_at_login_changed (GSettings  *settings,
                           const char *key,
                           gpointer    user_data)
{
  g_autoptr(GError) error = NULL;

  if (!limber_autostart_apply (g_settings_get_boolean (settings, "start-at-login"), &error))
    g_warning ("%s", error->message);
}

void
limber_autostart_bind (GSettings *settings)
{
  g_return_if_fail (G_IS_SETTINGS (settings));

  g_signal_connect (settings, "changed::start-at-login", G_CALLBACK (on_start_at_login_changed), NULL);
  on_start_at_login_changed (settings, "start-at-login", NULL);
}
