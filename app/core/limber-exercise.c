/* limber-exercise.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-core"

#include "config.h"

#include "limber-exercise.h"
#include "limber-json-util.h"
#include "limber-object-private.h"

struct _LimberExercise
{
  GObject parent_instance;

  char *name;
  char *instructions;
  char *caution;
  JsonObject *extras;
  JsonObject *progression_extras;
  LimberExerciseKind kind;
  LimberSides sides;
  guint duration;
  guint reps;
  guint rep_duration;
  guint sets;
  guint rest;
  guint switch_time;
  guint progression_step;
  guint progression_min;
  guint progression_max;
};

G_DEFINE_FINAL_TYPE (LimberExercise, limber_exercise, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_KIND,
  PROP_DURATION,
  PROP_REPS,
  PROP_REP_DURATION,
  PROP_SETS,
  PROP_REST,
  PROP_SIDES,
  PROP_SWITCH_TIME,
  PROP_INSTRUCTIONS,
  PROP_CAUTION,
  PROP_PROGRESSION_STEP,
  PROP_PROGRESSION_MIN,
  PROP_PROGRESSION_MAX,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
limber_exercise_finalize (GObject *object)
{
  LimberExercise *self = (LimberExercise *) object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->instructions, g_free);
  g_clear_pointer (&self->caution, g_free);
  g_clear_pointer (&self->extras, json_object_unref);
  g_clear_pointer (&self->progression_extras, json_object_unref);

  G_OBJECT_CLASS (limber_exercise_parent_class)->finalize (object);
}

static void
limber_exercise_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  LimberExercise *self = LIMBER_EXERCISE (object);

  switch (prop_id)
    {
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_KIND: g_value_set_uint (value, self->kind); break;
    case PROP_DURATION: g_value_set_uint (value, self->duration); break;
    case PROP_REPS: g_value_set_uint (value, self->reps); break;
    case PROP_REP_DURATION: g_value_set_uint (value, self->rep_duration); break;
    case PROP_SETS: g_value_set_uint (value, self->sets); break;
    case PROP_REST: g_value_set_uint (value, self->rest); break;
    case PROP_SIDES: g_value_set_uint (value, self->sides); break;
    case PROP_SWITCH_TIME: g_value_set_uint (value, self->switch_time); break;
    case PROP_INSTRUCTIONS: g_value_set_string (value, self->instructions); break;
    case PROP_CAUTION: g_value_set_string (value, self->caution); break;
    case PROP_PROGRESSION_STEP: g_value_set_uint (value, self->progression_step); break;
    case PROP_PROGRESSION_MIN: g_value_set_uint (value, self->progression_min); break;
    case PROP_PROGRESSION_MAX: g_value_set_uint (value, self->progression_max); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_exercise_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  LimberExercise *self = LIMBER_EXERCISE (object);

  switch (prop_id)
    {
    case PROP_NAME: limber_exercise_set_name (self, g_value_get_string (value)); break;
    case PROP_KIND: limber_exercise_set_kind (self, g_value_get_uint (value)); break;
    case PROP_DURATION: limber_exercise_set_duration (self, g_value_get_uint (value)); break;
    case PROP_REPS: limber_exercise_set_reps (self, g_value_get_uint (value)); break;
    case PROP_REP_DURATION: limber_exercise_set_rep_duration (self, g_value_get_uint (value)); break;
    case PROP_SETS: limber_exercise_set_sets (self, g_value_get_uint (value)); break;
    case PROP_REST: limber_exercise_set_rest (self, g_value_get_uint (value)); break;
    case PROP_SIDES: limber_exercise_set_sides (self, g_value_get_uint (value)); break;
    case PROP_SWITCH_TIME: limber_exercise_set_switch_time (self, g_value_get_uint (value)); break;
    case PROP_INSTRUCTIONS: limber_exercise_set_instructions (self, g_value_get_string (value)); break;
    case PROP_CAUTION: limber_exercise_set_caution (self, g_value_get_string (value)); break;
    case PROP_PROGRESSION_STEP: limber_exercise_set_progression_step (self, g_value_get_uint (value)); break;
    case PROP_PROGRESSION_MIN: limber_exercise_set_progression_min (self, g_value_get_uint (value)); break;
    case PROP_PROGRESSION_MAX: limber_exercise_set_progression_max (self, g_value_get_uint (value)); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_exercise_class_init (LimberExerciseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = limber_exercise_finalize;
  object_class->get_property = limber_exercise_get_property;
  object_class->set_property = limber_exercise_set_property;

  properties[PROP_NAME] = limber_pspec_string ("name");
  properties[PROP_KIND] =
    limber_pspec_uint ("kind", LIMBER_EXERCISE_KIND_BREATHING, LIMBER_EXERCISE_KIND_STRENGTH);
  properties[PROP_DURATION] = limber_pspec_uint ("duration", G_MAXUINT, 0);
  properties[PROP_REPS] = limber_pspec_uint ("reps", G_MAXUINT, 0);
  properties[PROP_REP_DURATION] = limber_pspec_uint ("rep-duration", G_MAXUINT, 0);
  properties[PROP_SETS] = limber_pspec_uint ("sets", G_MAXUINT, LIMBER_EXERCISE_DEFAULT_SETS);
  properties[PROP_REST] = limber_pspec_uint ("rest", G_MAXUINT, LIMBER_EXERCISE_DEFAULT_REST);
  properties[PROP_SIDES] = limber_pspec_uint ("sides", LIMBER_SIDES_BOTH, LIMBER_SIDES_NONE);
  properties[PROP_SWITCH_TIME] =
    limber_pspec_uint ("switch-time", G_MAXUINT, LIMBER_EXERCISE_DEFAULT_SWITCH_TIME);
  properties[PROP_INSTRUCTIONS] = limber_pspec_string ("instructions");
  properties[PROP_CAUTION] = limber_pspec_string ("caution");
  /* 0: no progression, or min / max not given. */
  properties[PROP_PROGRESSION_STEP] = limber_pspec_uint ("progression-step", G_MAXUINT, 0);
  properties[PROP_PROGRESSION_MIN] = limber_pspec_uint ("progression-min", G_MAXUINT, 0);
  properties[PROP_PROGRESSION_MAX] = limber_pspec_uint ("progression-max", G_MAXUINT, 0);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
