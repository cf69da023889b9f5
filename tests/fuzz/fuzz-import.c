/* fuzz-import.c: any bytes as a file a person imports into their library
 *
 * Once per process: a scratch tree
 *
 *   ROOT/in/import.json           the input, rewritten for every run
 *   ROOT/home/routines/           the user folder: "mine.json" (id "mine"),
 *                                 "other-name.json" (id "second") and
 *                                 "broken.json" (a file that does not load)
 *
 * For each input a LimberLibrary on that folder imports the file with one of
 * the three clash choices (the input's length modulo 3). The library lives
 * across runs: a new file is deleted again through the library (delete and
 * commit), a replaced one is restored and the library made anew.
 *
 * Properties checked: no crash, leak, undefined behaviour or GLib warning on
 * any input; nothing in ROOT outside the routines folder changes (the input
 * file included); a refused file changes nothing at all and the refusal
 * names the file (or the file of the folder it would not overwrite); an accepted file writes exactly one file, named after the
 * routine's id (or the user file that already holds it), never the broken
 * file, no temporary file is left, and it loads to the returned routine.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fuzz-common.h"
#include "limber-library.h"
#include "limber-library-private.h"
#include "limber-routine-file.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

#define FAIL(...) G_STMT_START { g_printerr (__VA_ARGS__); g_printerr ("\n"); abort (); } G_STMT_END

static const char mine_json[] =
  "{\"format\":\"limber-routine\",\"version\":1,\"id\":\"mine\",\"title\":\"Mine\","
  "\"exercises\":[{\"name\":\"Stretch\",\"duration\":30}]}\n";
static const char second_json[] =
  "{\"format\":\"limber-routine\",\"version\":1,\"id\":\"second\",\"title\":\"Second\","
  "\"exercises\":[{\"name\":\"Squat\",\"kind\":\"strength\",\"reps\":10}]}\n";
static const char broken_json[] = "{\"format\":\"limber-routine\",\"version\":1,\"id\":\"broken\",";

static char *root;
static LimberLibrary *shared_library;
static char *user_dir;
static char *input_path;

static void
snapshot_dir (GHashTable *table,
              const char *dir,
              const char *rel)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  if (d == NULL)
    FAIL ("cannot list %s", dir);
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      char *key = rel[0] ? g_build_filename (rel, name, NULL) : g_strdup (name);
      struct stat st;

      if (lstat (path, &st) != 0)
        FAIL ("cannot stat %s", path);
      g_hash_table_insert (table, key,
                           g_strdup_printf ("%o:%lld:%lld.%09ld:%llu", st.st_mode, (long long) st.st_size,
                                            (long long) st.st_mtim.tv_sec, st.st_mtim.tv_nsec,
                                            (unsigned long long) st.st_ino));
      if (S_ISDIR (st.st_mode))
        snapshot_dir (table, path, key);
    }
}

static GHashTable *
snapshot (void)
{
  GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  snapshot_dir (table, root, "");
  return table;
}

static void
write_or_die (const char *path,
              const char *contents,
              gssize      length)
{
  g_autoptr(GError) error = NULL;

  if (!g_file_set_contents (path, contents, length, &error))
    FAIL ("cannot write %s: %s", path, error->message);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) d = g_dir_open (path, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
tear_down (void)
{
  g_clear_object (&shared_library);
  if (root != NULL)
    remove_tree (root);
}

static void
set_up (void)
{
  g_autofree char *in_dir = NULL;
  g_autofree char *home = NULL;
  g_autofree char *p = NULL;

  /* In memory when there is a tmpfs: the library fsyncs every save, which on
   * a disk is a thousand times slower than the rest of a run. */
  if (g_file_test ("/dev/shm", G_FILE_TEST_IS_DIR) && g_access ("/dev/shm", W_OK) == 0)
    root = g_mkdtemp (g_build_filename ("/dev/shm", "limber-fuzz-import-XXXXXX", NULL));
  else
    root = g_dir_make_tmp ("limber-fuzz-import-XXXXXX", NULL);
  if (root == NULL)
    FAIL ("no temporary folder");
  atexit (tear_down);
  in_dir = g_build_filename (root, "in", NULL);
  home = g_build_filename (root, "home", NULL);
  user_dir = g_build_filename (home, "routines", NULL);
  input_path = g_build_filename (in_dir, "import.json", NULL);
  g_mkdir_with_parents (in_dir, 0700);
  g_mkdir_with_parents (user_dir, 0700);

  p = g_build_filename (user_dir, "mine.json", NULL);
  write_or_die (p, mine_json, -1);
  g_free (p);
  p = g_build_filename (user_dir, "other-name.json", NULL);
  write_or_die (p, second_json, -1);
  g_free (p);
  p = g_build_filename (user_dir, "broken.json", NULL);
  write_or_die (p, broken_json, -1);
  write_or_die (input_path, "", 0);
}

