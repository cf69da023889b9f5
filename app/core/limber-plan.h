/* limber-plan.h: the step plan, a routine expanded into ordered steps
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "limber-routine.h"

G_BEGIN_DECLS

/*
 * One step of the plan. Steps are immutable and belong to their plan.
 *
 * exercise_index: the exercise the step belongs to. For PREPARE and
 * REST_EXERCISE that is the exercise that comes next; for WORK, SWITCH and
 * REST the exercise being done; for FINISHED it is G_MAXUINT.
 * name, instructions, caution: copies of that exercise's texts ("" for FINISHED).
 * duration: seconds (0 for a manual-reps WORK step and for FINISHED).
 * reps, rep_duration: for a WORK step of a counted exercise (rep_duration 0 = manual, press Done).
 * set/n_sets, round/n_rounds: 1-based; 0 for FINISHED.
 * side: LEFT or RIGHT for WORK steps of a "both" exercise, and for SWITCH (the
 * side that comes next, RIGHT); NONE otherwise. REST after a "both" set is NONE.
 * last_set_of_exercise: TRUE on the WORK step that completes the exercise's
 * last set (the right side for "both"): its end is the "exercise done" moment.
 * offset: planned seconds from the start of the plan to this step's start,
 * counting manual-reps sets as 0.
 *
 * 56 bytes on 64-bit systems: the small values are packed (the format keeps
 * sets ≤ 50 and rounds ≤ 20), and the texts are shared by every step of an
 * exercise, so that the format's largest routine (about 800,000 steps) costs
 * about 45 MB, not more.
 */
typedef struct
{
  LimberStepKind kind : 8;
  LimberExerciseKind exercise_kind : 8;
  LimberSide side : 8;
  guint last_set_of_exercise : 1;
  guint exercise_index;
  const char *name;
  const char *instructions;
  const char *caution;
  guint duration;
  guint reps;
  guint rep_duration;
  guint offset;
  guint16 set;
  guint16 n_sets;
  guint16 round;
  guint16 n_rounds;
} LimberStep;

typedef struct _LimberPlan LimberPlan;

#define LIMBER_TYPE_PLAN (limber_plan_get_type ())

GType              limber_plan_get_type          (void) G_GNUC_CONST;

/* Expands @routine as the format's "How a routine runs" says: prepare, then
 * per round, exercise and set the work (left, switch, right for "both"),
 * rest between sets (not after the last set), rest between exercises (not
 * after the last exercise of the last round), and a FINISHED marker. Steps of
 * length 0 are left out (a manual-reps WORK step is kept). The plan copies
 * what it needs: later changes to @routine do not change it. */
LimberPlan        *limber_plan_new               (LimberRoutine *routine);
/* The plan of @routine played at @level (LIMBER_LEVEL_MIN … LIMBER_LEVEL_MAX):
 * each WORK step lasts limber_exercise_get_set_seconds_at_level() and
 * counts limber_exercise_get_value_at_level() reps; sets, rests,
 * rep_duration and switch_time are as written. Level 0 is limber_plan_new(). */
LimberPlan        *limber_plan_new_at_level      (LimberRoutine *routine,
                                                  int            level);
LimberPlan        *limber_plan_ref               (LimberPlan    *plan);
void               limber_plan_unref             (LimberPlan    *plan);

/* The number of steps, the FINISHED marker included. */
guint              limber_plan_get_n_steps       (LimberPlan    *plan);
const LimberStep  *limber_plan_get_step          (LimberPlan    *plan,
                                                  guint          index);
const char        *limber_plan_get_routine_id    (LimberPlan    *plan);
const char        *limber_plan_get_routine_title (LimberPlan    *plan);
guint              limber_plan_get_n_exercises   (LimberPlan    *plan);
/* The level the plan was made at (0: as written). */
int                limber_plan_get_level         (LimberPlan    *plan);
/* The sum of all timed steps in seconds; manual-reps sets count 0. */
guint              limber_plan_get_total_seconds (LimberPlan    *plan);
/* Planned seconds from the start of step @index to the end of the plan. */
guint              limber_plan_get_seconds_from  (LimberPlan    *plan,
                                                  guint          index);

/* The planned total of a routine, computed without building a plan (nothing
 * is allocated): cheap for the editor to call on every change. */
guint              limber_routine_get_total_seconds (LimberRoutine *routine);
/* The same at @level (LIMBER_LEVEL_MIN … LIMBER_LEVEL_MAX). */
guint              limber_routine_get_total_seconds_at_level (LimberRoutine *routine,
                                                              int            level);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LimberPlan, limber_plan_unref)

G_END_DECLS
