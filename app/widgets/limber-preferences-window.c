/* limber-preferences-window.c: the settings, bound to GSettings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-preferences"

#include "config.h"

#include <glib/gi18n.h>

#include "limber-application.h"
#include "limber-desktop-idle-source.h"
#include "limber-object-private.h"
#include "limber-preferences-window-private.h"
#include "limber-reminder-settings.h"
#include "limber-ui-format.h"

struct _LimberPreferencesWindow
{
  AdwPreferencesWindow parent_instance;

  GSettings *settings;
  LimberSpeaker *speaker;

  GtkScale *volume_scale;
  AdwActionRow *volume_row;
  AdwExpanderRow *cues_row;
  AdwComboRow *style_row;
  GtkSwitch *sound_switch;
  GtkSwitch *countdown_switch;
  GtkSwitch *halfway_switch;
  GtkSwitch *get_ready_switch;
  GtkSwitch *go_switch;
  GtkSwitch *switch_sides_switch;
  GtkSwitch *rest_switch;
  GtkSwitch *rep_switch;
  GtkSwitch *exercise_done_switch;
  GtkSwitch *session_finished_switch;
  GtkSwitch *notifications_switch;
  GtkSwitch *keep_awake_switch;
  GtkSwitch *ask_pain_before_switch;
  GtkSpinButton *weekly_goal_spin;

  /* Move Reminders */
  AdwPreferencesPage *reminders_page;
  GtkSwitch *reminders_switch;
  AdwComboRow *interval_row;
  GtkStringList *interval_list;
  AdwComboRow *routine_row;
  GtkStringList *routine_list;
  AdwActionRow *pause_row;
  GtkStack *pause_stack;
  GtkButton *pause_hour_button;
  GtkButton *pause_today_button;
  GtkButton *resume_button;
  GtkSwitch *start_at_login_switch;
  GtkLabel *start_at_login_label;
  LimberAutostart *autostart;
  GtkLabel *idle_label;
  AdwPreferencesGroup *hours_group;
  GtkBox *days_box;
  GtkToggleButton *day_buttons[7];
  AdwEntryRow *work_start_row;
  GtkSwitch *checkin_switch;
  AdwEntryRow *checkin_time_row;
  GtkLabel *checkin_time_label;
  AdwEntryRow *work_end_row;
  GtkLabel *hours_label;

  guint intervals[G_N_ELEMENTS (limber_reminder_intervals) + 1];  /* shown, in minutes */
  guint n_intervals;
  GPtrArray *routine_ids;        /* char *, in the order of routine_list */
  LimberLibrary *library;
  LimberIdleSource *idle_source;
  gboolean idle_known;           /* the idle source has found out */
  guint pause_timeout;
  gboolean updating;             /* a setting is being shown: no write back */
  AdwPreferencesGroup *voice_group;
  AdwActionRow *voice_row;
  GtkSwitch *voice_switch;
  AdwActionRow *voice_rate_row;
  GtkScale *voice_rate_scale;
  AdwActionRow *voice_volume_row;
  GtkScale *voice_volume_scale;
  AdwActionRow *voice_count_row;
  GtkSwitch *voice_count_switch;
  AdwActionRow *voice_test_row;
  GtkButton *voice_test_button;
};

G_DEFINE_FINAL_TYPE (LimberPreferencesWindow, limber_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static const struct
{
  const char *key;
  glong offset;
} switches[] = {
    { "sound-enabled", G_STRUCT_OFFSET (LimberPreferencesWindow, sound_switch) },
    { "cue-countdown", G_STRUCT_OFFSET (LimberPreferencesWindow, countdown_switch) },
    { "cue-halfway", G_STRUCT_OFFSET (LimberPreferencesWindow, halfway_switch) },
    { "cue-get-ready", G_STRUCT_OFFSET (LimberPreferencesWindow, get_ready_switch) },
    { "cue-go", G_STRUCT_OFFSET (LimberPreferencesWindow, go_switch) },
    { "cue-switch-sides", G_STRUCT_OFFSET (LimberPreferencesWindow, switch_sides_switch) },
    { "cue-rest", G_STRUCT_OFFSET (LimberPreferencesWindow, rest_switch) },
    { "cue-rep", G_STRUCT_OFFSET (LimberPreferencesWindow, rep_switch) },
    { "cue-exercise-done", G_STRUCT_OFFSET (LimberPreferencesWindow, exercise_done_switch) },
    { "cue-session-finished", G_STRUCT_OFFSET (LimberPreferencesWindow, session_finished_switch) },
    { "notifications", G_STRUCT_OFFSET (LimberPreferencesWindow, notifications_switch) },
    { "keep-awake", G_STRUCT_OFFSET (LimberPreferencesWindow, keep_awake_switch) },
    { "ask-pain-before", G_STRUCT_OFFSET (LimberPreferencesWindow, ask_pain_before_switch) },
    { "voice", G_STRUCT_OFFSET (LimberPreferencesWindow, voice_switch) },
    { "voice-count-reps", G_STRUCT_OFFSET (LimberPreferencesWindow, voice_count_switch) },
};

static const char * const color_schemes[] = { "system", "light", "dark" };

static gboolean
color_scheme_get_mapping (GValue   *value,
                          GVariant *variant,
                          gpointer  user_data)
{
  const char *scheme = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (color_schemes); i++)
    if (g_str_equal (scheme, color_schemes[i]))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }
  return FALSE;
}

