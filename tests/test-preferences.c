/* test-preferences.c: the Move Reminders page of Preferences and the first
 * run's offer, on the window (suite "ui")
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "limber-fake-idle-source.h"
#include "limber-preferences-window-private.h"
#include "limber-reminder-settings.h"
#include "limber-test-ui.h"
#include "limber-virtual-clock.h"

typedef struct
{
  LimberApplication *app;
  GSettings *settings;
  LimberClock *clock;
  LimberWindow *window;
  LimberPreferencesWindow *prefs;
} Fixture;

static const char * const reminder_keys[] = {
  "break-reminders", "break-interval", "break-routine", "work-days", "work-start", "work-end",
  "start-at-login", "reminders-paused-until", "reminders-offered",
};

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->app = limber_test_ui_get_app ();
  f->settings = limber_application_get_settings (f->app);
  f->clock = limber_virtual_clock_new (0);
  f->window = limber_test_ui_new_window (f->app, f->clock);
  limber_test_ui_show_window (f->window);
  f->prefs = LIMBER_PREFERENCES_WINDOW (g_object_ref_sink (
      limber_preferences_window_new (GTK_WINDOW (f->window), f->settings)));
  adw_preferences_window_set_visible_page (ADW_PREFERENCES_WINDOW (f->prefs),
      ADW_PREFERENCES_PAGE (limber_preferences_window_get_reminders_page (f->prefs)));
  gtk_window_present (GTK_WINDOW (f->prefs));
  limber_test_ui_spin (50);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->prefs));
  limber_test_ui_spin (20);
  limber_test_ui_assert_finalized (g_steal_pointer (&f->prefs), "preferences window");
  limber_test_ui_destroy_window (f->window);
  limber_test_ui_assert_finalized (g_steal_pointer (&f->window), "window");
  g_clear_object (&f->clock);
  for (guint i = 0; i < G_N_ELEMENTS (reminder_keys); i++)
    g_settings_reset (f->settings, reminder_keys[i]);
  g_settings_set_boolean (f->settings, "reminders-offered", TRUE);
}

static char *
dup_combo_item (AdwComboRow *row,
                guint        position)
{
  g_autoptr(GtkStringObject) item = g_list_model_get_item (adw_combo_row_get_model (row), position);

  g_assert_nonnull (item);
  return g_strdup (gtk_string_object_get_string (item));
}

/* A string setting equals @expected (and nothing is leaked comparing). */
static void
assert_setting_string (GSettings  *settings,
                       const char *key,
                       const char *expected)
{
  g_autofree char *value = g_settings_get_string (settings, key);

  g_assert_cmpstr (value, ==, expected);
}

static void
test_on_off (Fixture       *f,
             gconstpointer  data)
{
  GtkSwitch *on = GTK_SWITCH (limber_preferences_window_get_reminders_switch (f->prefs));
  GtkWidget *interval = limber_preferences_window_get_interval_row (f->prefs);

  g_assert_false (gtk_switch_get_active (on));
  g_assert_false (gtk_widget_get_sensitive (interval));
  gtk_switch_set_active (on, TRUE);
  g_assert_true (g_settings_get_boolean (f->settings, "break-reminders"));
  g_assert_true (gtk_widget_get_sensitive (interval));
  g_settings_set_boolean (f->settings, "break-reminders", FALSE);
  g_assert_false (gtk_switch_get_active (on));
}

