/* limber-window.h: the main window: library, routine, player, finished
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "limber-clock.h"
#include "limber-cue-player.h"
#include "limber-finished-page.h"
#include "limber-history-page.h"
#include "limber-history-recorder.h"
#include "limber-library-page.h"
#include "limber-player-page.h"
#include "limber-routine.h"
#include "limber-routine-actions.h"
#include "limber-routine-page.h"
#include "limber-session.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_WINDOW (limber_window_get_type ())

G_DECLARE_FINAL_TYPE (LimberWindow, limber_window, LIMBER, WINDOW, AdwApplicationWindow)

/*
 * The window's actions (win.*): start, toggle-pause, next, previous, done,
 * stop, fullscreen, search, again, back, history (Ctrl+H), retry-save (a
 * session that could not be written to the history). Each is enabled only where it
 * applies, so its accelerator (Space, →, N, ←, P, Enter, Esc …) reaches the
 * focused widget everywhere else.
 */

/* @application: a LimberApplication (its library, settings and cue player
 * are used), or another GtkApplication (no routines, default settings). */
LimberWindow       *limber_window_new               (gpointer        application);
/* The clock the next session runs on (the real clock by default). */
void                limber_window_set_clock         (LimberWindow   *self,
                                                     LimberClock    *clock);
/* Shows @routine's page (NULL: no routine, back to the list). */
void                limber_window_show_routine      (LimberWindow   *self,
                                                     LimberRoutine  *routine);
/* Shows @routine in the player and starts it. */
void                limber_window_start_routine     (LimberWindow   *self,
                                                     LimberRoutine  *routine);
/* Puts @routine (a new version of the one shown, or NULL when it is gone)
 * on the routine page without moving there. */
void                limber_window_replace_routine   (LimberWindow   *self,
                                                     LimberRoutine  *routine);
/* Shows @toast (takes it) over the window. */
void                limber_window_add_toast         (LimberWindow   *self,
                                                     AdwToast       *toast);
/* The library commands (new, edit, delete, import …); NULL without a
 * LimberApplication. */
LimberRoutineActions *limber_window_get_routine_actions (LimberWindow *self);
/* Shows a problem the person should know about (a bad --start argument). */
void                limber_window_show_error        (LimberWindow   *self,
                                                     const char     *title,
                                                     const char     *message);

/* The running (or last) session; NULL before the first start. */
LimberSession      *limber_window_get_session       (LimberWindow   *self);
/* "library", "routine", "player", "finished" or "history". */
const char         *limber_window_get_visible_page  (LimberWindow   *self);
LimberLibraryPage  *limber_window_get_library_page  (LimberWindow   *self);
LimberRoutinePage  *limber_window_get_routine_page  (LimberWindow   *self);
LimberPlayerPage   *limber_window_get_player_page   (LimberWindow   *self);
LimberFinishedPage *limber_window_get_finished_page (LimberWindow   *self);
/* The dialog asking to stop (Esc after a few seconds, or closing), or NULL. */
GtkWindow          *limber_window_get_stop_dialog   (LimberWindow   *self);

/* The history sessions are recorded in and the History page shows (the
 * application's by default). */
void                limber_window_set_history       (LimberWindow   *self,
                                                     LimberHistory  *history);
LimberHistoryRecorder *limber_window_get_recorder   (LimberWindow   *self);
LimberHistoryPage  *limber_window_get_history_page  (LimberWindow   *self);
/* The dialog asking how the back feels before a start, or NULL. */
GtkWindow          *limber_window_get_pain_dialog   (LimberWindow   *self);

G_END_DECLS
