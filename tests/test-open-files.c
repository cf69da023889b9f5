/* test-open-files.c: routine files opened from outside — the preview and
 * "Add to My Routines" — in the window under Xvfb (suite "ui")
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "limber-application.h"
#include "limber-routine-file.h"
#include "limber-test-ui.h"
#include "limber-virtual-clock.h"

typedef struct
{
  LimberApplication *app;
  LimberLibrary *library;
  LimberWindow *window;
  LimberClock *clock;
  char *tmp;
} Fixture;

static gboolean
spin_for (gboolean (*check) (gpointer),
          gpointer data)
{
  for (int i = 0; i < 500 && !check (data); i++)
    limber_test_ui_spin (10);
  return check (data);
}

#define spin_until(check, data) g_assert_true (spin_for (check, data))

static const char *
user_dir (Fixture *f)
{
  return g_file_peek_path (limber_library_get_user_dir (f->library));
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

/* The names in the user folder, sorted, joined by spaces. */
static char *
list_user_dir (Fixture *f)
{
  g_autoptr(GDir) dir = g_dir_open (user_dir (f), 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (dir == NULL)
    return g_strdup ("");
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->app = limber_test_ui_get_app ();
  f->library = limber_application_get_library (f->app);
  g_assert_true (g_str_has_prefix (user_dir (f), g_get_tmp_dir ()));
  f->clock = limber_virtual_clock_new (1000000);
  f->window = limber_test_ui_new_window (f->app, f->clock);
  f->tmp = g_dir_make_tmp ("limber-open-XXXXXX", NULL);
  g_assert_nonnull (f->tmp);
  limber_test_ui_show_window (f->window);
}

static void
remove_dir_files (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    return;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (path, name, NULL);

      g_assert_cmpint (g_unlink (file), ==, 0);
    }
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  limber_test_ui_destroy_window (f->window);
  g_assert_finalize_object (f->window);
  g_assert_finalize_object (f->clock);
  remove_dir_files (user_dir (f));
  remove_dir_files (f->tmp);
  g_assert_cmpint (g_rmdir (f->tmp), ==, 0);
  g_free (f->tmp);
  limber_test_ui_reload_library ();
}

static char *
fixture_path (const char *kind,
              const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", "routines", kind, name, NULL);
}

/* A file in the test's folder, with @contents. */
static char *
write_tmp (Fixture    *f,
           const char *name,
           const char *contents)
{
  char *path = g_build_filename (f->tmp, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  return path;
}

static void
open_paths (Fixture            *f,
            const char * const *paths)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; paths[i] != NULL; i++)
    g_ptr_array_add (files, g_file_new_for_path (paths[i]));
  /* Through the application, as the file manager and `limber FILE` do. */
  g_application_open (G_APPLICATION (f->app), (GFile **) files->pdata, (int) files->len, "");
}

static gboolean
preview_loaded (gpointer data)
{
  Fixture *f = data;
  LimberRoutinePreview *preview = limber_window_get_preview (f->window);

  return preview != NULL && limber_routine_preview_get_loaded (preview);
}

static gboolean
no_preview (gpointer data)
{
  Fixture *f = data;

  return limber_window_get_preview (f->window) == NULL;
}

static gboolean
settled (gpointer data)
{
  Fixture *f = data;

  return limber_window_get_dialog (f->window) != NULL ||
         (!limber_window_get_busy (f->window) && preview_loaded (f));
}

static gboolean
idle (gpointer data)
{
  Fixture *f = data;

  return !limber_window_get_busy (f->window) && limber_window_get_dialog (f->window) == NULL;
}

static LimberRoutinePreview *
wait_preview (Fixture *f)
{
  spin_until (preview_loaded, f);
  limber_test_ui_spin (20);
  return limber_window_get_preview (f->window);
}

static void
close_preview (Fixture *f)
{
  gtk_window_close (GTK_WINDOW (limber_window_get_preview (f->window)));
  limber_test_ui_spin (20);
}

