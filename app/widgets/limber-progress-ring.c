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

/* The arc is cut into this many pieces. A piece, once full, is the same
 * render node in every later frame, so GTK finds nothing changed there and
 * redraws only around the growing tip: a few hundred pixels a second, not
 * the whole ring. */
#define N_PIECES 60

struct _LimberProgressRing
{
  GtkWidget parent_instance;

  double fraction;

  /* Drawing cache, valid for one size and colour */
  int cache_width;
  int cache_height;
  int cache_scale;
  GdkRGBA cache_color;
  GskRenderNode *track;              /* the faint full circle, from an image */
  GskRenderNode *start_cap;          /* the round start, at the top */
  cairo_surface_t *full_ring;        /* the ring all filled, at device pixels */
  GskRenderNode *pieces[N_PIECES];   /* full pieces of the arc, made when reached */
};

G_DEFINE_FINAL_TYPE (LimberProgressRing, limber_progress_ring, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_FRACTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct
{
  double cx, cy;
  double radius;
  double line_width;
} Geometry;

static double
angle_at (double fraction)
{
  return -G_PI / 2.0 + 2.0 * G_PI * fraction;
}

static void
drop_cache (LimberProgressRing *self)
{
  g_clear_pointer (&self->track, gsk_render_node_unref);
  g_clear_pointer (&self->start_cap, gsk_render_node_unref);
  g_clear_pointer (&self->full_ring, cairo_surface_destroy);
  for (guint i = 0; i < N_PIECES; i++)
    g_clear_pointer (&self->pieces[i], gsk_render_node_unref);
}

/* The box around the part of the ring between two fractions, with a margin
 * for antialiasing. */
static graphene_rect_t
sector_bounds (const Geometry *g,
               double          from,
               double          to)
{
  double outer = g->radius + g->line_width / 2.0 + 2.0;
  double inner = MAX (0.0, g->radius - g->line_width / 2.0 - 2.0);
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;
  double angles[8];
  guint n = 0;

  angles[n++] = angle_at (from);
  angles[n++] = angle_at (to);
  /* Where the circle reaches furthest right, down, left and up */
  for (int quarter = 0; quarter < 5; quarter++)
    {
      double t = quarter / 4.0;

      if (t > from && t < to)
        angles[n++] = angle_at (t);
    }

  for (guint i = 0; i < n; i++)
    for (int edge = 0; edge < 2; edge++)
      {
        double r = edge == 0 ? outer : inner;
        double x = g->cx + r * cos (angles[i]);
        double y = g->cy + r * sin (angles[i]);

        x0 = MIN (x0, x);
        y0 = MIN (y0, y);
        x1 = MAX (x1, x);
        y1 = MAX (y1, y);
      }

  x0 = floor (x0) - 1;
  y0 = floor (y0) - 1;
  return GRAPHENE_RECT_INIT (x0, y0, ceil (x1) + 1 - x0, ceil (y1) + 1 - y0);
}

/* The direction of the border between piece @i - 1 and piece @i. */
static void
border_direction (guint   i,
                  double *dx,
                  double *dy)
{
  *dx = cos (angle_at ((double) i / N_PIECES));
  *dy = sin (angle_at ((double) i / N_PIECES));
}

/* The whole ring in the arc's colour, once per size and colour: every
 * piece is cut from it, so neighbouring pieces have the same pixels. */
static cairo_surface_t *
make_full_ring (const Geometry *g,
                const GdkRGBA  *color,
                int             width,
                int             height,
                int             scale)
{
  cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                       width * scale, height * scale);
  cairo_t *cr = cairo_create (image);

  cairo_scale (cr, scale, scale);
  gdk_cairo_set_source_rgba (cr, color);
  cairo_set_line_width (cr, g->line_width);
  cairo_arc (cr, g->cx, g->cy, g->radius, 0, 2 * G_PI);
  cairo_stroke (cr);
  cairo_destroy (cr);
  cairo_surface_flush (image);

  return image;
}

/* A node that paints @image (with its device scale) at @x, @y, within
 * @bounds. GTK 4.8's cairo renderer replays every node in every frame,
 * clipped to what changed: copying the pixels in the clip is cheap, and a
 * path would be stroked again each second. */
static GskRenderNode *
image_node (cairo_surface_t       *image,
            const graphene_rect_t *bounds,
            double                 x,
            double                 y)
{
  GskRenderNode *node = gsk_cairo_node_new (bounds);
  cairo_t *cr = gsk_cairo_node_get_draw_context (node);

  cairo_set_source_surface (cr, image, x, y);
  cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_NEAREST);
  cairo_paint (cr);
  cairo_destroy (cr);

  return node;
}

/* Piece @piece of the arc, filled up to the fraction @to (which may lie
 * beyond the piece): the pixels of the whole ring whose centres lie in this
 * piece. Each pixel belongs to exactly one piece, so the pieces meet
 * without seams or overlaps. */
