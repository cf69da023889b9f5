/* limber-breaks-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-breaks-view"

#include "config.h"

#include <glib/gi18n.h>

#include "limber-break-chart.h"
#include "limber-break-day-row.h"
#include "limber-break-day.h"
#include "limber-breaks-view.h"
#include "limber-history-stats.h"

struct _LimberBreaksView
{
  AdwBin parent_instance;

  LimberHistory *history;
  GSettings *settings;
  GListStore *days;
  GDate today;
  char *chart_description;

  GtkStack *stack;
  AdwStatusPage *empty_page;
  GtkWidget *preferences_button;
  LimberBreakChart *chart;
  GtkLabel *chart_caption;
  GtkListView *days_view;
};

G_DEFINE_FINAL_TYPE (LimberBreaksView, limber_breaks_view, ADW_TYPE_BIN)

static void
on_day_setup (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              LimberBreaksView         *self)
{
  gtk_list_item_set_activatable (item, FALSE);
  gtk_list_item_set_child (item, limber_break_day_row_new ());
}

static void
on_day_bind (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             LimberBreaksView         *self)
{
  limber_break_day_row_set_day (LIMBER_BREAK_DAY_ROW (gtk_list_item_get_child (item)),
                                LIMBER_BREAK_DAY (gtk_list_item_get_item (item)), &self->today);
}

static void
on_day_unbind (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               LimberBreaksView         *self)
{
  limber_break_day_row_set_day (LIMBER_BREAK_DAY_ROW (gtk_list_item_get_child (item)), NULL, NULL);
}

void
limber_breaks_view_refresh (LimberBreaksView *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
  g_autoptr(GtkNoSelection) selection = NULL;
  LimberBreakEvent * const *events = NULL;
  guint n_events = 0, interval = 30;
  gboolean reminders_on = FALSE;
  GDate week_start;
  int minutes[7];
  int back;

  g_return_if_fail (LIMBER_IS_BREAKS_VIEW (self));

  if (self->history != NULL)
    events = limber_history_peek_breaks (self->history, &n_events);
  if (self->settings != NULL)
    {
      interval = g_settings_get_uint (self->settings, "break-interval");
      reminders_on = g_settings_get_boolean (self->settings, "break-reminders");
    }

  g_date_clear (&self->today, 1);
  g_date_set_dmy (&self->today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));

  g_clear_object (&self->days);
  self->days = limber_break_days_compute (events, n_events, tz);
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->days)));
  gtk_list_view_set_model (self->days_view, GTK_SELECTION_MODEL (selection));

  /* The week, from the locale's first day. */
  week_start = self->today;
  back = ((int) g_date_get_weekday (&self->today) - (int) limber_locale_get_first_weekday () + 7) % 7;
  g_date_subtract_days (&week_start, back);
  for (guint i = 0; i < 7; i++)
    {
      GDate day = week_start;
      LimberBreakDay *found;

      g_date_add_days (&day, i);
      found = limber_break_days_lookup (G_LIST_MODEL (self->days), &day);
      minutes[i] = found != NULL ? (int) limber_break_day_get_longest_minutes (found) : LIMBER_BREAK_CHART_NO_DATA;
    }
  limber_break_chart_set_week (self->chart, &week_start, minutes, interval);
  g_free (self->chart_description);
  self->chart_description = limber_break_chart_describe (&week_start, minutes, interval);
  {
    g_autofree char *caption =
      /* Translators: under the week chart of sitting stretches */
      g_strdup_printf (ngettext ("Dashed: the reminder interval, %u minute. Longer stretches are highlighted.",
                                 "Dashed: the reminder interval, %u minutes. Longer stretches are highlighted.",
                                 interval),
                       interval);
    gtk_label_set_label (self->chart_caption, caption);
  }

  if (reminders_on)
    adw_status_page_set_description (self->empty_page,
                                     _("Move reminders are on. The breaks you take, and the reminders "
                                       "you skip or put off, show here day by day."));
  else
    adw_status_page_set_description (self->empty_page,
                                     _("Turn on Move Reminders in Preferences: Limber then reminds you "
                                       "to get up and move, and your breaks show here day by day."));
  gtk_widget_set_visible (self->preferences_button, !reminders_on);
  gtk_stack_set_visible_child_name (self->stack, n_events > 0 ? "content" : "empty");
}

static void
limber_breaks_view_map (GtkWidget *widget)
{
  LimberBreaksView *self = LIMBER_BREAKS_VIEW (widget);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDate today;

  GTK_WIDGET_CLASS (limber_breaks_view_parent_class)->map (widget);
  /* "Today" and the week move at midnight. */
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  if (!g_date_valid (&self->today) || g_date_compare (&today, &self->today) != 0)
    limber_breaks_view_refresh (self);
}

