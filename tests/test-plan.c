/* test-plan.c: the step plan follows the format's "How a routine runs"
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "limber-plan.h"

static LimberExercise *
timed (const char *name,
       guint       duration,
       guint       sets,
       guint       rest,
       LimberSides sides,
       guint       switch_time)
{
  LimberExercise *e = limber_exercise_new ();

  limber_exercise_set_name (e, name);
  limber_exercise_set_duration (e, duration);
  limber_exercise_set_sets (e, sets);
  limber_exercise_set_rest (e, rest);
  limber_exercise_set_sides (e, sides);
  limber_exercise_set_switch_time (e, switch_time);
  return e;
}

static LimberExercise *
counted (const char *name,
         guint       reps,
         guint       rep_duration,
         guint       sets,
         guint       rest,
         LimberSides sides)
{
  LimberExercise *e = limber_exercise_new ();

  limber_exercise_set_name (e, name);
  limber_exercise_set_reps (e, reps);
  limber_exercise_set_rep_duration (e, rep_duration);
  limber_exercise_set_sets (e, sets);
  limber_exercise_set_rest (e, rest);
  limber_exercise_set_sides (e, sides);
  return e;
}

/* The example routine of the format document. */
static LimberRoutine *
example_routine (void)
{
  LimberRoutine *r = limber_routine_new ();
  g_autoptr(LimberExercise) a = timed ("Kneeling hip flexor stretch", 30, 2, 10, LIMBER_SIDES_BOTH, 5);
  g_autoptr(LimberExercise) b = counted ("Bodyweight squat", 12, 3, 3, 45, LIMBER_SIDES_NONE);
  g_autoptr(LimberExercise) c = counted ("Lunge", 8, 0, 2, 30, LIMBER_SIDES_BOTH);

  limber_routine_set_id (r, "hip-flexor-release");
  limber_routine_set_title (r, "Hip Flexor Release");
  limber_routine_set_prepare (r, 10);
  limber_routine_set_rest_between_exercises (r, 15);
  limber_routine_append_exercise (r, a);
  limber_routine_append_exercise (r, b);
  limber_routine_append_exercise (r, c);
  return r;
}

/* A compact form of a plan, one token per step: kind letter, side, duration,
 * e.g. "P10 WL30 S5 WR30 R10 ...". */
static char *
describe (LimberPlan *plan)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < limber_plan_get_n_steps (plan); i++)
    {
      const LimberStep *step = limber_plan_get_step (plan, i);
      const char *kind = "?";
      const char *side = step->side == LIMBER_SIDE_LEFT ? "L" :
                         step->side == LIMBER_SIDE_RIGHT ? "R" : "";

      switch (step->kind)
        {
        case LIMBER_STEP_PREPARE: kind = "P"; break;
        case LIMBER_STEP_WORK: kind = "W"; break;
        case LIMBER_STEP_SWITCH: kind = "S"; break;
        case LIMBER_STEP_REST: kind = "R"; break;
        case LIMBER_STEP_REST_EXERCISE: kind = "X"; break;
        case LIMBER_STEP_FINISHED: kind = "F"; break;
        }

      if (s->len > 0)
        g_string_append_c (s, ' ');
      if (step->kind == LIMBER_STEP_FINISHED)
        g_string_append (s, kind);
      else if (step->kind == LIMBER_STEP_WORK && step->reps > 0 && step->rep_duration == 0)
        g_string_append_printf (s, "%s%s#%u", kind, side, step->reps);
      else
        g_string_append_printf (s, "%s%s%u", kind, side, step->duration);
    }

  return g_string_free (s, FALSE);
}

