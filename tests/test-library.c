/* test-library.c: the routine library reads bundled and user routines, and
 * lists bad files without touching them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "limber-file-problem.h"
#include "limber-library.h"
#include "limber-library-private.h"

#define GOOD_ROUTINE(id, title) \
  "{\n" \
  "  \"format\": \"limber-routine\",\n" \
  "  \"version\": 1,\n" \
  "  \"id\": \"" id "\",\n" \
  "  \"title\": \"" title "\",\n" \
  "  \"exercises\": [ { \"name\": \"Squat\", \"reps\": 10, \"rep_duration\": 2 } ]\n" \
  "}\n"

static const char *bundled_ids[] = {
  "desk-break", "gentle-start", "hip-and-glute-strength", "hip-flexor-release",
};

static char *
make_user_dir (void)
{
  char *dir = g_build_filename (g_get_user_data_dir (), "limber", "routines", NULL);

  g_assert_no_errno (g_mkdir_with_parents (dir, 0700));
  return dir;
}

static void
write_file (const char *dir,
            const char *name,
            const char *contents)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

static void
test_bundled_only (void)
{
  g_autoptr(LimberLibrary) library = limber_library_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *expected_dir = g_build_filename (g_get_user_data_dir (), "limber", "routines", NULL);

  g_assert_cmpstr (g_file_peek_path (limber_library_get_user_dir (library)), ==, expected_dir);

  /* No user folder yet is not an error. */
  g_assert_true (limber_library_load (library, NULL, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (library)), ==, G_N_ELEMENTS (bundled_ids));
  g_assert_cmpuint (g_list_model_get_n_items (limber_library_get_problems (library)), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (bundled_ids); i++)
    {
      LimberRoutine *routine = limber_library_lookup (library, bundled_ids[i]);

      g_assert_nonnull (routine);
      g_assert_cmpint (limber_routine_get_origin (routine), ==, LIMBER_ROUTINE_ORIGIN_BUNDLED);
      g_assert_true (g_str_has_prefix (limber_routine_get_path (routine), "resource:///"));
      g_assert_cmpuint (limber_routine_get_n_exercises (routine), >, 0);
      g_assert_true (limber_library_lookup_bundled (library, bundled_ids[i]) == routine);
    }
  g_assert_null (limber_library_lookup (library, "no-such-routine"));
}

