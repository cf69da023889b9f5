/* limber-chart-drawing.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "limber-chart-drawing.h"

void
limber_chart_set_source (cairo_t       *cr,
                         const GdkRGBA *color,
                         double         alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

void
limber_chart_draw_text (GtkWidget  *widget,
                        cairo_t    *cr,
                        const char *text,
                        double      x,
                        double      y,
                        double      xalign)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, text);
  int width, height;

  pango_layout_get_pixel_size (layout, &width, &height);
  cairo_move_to (cr, x - width * xalign, y - height / 2.0);
  pango_cairo_show_layout (cr, layout);
}