static void
test_example (void)
{
  g_autoptr(LimberRoutine) r = example_routine ();
  g_autoptr(LimberPlan) plan = limber_plan_new (r);
  g_autofree char *d = describe (plan);
  const LimberStep *step;

  g_assert_cmpstr (d, ==,
                   "P10 "
                   "WL30 SR5 WR30 R10 WL30 SR5 WR30 X15 "
                   "W36 R45 W36 R45 W36 X15 "
                   "WL#8 SR5 WR#8 R30 WL#8 SR5 WR#8 F");
  /* 10 + (30+5+30+10+30+5+30) + 15 + (36+45+36+45+36) + 15 + (5+30+5) */
  g_assert_cmpuint (limber_plan_get_total_seconds (plan), ==, 418);
  g_assert_cmpuint (limber_routine_get_total_seconds (r), ==, 418);
  g_assert_cmpstr (limber_plan_get_routine_id (plan), ==, "hip-flexor-release");
  g_assert_cmpuint (limber_plan_get_n_exercises (plan), ==, 3);

  /* prepare belongs to the first exercise */
  step = limber_plan_get_step (plan, 0);
  g_assert_cmpstr (step->name, ==, "Kneeling hip flexor stretch");
  g_assert_cmpuint (step->exercise_index, ==, 0);
  g_assert_cmpuint (step->offset, ==, 0);

  /* second set, right side of the stretch */
  step = limber_plan_get_step (plan, 7);
  g_assert_cmpint (step->kind, ==, LIMBER_STEP_WORK);
  g_assert_cmpint (step->side, ==, LIMBER_SIDE_RIGHT);
  g_assert_cmpuint (step->set, ==, 2);
  g_assert_cmpuint (step->n_sets, ==, 2);
  g_assert_true (step->last_set_of_exercise);
  g_assert_cmpuint (step->offset, ==, 10 + 30 + 5 + 30 + 10 + 30 + 5);

  /* the rest between exercises announces the squat */
  step = limber_plan_get_step (plan, 8);
  g_assert_cmpint (step->kind, ==, LIMBER_STEP_REST_EXERCISE);
  g_assert_cmpstr (step->name, ==, "Bodyweight squat");
  g_assert_cmpuint (step->exercise_index, ==, 1);
  g_assert_cmpuint (step->n_sets, ==, 3);

  /* paced reps */
  step = limber_plan_get_step (plan, 9);
  g_assert_cmpuint (step->reps, ==, 12);
  g_assert_cmpuint (step->rep_duration, ==, 3);
  g_assert_cmpuint (step->duration, ==, 36);
  g_assert_false (step->last_set_of_exercise);

  /* the end */
  step = limber_plan_get_step (plan, limber_plan_get_n_steps (plan) - 1);
  g_assert_cmpint (step->kind, ==, LIMBER_STEP_FINISHED);
  g_assert_cmpuint (step->exercise_index, ==, G_MAXUINT);
  g_assert_cmpuint (step->offset, ==, 418);
  g_assert_null (limber_plan_get_step (plan, limber_plan_get_n_steps (plan)));
  g_assert_cmpuint (limber_plan_get_seconds_from (plan, 0), ==, 418);
  g_assert_cmpuint (limber_plan_get_seconds_from (plan, limber_plan_get_n_steps (plan) - 1), ==, 0);
}

static void
test_rounds_and_zero_steps (void)
{
  g_autoptr(LimberRoutine) r = limber_routine_new ();
  g_autoptr(LimberExercise) a = timed ("A", 20, 2, 0, LIMBER_SIDES_BOTH, 0);
  g_autoptr(LimberExercise) b = timed ("B", 5, 1, 7, LIMBER_SIDES_NONE, 5);
  g_autoptr(LimberPlan) plan = NULL;
  g_autofree char *d = NULL;
  const LimberStep *step;

  limber_routine_set_prepare (r, 0);
  limber_routine_set_rest_between_exercises (r, 3);
  limber_routine_set_rounds (r, 2);
  limber_routine_append_exercise (r, a);
  limber_routine_append_exercise (r, b);

  plan = limber_plan_new (r);
  d = describe (plan);
  /* no prepare (0 s), no switch (0 s), no rest between sets (0 s), no rest
   * after B's only set; the rest between exercises also joins the rounds */
  g_assert_cmpstr (d, ==, "WL20 WR20 WL20 WR20 X3 W5 X3 WL20 WR20 WL20 WR20 X3 W5 F");
  g_assert_cmpuint (limber_plan_get_total_seconds (plan), ==, 2 * (80 + 3 + 5) + 3);

  /* the rest between rounds belongs to round 2's first exercise */
  step = limber_plan_get_step (plan, 6);
  g_assert_cmpint (step->kind, ==, LIMBER_STEP_REST_EXERCISE);
  g_assert_cmpuint (step->round, ==, 2);
  g_assert_cmpuint (step->exercise_index, ==, 0);
  step = limber_plan_get_step (plan, 7);
  g_assert_cmpuint (step->round, ==, 2);
  g_assert_cmpuint (step->n_rounds, ==, 2);
}