static const char AUTHORED[] =
  "{ \"format\": \"limber-routine\", \"version\": 1, \"id\": \"from-sam\",\n"
  "  \"title\": \"Sam's Stretches\", \"description\": \"Two holds.\",\n"
  "  \"x-author\": \"  Sam Physio  \",\n"
  "  \"exercises\": [ { \"name\": \"Hold\", \"duration\": 30 },\n"
  "                   { \"name\": \"Squat\", \"reps\": 10, \"sets\": 2, \"rest\": 20 } ] }\n";

static void
test_good_file (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = write_tmp (f, "sam.limber.json", AUTHORED);
  const char *paths[] = { path, NULL };
  g_autofree char *listing = NULL;
  LimberRoutinePreview *preview;
  LimberRoutine *routine;

  open_paths (f, paths);
  preview = wait_preview (f);
  g_assert_nonnull (preview);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (preview)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (preview)) == GTK_WINDOW (f->window));
  g_assert_null (limber_routine_preview_get_problem (preview));
  routine = limber_routine_preview_get_routine (preview);
  g_assert_nonnull (routine);
  g_assert_cmpstr (limber_routine_get_title (routine), ==, "Sam's Stretches");
  g_assert_cmpuint (limber_routine_get_n_exercises (routine), ==, 2);
  g_assert_cmpstr (limber_routine_preview_get_author_text (preview), ==, "By Sam Physio");

  /* Only looked at: nothing written. */
  listing = list_user_dir (f);
  g_assert_cmpstr (listing, ==, "");
  g_clear_pointer (&listing, g_free);

  /* Add to My Routines: a new file inside the routines folder. */
  limber_routine_preview_add (preview);
  spin_until (idle, f);
  spin_until (no_preview, f);
  listing = list_user_dir (f);
  g_assert_cmpstr (listing, ==, "from-sam.json");
  g_assert_nonnull (limber_library_lookup (f->library, "from-sam"));
  g_assert_cmpint (limber_routine_get_origin (limber_library_lookup (f->library, "from-sam")), ==,
                   LIMBER_ROUTINE_ORIGIN_USER);
  /* The opened file is where it was. */
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

static void
test_no_author (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = fixture_path ("good", "paced-reps.json");
  const char *paths[] = { path, NULL };
  LimberRoutinePreview *preview;

  open_paths (f, paths);
  preview = wait_preview (f);
  g_assert_nonnull (limber_routine_preview_get_routine (preview));
  g_assert_null (limber_routine_preview_get_author_text (preview));
  close_preview (f);
  spin_until (no_preview, f);
}

static void
test_bad_file (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *path = fixture_path ("bad", "duration-range.json");
  g_autofree char *expected_path = fixture_path ("bad", "duration-range.expected");
  g_autofree char *expected = NULL;
  g_autofree char *listing = NULL;
  const char *paths[] = { path, NULL };
  LimberRoutinePreview *preview;

  g_assert_true (g_file_get_contents (expected_path, &expected, NULL, NULL));
  g_strchomp (expected);

  open_paths (f, paths);
  preview = wait_preview (f);
  g_assert_null (limber_routine_preview_get_routine (preview));
  /* The loader's words, as `limber --validate` prints them. */
  g_assert_cmpstr (limber_routine_preview_get_problem (preview), ==, expected);

  /* Nothing to add, nothing written. */
  limber_routine_preview_add (preview);
  limber_test_ui_spin (50);
  g_assert_true (limber_window_get_preview (f->window) == preview);
  listing = list_user_dir (f);
  g_assert_cmpstr (listing, ==, "");
  close_preview (f);
  spin_until (no_preview, f);
}

