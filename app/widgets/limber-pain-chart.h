/* limber-pain-chart.h: back-pain ratings over time, 0–10
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "limber-history-stats.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_PAIN_CHART (limber_pain_chart_get_type ())

G_DECLARE_FINAL_TYPE (LimberPainChart, limber_pain_chart, LIMBER, PAIN_CHART, GtkWidget)

/*
 * A line chart of the ratings after sessions (the accent colour) and, when
 * given, before them (dashed, the text colour), on an axis 0–10 with the
 * dates below. Its accessible label summarises the series
 * (limber_pain_chart_describe).
 */

GtkWidget  *limber_pain_chart_new        (void);
/* @points: LimberHistoryPainPoint, oldest first; the chart keeps a reference
 * (a history's statistics are never changed, only made anew). NULL: none. */
void        limber_pain_chart_set_points (LimberPainChart *self,
                                          GArray          *points);
guint       limber_pain_chart_get_n_points (LimberPainChart *self);
/* "Back pain after sessions, 0 to 10: 4 ratings from 3 May to 20 May, first 6, latest 3, average 4.5. …" */
char       *limber_pain_chart_describe   (GArray          *points);

G_END_DECLS
