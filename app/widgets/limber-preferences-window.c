/* limber-preferences-window.c: the settings, bound to GSettings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-preferences"

#include "config.h"

#include <glib/gi18n.h>

#include "limber-preferences-window.h"

struct _LimberPreferencesWindow
{
  AdwPreferencesWindow parent_instance;

  GSettings *settings;

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

static void
limber_preferences_window_dispose (GObject *object)
{
  LimberPreferencesWindow *self = LIMBER_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), LIMBER_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

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
}

static void
limber_preferences_window_init (LimberPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
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

  return GTK_WIDGET (self);
}
