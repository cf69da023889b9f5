/* limber-pain-chart.c: back-pain ratings over time, 0–10
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-pain-chart"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "limber-pain-chart.h"
#include "limber-chart-drawing.h"
#include "limber-progress-rules.h"

#define MARGIN_LEFT 28.0
#define MARGIN_RIGHT 12.0
#define MARGIN_TOP 10.0
#define MARGIN_BOTTOM 24.0

/* The strip below the dates that shows the level over time. */
#define LEVEL_STRIP 64.0
/* Room above the plot for the labels of level changes. */
#define MARGIN_TOP_LEVELS 24.0
#define MARGIN_LEFT_LEVELS 36.0

struct _LimberPainChart
{
  GtkWidget parent_instance;

  GArray *points;  /* LimberHistoryPainPoint */
  GArray *levels;  /* LimberHistoryLevelPoint, or NULL */
  gboolean show_level_line;
  guint n_level_changes;
};

G_DEFINE_FINAL_TYPE (LimberPainChart, limber_pain_chart, GTK_TYPE_WIDGET)

static char *
format_date (const GDate *date)
{
  char buffer[64];

  /* Translators: a short date on the pain chart's axis, see strftime(3) */
  if (g_date_strftime (buffer, sizeof buffer, _("%-d %b"), date) == 0)
    return g_strdup ("?");
  return g_strdup (buffer);
}

static void
describe_series (GString    *text,
                 GArray     *points,
                 gboolean    before,
                 const char *heading)
{
  guint n = 0;
  gint first = LIMBER_PAIN_UNSET, latest = LIMBER_PAIN_UNSET;
  const GDate *first_date = NULL, *latest_date = NULL;
  double sum = 0;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  for (guint i = 0; i < points->len; i++)
    {
      const LimberHistoryPainPoint *p = &g_array_index (points, LimberHistoryPainPoint, i);
      gint value = before ? p->pain_before : p->pain_after;

      if (value == LIMBER_PAIN_UNSET)
        continue;
      if (n == 0)
        {
          first = value;
          first_date = &p->date;
        }
      latest = value;
      latest_date = &p->date;
      sum += value;
      n++;
    }
  if (n == 0)
    return;

  from = format_date (first_date);
  to = format_date (latest_date);
  if (text->len > 0)
    g_string_append_c (text, ' ');
  if (n == 1)
    /* Translators: the heading, the date, the rating */
    g_string_append_printf (text, _("%s: one rating, on %s: %d."), heading, from, first);
  else
    /* Translators: heading, number of ratings, first date, last date, first rating, latest, average */
    g_string_append_printf (text, _("%s: %u ratings from %s to %s, first %d, latest %d, average %.1f."),
                            heading, n, from, to, first, latest, sum / n);
}

char *
limber_pain_chart_describe_levels (GArray *levels)
{
  const LimberHistoryLevelPoint *latest = NULL;
  g_autofree char *level = NULL;
  g_autofree char *date = NULL;
  guint n = 0;

  if (levels == NULL)
    return NULL;
  for (guint i = 0; i < levels->len; i++)
    {
      const LimberHistoryLevelPoint *p = &g_array_index (levels, LimberHistoryLevelPoint, i);

      if (p->level != p->previous_level)
        {
          latest = p;
          n++;
        }
    }
  if (n == 0)
    return NULL;

  level = limber_level_to_string (latest->level);
  date = format_date (&latest->date);
  /* Translators: the number of level changes; the latest level, as in "+1"; its date */
  return g_strdup_printf (ngettext ("The level changed %u time: to %s on %s.",
                                    "The level changed %u times, the latest to %s on %s.", n),
                          n, level, date);
}