static void
test_interval (Fixture       *f,
               gconstpointer  data)
{
  AdwComboRow *row = ADW_COMBO_ROW (limber_preferences_window_get_interval_row (f->prefs));
  GListModel *model = adw_combo_row_get_model (row);
  static const char * const offered[] = { "20 minutes", "25 minutes", "30 minutes", "45 minutes", "60 minutes" };
  static const char * const with_37[] = { "20 minutes", "25 minutes", "30 minutes", "37 minutes",
                                          "45 minutes", "60 minutes" };

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, G_N_ELEMENTS (offered));
  for (guint i = 0; i < G_N_ELEMENTS (offered); i++)
    {
      g_autofree char *text = dup_combo_item (row, i);

      g_assert_cmpstr (text, ==, offered[i]);
    }
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 2);

  adw_combo_row_set_selected (row, 3);
  g_assert_cmpuint (g_settings_get_uint (f->settings, "break-interval"), ==, 45);

  /* A value from gsettings outside the choices is shown as it is, not clamped. */
  g_settings_set_uint (f->settings, "break-interval", 37);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, G_N_ELEMENTS (with_37));
  for (guint i = 0; i < G_N_ELEMENTS (with_37); i++)
    {
      g_autofree char *text = dup_combo_item (row, i);

      g_assert_cmpstr (text, ==, with_37[i]);
    }
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 3);
  g_assert_cmpuint (g_settings_get_uint (f->settings, "break-interval"), ==, 37);

  g_settings_set_uint (f->settings, "break-interval", 240);
  {
    g_autofree char *last = dup_combo_item (row, 5);

    g_assert_cmpstr (last, ==, "240 minutes");
    g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 5);
  }
  g_settings_set_uint (f->settings, "break-interval", 1);
  {
    g_autofree char *first = dup_combo_item (row, 0);

    g_assert_cmpstr (first, ==, "1 minute");
    g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 0);
  }

  /* Choosing an offered value leaves only the offered ones. */
  adw_combo_row_set_selected (row, 1);
  g_assert_cmpuint (g_settings_get_uint (f->settings, "break-interval"), ==, 20);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, G_N_ELEMENTS (offered));
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 0);
}

static guint
find_title (AdwComboRow *row,
            const char  *title)
{
  GListModel *model = adw_combo_row_get_model (row);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autofree char *text = dup_combo_item (row, i);

      if (g_str_equal (text, title))
        return i;
    }
  g_error ("no choice “%s”", title);
  return 0;
}

static void
test_routine (Fixture       *f,
              gconstpointer  data)
{
  AdwComboRow *row = ADW_COMBO_ROW (limber_preferences_window_get_routine_row (f->prefs));
  guint desk = find_title (row, "Desk Break");
  guint gentle = find_title (row, "Gentle Start");

  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, desk);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "The routine a reminder offers");

  adw_combo_row_set_selected (row, gentle);
  assert_setting_string (f->settings, "break-routine", "gentle-start");

  /* An id that no longer exists: the default runs, and Preferences says so. */
  g_settings_set_string (f->settings, "break-routine", "my-old-routine");
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, desk);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                   "The routine “my-old-routine” no longer exists: breaks run “Desk Break”");
  /* Showing the fallback does not write it. */
  assert_setting_string (f->settings, "break-routine", "my-old-routine");

  adw_combo_row_set_selected (row, gentle);
  assert_setting_string (f->settings, "break-routine", "gentle-start");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "The routine a reminder offers");
}

static void
test_days (Fixture       *f,
           gconstpointer  data)
{
  GtkToggleButton *buttons[7];
  g_auto(GStrv) days = NULL;
  const char * const sunday[] = { "sun", NULL };

  for (guint i = 0; i < 7; i++)
    {
      buttons[i] = GTK_TOGGLE_BUTTON (limber_preferences_window_get_day_button (f->prefs, i));
      g_assert_cmpint (gtk_toggle_button_get_active (buttons[i]), ==, i < 5);
    }
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (buttons[0])), ==, "Mon");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (buttons[6])), ==, "Sunday");

  gtk_toggle_button_set_active (buttons[5], TRUE);
  gtk_toggle_button_set_active (buttons[0], FALSE);
  days = g_settings_get_strv (f->settings, "work-days");
  {
    g_autofree char *joined = g_strjoinv (",", days);

    g_assert_cmpstr (joined, ==, "tue,wed,thu,fri,sat");
  }

  g_settings_set_strv (f->settings, "work-days", sunday);
  for (guint i = 0; i < 7; i++)
    g_assert_cmpint (gtk_toggle_button_get_active (buttons[i]), ==, i == 6);
}

static void
apply (GtkWidget  *row,
       const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  g_signal_emit_by_name (row, "apply");
}

