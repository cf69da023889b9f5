/* limber-history-page-private.h: what tests and benchmarks see of the page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "limber-breaks-view.h"
#include "limber-history-page.h"
#include "limber-history-row.h"

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

/* Writes the report of the last @days days (0: every session) to @path in
 * a worker thread, then says so in a toast (or why not). */
void                limber_history_page_write_report       (LimberHistoryPage *self,
                                                            guint              days,
                                                            const char        *path);
/* TRUE while a report is being written. */
gboolean            limber_history_page_get_writing_report (LimberHistoryPage *self);

G_END_DECLS