static void
disconnect (LimberBreaksView *self)
{
  if (self->history != NULL)
    g_signal_handlers_disconnect_by_data (self->history, self);
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
}

static void
limber_breaks_view_dispose (GObject *object)
{
  LimberBreaksView *self = LIMBER_BREAKS_VIEW (object);

  disconnect (self);
  if (self->days_view != NULL)
    gtk_list_view_set_model (self->days_view, NULL);
  /* The bin's child is a template child (the stack): let go of it first. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), LIMBER_TYPE_BREAKS_VIEW);
  g_clear_object (&self->history);
  g_clear_object (&self->settings);
  g_clear_object (&self->days);
  g_clear_pointer (&self->chart_description, g_free);

  G_OBJECT_CLASS (limber_breaks_view_parent_class)->dispose (object);
}

static void
limber_breaks_view_class_init (LimberBreaksViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = limber_breaks_view_dispose;
  widget_class->map = limber_breaks_view_map;

  g_type_ensure (LIMBER_TYPE_BREAK_CHART);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/limber-breaks-view.ui");
  gtk_widget_class_bind_template_child (widget_class, LimberBreaksView, stack);
  gtk_widget_class_bind_template_child (widget_class, LimberBreaksView, empty_page);
  gtk_widget_class_bind_template_child (widget_class, LimberBreaksView, preferences_button);
  gtk_widget_class_bind_template_child (widget_class, LimberBreaksView, chart);
  gtk_widget_class_bind_template_child (widget_class, LimberBreaksView, chart_caption);
  gtk_widget_class_bind_template_child (widget_class, LimberBreaksView, days_view);
  gtk_widget_class_bind_template_callback (widget_class, on_day_setup);
  gtk_widget_class_bind_template_callback (widget_class, on_day_bind);
  gtk_widget_class_bind_template_callback (widget_class, on_day_unbind);
}

static void
limber_breaks_view_init (LimberBreaksView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_date_clear (&self->today, 1);
  limber_breaks_view_refresh (self);
}

GtkWidget *
limber_breaks_view_new (void)
{
  return g_object_new (LIMBER_TYPE_BREAKS_VIEW, NULL);
}

void
limber_breaks_view_set_history (LimberBreaksView *self,
                                LimberHistory    *history,
                                GSettings        *settings)
{
  g_return_if_fail (LIMBER_IS_BREAKS_VIEW (self));
  g_return_if_fail (history == NULL || LIMBER_IS_HISTORY (history));
  g_return_if_fail (settings == NULL || G_IS_SETTINGS (settings));

  disconnect (self);
  g_set_object (&self->history, history);
  g_set_object (&self->settings, settings);
  if (self->history != NULL)
    g_signal_connect_object (self->history, "breaks-changed", G_CALLBACK (limber_breaks_view_refresh), self,
                             G_CONNECT_SWAPPED);
  if (self->settings != NULL)
    {
      g_signal_connect_object (self->settings, "changed::break-interval",
                               G_CALLBACK (limber_breaks_view_refresh), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->settings, "changed::break-reminders",
                               G_CALLBACK (limber_breaks_view_refresh), self, G_CONNECT_SWAPPED);
    }
  limber_breaks_view_refresh (self);
}

const char *
limber_breaks_view_get_state (LimberBreaksView *self)
{
  g_return_val_if_fail (LIMBER_IS_BREAKS_VIEW (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

const char *
limber_breaks_view_get_empty_description (LimberBreaksView *self)
{
  g_return_val_if_fail (LIMBER_IS_BREAKS_VIEW (self), NULL);
  return adw_status_page_get_description (self->empty_page);
}

GListModel *
limber_breaks_view_get_days (LimberBreaksView *self)
{
  g_return_val_if_fail (LIMBER_IS_BREAKS_VIEW (self), NULL);
  return G_LIST_MODEL (self->days);
}

char *
limber_breaks_view_dup_row_text (LimberBreaksView *self,
                                 guint             position)
{
  g_autoptr(LimberBreakDay) day = NULL;

  g_return_val_if_fail (LIMBER_IS_BREAKS_VIEW (self), NULL);

  day = g_list_model_get_item (G_LIST_MODEL (self->days), position);
  if (day == NULL)
    return NULL;
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->days_view));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *row = gtk_widget_get_first_child (child);

      if (LIMBER_IS_BREAK_DAY_ROW (row) && limber_break_day_row_get_day (LIMBER_BREAK_DAY_ROW (row)) == day)
        return limber_break_day_row_dup_text (LIMBER_BREAK_DAY_ROW (row));
    }
  return NULL;
}

const char *
limber_breaks_view_get_chart_description (LimberBreaksView *self)
{
  g_return_val_if_fail (LIMBER_IS_BREAKS_VIEW (self), NULL);
  return self->chart_description;
}
