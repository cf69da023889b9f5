/* limber-history-row.h: one session in the History page's list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "limber-history-record.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_HISTORY_ROW (limber_history_row_get_type ())

G_DECLARE_FINAL_TYPE (LimberHistoryRow, limber_history_row, LIMBER, HISTORY_ROW, AdwBin)

/*
 * The routine, when (the date is in every row), how long, completed or
 * stopped, and the answers. A row of a GtkListView: it is made once and
 * shows one record after another as the list scrolls.
 *
 * Its delete button activates "history.delete" with the record's id (the
 * History page's action; insensitive where that action is disabled).
 */

GtkWidget           *limber_history_row_new               (void);
/* Shows @record (NULL: nothing, the row is not in use). */
void                 limber_history_row_set_record        (LimberHistoryRow    *self,
                                                           LimberHistoryRecord *record);
LimberHistoryRecord *limber_history_row_get_record        (LimberHistoryRow    *self);
GtkButton           *limber_history_row_get_delete_button (LimberHistoryRow    *self);

/* "Tue 14 May 2024 · 07:30 · 12 min · Completed" */
char                *limber_history_describe_when         (LimberHistoryRecord *record);
/* "Back 6 → 3 · About right · “felt good”", or NULL without answers. */
char                *limber_history_describe_answers      (LimberHistoryRecord *record);

G_END_DECLS
