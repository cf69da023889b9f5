/* limber-history-page.h: the sessions done, streaks, the week, back pain
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "limber-history.h"
#include "limber-history-stats.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_HISTORY_PAGE (limber_history_page_get_type ())

G_DECLARE_FINAL_TYPE (LimberHistoryPage, limber_history_page, LIMBER, HISTORY_PAGE, AdwBin)

/*
 * Shows a LimberHistory: streaks, minutes this week against the weekly goal
 * (GSettings "weekly-goal"), a chart of the back-pain ratings, a calendar of
 * the last months, the sessions newest first (each with a delete button:
 * removed at once, with an Undo toast; the file is rewritten when the last
 * such toast goes), and the sessions per routine. A damaged or read-only
 * history says so in a bar at the top.
 *
 * Actions: history.export ("csv" or "json": a file chooser, then
 * limber_history_export_to_path), history.undo-delete (the removal token).
 * The back button activates win.back.
 */

GtkWidget          *limber_history_page_new             (void);
void                limber_history_page_set_history     (LimberHistoryPage *self,
                                                         LimberHistory     *history,
                                                         GSettings         *settings);
LimberHistory      *limber_history_page_get_history     (LimberHistoryPage *self);
/* Recomputes what the page shows (also done on every change of the history). */
void                limber_history_page_refresh         (LimberHistoryPage *self);
/* Writes pending deletions to the file now (also on dispose). */
void                limber_history_page_commit_removals (LimberHistoryPage *self);

/* For tests: the statistics shown, "empty" or "content", the problem bar's
 * text (NULL when hidden), the sessions' list box, the last Undo toast
 * still shown (or NULL), and the last export error (or NULL). */
const LimberHistoryStats *limber_history_page_get_stats      (LimberHistoryPage *self);
const char         *limber_history_page_get_state           (LimberHistoryPage *self);
const char         *limber_history_page_get_problem_text    (LimberHistoryPage *self);
GtkListBox         *limber_history_page_get_sessions_list   (LimberHistoryPage *self);
AdwToast           *limber_history_page_get_undo_toast      (LimberHistoryPage *self);
const char         *limber_history_page_get_week_text       (LimberHistoryPage *self);
/* Exports without asking for a file (the file chooser's response). */
gboolean            limber_history_page_export_to_path      (LimberHistoryPage *self,
                                                             const char        *format,
                                                             const char        *path);

G_END_DECLS
