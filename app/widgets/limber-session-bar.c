/* limber-session-bar.c: how far the whole session is, as a filling bar
 *
 * A GtkProgressBar allocates its parts again for every new value, and that
 * makes the whole window lay out again; this bar only draws. The filled
 * part takes the widget's CSS colour, the trough the same colour, faint;
 * its height comes from CSS (min-height).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-session-bar"

#include "config.h"

#include <math.h>

#include "limber-session-bar.h"

struct _LimberSessionBar
{
  GtkWidget parent_instance;

  double fraction;
  int drawn_width;   /* filled pixels in the last frame, -1 before one */
};

G_DEFINE_FINAL_TYPE (LimberSessionBar, limber_session_bar, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_FRACTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static int
filled_width (LimberSessionBar *self)
{
  return (int) round (gtk_widget_get_width (GTK_WIDGET (self)) * self->fraction);
}

static void
append_rounded (GtkSnapshot   *snapshot,
                float          width,
                float          height,
                const GdkRGBA *color)
{
  GskRoundedRect rect;
  float radius = height / 2.0f;

  gsk_rounded_rect_init_from_rect (&rect, &GRAPHENE_RECT_INIT (0, 0, width, height), radius);
  gtk_snapshot_push_rounded_clip (snapshot, &rect);
  gtk_snapshot_append_color (snapshot, color, &rect.bounds);
  gtk_snapshot_pop (snapshot);
}

static void
limber_session_bar_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  LimberSessionBar *self = LIMBER_SESSION_BAR (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  int filled = filled_width (self);
  GdkRGBA color, trough;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  trough = color;
  trough.alpha *= 0.18f;

  append_rounded (snapshot, width, height, &trough);
  if (filled > 0)
    append_rounded (snapshot, MAX (filled, height), height, &color);
  self->drawn_width = filled;
}

static void
limber_session_bar_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  LIMBER_SESSION_BAR (widget)->drawn_width = -1;
}

static void
limber_session_bar_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  LimberSessionBar *self = LIMBER_SESSION_BAR (object);

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
limber_session_bar_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  LimberSessionBar *self = LIMBER_SESSION_BAR (object);

  switch (prop_id)
    {
    case PROP_FRACTION:
      limber_session_bar_set_fraction (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_session_bar_class_init (LimberSessionBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = limber_session_bar_get_property;
  object_class->set_property = limber_session_bar_set_property;
  widget_class->snapshot = limber_session_bar_snapshot;
  widget_class->size_allocate = limber_session_bar_size_allocate;

  properties[PROP_FRACTION] =
    g_param_spec_double ("fraction", NULL, NULL, 0.0, 1.0, 0.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "sessionbar");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PROGRESS_BAR);
}

static void
limber_session_bar_init (LimberSessionBar *self)
{
  self->drawn_width = -1;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MIN, 0.0,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MAX, 100.0,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_NOW, 0.0,
                                  -1);
}

GtkWidget *
limber_session_bar_new (void)
{
  return g_object_new (LIMBER_TYPE_SESSION_BAR, NULL);
}

double
limber_session_bar_get_fraction (LimberSessionBar *self)
{
  g_return_val_if_fail (LIMBER_IS_SESSION_BAR (self), 0.0);
  return self->fraction;
}

void
limber_session_bar_set_fraction (LimberSessionBar *self,
                                 double            fraction)
{
  g_return_if_fail (LIMBER_IS_SESSION_BAR (self));

  fraction = CLAMP (fraction, 0.0, 1.0);
  if (fraction == self->fraction)
    return;
  self->fraction = fraction;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_NOW, round (fraction * 100.0),
                                  -1);
  if (filled_width (self) != self->drawn_width)
    gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FRACTION]);
}
