/* test-autostart.c: "Start at login" writes and removes the autostart entry
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "limber-autostart.h"

static char *
expected_path (void)
{
  return g_build_filename (g_get_user_config_dir (), "autostart",
                           "io.github.limber.Limber.Reminders.desktop", NULL);
}

static void
assert_entry (const char *path)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *exec = NULL;
  g_autofree char *type = NULL;

  g_assert_true (g_key_file_load_from_file (key_file, path, G_KEY_FILE_NONE, &error));
  g_assert_no_error (error);
  exec = g_key_file_get_string (key_file, "Desktop Entry", "Exec", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (exec, ==, "limber --background");
  type = g_key_file_get_string (key_file, "Desktop Entry", "Type", &error);
  g_assert_cmpstr (type, ==, "Application");
  g_assert_true (g_key_file_get_boolean (key_file, "Desktop Entry", "X-GNOME-Autostart-enabled", &error));
  g_assert_no_error (error);
  /* Hidden=true would turn the entry off */
  g_assert_false (g_key_file_has_key (key_file, "Desktop Entry", "Hidden", NULL));
}

static void
test_apply (void)
{
  g_autofree char *path = expected_path ();
  g_autofree char *got = limber_autostart_get_path ();
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (got, ==, path);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  /* The autostart folder does not exist yet: made. */
  g_assert_true (limber_autostart_apply (TRUE, &error));
  g_assert_no_error (error);
  assert_entry (path);
  /* Again: the same entry, no error. */
  g_assert_true (limber_autostart_apply (TRUE, &error));
  assert_entry (path);

  g_assert_true (limber_autostart_apply (FALSE, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  /* Nothing to remove is no error. */
  g_assert_true (limber_autostart_apply (FALSE, &error));
  g_assert_no_error (error);
}

static void
test_errors (void)
{
  g_autofree char *path = expected_path ();
  g_autofree char *inside = g_build_filename (path, "x", NULL);
  g_autoptr(GError) error = NULL;

  /* A folder where the entry goes: neither written nor removed, and said. */
  g_assert_cmpint (g_mkdir_with_parents (path, 0700), ==, 0);
  g_assert_cmpint (g_file_set_contents (inside, "", 0, NULL), ==, TRUE);

  g_assert_false (limber_autostart_apply (TRUE, &error));
  g_assert_nonnull (error);
  g_assert_true (g_str_has_prefix (error->message, "Cannot write "));
  g_assert_nonnull (strstr (error->message, path));
  g_clear_error (&error);

  g_assert_false (limber_autostart_apply (FALSE, &error));
  g_assert_nonnull (error);
  g_assert_true (g_str_has_prefix (error->message, "Cannot remove "));
  g_assert_nonnull (strstr (error->message, path));
  g_assert_true (g_file_test (inside, G_FILE_TEST_EXISTS));

  g_unlink (inside);
  g_rmdir (path);
}

static void
wait_for_changes (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
test_bind (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *path = expected_path ();

  g_autoptr(LimberAutostart) autostart = NULL;

  g_settings_set_boolean (settings, "start-at-login", FALSE);
  autostart = limber_autostart_new (settings);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  g_settings_set_boolean (settings, "start-at-login", TRUE);
  wait_for_changes ();
  assert_entry (path);

  g_settings_set_boolean (settings, "start-at-login", FALSE);
  wait_for_changes ();
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  /* On at start (switched while Limber was not running): written at once. */
  g_settings_set_boolean (settings, "start-at-login", TRUE);
  wait_for_changes ();
  g_clear_object (&settings);
  settings = g_settings_new (APP_ID);
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_clear_object (&autostart);
  autostart = limber_autostart_new (settings);
  g_assert_null (limber_autostart_get_problem (autostart));
  assert_entry (path);
  g_settings_set_boolean (settings, "start-at-login", FALSE);
  wait_for_changes ();
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/autostart/apply", test_apply);
  g_test_add_func ("/autostart/errors", test_errors);
  g_test_add_func ("/autostart/bind", test_bind);

  return g_test_run ();
}