limber_exercise_init (LimberExercise *self)
{
  self->name = g_strdup ("");
  self->instructions = g_strdup ("");
  self->caution = g_strdup ("");
  self->extras = json_object_new ();
  self->progression_extras = json_object_new ();
  self->kind = LIMBER_EXERCISE_KIND_STRENGTH;
  self->sides = LIMBER_SIDES_NONE;
  self->sets = LIMBER_EXERCISE_DEFAULT_SETS;
  self->rest = LIMBER_EXERCISE_DEFAULT_REST;
  self->switch_time = LIMBER_EXERCISE_DEFAULT_SWITCH_TIME;
}

LimberExercise *
limber_exercise_new (void)
{
  return g_object_new (LIMBER_TYPE_EXERCISE, NULL);
}

LimberExercise *
limber_exercise_copy (LimberExercise *self)
{
  LimberExercise *copy;

  g_return_val_if_fail (LIMBER_IS_EXERCISE (self), NULL);

  copy = limber_exercise_new ();
  copy->name = (g_free (copy->name), g_strdup (self->name));
  copy->instructions = (g_free (copy->instructions), g_strdup (self->instructions));
  copy->caution = (g_free (copy->caution), g_strdup (self->caution));
  copy->kind = self->kind;
  copy->sides = self->sides;
  copy->duration = self->duration;
  copy->reps = self->reps;
  copy->rep_duration = self->rep_duration;
  copy->sets = self->sets;
  copy->rest = self->rest;
  copy->switch_time = self->switch_time;
  copy->progression_step = self->progression_step;
  copy->progression_min = self->progression_min;
  copy->progression_max = self->progression_max;

  g_clear_pointer (&copy->extras, json_object_unref);
  copy->extras = limber_json_object_copy (self->extras);
  g_clear_pointer (&copy->progression_extras, json_object_unref);
  copy->progression_extras = limber_json_object_copy (self->progression_extras);

  return copy;
}