static GVariant *
color_scheme_set_mapping (const GValue       *value,
                          const GVariantType *expected_type,
                          gpointer            user_data)
{
  guint selected = g_value_get_uint (value);

  if (selected >= G_N_ELEMENTS (color_schemes))
    return NULL;
  return g_variant_new_string (color_schemes[selected]);
}

/* Move Reminders ------------------------------------------------------------ */

static const struct
{
  const char *key;
  const char *abbreviation;
  const char *name;
} days[] = {
  { "mon", NC_("weekday", "Mon"), N_("Monday") },
  { "tue", NC_("weekday", "Tue"), N_("Tuesday") },
  { "wed", NC_("weekday", "Wed"), N_("Wednesday") },
  { "thu", NC_("weekday", "Thu"), N_("Thursday") },
  { "fri", NC_("weekday", "Fri"), N_("Friday") },
  { "sat", NC_("weekday", "Sat"), N_("Saturday") },
  { "sun", NC_("weekday", "Sun"), N_("Sunday") },
};

/* Without reminders, their details do not apply. */
static void
show_sensitivity (LimberPreferencesWindow *self)
{
  gboolean on = g_settings_get_boolean (self->settings, "break-reminders");

  gtk_widget_set_sensitive (GTK_WIDGET (self->interval_row), on);
  gtk_widget_set_sensitive (GTK_WIDGET (self->routine_row), on);
}

static void
show_interval (LimberPreferencesWindow *self)
{
  guint value = g_settings_get_uint (self->settings, "break-interval");
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  guint selected = 0;
  gboolean listed = FALSE;

  self->n_intervals = 0;
  for (guint i = 0; i < G_N_ELEMENTS (limber_reminder_intervals); i++)
    {
      guint minutes = limber_reminder_intervals[i];

      /* A value from gsettings outside the choices is shown as it is. */
      if (!listed && value <= minutes)
        {
          if (value < minutes)
            self->intervals[self->n_intervals++] = value;
          listed = TRUE;
        }
      self->intervals[self->n_intervals++] = minutes;
    }
  if (!listed)
    self->intervals[self->n_intervals++] = value;

  for (guint i = 0; i < self->n_intervals; i++)
    {
      if (self->intervals[i] == value)
        selected = i;
      g_ptr_array_add (texts, g_strdup_printf (ngettext ("%u minute", "%u minutes", self->intervals[i]),
                                               self->intervals[i]));
    }
  g_ptr_array_add (texts, NULL);

  self->updating = TRUE;
  gtk_string_list_splice (self->interval_list, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->interval_list)),
                          (const char * const *) texts->pdata);
  adw_combo_row_set_selected (self->interval_row, selected);
  self->updating = FALSE;
  show_sensitivity (self);
}

static void
on_interval_row_selected (LimberPreferencesWindow *self)
{
  guint selected = adw_combo_row_get_selected (self->interval_row);

  if (self->updating || selected >= self->n_intervals)
    return;
  g_settings_set_uint (self->settings, "break-interval", self->intervals[selected]);
}

static void
show_routine (LimberPreferencesWindow *self)
{
  g_autofree char *id = g_settings_get_string (self->settings, "break-routine");
  g_autofree char *default_id = NULL;
  g_autoptr(GVariant) default_value = g_settings_get_default_value (self->settings, "break-routine");
  g_autoptr(GPtrArray) titles = g_ptr_array_new ();
  guint selected = GTK_INVALID_LIST_POSITION;
  guint fallback = GTK_INVALID_LIST_POSITION;
  GListModel *routines = G_LIST_MODEL (self->library);

  default_id = g_variant_dup_string (default_value, NULL);
  g_ptr_array_set_size (self->routine_ids, 0);
  for (guint i = 0; routines != NULL && i < g_list_model_get_n_items (routines); i++)
    {
      g_autoptr(LimberRoutine) routine = g_list_model_get_item (routines, i);
      const char *routine_id = limber_routine_get_id (routine);

      if (g_str_equal (routine_id, id))
        selected = i;
      if (g_str_equal (routine_id, default_id))
        fallback = i;
      g_ptr_array_add (self->routine_ids, g_strdup (routine_id));
      g_ptr_array_add (titles, (gpointer) limber_routine_get_title (routine));
    }
  g_ptr_array_add (titles, NULL);

  self->updating = TRUE;
  gtk_string_list_splice (self->routine_list, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->routine_list)),
                          (const char * const *) titles->pdata);
  if (selected != GTK_INVALID_LIST_POSITION || routines == NULL)
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->routine_row),
                                   _("The routine a reminder offers"));
    }
  else
    {
      g_autofree char *text = NULL;
      const char *fallback_title = fallback != GTK_INVALID_LIST_POSITION
        ? gtk_string_list_get_string (self->routine_list, fallback) : default_id;

      /* Translators: the first %s is a routine id, the second a routine title */
      text = g_strdup_printf (_("The routine “%s” no longer exists: breaks run “%s”"),
                              id, fallback_title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->routine_row), text);
      selected = fallback;
    }
  adw_combo_row_set_selected (self->routine_row, selected);
  self->updating = FALSE;
  show_sensitivity (self);
}

