/* limber-break-day-row.h: one day of the Breaks view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "limber-break-day.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_BREAK_DAY_ROW (limber_break_day_row_get_type ())

G_DECLARE_FINAL_TYPE (LimberBreakDayRow, limber_break_day_row, LIMBER, BREAK_DAY_ROW, AdwBin)

/*
 * A row of the Breaks view's GtkListView: the day ("Today", "Yesterday" or
 * its date), the breaks taken (after a reminder, on one's own), the
 * reminders skipped and snoozed, and the longest unbroken sitting stretch.
 */
GtkWidget      *limber_break_day_row_new      (void);
/* @today: the day that reads "Today". @day NULL empties the row. */
void            limber_break_day_row_set_day  (LimberBreakDayRow *self,
                                               LimberBreakDay    *day,
                                               const GDate       *today);
LimberBreakDay *limber_break_day_row_get_day  (LimberBreakDayRow *self);
/* For tests: the row's text, its labels joined by " | ". */
char           *limber_break_day_row_dup_text (LimberBreakDayRow *self);

G_END_DECLS