static void
test_user_files (void)
{
  g_autofree char *dir = make_user_dir ();
  g_autoptr(LimberLibrary) library = limber_library_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *bad_path = g_build_filename (dir, "broken.json", NULL);
  g_autofree char *bad_before = NULL;
  g_autofree char *bad_after = NULL;
  GStatBuf st_before, st_after;
  GListModel *problems;
  LimberRoutine *routine;
  guint n;

  write_file (dir, "zz-mine.json", GOOD_ROUTINE ("zz-mine", "Aaa first by title"));
  /* overrides a bundled routine */
  write_file (dir, "desk-break.json", GOOD_ROUTINE ("desk-break", "My desk break"));
  /* a second file with an id already taken: a problem, the first one wins */
  write_file (dir, "zz-mine-copy.json", GOOD_ROUTINE ("zz-mine", "Copy"));
  write_file (dir, "broken.json", "{ \"format\": \"limber-routine\", \"version\": 1, ");
  /* not routines: ignored */
  write_file (dir, "notes.txt", "hello");
  write_file (dir, ".hidden.json", "{");

  g_assert_true (g_file_get_contents (bad_path, &bad_before, NULL, NULL));
  g_assert_no_errno (g_stat (bad_path, &st_before));

  g_assert_true (limber_library_load (library, NULL, &error));
  g_assert_no_error (error);

  n = g_list_model_get_n_items (G_LIST_MODEL (library));
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (bundled_ids) + 1);

  /* sorted by title */
  {
    g_autoptr(LimberRoutine) first = g_list_model_get_item (G_LIST_MODEL (library), 0);
    g_assert_cmpstr (limber_routine_get_id (first), ==, "zz-mine");
    g_assert_cmpint (limber_routine_get_origin (first), ==, LIMBER_ROUTINE_ORIGIN_USER);
  }
  for (guint i = 1; i < n; i++)
    {
      g_autoptr(LimberRoutine) a = g_list_model_get_item (G_LIST_MODEL (library), i - 1);
      g_autoptr(LimberRoutine) b = g_list_model_get_item (G_LIST_MODEL (library), i);

      g_assert_cmpint (g_utf8_collate (limber_routine_get_title (a), limber_routine_get_title (b)), <=, 0);
    }

  routine = limber_library_lookup (library, "desk-break");
  g_assert_cmpstr (limber_routine_get_title (routine), ==, "My desk break");
  g_assert_cmpint (limber_routine_get_origin (routine), ==, LIMBER_ROUTINE_ORIGIN_USER);
  g_assert_nonnull (limber_library_lookup_bundled (library, "desk-break"));
  g_assert_cmpstr (limber_routine_get_title (limber_library_lookup (library, "zz-mine")), ==,
                   "Aaa first by title");

  problems = limber_library_get_problems (library);
  g_assert_cmpuint (g_list_model_get_n_items (problems), ==, 2);
  {
    g_autoptr(LimberFileProblem) p0 = g_list_model_get_item (problems, 0);
    g_autoptr(LimberFileProblem) p1 = g_list_model_get_item (problems, 1);

    g_assert_cmpstr (limber_file_problem_get_path (p0), ==, bad_path);
    g_assert_true (g_str_has_prefix (limber_file_problem_get_message (p0), "broken.json:1:"));
    g_assert_true (g_str_has_suffix (limber_file_problem_get_path (p1), "zz-mine-copy.json"));
    g_assert_cmpstr (limber_file_problem_get_message (p1), ==,
                     "zz-mine-copy.json: id: \"zz-mine\" is already used by zz-mine.json");
  }

  /* The bad file is left exactly as it was. */
  g_assert_true (g_file_get_contents (bad_path, &bad_after, NULL, NULL));
  g_assert_cmpstr (bad_after, ==, bad_before);
  g_assert_no_errno (g_stat (bad_path, &st_after));
  g_assert_cmpint (st_after.st_mtime, ==, st_before.st_mtime);
}

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *counter)
{
  (*counter)++;
}

static void
on_loaded (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (limber_library_load_finish (LIMBER_LIBRARY (source), result, &error));
  g_assert_no_error (error);
  *done = TRUE;
}

static void
test_async_reload (void)
{
  g_autofree char *dir = make_user_dir ();
  g_autoptr(LimberLibrary) library = limber_library_new (NULL);
  gboolean done = FALSE;
  guint changes = 0;

  g_signal_connect (library, "items-changed", G_CALLBACK (on_items_changed), &changes);

  limber_library_load_async (library, NULL, on_loaded, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (library)), ==, G_N_ELEMENTS (bundled_ids));

  /* A file added later shows after a reload. */
  write_file (dir, "later.json", GOOD_ROUTINE ("later", "Later"));
  done = FALSE;
  limber_library_load_async (library, NULL, on_loaded, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (changes, ==, 2);
  g_assert_nonnull (limber_library_lookup (library, "later"));
}

static void
test_unreadable_dir (void)
{
  g_autofree char *parent = g_build_filename (g_get_user_data_dir (), "limber", NULL);
  g_autofree char *as_file = g_build_filename (parent, "routines", NULL);
  g_autoptr(GFile) dir = g_file_new_for_path (as_file);
  g_autoptr(LimberLibrary) library = limber_library_new (dir);
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;

  /* The routines "folder" is a regular file: it cannot be listed. */
  g_assert_no_errno (g_mkdir_with_parents (parent, 0700));
  write_file (parent, "routines", "not a folder");

  g_assert_false (limber_library_load (library, NULL, &error));
  g_assert_nonnull (error);
  expected = g_strdup_printf ("Cannot read the routines folder %s: ", as_file);
  g_assert_true (g_str_has_prefix (error->message, expected));
  /* what was there is untouched */
  {
    g_autofree char *contents = NULL;
    g_assert_true (g_file_get_contents (as_file, &contents, NULL, NULL));
    g_assert_cmpstr (contents, ==, "not a folder");
  }
}

