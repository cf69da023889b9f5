/* limber-checkin-card.c: the next-morning check-in on the library page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-checkin"

#include "config.h"

#include <glib/gi18n.h>

#include "limber-checkin-card.h"
#include "limber-object-private.h"
#include "limber-reminder-settings.h"

#define REFRESH_SECONDS 600

struct _LimberCheckinCard
{
  AdwBin parent_instance;

  LimberHistory *history;
  GSettings *settings;
  char *session_id;   /* asked about, or NULL */
  char *wanted_id;    /* from the notification, until the history has it */
  guint refresh_id;

  GtkLabel *subtitle_label;
  GtkLabel *error_label;
  LimberPainScale *scale;
  GtkButton *save_button;
  GtkButton *not_now_button;
};

G_DEFINE_FINAL_TYPE (LimberCheckinCard, limber_checkin_card, ADW_TYPE_BIN)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static LimberHistoryRecord *
lookup_record (LimberCheckinCard *self,
               const char        *id)
{
  guint n = 0;
  LimberHistoryRecord * const *records = limber_history_peek_records (self->history, &n);

  for (guint i = 0; i < n; i++)
    if (g_str_equal (limber_history_record_get_id (records[i]), id))
      return records[i];
  return NULL;
}

static void
show (LimberCheckinCard   *self,
      LimberHistoryRecord *record)
{
  g_autofree char *subtitle = NULL;

  if (record == NULL)
    {
      g_clear_pointer (&self->session_id, g_free);
      gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
      return;
    }
  if (g_strcmp0 (self->session_id, limber_history_record_get_id (record)) == 0 &&
      gtk_widget_get_visible (GTK_WIDGET (self)))
    return;

  g_free (self->session_id);
  self->session_id = g_strdup (limber_history_record_get_id (record));
  /* Translators: under "How does your back feel this morning?"; %s is a routine's title */
  subtitle = g_strdup_printf (_("After yesterday’s %s. 0 is no pain, 10 the worst you can imagine."),
                              limber_history_record_get_routine_title (record));
  gtk_label_set_label (self->subtitle_label, subtitle);
  limber_pain_scale_set_value (self->scale, -1);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self), TRUE);
}

void
limber_checkin_card_refresh (LimberCheckinCard *self,
                             GDateTime         *now)
{
  g_autoptr(GDateTime) local_now = NULL;
  g_autofree char *time = NULL;
  g_autofree char *dismissed = NULL;
  LimberHistoryRecord * const *records;
  LimberHistoryCheckin * const *checkins;
  LimberHistoryRecord *due;
  guint n_records = 0, n_checkins = 0, minutes = 8 * 60;

  g_return_if_fail (LIMBER_IS_CHECKIN_CARD (self));

  if (self->history == NULL || self->settings == NULL || !limber_history_get_loaded (self->history))
    {
      show (self, NULL);
      return;
    }
  records = limber_history_peek_records (self->history, &n_records);
  checkins = limber_history_peek_checkins (self->history, &n_checkins);

  /* Asked for from the notification: that session, if not answered. */
  if (self->wanted_id != NULL)
    {
      LimberHistoryRecord *wanted = lookup_record (self, self->wanted_id);

      g_clear_pointer (&self->wanted_id, g_free);
      if (wanted != NULL &&
          limber_history_checkins_lookup_pain (checkins, n_checkins,
                                               limber_history_record_get_id (wanted)) == LIMBER_PAIN_UNSET)
        {
          show (self, wanted);
          return;
        }
    }
  /* The one shown stays until answered or dismissed. */
  if (self->session_id != NULL && gtk_widget_get_visible (GTK_WIDGET (self)) &&
      lookup_record (self, self->session_id) != NULL &&
      limber_history_checkins_lookup_pain (checkins, n_checkins, self->session_id) == LIMBER_PAIN_UNSET)
    return;

  if (!g_settings_get_boolean (self->settings, "morning-checkin"))
    {
      show (self, NULL);
      return;
    }
  time = g_settings_get_string (self->settings, "morning-checkin-time");
  if (!limber_reminder_parse_time (time, &minutes))
    minutes = 8 * 60;
  local_now = now != NULL ? g_date_time_ref (now) : g_date_time_new_now_local ();
  due = limber_history_checkins_find_due (records, n_records, checkins, n_checkins, local_now, minutes);
  dismissed = g_settings_get_string (self->settings, "checkin-dismissed");
  if (due != NULL && g_str_equal (limber_history_record_get_id (due), dismissed))
    due = NULL;
  show (self, due);
}

static void
on_changed (LimberCheckinCard *self)
{
  limber_checkin_card_refresh (self, NULL);
}

static gboolean
on_refresh_timeout (gpointer user_data)
{
  limber_checkin_card_refresh (LIMBER_CHECKIN_CARD (user_data), NULL);
  return G_SOURCE_CONTINUE;
}

static void
on_scale_value_changed (LimberCheckinCard *self)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), limber_pain_scale_get_value (self->scale) >= 0);
}