char *
limber_pain_chart_describe (GArray *points)
{
  g_autoptr(GString) text = g_string_new (NULL);

  if (points == NULL || points->len == 0)
    return g_strdup (_("No back-pain ratings yet."));

  describe_series (text, points, FALSE, _("Back pain after sessions, 0 to 10"));
  describe_series (text, points, TRUE, _("Before sessions"));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static double
x_of (gint64 t,
      double x0,
      double w,
      gint64 t0,
      gint64 t1)
{
  return t1 > t0 ? x0 + w * (double) (t - t0) / (double) (t1 - t0) : x0 + w / 2.0;
}

/* Draws one series. With more ratings than the chart has room for (more
 * than one a BUCKET_WIDTH of pixels), the ratings in each BUCKET_WIDTH wide
 * column are drawn as their average, and without dots: drawing costs the
 * chart's width, not the number of sessions. */
#define BUCKET_WIDTH 3.0

static void
draw_series (LimberPainChart *self,
             cairo_t         *cr,
             gboolean         before,
             double           x0,
             double           y0,
             double           w,
             double           h,
             gint64           t0,
             gint64           t1)
{
  gboolean started = FALSE;
  gboolean dense = self->points->len > w / BUCKET_WIDTH;
  double bucket_x = 0.0, bucket_sum = 0.0;
  guint bucket_n = 0;
  gint bucket = -1;

  for (int pass = 0; pass < (dense ? 1 : 2); pass++)
    {
      for (guint i = 0; i <= self->points->len; i++)
        {
          const LimberHistoryPainPoint *p = NULL;
          gint value = LIMBER_PAIN_UNSET;
          double x = 0.0, y;

          if (i < self->points->len)
            {
              p = &g_array_index (self->points, LimberHistoryPainPoint, i);
              value = before ? p->pain_before : p->pain_after;
              if (value == LIMBER_PAIN_UNSET)
                continue;
              x = x_of (p->start_unix, x0, w, t0, t1);
            }
          if (dense)
            {
              gint this_bucket = p != NULL ? (gint) ((x - x0) / BUCKET_WIDTH) : G_MAXINT;

              if (this_bucket == bucket)
                {
                  bucket_sum += value;
                  bucket_n++;
                  continue;
                }
              /* A new column: draw the last one, its average at its middle. */
              if (bucket_n > 0)
                {
                  y = y0 + h - h * (bucket_sum / bucket_n) / 10.0;
                  if (started)
                    cairo_line_to (cr, bucket_x, y);
                  else
                    cairo_move_to (cr, bucket_x, y);
                  started = TRUE;
                }
              bucket = this_bucket;
              bucket_x = x0 + (this_bucket + 0.5) * BUCKET_WIDTH;
              bucket_sum = value;
              bucket_n = p != NULL ? 1 : 0;
              continue;
            }
          if (p == NULL)
            break;
          y = y0 + h - h * value / 10.0;
          if (pass == 0)
            {
              if (started)
                cairo_line_to (cr, x, y);
              else
                cairo_move_to (cr, x, y);
              started = TRUE;
            }
          else
            {
              cairo_new_sub_path (cr);
              cairo_arc (cr, x, y, before ? 3.0 : 4.0, 0, 2 * G_PI);
            }
        }
      if (pass == 0)
        cairo_stroke (cr);
      else
        cairo_fill (cr);
    }
}

/* Where the level played changes for a routine: a dotted line across the
 * plot, a small diamond at its top and "L+1" above it (labels that would
 * overlap the one before are left out; the marks stay). */
static void
draw_level_changes (LimberPainChart *self,
                    cairo_t         *cr,
                    const GdkRGBA   *fg,
                    const GdkRGBA   *accent,
                    double           x0,
                    double           y0,
                    double           w,
                    double           h,
                    gint64           t0,
                    gint64           t1)
{
  static const double dots[] = { 1.0, 3.0 };
  double last_label_end = -G_MAXDOUBLE;

  for (guint i = 0; i < self->levels->len; i++)
    {
      const LimberHistoryLevelPoint *p = &g_array_index (self->levels, LimberHistoryLevelPoint, i);
      double x;

      if (p->level == p->previous_level)
        continue;
      x = round (x_of (p->start_unix, x0, w, t0, t1)) + 0.5;

      cairo_set_line_width (cr, 1.0);
      cairo_set_dash (cr, dots, G_N_ELEMENTS (dots), 0);
      limber_chart_set_source (cr, fg, 0.35);
      cairo_move_to (cr, x, y0);
      cairo_line_to (cr, x, y0 + h);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);

      limber_chart_set_source (cr, accent, 1.0);
      cairo_move_to (cr, x, y0 - 4);
      cairo_line_to (cr, x + 4, y0);
      cairo_line_to (cr, x, y0 + 4);
      cairo_line_to (cr, x - 4, y0);
      cairo_close_path (cr);
      cairo_fill (cr);

      {
        g_autofree char *level = limber_level_to_string (p->level);
        /* Translators: a mark on the pain chart where the level played
         * changes: L for "level", then the new level, as in "L+1" */
        g_autofree char *label = g_strdup_printf (_("L%s"), level);
        g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), label);
        int width, height;

        pango_layout_get_pixel_size (layout, &width, &height);
        if (x - width / 2.0 < last_label_end + 4)
          continue;
        limber_chart_set_source (cr, fg, 0.8);
        cairo_move_to (cr, MAX (x - width / 2.0, 0), y0 - 6 - height);
        pango_cairo_show_layout (cr, layout);
        last_label_end = x + width / 2.0;
      }
    }
}