static void
test_plan_is_a_copy (void)
{
  g_autoptr(LimberRoutine) r = example_routine ();
  g_autoptr(LimberPlan) plan = limber_plan_new (r);

  limber_exercise_set_name (limber_routine_get_exercise (r, 0), "Renamed");
  limber_exercise_set_duration (limber_routine_get_exercise (r, 0), 1);
  g_clear_object (&r);

  g_assert_cmpstr (limber_plan_get_step (plan, 1)->name, ==, "Kneeling hip flexor stretch");
  g_assert_cmpuint (limber_plan_get_step (plan, 1)->duration, ==, 30);
}

static void
test_manual_only (void)
{
  g_autoptr(LimberRoutine) r = limber_routine_new ();
  g_autoptr(LimberExercise) a = counted ("Push-up", 10, 0, 1, 0, LIMBER_SIDES_NONE);
  g_autoptr(LimberPlan) plan = NULL;
  g_autofree char *d = NULL;

  limber_routine_set_prepare (r, 0);
  limber_routine_append_exercise (r, a);
  plan = limber_plan_new (r);
  d = describe (plan);

  g_assert_cmpstr (d, ==, "W#10 F");
  g_assert_cmpuint (limber_plan_get_total_seconds (plan), ==, 0);
}

/* clamp (value + level × step, min, max), with the format's defaults. */
static void
test_value_at_level (void)
{
  static const struct {
    gboolean timed;
    guint value, step, min, max;       /* step 0: no progression */
    guint eff_step, eff_min, eff_max;  /* what applies */
    guint at[6];                       /* levels -2 … +3 */
  } rows[] = {
    /* no progression: 5 s or 2 reps a level, down to 5 s or 1 rep, up to 3600 s or 500 */
    { TRUE, 30, 0, 0, 0, 5, 5, 3600, { 20, 25, 30, 35, 40, 45 } },
    { TRUE, 8, 0, 0, 0, 5, 5, 3600, { 5, 5, 8, 13, 18, 23 } },
    { TRUE, 5, 0, 0, 0, 5, 5, 3600, { 5, 5, 5, 10, 15, 20 } },
    { TRUE, 3, 0, 0, 0, 5, 3, 3600, { 3, 3, 3, 8, 13, 18 } },
    { TRUE, 1, 0, 0, 0, 5, 1, 3600, { 1, 1, 1, 6, 11, 16 } },
    { TRUE, 3596, 0, 0, 0, 5, 5, 3600, { 3586, 3591, 3596, 3600, 3600, 3600 } },
    { FALSE, 10, 0, 0, 0, 2, 1, 500, { 6, 8, 10, 12, 14, 16 } },
    { FALSE, 2, 0, 0, 0, 2, 1, 500, { 1, 1, 2, 4, 6, 8 } },
    { FALSE, 1, 0, 0, 0, 2, 1, 500, { 1, 1, 1, 3, 5, 7 } },
    { FALSE, 497, 0, 0, 0, 2, 1, 500, { 493, 495, 497, 499, 500, 500 } },
    /* progression without min and max: value − 2 steps (at least 1) … value + 3 steps (at most the top) */
    { TRUE, 30, 10, 0, 0, 10, 10, 60, { 10, 20, 30, 40, 50, 60 } },
    { TRUE, 15, 10, 0, 0, 10, 1, 45, { 1, 5, 15, 25, 35, 45 } },
    { TRUE, 3000, 600, 0, 0, 600, 1800, 3600, { 1800, 2400, 3000, 3600, 3600, 3600 } },
    { TRUE, 1, 600, 0, 0, 600, 1, 1801, { 1, 1, 1, 601, 1201, 1801 } },
    { FALSE, 480, 50, 0, 0, 50, 380, 500, { 380, 430, 480, 500, 500, 500 } },
    { FALSE, 3, 1, 0, 0, 1, 1, 6, { 1, 2, 3, 4, 5, 6 } },
    /* given bounds */
    { TRUE, 30, 5, 20, 40, 5, 20, 40, { 20, 25, 30, 35, 40, 40 } },
    { TRUE, 30, 5, 30, 30, 5, 30, 30, { 30, 30, 30, 30, 30, 30 } },
    { TRUE, 30, 5, 28, 0, 5, 28, 45, { 28, 28, 30, 35, 40, 45 } },
    { TRUE, 30, 5, 0, 3600, 5, 20, 3600, { 20, 25, 30, 35, 40, 45 } },
    { FALSE, 12, 3, 10, 13, 3, 10, 13, { 10, 10, 12, 13, 13, 13 } },
    { FALSE, 500, 50, 1, 500, 50, 1, 500, { 400, 450, 500, 500, 500, 500 } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr(LimberExercise) e = limber_exercise_new ();

      g_test_message ("row %u", i);
      if (rows[i].timed)
        limber_exercise_set_duration (e, rows[i].value);
      else
        limber_exercise_set_reps (e, rows[i].value);
      limber_exercise_set_progression_step (e, rows[i].step);
      limber_exercise_set_progression_min (e, rows[i].min);
      limber_exercise_set_progression_max (e, rows[i].max);

      g_assert_cmpuint (limber_exercise_get_value (e), ==, rows[i].value);
      g_assert_cmpuint (limber_exercise_get_level_step (e), ==, rows[i].eff_step);
      g_assert_cmpuint (limber_exercise_get_level_min (e), ==, rows[i].eff_min);
      g_assert_cmpuint (limber_exercise_get_level_max (e), ==, rows[i].eff_max);
      for (int level = LIMBER_LEVEL_MIN; level <= LIMBER_LEVEL_MAX; level++)
        {
          guint expected = rows[i].at[level - LIMBER_LEVEL_MIN];

          g_assert_cmpuint (limber_exercise_get_value_at_level (e, level), ==, expected);
          /* manual reps: 0 s; paced: reps × rep_duration */
          g_assert_cmpuint (limber_exercise_get_set_seconds_at_level (e, level), ==, rows[i].timed ? expected : 0);
          if (!rows[i].timed)
            {
              limber_exercise_set_rep_duration (e, 3);
              g_assert_cmpuint (limber_exercise_get_set_seconds_at_level (e, level), ==, expected * 3);
              limber_exercise_set_rep_duration (e, 0);
            }
        }
    }
}

/* The example routine with a progression on its hold (step 10, 10 … 60 s). */
static LimberRoutine *
levels_routine (void)
{
  LimberRoutine *r = example_routine ();
  LimberExercise *hold = limber_routine_get_exercise (r, 0);

  limber_exercise_set_progression_step (hold, 10);
  limber_exercise_set_progression_min (hold, 10);
  limber_exercise_set_progression_max (hold, 60);
  return r;
}

static void
test_plan_at_level (void)
{
  g_autoptr(LimberRoutine) r = levels_routine ();
  g_autoptr(LimberPlan) level0 = limber_plan_new (r);
  g_autoptr(LimberPlan) same = limber_plan_new_at_level (r, 0);
  g_autoptr(LimberPlan) up = limber_plan_new_at_level (r, 1);
  g_autoptr(LimberPlan) down = limber_plan_new_at_level (r, -2);
  g_autofree char *d0 = describe (level0);
  g_autofree char *d0_same = describe (same);
  g_autofree char *d_up = describe (up);
  g_autofree char *d_down = describe (down);

  g_assert_cmpint (limber_plan_get_level (level0), ==, 0);
  g_assert_cmpint (limber_plan_get_level (up), ==, 1);
  g_assert_cmpint (limber_plan_get_level (down), ==, -2);
  g_assert_cmpstr (d0, ==, d0_same);
  g_assert_cmpstr (d0, ==, "P10 WL30 SR5 WR30 R10 WL30 SR5 WR30 X15 W36 R45 W36 R45 W36 X15 "
                           "WL#8 SR5 WR#8 R30 WL#8 SR5 WR#8 F");
  /* +1: hold 40 s, squat 14 paced reps of 3 s, lunge 10 manual reps; the
   * rests and the switch as written */
  g_assert_cmpstr (d_up, ==, "P10 WL40 SR5 WR40 R10 WL40 SR5 WR40 X15 W42 R45 W42 R45 W42 X15 "
                             "WL#10 SR5 WR#10 R30 WL#10 SR5 WR#10 F");
  /* −2: hold at its min 10 s, squat 8 reps, lunge 4 reps */
  g_assert_cmpstr (d_down, ==, "P10 WL10 SR5 WR10 R10 WL10 SR5 WR10 X15 W24 R45 W24 R45 W24 X15 "
                               "WL#4 SR5 WR#4 R30 WL#4 SR5 WR#4 F");
  for (guint i = 0; i < limber_plan_get_n_steps (up); i++)
    {
      const LimberStep *step = limber_plan_get_step (up, i);

      if (step->kind == LIMBER_STEP_WORK && step->exercise_index == 1)
        {
          g_assert_cmpuint (step->reps, ==, 14);
          g_assert_cmpuint (step->rep_duration, ==, 3);
        }
    }
}

/* Totals by level: the plan's steps, the routine's total and the format's
 * arithmetic agree (4 × hold + 9 × squat reps + 190 s for this routine). */
static void
test_totals_at_level (void)
{
  static const guint expected[] = { 302, 360, 418, 476, 534, 592 };
  g_autoptr(LimberRoutine) r = levels_routine ();
  g_autoptr(LimberRoutine) plain = example_routine ();

  for (int level = LIMBER_LEVEL_MIN; level <= LIMBER_LEVEL_MAX; level++)
    {
      g_autoptr(LimberPlan) plan = limber_plan_new_at_level (r, level);
      guint hold = limber_exercise_get_value_at_level (limber_routine_get_exercise (r, 0), level);
      guint squat = limber_exercise_get_value_at_level (limber_routine_get_exercise (r, 1), level);
      guint sum = 0;

      for (guint i = 0; i < limber_plan_get_n_steps (plan); i++)
        {
          const LimberStep *step = limber_plan_get_step (plan, i);

          g_assert_cmpuint (step->offset, ==, sum);
          sum += step->duration;
        }
      g_assert_cmpuint (sum, ==, limber_plan_get_total_seconds (plan));
      g_assert_cmpuint (sum, ==, limber_routine_get_total_seconds_at_level (r, level));
      g_assert_cmpuint (sum, ==, 4 * hold + 9 * squat + 190);
      g_assert_cmpuint (sum, ==, expected[level - LIMBER_LEVEL_MIN]);
    }
  g_assert_cmpuint (limber_routine_get_total_seconds (r), ==, 418);

  /* without any progression: hold 30 ± 5 s a level, squat 12 ± 2 reps */
  for (int level = LIMBER_LEVEL_MIN; level <= LIMBER_LEVEL_MAX; level++)
    g_assert_cmpuint (limber_routine_get_total_seconds_at_level (plain, level), ==,
                      4 * (30 + 5 * level) + 9 * (12 + 2 * level) + 190);
}

/* The format's largest routine: 200 exercises × 50 sets × 20 rounds, both
 * sides, a rest between sets: every step is there with its exact numbers,
 * the texts shared by all the steps of an exercise. */
static void
test_largest (void)
{
  g_autoptr(LimberRoutine) r = limber_routine_new ();
  g_autoptr(LimberPlan) plan = NULL;
  const LimberStep *last_work, *step;
  guint n, per_round;

  limber_routine_set_id (r, "largest");
  limber_routine_set_title (r, "Largest");
  limber_routine_set_rounds (r, 20);
  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *name = g_strdup_printf ("Exercise %u", i);
      g_autoptr(LimberExercise) e = timed (name, 60, 50, 10, LIMBER_SIDES_BOTH, 5);

      limber_routine_append_exercise (r, e);
    }

  plan = limber_plan_new (r);
  n = limber_plan_get_n_steps (plan);
  /* prepare; per set left, switch, right, and a rest but after the last;
   * a rest between exercises but after the very last; finished */
  g_assert_cmpuint (n, ==, 1 + 20 * 200 * (50 * 4 - 1) + (20 * 200 - 1) + 1);
  /* per exercise: 50 × (60 + 5 + 60) + 49 × 10; 15 s between exercises */
  per_round = 200 * (50 * 125 + 49 * 10);
  g_assert_cmpuint (limber_plan_get_total_seconds (plan), ==, 10 + 20 * per_round + 15 * (20 * 200 - 1));
  g_assert_cmpuint (limber_routine_get_total_seconds (r), ==, limber_plan_get_total_seconds (plan));

  last_work = limber_plan_get_step (plan, n - 2);
  g_assert_cmpint (last_work->kind, ==, LIMBER_STEP_WORK);
  g_assert_cmpint (last_work->side, ==, LIMBER_SIDE_RIGHT);
  g_assert_cmpuint (last_work->set, ==, 50);
  g_assert_cmpuint (last_work->n_sets, ==, 50);
  g_assert_cmpuint (last_work->round, ==, 20);
  g_assert_cmpuint (last_work->n_rounds, ==, 20);
  g_assert_cmpuint (last_work->exercise_index, ==, 199);
  g_assert_true (last_work->last_set_of_exercise);
  g_assert_cmpstr (last_work->name, ==, "Exercise 199");
  g_assert_cmpuint (last_work->offset + 60, ==, limber_plan_get_total_seconds (plan));

  /* the same exercise's steps share its texts */
  step = limber_plan_get_step (plan, 1);
  g_assert_cmpstr (step->name, ==, "Exercise 0");
  g_assert_true (step->name == limber_plan_get_step (plan, 199)->name);
  /* exercise 0 takes steps 1 to 199, then the rest before exercise 1 */
  step = limber_plan_get_step (plan, 200);
  g_assert_cmpint (step->kind, ==, LIMBER_STEP_REST_EXERCISE);
  g_assert_cmpstr (step->name, ==, "Exercise 1");
  g_assert_true (step->name == limber_plan_get_step (plan, 201)->name);
  g_assert_cmpint (limber_plan_get_step (plan, 201)->kind, ==, LIMBER_STEP_WORK);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/plan/example", test_example);
  g_test_add_func ("/plan/rounds-and-zero-steps", test_rounds_and_zero_steps);
  g_test_add_func ("/plan/is-a-copy", test_plan_is_a_copy);
  g_test_add_func ("/plan/manual-only", test_manual_only);
  g_test_add_func ("/plan/value-at-level", test_value_at_level);
  g_test_add_func ("/plan/at-level", test_plan_at_level);
  g_test_add_func ("/plan/totals-at-level", test_totals_at_level);
  g_test_add_func ("/plan/largest", test_largest);

  return g_test_run ();
}
