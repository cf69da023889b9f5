/* limber-routine-page.h: what a routine holds, and Start
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "limber-routine.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_ROUTINE_PAGE (limber_routine_page_get_type ())

G_DECLARE_FINAL_TYPE (LimberRoutinePage, limber_routine_page, LIMBER, ROUTINE_PAGE, AdwBin)

/* The Start button activates "win.start". */
LimberRoutine *limber_routine_page_get_routine (LimberRoutinePage *self);
/* NULL shows "choose a routine". */
void           limber_routine_page_set_routine (LimberRoutinePage *self,
                                                LimberRoutine     *routine);
/* The exercises as listed (the rows' model). */
GListModel    *limber_routine_page_get_exercises (LimberRoutinePage *self);
/* When the page shares the window with the library, it has no back button
 * and no start title buttons. */
void           limber_routine_page_set_folded  (LimberRoutinePage *self,
                                                gboolean           folded);

G_END_DECLS
