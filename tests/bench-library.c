/* bench-library.c: how long the library takes to load many routine files
 *
 *   bench-library [N_FILES [N_BAD]]   (defaults 1000 and 100)
 *
 * Writes N_FILES routine files (N_BAD of them broken) to a temporary folder,
 * loads the library over it five times, and prints the figures.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>

#include "limber-library.h"

#define ROUTINE_TEMPLATE \
  "{\n" \
  "  \"format\": \"limber-routine\",\n" \
  "  \"version\": 1,\n" \
  "  \"id\": \"routine-%u\",\n" \
  "  \"title\": \"Routine number %u\",\n" \
  "  \"description\": \"A generated routine for the benchmark, with a few exercises.\",\n" \
  "  \"tags\": [\"stretch\", \"hips\"],\n" \
  "  \"exercises\": [\n" \
  "    { \"name\": \"Kneeling hip flexor stretch\", \"kind\": \"stretch\", \"duration\": 30,\n" \
  "      \"sets\": 2, \"rest\": 10, \"sides\": \"both\", \"switch_time\": 5,\n" \
  "      \"instructions\": \"Kneel on one knee and shift forward.\" },\n" \
  "    { \"name\": \"Bodyweight squat\", \"reps\": 12, \"rep_duration\": 3, \"sets\": 3, \"rest\": 45 },\n" \
  "    { \"name\": \"Lunge\", \"reps\": 8, \"sets\": 2, \"rest\": 30, \"sides\": \"both\" }\n" \
  "  ]\n" \
  "}\n"

int
main (int   argc,
      char *argv[])
{
  guint n_files = argc > 1 ? (guint) atoi (argv[1]) : 1000;
  guint n_bad = argc > 2 ? (guint) atoi (argv[2]) : 100;
  g_autofree char *dir = g_dir_make_tmp ("limber-bench-XXXXXX", NULL);
  g_autoptr(GFile) dir_file = g_file_new_for_path (dir);
  double best = G_MAXDOUBLE, sum = 0;
  const guint runs = 5;
  guint n_items = 0, n_problems = 0;

  for (guint i = 0; i < n_files; i++)
    {
      g_autofree char *name = g_strdup_printf ("routine-%u.json", i);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *contents = NULL;

      if (i < n_bad)
        contents = g_strdup_printf ("{ \"format\": \"limber-routine\", \"version\": 1, \"id\": \"r%u\" ", i);
      else
        contents = g_strdup_printf (ROUTINE_TEMPLATE, i, i);
      g_file_set_contents (path, contents, -1, NULL);
    }

  for (guint r = 0; r < runs; r++)
    {
      g_autoptr(LimberLibrary) library = limber_library_new (dir_file);
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      double ms;

      if (!limber_library_load (library, NULL, &error))
        g_error ("%s", error->message);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      best = MIN (best, ms);
      sum += ms;
      n_items = g_list_model_get_n_items (G_LIST_MODEL (library));
      n_problems = g_list_model_get_n_items (limber_library_get_problems (library));
    }

  g_print ("library load: %u files (%u bad): %u routines, %u problems\n",
           n_files, n_bad, n_items, n_problems);
  g_print ("library load: best %.1f ms, mean %.1f ms over %u runs (%.1f us per file)\n",
           best, sum / runs, runs, best * 1000.0 / n_files);

  for (guint i = 0; i < n_files; i++)
    {
      g_autofree char *name = g_strdup_printf ("routine-%u.json", i);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (dir);

  return n_problems == n_bad ? 0 : 1;
}
