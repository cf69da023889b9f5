/* limber-history-calendar.c: the last months, the days with sessions marked
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-history-calendar"

#include "config.h"

#include <glib/gi18n.h>

#include "limber-history-calendar.h"
#include "limber-ui-format.h"

struct _LimberHistoryCalendar
{
  AdwBin parent_instance;

  guint n_marked;

  GtkFlowBox *months_box;
};

G_DEFINE_FINAL_TYPE (LimberHistoryCalendar, limber_history_calendar, ADW_TYPE_BIN)

static GtkWidget *
day_label (LimberHistoryCalendar    *self,
           const GDate              *date,
           const LimberHistoryStats *stats)
{
  const LimberHistoryDay *day = limber_history_stats_lookup_day (stats, date);
  g_autofree char *text = g_strdup_printf ("%u", g_date_get_day (date));
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "calendar-day");
  if (g_date_compare (date, &stats->today) == 0)
    gtk_widget_add_css_class (label, "today");
  if (day != NULL && day->n_sessions > 0)
    {
      char date_text[64];
      g_autofree char *length = limber_ui_format_length (day->active_seconds);
      g_autofree char *tip = NULL;

      self->n_marked++;
      gtk_widget_add_css_class (label, day->n_completed > 0 ? "completed" : "stopped");
      if (g_date_strftime (date_text, sizeof date_text, _("%A %-d %B"), date) == 0)
        date_text[0] = '\0';
      /* Translators: a calendar day: the date, the sessions, their length */
      tip = g_strdup_printf (ngettext ("%s: %u session, %s", "%s: %u sessions, %s", day->n_sessions),
                             date_text, day->n_sessions, length);
      gtk_widget_set_tooltip_text (label, tip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL, tip, -1);
    }
  return label;
}

static GtkWidget *
month_grid (LimberHistoryCalendar    *self,
            GDateMonth                month,
            GDateYear                 year,
            const LimberHistoryStats *stats,
            GDateWeekday              first_weekday)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *title;
  g_autoptr(GDate) date = g_date_new_dmy (1, month, year);
  guint n_days = g_date_get_days_in_month (month, year);
  guint column, row = 1;
  char text[64];

  if (g_date_strftime (text, sizeof text, _("%B %Y"), date) == 0)
    text[0] = '\0';
  title = gtk_label_new (text);
  gtk_widget_add_css_class (title, "heading");
  gtk_box_append (GTK_BOX (box), title);

  gtk_grid_set_column_homogeneous (GTK_GRID (grid), TRUE);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 2);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 2);
  gtk_box_append (GTK_BOX (box), grid);

  /* The weekday initials, from the locale's first day of the week. */
  for (guint i = 0; i < 7; i++)
    {
      /* 2001-01-01 was a Monday. */
      g_autoptr(GDate) d = g_date_new_dmy (1 + (first_weekday - 1 + i) % 7, G_DATE_JANUARY, 2001);
      char name[32];
      GtkWidget *label;
      char *end;

      if (g_date_strftime (name, sizeof name, "%a", d) == 0)
        name[0] = '\0';
      end = g_utf8_offset_to_pointer (name, MIN (2, g_utf8_strlen (name, -1)));
      *end = '\0';
      label = gtk_label_new (name);
      gtk_widget_add_css_class (label, "caption");
      gtk_widget_add_css_class (label, "dim-label");
      gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      gtk_grid_attach (GTK_GRID (grid), label, i, 0, 1, 1);
    }

  column = (g_date_get_weekday (date) - first_weekday + 7) % 7;
  for (guint d = 1; d <= n_days; d++)
    {
      g_date_set_day (date, d);
      gtk_grid_attach (GTK_GRID (grid), day_label (self, date, stats), column, row, 1, 1);
      if (++column == 7)
        {
          column = 0;
          row++;
        }
    }
  return box;
}

static void
limber_history_calendar_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), LIMBER_TYPE_HISTORY_CALENDAR);

  G_OBJECT_CLASS (limber_history_calendar_parent_class)->dispose (object);
}

static void
limber_history_calendar_class_init (LimberHistoryCalendarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = limber_history_calendar_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/limber-history-calendar.ui");
}

static void
limber_history_calendar_init (LimberHistoryCalendar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* The bin's own child: not a bound template child, which
   * gtk_widget_dispose_template () would unparent behind AdwBin's back. */
  self->months_box = GTK_FLOW_BOX (adw_bin_get_child (ADW_BIN (self)));
}

GtkWidget *
limber_history_calendar_new (void)
{
  return g_object_new (LIMBER_TYPE_HISTORY_CALENDAR, NULL);
}

void
limber_history_calendar_set_stats (LimberHistoryCalendar    *self,
                                   const LimberHistoryStats *stats,
                                   GDateWeekday              first_weekday)
{
  GtkWidget *child;
  GDateMonth month;
  GDateYear year;
  gint m;

  g_return_if_fail (LIMBER_IS_HISTORY_CALENDAR (self));
  g_return_if_fail (stats != NULL);
  g_return_if_fail (g_date_valid (&stats->today));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->months_box))) != NULL)
    gtk_flow_box_remove (self->months_box, child);
  self->n_marked = 0;

  month = g_date_get_month (&stats->today);
  year = g_date_get_year (&stats->today);
  m = (gint) year * 12 + (gint) month - 1 - (LIMBER_HISTORY_CALENDAR_MONTHS - 1);
  for (guint i = 0; i < LIMBER_HISTORY_CALENDAR_MONTHS; i++, m++)
    gtk_flow_box_append (self->months_box,
                         month_grid (self, (GDateMonth) (m % 12 + 1), (GDateYear) (m / 12),
                                     stats, first_weekday));
}

guint
limber_history_calendar_get_n_marked (LimberHistoryCalendar *self)
{
  g_return_val_if_fail (LIMBER_IS_HISTORY_CALENDAR (self), 0);
  return self->n_marked;
}
