/* limber-test-ui.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "limber-routine-file.h"
#include "limber-test-ui.h"
#include "limber-virtual-clock.h"

static char *data_home;

void
limber_test_ui_init (int    *argc,
                     char ***argv)
{
  g_assert_null (data_home);
  data_home = g_dir_make_tmp ("limber-test-XXXXXX", NULL);

  /* gtk_test_init () passes no options to g_test_init (), so
   * G_TEST_OPTION_ISOLATE_DIRS does nothing: without this, the tests would
   * write to the real $XDG_DATA_HOME (history, routines). */
  g_assert_nonnull (data_home);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  gtk_test_init (argc, argv, NULL);
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
}

void
limber_test_ui_init_without_sound (int    *argc,
                                   char ***argv)
{
  g_setenv ("PULSE_SERVER", "unix:/nonexistent/limber-test/pulse/native", TRUE);
  g_setenv ("CANBERRA_DRIVER", "pulse", TRUE);
  limber_test_ui_init (argc, argv);
}

static void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
    }
  g_remove (path);
}

void
limber_test_ui_cleanup (void)
{
  g_assert_nonnull (data_home);
  remove_tree (data_home);
  g_clear_pointer (&data_home, g_free);
}

void
limber_test_ui_spin (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

/* One application for the program: a registered GApplication stays
 * exported on the bus until shutdown, so tests share it. */
LimberApplication *
limber_test_ui_get_app (void)
{
  static LimberApplication *app;
  g_autoptr(GError) error = NULL;
  GSettings *settings;

  if (app != NULL)
    return app;

  app = limber_application_new ();
  g_application_set_flags (G_APPLICATION (app),
                           g_application_get_flags (G_APPLICATION (app)) | G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  settings = limber_application_get_settings (app);
  /* No session manager and no notification server under Xvfb. */
  g_settings_set_boolean (settings, "keep-awake", FALSE);
  g_settings_set_boolean (settings, "notifications", FALSE);
  /* The first run's card would sit above the library in every test. */
  g_settings_set_boolean (settings, "reminders-offered", TRUE);
  /* No speech service either; test-voice-ui turns the voice on. */
  g_settings_set_boolean (settings, "voice", FALSE);
  return app;
}

void
limber_test_ui_reload_library (void)
{
  g_autoptr(GError) error = NULL;

  limber_library_load (limber_application_get_library (limber_test_ui_get_app ()), NULL, &error);
  g_assert_no_error (error);
}

LimberRoutine *
limber_test_ui_load_routine (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "routines", "good",
                                                 name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  LimberRoutine *routine = limber_routine_load_file (file, NULL, NULL, &error);

  g_assert_no_error (error);
  return routine;
}

LimberWindow *
limber_test_ui_new_window (LimberApplication *app,
                           LimberClock       *clock)
{
  LimberWindow *window = g_object_ref_sink (limber_window_new (app));

  limber_window_set_clock (window, clock);
  return window;
}

void
limber_test_ui_show_window (LimberWindow *window)
{
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_present (GTK_WINDOW (window));
  limber_test_ui_spin (100);
}

void
limber_test_ui_destroy_window (LimberWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  limber_test_ui_spin (50);
}

void
limber_test_ui_assert_finalized (gpointer    object,
                                 const char *what)
{
  gpointer weak = object;

  g_object_add_weak_pointer (object, &weak);
  g_object_unref (object);
  for (int i = 0; i < 50 && weak != NULL; i++)
    limber_test_ui_spin (10);
  if (weak != NULL)
    g_error ("the %s leaked: %u references left", what, G_OBJECT (weak)->ref_count);
}

LimberRoutine *
limber_test_ui_lookup_bundled (const char *id)
{
  LimberRoutine *routine = limber_library_lookup (limber_application_get_library (limber_test_ui_get_app ()), id);

  g_assert_nonnull (routine);
  return routine;
}

void
limber_test_ui_activate (LimberWindow *window,
                         const char   *action)
{
  g_autofree char *name = g_strconcat ("win.", action, NULL);

  g_assert_true (limber_window_get_action_enabled (window, action));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), name, NULL));
  limber_test_ui_spin (10);
}

void
limber_test_ui_advance (LimberClock *clock,
                        double       seconds)
{
  limber_virtual_clock_advance (LIMBER_VIRTUAL_CLOCK (clock), (gint64) (seconds * G_USEC_PER_SEC));
  limber_test_ui_spin (10);
}
