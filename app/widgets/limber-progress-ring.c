/* limber-progress-ring.c: a ring that fills as a step runs
 *
 * The ring is drawn in the widget's CSS color (so each phase of the player
 * colours it by a style class); the track is the same colour, faint.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-progress-ring"

#include "config.h"

#include <math.h>

#include "limber-progress-ring.h"

struct _LimberProgressRing
{
  GtkWidget parent_instance;

  double fraction;
};

G_DEFINE_FINAL_TYPE (LimberProgressRing, limber_progress_ring, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_FRACTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
limber_progress_ring_snapshot (GtkWidget   *widget,
                               GtkSnapshot *snapshot)
{
  LimberProgressRing *self = LIMBER_PROGRESS_RING (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  double size = MIN (width, height);
  double line_width = MAX (4.0, size * 0.05);
  double radius = (size - line_width) / 2.0;
  GdkRGBA color;
  cairo_t *cr;

  if (size <= line_width)
    return;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  cairo_set_line_width (cr, line_width);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);

  cairo_set_source_rgba (cr, color.red, color.green, color.blue, color.alpha * 0.18);
  cairo_arc (cr, width / 2.0, height / 2.0, radius, 0, 2 * G_PI);
  cairo_stroke (cr);

  if (self->fraction > 0.0)
    {
      double start = -G_PI / 2.0;

      cairo_set_source_rgba (cr, color.red, color.green, color.blue, color.alpha);
      cairo_arc (cr, width / 2.0, height / 2.0, radius, start, start + 2 * G_PI * self->fraction);
      cairo_stroke (cr);
    }

  cairo_destroy (cr);
}

static void
limber_progress_ring_measure (GtkWidget      *widget,
                              GtkOrientation  orientation,
                              int             for_size,
                              int            *minimum,
                              int            *natural,
                              int            *minimum_baseline,
                              int            *natural_baseline)
{
  *minimum = 48;
  *natural = 48;
}

static void
limber_progress_ring_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  LimberProgressRing *self = LIMBER_PROGRESS_RING (object);

  switch (prop_id)
    {
    case PROP_FRACTION:
      g_value_set_double (value, self->fraction);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_progress_ring_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  LimberProgressRing *self = LIMBER_PROGRESS_RING (object);

  switch (prop_id)
    {
    case PROP_FRACTION:
      limber_progress_ring_set_fraction (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_progress_ring_class_init (LimberProgressRingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = limber_progress_ring_get_property;
  object_class->set_property = limber_progress_ring_set_property;
  widget_class->snapshot = limber_progress_ring_snapshot;
  widget_class->measure = limber_progress_ring_measure;

  properties[PROP_FRACTION] =
    g_param_spec_double ("fraction", NULL, NULL, 0.0, 1.0, 0.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "progressring");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PROGRESS_BAR);
}

static void
limber_progress_ring_init (LimberProgressRing *self)
{
}

GtkWidget *
limber_progress_ring_new (void)
{
  return g_object_new (LIMBER_TYPE_PROGRESS_RING, NULL);
}

double
limber_progress_ring_get_fraction (LimberProgressRing *self)
{
  g_return_val_if_fail (LIMBER_IS_PROGRESS_RING (self), 0.0);
  return self->fraction;
}

void
limber_progress_ring_set_fraction (LimberProgressRing *self,
                                   double              fraction)
{
  g_return_if_fail (LIMBER_IS_PROGRESS_RING (self));

  fraction = CLAMP (fraction, 0.0, 1.0);
  /* Quantised so a redraw happens only for a change a person can see. */
  if (fabs (self->fraction - fraction) < 0.001)
    return;
  self->fraction = fraction;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_NOW, fraction * 100.0,
                                  -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FRACTION]);
}