static void
on_save_button_clicked (LimberCheckinCard *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(LimberHistoryCheckin) checkin = NULL;
  g_autoptr(GError) error = NULL;
  int pain = limber_pain_scale_get_value (self->scale);

  if (self->session_id == NULL || self->history == NULL || pain < 0)
    return;
  checkin = limber_history_checkin_new (self->session_id, now, pain);
  if (!limber_history_append_checkin (self->history, checkin, &error))
    {
      /* Nothing is lost: the answer stays chosen for another try. */
      gtk_label_set_label (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }
  /* The history's "checkins-changed" hid the card already. */
  show (self, NULL);
  g_signal_emit (self, signals[SAVED], 0, pain);
}

static void
on_not_now_button_clicked (LimberCheckinCard *self)
{
  if (self->session_id != NULL && self->settings != NULL)
    g_settings_set_string (self->settings, "checkin-dismissed", self->session_id);
  show (self, NULL);
}

static void
disconnect (LimberCheckinCard *self)
{
  if (self->history != NULL)
    g_signal_handlers_disconnect_by_data (self->history, self);
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_handle_id (&self->refresh_id, g_source_remove);
}

static void
limber_checkin_card_dispose (GObject *object)
{
  LimberCheckinCard *self = LIMBER_CHECKIN_CARD (object);

  disconnect (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), LIMBER_TYPE_CHECKIN_CARD);
  g_clear_object (&self->history);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->session_id, g_free);
  g_clear_pointer (&self->wanted_id, g_free);

  G_OBJECT_CLASS (limber_checkin_card_parent_class)->dispose (object);
}

static void
limber_checkin_card_class_init (LimberCheckinCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = limber_checkin_card_dispose;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);

  g_type_ensure (LIMBER_TYPE_PAIN_SCALE);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/limber-checkin-card.ui");
  gtk_widget_class_bind_template_child (widget_class, LimberCheckinCard, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, LimberCheckinCard, error_label);
  gtk_widget_class_bind_template_child (widget_class, LimberCheckinCard, scale);
  gtk_widget_class_bind_template_child (widget_class, LimberCheckinCard, save_button);
  gtk_widget_class_bind_template_child (widget_class, LimberCheckinCard, not_now_button);
  gtk_widget_class_bind_template_callback (widget_class, on_save_button_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_not_now_button_clicked);
}

static void
limber_checkin_card_init (LimberCheckinCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
  g_signal_connect_swapped (self->scale, "notify::value", G_CALLBACK (on_scale_value_changed), self);
}

void
limber_checkin_card_set_history (LimberCheckinCard *self,
                                 LimberHistory     *history,
                                 GSettings         *settings)
{
  static const char * const keys[] = {
    "changed::morning-checkin", "changed::morning-checkin-time", "changed::checkin-dismissed",
  };

  g_return_if_fail (LIMBER_IS_CHECKIN_CARD (self));
  g_return_if_fail (history == NULL || LIMBER_IS_HISTORY (history));
  g_return_if_fail (settings == NULL || G_IS_SETTINGS (settings));

  disconnect (self);
  g_set_object (&self->history, history);
  g_set_object (&self->settings, settings);
  if (history != NULL)
    {
      g_signal_connect_swapped (history, "checkins-changed", G_CALLBACK (on_changed), self);
      g_signal_connect_swapped (history, "items-changed", G_CALLBACK (on_changed), self);
    }
  if (settings != NULL)
    for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
      g_signal_connect_swapped (settings, keys[i], G_CALLBACK (on_changed), self);
  if (history != NULL && settings != NULL)
    self->refresh_id = g_timeout_add_seconds (REFRESH_SECONDS, on_refresh_timeout, self);
  limber_checkin_card_refresh (self, NULL);
}

gboolean
limber_checkin_card_show_session (LimberCheckinCard *self,
                                  const char        *session_id)
{
  g_return_val_if_fail (LIMBER_IS_CHECKIN_CARD (self), FALSE);
  g_return_val_if_fail (session_id != NULL, FALSE);

  g_free (self->wanted_id);
  self->wanted_id = g_strdup (session_id);
  limber_checkin_card_refresh (self, NULL);
  return g_strcmp0 (self->session_id, session_id) == 0;
}

const char *
limber_checkin_card_get_session_id (LimberCheckinCard *self)
{
  g_return_val_if_fail (LIMBER_IS_CHECKIN_CARD (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self)) ? self->session_id : NULL;
}

LIMBER_DEFINE_GETTER (LimberCheckinCard, limber_checkin_card, LIMBER_IS_CHECKIN_CARD,
                      LimberPainScale *, scale, NULL)

LIMBER_DEFINE_GETTER (LimberCheckinCard, limber_checkin_card, LIMBER_IS_CHECKIN_CARD,
                      GtkButton *, save_button, NULL)

LIMBER_DEFINE_GETTER (LimberCheckinCard, limber_checkin_card, LIMBER_IS_CHECKIN_CARD,
                      GtkButton *, not_now_button, NULL)