/* Puts the routines folder back as set_up made it. */
static void
restore_user_dir (void)
{
  g_autoptr(GDir) d = g_dir_open (user_dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (user_dir, name, NULL);

      if (strcmp (name, "mine.json") == 0)
        write_or_die (path, mine_json, -1);
      else if (strcmp (name, "other-name.json") == 0)
        write_or_die (path, second_json, -1);
      else if (strcmp (name, "broken.json") != 0)
        g_unlink (path);
    }
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  static const LimberImportChoice choices[] = {
    LIMBER_IMPORT_ASK, LIMBER_IMPORT_REPLACE, LIMBER_IMPORT_KEEP_BOTH,
  };
  LimberImportChoice choice = choices[size % 3];
  g_autoptr(GFile) dir = NULL;
  g_autoptr(GFile) input = NULL;
  g_autoptr(LimberLibrary) library = NULL;
  g_autoptr(LimberRoutine) imported = NULL;
  g_autoptr(GHashTable) before = NULL;
  g_autoptr(GHashTable) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) changed = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key, value;
  g_autofree char *in_rel = g_build_filename ("in", "import.json", NULL);
  g_autofree char *user_rel = g_build_filename ("home", "routines", NULL);
  g_autofree char *user_prefix = g_strconcat (user_rel, G_DIR_SEPARATOR_S, NULL);

  fuzz_set_up_logging ();
  if (root == NULL)
    set_up ();

  write_or_die (input_path, (const char *) data, size);
  before = snapshot ();

  /* One library for many runs (loading the bundled routines for each run
   * would be most of the time); a run that changed it puts it back. */
  input = g_file_new_for_path (input_path);
  if (shared_library == NULL)
    {
      dir = g_file_new_for_path (user_dir);
      shared_library = limber_library_new (dir);
      if (!limber_library_load (shared_library, NULL, &error))
        FAIL ("the library does not load: %s", error->message);
    }
  library = g_object_ref (shared_library);
  imported = limber_library_import (library, input, choice, NULL, &error);
  after = snapshot ();

  /* What changed, appeared or went away under ROOT. */
  g_hash_table_iter_init (&iter, after);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const char *old = g_hash_table_lookup (before, key);

      if (old == NULL || strcmp (old, value) != 0)
        g_ptr_array_add (changed, key);
    }
  g_hash_table_iter_init (&iter, before);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (!g_hash_table_contains (after, key))
      FAIL ("the import removed %s", (char *) key);

  for (guint i = 0; i < changed->len; i++)
    {
      const char *rel = g_ptr_array_index (changed, i);

      /* The folder itself changes (mtime) when a file is renamed into it. */
      if (strcmp (rel, user_rel) == 0)
        continue;
      if (!g_str_has_prefix (rel, user_prefix) || strchr (rel + strlen (user_prefix), '/') != NULL)
        FAIL ("the import wrote %s, outside the routines folder", rel);
      if (strcmp (rel, in_rel) == 0)
        FAIL ("the import changed the imported file");
    }

  if (imported == NULL)
    {
      /* The refusal names the imported file, or the file of the routines
       * folder that the library will not overwrite (one that does not load,
       * or that holds another routine). */
      if (error == NULL || error->domain != LIMBER_ROUTINE_ERROR ||
          !(g_str_has_prefix (error->message, "import.json") ||
            (g_str_has_prefix (error->message, user_dir) &&
             g_error_matches (error, LIMBER_ROUTINE_ERROR, LIMBER_ROUTINE_ERROR_EXISTS))))
        FAIL ("a refusal that does not name the file: %s", error ? error->message : "(no error)");
      for (guint i = 0; i < changed->len; i++)
        FAIL ("a refused import wrote %s", (char *) g_ptr_array_index (changed, i));
    }
  else
    {
      const char *id = limber_routine_get_id (imported);
      g_autofree char *expected = g_strconcat (user_prefix, id, ".json", NULL);
      const char *written = NULL;
      g_autoptr(GFile) file = NULL;
      g_autoptr(LimberRoutine) again = NULL;
      g_autoptr(GError) error1 = NULL;

      if (error != NULL)
        FAIL ("an import that succeeded set an error: %s", error->message);
      for (guint i = 0; i < changed->len; i++)
        {
          const char *rel = g_ptr_array_index (changed, i);

          if (strcmp (rel, user_rel) == 0)
            continue;
          if (written != NULL)
            FAIL ("an import wrote two files: %s and %s", written, rel);
          written = rel;
        }
      if (written == NULL)
        FAIL ("an import that succeeded wrote nothing");
      if (g_str_has_suffix (written, G_DIR_SEPARATOR_S "broken.json"))
        FAIL ("an import overwrote a file that does not load");
      if (strcmp (written, expected) != 0 &&
          !(strcmp (id, "second") == 0 && g_str_has_suffix (written, "/other-name.json")))
        FAIL ("routine \"%s\" was written to %s", id, written);
      if (choice == LIMBER_IMPORT_ASK && g_hash_table_contains (before, written))
        FAIL ("an import that asks overwrote %s", written);

      file = g_file_new_build_filename (root, written, NULL);
      again = limber_routine_load_file (file, NULL, NULL, &error1);
      if (again == NULL)
        FAIL ("the imported file does not load: %s", error1->message);
      if (!limber_routine_equal (again, imported))
        FAIL ("the imported file loads as another routine");

      if (g_hash_table_contains (before, written))
        {
          /* A routine of the folder was replaced: start again from files. */
          restore_user_dir ();
          g_clear_object (&shared_library);
        }
      else
        {
          /* A new file: delete it the way the app does, which must leave
           * the folder as it was. */
          g_autoptr(GHashTable) restored = NULL;

          if (!limber_library_delete (library, id, &error1) ||
              !limber_library_commit_delete (library, id, &error1))
            FAIL ("the imported routine cannot be deleted: %s", error1->message);
          restored = snapshot ();
          g_hash_table_iter_init (&iter, restored);
          while (g_hash_table_iter_next (&iter, &key, &value))
            if (strcmp (key, user_rel) != 0 && !g_hash_table_contains (before, key))
              FAIL ("deleting the imported routine left %s", (char *) key);
        }
    }

  return 0;
}
