/* limber-routine-loader.c: STUB, replaced by the format work
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-loader"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "limber-routine-loader.h"

LimberProblem *
limber_problem_new (const char *path,
                    const char *message)
{
  LimberProblem *problem = g_new0 (LimberProblem, 1);

  problem->path = g_strdup (path);
  problem->message = g_strdup (message);
  return problem;
}

void
limber_problem_free (LimberProblem *problem)
{
  if (problem == NULL)
    return;
  g_free (problem->path);
  g_free (problem->message);
  g_free (problem);
}

LimberRoutine *
limber_routine_load_bytes (GBytes      *bytes,
                           const char  *name,
                           GError     **error)
{
  g_set_error (error, LIMBER_ROUTINE_ERROR, LIMBER_ROUTINE_ERROR_INVALID, "%s: not implemented", name);
  return NULL;
}

LimberRoutine *
limber_routine_load_file (GFile         *file,
                          const char    *name,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_autofree char *basename = g_file_get_basename (file);

  g_set_error (error, LIMBER_ROUTINE_ERROR, LIMBER_ROUTINE_ERROR_INVALID, "%s: not implemented",
               name ? name : basename);
  return NULL;
}

GPtrArray *
limber_routine_validate (LimberRoutine *routine)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) limber_problem_free);
}

char *
limber_routine_to_json (LimberRoutine *routine,
                        gsize         *length)
{
  if (length)
    *length = 0;
  return g_strdup ("");
}

gboolean
limber_routine_save_file (LimberRoutine  *routine,
                          GFile          *file,
                          GCancellable   *cancellable,
                          GError        **error)
{
  g_set_error_literal (error, LIMBER_ROUTINE_ERROR, LIMBER_ROUTINE_ERROR_IO, "not implemented");
  return FALSE;
}
