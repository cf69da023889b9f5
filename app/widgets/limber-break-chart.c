/* limber-break-chart.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-break-chart"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "limber-break-chart.h"
#include "limber-chart-drawing.h"

#define MARGIN_LEFT 36.0
#define MARGIN_RIGHT 8.0
#define MARGIN_TOP 10.0
#define MARGIN_BOTTOM 24.0

struct _LimberBreakChart
{
  GtkWidget parent_instance;

  GDate week_start;
  int minutes[7];
  guint interval;
};

G_DEFINE_FINAL_TYPE (LimberBreakChart, limber_break_chart, GTK_TYPE_WIDGET)

static char *
weekday_name (const GDate *date,
              gboolean     abbreviated)
{
  char buffer[64];

  if (g_date_strftime (buffer, sizeof buffer, abbreviated ? "%a" : "%A", date) == 0)
    return g_strdup ("?");
  return g_strdup (buffer);
}

char *
limber_break_chart_describe (const GDate *week_start,
                             const int   *minutes,
                             guint        interval)
{
  GString *text = g_string_new (NULL);

  g_string_append_printf (text,
                          /* Translators: the heading of the week chart's description for screen readers */
                          ngettext ("Longest sitting stretch each day, this week (reminder every %u minute):",
                                    "Longest sitting stretch each day, this week (reminder every %u minutes):",
                                    interval),
                          interval);
  for (guint i = 0; i < 7; i++)
    {
      GDate day = *week_start;
      g_autofree char *name = NULL;

      g_date_add_days (&day, i);
      name = weekday_name (&day, FALSE);
      g_string_append (text, i == 0 ? " " : ", ");
      if (minutes[i] < 0)
        /* Translators: a day in the week chart's description, e.g. "Wednesday no breaks recorded" */
        g_string_append_printf (text, _("%s no breaks recorded"), name);
      else
        /* Translators: a day in the week chart's description, e.g. "Monday 42 minutes" */
        g_string_append_printf (text, ngettext ("%s %d minute", "%s %d minutes", minutes[i]), name, minutes[i]);
    }
  g_string_append_c (text, '.');
  return g_string_free (text, FALSE);
}

static void
limber_break_chart_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  LimberBreakChart *self = LIMBER_BREAK_CHART (widget);
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  double x0 = MARGIN_LEFT, y0 = MARGIN_TOP;
  double w = width - MARGIN_LEFT - MARGIN_RIGHT;
  double h = height - MARGIN_TOP - MARGIN_BOTTOM;
  static const double dashes[] = { 4.0, 3.0 };
  GdkRGBA fg, accent, warning;
  int top = MAX ((int) self->interval, 1);
  double slot;
  cairo_t *cr;

  if (w <= 10 || h <= 10 || !g_date_valid (&self->week_start))
    return;

  gtk_style_context_get_color (context, &fg);
  if (!gtk_style_context_lookup_color (context, "accent_color", &accent))
    accent = fg;
  if (!gtk_style_context_lookup_color (context, "warning_color", &warning))
    warning = accent;

  /* The scale: up to the longest stretch or twice the interval, in steps
   * of 30 minutes. */
  for (guint i = 0; i < 7; i++)
    top = MAX (top, self->minutes[i]);
  top = MAX (top, 2 * (int) self->interval);
  top = ((top + 29) / 30) * 30;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  cairo_set_line_width (cr, 1.0);
  for (int v = 0; v <= top; v += top / 2)
    {
      g_autofree char *label = g_strdup_printf ("%d", v);
      double y = round (y0 + h - h * v / top) + 0.5;

      limber_chart_set_source (cr, &fg, v == 0 ? 0.5 : 0.15);
      cairo_move_to (cr, x0, y);
      cairo_line_to (cr, x0 + w, y);
      cairo_stroke (cr);
      limber_chart_set_source (cr, &fg, 0.7);
      limber_chart_draw_text (widget, cr, label, x0 - 6, y, 1.0);
    }

  /* The interval, dashed. */
  if (self->interval > 0)
    {
      double y = round (y0 + h - h * self->interval / top) + 0.5;

      cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
      limber_chart_set_source (cr, &fg, 0.55);
      cairo_move_to (cr, x0, y);
      cairo_line_to (cr, x0 + w, y);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }

  slot = w / 7.0;
  for (guint i = 0; i < 7; i++)
    {
      GDate day = self->week_start;
      g_autofree char *name = NULL;
      double cx = x0 + slot * (i + 0.5);
      double bar = MIN (slot * 0.55, 36.0);

      g_date_add_days (&day, i);
      name = weekday_name (&day, TRUE);
      limber_chart_set_source (cr, &fg, 0.7);
      limber_chart_draw_text (widget, cr, name, cx, y0 + h + MARGIN_BOTTOM / 2.0 + 2, 0.5);

      if (self->minutes[i] > 0)
        {
          double bh = MAX (2.0, h * self->minutes[i] / top);

          limber_chart_set_source (cr, self->interval > 0 && self->minutes[i] > (int) self->interval ? &warning : &accent, 1.0);
          cairo_rectangle (cr, round (cx - bar / 2), y0 + h - bh, round (bar), bh);
          cairo_fill (cr);
        }
    }

  cairo_destroy (cr);
}

static void
limber_break_chart_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 200;
      *natural = 480;
    }
  else
    {
      *minimum = 120;
      *natural = 150;
    }
}

static void
limber_break_chart_class_init (LimberBreakChartClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->snapshot = limber_break_chart_snapshot;
  widget_class->measure = limber_break_chart_measure;

  gtk_widget_class_set_css_name (widget_class, "breakchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
limber_break_chart_init (LimberBreakChart *self)
{
  g_date_clear (&self->week_start, 1);
  for (guint i = 0; i < 7; i++)
    self->minutes[i] = LIMBER_BREAK_CHART_NO_DATA;
}

GtkWidget *
limber_break_chart_new (void)
{
  return g_object_new (LIMBER_TYPE_BREAK_CHART, NULL);
}

void
limber_break_chart_set_week (LimberBreakChart *self,
                             const GDate      *week_start,
                             const int        *minutes,
                             guint             interval)
{
  g_autofree char *summary = NULL;

  g_return_if_fail (LIMBER_IS_BREAK_CHART (self));
  g_return_if_fail (week_start != NULL && g_date_valid (week_start));
  g_return_if_fail (minutes != NULL);

  self->week_start = *week_start;
  memcpy (self->minutes, minutes, sizeof self->minutes);
  self->interval = interval;

  summary = limber_break_chart_describe (week_start, minutes, interval);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, summary, -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
