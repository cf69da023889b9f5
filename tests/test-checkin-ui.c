/* test-checkin-ui.c: the next-morning check-in in the window: the card on
 * the library page, its answer on disk, Not Now, the notification's
 * action, and its rows in Preferences (suite "ui")
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "limber-application.h"
#include "limber-checkin-card.h"
#include "limber-library-page.h"
#include "limber-routine-page.h"
#include "limber-preferences-window-private.h"
#include "limber-test-ui.h"
#include "limber-virtual-clock.h"

#define SESSION_ID "3f1c2a9e-8b7d-4c1e-9f00-123456789abc"
#define OLD_ID "0a7d2c11-1111-4c1e-9f00-abcdefabcdef"

typedef struct
{
  LimberApplication *app;
  GSettings *settings;
  LimberWindow *window;
  LimberClock *clock;
  LimberHistory *history;
  LimberCheckinCard *card;
  char *dir;
  char *path;
} Fixture;

static const char * const keys[] = { "morning-checkin", "morning-checkin-time", "checkin-dismissed" };

/* A session line that started @days_ago days ago at noon, local time. */
static char *
session_line (const char *id,
              int         days_ago,
              const char *title)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) noon = g_date_time_new_local (g_date_time_get_year (now), g_date_time_get_month (now),
                                                     g_date_time_get_day_of_month (now), 12, 0, 0);
  g_autoptr(GDateTime) start = g_date_time_add_days (noon, -days_ago);
  g_autofree char *iso = g_date_time_format (start, "%FT%T%:z");

  return g_strdup_printf ("{\"v\":1,\"id\":\"%s\",\"start\":\"%s\",\"end\":\"%s\",\"routine_id\":\"desk-break\","
                          "\"routine_title\":\"%s\",\"planned_seconds\":600,\"active_seconds\":600,"
                          "\"completed\":true,\"pain_before\":2,\"pain_after\":3}\n",
                          id, iso, iso, title);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *old = session_line (OLD_ID, 3, "Neck Release");
  g_autofree char *yesterday = session_line (SESSION_ID, 1, "Desk Break");
  g_autofree char *contents = g_strconcat (old, yesterday, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;

  f->app = limber_test_ui_get_app ();
  f->settings = limber_application_get_settings (f->app);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_settings_reset (f->settings, keys[i]);
  /* From midnight on: whenever the test runs, yesterday's session is due. */
  g_settings_set_string (f->settings, "morning-checkin-time", "00:00");
  f->clock = limber_virtual_clock_new (1000000);
  f->window = limber_test_ui_new_window (f->app, f->clock);

  f->dir = g_dir_make_tmp ("limber-checkin-ui-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "history.jsonl", NULL);
  g_file_set_contents (f->path, contents, -1, &error);
  g_assert_no_error (error);
  file = g_file_new_for_path (f->path);
  f->history = limber_history_new (file);
  limber_history_load (f->history, NULL, &error);
  g_assert_no_error (error);
  limber_window_set_history (f->window, f->history);
  f->card = limber_library_page_get_checkin_card (limber_window_get_library_page (f->window));
  limber_test_ui_show_window (f->window);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  limber_test_ui_destroy_window (f->window);
  limber_test_ui_assert_finalized (f->window, "window");
  limber_test_ui_assert_finalized (f->clock, "clock");
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_settings_reset (f->settings, keys[i]);
  g_remove (f->path);
  g_assert_cmpint (g_rmdir (f->dir), ==, 0);
  g_clear_pointer (&f->path, g_free);
  g_clear_pointer (&f->dir, g_free);
  limber_test_ui_assert_finalized (f->history, "history");
}

static void
click (GtkButton *button)
{
  g_signal_emit_by_name (button, "clicked");
  limber_test_ui_spin (1);
}

static char *
last_line (Fixture *f)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  guint n;

  g_file_get_contents (f->path, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);
  n = g_strv_length (lines);
  g_assert_cmpuint (n, >=, 2);
  g_assert_cmpstr (lines[n - 1], ==, "");  /* ends with a newline */
  return g_strdup (lines[n - 2]);
}

/* Off by default; on, the card asks about yesterday's session; an answer
 * is a "checkin" line at the end of the file, and the card goes. */