static void
on_routine_row_selected (LimberPreferencesWindow *self)
{
  guint selected = adw_combo_row_get_selected (self->routine_row);

  if (self->updating || selected >= self->routine_ids->len)
    return;
  g_settings_set_string (self->settings, "break-routine", g_ptr_array_index (self->routine_ids, selected));
}

static gboolean
on_pause_timeout (gpointer user_data);

static void
show_pause (LimberPreferencesWindow *self)
{
  gint64 until = g_settings_get_int64 (self->settings, "reminders-paused-until");
  gint64 now = g_get_real_time ();

  g_clear_handle_id (&self->pause_timeout, g_source_remove);
  if (until > now)
    {
      g_autoptr(GDateTime) end = g_date_time_new_from_unix_local (until / G_USEC_PER_SEC);
      g_autoptr(GDateTime) today = g_date_time_new_now_local ();
      g_autofree char *time = g_date_time_format (end, "%H:%M");
      g_autofree char *text = NULL;

      if (g_date_time_get_year (end) == g_date_time_get_year (today) &&
          g_date_time_get_day_of_year (end) == g_date_time_get_day_of_year (today))
        text = g_strdup_printf (_("Paused until %s"), time);
      else if (g_date_time_get_hour (end) == 0 && g_date_time_get_minute (end) == 0 &&
               until - now <= (gint64) G_USEC_PER_SEC * 25 * 3600)
        text = g_strdup (_("Paused for the rest of today"));
      else
        {
          g_autofree char *date = g_date_time_format (end, "%x");

          /* Translators: a date, then a time of day */
          text = g_strdup_printf (_("Paused until %s, %s"), date, time);
        }
      adw_action_row_set_subtitle (self->pause_row, text);
      gtk_stack_set_visible_child_name (self->pause_stack, "paused");
      self->pause_timeout = g_timeout_add_seconds ((guint) MIN ((until - now) / G_USEC_PER_SEC + 1, 3600),
                                                   on_pause_timeout, self);
    }
  else
    {
      adw_action_row_set_subtitle (self->pause_row, _("For an hour or for the rest of today"));
      gtk_stack_set_visible_child_name (self->pause_stack, "running");
    }
}

static gboolean
on_pause_timeout (gpointer user_data)
{
  LimberPreferencesWindow *self = user_data;

  self->pause_timeout = 0;
  show_pause (self);
  return G_SOURCE_REMOVE;
}

static void
pause_reminders (LimberPreferencesWindow *self,
                 LimberReminderPause      pause)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_auto(GStrv) work_days = g_settings_get_strv (self->settings, "work-days");
  g_autofree char *start = g_settings_get_string (self->settings, "work-start");
  g_autofree char *end = g_settings_get_string (self->settings, "work-end");
  LimberWorkHours hours = { limber_work_days_parse ((const char * const *) work_days), 9 * 60, 18 * 60 };

  /* As limber-reminders reads them: a wrong time keeps the default. */
  limber_reminder_parse_time (start, &hours.start_min);
  limber_reminder_parse_time (end, &hours.end_min);
  g_settings_set_int64 (self->settings, "reminders-paused-until", limber_reminder_pause_end (now, pause, &hours));
}

static void
on_pause_hour_button_clicked (LimberPreferencesWindow *self)
{
  pause_reminders (self, LIMBER_REMINDER_PAUSE_HOUR);
}

static void
on_pause_today_button_clicked (LimberPreferencesWindow *self)
{
  pause_reminders (self, LIMBER_REMINDER_PAUSE_TODAY);
}

static void
on_resume_button_clicked (LimberPreferencesWindow *self)
{
  g_settings_set_int64 (self->settings, "reminders-paused-until", 0);
}

static void
show_days (LimberPreferencesWindow *self)
{
  g_auto(GStrv) value = g_settings_get_strv (self->settings, "work-days");

  self->updating = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    gtk_toggle_button_set_active (self->day_buttons[i], g_strv_contains ((const char * const *) value, days[i].key));
  self->updating = FALSE;
}

static void
on_day_toggled (LimberPreferencesWindow *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) value = NULL;

  if (self->updating)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    if (gtk_toggle_button_get_active (self->day_buttons[i]))
      g_strv_builder_add (builder, days[i].key);
  value = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "work-days", (const char * const *) value);
}