/* The level over time, as steps, in a strip from @top, @height high: −2 at
 * the bottom, +3 at the top, 0 marked. Segments only where it changes, so
 * drawing costs the changes, not the sessions. */
static void
draw_level_line (LimberPainChart *self,
                 cairo_t         *cr,
                 const GdkRGBA   *fg,
                 const GdkRGBA   *accent,
                 double           x0,
                 double           top,
                 double           w,
                 double           height,
                 gint64           t0,
                 gint64           t1)
{
  double span = LIMBER_LEVEL_MAX - LIMBER_LEVEL_MIN;
  int current = 0;

#define LEVEL_Y(l) (top + height * (LIMBER_LEVEL_MAX - (l)) / span)

  cairo_set_line_width (cr, 1.0);
  for (int l = LIMBER_LEVEL_MIN; l <= LIMBER_LEVEL_MAX; l++)
    {
      double y = round (LEVEL_Y (l)) + 0.5;

      if (l != 0 && l != LIMBER_LEVEL_MIN && l != LIMBER_LEVEL_MAX)
        continue;
      limber_chart_set_source (cr, fg, l == 0 ? 0.3 : 0.12);
      cairo_move_to (cr, x0 - 8, y);
      cairo_line_to (cr, x0 + w + 8, y);
      cairo_stroke (cr);
      {
        g_autofree char *level = limber_level_to_string (l);
        g_autofree char *label = g_strdup_printf (_("L%s"), level);

        limber_chart_set_source (cr, fg, 0.7);
        limber_chart_draw_text (GTK_WIDGET (self), cr, label, x0 - 14, y, 1.0);
      }
    }

  if (self->levels->len == 0)
    return;

  cairo_set_line_width (cr, 2.5);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  limber_chart_set_source (cr, accent, 0.9);
  current = g_array_index (self->levels, LimberHistoryLevelPoint, 0).level;
  cairo_move_to (cr, x_of (g_array_index (self->levels, LimberHistoryLevelPoint, 0).start_unix, x0, w, t0, t1),
                 LEVEL_Y (current));
  for (guint i = 1; i < self->levels->len; i++)
    {
      const LimberHistoryLevelPoint *p = &g_array_index (self->levels, LimberHistoryLevelPoint, i);
      double x;

      if (p->level == current)
        continue;
      x = x_of (p->start_unix, x0, w, t0, t1);
      cairo_line_to (cr, x, LEVEL_Y (current));
      cairo_line_to (cr, x, LEVEL_Y (p->level));
      current = p->level;
    }
  cairo_line_to (cr, x_of (g_array_index (self->levels, LimberHistoryLevelPoint, self->levels->len - 1).start_unix,
                           x0, w, t0, t1),
                 LEVEL_Y (current));
  cairo_stroke (cr);

#undef LEVEL_Y
}

