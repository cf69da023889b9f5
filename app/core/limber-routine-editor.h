/* limber-routine-editor.h: editing a routine, without any widget
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "limber-library.h"
#include "limber-routine.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_ROUTINE_EDITOR (limber_routine_editor_get_type ())

G_DECLARE_FINAL_TYPE (LimberRoutineEditor, limber_routine_editor, LIMBER, ROUTINE_EDITOR, GObject)

/* How an exercise's set is measured; each keeps the other keys consistent. */
typedef enum {
  LIMBER_EXERCISE_MODE_TIMED,   /* duration */
  LIMBER_EXERCISE_MODE_PACED,   /* reps and rep_duration */
  LIMBER_EXERCISE_MODE_MANUAL,  /* reps, the person presses Done */
} LimberExerciseMode;

/* What a new exercise or a mode switch starts from. */
#define LIMBER_EDITOR_DEFAULT_DURATION     30
#define LIMBER_EDITOR_DEFAULT_REPS         10
#define LIMBER_EDITOR_DEFAULT_REP_DURATION 3

LimberExerciseMode limber_exercise_get_mode (LimberExercise *exercise);

/*
 * The editor works on a copy of a routine ("routine"): the widgets bind to
 * the copy's and its exercises' properties, or call the functions below.
 * Any change of the copy updates "dirty" (the copy differs from what was
 * last saved), "valid", "total-seconds" and the problems, and emits
 * "changed". Validation is the loader's: the same rules and messages.
 *
 * With @routine NULL the editor starts a new routine: a fresh id, an empty
 * title and one exercise to fill in (so it starts invalid). Its id follows
 * its title until the first save. Editing a bundled routine saves the
 * person's copy under the same id.
 */
LimberRoutineEditor *limber_routine_editor_new              (LimberLibrary       *library,
                                                             LimberRoutine       *routine);

/* The working copy. */
LimberRoutine       *limber_routine_editor_get_routine      (LimberRoutineEditor *self);
gboolean             limber_routine_editor_get_dirty        (LimberRoutineEditor *self);
gboolean             limber_routine_editor_get_valid        (LimberRoutineEditor *self);
/* TRUE until the routine is saved for the first time. */
gboolean             limber_routine_editor_get_is_new       (LimberRoutineEditor *self);
/* The planned total (manual-reps sets count 0). */
guint                limber_routine_editor_get_total_seconds (LimberRoutineEditor *self);

/* The message for @path ("title", "exercises[1].duration", "exercises[1]"
 * for a rule of the whole exercise), or NULL when that field is fine. */
const char          *limber_routine_editor_get_problem      (LimberRoutineEditor *self,
                                                             const char          *path);

/* Exercises. Positions are 0-based; a bad position is a programming error. */
LimberExercise      *limber_routine_editor_add_exercise     (LimberRoutineEditor *self,
                                                             guint                position);
void                 limber_routine_editor_remove_exercise  (LimberRoutineEditor *self,
                                                             guint                position);
/* Inserts a copy right after @position; returns it (borrowed). */
LimberExercise      *limber_routine_editor_duplicate_exercise (LimberRoutineEditor *self,
                                                               guint                position);
/* Moves the exercise at @from so that it ends up at @to (drag and drop). */
void                 limber_routine_editor_move_exercise    (LimberRoutineEditor *self,
                                                             guint                from,
                                                             guint                to);
/* Keyboard moves; FALSE (and nothing changes) at the top or the bottom. */
gboolean             limber_routine_editor_move_up          (LimberRoutineEditor *self,
                                                             guint                position);
gboolean             limber_routine_editor_move_down        (LimberRoutineEditor *self,
                                                             guint                position);

/* TIMED keeps or sets a duration and clears reps and rep_duration; PACED
 * keeps or sets reps and a rep_duration and clears duration; MANUAL keeps
 * or sets reps and clears duration and rep_duration. A change between timed
 * and counted (paced, manual) also removes the exercise's "progression",
 * whose numbers count seconds or reps; anything else keeps it as it is. */
void                 limber_routine_editor_set_exercise_mode  (LimberRoutineEditor *self,
                                                               guint                position,
                                                               LimberExerciseMode   mode);
/* Removes the exercise's "progression" (its step, min, max and their "x-"
 * keys): the format's defaults apply by level again. One change. */
void                 limber_routine_editor_clear_exercise_progression (LimberRoutineEditor *self,
                                                                       guint                position);
/* Sides "none" also puts switch_time back to its default (it only applies
 * to "both"). */
void                 limber_routine_editor_set_exercise_sides (LimberRoutineEditor *self,
                                                               guint                position,
                                                               LimberSides          sides);
/* Tags from what a person types: "hips, Lower back ,," → "hips", "Lower back". */
void                 limber_routine_editor_set_tags_text    (LimberRoutineEditor *self,
                                                             const char          *text);
char                *limber_routine_editor_get_tags_text    (LimberRoutineEditor *self);

/* Saves through the library (refused while invalid, with the first
 * problem), in a worker thread. On success the editor is clean and no
 * longer new. */
void                 limber_routine_editor_save_async       (LimberRoutineEditor *self,
                                                             GCancellable        *cancellable,
                                                             GAsyncReadyCallback  callback,
                                                             gpointer             user_data);
gboolean             limber_routine_editor_save_finish      (LimberRoutineEditor *self,
                                                             GAsyncResult        *result,
                                                             GError             **error);

G_END_DECLS
