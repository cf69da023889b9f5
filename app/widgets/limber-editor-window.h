/* limber-editor-window.h: writing a routine: its fields, its exercises, Save
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "limber-duration-row.h"
#include "limber-exercise-row.h"
#include "limber-library.h"
#include "limber-routine-editor.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_EDITOR_WINDOW (limber_editor_window_get_type ())

G_DECLARE_FINAL_TYPE (LimberEditorWindow, limber_editor_window, LIMBER, EDITOR_WINDOW, AdwWindow)

/*
 * A dialog window over @parent editing a copy of @routine (NULL: a new
 * routine) with a LimberRoutineEditor. Save writes it through @library and
 * closes; closing with unsaved changes asks first (save, discard, cancel).
 * When the routine's file changes on disk meanwhile, a banner offers to
 * reload it.
 *
 * Signals:
 * - "saved" (LimberRoutine *routine): the routine now in the library.
 */
LimberEditorWindow  *limber_editor_window_new               (GtkWindow          *parent,
                                                             LimberLibrary      *library,
                                                             LimberRoutine      *routine);
LimberRoutineEditor *limber_editor_window_get_editor        (LimberEditorWindow *self);
/* Saves (asynchronously) and closes when the routine is valid. */
void                 limber_editor_window_save              (LimberEditorWindow *self);
/* TRUE while Save can be pressed: the routine is valid and every m:ss entry reads. */
gboolean             limber_editor_window_get_can_save      (LimberEditorWindow *self);
/* The header's subtitle: "Total 12:30". */
const char          *limber_editor_window_get_total_text    (LimberEditorWindow *self);
/* The dialog asking about unsaved changes, or NULL. */
AdwMessageDialog    *limber_editor_window_get_close_dialog  (LimberEditorWindow *self);
/* TRUE while the banner says that the file changed on disk. */
gboolean             limber_editor_window_get_changed_on_disk (LimberEditorWindow *self);
/* Starts again from the routine as it is now in the library. */
void                 limber_editor_window_reload            (LimberEditorWindow *self);

/* The fields, for tests. */
AdwEntryRow         *limber_editor_window_get_title_row     (LimberEditorWindow *self);
/* The message shown under the title, or NULL. */
const char          *limber_editor_window_get_title_problem (LimberEditorWindow *self);
AdwEntryRow         *limber_editor_window_get_tags_row      (LimberEditorWindow *self);
GtkTextView         *limber_editor_window_get_description_view (LimberEditorWindow *self);
LimberDurationRow   *limber_editor_window_get_prepare_row   (LimberEditorWindow *self);
LimberDurationRow   *limber_editor_window_get_rest_row      (LimberEditorWindow *self);
GtkSpinButton       *limber_editor_window_get_rounds_spin   (LimberEditorWindow *self);
GtkButton           *limber_editor_window_get_save_button   (LimberEditorWindow *self);
GtkButton           *limber_editor_window_get_cancel_button (LimberEditorWindow *self);
GtkButton           *limber_editor_window_get_add_button    (LimberEditorWindow *self);
/* The row of the exercise at @position, or NULL. */
LimberExerciseRow   *limber_editor_window_get_exercise_row  (LimberEditorWindow *self,
                                                             guint               position);

G_END_DECLS
