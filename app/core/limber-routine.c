/* limber-routine.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-core"

#include "config.h"

#include "limber-json-util.h"
#include "limber-object-private.h"
#include "limber-routine.h"

struct _LimberRoutine
{
  GObject parent_instance;

  char *id;
  char *title;
  char *description;
  char **tags;
  GListStore *exercises;
  JsonObject *extras;
  char *path;
  LimberRoutineOrigin origin;
  guint prepare;
  guint rest_between_exercises;
  guint rounds;
};

G_DEFINE_FINAL_TYPE (LimberRoutine, limber_routine, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_TAGS,
  PROP_PREPARE,
  PROP_REST_BETWEEN_EXERCISES,
  PROP_ROUNDS,
  PROP_EXERCISES,
  PROP_ORIGIN,
  PROP_PATH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
limber_routine_dispose (GObject *object)
{
  LimberRoutine *self = (LimberRoutine *) object;

  g_clear_object (&self->exercises);

  G_OBJECT_CLASS (limber_routine_parent_class)->dispose (object);
}

static void
limber_routine_finalize (GObject *object)
{
  LimberRoutine *self = (LimberRoutine *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->tags, g_strfreev);
  g_clear_pointer (&self->extras, json_object_unref);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (limber_routine_parent_class)->finalize (object);
}

static void
limber_routine_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  LimberRoutine *self = LIMBER_ROUTINE (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_string (value, self->id); break;
    case PROP_TITLE: g_value_set_string (value, self->title); break;
    case PROP_DESCRIPTION: g_value_set_string (value, self->description); break;
    case PROP_TAGS: g_value_set_boxed (value, self->tags); break;
    case PROP_PREPARE: g_value_set_uint (value, self->prepare); break;
    case PROP_REST_BETWEEN_EXERCISES: g_value_set_uint (value, self->rest_between_exercises); break;
    case PROP_ROUNDS: g_value_set_uint (value, self->rounds); break;
    case PROP_EXERCISES: g_value_set_object (value, self->exercises); break;
    case PROP_ORIGIN: g_value_set_uint (value, self->origin); break;
    case PROP_PATH: g_value_set_string (value, self->path); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_routine_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  LimberRoutine *self = LIMBER_ROUTINE (object);

  switch (prop_id)
    {
    case PROP_ID: limber_routine_set_id (self, g_value_get_string (value)); break;
    case PROP_TITLE: limber_routine_set_title (self, g_value_get_string (value)); break;
    case PROP_DESCRIPTION: limber_routine_set_description (self, g_value_get_string (value)); break;
    case PROP_TAGS: limber_routine_set_tags (self, g_value_get_boxed (value)); break;
    case PROP_PREPARE: limber_routine_set_prepare (self, g_value_get_uint (value)); break;
    case PROP_REST_BETWEEN_EXERCISES: limber_routine_set_rest_between_exercises (self, g_value_get_uint (value)); break;
    case PROP_ROUNDS: limber_routine_set_rounds (self, g_value_get_uint (value)); break;
    case PROP_ORIGIN: limber_routine_set_origin (self, g_value_get_uint (value)); break;
    case PROP_PATH: limber_routine_set_path (self, g_value_get_string (value)); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

#define RW (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
limber_routine_class_init (LimberRoutineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = limber_routine_dispose;
  object_class->finalize = limber_routine_finalize;
  object_class->get_property = limber_routine_get_property;
  object_class->set_property = limber_routine_set_property;

  properties[PROP_ID] = limber_pspec_string ("id");
  properties[PROP_TITLE] = limber_pspec_string ("title");
  properties[PROP_DESCRIPTION] = limber_pspec_string ("description");
  properties[PROP_TAGS] = g_param_spec_boxed ("tags", NULL, NULL, G_TYPE_STRV, RW);
  properties[PROP_PREPARE] =
    limber_pspec_uint ("prepare", G_MAXUINT, LIMBER_ROUTINE_DEFAULT_PREPARE);
  properties[PROP_REST_BETWEEN_EXERCISES] =
    limber_pspec_uint ("rest-between-exercises", G_MAXUINT,
                       LIMBER_ROUTINE_DEFAULT_REST_BETWEEN_EXERCISES);
  properties[PROP_ROUNDS] = limber_pspec_uint ("rounds", G_MAXUINT, LIMBER_ROUTINE_DEFAULT_ROUNDS);
  properties[PROP_EXERCISES] =
    g_param_spec_object ("exercises", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ORIGIN] =
    limber_pspec_uint ("origin", LIMBER_ROUTINE_ORIGIN_FILE, LIMBER_ROUTINE_ORIGIN_USER);
  properties[PROP_PATH] = g_param_spec_string ("path", NULL, NULL, NULL, RW);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
limber_routine_init (LimberRoutine *self)
{
  self->id = g_strdup ("");
  self->title = g_strdup ("");
  self->description = g_strdup ("");
  self->tags = g_new0 (char *, 1);
  self->exercises = g_list_store_new (LIMBER_TYPE_EXERCISE);
  self->extras = json_object_new ();
  self->origin = LIMBER_ROUTINE_ORIGIN_USER;
  self->prepare = LIMBER_ROUTINE_DEFAULT_PREPARE;
  self->rest_between_exercises = LIMBER_ROUTINE_DEFAULT_REST_BETWEEN_EXERCISES;
  self->rounds = LIMBER_ROUTINE_DEFAULT_ROUNDS;
}

LimberRoutine *
limber_routine_new (void)
{
  return g_object_new (LIMBER_TYPE_ROUTINE, NULL);
}

LimberRoutine *
limber_routine_copy (LimberRoutine *self)
{
  LimberRoutine *copy;
  guint n;

  g_return_val_if_fail (LIMBER_IS_ROUTINE (self), NULL);

  copy = limber_routine_new ();
  limber_routine_set_id (copy, self->id);
  limber_routine_set_title (copy, self->title);
  limber_routine_set_description (copy, self->description);
  limber_routine_set_tags (copy, (const char * const *) self->tags);
  copy->prepare = self->prepare;
  copy->rest_between_exercises = self->rest_between_exercises;
  copy->rounds = self->rounds;
  copy->origin = self->origin;
  copy->path = g_strdup (self->path);
  g_clear_pointer (&copy->extras, json_object_unref);
  copy->extras = limber_json_object_copy (self->extras);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->exercises));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LimberExercise) exercise = g_list_model_get_item (G_LIST_MODEL (self->exercises), i);
      g_autoptr(LimberExercise) exercise_copy = limber_exercise_copy (exercise);

      g_list_store_append (copy->exercises, exercise_copy);
    }

  return copy;
}

gboolean
limber_routine_equal (LimberRoutine *a,
                      LimberRoutine *b)
{
  guint n;

  g_return_val_if_fail (LIMBER_IS_ROUTINE (a), FALSE);
  g_return_val_if_fail (LIMBER_IS_ROUTINE (b), FALSE);

  if (g_strcmp0 (a->id, b->id) != 0 ||
      g_strcmp0 (a->title, b->title) != 0 ||
      g_strcmp0 (a->description, b->description) != 0 ||
      !g_strv_equal ((const char * const *) a->tags, (const char * const *) b->tags) ||
      a->prepare != b->prepare ||
      a->rest_between_exercises != b->rest_between_exercises ||
      a->rounds != b->rounds ||
      !limber_json_object_equal (a->extras, b->extras))
    return FALSE;

  n = limber_routine_get_n_exercises (a);
  if (n != limber_routine_get_n_exercises (b))
    return FALSE;

  for (guint i = 0; i < n; i++)
    if (!limber_exercise_equal (limber_routine_get_exercise (a, i),
                                limber_routine_get_exercise (b, i)))
      return FALSE;

  return TRUE;
}

#define STRING_ACCESSORS(field, PROP) \
  LIMBER_DEFINE_STRING_ACCESSORS (LimberRoutine, limber_routine, LIMBER_IS_ROUTINE, field, PROP)
#define UINT_ACCESSORS(field, PROP) \
  LIMBER_DEFINE_UINT_ACCESSORS (LimberRoutine, limber_routine, LIMBER_IS_ROUTINE, field, PROP)

STRING_ACCESSORS (id, PROP_ID)
STRING_ACCESSORS (title, PROP_TITLE)
STRING_ACCESSORS (description, PROP_DESCRIPTION)
UINT_ACCESSORS (prepare, PROP_PREPARE)
UINT_ACCESSORS (rest_between_exercises, PROP_REST_BETWEEN_EXERCISES)
UINT_ACCESSORS (rounds, PROP_ROUNDS)

const char * const *
limber_routine_get_tags (LimberRoutine *self)
{
  g_return_val_if_fail (LIMBER_IS_ROUTINE (self), NULL);
  return (const char * const *) self->tags;
}

void
limber_routine_set_tags (LimberRoutine      *self,
                         const char * const *tags)
{
  static const char * const empty[] = { NULL };

  g_return_if_fail (LIMBER_IS_ROUTINE (self));

  if (tags == NULL)
    tags = empty;
  if (g_strv_equal ((const char * const *) self->tags, tags))
    return;
  g_strfreev (self->tags);
  self->tags = g_strdupv ((char **) tags);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TAGS]);
}

GListModel *
limber_routine_get_exercises (LimberRoutine *self)
{
  g_return_val_if_fail (LIMBER_IS_ROUTINE (self), NULL);
  return G_LIST_MODEL (self->exercises);
}

guint
limber_routine_get_n_exercises (LimberRoutine *self)
{
  g_return_val_if_fail (LIMBER_IS_ROUTINE (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->exercises));
}

LimberExercise *
limber_routine_get_exercise (LimberRoutine *self,
                             guint          position)
{
  g_autoptr(LimberExercise) exercise = NULL;

  g_return_val_if_fail (LIMBER_IS_ROUTINE (self), NULL);

  exercise = g_list_model_get_item (G_LIST_MODEL (self->exercises), position);
  /* The store keeps its reference: hand out a borrowed pointer. */
  return exercise;
}

