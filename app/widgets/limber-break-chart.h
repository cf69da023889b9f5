/* limber-break-chart.h: the longest sitting stretch of each day of a week
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define LIMBER_BREAK_CHART_NO_DATA (-1)

#define LIMBER_TYPE_BREAK_CHART (limber_break_chart_get_type ())

G_DECLARE_FINAL_TYPE (LimberBreakChart, limber_break_chart, LIMBER, BREAK_CHART, GtkWidget)

/*
 * A bar chart of seven days from @week_start: each bar the longest unbroken
 * sitting stretch of the day in minutes (the accent colour; above the break
 * interval, the warning colour), a dashed line at the interval, the
 * weekdays below. Its accessible label says the same in words
 * (limber_break_chart_describe).
 */
GtkWidget *limber_break_chart_new      (void);
/* @minutes: 7 values, LIMBER_BREAK_CHART_NO_DATA for a day without breaks. */
void       limber_break_chart_set_week (LimberBreakChart *self,
                                        const GDate      *week_start,
                                        const int        *minutes,
                                        guint             interval);
/* "Longest sitting stretch each day, this week (reminder every 30 minutes):
 * Monday 42 minutes, Tuesday 25 minutes, Wednesday no breaks recorded, …" */
char      *limber_break_chart_describe (const GDate      *week_start,
                                        const int        *minutes,
                                        guint             interval);

G_END_DECLS