static GskRenderNode *
make_piece (const Geometry  *g,
            cairo_surface_t *full_ring,
            int              scale,
            guint            piece,
            double           to)
{
  graphene_rect_t bounds = sector_bounds (g, (double) piece / N_PIECES,
                                          (double) (piece + 1) / N_PIECES);
  int width = (int) bounds.size.width * scale;
  int height = (int) bounds.size.height * scale;
  cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  GskRenderNode *node;
  double start_x, start_y, end_x, end_y;
  guchar *data;
  int stride;
  cairo_t *cr;

  cr = cairo_create (image);
  cairo_scale (cr, scale, scale);
  cairo_translate (cr, -bounds.origin.x, -bounds.origin.y);
  /* The end: along the radius at @to (the start is cut below) */
  cairo_move_to (cr, g->cx, g->cy);
  cairo_arc (cr, g->cx, g->cy, g->radius + g->line_width,
             angle_at ((double) piece / N_PIECES) - 0.2, angle_at (to));
  cairo_close_path (cr);
  cairo_clip (cr);
  cairo_scale (cr, 1.0 / scale, 1.0 / scale);
  cairo_set_source_surface (cr, full_ring, 0, 0);
  cairo_paint (cr);
  cairo_destroy (cr);

  cairo_surface_flush (image);
  data = cairo_image_surface_get_data (image);
  stride = cairo_image_surface_get_stride (image);
  /* A pixel belongs to this piece when its centre lies on or after the
   * piece's first border and before its second; the next piece tests the
   * same border with the same numbers, so no pixel is in both or neither. */
  border_direction (piece, &start_x, &start_y);
  border_direction (piece + 1, &end_x, &end_y);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        /* Cairo's rows are 4-byte aligned */
        guint32 *pixel = (guint32 *) (void *) (data + y * stride + x * 4);
        double px = bounds.origin.x + (x + 0.5) / scale - g->cx;
        double py = bounds.origin.y + (y + 0.5) / scale - g->cy;

        if (*pixel != 0 &&
            !(start_x * py - start_y * px >= 0.0 && end_x * py - end_y * px < 0.0))
          *pixel = 0;
      }
  cairo_surface_mark_dirty (image);
  cairo_surface_set_device_scale (image, scale, scale);

  node = image_node (image, &bounds, bounds.origin.x, bounds.origin.y);
  cairo_surface_destroy (image);

  return node;
}

/* A round end of the arc, at a fraction. */
static GskRenderNode *
make_cap (const Geometry *g,
          const GdkRGBA  *color,
          double          at)
{
  double x = g->cx + g->radius * cos (angle_at (at));
  double y = g->cy + g->radius * sin (angle_at (at));
  double r = g->line_width / 2.0;
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (floor (x - r - 1), floor (y - r - 1),
                                               ceil (2 * r + 3), ceil (2 * r + 3));
  GskRenderNode *node = gsk_cairo_node_new (&bounds);
  cairo_t *cr = gsk_cairo_node_get_draw_context (node);

  gdk_cairo_set_source_rgba (cr, color);
  cairo_arc (cr, x, y, r, 0, 2 * G_PI);
  cairo_fill (cr);
  cairo_destroy (cr);

  return node;
}

static GskRenderNode *
make_track (const Geometry *g,
            const GdkRGBA  *color,
            int             width,
            int             height,
            int             scale)
{
  GdkRGBA faint = { color->red, color->green, color->blue, color->alpha * 0.18f };
  graphene_rect_t bounds = sector_bounds (g, 0.0, 1.0);
  cairo_surface_t *image = make_full_ring (g, &faint, width, height, scale);
  GskRenderNode *node;

  cairo_surface_set_device_scale (image, scale, scale);
  node = image_node (image, &bounds, 0, 0);
  cairo_surface_destroy (image);

  return node;
}

static void
limber_progress_ring_snapshot (GtkWidget   *widget,
                               GtkSnapshot *snapshot)
{
  LimberProgressRing *self = LIMBER_PROGRESS_RING (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  double size = MIN (width, height);
  Geometry g;
  int scale = gtk_widget_get_scale_factor (widget);
  GdkRGBA color;
  guint full;

  g.line_width = MAX (4.0, size * 0.05);
  g.radius = (size - g.line_width) / 2.0;
  g.cx = width / 2.0;
  g.cy = height / 2.0;
  if (size <= g.line_width)
    return;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  if (width != self->cache_width || height != self->cache_height ||
      scale != self->cache_scale || !gdk_rgba_equal (&color, &self->cache_color))
    {
      drop_cache (self);
      self->cache_width = width;
      self->cache_height = height;
      self->cache_scale = scale;
      self->cache_color = color;
    }

  if (self->track == NULL)
    self->track = make_track (&g, &color, width, height, scale);
  gtk_snapshot_append_node (snapshot, self->track);

  if (self->fraction <= 0.0)
    return;

  if (self->full_ring == NULL)
    self->full_ring = make_full_ring (&g, &color, width, height, scale);
  if (self->start_cap == NULL)
    self->start_cap = make_cap (&g, &color, 0.0);
  gtk_snapshot_append_node (snapshot, self->start_cap);

  full = MIN ((guint) (self->fraction * N_PIECES), N_PIECES);
  for (guint i = 0; i < full; i++)
    {
      if (self->pieces[i] == NULL)
        self->pieces[i] = make_piece (&g, self->full_ring, scale, i, (double) (i + 2) / N_PIECES);
      gtk_snapshot_append_node (snapshot, self->pieces[i]);
    }

  /* The growing tip: the only parts made anew in this frame */
  if (full < N_PIECES)
    {
      GskRenderNode *tip = make_piece (&g, self->full_ring, scale, full, self->fraction);

      gtk_snapshot_append_node (snapshot, tip);
      gsk_render_node_unref (tip);
    }
  {
    GskRenderNode *cap = make_cap (&g, &color, self->fraction);

    gtk_snapshot_append_node (snapshot, cap);
    gsk_render_node_unref (cap);
  }
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
limber_progress_ring_finalize (GObject *object)
{
  drop_cache (LIMBER_PROGRESS_RING (object));

  G_OBJECT_CLASS (limber_progress_ring_parent_class)->finalize (object);
}

static void
limber_progress_ring_class_init (LimberProgressRingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = limber_progress_ring_finalize;
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
