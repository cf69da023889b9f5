/* limber-exercise-row.h: one exercise of the routine being edited
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "limber-duration-row.h"
#include "limber-progression-row.h"
#include "limber-routine-editor.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_EXERCISE_ROW (limber_exercise_row_get_type ())

G_DECLARE_FINAL_TYPE (LimberExerciseRow, limber_exercise_row, LIMBER, EXERCISE_ROW, AdwExpanderRow)

/*
 * An expandable row with every field of @exercise (an exercise of
 * @editor's working copy), its "progression" in a row of its own (with
 * "exercise.clear-progression" for Use Defaults), the validator's messages
 * next to the fields, a drag handle and buttons to move, duplicate and
 * remove it. The row finds
 * its position from its place in the list.
 */
GtkWidget         *limber_exercise_row_new               (LimberRoutineEditor *editor,
                                                          LimberExercise      *exercise);
LimberExercise    *limber_exercise_row_get_exercise      (LimberExerciseRow   *self);
/* FALSE while one of its m:ss entries holds text that is not a duration. */
gboolean           limber_exercise_row_get_input_valid   (LimberExerciseRow   *self);

/* The fields, for tests. */
AdwEntryRow       *limber_exercise_row_get_name_row      (LimberExerciseRow   *self);
/* The validator's message shown for the name, or NULL. */
const char        *limber_exercise_row_get_name_problem  (LimberExerciseRow   *self);
AdwComboRow       *limber_exercise_row_get_mode_row      (LimberExerciseRow   *self);
LimberDurationRow *limber_exercise_row_get_duration_row  (LimberExerciseRow   *self);
GtkSpinButton     *limber_exercise_row_get_reps_spin     (LimberExerciseRow   *self);
LimberDurationRow *limber_exercise_row_get_rep_duration_row (LimberExerciseRow *self);
GtkSpinButton     *limber_exercise_row_get_sets_spin     (LimberExerciseRow   *self);
LimberDurationRow *limber_exercise_row_get_rest_row      (LimberExerciseRow   *self);
GtkSwitch         *limber_exercise_row_get_sides_switch  (LimberExerciseRow   *self);
LimberProgressionRow *limber_exercise_row_get_progression_row (LimberExerciseRow *self);
GtkButton         *limber_exercise_row_get_button        (LimberExerciseRow   *self,
                                                          const char          *name);

G_END_DECLS
