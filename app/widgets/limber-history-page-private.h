/* limber-history-page-private.h: what tests and benchmarks see of the page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "limber-breaks-view.h"
#include "limber-history-page.h"
#include "limber-history-row.h"
#include "limber-pain-chart.h"

G_BEGIN_DECLS

/* The sessions' list view (its model holds every session). */
GtkListView        *limber_history_page_get_sessions_view  (LimberHistoryPage *self);
/* The Breaks view. */
LimberBreaksView   *limber_history_page_get_breaks_view    (LimberHistoryPage *self);
/* Shows the view "overview", "sessions" or "breaks". */
void                limber_history_page_set_view           (LimberHistoryPage *self,
                                                            const char        *name);
/* The row now showing the session at @position, or NULL when the list view
 * has made no row for it (it is far from what is on screen). */
LimberHistoryRow   *limber_history_page_get_session_row    (LimberHistoryPage *self,
                                                            guint              position);

/* The pain chart, and the line below it that says what it shows. */
LimberPainChart    *limber_history_page_get_pain_chart     (LimberHistoryPage *self);
const char         *limber_history_page_get_pain_summary   (LimberHistoryPage *self);
/* The Routines group's list: activating a row shows that routine in the
 * chart. */
GtkListBox         *limber_history_page_get_routines_list  (LimberHistoryPage *self);
/* Shows one routine in the chart (its pain, and its level over time), or
 * every routine (NULL), as the chart's drop-down does. */
void                limber_history_page_set_chart_routine  (LimberHistoryPage *self,
                                                            const char        *routine_id);

/* Writes the report of @from to @to (both included) to @path in a worker
 * thread, then says so in a toast (or why not). */
void                limber_history_page_write_report       (LimberHistoryPage *self,
                                                            const GDate       *from,
                                                            const GDate       *to,
                                                            const char        *path);
/* The period last chosen in the report dialog (Save… or Print…). */
void                limber_history_page_get_report_period  (LimberHistoryPage *self,
                                                            GDate             *from,
                                                            GDate             *to);
/* Makes Save… write to @path without a file chooser, and Print… export a
 * PDF to @path without the print dialog (NULL: ask again). */
void                limber_history_page_set_report_destination (LimberHistoryPage *self,
                                                                const char        *path);
/* TRUE while a report is being written. */
gboolean            limber_history_page_get_writing_report (LimberHistoryPage *self);

G_END_DECLS
