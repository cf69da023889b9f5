/* limber-plan.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-plan"

#include "config.h"

#include "limber-plan.h"

struct _LimberPlan
{
  gatomicrefcount ref_count;
  char *routine_id;
  char *routine_title;
  LimberStep *steps;      /* n_steps of them, allocated to the exact size */
  guint n_steps;
  GStringChunk *strings;  /* the steps' texts, once per exercise */
  guint n_exercises;
  guint total_seconds;
  int level;
};

G_DEFINE_BOXED_TYPE (LimberPlan, limber_plan, limber_plan_ref, limber_plan_unref)

/* The format's largest routine has about 800,000 steps: keep each small. */
G_STATIC_ASSERT (sizeof (LimberStep) <= 64);

/* The texts every step of one exercise shares. */
typedef struct
{
  const char *name;
  const char *instructions;
  const char *caution;
} Texts;

/* One pass over the routine: with @steps NULL it only counts the steps and
 * sums their time (nothing allocated); then it fills @steps. */
typedef struct
{
  LimberStep *steps;
  const Texts *texts;
  int level;
  guint n_steps;
  guint total_seconds;
} Builder;

static void
add_step (Builder    *builder,
          LimberStep *step)
{
  /* A step of length 0 is left out, except a manual-reps set (it waits for
   * Done) and the end marker. */
  if (step->duration == 0 &&
      step->kind != LIMBER_STEP_FINISHED &&
      !(step->kind == LIMBER_STEP_WORK && step->reps > 0))
    return;

  step->offset = builder->total_seconds;
  builder->total_seconds += step->duration;
  if (builder->steps != NULL)
    builder->steps[builder->n_steps] = *step;
  builder->n_steps++;
}

static void
fill_exercise (Builder        *builder,
               LimberStep     *step,
               LimberExercise *exercise,
               guint           index)
{
  step->exercise_index = index;
  step->exercise_kind = limber_exercise_get_kind (exercise);
  if (builder->texts != NULL)
    {
      step->name = builder->texts[index].name;
      step->instructions = builder->texts[index].instructions;
      step->caution = builder->texts[index].caution;
    }
}

static void
build (Builder       *builder,
       LimberRoutine *routine)
{
  guint n_exercises = limber_routine_get_n_exercises (routine);
  guint n_rounds = MAX (limber_routine_get_rounds (routine), 1);

  if (n_exercises > 0)
    {
      LimberStep prepare = { 0 };

      prepare.kind = LIMBER_STEP_PREPARE;
      prepare.duration = limber_routine_get_prepare (routine);
      prepare.round = 1;
      prepare.n_rounds = n_rounds;
      prepare.set = 1;
      prepare.n_sets = MAX (limber_exercise_get_sets (limber_routine_get_exercise (routine, 0)), 1);
      fill_exercise (builder, &prepare, limber_routine_get_exercise (routine, 0), 0);
      add_step (builder, &prepare);
    }

  for (guint round = 1; round <= n_rounds; round++)
    {
      for (guint e = 0; e < n_exercises; e++)
        {
          LimberExercise *exercise = limber_routine_get_exercise (routine, e);
          guint n_sets = MAX (limber_exercise_get_sets (exercise), 1);
          gboolean both = limber_exercise_get_sides (exercise) == LIMBER_SIDES_BOTH;
          gboolean last_exercise = round == n_rounds && e + 1 == n_exercises;

          for (guint set = 1; set <= n_sets; set++)
            {
              LimberStep step = { 0 };

              fill_exercise (builder, &step, exercise, e);
              step.set = set;
              step.n_sets = n_sets;
              step.round = round;
              step.n_rounds = n_rounds;

              step.kind = LIMBER_STEP_WORK;
              /* Only the work changes with the level: sets, rests,
               * rep_duration and switch_time stay as written. */
              step.duration = limber_exercise_get_set_seconds_at_level (exercise, builder->level);
              step.reps = limber_exercise_is_timed (exercise) ? 0 :
                limber_exercise_get_value_at_level (exercise, builder->level);
              step.rep_duration = step.reps > 0 ? limber_exercise_get_rep_duration (exercise) : 0;

              if (both)
                {
                  LimberStep sw = step;

                  step.side = LIMBER_SIDE_LEFT;
                  add_step (builder, &step);

                  sw.kind = LIMBER_STEP_SWITCH;
                  sw.side = LIMBER_SIDE_RIGHT;
                  sw.duration = limber_exercise_get_switch_time (exercise);
                  sw.reps = sw.rep_duration = 0;
                  add_step (builder, &sw);

                  step.side = LIMBER_SIDE_RIGHT;
                }
              step.last_set_of_exercise = set == n_sets;
              add_step (builder, &step);

              if (set < n_sets)
                {
                  LimberStep rest = step;

                  rest.kind = LIMBER_STEP_REST;
                  rest.side = LIMBER_SIDE_NONE;
                  rest.duration = limber_exercise_get_rest (exercise);
                  rest.reps = rest.rep_duration = 0;
                  rest.last_set_of_exercise = FALSE;
                  add_step (builder, &rest);
                }
            }

          if (!last_exercise)
            {
              guint next = (e + 1) % n_exercises;
              LimberExercise *next_exercise = limber_routine_get_exercise (routine, next);
              LimberStep rest = { 0 };

              rest.kind = LIMBER_STEP_REST_EXERCISE;
              rest.duration = limber_routine_get_rest_between_exercises (routine);
              rest.round = next == 0 ? round + 1 : round;
              rest.n_rounds = n_rounds;
              rest.set = 1;
              rest.n_sets = MAX (limber_exercise_get_sets (next_exercise), 1);
              fill_exercise (builder, &rest, next_exercise, next);
              add_step (builder, &rest);
            }
        }
    }

  {
    LimberStep finished = { 0 };

    finished.kind = LIMBER_STEP_FINISHED;
    finished.exercise_index = G_MAXUINT;
    finished.name = finished.instructions = finished.caution = "";
    add_step (builder, &finished);
  }
}

