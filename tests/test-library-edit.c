/* test-library-edit.c: saving, duplicating, deleting with undo, restoring
 * defaults, importing, exporting and watching the routines folder
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "limber-file-problem.h"
#include "limber-library.h"
#include "limber-library-private.h"
#include "limber-routine-file.h"

#define ROUTINE_JSON(id, title) \
  "{\n" \
  "  \"format\": \"limber-routine\",\n" \
  "  \"version\": 1,\n" \
  "  \"id\": \"" id "\",\n" \
  "  \"title\": \"" title "\",\n" \
  "  \"exercises\": [ { \"name\": \"Squat\", \"reps\": 10, \"rep_duration\": 2 } ]\n" \
  "}\n"

static char *
user_dir_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "limber", "routines", NULL);
}

static LimberLibrary *
new_loaded_library (void)
{
  LimberLibrary *library = limber_library_new (NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (limber_library_load (library, NULL, &error));
  g_assert_no_error (error);
  return library;
}

static char *
write_temp (const char *name,
            const char *contents)
{
  g_autofree char *dir = g_build_filename (g_get_tmp_dir (), "import-source", NULL);
  char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_no_errno (g_mkdir_with_parents (dir, 0700));
  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  return path;
}

static LimberRoutine *
routine_from (const char *json)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(GError) error = NULL;
  LimberRoutine *routine = limber_routine_load_bytes (bytes, "test.json", &error);

  g_assert_no_error (error);
  return routine;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The names in the user folder, sorted, joined with spaces. */
