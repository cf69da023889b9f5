/* limber-ticker-label.c: a line of text that changes every second
 *
 * A clock's text ("4:59", "9:53 left") changes every second but keeps its
 * shape: the same characters, digits aside, and with tabular figures the
 * same width. A GtkLabel lays out the whole window again for each new text;
 * this widget measures by the shape, so a new second only redraws. Each
 * character is its own text node, so only the characters that changed are
 * drawn again.
 *
 * The text is centred in the widget and takes its font and colour from CSS.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-ticker-label"

#include "config.h"

#include <math.h>

#include "limber-ticker-label.h"

struct _LimberTickerLabel
{
  GtkWidget parent_instance;

  char *label;
  char *shape;   /* the label with every digit made "0" */
};

G_DEFINE_FINAL_TYPE (LimberTickerLabel, limber_ticker_label, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
shape_of (const char *text)
{
  char *shape = g_strdup (text);

  for (char *p = shape; *p != '\0'; p++)
    if (g_ascii_isdigit (*p))
      *p = '0';
  return shape;
}

static void
limber_ticker_label_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  LimberTickerLabel *self = LIMBER_TICKER_LABEL (widget);
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, self->shape);
  int width, height;

  pango_layout_get_pixel_size (layout, &width, &height);
  *minimum = *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? width : height;
}

static void
limber_ticker_label_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  LimberTickerLabel *self = LIMBER_TICKER_LABEL (widget);
  g_autoptr(PangoLayout) whole = gtk_widget_create_pango_layout (widget, self->label);
  GdkRGBA color;
  int width, height;
  double left;

  if (self->label[0] == '\0')
    return;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  pango_layout_get_pixel_size (whole, &width, &height);
  left = floor ((gtk_widget_get_width (widget) - width) / 2.0);

  /* One layout per character, placed where the whole line puts it */
  for (const char *p = self->label; *p != '\0'; p = g_utf8_next_char (p))
    {
      const char *next = g_utf8_next_char (p);
      g_autoptr(PangoLayout) one = gtk_widget_create_pango_layout (widget, NULL);
      PangoRectangle pos;

      pango_layout_set_text (one, p, (int) (next - p));
      pango_layout_index_to_pos (whole, (int) (p - self->label), &pos);

      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot,
                              &GRAPHENE_POINT_INIT (left + PANGO_PIXELS (pos.x), 0));
      gtk_snapshot_append_layout (snapshot, one, &color);
      gtk_snapshot_restore (snapshot);
    }
}

static void
limber_ticker_label_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  LimberTickerLabel *self = LIMBER_TICKER_LABEL (object);

  switch (prop_id)
    {
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_ticker_label_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  LimberTickerLabel *self = LIMBER_TICKER_LABEL (object);

  switch (prop_id)
    {
    case PROP_LABEL:
      limber_ticker_label_set_label (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_ticker_label_finalize (GObject *object)
{
  LimberTickerLabel *self = LIMBER_TICKER_LABEL (object);

  g_free (self->label);
  g_free (self->shape);

  G_OBJECT_CLASS (limber_ticker_label_parent_class)->finalize (object);
}

static void
limber_ticker_label_class_init (LimberTickerLabelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = limber_ticker_label_finalize;
  object_class->get_property = limber_ticker_label_get_property;
  object_class->set_property = limber_ticker_label_set_property;
  widget_class->measure = limber_ticker_label_measure;
  widget_class->snapshot = limber_ticker_label_snapshot;

  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "tickerlabel");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LABEL);
}

static void
limber_ticker_label_init (LimberTickerLabel *self)
{
  self->label = g_strdup ("");
  self->shape = g_strdup ("");
}

GtkWidget *
limber_ticker_label_new (void)
{
  return g_object_new (LIMBER_TYPE_TICKER_LABEL, NULL);
}

const char *
limber_ticker_label_get_label (LimberTickerLabel *self)
{
  g_return_val_if_fail (LIMBER_IS_TICKER_LABEL (self), NULL);
  return self->label;
}

void
limber_ticker_label_set_label (LimberTickerLabel *self,
                               const char        *label)
{
  g_autofree char *shape = NULL;

  g_return_if_fail (LIMBER_IS_TICKER_LABEL (self));

  if (label == NULL)
    label = "";
  if (g_str_equal (label, self->label))
    return;

  g_free (self->label);
  self->label = g_strdup (label);
  shape = shape_of (label);
  if (g_str_equal (shape, self->shape))
    gtk_widget_queue_draw (GTK_WIDGET (self));
  else
    {
      g_free (self->shape);
      self->shape = g_steal_pointer (&shape);
      gtk_widget_queue_resize (GTK_WIDGET (self));
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABEL]);
}
