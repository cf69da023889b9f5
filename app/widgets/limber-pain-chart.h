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

/* @levels: LimberHistoryLevelPoint of every session shown, oldest first
 * (the chart keeps a reference; NULL: none). Where the level played changes
 * for a routine, the chart draws a mark and "L+1" above the plot. With
 * @show_line (the view of one routine), also the level over time, as steps
 * in a strip below the dates. The dates span the ratings and the levels. */
void        limber_pain_chart_set_levels (LimberPainChart *self,
                                          GArray          *levels,
                                          gboolean         show_line);
guint       limber_pain_chart_get_n_level_changes (LimberPainChart *self);
gboolean    limber_pain_chart_get_shows_level_line (LimberPainChart *self);
/* "The level changed 2 times, the latest to +1 on 3 May.", or NULL when it
 * never changed. */
char       *limber_pain_chart_describe_levels (GArray         *levels);

G_END_DECLS