/* The message under the hours: a wrong entry, or what the hours mean. */
static void
show_hours_message (LimberPreferencesWindow *self)
{
  AdwEntryRow *rows[] = { self->work_start_row, self->work_end_row };
  const char *names[] = { _("From"), _("Until") };
  guint minutes[2];
  g_autofree char *text = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      const char *entered = gtk_editable_get_text (GTK_EDITABLE (rows[i]));

      if (!limber_reminder_parse_time (entered, &minutes[i]))
        {
          /* Translators: the first %s is "From" or "Until", the second what was entered */
          text = g_strdup_printf (_("%s: “%s” is not a time of day. Write it as HH:MM, from 00:00 to 23:59."),
                                  names[i], entered);
          gtk_widget_add_css_class (GTK_WIDGET (rows[i]), "error");
          gtk_widget_remove_css_class (GTK_WIDGET (self->hours_label), "dim-label");
          gtk_widget_add_css_class (GTK_WIDGET (self->hours_label), "error");
          gtk_label_set_label (self->hours_label, text);
          return;
        }
      gtk_widget_remove_css_class (GTK_WIDGET (rows[i]), "error");
    }

  gtk_widget_remove_css_class (GTK_WIDGET (self->hours_label), "error");
  gtk_widget_add_css_class (GTK_WIDGET (self->hours_label), "dim-label");
  if (minutes[0] == minutes[1])
    text = g_strdup (_("The same time twice: reminders come all day on work days."));
  else if (minutes[1] < minutes[0])
    /* Translators: two times of day, HH:MM */
    text = g_strdup_printf (_("The hours cross midnight: reminders come from %s until %s the next day."),
                            gtk_editable_get_text (GTK_EDITABLE (rows[0])),
                            gtk_editable_get_text (GTK_EDITABLE (rows[1])));
  else
    /* Translators: two times of day, HH:MM */
    text = g_strdup_printf (_("Reminders come from %s until %s."),
                            gtk_editable_get_text (GTK_EDITABLE (rows[0])),
                            gtk_editable_get_text (GTK_EDITABLE (rows[1])));
  gtk_label_set_label (self->hours_label, text);
}

/* Shows the setting @key ("work-start" or "work-end") in its row; the other
 * row keeps what is typed there, even when it is wrong. */
static void
show_hours (LimberPreferencesWindow *self,
            const char              *key)
{
  g_autofree char *value = g_settings_get_string (self->settings, key);
  AdwEntryRow *row = g_str_equal (key, "work-start") ? self->work_start_row : self->work_end_row;

  self->updating = TRUE;
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), value) != 0)
    gtk_editable_set_text (GTK_EDITABLE (row), value);
  self->updating = FALSE;
  show_hours_message (self);
}

static void
on_hours_row_apply (LimberPreferencesWindow *self,
                    AdwEntryRow             *row)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  const char *key = row == self->work_start_row ? "work-start" : "work-end";
  guint minutes;

  show_hours_message (self);
  if (limber_reminder_parse_time (text, &minutes))
    g_settings_set_string (self->settings, key, text);
}

/* The check-in's time: the setting in its row, or what is typed there
 * and why it is wrong. */
static void
show_checkin_time (LimberPreferencesWindow *self)
{
  g_autofree char *value = g_settings_get_string (self->settings, "morning-checkin-time");

  self->updating = TRUE;
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->checkin_time_row)), value) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->checkin_time_row), value);
  self->updating = FALSE;
  gtk_widget_remove_css_class (GTK_WIDGET (self->checkin_time_row), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->checkin_time_label), FALSE);
}

static void
on_checkin_time_row_apply (LimberPreferencesWindow *self,
                           AdwEntryRow             *row)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  g_autofree char *message = NULL;
  guint minutes;

  if (limber_reminder_parse_time (text, &minutes))
    {
      g_settings_set_string (self->settings, "morning-checkin-time", text);
      show_checkin_time (self);
      return;
    }
  /* Translators: %s is what was entered */
  message = g_strdup_printf (_("“%s” is not a time of day. Write it as HH:MM, from 00:00 to 23:59."), text);
  gtk_label_set_label (self->checkin_time_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->checkin_time_label), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (row), "error");
}

static void
show_idle_capability (LimberPreferencesWindow *self)
{
  gboolean blind = self->idle_known && self->idle_source != NULL &&
    limber_idle_source_get_capability (self->idle_source) == LIMBER_IDLE_CAPABILITY_NONE;

  gtk_widget_set_visible (GTK_WIDGET (self->idle_label), blind);
}

static void
on_idle_capability_changed (LimberPreferencesWindow *self)
{
  self->idle_known = TRUE;
  show_idle_capability (self);
}

static void
on_reminder_setting_changed (LimberPreferencesWindow *self,
                             const char              *key)
{
  if (g_str_equal (key, "break-reminders"))
    show_sensitivity (self);
  else if (g_str_equal (key, "break-interval"))
    show_interval (self);
  else if (g_str_equal (key, "break-routine"))
    show_routine (self);
  else if (g_str_equal (key, "reminders-paused-until"))
    show_pause (self);
  else if (g_str_equal (key, "work-days"))
    show_days (self);
  else if (g_str_equal (key, "work-start") || g_str_equal (key, "work-end"))
    show_hours (self, key);
  else if (g_str_equal (key, "morning-checkin-time"))
    show_checkin_time (self);
}

