/* limber-types.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-core"

#include "config.h"

#include <string.h>

#include "limber-types.h"

static const char *exercise_kinds[] = {
  "stretch", "strength", "mobility", "cardio", "breathing",
};

static const char *sides_names[] = { "none", "both" };

static const char *step_kinds[] = {
  "prepare", "work", "switch", "rest", "rest-exercise", "finished",
};

static const char *cue_kinds[] = {
  "get-ready", "countdown", "go", "halfway", "switch-sides", "rest", "rep",
  "exercise-done", "session-finished",
};

G_STATIC_ASSERT (G_N_ELEMENTS (cue_kinds) == LIMBER_N_CUE_KINDS);

static gboolean
lookup (const char  *str,
        const char **names,
        guint        n_names,
        guint       *out)
{
  if (str == NULL)
    return FALSE;

  for (guint i = 0; i < n_names; i++)
    {
      if (strcmp (str, names[i]) == 0)
        {
          *out = i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
limber_exercise_kind_to_string (LimberExerciseKind kind)
{
  g_return_val_if_fail (kind <= LIMBER_EXERCISE_KIND_BREATHING, NULL);
  return exercise_kinds[kind];
}

gboolean
limber_exercise_kind_from_string (const char         *str,
                                  LimberExerciseKind *kind)
{
  guint v;

  if (!lookup (str, exercise_kinds, G_N_ELEMENTS (exercise_kinds), &v))
    return FALSE;
  *kind = (LimberExerciseKind) v;
  return TRUE;
}

const char *
limber_sides_to_string (LimberSides sides)
{
  g_return_val_if_fail (sides <= LIMBER_SIDES_BOTH, NULL);
  return sides_names[sides];
}

gboolean
limber_sides_from_string (const char  *str,
                          LimberSides *sides)
{
  guint v;

  if (!lookup (str, sides_names, G_N_ELEMENTS (sides_names), &v))
    return FALSE;
  *sides = (LimberSides) v;
  return TRUE;
}

const char *
limber_step_kind_to_string (LimberStepKind kind)
{
  g_return_val_if_fail (kind <= LIMBER_STEP_FINISHED, NULL);
  return step_kinds[kind];
}

const char *
limber_cue_kind_to_string (LimberCueKind kind)
{
  g_return_val_if_fail (kind < LIMBER_N_CUE_KINDS, NULL);
  return cue_kinds[kind];
}

gboolean
limber_cue_kind_from_string (const char    *str,
                             LimberCueKind *kind)
{
  guint v;

  if (!lookup (str, cue_kinds, G_N_ELEMENTS (cue_kinds), &v))
    return FALSE;
  *kind = (LimberCueKind) v;
  return TRUE;
}
