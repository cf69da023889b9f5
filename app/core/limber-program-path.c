/* limber-program-path.c: where Limber's other program is
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-program-path"

#include "config.h"

#include "limber-program-path.h"

char *
limber_program_path (const char *name,
                     const char *installed_dir)
{
  g_autofree char *self_path = NULL;
  const char *override = g_getenv ("LIMBER_PROGRAM_DIR");

  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (installed_dir != NULL, NULL);

  if (override != NULL && *override != '\0')
    return g_build_filename (override, name, NULL);

  self_path = g_file_read_link ("/proc/self/exe", NULL);

  if (self_path != NULL)
    {
      g_autofree char *dir = g_path_get_dirname (self_path);
      g_autofree char *beside = g_build_filename (dir, name, NULL);

      if (g_file_test (beside, G_FILE_TEST_IS_EXECUTABLE) &&
          !g_file_test (beside, G_FILE_TEST_IS_DIR))
        return g_steal_pointer (&beside);
    }
  return g_build_filename (installed_dir, name, NULL);
}