gboolean
limber_exercise_equal (LimberExercise *a,
                       LimberExercise *b)
{
  g_return_val_if_fail (LIMBER_IS_EXERCISE (a), FALSE);
  g_return_val_if_fail (LIMBER_IS_EXERCISE (b), FALSE);

  return g_strcmp0 (a->name, b->name) == 0 &&
         g_strcmp0 (a->instructions, b->instructions) == 0 &&
         g_strcmp0 (a->caution, b->caution) == 0 &&
         a->kind == b->kind &&
         a->sides == b->sides &&
         a->duration == b->duration &&
         a->reps == b->reps &&
         a->rep_duration == b->rep_duration &&
         a->sets == b->sets &&
         a->rest == b->rest &&
         a->switch_time == b->switch_time &&
         a->progression_step == b->progression_step &&
         a->progression_min == b->progression_min &&
         a->progression_max == b->progression_max &&
         limber_json_object_equal (a->extras, b->extras) &&
         limber_json_object_equal (a->progression_extras, b->progression_extras);
}

#define STRING_ACCESSORS(field, PROP) \
  LIMBER_DEFINE_STRING_ACCESSORS (LimberExercise, limber_exercise, LIMBER_IS_EXERCISE, field, PROP)
#define UINT_ACCESSORS(field, PROP) \
  LIMBER_DEFINE_UINT_ACCESSORS (LimberExercise, limber_exercise, LIMBER_IS_EXERCISE, field, PROP)

STRING_ACCESSORS (name, PROP_NAME)
STRING_ACCESSORS (instructions, PROP_INSTRUCTIONS)
STRING_ACCESSORS (caution, PROP_CAUTION)
UINT_ACCESSORS (duration, PROP_DURATION)
UINT_ACCESSORS (reps, PROP_REPS)
UINT_ACCESSORS (rep_duration, PROP_REP_DURATION)
UINT_ACCESSORS (sets, PROP_SETS)
UINT_ACCESSORS (rest, PROP_REST)
UINT_ACCESSORS (switch_time, PROP_SWITCH_TIME)
UINT_ACCESSORS (progression_step, PROP_PROGRESSION_STEP)
UINT_ACCESSORS (progression_min, PROP_PROGRESSION_MIN)
UINT_ACCESSORS (progression_max, PROP_PROGRESSION_MAX)

LIMBER_DEFINE_GETTER (LimberExercise, limber_exercise, LIMBER_IS_EXERCISE,
                      LimberExerciseKind, kind, LIMBER_EXERCISE_KIND_STRENGTH)

void
limber_exercise_set_kind (LimberExercise     *self,
                          LimberExerciseKind  kind)
{
  g_return_if_fail (LIMBER_IS_EXERCISE (self));
  g_return_if_fail (kind <= LIMBER_EXERCISE_KIND_BREATHING);
  limber_object_set_uint (G_OBJECT (self), &self->kind, kind, properties[PROP_KIND]);
}

LIMBER_DEFINE_GETTER (LimberExercise, limber_exercise, LIMBER_IS_EXERCISE,
                      LimberSides, sides, LIMBER_SIDES_NONE)

void
limber_exercise_set_sides (LimberExercise *self,
                           LimberSides     sides)
{
  g_return_if_fail (LIMBER_IS_EXERCISE (self));
  g_return_if_fail (sides <= LIMBER_SIDES_BOTH);
  limber_object_set_uint (G_OBJECT (self), &self->sides, sides, properties[PROP_SIDES]);
}

LIMBER_DEFINE_GETTER (LimberExercise, limber_exercise, LIMBER_IS_EXERCISE,
                      JsonObject *, extras, NULL)

gboolean
limber_exercise_is_timed (LimberExercise *self)
{
  g_return_val_if_fail (LIMBER_IS_EXERCISE (self), FALSE);
  return self->reps == 0;
}