static void
test_hours (Fixture       *f,
            gconstpointer  data)
{
  GtkWidget *start = limber_preferences_window_get_work_start_row (f->prefs);
  GtkWidget *end = limber_preferences_window_get_work_end_row (f->prefs);
  GtkLabel *message = GTK_LABEL (limber_preferences_window_get_hours_label (f->prefs));

  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (start)), ==, "09:00");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (end)), ==, "18:00");
  g_assert_cmpstr (gtk_label_get_label (message), ==, "Reminders come from 09:00 until 18:00.");

  apply (start, "25:00");
  assert_setting_string (f->settings, "work-start", "09:00");
  g_assert_cmpstr (gtk_label_get_label (message), ==,
                   "From: “25:00” is not a time of day. Write it as HH:MM, from 00:00 to 23:59.");
  g_assert_true (gtk_widget_has_css_class (start, "error"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (message), "error"));

  apply (end, "6pm");
  assert_setting_string (f->settings, "work-end", "18:00");
  /* The first wrong one is named first. */
  g_assert_cmpstr (gtk_label_get_label (message), ==,
                   "From: “25:00” is not a time of day. Write it as HH:MM, from 00:00 to 23:59.");
  apply (start, "22:00");
  assert_setting_string (f->settings, "work-start", "22:00");
  g_assert_false (gtk_widget_has_css_class (start, "error"));
  g_assert_cmpstr (gtk_label_get_label (message), ==,
                   "Until: “6pm” is not a time of day. Write it as HH:MM, from 00:00 to 23:59.");
  g_assert_true (gtk_widget_has_css_class (end, "error"));

  /* Hours that cross midnight are accepted. */
  apply (end, "06:00");
  assert_setting_string (f->settings, "work-end", "06:00");
  g_assert_false (gtk_widget_has_css_class (end, "error"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (message), "error"));
  g_assert_cmpstr (gtk_label_get_label (message), ==,
                   "The hours cross midnight: reminders come from 22:00 until 06:00 the next day.");

  g_settings_set_string (f->settings, "work-end", "22:00");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (end)), ==, "22:00");
  g_assert_cmpstr (gtk_label_get_label (message), ==,
                   "The same time twice: reminders come all day on work days.");

  /* A wrong value from gsettings is shown and named too. */
  g_settings_set_string (f->settings, "work-start", "9:00");
  g_assert_cmpstr (gtk_label_get_label (message), ==,
                   "From: “9:00” is not a time of day. Write it as HH:MM, from 00:00 to 23:59.");
}

static void
test_start_at_login (Fixture       *f,
                     gconstpointer  data)
{
  GtkSwitch *login = GTK_SWITCH (limber_preferences_window_get_start_at_login_switch (f->prefs));

  g_assert_false (gtk_switch_get_active (login));
  gtk_switch_set_active (login, TRUE);
  g_assert_true (g_settings_get_boolean (f->settings, "start-at-login"));
  g_settings_set_boolean (f->settings, "start-at-login", FALSE);
  g_assert_false (gtk_switch_get_active (login));
}

/* What the Pause row says while paused until @until (the wording of
 * show_pause, written out again). */
static char *
paused_until_text (gint64 until)
{
  g_autoptr(GDateTime) end = g_date_time_new_from_unix_local (until / G_USEC_PER_SEC);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *hhmm = g_date_time_format (end, "%H:%M");
  g_autofree char *date = g_date_time_format (end, "%x");

  if (g_date_time_get_day_of_year (end) == g_date_time_get_day_of_year (now))
    return g_strdup_printf ("Paused until %s", hhmm);
  if (g_date_time_get_hour (end) == 0 && g_date_time_get_minute (end) == 0)
    return g_strdup ("Paused for the rest of today");
  return g_strdup_printf ("Paused until %s, %s", date, hhmm);
}