static void
limber_pain_chart_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  LimberPainChart *self = LIMBER_PAIN_CHART (widget);
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  gboolean has_levels = self->levels != NULL && self->levels->len > 0;
  gboolean level_line = has_levels && self->show_level_line;
  double strip = level_line ? LEVEL_STRIP : 0.0;
  /* Room on the left for "L−2" when the level line is shown. */
  double x0 = level_line ? MARGIN_LEFT_LEVELS : MARGIN_LEFT;
  double y0 = self->n_level_changes > 0 ? MARGIN_TOP_LEVELS : MARGIN_TOP;
  double w = width - x0 - MARGIN_RIGHT;
  double h = height - y0 - MARGIN_BOTTOM - strip;
  double inset = 8.0;
  gboolean has_points = self->points != NULL && self->points->len > 0;
  gboolean has_before = FALSE;
  GdkRGBA fg, accent;
  gint64 t0 = 0, t1 = 0;
  const GDate *first_date = NULL, *last_date = NULL;
  cairo_t *cr;

  if (w <= 10 || h <= 10)
    return;

  gtk_style_context_get_color (context, &fg);
  if (!gtk_style_context_lookup_color (context, "accent_color", &accent))
    accent = fg;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

  /* The axis: lines at 0, 5 and 10. */
  cairo_set_line_width (cr, 1.0);
  for (int v = 0; v <= 10; v += 5)
    {
      g_autofree char *label = g_strdup_printf ("%d", v);
      double y = round (y0 + h - h * v / 10.0) + 0.5;

      limber_chart_set_source (cr, &fg, v == 0 ? 0.5 : 0.15);
      cairo_move_to (cr, x0, y);
      cairo_line_to (cr, x0 + w, y);
      cairo_stroke (cr);
      limber_chart_set_source (cr, &fg, 0.7);
      limber_chart_draw_text (widget, cr, label, x0 - 6, y, 1.0);
    }

  /* The time from the first session shown to the last: of the ratings,
   * and of the levels when they are shown. */
  if (has_points)
    {
      const LimberHistoryPainPoint *first = &g_array_index (self->points, LimberHistoryPainPoint, 0);
      const LimberHistoryPainPoint *last = &g_array_index (self->points, LimberHistoryPainPoint,
                                                           self->points->len - 1);

      t0 = first->start_unix;
      t1 = last->start_unix;
      first_date = &first->date;
      last_date = &last->date;
    }
  if (has_levels && (level_line || self->n_level_changes > 0))
    {
      const LimberHistoryLevelPoint *first = &g_array_index (self->levels, LimberHistoryLevelPoint, 0);
      const LimberHistoryLevelPoint *last = &g_array_index (self->levels, LimberHistoryLevelPoint,
                                                            self->levels->len - 1);

      if (first_date == NULL || first->start_unix < t0)
        {
          t0 = first->start_unix;
          first_date = &first->date;
        }
      if (last_date == NULL || last->start_unix > t1)
        {
          t1 = last->start_unix;
          last_date = &last->date;
        }
    }

  if (first_date != NULL)
    {
      g_autofree char *from = format_date (first_date);
      g_autofree char *to = format_date (last_date);

      /* Dates below: the first and the last. */
      limber_chart_set_source (cr, &fg, 0.7);
      if (t1 > t0)
        {
          limber_chart_draw_text (widget, cr, from, x0, y0 + h + MARGIN_BOTTOM / 2.0 + 2, 0.0);
          limber_chart_draw_text (widget, cr, to, x0 + w, y0 + h + MARGIN_BOTTOM / 2.0 + 2, 1.0);
        }
      else
        limber_chart_draw_text (widget, cr, from, x0 + w / 2.0, y0 + h + MARGIN_BOTTOM / 2.0 + 2, 0.5);
    }

  if (has_levels && self->n_level_changes > 0)
    draw_level_changes (self, cr, &fg, &accent, x0 + inset, y0, w - 2 * inset, h, t0, t1);
  if (level_line)
    draw_level_line (self, cr, &fg, &accent, x0 + inset, y0 + h + MARGIN_BOTTOM + 10, w - 2 * inset,
                     strip - 18, t0, t1);

  if (has_points)
    {
      for (guint i = 0; i < self->points->len; i++)
        if (g_array_index (self->points, LimberHistoryPainPoint, i).pain_before != LIMBER_PAIN_UNSET)
          has_before = TRUE;

      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      if (has_before)
        {
          static const double dashes[] = { 4.0, 3.0 };

          cairo_set_line_width (cr, 1.5);
          cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
          limber_chart_set_source (cr, &fg, 0.55);
          draw_series (self, cr, TRUE, x0 + inset, y0, w - 2 * inset, h, t0, t1);
          cairo_set_dash (cr, NULL, 0, 0);
        }
      cairo_set_line_width (cr, 2.5);
      limber_chart_set_source (cr, &accent, 1.0);
      draw_series (self, cr, FALSE, x0 + inset, y0, w - 2 * inset, h, t0, t1);
    }

  cairo_destroy (cr);
}

