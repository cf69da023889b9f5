/* limber-ticker-label.c: a line of text that changes every second
 *
 * A clock's text ("4:59", "9:53 left") changes every second but keeps its
 * shape: the same characters, digits aside, and with tabular figures the
 * same width. A GtkLabel lays out the whole window again for each new text;
 * this widget measures by the shape, so a new second only redraws. Each
 * character is drawn by its own text node, made once and kept: a new second
 * shapes no text, and GTK paints again only the characters that changed.
 *
 * The text is centred in the widget and takes its font and colour from CSS.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-ticker-label"

#include "config.h"

#include "limber-ticker-label.h"

typedef struct
{
  GskRenderNode *node;   /* at the origin; NULL for a blank */
  int width;
  int height;
} Glyph;

struct _LimberTickerLabel
{
  GtkWidget parent_instance;

  char *label;
  char *shape;   /* the label with every digit made "0" */

  /* One character (UTF-8) → its Glyph, for one font and colour */
  GHashTable *glyphs;
  PangoFontDescription *glyphs_font;
  GdkRGBA glyphs_color;
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
glyph_free (gpointer data)
{
  Glyph *glyph = data;

  g_clear_pointer (&glyph->node, gsk_render_node_unref);
  g_free (glyph);
}

/* Empties the glyph cache when the font or the colour changed. */
static void
check_glyphs (LimberTickerLabel *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  const PangoFontDescription *font = pango_context_get_font_description (gtk_widget_get_pango_context (widget));
  GdkRGBA color;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  if (self->glyphs_font != NULL && pango_font_description_equal (font, self->glyphs_font) &&
      gdk_rgba_equal (&color, &self->glyphs_color))
    return;

  g_hash_table_remove_all (self->glyphs);
  g_clear_pointer (&self->glyphs_font, pango_font_description_free);
  self->glyphs_font = pango_font_description_copy (font);
  self->glyphs_color = color;
}

static const Glyph *
get_glyph (LimberTickerLabel *self,
           const char        *character,
           const char        *next)
{
  g_autofree char *key = g_strndup (character, next - character);
  Glyph *glyph = g_hash_table_lookup (self->glyphs, key);

  if (glyph == NULL)
    {
      g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), key);
      GtkSnapshot *snapshot = gtk_snapshot_new ();

      glyph = g_new0 (Glyph, 1);
      pango_layout_get_pixel_size (layout, &glyph->width, &glyph->height);
      gtk_snapshot_append_layout (snapshot, layout, &self->glyphs_color);
      glyph->node = gtk_snapshot_free_to_node (snapshot);
      g_hash_table_insert (self->glyphs, g_steal_pointer (&key), glyph);
    }
  return glyph;
}

static void
text_size (LimberTickerLabel *self,
           const char        *text,
           int               *width,
           int               *height)
{
  *width = 0;
  *height = 0;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      const Glyph *glyph = get_glyph (self, p, g_utf8_next_char (p));

      *width += glyph->width;
      *height = MAX (*height, glyph->height);
    }
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
  int width, height;

  check_glyphs (self);
  text_size (self, self->shape, &width, &height);
  *minimum = *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? width : height;
}

static void
limber_ticker_label_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  LimberTickerLabel *self = LIMBER_TICKER_LABEL (widget);
  int width, height;
  int x;

  check_glyphs (self);
  text_size (self, self->label, &width, &height);
  x = (gtk_widget_get_width (widget) - width) / 2;

  for (const char *p = self->label; *p != '\0'; p = g_utf8_next_char (p))
    {
      const Glyph *glyph = get_glyph (self, p, g_utf8_next_char (p));

      if (glyph->node != NULL)
        {
          gtk_snapshot_save (snapshot);
          gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, 0));
          gtk_snapshot_append_node (snapshot, glyph->node);
          gtk_snapshot_restore (snapshot);
        }
      x += glyph->width;
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
  g_hash_table_unref (self->glyphs);
  g_clear_pointer (&self->glyphs_font, pango_font_description_free);

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
  self->glyphs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, glyph_free);
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