gboolean
limber_exercise_has_progression (LimberExercise *self)
{
  g_return_val_if_fail (LIMBER_IS_EXERCISE (self), FALSE);
  return self->progression_step != 0 || self->progression_min != 0 || self->progression_max != 0;
}

void
limber_exercise_clear_progression (LimberExercise *self)
{
  g_return_if_fail (LIMBER_IS_EXERCISE (self));

  g_object_freeze_notify (G_OBJECT (self));
  limber_exercise_set_progression_step (self, 0);
  limber_exercise_set_progression_min (self, 0);
  limber_exercise_set_progression_max (self, 0);
  g_clear_pointer (&self->progression_extras, json_object_unref);
  self->progression_extras = json_object_new ();
  g_object_thaw_notify (G_OBJECT (self));
}

LIMBER_DEFINE_GETTER (LimberExercise, limber_exercise, LIMBER_IS_EXERCISE,
                      JsonObject *, progression_extras, NULL)

guint
limber_exercise_get_value (LimberExercise *self)
{
  g_return_val_if_fail (LIMBER_IS_EXERCISE (self), 0);
  return self->reps == 0 ? self->duration : self->reps;
}

guint
limber_exercise_get_level_step (LimberExercise *self)
{
  g_return_val_if_fail (LIMBER_IS_EXERCISE (self), 0);

  if (self->progression_step != 0)
    return self->progression_step;
  return self->reps == 0 ? LIMBER_PROGRESSION_DEFAULT_STEP_SECONDS : LIMBER_PROGRESSION_DEFAULT_STEP_REPS;
}

guint
limber_exercise_get_level_min (LimberExercise *self)
{
  gint64 value, step;

  g_return_val_if_fail (LIMBER_IS_EXERCISE (self), 0);

  value = limber_exercise_get_value (self);
  if (self->progression_step == 0)
    {
      guint floor = self->reps == 0 ? LIMBER_PROGRESSION_DEFAULT_MIN_SECONDS : LIMBER_PROGRESSION_DEFAULT_MIN_REPS;

      return (guint) MIN ((gint64) floor, value);
    }
  if (self->progression_min != 0)
    return self->progression_min;

  step = self->progression_step;
  return (guint) MAX (value - 2 * step, 1);
}

guint
limber_exercise_get_level_max (LimberExercise *self)
{
  gint64 value, step, top;

  g_return_val_if_fail (LIMBER_IS_EXERCISE (self), 0);

  top = self->reps == 0 ? LIMBER_EXERCISE_MAX_DURATION : LIMBER_EXERCISE_MAX_REPS;
  if (self->progression_step == 0)
    return (guint) top;
  if (self->progression_max != 0)
    return self->progression_max;

  value = limber_exercise_get_value (self);
  step = self->progression_step;
  return (guint) MIN (value + 3 * step, top);
}

guint
limber_exercise_get_value_at_level (LimberExercise *self,
                                    int             level)
{
  gint64 value, min, max;

  g_return_val_if_fail (LIMBER_IS_EXERCISE (self), 0);
  g_return_val_if_fail (level >= LIMBER_LEVEL_MIN && level <= LIMBER_LEVEL_MAX, 0);

  value = limber_exercise_get_value (self);
  /* As written: also for an exercise the editor has not made valid yet. */
  if (level == 0 || value == 0)
    return (guint) value;

  min = limber_exercise_get_level_min (self);
  max = limber_exercise_get_level_max (self);
  value += (gint64) level * limber_exercise_get_level_step (self);
  /* max before min: a min above max (an invalid file) wins. */
  value = MIN (value, max);
  value = MAX (value, min);
  return (guint) value;
}

guint
limber_exercise_get_set_seconds_at_level (LimberExercise *self,
                                          int             level)
{
  g_return_val_if_fail (LIMBER_IS_EXERCISE (self), 0);
  g_return_val_if_fail (level >= LIMBER_LEVEL_MIN && level <= LIMBER_LEVEL_MAX, 0);

  if (self->reps == 0)
    return limber_exercise_get_value_at_level (self, level);
  return limber_exercise_get_value_at_level (self, level) * self->rep_duration;
}