void
limber_routine_append_exercise (LimberRoutine  *self,
                                LimberExercise *exercise)
{
  g_return_if_fail (LIMBER_IS_ROUTINE (self));
  g_return_if_fail (LIMBER_IS_EXERCISE (exercise));

  g_list_store_append (self->exercises, exercise);
}

LIMBER_DEFINE_GETTER (LimberRoutine, limber_routine, LIMBER_IS_ROUTINE,
                      JsonObject *, extras, NULL)

guint
limber_routine_get_format_version (LimberRoutine *self)
{
  guint n;

  g_return_val_if_fail (LIMBER_IS_ROUTINE (self), 1);

  n = limber_routine_get_n_exercises (self);
  for (guint i = 0; i < n; i++)
    if (limber_exercise_has_progression (limber_routine_get_exercise (self, i)))
      return 2;
  return 1;
}

LIMBER_DEFINE_GETTER (LimberRoutine, limber_routine, LIMBER_IS_ROUTINE,
                      LimberRoutineOrigin, origin, LIMBER_ROUTINE_ORIGIN_USER)

void
limber_routine_set_origin (LimberRoutine       *self,
                           LimberRoutineOrigin  origin)
{
  g_return_if_fail (LIMBER_IS_ROUTINE (self));
  limber_object_set_uint (G_OBJECT (self), &self->origin, origin, properties[PROP_ORIGIN]);
}

LIMBER_DEFINE_GETTER (LimberRoutine, limber_routine, LIMBER_IS_ROUTINE,
                      const char *, path, NULL)

void
limber_routine_set_path (LimberRoutine *self,
                         const char    *path)
{
  g_return_if_fail (LIMBER_IS_ROUTINE (self));

  if (g_strcmp0 (self->path, path) == 0)
    return;
  g_free (self->path);
  self->path = g_strdup (path);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PATH]);
}