static void
test_answer (Fixture       *f,
             gconstpointer  data)
{
  LimberPainScale *scale = limber_checkin_card_get_scale (f->card);
  GtkButton *save = limber_checkin_card_get_save_button (f->card);
  g_autofree char *line = NULL;
  g_autofree char *prefix = NULL;

  g_assert_false (g_settings_get_boolean (f->settings, "morning-checkin"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (f->card)));

  g_settings_set_boolean (f->settings, "morning-checkin", TRUE);
  limber_test_ui_spin (1);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->card)));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (f->card)));
  g_assert_cmpstr (limber_checkin_card_get_session_id (f->card), ==, SESSION_ID);
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (save)));

  /* Eleven large buttons (the scale names them for screen readers): at
   * least 56 px tall, whatever the window's size. */
  for (guint i = 0; i <= 10; i++)
    {
      GtkWidget *button = GTK_WIDGET (limber_pain_scale_get_button (scale, i));
      int minimum = 0;

      gtk_widget_measure (button, GTK_ORIENTATION_VERTICAL, -1, &minimum, NULL, NULL, NULL);
      g_assert_cmpint (minimum, >=, 56);
    }

  gtk_toggle_button_set_active (limber_pain_scale_get_button (scale, 4), TRUE);
  limber_test_ui_spin (1);
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (save)));
  click (save);

  line = last_line (f);
  prefix = g_strdup_printf ("{\"v\":1,\"kind\":\"checkin\",\"time\":\"");
  g_assert_true (g_str_has_prefix (line, prefix));
  g_assert_true (g_str_has_suffix (line, "\",\"session\":\"" SESSION_ID "\",\"pain\":4}"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (f->card)));
  g_assert_cmpint (limber_history_checkins_lookup_pain (limber_history_peek_checkins (f->history, NULL),
                                                        1, SESSION_ID), ==, 4);

  /* Read again from the file: answered, so no card; the session's own
   * answers are as they were. */
  g_assert_true (limber_history_load (f->history, NULL, NULL));
  limber_test_ui_spin (1);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (f->card)));
  g_assert_cmpint (limber_history_record_get_pain_after (limber_history_peek_records (f->history, NULL)[0]), ==, 3);
}

/* Not Now: not asked again about that session, and nothing written. */
static void
test_not_now (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_file_get_contents (f->path, &before, NULL, NULL);
  g_settings_set_boolean (f->settings, "morning-checkin", TRUE);
  limber_test_ui_spin (1);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->card)));
  click (limber_checkin_card_get_not_now_button (f->card));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (f->card)));
  {
    g_autofree char *dismissed = g_settings_get_string (f->settings, "checkin-dismissed");

    g_assert_cmpstr (dismissed, ==, SESSION_ID);
  }
  limber_checkin_card_refresh (f->card, NULL);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (f->card)));
  g_file_get_contents (f->path, &after, NULL, NULL);
  g_assert_cmpstr (after, ==, before);
}

/* The notification's action (app.checkin, what limber --checkin ID runs)
 * opens the library page on the check-in about the session it names (here
 * an older one), even with the setting off. */
static void
test_notification_action (Fixture       *f,
                          gconstpointer  data)
{
  limber_window_show_page (f->window, LIMBER_WINDOW_PAGE_HISTORY);
  limber_test_ui_spin (1);
  /* As the notification's click does it: app.checkin with the id. */
  g_assert_true (gtk_application_get_active_window (GTK_APPLICATION (f->app)) == GTK_WINDOW (f->window));
  g_action_group_activate_action (G_ACTION_GROUP (f->app), "checkin", g_variant_new_string (OLD_ID));
  limber_test_ui_spin (1);
  g_assert_cmpint (limber_window_get_visible_page (f->window), ==, LIMBER_WINDOW_PAGE_LIBRARY);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->card)));
  g_assert_cmpstr (limber_checkin_card_get_session_id (f->card), ==, OLD_ID);

  gtk_toggle_button_set_active (limber_pain_scale_get_button (limber_checkin_card_get_scale (f->card), 0), TRUE);
  click (limber_checkin_card_get_save_button (f->card));
  {
    g_autofree char *line = last_line (f);

    g_assert_true (g_str_has_suffix (line, "\",\"session\":\"" OLD_ID "\",\"pain\":0}"));
  }
  /* An unknown session shows nothing. */
  limber_window_show_checkin (f->window, "no-such-session");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (f->card)));
}

