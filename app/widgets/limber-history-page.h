/* limber-history-page.h: the sessions done, streaks, the week, back pain
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "limber-history.h"
#include "limber-library.h"
#include "limber-history-stats.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_HISTORY_PAGE (limber_history_page_get_type ())

G_DECLARE_FINAL_TYPE (LimberHistoryPage, limber_history_page, LIMBER, HISTORY_PAGE, AdwBin)

/*
 * Shows a LimberHistory in three views: "overview" (streaks, minutes this
 * week against the weekly goal (GSettings "weekly-goal"), a chart of the
 * back-pain ratings, a calendar of the last months, the sessions per
 * routine) and "sessions" (every session newest first, in a GtkListView of
 * its own: the rows on screen are made, and used again as the list
 * scrolls, so a history of 100,000 sessions costs what one of 100 does)
 * and "breaks" (LimberBreaksView: the break reminders' lines per day).
 * Each session has a delete button: removed at once, with an Undo toast;
 * the file is rewritten in a worker thread when the last such toast goes.
 * A damaged or read-only history says so in a bar at the top.
 *
 * Actions: history.export ("csv" or "json": a file chooser, then
 * limber_history_export_to_path), history.delete (a record's id; disabled
 * while the history is read-only), history.undo-delete (the removal token).
 * The back button activates win.back.
 */

GtkWidget          *limber_history_page_new             (void);
void                limber_history_page_set_history     (LimberHistoryPage *self,
                                                         LimberHistory     *history,
                                                         GSettings         *settings);
LimberHistory      *limber_history_page_get_history     (LimberHistoryPage *self);
/* The routines (may be NULL): the report takes their current titles, and
 * shows levels for those written with a progression. */
void                limber_history_page_set_library     (LimberHistoryPage *self,
                                                         LimberLibrary     *library);
/* Recomputes what the page shows (also done on every change of the history). */
void                limber_history_page_refresh         (LimberHistoryPage *self);
/* Writes pending deletions to the file now, blocking (on dispose; the
 * last Undo toast's going writes them in a worker thread). */
void                limber_history_page_commit_removals (LimberHistoryPage *self);

/* For tests: the statistics shown, "empty" or "content", the problem bar's
 * text (NULL when hidden), the last Undo toast still shown (or NULL), and
 * the weekly goal's text. More in limber-history-page-private.h. */
const LimberHistoryStats *limber_history_page_get_stats      (LimberHistoryPage *self);
const char         *limber_history_page_get_state           (LimberHistoryPage *self);
const char         *limber_history_page_get_problem_text    (LimberHistoryPage *self);
AdwToast           *limber_history_page_get_undo_toast      (LimberHistoryPage *self);
const char         *limber_history_page_get_week_text       (LimberHistoryPage *self);
/* Exports without asking for a file (the file chooser's response). */
gboolean            limber_history_page_export_to_path      (LimberHistoryPage *self,
                                                             const char        *format,
                                                             const char        *path);

G_END_DECLS