LimberPlan *
limber_plan_new (LimberRoutine *routine)
{
  return limber_plan_new_at_level (routine, 0);
}

LimberPlan *
limber_plan_new_at_level (LimberRoutine *routine,
                          int            level)
{
  LimberPlan *plan;
  Builder counter = { .level = level };
  Builder builder = { .level = level };
  g_autofree Texts *texts = NULL;

  g_return_val_if_fail (LIMBER_IS_ROUTINE (routine), NULL);
  g_return_val_if_fail (level >= LIMBER_LEVEL_MIN && level <= LIMBER_LEVEL_MAX, NULL);

  plan = g_new0 (LimberPlan, 1);
  plan->level = level;
  g_atomic_ref_count_init (&plan->ref_count);
  plan->routine_id = g_strdup (limber_routine_get_id (routine));
  plan->routine_title = g_strdup (limber_routine_get_title (routine));
  plan->strings = g_string_chunk_new (256);
  plan->n_exercises = limber_routine_get_n_exercises (routine);

  texts = g_new0 (Texts, MAX (plan->n_exercises, 1));
  for (guint i = 0; i < plan->n_exercises; i++)
    {
      LimberExercise *exercise = limber_routine_get_exercise (routine, i);

      texts[i].name = g_string_chunk_insert_const (plan->strings, limber_exercise_get_name (exercise));
      texts[i].instructions =
        g_string_chunk_insert_const (plan->strings, limber_exercise_get_instructions (exercise));
      texts[i].caution = g_string_chunk_insert_const (plan->strings, limber_exercise_get_caution (exercise));
    }

  /* Counted first, so that the steps take exactly their size (a growing
   * array would round up to a power of two). */
  build (&counter, routine);
  builder.steps = g_new (LimberStep, counter.n_steps);
  builder.texts = texts;
  build (&builder, routine);
  g_assert (builder.n_steps == counter.n_steps);

  plan->steps = builder.steps;
  plan->n_steps = builder.n_steps;
  plan->total_seconds = builder.total_seconds;
  return plan;
}

LimberPlan *
limber_plan_ref (LimberPlan *plan)
{
  g_return_val_if_fail (plan != NULL, NULL);
  g_atomic_ref_count_inc (&plan->ref_count);
  return plan;
}

void
limber_plan_unref (LimberPlan *plan)
{
  g_return_if_fail (plan != NULL);

  if (!g_atomic_ref_count_dec (&plan->ref_count))
    return;

  g_free (plan->routine_id);
  g_free (plan->routine_title);
  g_free (plan->steps);
  g_string_chunk_free (plan->strings);
  g_free (plan);
}

guint
limber_plan_get_n_steps (LimberPlan *plan)
{
  g_return_val_if_fail (plan != NULL, 0);
  return plan->n_steps;
}

const LimberStep *
limber_plan_get_step (LimberPlan *plan,
                      guint       index)
{
  g_return_val_if_fail (plan != NULL, NULL);

  if (index >= plan->n_steps)
    return NULL;
  return &plan->steps[index];
}

const char *
limber_plan_get_routine_id (LimberPlan *plan)
{
  g_return_val_if_fail (plan != NULL, NULL);
  return plan->routine_id;
}

const char *
limber_plan_get_routine_title (LimberPlan *plan)
{
  g_return_val_if_fail (plan != NULL, NULL);
  return plan->routine_title;
}

guint
limber_plan_get_n_exercises (LimberPlan *plan)
{
  g_return_val_if_fail (plan != NULL, 0);
  return plan->n_exercises;
}

int
limber_plan_get_level (LimberPlan *plan)
{
  g_return_val_if_fail (plan != NULL, 0);
  return plan->level;
}

guint
limber_plan_get_total_seconds (LimberPlan *plan)
{
  g_return_val_if_fail (plan != NULL, 0);
  return plan->total_seconds;
}

guint
limber_plan_get_seconds_from (LimberPlan *plan,
                              guint       index)
{
  g_return_val_if_fail (plan != NULL, 0);

  if (index >= plan->n_steps)
    return 0;
  return plan->total_seconds - plan->steps[index].offset;
}

guint
limber_routine_get_total_seconds (LimberRoutine *routine)
{
  return limber_routine_get_total_seconds_at_level (routine, 0);
}

guint
limber_routine_get_total_seconds_at_level (LimberRoutine *routine,
                                           int            level)
{
  Builder counter = { .level = level };

  g_return_val_if_fail (LIMBER_IS_ROUTINE (routine), 0);
  g_return_val_if_fail (level >= LIMBER_LEVEL_MIN && level <= LIMBER_LEVEL_MAX, 0);

  build (&counter, routine);
  return counter.total_seconds;
}
