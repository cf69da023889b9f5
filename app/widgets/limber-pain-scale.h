/* limber-pain-scale.h: "How does your back feel?" as eleven buttons, 0–10
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define LIMBER_TYPE_PAIN_SCALE (limber_pain_scale_get_type ())

G_DECLARE_FINAL_TYPE (LimberPainScale, limber_pain_scale, LIMBER, PAIN_SCALE, AdwBin)

/*
 * A row of toggle buttons 0–10 (at most one active; a second click on the
 * active one clears it). Property "value": 0–10, or -1 (not answered).
 */

GtkWidget *limber_pain_scale_new        (void);
gint       limber_pain_scale_get_value  (LimberPainScale *self);
void       limber_pain_scale_set_value  (LimberPainScale *self,
                                         gint             value);
/* The button for @value (for tests). */
GtkToggleButton *limber_pain_scale_get_button (LimberPainScale *self,
                                               guint            value);

G_END_DECLS
