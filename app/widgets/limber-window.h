/* limber-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "limber-routine.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_WINDOW (limber_window_get_type ())

G_DECLARE_FINAL_TYPE (LimberWindow, limber_window, LIMBER, WINDOW, AdwApplicationWindow)

/* @application: a LimberApplication */
LimberWindow *limber_window_new           (gpointer       application);
/* Shows @routine in the player and starts it. */
void          limber_window_start_routine (LimberWindow  *self,
                                           LimberRoutine *routine);
/* Shows a problem the person should know about (a bad --start argument). */
void          limber_window_show_error    (LimberWindow  *self,
                                           const char    *title,
                                           const char    *message);

G_END_DECLS
