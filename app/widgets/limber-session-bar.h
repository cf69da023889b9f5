/* limber-session-bar.h: how far the whole session is, as a filling bar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define LIMBER_TYPE_SESSION_BAR (limber_session_bar_get_type ())

G_DECLARE_FINAL_TYPE (LimberSessionBar, limber_session_bar, LIMBER, SESSION_BAR, GtkWidget)

GtkWidget *limber_session_bar_new          (void);
double     limber_session_bar_get_fraction (LimberSessionBar *self);
/* 0 … 1; clamped. Redraws only when the filled part grows or shrinks by a pixel. */
void       limber_session_bar_set_fraction (LimberSessionBar *self,
                                            double            fraction);

G_END_DECLS
