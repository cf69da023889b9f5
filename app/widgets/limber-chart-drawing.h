/* limber-chart-drawing.h: what the charts (pain, breaks) draw alike
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* @color with its alpha multiplied by @alpha. */
void limber_chart_set_source (cairo_t       *cr,
                              const GdkRGBA *color,
                              double         alpha);

/* @text in the widget's font, centred vertically on @y; @xalign 0 puts its
 * left edge at @x, 0.5 its middle, 1 its right edge. */
void limber_chart_draw_text  (GtkWidget     *widget,
                              cairo_t       *cr,
                              const char    *text,
                              double         x,
                              double         y,
                              double         xalign);

G_END_DECLS
