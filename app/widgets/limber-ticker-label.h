/* limber-ticker-label.h: a line of text that changes every second
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define LIMBER_TYPE_TICKER_LABEL (limber_ticker_label_get_type ())

G_DECLARE_FINAL_TYPE (LimberTickerLabel, limber_ticker_label, LIMBER, TICKER_LABEL, GtkWidget)

GtkWidget  *limber_ticker_label_new       (void);
const char *limber_ticker_label_get_label (LimberTickerLabel *self);
void        limber_ticker_label_set_label (LimberTickerLabel *self,
                                           const char        *label);

G_END_DECLS
