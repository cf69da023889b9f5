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
/* The level the routine is played at (LIMBER_LEVEL_MIN … LIMBER_LEVEL_MAX),
 * chosen with the page's − and + buttons; property "level". The page shows
 * it and the routine's total time at it; the window remembers it. "Easy
 * Day" activates "win.start-easy-day". */
int            limber_routine_page_get_level   (LimberRoutinePage *self);
void           limber_routine_page_set_level   (LimberRoutinePage *self,
                                                int                level);
/* For tests: the level as shown ("+1"), the line with the total time, the
 * − (@harder FALSE) and + buttons. */
const char    *limber_routine_page_get_level_text       (LimberRoutinePage *self);
const char    *limber_routine_page_get_level_total_text (LimberRoutinePage *self);
GtkButton     *limber_routine_page_get_level_button     (LimberRoutinePage *self,
                                                         gboolean           harder);
/* The "get it checked" card (docs/progression.md), above the level and
 * Start, with the warning signs: @reason shows it, NULL hides it. The
 * window shows it every time while it holds for the routine. get_ returns
 * the reason shown, or NULL when hidden. */
void           limber_routine_page_set_get_checked (LimberRoutinePage *self,
                                                    const char        *reason);
const char    *limber_routine_page_get_get_checked (LimberRoutinePage *self);
/* When the page shares the window with the library, it has no back button
 * and no start title buttons. */
void           limber_routine_page_set_folded  (LimberRoutinePage *self,
                                                gboolean           folded);

G_END_DECLS