static void
test_two_files (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *first = fixture_path ("good", "paced-reps.json");
  g_autofree char *second = fixture_path ("bad", "duration-range.json");
  const char *paths[] = { first, second, NULL };
  LimberRoutinePreview *preview;
  g_autofree char *name = NULL;

  open_paths (f, paths);
  preview = wait_preview (f);
  name = g_file_get_basename (limber_routine_preview_get_file (preview));
  g_assert_cmpstr (name, ==, "paced-reps.json");
  g_assert_nonnull (limber_routine_preview_get_routine (preview));
  limber_test_ui_spin (100);
  /* One at a time: the second waits. */
  g_assert_true (limber_window_get_preview (f->window) == preview);

  close_preview (f);
  preview = wait_preview (f);
  g_clear_pointer (&name, g_free);
  name = g_file_get_basename (limber_routine_preview_get_file (preview));
  g_assert_cmpstr (name, ==, "duration-range.json");
  g_assert_nonnull (limber_routine_preview_get_problem (preview));
  close_preview (f);
  spin_until (no_preview, f);
}

/* A routine of the person's that is a link to a file elsewhere: Replace
 * writes the new version through the link, which stays a link. */
static void
test_replace_through_link (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *good = fixture_path ("good", "paced-reps.json");
  g_autofree char *contents = NULL;
  g_autofree char *target = NULL;
  g_autofree char *link = NULL;
  g_autofree char *read_back = NULL;
  g_autofree char *listing = NULL;
  g_autoptr(GError) error = NULL;
  const char *paths[] = { good, NULL };
  AdwMessageDialog *dialog;

  g_assert_true (g_file_get_contents (good, &contents, NULL, NULL));
  g_assert_cmpint (g_mkdir_with_parents (user_dir (f), 0700), ==, 0);
  target = g_build_filename (f->tmp, "kept-elsewhere.json", NULL);
  g_assert_true (g_file_set_contents (target, contents, -1, NULL));
  link = g_build_filename (user_dir (f), "paced.json", NULL);
  g_assert_cmpint (symlink (target, link), ==, 0);
  /* Make the linked one different, so the replacement shows. */
  {
    g_autoptr(GFile) file = g_file_new_for_path (target);
    g_autoptr(LimberRoutine) routine = limber_routine_load_file (file, NULL, NULL, &error);
    g_autofree char *json = NULL;

    g_assert_no_error (error);
    limber_routine_set_title (routine, "Old Title");
    json = limber_routine_to_json (routine, NULL);
    g_assert_true (g_file_set_contents (target, json, -1, NULL));
  }
  limber_test_ui_reload_library ();
  g_assert_cmpstr (limber_routine_get_title (limber_library_lookup (f->library, "paced")), ==,
                   "Old Title");

  open_paths (f, paths);
  limber_routine_preview_add (wait_preview (f));
  spin_until (settled, f);
  dialog = limber_window_get_dialog (f->window);
  g_assert_nonnull (dialog);
  g_assert_true (adw_message_dialog_has_response (dialog, "replace"));
  adw_message_dialog_response (dialog, "replace");
  spin_until (idle, f);

  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  g_assert_true (g_file_get_contents (target, &read_back, NULL, NULL));
  g_assert_null (strstr (read_back, "Old Title"));
  {
    g_autoptr(GFile) file = g_file_new_for_path (target);
    g_autoptr(GFile) original = g_file_new_for_path (good);
    g_autoptr(LimberRoutine) written = limber_routine_load_file (file, NULL, NULL, &error);
    g_autoptr(LimberRoutine) expected = limber_routine_load_file (original, NULL, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (limber_routine_get_id (written), ==, "paced");
    g_assert_cmpstr (limber_routine_get_title (written), ==, limber_routine_get_title (expected));
  }
  listing = list_user_dir (f);
  g_assert_cmpstr (listing, ==, "paced.json");
  g_assert_cmpstr (limber_routine_get_title (limber_library_lookup (f->library, "paced")), !=,
                   "Old Title");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  limber_test_ui_init (&argc, &argv);

#define ADD(name, func) \
  g_test_add ("/open-files/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("good-file", test_good_file);
  ADD ("no-author", test_no_author);
  ADD ("bad-file", test_bad_file);
  ADD ("two-files", test_two_files);
  ADD ("replace-through-link", test_replace_through_link);
#undef ADD

  status = g_test_run ();
  limber_test_ui_cleanup ();
  return status;
}
