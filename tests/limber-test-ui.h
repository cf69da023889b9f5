/* limber-test-ui.h: what the UI test programs share (suite "ui")
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "limber-application.h"
#include "limber-window-private.h"

G_BEGIN_DECLS

/* Points $XDG_DATA_HOME at a new temporary folder, then initializes the test
 * framework, GTK and libadwaita, with animations off. Call it first in main(),
 * and limber_test_ui_cleanup() after g_test_run(). */
void               limber_test_ui_init             (int    *argc,
                                                    char ***argv);

/* limber_test_ui_init() with no sound server: libcanberra's PulseAudio
 * driver pointed at a socket that does not exist, so the cue player fails
 * at once and quietly (as in test-no-sound). */
void               limber_test_ui_init_without_sound (int    *argc,
                                                      char ***argv);

/* Removes the temporary $XDG_DATA_HOME and what the tests left in it. */
void               limber_test_ui_cleanup          (void);

/* Runs the main loop for @ms milliseconds. */
void               limber_test_ui_spin             (guint ms);

/* The program's one registered application, made on the first call. */
LimberApplication *limber_test_ui_get_app          (void);

/* Loads the application's library again from disk. */
void               limber_test_ui_reload_library   (void);

/* The bundled routine @id in the application's library (transfer none);
 * fails the test when there is none. */
LimberRoutine     *limber_test_ui_lookup_bundled   (const char *id);

/* Activates the enabled window action @action ("start", "back" …) and lets
 * the window follow; fails the test when the action is disabled. */
void               limber_test_ui_activate         (LimberWindow *window,
                                                    const char   *action);

/* Moves the virtual @clock on by @seconds and lets the window follow. */
void               limber_test_ui_advance          (LimberClock *clock,
                                                    double       seconds);

/* A routine from tests/fixtures/routines/good/. */
LimberRoutine     *limber_test_ui_load_routine     (const char *name);

/* A window of @app on @clock, with a reference for the caller; not shown yet. */
LimberWindow      *limber_test_ui_new_window       (LimberApplication *app,
                                                    LimberClock       *clock);

/* Gives @window the tests' size, presents it and lets it draw. */
void               limber_test_ui_show_window      (LimberWindow *window);

/* Destroys @window and lets GTK finish with it; the caller's reference stays. */
void               limber_test_ui_destroy_window   (LimberWindow *window);

/* Drops the last reference to @object and fails the test, naming @what, if
 * it is not finalized within half a second (GTK lets go of a destroyed
 * window's last references from the main loop). */
void               limber_test_ui_assert_finalized (gpointer    object,
                                                    const char *what);

G_END_DECLS
