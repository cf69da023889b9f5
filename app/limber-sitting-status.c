/* limber-sitting-status.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-sitting-status"

#include "config.h"

#include <glib/gi18n.h>

#include "limber-break-day.h"
#include "limber-sitting-status.h"

struct _LimberSittingStatus
{
  GObject parent_instance;

  LimberRemindersLink *link;
  LimberHistory *history;
  GCancellable *cancellable;
  char *text;
  guint minute_timeout;
  guint n_breaks_written;  /* as last seen from the background part */
};

G_DEFINE_FINAL_TYPE (LimberSittingStatus, limber_sitting_status, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

char *
limber_sitting_status_format (gboolean sitting,
                              guint    minutes,
                              guint    breaks_today)
{
  /* Translators: break reminders' line on the library page: "4 breaks today" */
  g_autofree char *breaks = g_strdup_printf (ngettext ("%u break today", "%u breaks today", breaks_today),
                                             breaks_today);

  if (!sitting)
    return g_steal_pointer (&breaks);
  /* Translators: break reminders' line on the library page: "Sitting for 18 min · 4 breaks today" */
  return g_strdup_printf (_("Sitting for %u min · %s"), minutes, breaks);
}

static void update (LimberSittingStatus *self);

static gboolean
on_minute (gpointer user_data)
{
  LimberSittingStatus *self = LIMBER_SITTING_STATUS (user_data);

  self->minute_timeout = 0;
  update (self);
  return G_SOURCE_REMOVE;
}

static void
update (LimberSittingStatus *self)
{
  g_autofree char *text = NULL;
  gboolean sitting = FALSE;
  gint64 since = 0;

  g_clear_handle_id (&self->minute_timeout, g_source_remove);

  if (limber_reminders_link_get_sitting (self->link, &sitting, &since, NULL))
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
      LimberBreakEvent * const *events;
      guint n_events, minutes = 0;
      GDate today;

      events = limber_history_peek_breaks (self->history, &n_events);
      g_date_clear (&today, 1);
      g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                      g_date_time_get_year (now));
      if (sitting && since > 0)
        {
          gint64 sat = MAX (0, g_date_time_to_unix (now) - since);

          minutes = sat / 60;
          /* Again at the next whole minute of the stretch. */
          self->minute_timeout = g_timeout_add_seconds (60 - sat % 60, on_minute, self);
        }
      else
        /* Not sitting: "today" still moves at midnight. */
        self->minute_timeout = g_timeout_add_seconds (60, on_minute, self);
      text = limber_sitting_status_format (sitting && since > 0, minutes,
                                           limber_break_days_count_breaks (events, n_events, tz, &today));
    }

  if (g_strcmp0 (text, self->text) != 0)
    {
      g_free (self->text);
      self->text = g_steal_pointer (&text);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
    }
}

static void
on_breaks_reloaded (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  /* "breaks-changed" updates the line. */
  if (!limber_history_reload_breaks_finish (LIMBER_HISTORY (source), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_message ("%s", error->message);
}

static void
on_sitting_changed (LimberRemindersLink *link,
                    LimberSittingStatus *self)
{
  guint n = 0;

  /* New break lines in the file: read them. */
  if (limber_reminders_link_get_sitting (link, NULL, NULL, &n) && n != self->n_breaks_written)
    {
      self->n_breaks_written = n;
      limber_history_reload_breaks_async (self->history, self->cancellable, on_breaks_reloaded, NULL);
    }
  update (self);
}

static void
limber_sitting_status_dispose (GObject *object)
{
  LimberSittingStatus *self = LIMBER_SITTING_STATUS (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->minute_timeout, g_source_remove);
  if (self->link != NULL)
    g_signal_handlers_disconnect_by_data (self->link, self);
  if (self->history != NULL)
    g_signal_handlers_disconnect_by_data (self->history, self);
  g_clear_object (&self->link);
  g_clear_object (&self->history);

  G_OBJECT_CLASS (limber_sitting_status_parent_class)->dispose (object);
}

static void
limber_sitting_status_finalize (GObject *object)
{
  LimberSittingStatus *self = LIMBER_SITTING_STATUS (object);

  g_free (self->text);

  G_OBJECT_CLASS (limber_sitting_status_parent_class)->finalize (object);
}

static void
limber_sitting_status_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  LimberSittingStatus *self = LIMBER_SITTING_STATUS (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_sitting_status_class_init (LimberSittingStatusClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = limber_sitting_status_dispose;
  object_class->finalize = limber_sitting_status_finalize;
  object_class->get_property = limber_sitting_status_get_property;

  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, NULL,
                                               G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
limber_sitting_status_init (LimberSittingStatus *self)
{
  self->cancellable = g_cancellable_new ();
}

LimberSittingStatus *
limber_sitting_status_new (LimberRemindersLink *link,
                           LimberHistory       *history)
{
  LimberSittingStatus *self;

  g_return_val_if_fail (LIMBER_IS_REMINDERS_LINK (link), NULL);
  g_return_val_if_fail (LIMBER_IS_HISTORY (history), NULL);

  self = g_object_new (LIMBER_TYPE_SITTING_STATUS, NULL);
  self->link = g_object_ref (link);
  self->history = g_object_ref (history);
  g_signal_connect (link, "sitting-changed", G_CALLBACK (on_sitting_changed), self);
  g_signal_connect_swapped (history, "breaks-changed", G_CALLBACK (update), self);
  limber_reminders_link_get_sitting (link, NULL, NULL, &self->n_breaks_written);
  update (self);
  return self;
}

const char *
limber_sitting_status_get_text (LimberSittingStatus *self)
{
  g_return_val_if_fail (LIMBER_IS_SITTING_STATUS (self), NULL);
  return self->text;
}