static void
bind_reminders (LimberPreferencesWindow *self)
{
  /* The combo rows make themselves sensitive when their model changes:
   * show_sensitivity() follows them. */
  GtkWidget *dependent[] = { GTK_WIDGET (self->pause_row), GTK_WIDGET (self->hours_group) };

  g_settings_bind (self->settings, "break-reminders", self->reminders_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "start-at-login", self->start_at_login_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  for (guint i = 0; i < G_N_ELEMENTS (dependent); i++)
    g_settings_bind (self->settings, "break-reminders", dependent[i], "sensitive",
                     G_SETTINGS_BIND_GET | G_SETTINGS_BIND_NO_SENSITIVITY);

  g_signal_connect_object (self->settings, "changed", G_CALLBACK (on_reminder_setting_changed), self,
                           G_CONNECT_SWAPPED);
  show_interval (self);
  show_routine (self);
  show_pause (self);
  show_days (self);
  show_hours (self, "work-start");
  show_hours (self, "work-end");

  g_settings_bind (self->settings, "morning-checkin", self->checkin_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "morning-checkin", self->checkin_time_row, "sensitive",
                   G_SETTINGS_BIND_GET | G_SETTINGS_BIND_NO_SENSITIVITY);
  show_checkin_time (self);
}

void
limber_preferences_window_set_library (LimberPreferencesWindow *self,
                                       LimberLibrary           *library)
{
  g_return_if_fail (LIMBER_IS_PREFERENCES_WINDOW (self));
  g_return_if_fail (library == NULL || LIMBER_IS_LIBRARY (library));

  if (self->library == library)
    return;
  if (self->library != NULL)
    g_signal_handlers_disconnect_by_data (self->library, self);
  g_set_object (&self->library, library);
  if (library != NULL)
    g_signal_connect_object (library, "items-changed", G_CALLBACK (show_routine), self, G_CONNECT_SWAPPED);
  show_routine (self);
}

void
limber_preferences_window_set_idle_source (LimberPreferencesWindow *self,
                                           LimberIdleSource        *source,
                                           gboolean                 known)
{
  g_return_if_fail (LIMBER_IS_PREFERENCES_WINDOW (self));
  g_return_if_fail (source == NULL || LIMBER_IS_IDLE_SOURCE (source));

  if (self->idle_source != NULL)
    g_signal_handlers_disconnect_by_data (self->idle_source, self);
  g_set_object (&self->idle_source, source);
  self->idle_known = known;
  if (source != NULL)
    g_signal_connect_object (source, "capability-changed", G_CALLBACK (on_idle_capability_changed), self,
                             G_CONNECT_SWAPPED);
  show_idle_capability (self);
}

#define CHILD(name) \
  GtkWidget * \
  limber_preferences_window_get_##name (LimberPreferencesWindow *self) \
  { \
    g_return_val_if_fail (LIMBER_IS_PREFERENCES_WINDOW (self), NULL); \
    return GTK_WIDGET (self->name); \
  }
CHILD (reminders_page)
CHILD (reminders_switch)
CHILD (interval_row)
CHILD (routine_row)
CHILD (pause_row)
CHILD (pause_hour_button)
CHILD (pause_today_button)
CHILD (resume_button)
CHILD (start_at_login_switch)
CHILD (start_at_login_label)
CHILD (idle_label)
CHILD (work_start_row)
CHILD (work_end_row)
CHILD (hours_label)
#undef CHILD

GtkWidget *
limber_preferences_window_get_day_button (LimberPreferencesWindow *self,
                                          guint                    day)
{
  g_return_val_if_fail (LIMBER_IS_PREFERENCES_WINDOW (self), NULL);
  g_return_val_if_fail (day < G_N_ELEMENTS (days), NULL);

  return GTK_WIDGET (self->day_buttons[day]);
}

/* The spoken guidance */

static void
update_voice (LimberPreferencesWindow *self)
{
  gboolean on;
  gboolean available;

  /* Disposed: nothing to show. */
  if (self->settings == NULL)
    return;

  gtk_widget_set_sensitive (GTK_WIDGET (self->voice_switch), self->speaker != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->voice_rate_row), self->speaker != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->voice_volume_row), self->speaker != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->voice_count_row), self->speaker != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->voice_test_row), self->speaker != NULL);
  if (self->speaker == NULL)
    {
      adw_action_row_set_subtitle (self->voice_row,
                                   _("This copy of Limber was built without spoken guidance: "
                                     "the sound cues guide you"));
      return;
    }

  on = g_settings_get_boolean (self->settings, "voice");
  available = limber_speaker_get_available (self->speaker);
  if (available)
    adw_action_row_set_subtitle (self->voice_row,
                                 _("Say the exercise, the side and the set between the sound cues"));
  else
    {
      g_autofree char *problem = limber_ui_describe_voice_problem (self->speaker);
      g_autofree char *subtitle = NULL;

      /* Translators: under the Voice switch: why the voice is silent */
      subtitle = g_strdup_printf (_("%s. The sound cues guide you."), problem);
      adw_action_row_set_subtitle (self->voice_row, subtitle);
    }

  gtk_widget_set_sensitive (GTK_WIDGET (self->voice_rate_row), on);
  gtk_widget_set_sensitive (GTK_WIDGET (self->voice_volume_row), on);
  gtk_widget_set_sensitive (GTK_WIDGET (self->voice_count_row), on);
  gtk_widget_set_sensitive (GTK_WIDGET (self->voice_test_row), on && available);
}

