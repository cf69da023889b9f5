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

static void
limber_file_problem_finalize (GObject *object)
{
  LimberFileProblem *self = (LimberFileProblem *) object;

  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->message, g_free);

  G_OBJECT_CLASS (limber_file_problem_parent_class)->finalize (object);
}

static void
limber_file_problem_class_init (LimberFileProblemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = limber_file_problem_finalize;
}

static void
limber_file_problem_init (LimberFileProblem *self)
{
}

LimberFileProblem *
limber_file_problem_new (const char *path,
                         const char *message)
{
  LimberFileProblem *self = g_object_new (LIMBER_TYPE_FILE_PROBLEM, NULL);

  /* Plain fields: nothing binds to them, and they never change. */
  self->path = g_strdup (path);
  self->message = g_strdup (message);
  return self;
}

LIMBER_DEFINE_GETTER (LimberFileProblem, limber_file_problem, LIMBER_IS_FILE_PROBLEM,
                      const char *, path, NULL)
LIMBER_DEFINE_GETTER (LimberFileProblem, limber_file_problem, LIMBER_IS_FILE_PROBLEM,
                      const char *, message, NULL)
