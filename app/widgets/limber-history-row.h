/* limber-history-row.h: one session in the History page's list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "limber-history-record.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_HISTORY_ROW (limber_history_row_get_type ())

G_DECLARE_FINAL_TYPE (LimberHistoryRow, limber_history_row, LIMBER, HISTORY_ROW, AdwActionRow)

/*
 * The routine, when, how long, completed or stopped, and the answers.
 * Signals: "delete-requested": the row's delete button was clicked.
 */

GtkWidget           *limber_history_row_new               (LimberHistoryRecord *record);
LimberHistoryRecord *limber_history_row_get_record        (LimberHistoryRow    *self);
GtkButton           *limber_history_row_get_delete_button (LimberHistoryRow    *self);

/* "Tue 14 May 2024 · 07:30 · 12 min · Completed" */
char                *limber_history_describe_when         (LimberHistoryRecord *record);
/* "Back 6 → 3 · About right · “felt good”", or NULL without answers. */
char                *limber_history_describe_answers      (LimberHistoryRecord *record);

G_END_DECLS
