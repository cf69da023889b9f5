/* limber-exercise.h: one exercise of a routine (format "Exercise keys", and
 * the "progression" of format version 2)
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

/* Levels a routine can be played at: 0 is the routine as written. */
#define LIMBER_LEVEL_MIN (-2)
#define LIMBER_LEVEL_MAX 3

/* Format v2: what an exercise without "progression" does by level. */
#define LIMBER_PROGRESSION_DEFAULT_STEP_SECONDS 5
#define LIMBER_PROGRESSION_DEFAULT_STEP_REPS    2
#define LIMBER_PROGRESSION_DEFAULT_MIN_SECONDS  5
#define LIMBER_PROGRESSION_DEFAULT_MIN_REPS     1
/* The largest duration and reps of the format. */
#define LIMBER_EXERCISE_MAX_DURATION 3600
#define LIMBER_EXERCISE_MAX_REPS     500

/*
 * A new exercise is "strength", 1 set, no rest, sides "none", switch_time 5,
 * and has neither duration nor reps (0 means "not set" for duration, reps and
 * rep_duration). Setters do no validation: the validator of
 * limber-routine-file.h checks an exercise against the format's rules.
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

/*
 * The "progression" object of format v2, as written; 0 means "not given".
 * The exercise has a progression when any of the three is given (a valid
 * one always has a step); without one, the format's defaults apply by
 * level, and likewise for a min or max not given. Setters do no validation.
 */
gboolean            limber_exercise_has_progression      (LimberExercise *self);
guint               limber_exercise_get_progression_step (LimberExercise *self);
void                limber_exercise_set_progression_step (LimberExercise *self,
                                                          guint           step);
guint               limber_exercise_get_progression_min  (LimberExercise *self);
void                limber_exercise_set_progression_min  (LimberExercise *self,
                                                          guint           min);
guint               limber_exercise_get_progression_max  (LimberExercise *self);
void                limber_exercise_set_progression_max  (LimberExercise *self,
                                                          guint           max);
/* Removes the progression (step, min, max and its "x-" keys). */
void                limber_exercise_clear_progression    (LimberExercise *self);
/* "x-" keys inside "progression", kept and written back. Never NULL. */
JsonObject         *limber_exercise_get_progression_extras (LimberExercise *self);

/* The duration of a timed exercise, the reps of a counted one. */
guint               limber_exercise_get_value            (LimberExercise *self);
/* What applies by level, with the format's defaults filled in: the step
 * (5 s or 2 reps without progression), the smallest value (the given min;
 * else the value minus 2 steps, at least 1; without progression 5 s or
 * 1 rep, or the value itself when smaller) and the largest (the given max;
 * else the value plus 3 steps, at most 3600 s or 500 reps; without
 * progression 3600 s or 500 reps). */
guint               limber_exercise_get_level_step       (LimberExercise *self);
guint               limber_exercise_get_level_min        (LimberExercise *self);
guint               limber_exercise_get_level_max        (LimberExercise *self);
/* clamp (value + @level × step, min, max): the duration (or reps) played at
 * @level (LIMBER_LEVEL_MIN … LIMBER_LEVEL_MAX). Level 0 is the value as
 * written; 0 when the exercise has no value. */
guint               limber_exercise_get_value_at_level   (LimberExercise *self,
                                                          int             level);
/* The planned seconds of one set on one side at @level: duration, reps ×
 * rep_duration for paced reps, 0 for manual reps. */
guint               limber_exercise_get_set_seconds_at_level (LimberExercise *self,
                                                              int             level);

/* TRUE for a timed set (duration), FALSE for a counted set (reps). */
gboolean            limber_exercise_is_timed         (LimberExercise    *self);

G_END_DECLS
