/* limber-types.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-core"

#include "config.h"

#include "limber-types.h"

G_DEFINE_ENUM_TYPE (LimberExerciseKind, limber_exercise_kind,
                    G_DEFINE_ENUM_VALUE (LIMBER_EXERCISE_KIND_STRETCH, "stretch"),
                    G_DEFINE_ENUM_VALUE (LIMBER_EXERCISE_KIND_STRENGTH, "strength"),
                    G_DEFINE_ENUM_VALUE (LIMBER_EXERCISE_KIND_MOBILITY, "mobility"),
                    G_DEFINE_ENUM_VALUE (LIMBER_EXERCISE_KIND_CARDIO, "cardio"),
                    G_DEFINE_ENUM_VALUE (LIMBER_EXERCISE_KIND_BREATHING, "breathing"))

G_DEFINE_ENUM_TYPE (LimberSides, limber_sides,
                    G_DEFINE_ENUM_VALUE (LIMBER_SIDES_NONE, "none"),
                    G_DEFINE_ENUM_VALUE (LIMBER_SIDES_BOTH, "both"))

G_DEFINE_ENUM_TYPE (LimberStepKind, limber_step_kind,
                    G_DEFINE_ENUM_VALUE (LIMBER_STEP_PREPARE, "prepare"),
                    G_DEFINE_ENUM_VALUE (LIMBER_STEP_WORK, "work"),
                    G_DEFINE_ENUM_VALUE (LIMBER_STEP_SWITCH, "switch"),
                    G_DEFINE_ENUM_VALUE (LIMBER_STEP_REST, "rest"),
                    G_DEFINE_ENUM_VALUE (LIMBER_STEP_REST_EXERCISE, "rest-exercise"),
                    G_DEFINE_ENUM_VALUE (LIMBER_STEP_FINISHED, "finished"))

G_DEFINE_ENUM_TYPE (LimberCueKind, limber_cue_kind,
                    G_DEFINE_ENUM_VALUE (LIMBER_CUE_GET_READY, "get-ready"),
                    G_DEFINE_ENUM_VALUE (LIMBER_CUE_COUNTDOWN, "countdown"),
                    G_DEFINE_ENUM_VALUE (LIMBER_CUE_GO, "go"),
                    G_DEFINE_ENUM_VALUE (LIMBER_CUE_HALFWAY, "halfway"),
                    G_DEFINE_ENUM_VALUE (LIMBER_CUE_SWITCH_SIDES, "switch-sides"),
                    G_DEFINE_ENUM_VALUE (LIMBER_CUE_REST, "rest"),
                    G_DEFINE_ENUM_VALUE (LIMBER_CUE_REP, "rep"),
                    G_DEFINE_ENUM_VALUE (LIMBER_CUE_EXERCISE_DONE, "exercise-done"),
                    G_DEFINE_ENUM_VALUE (LIMBER_CUE_SESSION_FINISHED, "session-finished"))

const char *
limber_enum_to_nick (GType type,
                     int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *v = g_enum_get_value (klass, value);

  return v != NULL ? v->value_nick : NULL;
}

gboolean
limber_enum_from_nick (GType       type,
                       const char *nick,
                       int        *value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *v = nick != NULL ? g_enum_get_value_by_nick (klass, nick) : NULL;

  if (v != NULL)
    *value = v->value;
  return v != NULL;
}