static void
test_pause (Fixture       *f,
            gconstpointer  data)
{
  AdwActionRow *row = ADW_ACTION_ROW (limber_preferences_window_get_pause_row (f->prefs));
  GtkWidget *hour = limber_preferences_window_get_pause_hour_button (f->prefs);
  GtkWidget *today = limber_preferences_window_get_pause_today_button (f->prefs);
  GtkWidget *resume = limber_preferences_window_get_resume_button (f->prefs);
  gint64 before, after, until;

  g_settings_set_boolean (f->settings, "break-reminders", TRUE);
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, "For an hour or for the rest of today");
  g_assert_true (gtk_widget_get_mapped (hour));
  g_assert_false (gtk_widget_get_mapped (resume));

  before = g_get_real_time ();
  g_signal_emit_by_name (hour, "clicked");
  after = g_get_real_time ();
  until = g_settings_get_int64 (f->settings, "reminders-paused-until");
  g_assert_cmpint (until, >=, before + G_GINT64_CONSTANT (3600000000));
  g_assert_cmpint (until, <=, after + G_GINT64_CONSTANT (3600000000));
  {
    g_autofree char *expected = paused_until_text (until);

    g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, expected);
  }
  limber_test_ui_spin (20);
  g_assert_true (gtk_widget_get_mapped (resume));
  g_assert_false (gtk_widget_get_mapped (hour));

  g_signal_emit_by_name (resume, "clicked");
  g_assert_cmpint (g_settings_get_int64 (f->settings, "reminders-paused-until"), ==, 0);
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, "For an hour or for the rest of today");

  /* Outside work hours (no work day): until midnight. */
  {
    const char *no_days[] = { NULL };
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_autoptr(GDateTime) tomorrow = g_date_time_add_days (now, 1);
    g_autoptr(GDateTime) midnight = g_date_time_new_local (g_date_time_get_year (tomorrow),
                                                           g_date_time_get_month (tomorrow),
                                                           g_date_time_get_day_of_month (tomorrow), 0, 0, 0);

    g_settings_set_strv (f->settings, "work-days", no_days);
    g_signal_emit_by_name (today, "clicked");
    g_assert_cmpint (g_settings_get_int64 (f->settings, "reminders-paused-until"), ==,
                     g_date_time_to_unix (midnight) * G_USEC_PER_SEC);
    g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, "Paused for the rest of today");
  }

  /* Within work hours: until they end, as the notification's "Pause for
   * Today" (which may be tomorrow morning, for hours that cross midnight). */
  {
    const char *all_days[] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun", NULL };
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_autoptr(GDateTime) start = g_date_time_add_hours (now, -1);
    g_autoptr(GDateTime) end_time = g_date_time_add_hours (now, 2);
    g_autoptr(GDateTime) end = g_date_time_new_local (g_date_time_get_year (end_time),
                                                      g_date_time_get_month (end_time),
                                                      g_date_time_get_day_of_month (end_time),
                                                      g_date_time_get_hour (end_time),
                                                      g_date_time_get_minute (end_time), 0);
    g_autofree char *start_text = g_date_time_format (start, "%H:%M");
    g_autofree char *end_text = g_date_time_format (end, "%H:%M");
    g_autofree char *expected = NULL;

    g_settings_set_strv (f->settings, "work-days", all_days);
    g_settings_set_string (f->settings, "work-start", start_text);
    g_settings_set_string (f->settings, "work-end", end_text);
    g_signal_emit_by_name (today, "clicked");
    until = g_settings_get_int64 (f->settings, "reminders-paused-until");
    g_assert_cmpint (until, ==, g_date_time_to_unix (end) * G_USEC_PER_SEC);
    expected = paused_until_text (until);
    g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, expected);
  }

  /* A pause that has ended is no pause. */
  g_settings_set_int64 (f->settings, "reminders-paused-until", g_get_real_time () - G_USEC_PER_SEC);
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, "For an hour or for the rest of today");
}

static void
test_idle_capability (Fixture       *f,
                      gconstpointer  data)
{
  GtkWidget *label = limber_preferences_window_get_idle_label (f->prefs);
  g_autoptr(LimberIdleSource) none = limber_fake_idle_source_new (f->clock, LIMBER_IDLE_CAPABILITY_NONE);
  g_autoptr(LimberIdleSource) watches = limber_fake_idle_source_new (f->clock, LIMBER_IDLE_CAPABILITY_WATCHES);
  g_autoptr(LimberIdleSource) polling = limber_fake_idle_source_new (f->clock, LIMBER_IDLE_CAPABILITY_POLLING);

  limber_preferences_window_set_idle_source (f->prefs, none, FALSE);
  g_assert_false (gtk_widget_get_visible (label));
  limber_idle_source_emit_capability_changed (none);
  g_assert_true (gtk_widget_get_visible (label));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (label)),
                            "Limber cannot tell when you are away from the computer"));

  limber_preferences_window_set_idle_source (f->prefs, watches, TRUE);
  g_assert_false (gtk_widget_get_visible (label));
  limber_preferences_window_set_idle_source (f->prefs, polling, TRUE);
  g_assert_false (gtk_widget_get_visible (label));
  limber_preferences_window_set_idle_source (f->prefs, none, TRUE);
  g_assert_true (gtk_widget_get_visible (label));
}

