/* limber-file-problem.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-core"

#include "config.h"

#include "limber-file-problem.h"
#include "limber-object-private.h"

struct _LimberFileProblem
{
  GObject parent_instance;

  char *path;
  char *message;
};

G_DEFINE_FINAL_TYPE (LimberFileProblem, limber_file_problem, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PATH,
  PROP_MESSAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
limber_file_problem_finalize (GObject *object)
{
  LimberFileProblem *self = (LimberFileProblem *) object;

  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->message, g_free);

  G_OBJECT_CLASS (limber_file_problem_parent_class)->finalize (object);
}

static void
limber_file_problem_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  LimberFileProblem *self = LIMBER_FILE_PROBLEM (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case PROP_MESSAGE:
      g_value_set_string (value, self->message);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_file_problem_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  LimberFileProblem *self = LIMBER_FILE_PROBLEM (object);

  switch (prop_id)
    {
    case PROP_PATH:
      self->path = g_value_dup_string (value);
      break;
    case PROP_MESSAGE:
      self->message = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_file_problem_class_init (LimberFileProblemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = limber_file_problem_finalize;
  object_class->get_property = limber_file_problem_get_property;
  object_class->set_property = limber_file_problem_set_property;

  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MESSAGE] =
    g_param_spec_string ("message", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
limber_file_problem_init (LimberFileProblem *self)
{
}

LimberFileProblem *
limber_file_problem_new (const char *path,
                         const char *message)
{
  return g_object_new (LIMBER_TYPE_FILE_PROBLEM, "path", path, "message", message, NULL);
}

LIMBER_DEFINE_GETTER (LimberFileProblem, limber_file_problem, LIMBER_IS_FILE_PROBLEM,
                      const char *, path, NULL)
LIMBER_DEFINE_GETTER (LimberFileProblem, limber_file_problem, LIMBER_IS_FILE_PROBLEM,
                      const char *, message, NULL)