/* A socket at @dir/@name, bound through a relative path: the isolated test
 * folders can be longer than a socket address. */
static void
make_socket (const char *dir,
             const char *name)
{
  struct sockaddr_un address = { .sun_family = AF_UNIX };
  g_autofree char *cwd = g_get_current_dir ();
  int fd = socket (AF_UNIX, SOCK_STREAM, 0);

  g_assert_cmpint (fd, >=, 0);
  g_assert_no_errno (chdir (dir));
  g_strlcpy (address.sun_path, name, sizeof address.sun_path);
  g_assert_no_errno (bind (fd, (struct sockaddr *) &address, sizeof address));
  g_assert_no_errno (chdir (cwd));
  close (fd);
}

/* A named pipe, a socket and a dangling link among good files: every good
 * one loads (no hang on the pipe), each odd one is listed with what it is. */
static void
test_odd_files (void)
{
  g_autofree char *dir = make_user_dir ();
  g_autofree char *fifo = g_build_filename (dir, "b-fifo.json", NULL);
  g_autofree char *link = g_build_filename (dir, "c-dangling.json", NULL);
  g_autofree char *good_link = g_build_filename (dir, "e-linked.json", NULL);
  g_autofree char *shared = g_build_filename (g_get_user_data_dir (), "shared", NULL);
  g_autoptr(LimberLibrary) library = limber_library_new (NULL);
  g_autoptr(GError) error = NULL;
  GListModel *problems;
  struct {
    const char *name;
    const char *message;
  } expected[] = {
    { "b-fifo.json", "b-fifo.json: cannot read: it is a named pipe (FIFO), not a regular file" },
    { "c-dangling.json", "c-dangling.json: cannot read: it is a link to “gone/x.json”, which does not exist" },
    { "d-socket.json", "d-socket.json: cannot read: it is a socket, not a regular file" },
  };

  write_file (dir, "a-good.json", GOOD_ROUTINE ("a-good", "A good one"));
  g_assert_no_errno (mkfifo (fifo, 0600));
  g_assert_no_errno (symlink ("gone/x.json", link));
  make_socket (dir, "d-socket.json");
  /* a link into a shared folder is a routine like any other */
  g_assert_no_errno (g_mkdir_with_parents (shared, 0700));
  write_file (shared, "linked.json", GOOD_ROUTINE ("e-linked", "Linked"));
  g_assert_no_errno (symlink ("../../shared/linked.json", good_link));
  write_file (dir, "f-good.json", GOOD_ROUTINE ("f-good", "Another good one"));

  g_assert_true (limber_library_load (library, NULL, &error));
  g_assert_no_error (error);

  g_assert_nonnull (limber_library_lookup (library, "a-good"));
  g_assert_nonnull (limber_library_lookup (library, "e-linked"));
  g_assert_nonnull (limber_library_lookup (library, "f-good"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (library)), ==, G_N_ELEMENTS (bundled_ids) + 3);

  problems = limber_library_get_problems (library);
  g_assert_cmpuint (g_list_model_get_n_items (problems), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(LimberFileProblem) problem = g_list_model_get_item (problems, i);
      g_autofree char *path = g_build_filename (dir, expected[i].name, NULL);

      g_assert_cmpstr (limber_file_problem_get_path (problem), ==, path);
      g_assert_cmpstr (limber_file_problem_get_message (problem), ==, expected[i].message);
    }

  /* left as they were */
  {
    struct stat st;

    g_assert_no_errno (lstat (fifo, &st));
    g_assert_true (S_ISFIFO (st.st_mode));
    g_assert_no_errno (lstat (link, &st));
    g_assert_true (S_ISLNK (st.st_mode));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/library/bundled-only", test_bundled_only);
  g_test_add_func ("/library/user-files", test_user_files);
  g_test_add_func ("/library/async-reload", test_async_reload);
  g_test_add_func ("/library/unreadable-dir", test_unreadable_dir);
  g_test_add_func ("/library/odd-files", test_odd_files);

  return g_test_run ();
}