static char *
list_user_dir (void)
{
  g_autofree char *dir = user_dir_path ();
  g_autoptr(GDir) gdir = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (gdir == NULL)
    return g_strdup ("");
  while ((name = g_dir_read_name (gdir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

static char *
read_user_file (const char *name)
{
  g_autofree char *dir = user_dir_path ();
  g_autofree char *path = g_build_filename (dir, name, NULL);
  char *contents = NULL;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return NULL;
  return contents;
}

static void
count_changes (GListModel *model,
               guint       position,
               guint       removed,
               guint       added,
               guint      *counter)
{
  g_test_message ("items-changed %u -%u +%u", position, removed, added);
  (*counter)++;
}

static void
test_save (void)
{
  g_autoptr(LimberLibrary) library = new_loaded_library ();
  g_autoptr(LimberRoutine) routine = routine_from (ROUTINE_JSON ("mine", "Mine"));
  g_autoptr(LimberRoutine) saved = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = user_dir_path ();
  g_autofree char *contents = NULL;
  g_autofree char *canonical = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (library));
  guint changes = 0;
  GStatBuf st;

  g_signal_connect (library, "items-changed", G_CALLBACK (count_changes), &changes);

  saved = limber_library_save (library, routine, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (saved);
  g_assert_true (saved != routine);
  g_assert_cmpint (limber_routine_get_origin (saved), ==, LIMBER_ROUTINE_ORIGIN_USER);
  g_assert_true (limber_library_lookup (library, "mine") == saved);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (library)), ==, n + 1);
  g_assert_cmpuint (changes, ==, 1);

  /* the folder is private; the file holds the canonical JSON */
  g_assert_no_errno (g_stat (dir, &st));
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
  contents = read_user_file ("mine.json");
  canonical = limber_routine_to_json (routine, NULL);
  g_assert_cmpstr (contents, ==, canonical);
  {
    g_autofree char *expected = g_build_filename (dir, "mine.json", NULL);
    g_assert_cmpstr (limber_routine_get_path (saved), ==, expected);
  }

  /* an invalid routine is refused with its first problem; nothing written */
  limber_routine_set_title (routine, "Changed");
  limber_exercise_set_sets (limber_routine_get_exercise (routine, 0), 0);
  g_assert_null (limber_library_save (library, routine, NULL, &error));
  g_assert_error (error, LIMBER_ROUTINE_ERROR, LIMBER_ROUTINE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Cannot save the routine: exercises[0].sets: must be between 1 and 50, found 0");
  g_clear_error (&error);
  {
    g_autofree char *again = read_user_file ("mine.json");
    g_assert_cmpstr (again, ==, canonical);
  }
  g_assert_cmpstr (limber_routine_get_title (limber_library_lookup (library, "mine")), ==, "Mine");

  /* a hostile id never reaches the file system */
  limber_exercise_set_sets (limber_routine_get_exercise (routine, 0), 1);
  limber_routine_set_id (routine, "../escape");
  g_assert_null (limber_library_save (library, routine, NULL, &error));
  g_assert_error (error, LIMBER_ROUTINE_ERROR, LIMBER_ROUTINE_ERROR_INVALID);
  g_clear_error (&error);
  {
    g_autofree char *listing = list_user_dir ();
    g_assert_cmpstr (listing, ==, "mine.json");
  }

  /* saving a bundled id makes the person's copy, which overrides it */
  {
    LimberRoutine *bundled = limber_library_lookup (library, "desk-break");
    g_autoptr(LimberRoutine) mine = limber_routine_copy (bundled);
    g_autoptr(LimberRoutine) over = NULL;

    limber_routine_set_title (mine, "My desk break");
    over = limber_library_save (library, mine, NULL, &error);
    g_assert_no_error (error);
    g_assert_true (limber_library_lookup (library, "desk-break") == over);
    g_assert_cmpint (limber_routine_get_origin (over), ==, LIMBER_ROUTINE_ORIGIN_USER);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (library)), ==, n + 1);
    g_assert_true (limber_library_can_restore_default (library, "desk-break"));
    g_assert_false (limber_library_can_restore_default (library, "mine"));
  }

  /* what was written loads again to the same library */
  {
    g_autoptr(LimberLibrary) fresh = new_loaded_library ();

    g_assert_true (limber_routine_equal (limber_library_lookup (fresh, "mine"), saved));
    g_assert_cmpstr (limber_routine_get_title (limber_library_lookup (fresh, "desk-break")), ==,
                     "My desk break");
  }
}

static void
test_save_refuses_broken_file (void)
{
  g_autoptr(LimberLibrary) library = new_loaded_library ();
  g_autoptr(LimberRoutine) routine = routine_from (ROUTINE_JSON ("mine", "Mine"));
  g_autoptr(LimberRoutine) saved = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = user_dir_path ();
  g_autofree char *path = g_build_filename (dir, "mine.json", NULL);
  g_autofree char *after = NULL;

  /* the person is fixing mine.json in a text editor: it does not load */
  g_assert_no_errno (g_mkdir_with_parents (dir, 0700));
  g_assert_true (g_file_set_contents (path, "{ \"format\": ", -1, NULL));

  saved = limber_library_save (library, routine, NULL, &error);
  g_assert_null (saved);
  g_assert_error (error, LIMBER_ROUTINE_ERROR, LIMBER_ROUTINE_ERROR_EXISTS);
  g_assert_true (g_str_has_prefix (error->message, path));
  after = read_user_file ("mine.json");
  g_assert_cmpstr (after, ==, "{ \"format\": ");
}

static void
store_result (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static void
test_async_save (void)
{
  g_autoptr(LimberLibrary) library = new_loaded_library ();
  g_autoptr(LimberRoutine) routine = routine_from (ROUTINE_JSON ("async-one", "Async"));
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(LimberRoutine) saved = NULL;
  g_autoptr(GError) error = NULL;

  limber_library_save_async (library, routine, NULL, store_result, &result);
  /* the caller's routine may change at once: the save took a copy */
  limber_routine_set_title (routine, "Changed meanwhile");
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  saved = limber_library_save_finish (library, result, &error);
  g_assert_no_error (error);
  g_assert_true (limber_library_lookup (library, "async-one") == saved);
  g_assert_cmpstr (limber_routine_get_title (saved), ==, "Async");
  limber_routine_set_title (routine, "Async");
  g_assert_true (limber_routine_equal (saved, routine));
  {
    g_autofree char *contents = read_user_file ("async-one.json");
    g_autofree char *canonical = limber_routine_to_json (routine, NULL);
    g_assert_cmpstr (contents, ==, canonical);
  }
}

static void
test_unique_id (void)
{
  g_autoptr(LimberLibrary) library = new_loaded_library ();
  g_autoptr(GError) error = NULL;
  char *id;

  id = limber_library_unique_id (library, "my-routine");
  g_assert_cmpstr (id, ==, "my-routine");
  g_free (id);
  id = limber_library_unique_id (library, "Hip Flexors, Übung!");
  g_assert_cmpstr (id, ==, "hip-flexors-ubung");
  g_free (id);
  id = limber_library_unique_id (library, "¿¿");
  g_assert_cmpstr (id, ==, "routine");
  g_free (id);
  /* bundled ids are taken */
  id = limber_library_unique_id (library, "desk-break");
  g_assert_cmpstr (id, ==, "desk-break-2");
  g_free (id);

  {
    g_autoptr(LimberRoutine) a = routine_from (ROUTINE_JSON ("my-routine", "A"));
    g_autoptr(LimberRoutine) b = routine_from (ROUTINE_JSON ("my-routine-2", "B"));
    g_autoptr(LimberRoutine) sa = NULL;
    g_autoptr(LimberRoutine) sb = NULL;

    sa = limber_library_save (library, a, NULL, &error);
    g_assert_no_error (error);
    g_assert_nonnull (sa);
    sb = limber_library_save (library, b, NULL, &error);
    g_assert_no_error (error);
    g_assert_nonnull (sb);
  }
  id = limber_library_unique_id (library, "my-routine");
  g_assert_cmpstr (id, ==, "my-routine-3");
  g_free (id);
  id = limber_library_unique_id (library, "my-routine-2");
  g_assert_cmpstr (id, ==, "my-routine-3");
  g_free (id);

  /* never longer than 64 characters */
  {
    g_autofree char *long_id = g_strnfill (64, 'a');
    g_autoptr(LimberRoutine) r = routine_from (ROUTINE_JSON ("x", "Long"));
    g_autoptr(LimberRoutine) saved = NULL;

    limber_routine_set_id (r, long_id);
    saved = limber_library_save (library, r, NULL, &error);
    g_assert_no_error (error);
    id = limber_library_unique_id (library, long_id);
    g_assert_cmpuint (strlen (id), ==, 64);
    g_assert_true (g_str_has_suffix (id, "a-2"));
    g_free (id);
  }
}

static void
test_duplicate (void)
{
  g_autoptr(LimberLibrary) library = new_loaded_library ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LimberRoutine) copy = NULL;
  g_autoptr(LimberRoutine) copy2 = NULL;
  LimberRoutine *source = limber_library_lookup (library, "desk-break");

  copy = limber_library_duplicate (library, "desk-break", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (limber_routine_get_id (copy), ==, "desk-break-2");
  {
    g_autofree char *expected = g_strconcat ("Copy of ", limber_routine_get_title (source), NULL);
    g_assert_cmpstr (limber_routine_get_title (copy), ==, expected);
  }
  g_assert_cmpuint (limber_routine_get_n_exercises (copy), ==, limber_routine_get_n_exercises (source));
  g_assert_true (limber_library_lookup (library, "desk-break-2") == copy);
  g_assert_true (limber_library_lookup (library, "desk-break") == source);
  {
    g_autofree char *written = read_user_file ("desk-break-2.json");
    g_assert_nonnull (written);
  }

  copy2 = limber_library_duplicate (library, "desk-break-2", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (limber_routine_get_id (copy2), ==, "desk-break-3");

  g_assert_null (limber_library_duplicate (library, "nope", NULL, &error));
  g_assert_error (error, LIMBER_ROUTINE_ERROR, LIMBER_ROUTINE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* a title at the limit stays within it */
  {
    g_autofree char *long_title = g_strnfill (120, 'T');
    g_autoptr(LimberRoutine) r = routine_from (ROUTINE_JSON ("long", "x"));
    g_autoptr(LimberRoutine) saved = NULL;
    g_autoptr(LimberRoutine) dup = NULL;

    limber_routine_set_title (r, long_title);
    saved = limber_library_save (library, r, NULL, &error);
    g_assert_no_error (error);
    dup = limber_library_duplicate (library, "long", NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (g_utf8_strlen (limber_routine_get_title (dup), -1), ==, 120);
  }
}

static void
test_delete_undo (void)
{
  g_autoptr(LimberLibrary) library = new_loaded_library ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = user_dir_path ();
  /* hand-written bytes, not canonical: undo must bring back exactly these */
  const char *bytes = "{\"format\":\"limber-routine\",\"version\":1,\"id\":\"mine\",\"title\":\"Mine\",\n"
                      "  \"exercises\":[{\"name\":\"Plank\",\"duration\":20}], \"x-note\": \"mine\"}";
  g_autofree char *path = g_build_filename (dir, "mine.json", NULL);
  guint n;

  g_assert_no_errno (g_mkdir_with_parents (dir, 0700));
  g_assert_true (g_file_set_contents (path, bytes, -1, NULL));
  g_assert_true (limber_library_load (library, NULL, NULL));
  n = g_list_model_get_n_items (G_LIST_MODEL (library));
  g_assert_nonnull (limber_library_lookup (library, "mine"));

  g_assert_true (limber_library_delete (library, "mine", &error));
  g_assert_no_error (error);
  g_assert_null (limber_library_lookup (library, "mine"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (library)), ==, n - 1);
  g_assert_true (limber_library_is_delete_pending (library, "mine"));
  {
    g_autofree char *listing = list_user_dir ();
    g_assert_cmpstr (listing, ==, ".mine.json.deleted");
  }
  /* a reload does not bring it back, nor list the hidden file as a problem */
  g_assert_true (limber_library_load (library, NULL, NULL));
  g_assert_null (limber_library_lookup (library, "mine"));
  g_assert_cmpuint (g_list_model_get_n_items (limber_library_get_problems (library)), ==, 0);

  g_assert_true (limber_library_undo_delete (library, "mine", &error));
  g_assert_no_error (error);
  g_assert_nonnull (limber_library_lookup (library, "mine"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (library)), ==, n);
  g_assert_false (limber_library_is_delete_pending (library, "mine"));
  {
    g_autofree char *listing = list_user_dir ();
    g_autofree char *contents = read_user_file ("mine.json");

    g_assert_cmpstr (listing, ==, "mine.json");
    g_assert_cmpstr (contents, ==, bytes);
  }
  /* nothing to undo twice */
  g_assert_false (limber_library_undo_delete (library, "mine", &error));
  g_assert_error (error, LIMBER_ROUTINE_ERROR, LIMBER_ROUTINE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* delete + commit removes the file */
  g_assert_true (limber_library_delete (library, "mine", &error));
  g_assert_true (limber_library_commit_delete (library, "mine", &error));
  g_assert_no_error (error);
  {
    g_autofree char *listing = list_user_dir ();
    g_assert_cmpstr (listing, ==, "");
  }
  g_assert_null (limber_library_lookup (library, "mine"));

  /* bundled routines cannot be deleted */
  g_assert_false (limber_library_delete (library, "desk-break", &error));
  g_assert_error (error, LIMBER_ROUTINE_ERROR, LIMBER_ROUTINE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_nonnull (limber_library_lookup (library, "desk-break"));

  /* commit_all finishes every pending deletion */
  {
    g_autoptr(LimberRoutine) a = routine_from (ROUTINE_JSON ("a", "A"));
    g_autoptr(LimberRoutine) b = routine_from (ROUTINE_JSON ("b", "B"));
    g_autoptr(LimberRoutine) sa = limber_library_save (library, a, NULL, NULL);
    g_autoptr(LimberRoutine) sb = limber_library_save (library, b, NULL, NULL);
    g_autofree char *listing = NULL;

    g_assert_nonnull (sa);
    g_assert_nonnull (sb);
    g_assert_true (limber_library_delete (library, "a", NULL));
    g_assert_true (limber_library_delete (library, "b", NULL));
    limber_library_commit_all (library);
    listing = list_user_dir ();
    g_assert_cmpstr (listing, ==, "");
  }
}

static void
test_restore_default (void)
{
  g_autoptr(LimberLibrary) library = new_loaded_library ();
  g_autoptr(GError) error = NULL;
  LimberRoutine *bundled = limber_library_lookup (library, "desk-break");
  g_autoptr(LimberRoutine) mine = limber_routine_copy (bundled);
  g_autoptr(LimberRoutine) over = NULL;
  g_autofree char *saved_bytes = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (library));

  g_assert_false (limber_library_can_restore_default (library, "desk-break"));
  g_assert_false (limber_library_restore_default (library, "desk-break", &error));
  g_assert_error (error, LIMBER_ROUTINE_ERROR, LIMBER_ROUTINE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  limber_routine_set_title (mine, "My desk break");
  over = limber_library_save (library, mine, NULL, &error);
  g_assert_no_error (error);
  saved_bytes = read_user_file ("desk-break.json");

  g_assert_true (limber_library_restore_default (library, "desk-break", &error));
  g_assert_no_error (error);
  g_assert_true (limber_library_lookup (library, "desk-break") == bundled);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (library)), ==, n);

  /* undo: the person's copy is back, byte for byte */
  g_assert_true (limber_library_undo_delete (library, "desk-break", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (limber_routine_get_title (limber_library_lookup (library, "desk-break")), ==, "My desk break");
  {
    g_autofree char *contents = read_user_file ("desk-break.json");
    g_assert_cmpstr (contents, ==, saved_bytes);
  }

  /* restore for good */
  g_assert_true (limber_library_restore_default (library, "desk-break", &error));
  g_assert_true (limber_library_commit_delete (library, "desk-break", &error));
  g_assert_no_error (error);
  g_assert_true (limber_library_lookup (library, "desk-break") == bundled);
  {
    g_autofree char *listing = list_user_dir ();
    g_assert_cmpstr (listing, ==, "");
  }
}

static void
test_import (void)
{
  g_autoptr(LimberLibrary) library = new_loaded_library ();
  g_autoptr(GError) error = NULL;
  g_autofree char *good = write_temp ("friend.json", ROUTINE_JSON ("friends", "From a friend"));
  g_autofree char *other = write_temp ("other.json", ROUTINE_JSON ("friends", "Another one"));
  g_autofree char *bad = write_temp ("bad.json", "{ \"format\": \"limber-routine\", \"version\": 1 }");
  g_autoptr(GFile) good_file = g_file_new_for_path (good);
  g_autoptr(GFile) other_file = g_file_new_for_path (other);
  g_autoptr(GFile) bad_file = g_file_new_for_path (bad);
  g_autoptr(LimberRoutine) imported = NULL;
  g_autoptr(LimberRoutine) replaced = NULL;
  g_autoptr(LimberRoutine) both = NULL;

  /* a bad file: the loader's message, nothing written */
  g_assert_null (limber_library_import (library, bad_file, LIMBER_IMPORT_ASK, NULL, &error));
  g_assert_error (error, LIMBER_ROUTINE_ERROR, LIMBER_ROUTINE_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "bad.json: "));
  g_assert_nonnull (strstr (error->message, "id"));
  g_clear_error (&error);
  {
    g_autofree char *listing = list_user_dir ();
    g_assert_cmpstr (listing, ==, "");
  }

  /* a good one */
  imported = limber_library_import (library, good_file, LIMBER_IMPORT_ASK, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (limber_routine_get_id (imported), ==, "friends");
  g_assert_cmpint (limber_routine_get_origin (imported), ==, LIMBER_ROUTINE_ORIGIN_USER);
  {
    g_autofree char *listing = list_user_dir ();
    g_assert_cmpstr (listing, ==, "friends.json");
  }

  /* the same id again: asks */
  g_assert_null (limber_library_import (library, other_file, LIMBER_IMPORT_ASK, NULL, &error));
  g_assert_error (error, LIMBER_ROUTINE_ERROR, LIMBER_ROUTINE_ERROR_EXISTS);
  g_assert_cmpstr (error->message, ==, "other.json: the id “friends” is already used by “From a friend”");
  g_clear_error (&error);
  g_assert_cmpstr (limber_routine_get_title (limber_library_lookup (library, "friends")), ==, "From a friend");

  /* keep both: a fresh id */
  both = limber_library_import (library, other_file, LIMBER_IMPORT_KEEP_BOTH, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (limber_routine_get_id (both), ==, "friends-2");
  g_assert_cmpstr (limber_routine_get_title (both), ==, "Another one");
  g_assert_cmpstr (limber_routine_get_title (limber_library_lookup (library, "friends")), ==, "From a friend");

  /* replace */
  replaced = limber_library_import (library, other_file, LIMBER_IMPORT_REPLACE, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (limber_routine_get_id (replaced), ==, "friends");
  g_assert_cmpstr (limber_routine_get_title (limber_library_lookup (library, "friends")), ==, "Another one");
  {
    g_autofree char *listing = list_user_dir ();
    g_assert_cmpstr (listing, ==, "friends-2.json friends.json");
  }

  /* a bundled id asks too */
  {
    g_autofree char *path = write_temp ("desk.json", ROUTINE_JSON ("desk-break", "Desk"));
    g_autoptr(GFile) file = g_file_new_for_path (path);

    g_assert_null (limber_library_import (library, file, LIMBER_IMPORT_ASK, NULL, &error));
    g_assert_error (error, LIMBER_ROUTINE_ERROR, LIMBER_ROUTINE_ERROR_EXISTS);
    g_clear_error (&error);
  }
}

static void
on_imported (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  GError **error = user_data;
  g_autoptr(LimberRoutine) routine = limber_library_import_finish (LIMBER_LIBRARY (source), result, error);

  if (routine != NULL)
    g_assert_null (*error);
  g_object_set_data (source, "done", GINT_TO_POINTER (1));
}

static void
test_import_async (void)
{
  g_autoptr(LimberLibrary) library = new_loaded_library ();
  g_autofree char *good = write_temp ("async.json", ROUTINE_JSON ("async", "Async"));
  g_autoptr(GFile) file = g_file_new_for_path (good);
  GError *error = NULL;

  limber_library_import_async (library, file, LIMBER_IMPORT_ASK, NULL, on_imported, &error);
  while (g_object_get_data (G_OBJECT (library), "done") == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (error);
  g_assert_nonnull (limber_library_lookup (library, "async"));

  g_object_set_data (G_OBJECT (library), "done", NULL);
  limber_library_import_async (library, file, LIMBER_IMPORT_ASK, NULL, on_imported, &error);
  while (g_object_get_data (G_OBJECT (library), "done") == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (error, LIMBER_ROUTINE_ERROR, LIMBER_ROUTINE_ERROR_EXISTS);
  g_clear_error (&error);
}

static void
test_import_hostile (void)
{
  g_autoptr(LimberLibrary) library = new_loaded_library ();
  g_autofree char *long_id = g_strnfill (300, 'a');
  g_autofree char *long_json = g_strdup_printf (
    "{ \"format\": \"limber-routine\", \"version\": 1, \"id\": \"%s\", \"title\": \"T\","
    " \"exercises\": [ { \"name\": \"S\", \"duration\": 5 } ] }", long_id);
  const char *hostile[] = {
    ROUTINE_JSON ("../x", "Up"),
    ROUTINE_JSON ("../../../../tmp/evil", "Far up"),
    ROUTINE_JSON ("/etc/passwd", "Absolute"),
    ROUTINE_JSON ("a/b", "Sub"),
    ROUTINE_JSON (".hidden", "Hidden"),
    ROUTINE_JSON ("", "Empty"),
    ROUTINE_JSON ("x\\\\y", "Backslash"),
    long_json,
  };
  g_autofree char *parent = g_build_filename (g_get_user_data_dir (), "limber", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      g_autofree char *name = g_strdup_printf ("hostile-%u.json", i);
      g_autofree char *path = write_temp (name, hostile[i]);
      g_autoptr(GFile) file = g_file_new_for_path (path);

      for (LimberImportChoice choice = LIMBER_IMPORT_ASK; choice <= LIMBER_IMPORT_KEEP_BOTH; choice++)
        {
          g_autoptr(GError) error = NULL;
          g_autoptr(LimberRoutine) routine = limber_library_import (library, file, choice, NULL, &error);

          g_assert_null (routine);
          g_assert_error (error, LIMBER_ROUTINE_ERROR, LIMBER_ROUTINE_ERROR_INVALID);
          g_assert_true (g_str_has_prefix (error->message, name));
          g_assert_nonnull (strstr (error->message, ": id: must be 1 to 64 lowercase letters"));
        }
    }

  /* hostile source file names are only read: the written name is the id's */
  {
    g_autofree char *odd_dir = g_build_filename (g_get_tmp_dir (), "import-source", "..", "import-source", NULL);
    g_autofree char *path = g_build_filename (odd_dir, "..  weird name ..json", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (path);
    g_autoptr(GError) error = NULL;
    g_autoptr(LimberRoutine) routine = NULL;

    g_assert_true (g_file_set_contents (path, ROUTINE_JSON ("plain", "Plain"), -1, NULL));
    routine = limber_library_import (library, file, LIMBER_IMPORT_ASK, NULL, &error);
    g_assert_no_error (error);
  }

  /* nothing was written anywhere but <id>.json in the routines folder */
  {
    g_autofree char *listing = list_user_dir ();
    g_autoptr(GDir) gdir = g_dir_open (parent, 0, NULL);
    const char *name;
    guint n = 0;

    g_assert_cmpstr (listing, ==, "plain.json");
    while ((name = g_dir_read_name (gdir)) != NULL)
      {
        g_assert_cmpstr (name, ==, "routines");
        n++;
      }
    g_assert_cmpuint (n, ==, 1);
  }
}

static void
test_export (void)
{
  g_autoptr(LimberLibrary) library = new_loaded_library ();
  g_autoptr(GError) error = NULL;
  LimberRoutine *routine = limber_library_lookup (library, "hip-flexor-release");
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "exported", "Hip flexors.json", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *canonical = limber_routine_to_json (routine, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_autofree char *export_dir = g_path_get_dirname (path);

  g_assert_no_errno (g_mkdir_with_parents (export_dir, 0700));
  g_assert_true (limber_library_export (routine, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, canonical);

  /* re-imports to an equal routine (keeping both, as its id is taken) */
  {
    g_autoptr(LimberRoutine) again = limber_library_import (library, file, LIMBER_IMPORT_KEEP_BOTH, NULL, &error);
    g_autoptr(LimberRoutine) renamed = NULL;

    g_assert_no_error (error);
    renamed = limber_routine_copy (again);
    limber_routine_set_id (renamed, "hip-flexor-release");
    g_assert_true (limber_routine_equal (renamed, routine));
  }

  /* async */
  {
    g_autofree char *path2 = g_build_filename (g_get_tmp_dir (), "exported", "two.json", NULL);
    g_autoptr(GFile) file2 = g_file_new_for_path (path2);
    g_autoptr(GAsyncResult) result = NULL;
    g_autofree char *contents2 = NULL;

    limber_library_export_async (routine, file2, NULL, store_result, &result);
    while (result == NULL)
      g_main_context_iteration (NULL, TRUE);
    g_assert_true (limber_library_export_finish (result, &error));
    g_assert_no_error (error);
    g_assert_true (g_file_get_contents (path2, &contents2, NULL, NULL));
    g_assert_cmpstr (contents2, ==, canonical);
  }
}

static gboolean
timeout_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until @check holds or @seconds pass. */
static gboolean
wait_for (gboolean (*check) (LimberLibrary *),
          LimberLibrary *library,
          guint          seconds)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (seconds, timeout_cb, &timed_out);

  while (!check (library) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (id);
  return check (library);
}

static gboolean
has_external (LimberLibrary *library)
{
  LimberRoutine *r = limber_library_lookup (library, "external");
  return r != NULL && g_strcmp0 (limber_routine_get_title (r), "Edited") == 0;
}

static gboolean
external_gone_with_problem (LimberLibrary *library)
{
  return limber_library_lookup (library, "external") == NULL &&
         g_list_model_get_n_items (limber_library_get_problems (library)) == 1;
}

static gboolean
external_fixed (LimberLibrary *library)
{
  return limber_library_lookup (library, "external") != NULL &&
         g_list_model_get_n_items (limber_library_get_problems (library)) == 0;
}

static void
test_monitor (void)
{
  g_autoptr(LimberLibrary) library = new_loaded_library ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = user_dir_path ();
  g_autofree char *path = g_build_filename (dir, "external.json", NULL);
  g_autofree char *broken = NULL;
  guint changes = 0;

  g_assert_true (limber_library_watch (library, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (dir, G_FILE_TEST_IS_DIR));

  /* a text editor writes a new file, then edits it */
  g_assert_true (g_file_set_contents (path, ROUTINE_JSON ("external", "First"), -1, NULL));
  g_assert_true (g_file_set_contents (path, ROUTINE_JSON ("external", "Edited"), -1, NULL));
  g_assert_true (wait_for (has_external, library, 5));

  /* the library's own save: the reload it triggers changes nothing more */
  g_signal_connect (library, "items-changed", G_CALLBACK (count_changes), &changes);
  {
    g_autoptr(LimberRoutine) r = routine_from (ROUTINE_JSON ("own", "Own"));
    g_autoptr(LimberRoutine) saved = limber_library_save (library, r, NULL, &error);
    gboolean waited = FALSE;

    g_assert_no_error (error);
    g_assert_cmpuint (changes, ==, 1);
    g_timeout_add (800, timeout_cb, &waited);
    while (!waited)
      g_main_context_iteration (NULL, TRUE);
    g_assert_cmpuint (changes, ==, 1);
    g_assert_true (limber_library_lookup (library, "own") == saved);
  }

  /* the file breaks: it leaves the model and becomes a problem, untouched */
  g_assert_true (g_file_set_contents (path, "{ \"format\": \"limber-routine\", ", -1, NULL));
  g_assert_true (wait_for (external_gone_with_problem, library, 5));
  broken = read_user_file ("external.json");
  g_assert_cmpstr (broken, ==, "{ \"format\": \"limber-routine\", ");
  {
    g_autoptr(LimberFileProblem) problem = g_list_model_get_item (limber_library_get_problems (library), 0);
    g_assert_cmpstr (limber_file_problem_get_path (problem), ==, path);
  }

  /* and the app does not overwrite it */
  {
    g_autoptr(LimberRoutine) r = routine_from (ROUTINE_JSON ("external", "Mine"));
    g_autoptr(LimberRoutine) saved = limber_library_save (library, r, NULL, &error);

    g_assert_null (saved);
    g_assert_error (error, LIMBER_ROUTINE_ERROR, LIMBER_ROUTINE_ERROR_EXISTS);
    g_clear_error (&error);
  }

  /* fixed again */
  g_assert_true (g_file_set_contents (path, ROUTINE_JSON ("external", "Fixed"), -1, NULL));
  g_assert_true (wait_for (external_fixed, library, 5));
}

static gboolean
is_link (const char *path)
{
  struct stat st;

  return lstat (path, &st) == 0 && S_ISLNK (st.st_mode);
}

/* <id>.json as a link into a therapist's shared folder: saving writes the
 * shared file and keeps the link; deleting removes only the link. */
static void
test_linked_routine (void)
{
  g_autofree char *dir = user_dir_path ();
  g_autofree char *shared = g_build_filename (g_get_user_data_dir (), "therapist", NULL);
  g_autofree char *target = g_build_filename (shared, "hips.json", NULL);
  g_autofree char *link = g_build_filename (dir, "hips.json", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(LimberLibrary) library = NULL;
  g_autoptr(LimberRoutine) routine = NULL;
  g_autoptr(LimberRoutine) saved = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_no_errno (g_mkdir_with_parents (dir, 0700));
  g_assert_no_errno (g_mkdir_with_parents (shared, 0700));
  g_assert_true (g_file_set_contents (target, ROUTINE_JSON ("hips", "Hips"), -1, NULL));
  g_assert_no_errno (symlink ("../../therapist/hips.json", link));

  library = new_loaded_library ();
  g_assert_nonnull (limber_library_lookup (library, "hips"));

  routine = routine_from (ROUTINE_JSON ("hips", "Hips, edited"));
  saved = limber_library_save (library, routine, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (saved);
  g_assert_true (is_link (link));
  g_assert_true (g_file_get_contents (target, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "\"title\": \"Hips, edited\""));
  g_assert_cmpstr (limber_routine_get_title (limber_library_lookup (library, "hips")), ==, "Hips, edited");

  /* deleted and undone: the link is back as it was */
  g_assert_true (limber_library_delete (library, "hips", &error));
  g_assert_no_error (error);
  g_assert_false (is_link (link));
  g_assert_true (limber_library_undo_delete (library, "hips", &error));
  g_assert_no_error (error);
  g_assert_true (is_link (link));

  /* deleted for good: the link goes, the shared file stays */
  g_assert_true (limber_library_delete (library, "hips", &error));
  g_assert_true (limber_library_commit_delete (library, "hips", &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (link, G_FILE_TEST_EXISTS) || is_link (link));
  g_assert_true (g_file_test (target, G_FILE_TEST_IS_REGULAR));
}

/* Exporting to a link writes its target; to a pipe or a device, refused at
 * once with what it is; importing a pipe does not hang. */
static void
test_export_import_special (void)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "exports", NULL);
  g_autofree char *target = g_build_filename (dir, "synced.json", NULL);
  g_autofree char *link = g_build_filename (dir, "hips.json", NULL);
  g_autofree char *fifo = g_build_filename (dir, "pipe.json", NULL);
  g_autofree char *expected = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(LimberLibrary) library = new_loaded_library ();
  g_autoptr(LimberRoutine) routine = routine_from (ROUTINE_JSON ("hips", "Hips"));
  g_autoptr(GFile) link_file = g_file_new_for_path (link);
  g_autoptr(GFile) fifo_file = g_file_new_for_path (fifo);
  g_autoptr(GFile) null_file = g_file_new_for_path ("/dev/null");
  g_autoptr(GError) error = NULL;

  g_assert_no_errno (g_mkdir_with_parents (dir, 0700));
  g_assert_no_errno (symlink ("synced.json", link));
  g_assert_no_errno (mkfifo (fifo, 0600));

  /* a dangling link: its target is made */
  g_assert_true (limber_library_export (routine, link_file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (is_link (link));
  g_assert_true (g_file_get_contents (target, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "{\n  \"format\": \"limber-routine\""));

  g_assert_false (limber_library_export (routine, fifo_file, NULL, &error));
  g_assert_error (error, LIMBER_ROUTINE_ERROR, LIMBER_ROUTINE_ERROR_IO);
  expected = g_strdup_printf ("Cannot save “%s”: it is a named pipe (FIFO), not a regular file", fifo);
  g_assert_cmpstr (error->message, ==, expected);
  g_clear_error (&error);

  g_assert_false (limber_library_export (routine, null_file, NULL, &error));
  g_assert_error (error, LIMBER_ROUTINE_ERROR, LIMBER_ROUTINE_ERROR_IO);
  g_assert_cmpstr (error->message, ==, "Cannot save “/dev/null”: it is a character device, not a regular file");
  g_clear_error (&error);

  g_assert_null (limber_library_import (library, fifo_file, LIMBER_IMPORT_ASK, NULL, &error));
  g_assert_error (error, LIMBER_ROUTINE_ERROR, LIMBER_ROUTINE_ERROR_IO);
  g_assert_cmpstr (error->message, ==, "pipe.json: cannot read: it is a named pipe (FIFO), not a regular file");
  g_clear_error (&error);

  /* a pipe named <id>.json in the routines folder: saving says what it is */
  {
    g_autofree char *user_dir = user_dir_path ();
    g_autofree char *user_fifo = g_build_filename (user_dir, "piped.json", NULL);
    g_autoptr(LimberRoutine) piped = routine_from (ROUTINE_JSON ("piped", "Piped"));
    g_autofree char *message = g_strdup_printf ("Cannot save “%s”: it is a named pipe (FIFO), not a regular file",
                                                user_fifo);

    g_assert_no_errno (g_mkdir_with_parents (user_dir, 0700));
    g_assert_no_errno (mkfifo (user_fifo, 0600));
    g_assert_null (limber_library_save (library, piped, NULL, &error));
    g_assert_error (error, LIMBER_ROUTINE_ERROR, LIMBER_ROUTINE_ERROR_IO);
    g_assert_cmpstr (error->message, ==, message);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/library-edit/save", test_save);
  g_test_add_func ("/library-edit/save-refuses-broken-file", test_save_refuses_broken_file);
  g_test_add_func ("/library-edit/async-save", test_async_save);
  g_test_add_func ("/library-edit/unique-id", test_unique_id);
  g_test_add_func ("/library-edit/duplicate", test_duplicate);
  g_test_add_func ("/library-edit/delete-undo", test_delete_undo);
  g_test_add_func ("/library-edit/restore-default", test_restore_default);
  g_test_add_func ("/library-edit/import", test_import);
  g_test_add_func ("/library-edit/import-async", test_import_async);
  g_test_add_func ("/library-edit/import-hostile", test_import_hostile);
  g_test_add_func ("/library-edit/export", test_export);
  g_test_add_func ("/library-edit/monitor", test_monitor);
  g_test_add_func ("/library-edit/linked-routine", test_linked_routine);
  g_test_add_func ("/library-edit/export-import-special", test_export_import_special);

  return g_test_run ();
}