static void
on_settings_changed_voice (GSettings               *settings,
                           const char              *key,
                           LimberPreferencesWindow *self)
{
  /* Turned on: connect now, so the switch tells at once if it cannot. */
  if (self->speaker != NULL && g_settings_get_boolean (settings, "voice"))
    limber_speaker_prepare (self->speaker);
  update_voice (self);
}

static void
on_speaker_notify_available (LimberSpeaker           *speaker,
                             GParamSpec              *pspec,
                             LimberPreferencesWindow *self)
{
  update_voice (self);
}

static void
on_voice_test_button_clicked (GtkButton               *button,
                              LimberPreferencesWindow *self)
{
  if (self->speaker == NULL)
    return;
  /* Translators: said by the voice when Test Voice is pressed */
  limber_speaker_say (self->speaker, _("This is the voice that guides you through your routines."),
                      LIMBER_SPEECH_PRIORITY_IMPORTANT, G_MAXINT64);
}

void
limber_preferences_window_set_speaker (LimberPreferencesWindow *self,
                                       LimberSpeaker           *speaker)
{
  g_return_if_fail (LIMBER_IS_PREFERENCES_WINDOW (self));
  g_return_if_fail (speaker == NULL || LIMBER_IS_SPEAKER (speaker));

  if (self->speaker != NULL)
    g_signal_handlers_disconnect_by_data (self->speaker, self);
  g_set_object (&self->speaker, speaker);
  if (speaker != NULL)
    {
      g_signal_connect_object (speaker, "notify::available",
                               G_CALLBACK (on_speaker_notify_available), self, 0);
      if (g_settings_get_boolean (self->settings, "voice"))
        limber_speaker_prepare (speaker);
    }
  update_voice (self);
}

static void
show_autostart_problem (LimberPreferencesWindow *self)
{
  const char *problem = self->autostart != NULL ? limber_autostart_get_problem (self->autostart) : NULL;

  gtk_label_set_label (self->start_at_login_label, problem != NULL ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->start_at_login_label), problem != NULL);
}

static void
on_autostart_notify_problem (LimberAutostart         *autostart,
                             GParamSpec              *pspec,
                             LimberPreferencesWindow *self)
{
  show_autostart_problem (self);
}

void
limber_preferences_window_set_autostart (LimberPreferencesWindow *self,
                                         LimberAutostart         *autostart)
{
  g_return_if_fail (LIMBER_IS_PREFERENCES_WINDOW (self));
  g_return_if_fail (autostart == NULL || LIMBER_IS_AUTOSTART (autostart));

  if (self->autostart != NULL)
    g_signal_handlers_disconnect_by_data (self->autostart, self);
  g_set_object (&self->autostart, autostart);
  if (autostart != NULL)
    g_signal_connect_object (autostart, "notify::problem", G_CALLBACK (on_autostart_notify_problem), self, 0);
  show_autostart_problem (self);
}

LIMBER_DEFINE_GETTER (LimberPreferencesWindow, limber_preferences_window, LIMBER_IS_PREFERENCES_WINDOW,
                      LimberSpeaker *, speaker, NULL)

LIMBER_DEFINE_GETTER (LimberPreferencesWindow, limber_preferences_window, LIMBER_IS_PREFERENCES_WINDOW,
                      AdwActionRow *, voice_row, NULL)

LIMBER_DEFINE_GETTER (LimberPreferencesWindow, limber_preferences_window, LIMBER_IS_PREFERENCES_WINDOW,
                      GtkSwitch *, voice_switch, NULL)

GtkRange *
limber_preferences_window_get_voice_rate (LimberPreferencesWindow *self)
{
  g_return_val_if_fail (LIMBER_IS_PREFERENCES_WINDOW (self), NULL);
  return GTK_RANGE (self->voice_rate_scale);
}

GtkRange *
limber_preferences_window_get_voice_volume (LimberPreferencesWindow *self)
{
  g_return_val_if_fail (LIMBER_IS_PREFERENCES_WINDOW (self), NULL);
  return GTK_RANGE (self->voice_volume_scale);
}

GtkSwitch *
limber_preferences_window_get_voice_count_reps (LimberPreferencesWindow *self)
{
  g_return_val_if_fail (LIMBER_IS_PREFERENCES_WINDOW (self), NULL);
  return self->voice_count_switch;
}

GtkButton *
limber_preferences_window_get_voice_test (LimberPreferencesWindow *self)
{
  g_return_val_if_fail (LIMBER_IS_PREFERENCES_WINDOW (self), NULL);
  return self->voice_test_button;
}