static void
limber_pain_chart_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  LimberPainChart *self = LIMBER_PAIN_CHART (widget);
  int extra = 0;

  if (self->levels != NULL && self->levels->len > 0 && self->show_level_line)
    extra += (int) LEVEL_STRIP;
  if (self->n_level_changes > 0)
    extra += (int) (MARGIN_TOP_LEVELS - MARGIN_TOP);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 160;
      *natural = 480;
    }
  else
    {
      *minimum = 120 + extra;
      *natural = 180 + extra;
    }
}

static void
limber_pain_chart_finalize (GObject *object)
{
  LimberPainChart *self = LIMBER_PAIN_CHART (object);

  g_clear_pointer (&self->points, g_array_unref);
  g_clear_pointer (&self->levels, g_array_unref);

  G_OBJECT_CLASS (limber_pain_chart_parent_class)->finalize (object);
}

static void
limber_pain_chart_class_init (LimberPainChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = limber_pain_chart_finalize;
  widget_class->snapshot = limber_pain_chart_snapshot;
  widget_class->measure = limber_pain_chart_measure;

  gtk_widget_class_set_css_name (widget_class, "painchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
limber_pain_chart_init (LimberPainChart *self)
{
  limber_pain_chart_set_points (self, NULL);
}

/* The accessible label: the ratings, then the level changes. */
static void
update_label (LimberPainChart *self)
{
  g_autofree char *summary = limber_pain_chart_describe (self->points);
  g_autofree char *levels = limber_pain_chart_describe_levels (self->levels);
  g_autofree char *label = levels != NULL ? g_strconcat (summary, " ", levels, NULL) : NULL;

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label != NULL ? label : summary, -1);
}

GtkWidget *
limber_pain_chart_new (void)
{
  return g_object_new (LIMBER_TYPE_PAIN_CHART, NULL);
}

void
limber_pain_chart_set_points (LimberPainChart *self,
                              GArray          *points)
{
  g_return_if_fail (LIMBER_IS_PAIN_CHART (self));

  g_clear_pointer (&self->points, g_array_unref);
  if (points != NULL)
    self->points = g_array_ref (points);

  update_label (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
limber_pain_chart_set_levels (LimberPainChart *self,
                              GArray          *levels,
                              gboolean         show_line)
{
  g_return_if_fail (LIMBER_IS_PAIN_CHART (self));

  g_clear_pointer (&self->levels, g_array_unref);
  self->n_level_changes = 0;
  if (levels != NULL)
    {
      self->levels = g_array_ref (levels);
      for (guint i = 0; i < levels->len; i++)
        {
          const LimberHistoryLevelPoint *p = &g_array_index (levels, LimberHistoryLevelPoint, i);

          if (p->level != p->previous_level)
            self->n_level_changes++;
        }
    }
  self->show_level_line = !!show_line;

  update_label (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

guint
limber_pain_chart_get_n_level_changes (LimberPainChart *self)
{
  g_return_val_if_fail (LIMBER_IS_PAIN_CHART (self), 0);
  return self->n_level_changes;
}

gboolean
limber_pain_chart_get_shows_level_line (LimberPainChart *self)
{
  g_return_val_if_fail (LIMBER_IS_PAIN_CHART (self), FALSE);
  return self->show_level_line && self->levels != NULL && self->levels->len > 0;
}

guint
limber_pain_chart_get_n_points (LimberPainChart *self)
{
  g_return_val_if_fail (LIMBER_IS_PAIN_CHART (self), 0);
  return self->points != NULL ? self->points->len : 0;
}
