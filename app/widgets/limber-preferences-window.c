/* limber-preferences-window.c: the settings, bound to GSettings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-preferences"

#include "config.h"

#include <glib/gi18n.h>

#include "limber-preferences-window-private.h"
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

/* The spoken guidance */

static void
update_voice (LimberPreferencesWindow *self)
{
  gboolean on;
  gboolean available;

  /* Disposed: nothing to show. */
  if (self->settings == NULL)
    return;

  if (self->speaker == NULL)
    {
      adw_action_row_set_subtitle (self->voice_row,
                                   _("This copy of Limber was built without spoken guidance: "
                                     "the sound cues guide you"));
      gtk_widget_set_sensitive (GTK_WIDGET (self->voice_switch), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->voice_rate_row), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->voice_volume_row), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->voice_count_row), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->voice_test_row), FALSE);
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

  gtk_widget_set_sensitive (GTK_WIDGET (self->voice_switch), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->voice_rate_row), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->voice_volume_row), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->voice_count_row), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->voice_test_row), TRUE);
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

LimberSpeaker *
limber_preferences_window_get_speaker (LimberPreferencesWindow *self)
{
  g_return_val_if_fail (LIMBER_IS_PREFERENCES_WINDOW (self), NULL);
  return self->speaker;
}

AdwActionRow *
limber_preferences_window_get_voice_row (LimberPreferencesWindow *self)
{
  g_return_val_if_fail (LIMBER_IS_PREFERENCES_WINDOW (self), NULL);
  return self->voice_row;
}

GtkSwitch *
limber_preferences_window_get_voice_switch (LimberPreferencesWindow *self)
{
  g_return_val_if_fail (LIMBER_IS_PREFERENCES_WINDOW (self), NULL);
  return self->voice_switch;
}

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

  gtk_widget_dispose_template (GTK_WIDGET (self), LIMBER_TYPE_PREFERENCES_WINDOW);
  if (self->speaker != NULL)
    g_signal_handlers_disconnect_by_data (self->speaker, self);
  g_clear_object (&self->speaker);
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

  g_signal_connect_object (settings, "changed::voice", G_CALLBACK (on_settings_changed_voice), self, 0);
  update_voice (self);

  return GTK_WIDGET (self);
}