static void
limber_preferences_window_dispose (GObject *object)
{
  LimberPreferencesWindow *self = LIMBER_PREFERENCES_WINDOW (object);

  g_clear_handle_id (&self->pause_timeout, g_source_remove);
  if (self->idle_source != NULL)
    g_signal_handlers_disconnect_by_data (self->idle_source, self);
  if (self->library != NULL)
    g_signal_handlers_disconnect_by_data (self->library, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), LIMBER_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->idle_source);
  g_clear_object (&self->library);
  if (self->speaker != NULL)
    g_signal_handlers_disconnect_by_data (self->speaker, self);
  g_clear_object (&self->speaker);
  if (self->autostart != NULL)
    g_signal_handlers_disconnect_by_data (self->autostart, self);
  g_clear_object (&self->autostart);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->routine_ids, g_ptr_array_unref);

  G_OBJECT_CLASS (limber_preferences_window_parent_class)->dispose (object);
}

static void
limber_preferences_window_class_init (LimberPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = limber_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/limber-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LimberPreferencesWindow, volume_scale);
  gtk_widget_class_bind_template_child (widget_class, LimberPreferencesWindow, volume_row);
  gtk_widget_class_bind_template_child (widget_class, LimberPreferencesWindow, cues_row);
  gtk_widget_class_bind_template_child (widget_class, LimberPreferencesWindow, style_row);
  gtk_widget_class_bind_template_child (widget_class, LimberPreferencesWindow, sound_switch);
  gtk_widget_class_bind_template_child (widget_class, LimberPreferencesWindow, countdown_switch);
  gtk_widget_class_bind_template_child (widget_class, LimberPreferencesWindow, halfway_switch);
  gtk_widget_class_bind_template_child (widget_class, LimberPreferencesWindow, get_ready_switch);
  gtk_widget_class_bind_template_child (widget_class, LimberPreferencesWindow, go_switch);
  gtk_widget_class_bind_template_child (widget_class, LimberPreferencesWindow, switch_sides_switch);
  gtk_widget_class_bind_template_child (widget_class, LimberPreferencesWindow, rest_switch);
  gtk_widget_class_bind_template_child (widget_class, LimberPreferencesWindow, rep_switch);
  gtk_widget_class_bind_template_child (widget_class, LimberPreferencesWindow, exercise_done_switch);
  gtk_widget_class_bind_template_child (widget_class, LimberPreferencesWindow, session_finished_switch);
  gtk_widget_class_bind_template_child (widget_class, LimberPreferencesWindow, notifications_switch);
  gtk_widget_class_bind_template_child (widget_class, LimberPreferencesWindow, keep_awake_switch);
  gtk_widget_class_bind_template_child (widget_class, LimberPreferencesWindow, ask_pain_before_switch);
  gtk_widget_class_bind_template_child (widget_class, LimberPreferencesWindow, weekly_goal_spin);
  gtk_widget_class_bind_template_child (widget_class, LimberPreferencesWindow, reminders_page);
  gtk_widget_class_bind_template_child (widget_class, LimberPreferencesWindow, reminders_switch);
  gtk_widget_class_bind_template_child (widget_class, LimberPreferencesWindow, interval_row);
  gtk_widget_class_bind_template_child (widget_class, LimberPreferencesWindow, interval_list);
  gtk_widget_class_bind_template_child (widget_class, LimberPreferencesWindow, routine_row);
  gtk_widget_class_bind_template_child (widget_class, LimberPreferencesWindow, routine_list);
  gtk_widget_class_bind_template_child (widget_class, LimberPreferencesWindow, pause_row);
  gtk_widget_class_bind_template_child (widget_class, LimberPreferencesWindow, pause_stack);
  gtk_widget_class_bind_template_child (widget_class, LimberPreferencesWindow, pause_hour_button);
  gtk_widget_class_bind_template_child (widget_class, LimberPreferencesWindow, pause_today_button);
  gtk_widget_class_bind_template_child (widget_class, LimberPreferencesWindow, resume_button);
  gtk_widget_class_bind_template_child (widget_class, LimberPreferencesWindow, start_at_login_switch);
  gtk_widget_class_bind_template_child (widget_class, LimberPreferencesWindow, start_at_login_label);
  gtk_widget_class_bind_template_child (widget_class, LimberPreferencesWindow, idle_label);
  gtk_widget_class_bind_template_child (widget_class, LimberPreferencesWindow, hours_group);
  gtk_widget_class_bind_template_child (widget_class, LimberPreferencesWindow, days_box);
  gtk_widget_class_bind_template_child (widget_class, LimberPreferencesWindow, work_start_row);
  gtk_widget_class_bind_template_child (widget_class, LimberPreferencesWindow, checkin_switch);
  gtk_widget_class_bind_template_child (widget_class, LimberPreferencesWindow, checkin_time_row);
  gtk_widget_class_bind_template_child (widget_class, LimberPreferencesWindow, checkin_time_label);
  gtk_widget_class_bind_template_child (widget_class, LimberPreferencesWindow, work_end_row);
  gtk_widget_class_bind_template_child (widget_class, LimberPreferencesWindow, hours_label);
  gtk_widget_class_bind_template_callback (widget_class, on_pause_hour_button_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_pause_today_button_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_resume_button_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_hours_row_apply);
  gtk_widget_class_bind_template_callback (widget_class, on_checkin_time_row_apply);
  gtk_widget_class_bind_template_child (widget_class, LimberPreferencesWindow, voice_group);
  gtk_widget_class_bind_template_child (widget_class, LimberPreferencesWindow, voice_row);
  gtk_widget_class_bind_template_child (widget_class, LimberPreferencesWindow, voice_switch);
  gtk_widget_class_bind_template_child (widget_class, LimberPreferencesWindow, voice_rate_row);
  gtk_widget_class_bind_template_child (widget_class, LimberPreferencesWindow, voice_rate_scale);
  gtk_widget_class_bind_template_child (widget_class, LimberPreferencesWindow, voice_volume_row);
  gtk_widget_class_bind_template_child (widget_class, LimberPreferencesWindow, voice_volume_scale);
  gtk_widget_class_bind_template_child (widget_class, LimberPreferencesWindow, voice_count_row);
  gtk_widget_class_bind_template_child (widget_class, LimberPreferencesWindow, voice_count_switch);
  gtk_widget_class_bind_template_child (widget_class, LimberPreferencesWindow, voice_test_row);
  gtk_widget_class_bind_template_child (widget_class, LimberPreferencesWindow, voice_test_button);
  gtk_widget_class_bind_template_callback (widget_class, on_voice_test_button_clicked);
}