/* The card fits the routines column: its long text wraps to the width
 * there is, whatever the window's size, and its button shows in full. */
static void
assert_card_fits (LimberWindow       *window,
                  LimberFirstRunCard *card)
{
  GtkWidget *page = GTK_WIDGET (limber_window_get_library_page (window));
  GtkWidget *button = GTK_WIDGET (limber_first_run_card_get_understood_button (card));
  graphene_rect_t bounds;

  limber_test_ui_spin (10);
  g_assert_true (gtk_widget_compute_bounds (button, page, &bounds));
  g_assert_cmpint (gtk_widget_get_width (page), >, 0);
  g_assert_cmpfloat (bounds.origin.x, >=, 0);
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (page));
}

static void
test_first_run (void)
{
  LimberApplication *app = limber_test_ui_get_app ();
  GSettings *settings = limber_application_get_settings (app);
  g_autoptr(LimberClock) clock = limber_virtual_clock_new (0);
  g_autoptr(LimberWindow) window = NULL;
  g_autoptr(LimberWindow) again = NULL;
  LimberFirstRunCard *card;

  /* The tests' application has answered; a first run has not. */
  g_assert_true (g_settings_get_boolean (settings, "reminders-offered"));
  g_settings_reset (settings, "reminders-offered");
  window = limber_test_ui_new_window (app, clock);
  limber_test_ui_show_window (window);
  card = limber_library_page_get_first_run_card (limber_window_get_library_page (window));
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (card)));
  /* The safety note comes first, the offer after it. */
  g_assert_cmpstr (limber_first_run_card_get_stage (card), ==, "safety");
  g_assert_false (gtk_widget_is_visible (GTK_WIDGET (limber_first_run_card_get_turn_on_button (card))));
  assert_card_fits (window, card);
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 640);
  assert_card_fits (window, card);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  g_signal_emit_by_name (GTK_WIDGET (limber_first_run_card_get_understood_button (card)), "clicked");
  g_assert_cmpstr (limber_first_run_card_get_stage (card), ==, "offer");
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (limber_first_run_card_get_turn_on_button (card))));
  g_assert_false (g_settings_get_boolean (settings, "reminders-offered"));
  g_assert_false (g_settings_get_boolean (settings, "break-reminders"));

  g_signal_emit_by_name (GTK_WIDGET (limber_first_run_card_get_turn_on_button (card)), "clicked");
  g_assert_true (g_settings_get_boolean (settings, "break-reminders"));
  g_assert_true (g_settings_get_boolean (settings, "reminders-offered"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (card)));

  /* Once: the next window has no offer. */
  again = limber_test_ui_new_window (app, clock);
  limber_test_ui_show_window (again);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (
      limber_library_page_get_first_run_card (limber_window_get_library_page (again)))));
  limber_test_ui_destroy_window (again);
  limber_test_ui_assert_finalized (g_steal_pointer (&again), "second window");

  /* "Not Now" answers too, and leaves reminders off. */
  g_settings_reset (settings, "break-reminders");
  g_settings_reset (settings, "reminders-offered");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (card)));
  g_signal_emit_by_name (GTK_WIDGET (limber_first_run_card_get_understood_button (card)), "clicked");
  g_signal_emit_by_name (GTK_WIDGET (limber_first_run_card_get_not_now_button (card)), "clicked");
  g_assert_false (g_settings_get_boolean (settings, "break-reminders"));
  g_assert_true (g_settings_get_boolean (settings, "reminders-offered"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (card)));

  limber_test_ui_destroy_window (window);
  limber_test_ui_assert_finalized (g_steal_pointer (&window), "window");
  g_settings_reset (settings, "break-reminders");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  limber_test_ui_init_without_sound (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/preferences/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("on-off", test_on_off);
  ADD ("interval", test_interval);
  ADD ("routine", test_routine);
  ADD ("days", test_days);
  ADD ("hours", test_hours);
  ADD ("start-at-login", test_start_at_login);
  ADD ("pause", test_pause);
  ADD ("idle-capability", test_idle_capability);
  g_test_add_func ("/preferences/first-run", test_first_run);

  status = g_test_run ();
  limber_test_ui_cleanup ();
  return status;
}
