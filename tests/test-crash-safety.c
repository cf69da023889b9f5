/* test-crash-safety.c: a save killed at any moment leaves the old file or
 * the new one, never a broken one
 *
 * What limber_safe_file_write() (under limber_routine_save_file()) leaves
 * when the process is killed: the file itself is only ever replaced by a
 * rename(), so it is always whole; a kill between creating the temporary
 * file and renaming it leaves that file, "<name>.XXXXXX" (six characters
 * from [A-Za-z0-9]) in the same folder, possibly empty or cut short. The
 * library does not list it (the name does not end in ".json") and its next
 * save of <name> removes it.
 *
 * The same through a link (crash.json in the routines folder pointing into
 * a shared folder): the link is never replaced, the shared file is always
 * whole, and the temporary files are made, and removed, next to it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "limber-library.h"
#include "limber-routine-file.h"

#define N_KILLS 200

static LimberRoutine *
make_routine (const char *title,
              guint       n_exercises)
{
  LimberRoutine *routine = limber_routine_new ();

  limber_routine_set_id (routine, "crash");
  limber_routine_set_title (routine, title);
  limber_routine_set_description (routine, "A routine written again and again while being killed.");
  for (guint i = 0; i < n_exercises; i++)
    {
      g_autoptr(LimberExercise) exercise = limber_exercise_new ();
      g_autofree char *name = g_strdup_printf ("%s exercise %u", title, i);

      limber_exercise_set_name (exercise, name);
      limber_exercise_set_duration (exercise, 10 + i);
      limber_exercise_set_instructions (exercise, "Breathe in, breathe out, and keep going for a while.");
      limber_routine_append_exercise (routine, exercise);
    }
  return routine;
}

static guint
count_temp_files (const char *dir,
                  const char *target)
{
  g_autoptr(GDir) gdir = g_dir_open (dir, 0, NULL);
  g_autofree char *prefix = g_strconcat (target, ".", NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (gdir);
  while ((name = g_dir_read_name (gdir)) != NULL)
    if (g_str_has_prefix (name, prefix) && strlen (name) == strlen (prefix) + 6)
      n++;
  return n;
}

static gboolean
is_link (const char *path)
{
  struct stat st;

  return lstat (path, &st) == 0 && S_ISLNK (st.st_mode);
}

static void
kill_during_save (gboolean linked)
{
  g_autofree char *routines = g_build_filename (g_get_user_data_dir (), "limber", "routines", NULL);
  g_autofree char *shared = g_build_filename (g_get_user_data_dir (), "shared", NULL);
  /* where the file really is, and its temporary files */
  const char *dir = linked ? shared : routines;
  g_autofree char *path = g_build_filename (routines, "crash.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  /* different sizes, so that a cut-short file could not pass for either */
  g_autoptr(LimberRoutine) a = make_routine ("Version A", 3);
  g_autoptr(LimberRoutine) b = make_routine ("Version B", 40);
  g_autoptr(GError) error = NULL;
  guint saw_a = 0, saw_b = 0, temps;

  g_assert_no_errno (g_mkdir_with_parents (routines, 0700));
  if (linked)
    {
      g_assert_no_errno (g_mkdir_with_parents (shared, 0700));
      g_assert_no_errno (symlink ("../../shared/crash.json", path));
    }
  g_assert_true (limber_routine_save_file (a, file, NULL, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < N_KILLS; i++)
    {
      g_autoptr(LimberRoutine) loaded = NULL;
      pid_t pid;
      int status;

      int ready[2];
      char byte;

      /* The child says when its first save is done, so that the kill lands
       * among saves however slow the disk is (fsync under load, sanitizers). */
      g_assert_no_errno (pipe (ready));
      pid = fork ();
      g_assert_cmpint (pid, >=, 0);
      if (pid == 0)
        {
          close (ready[0]);
          for (guint n = 0; ; n++)
            {
              limber_routine_save_file (n % 2 ? a : b, file, NULL, NULL);
              if (n == 0 && (write (ready[1], "", 1) != 1 || close (ready[1]) != 0))
                _exit (1);
            }
        }

      close (ready[1]);
      g_assert_cmpint (read (ready[0], &byte, 1), ==, 1);
      close (ready[0]);
      g_usleep (g_test_rand_int_range (0, 20001));
      g_assert_no_errno (kill (pid, SIGKILL));
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      g_assert_true (WIFSIGNALED (status));
      g_assert_cmpint (WTERMSIG (status), ==, SIGKILL);

      g_assert_true (is_link (path) == linked);
      loaded = limber_routine_load_file (file, NULL, NULL, &error);
      g_assert_no_error (error);
      g_assert_nonnull (loaded);
      if (limber_routine_equal (loaded, a))
        saw_a++;
      else if (limber_routine_equal (loaded, b))
        saw_b++;
      else
        g_assert_not_reached ();
    }

  g_test_message ("after %u kills: %u times A, %u times B", N_KILLS, saw_a, saw_b);
  g_assert_cmpuint (saw_a + saw_b, ==, N_KILLS);
  /* the kills did land while saves were going on */
  g_assert_cmpuint (saw_b, >, 0);

  /* at most one temporary file per kill */
  temps = count_temp_files (dir, "crash.json");
  if (linked)
    g_assert_cmpuint (count_temp_files (routines, "crash.json"), ==, 0);
  g_test_message ("%u temporary files left by the kills", temps);
  g_assert_cmpuint (temps, <=, N_KILLS);

  /* The library lists neither them nor problems for them, and its next save
   * of the routine removes them. */
  {
    g_autoptr(LimberLibrary) library = limber_library_new (NULL);
    g_autoptr(LimberRoutine) saved = NULL;

    g_autofree char *backup = g_build_filename (routines, "crash.json.backup", NULL);

    /* a person's own backup next to it, all lowercase: kept */
    g_assert_true (g_file_set_contents (backup, "mine", -1, NULL));
    g_assert_true (limber_library_load (library, NULL, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (limber_library_get_problems (library)), ==, 0);
    g_assert_nonnull (limber_library_lookup (library, "crash"));

    saved = limber_library_save (library, b, NULL, &error);
    g_assert_no_error (error);
    /* left: the backup, and at most a random name that happened to be all
     * lowercase (about 0.5% of them), which the library leaves alone */
    g_assert_cmpuint (count_temp_files (dir, "crash.json"), <=, 1 + (temps > 0 ? 1 : 0));
    g_assert_true (g_file_test (backup, G_FILE_TEST_EXISTS));
    g_assert_true (is_link (path) == linked);
  }
}

static void
test_kill_during_save (void)
{
  kill_during_save (FALSE);
}

static void
test_kill_during_save_through_link (void)
{
  kill_during_save (TRUE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/crash-safety/kill-during-save", test_kill_during_save);
  g_test_add_func ("/crash-safety/kill-during-save-through-link", test_kill_during_save_through_link);

  return g_test_run ();
}