static void
limber_preferences_window_init (LimberPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->routine_ids = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      GtkWidget *button = gtk_toggle_button_new_with_label (g_dpgettext2 (GETTEXT_PACKAGE, "weekday",
                                                                          days[i].abbreviation));

      gtk_widget_set_tooltip_text (button, _(days[i].name));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _(days[i].name), -1);
      g_signal_connect_object (button, "toggled", G_CALLBACK (on_day_toggled), self, G_CONNECT_SWAPPED);
      gtk_box_append (self->days_box, button);
      self->day_buttons[i] = GTK_TOGGLE_BUTTON (button);
    }
  g_signal_connect_object (self->interval_row, "notify::selected", G_CALLBACK (on_interval_row_selected), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->routine_row, "notify::selected", G_CALLBACK (on_routine_row_selected), self,
                           G_CONNECT_SWAPPED);
}

GtkWidget *
limber_preferences_window_new (GtkWindow *parent,
                               GSettings *settings)
{
  LimberPreferencesWindow *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (LIMBER_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "modal", parent != NULL,
                       NULL);
  self->settings = g_object_ref (settings);

  for (guint i = 0; i < G_N_ELEMENTS (switches); i++)
    {
      GtkSwitch *widget = G_STRUCT_MEMBER (GtkSwitch *, self, switches[i].offset);

      g_settings_bind (settings, switches[i].key, widget, "active", G_SETTINGS_BIND_DEFAULT);
    }
  g_settings_bind (settings, "volume", gtk_range_get_adjustment (GTK_RANGE (self->volume_scale)),
                   "value", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "voice-rate", gtk_range_get_adjustment (GTK_RANGE (self->voice_rate_scale)),
                   "value", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "voice-volume", gtk_range_get_adjustment (GTK_RANGE (self->voice_volume_scale)),
                   "value", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "weekly-goal", gtk_spin_button_get_adjustment (self->weekly_goal_spin),
                   "value", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind_with_mapping (settings, "color-scheme", self->style_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                color_scheme_get_mapping, color_scheme_set_mapping, NULL, NULL);

  /* Without sound, its details do not apply. */
  g_settings_bind (settings, "sound-enabled", self->volume_row, "sensitive", G_SETTINGS_BIND_GET);
  g_settings_bind (settings, "sound-enabled", self->cues_row, "sensitive", G_SETTINGS_BIND_GET);
  g_settings_bind (settings, "sound-enabled", self->countdown_switch, "sensitive", G_SETTINGS_BIND_GET);
  g_settings_bind (settings, "sound-enabled", self->halfway_switch, "sensitive", G_SETTINGS_BIND_GET);

  bind_reminders (self);
  /* The routines to choose from: the library of the parent's application. */
  if (parent != NULL && LIMBER_IS_APPLICATION (gtk_window_get_application (parent)))
    limber_preferences_window_set_library (self,
        limber_application_get_library (LIMBER_APPLICATION (gtk_window_get_application (parent))));
  {
    g_autoptr(LimberIdleSource) source = limber_desktop_idle_source_new ();

    limber_preferences_window_set_idle_source (self, source, FALSE);
  }
  g_signal_connect_object (settings, "changed::voice", G_CALLBACK (on_settings_changed_voice), self, 0);
  update_voice (self);

  return GTK_WIDGET (self);
}

LIMBER_DEFINE_GETTER (LimberPreferencesWindow, limber_preferences_window, LIMBER_IS_PREFERENCES_WINDOW,
                      GtkSwitch *, checkin_switch, NULL)

LIMBER_DEFINE_GETTER (LimberPreferencesWindow, limber_preferences_window, LIMBER_IS_PREFERENCES_WINDOW,
                      AdwEntryRow *, checkin_time_row, NULL)

LIMBER_DEFINE_GETTER (LimberPreferencesWindow, limber_preferences_window, LIMBER_IS_PREFERENCES_WINDOW,
                      GtkLabel *, checkin_time_label, NULL)
