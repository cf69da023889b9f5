/* limber-breaks-view.h: the History page's Breaks view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "limber-history.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_BREAKS_VIEW (limber_breaks_view_get_type ())

G_DECLARE_FINAL_TYPE (LimberBreaksView, limber_breaks_view, LIMBER, BREAKS_VIEW, AdwBin)

/*
 * The break lines of a LimberHistory, per day (limber_break_days_compute in
 * the local time zone): a GtkListView of the days, newest first (breaks
 * taken after a reminder and on one's own, reminders skipped and snoozed,
 * the longest unbroken sitting stretch), and above it a chart of this
 * week's longest stretches (LimberBreakChart, against GSettings
 * "break-interval"). With no break lines, an empty state that says whether
 * reminders are off, with a button to Preferences. Follows the history's
 * "breaks-changed".
 */
GtkWidget   *limber_breaks_view_new          (void);
void         limber_breaks_view_set_history  (LimberBreaksView *self,
                                              LimberHistory    *history,
                                              GSettings        *settings);
void         limber_breaks_view_refresh      (LimberBreaksView *self);

/* For tests: "empty" or "content", the empty state's description, the
 * days (a GListModel of LimberBreakDay), the text of the row showing the
 * day at @position (NULL when no row shows it), and the chart's
 * accessible description. */
const char  *limber_breaks_view_get_state             (LimberBreaksView *self);
const char  *limber_breaks_view_get_empty_description (LimberBreaksView *self);
GListModel  *limber_breaks_view_get_days              (LimberBreaksView *self);
char        *limber_breaks_view_dup_row_text          (LimberBreaksView *self,
                                                       guint             position);
const char  *limber_breaks_view_get_chart_description (LimberBreaksView *self);

G_END_DECLS
