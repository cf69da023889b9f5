/* limber-sitting-status.h: "Sitting for 18 min · 4 breaks today"
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "limber-history.h"
#include "limber-reminders-link.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_SITTING_STATUS (limber_sitting_status_get_type ())

G_DECLARE_FINAL_TYPE (LimberSittingStatus, limber_sitting_status, LIMBER, SITTING_STATUS, GObject)

/*
 * The library page's line while break reminders are on: the minutes of the
 * current sitting stretch, from the background part's "sitting" state (see
 * LimberRemindersLink), and today's breaks, counted from the history's
 * break lines (read again when the background part says it wrote some).
 * The minutes are counted here, with one timeout at each whole minute of
 * the stretch; the bus is not asked.
 *
 * Property "text" (string, notified): NULL while the background part is
 * not running (reminders off, or not yet on the bus).
 */
LimberSittingStatus *limber_sitting_status_new      (LimberRemindersLink *link,
                                                     LimberHistory       *history);
const char          *limber_sitting_status_get_text (LimberSittingStatus *self);

/* "Sitting for 18 min · 4 breaks today"; not sitting: "4 breaks today". */
char                *limber_sitting_status_format   (gboolean             sitting,
                                                     guint                minutes,
                                                     guint                breaks_today);

G_END_DECLS
