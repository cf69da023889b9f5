/* limber-exercise.h: one exercise of a routine (format v1 "Exercise keys")
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "limber-types.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_EXERCISE (limber_exercise_get_type ())

G_DECLARE_FINAL_TYPE (LimberExercise, limber_exercise, LIMBER, EXERCISE, GObject)

/* Defaults of format v1. */
#define LIMBER_EXERCISE_DEFAULT_SETS        1
#define LIMBER_EXERCISE_DEFAULT_REST        0
#define LIMBER_EXERCISE_DEFAULT_SWITCH_TIME 5

/*
 * A new exercise is "strength", 1 set, no rest, sides "none", switch_time 5,
 * and has neither duration nor reps (0 means "not set" for duration, reps and
 * rep_duration). Setters do no validation: the validator of
 * limber-routine-loader.h checks an exercise against the format's rules.
 */
LimberExercise     *limber_exercise_new              (void);
LimberExercise     *limber_exercise_copy             (LimberExercise    *self);
gboolean            limber_exercise_equal            (LimberExercise    *a,
                                                      LimberExercise    *b);

const char         *limber_exercise_get_name         (LimberExercise    *self);
void                limber_exercise_set_name         (LimberExercise    *self,
                                                      const char        *name);
LimberExerciseKind  limber_exercise_get_kind         (LimberExercise    *self);
void                limber_exercise_set_kind         (LimberExercise    *self,
                                                      LimberExerciseKind kind);
guint               limber_exercise_get_duration     (LimberExercise    *self);
void                limber_exercise_set_duration     (LimberExercise    *self,
                                                      guint              duration);
guint               limber_exercise_get_reps         (LimberExercise    *self);
void                limber_exercise_set_reps         (LimberExercise    *self,
                                                      guint              reps);
guint               limber_exercise_get_rep_duration (LimberExercise    *self);
void                limber_exercise_set_rep_duration (LimberExercise    *self,
                                                      guint              rep_duration);
guint               limber_exercise_get_sets         (LimberExercise    *self);
void                limber_exercise_set_sets         (LimberExercise    *self,
                                                      guint              sets);
guint               limber_exercise_get_rest         (LimberExercise    *self);
void                limber_exercise_set_rest         (LimberExercise    *self,
                                                      guint              rest);
LimberSides         limber_exercise_get_sides        (LimberExercise    *self);
void                limber_exercise_set_sides        (LimberExercise    *self,
                                                      LimberSides        sides);
guint               limber_exercise_get_switch_time  (LimberExercise    *self);
void                limber_exercise_set_switch_time  (LimberExercise    *self,
                                                      guint              switch_time);
const char         *limber_exercise_get_instructions (LimberExercise    *self);
void                limber_exercise_set_instructions (LimberExercise    *self,
                                                      const char        *instructions);
const char         *limber_exercise_get_caution      (LimberExercise    *self);
void                limber_exercise_set_caution      (LimberExercise    *self,
                                                      const char        *caution);

/* "x-" keys of the file, kept in file order and written back on save.
 * Never NULL; the object belongs to the exercise. */
JsonObject         *limber_exercise_get_extras       (LimberExercise    *self);

/* TRUE for a timed set (duration), FALSE for a counted set (reps). */
gboolean            limber_exercise_is_timed         (LimberExercise    *self);
/* The planned seconds of one set on one side: duration, reps × rep_duration
 * for paced reps, 0 for manual reps. */
guint               limber_exercise_get_set_seconds  (LimberExercise    *self);

G_END_DECLS
