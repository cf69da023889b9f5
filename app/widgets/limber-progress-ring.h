/* limber-progress-ring.h: a ring that fills as a step runs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define LIMBER_TYPE_PROGRESS_RING (limber_progress_ring_get_type ())

G_DECLARE_FINAL_TYPE (LimberProgressRing, limber_progress_ring, LIMBER, PROGRESS_RING, GtkWidget)

GtkWidget *limber_progress_ring_new          (void);
/* 0 … 1; clamped. Redraws only when the value changes. */
void       limber_progress_ring_set_fraction (LimberProgressRing *self,
                                              double              fraction);

G_END_DECLS
