/* limber-routine-row.h: one routine in the library list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "limber-routine.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_ROUTINE_ROW (limber_routine_row_get_type ())

G_DECLARE_FINAL_TYPE (LimberRoutineRow, limber_routine_row, LIMBER, ROUTINE_ROW, AdwActionRow)

GtkWidget     *limber_routine_row_new         (LimberRoutine    *routine);
LimberRoutine *limber_routine_row_get_routine (LimberRoutineRow *self);

G_END_DECLS
