/* limber-window.h: the main window: library, routine, player, finished
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "limber-application.h"
#include "limber-routine.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_WINDOW (limber_window_get_type ())

G_DECLARE_FINAL_TYPE (LimberWindow, limber_window, LIMBER, WINDOW, AdwApplicationWindow)

/*
 * The window's commands are its class actions (limber-window-actions.c):
 * win.start, toggle-pause, next, previous, done, add-time, remove-time,
 * stop, fullscreen, search, again, back, history, retry-save, and the
 * library commands new-routine, edit, duplicate, delete, restore-default,
 * import, export. Each is enabled only where it applies, so its accelerator
 * (Space, →, N, ←, P, Enter, Esc …) reaches the focused widget everywhere
 * else.
 */

/* A window on @application's library, settings, cue player and history. */
LimberWindow *limber_window_new           (LimberApplication *application);
/* Shows @routine in the player and starts it. */
void          limber_window_start_routine (LimberWindow      *self,
                                           LimberRoutine     *routine);
/* Previews @n_files routine files opened from outside (the file manager,
 * `limber FILE`), one after the other, each with "Add to My Routines". */
void          limber_window_open_files    (LimberWindow      *self,
                                           GFile            **files,
                                           int                n_files);
/* Shows a problem the person should know about (a bad --start argument). */
void          limber_window_show_error    (LimberWindow      *self,
                                           const char        *title,
                                           const char        *message);

/* A break reminder in the window, with Start / In 5 Minutes / Skip (the
 * app.answer-reminder action), for when no notification server shows it;
 * hidden again by an answer or limber_window_hide_reminder (). */
void          limber_window_show_reminder (LimberWindow *self,
                                           const char   *title,
                                           const char   *body);
void          limber_window_hide_reminder (LimberWindow *self);

G_END_DECLS