/* A back worse the next morning than before the session (2 before, 6 the
 * next morning): the routine page says "get it checked" at once. */
static void
test_worse_morning_get_checked (Fixture       *f,
                                gconstpointer  data)
{
  LimberRoutine *routine = limber_test_ui_lookup_bundled ("desk-break");
  LimberRoutinePage *routine_page = limber_window_get_routine_page (f->window);

  g_settings_set_boolean (f->settings, "morning-checkin", TRUE);
  limber_window_show_routine (f->window, routine);
  limber_test_ui_spin (1);
  g_assert_null (limber_routine_page_get_get_checked (routine_page));

  limber_window_show_page (f->window, LIMBER_WINDOW_PAGE_LIBRARY);
  gtk_toggle_button_set_active (limber_pain_scale_get_button (limber_checkin_card_get_scale (f->card), 6), TRUE);
  click (limber_checkin_card_get_save_button (f->card));
  g_assert_nonnull (limber_routine_page_get_get_checked (routine_page));
  g_assert_nonnull (strstr (limber_routine_page_get_get_checked (routine_page), "worse the morning after"));
}

/* Preferences: the switch, and the time checked like the work hours. */
static void
test_preferences (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(LimberPreferencesWindow) prefs = LIMBER_PREFERENCES_WINDOW (g_object_ref_sink (
      limber_preferences_window_new (GTK_WINDOW (f->window), f->settings)));
  AdwEntryRow *row = limber_preferences_window_get_checkin_time_row (prefs);
  GtkLabel *label = limber_preferences_window_get_checkin_time_label (prefs);
  g_autofree char *time = NULL;

  g_settings_reset (f->settings, "morning-checkin-time");
  adw_preferences_window_set_visible_page (ADW_PREFERENCES_WINDOW (prefs),
      ADW_PREFERENCES_PAGE (limber_preferences_window_get_reminders_page (prefs)));
  gtk_window_present (GTK_WINDOW (prefs));
  limber_test_ui_spin (20);

  g_assert_false (gtk_switch_get_active (limber_preferences_window_get_checkin_switch (prefs)));
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (row)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "08:00");
  gtk_switch_set_active (limber_preferences_window_get_checkin_switch (prefs), TRUE);
  g_assert_true (g_settings_get_boolean (f->settings, "morning-checkin"));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (row)));

  gtk_editable_set_text (GTK_EDITABLE (row), "7:5");
  g_signal_emit_by_name (row, "apply");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (label)));
  g_assert_cmpstr (gtk_label_get_label (label), ==,
                   "“7:5” is not a time of day. Write it as HH:MM, from 00:00 to 23:59.");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (row), "error"));
  time = g_settings_get_string (f->settings, "morning-checkin-time");
  g_assert_cmpstr (time, ==, "08:00");
  g_clear_pointer (&time, g_free);

  gtk_editable_set_text (GTK_EDITABLE (row), "06:30");
  g_signal_emit_by_name (row, "apply");
  time = g_settings_get_string (f->settings, "morning-checkin-time");
  g_assert_cmpstr (time, ==, "06:30");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (label)));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (row), "error"));

  /* From outside (gsettings): the row follows. */
  g_settings_set_string (f->settings, "morning-checkin-time", "09:15");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "09:15");

  gtk_window_destroy (GTK_WINDOW (prefs));
  limber_test_ui_spin (20);
  limber_test_ui_assert_finalized (g_steal_pointer (&prefs), "preferences window");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  limber_test_ui_init_without_sound (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/checkin-ui/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("answer", test_answer);
  ADD ("not-now", test_not_now);
  ADD ("notification-action", test_notification_action);
  ADD ("worse-morning-get-checked", test_worse_morning_get_checked);
  ADD ("preferences", test_preferences);

  status = g_test_run ();
  limber_test_ui_cleanup ();
  return status;
}
