/* test-faults.c: what the core does when the machine lets it down
 *
 * Real files, real errors: a read-only routines folder, a full disk (a 64 KiB
 * tmpfs, when the test may mount one), an unreadable history file, and a
 * routines folder of 1,000 files of which 100 are bad.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

#include "limber-error.h"
#include "limber-file-problem.h"
#include "limber-history.h"
#include "limber-history-private.h"
#include "limber-library.h"
#include "limber-routine-file.h"

#define ROUTINE_TEMPLATE \
  "{\n" \
  "  \"format\": \"limber-routine\",\n" \
  "  \"version\": 1,\n" \
  "  \"id\": \"routine-%u\",\n" \
  "  \"title\": \"Routine number %u\",\n" \
  "  \"exercises\": [\n" \
  "    { \"name\": \"Kneeling hip flexor stretch\", \"duration\": 30, \"sets\": 2, \"rest\": 10 },\n" \
  "    { \"name\": \"Bodyweight squat\", \"reps\": 12, \"sets\": 3, \"rest\": 45 }\n" \
  "  ]\n" \
  "}\n"

/* Ten ways to be wrong (%u becomes the file's number), each with words its
 * message must hold. */
static const struct { const char *text; const char *says; } bad_kinds[] = {
  { "{ \"format\": \"limber-routine\", \"version\": 1, \"id\": \"r%u\" ", "" },
  { "", "" },
  { "\xff\xfe not text %u", "" },
  { "[ %u ]", "" },
  { "{ \"format\": \"limber-routine\", \"version\": 3, \"id\": \"r%u\", \"title\": \"T\", \"exercises\": [] }", "version" },
  { "{ \"format\": \"limber-routine\", \"version\": 1, \"id\": \"Bad Id %u\", \"title\": \"T\", "
    "\"exercises\": [ { \"name\": \"A\", \"duration\": 30 } ] }", "id" },
  { "{ \"format\": \"limber-routine\", \"version\": 1, \"id\": \"r%u\", \"title\": \"T\", "
    "\"exercises\": [ { \"name\": \"A\", \"duration\": 0 } ] }", "duration" },
  { "{ \"format\": \"limber-routine\", \"version\": 1, \"id\": \"r%u\", \"title\": \"T\", "
    "\"exercises\": [ { \"name\": \"A\", \"duraton\": 30 } ] }", "duraton" },
  { "{ \"format\": \"limber-routine\", \"version\": 1, \"id\": \"r%u\", \"exercises\": [] }", "title" },
  { "{ \"format\": \"limber-routine\", \"version\": 1, \"id\": \"r%u\", \"title\": \"T\", "
    "\"exercises\": [ { \"name\": \"A\", \"duration\": 30, \"reps\": 3 } ] }", "reps" },
};

static LimberRoutine *
load_text (const char *text)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  LimberRoutine *routine = limber_routine_load_bytes (bytes, "test.json", &error);

  g_assert_no_error (error);
  return routine;
}

static char *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

/* Saves an edited routine over @path, which must fail; checks the message
 * and that the file and the edited routine are as they were. */
static void
assert_save_fails (const char *path,
                   const char *reason)
{
  g_autofree char *original = read_file (path);
  g_autoptr(LimberRoutine) edited = load_text (original);
  g_autoptr(LimberRoutine) expected = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;
  g_autofree char *long_title = g_strnfill (200, 'x');
  g_autofree char *base = g_path_get_basename (path);

  limber_routine_set_title (edited, long_title);
  expected = load_text (original);
  limber_routine_set_title (expected, long_title);

  g_assert_false (limber_routine_save_file (edited, file, NULL, &error));
  g_assert_nonnull (error);
  g_test_message ("save refused: %s", error->message);
  g_assert_nonnull (strstr (error->message, base));
  g_assert_nonnull (strstr (error->message, reason));

  /* The file on disk is untouched and no temporary file is left. */
  after = read_file (path);
  g_assert_cmpstr (after, ==, original);
  {
    g_autofree char *dir = g_path_get_dirname (path);
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (d)) != NULL)
      g_assert_true (strcmp (name, base) == 0 || g_str_has_prefix (name, "filler"));
  }
  /* The person's edits are still there to save elsewhere. */
  g_assert_true (limber_routine_equal (edited, expected));
}

static char *
write_routine (const char *dir)
{
  g_autofree char *text = g_strdup_printf (ROUTINE_TEMPLATE, 1u, 1u);
  char *path = g_build_filename (dir, "routine-1.json", NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
  return path;
}

static void
test_save_read_only_folder (void)
{
  g_autofree char *dir = g_dir_make_tmp ("limber-faults-XXXXXX", NULL);
  g_autofree char *path = write_routine (dir);
  g_autofree char *probe = g_build_filename (dir, "probe", NULL);
  gboolean immutable = FALSE;
  int fd;

  /* Root ignores permission bits: make the folder immutable instead. */
  if (geteuid () == 0)
    {
      const char *argv[] = { "chattr", "+i", dir, NULL };
      int status = 0;

      immutable = g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH |
                                G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                                NULL, NULL, NULL, NULL, &status, NULL) &&
                  g_spawn_check_wait_status (status, NULL);
    }
  else
    g_assert_cmpint (g_chmod (dir, 0500), ==, 0);

  fd = g_open (probe, O_CREAT | O_WRONLY, 0600);
  if (fd >= 0)
    {
      close (fd);
      g_unlink (probe);
      g_test_skip ("cannot make a folder read-only here (root without chattr)");
    }
  else
    assert_save_fails (path, g_strerror (geteuid () == 0 ? EPERM : EACCES));

  if (immutable)
    {
      const char *argv[] = { "chattr", "-i", dir, NULL };

      g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL);
    }
  g_chmod (dir, 0700);
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_save_full_disk (void)
{
  g_autofree char *dir = g_dir_make_tmp ("limber-faults-XXXXXX", NULL);
  g_autofree char *path = NULL;
  g_autofree char *filler = NULL;
  g_autofree char *block = g_malloc0 (4096);
  int fd;

  if (mount ("tmpfs", dir, "tmpfs", 0, "size=64k") != 0)
    {
      g_test_skip_printf ("cannot mount a small tmpfs here: %s", g_strerror (errno));
      g_rmdir (dir);
      return;
    }

  path = write_routine (dir);
  filler = g_build_filename (dir, "filler", NULL);
  fd = g_open (filler, O_CREAT | O_WRONLY, 0600);
  g_assert_cmpint (fd, >=, 0);
  while (write (fd, block, 4096) > 0)
    ;
  g_assert_cmpint (errno, ==, ENOSPC);
  close (fd);

  assert_save_fails (path, g_strerror (ENOSPC));

  g_assert_cmpint (umount (dir), ==, 0);
  g_rmdir (dir);
}

typedef struct
{
  char *bytes;
  gsize length;
  struct stat st;
} Snapshot;

static void
take_snapshot (const char *path,
               Snapshot   *snap)
{
  g_assert_cmpint (g_lstat (path, &snap->st), ==, 0);
  snap->bytes = NULL;
  snap->length = 0;
  if (S_ISREG (snap->st.st_mode))
    g_file_get_contents (path, &snap->bytes, &snap->length, NULL);
}

static LimberHistoryRecord *
make_record (void)
{
  g_autoptr(GDateTime) start = g_date_time_new_local (2024, 3, 1, 7, 30, 0);
  g_autoptr(GDateTime) end = g_date_time_add_minutes (start, 15);

  return limber_history_record_new ("desk-break", "Desk Break", start, end, 900, 900, TRUE);
}

/* A folder where the history file should be: the history does not load,
 * says which file and why, and an append leaves it exactly as it was. */
static void
test_history_is_a_directory (void)
{
  g_autofree char *dir = g_dir_make_tmp ("limber-faults-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "history.jsonl", NULL);
  g_autofree char *inside = g_build_filename (path, "keep", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(LimberHistory) history = limber_history_new (file);
  g_autoptr(LimberHistoryRecord) record = make_record ();
  g_autoptr(GError) error = NULL;
  Snapshot before, after;

  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  g_file_set_contents (inside, "x", 1, NULL);
  take_snapshot (path, &before);

  g_assert_false (limber_history_load (history, NULL, &error));
  g_assert_error (error, LIMBER_HISTORY_ERROR, LIMBER_HISTORY_ERROR_IO);
  g_test_message ("load refused: %s", error->message);
  g_assert_nonnull (strstr (error->message, "history.jsonl"));
  g_assert_nonnull (strstr (error->message, "it is a folder, not a file"));
  g_clear_error (&error);

  g_assert_false (limber_history_append (history, record, &error));
  g_assert_nonnull (error);
  g_test_message ("append refused: %s", error->message);
  g_clear_error (&error);

  take_snapshot (path, &after);
  g_assert_true (S_ISDIR (after.st.st_mode));
  g_assert_cmpint (after.st.st_mtim.tv_sec, ==, before.st.st_mtim.tv_sec);
  g_assert_cmpint (after.st.st_mtim.tv_nsec, ==, before.st.st_mtim.tv_nsec);
  g_assert_cmpint (after.st.st_nlink, ==, before.st.st_nlink);

  g_unlink (inside);
  g_rmdir (path);
  g_rmdir (dir);
}

/* A history file of bytes that are no history: it loads as damaged, says
 * so, and what the person had stays byte for byte (an append only adds). */
static void
test_history_invalid_bytes (void)
{
  static const char garbage[] = "\x00\x01\xff\xfe{\"v\":1,\n\x89PNG\r\n\x1a\n\xc3\x28 not json\n\xff";
  g_autofree char *dir = g_dir_make_tmp ("limber-faults-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "history.jsonl", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(LimberHistory) history = limber_history_new (file);
  g_autoptr(LimberHistoryRecord) record = make_record ();
  g_autoptr(GError) error = NULL;
  Snapshot before, after;

  g_file_set_contents (path, garbage, sizeof garbage - 1, &error);
  g_assert_no_error (error);
  take_snapshot (path, &before);

  g_assert_true (limber_history_load (history, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (history)), ==, 0);
  g_assert_cmpuint (limber_history_get_n_damaged (history), ==, 5);
  g_assert_nonnull (limber_history_get_problem (history));
  g_assert_nonnull (strstr (limber_history_get_problem (history), "history.jsonl"));
  g_test_message ("problem: %s", limber_history_get_problem (history));

  /* Loading again does not write. */
  g_assert_true (limber_history_load (history, NULL, NULL));
  take_snapshot (path, &after);
  g_assert_cmpmem (after.bytes, after.length, before.bytes, before.length);
  g_assert_cmpint (after.st.st_mtim.tv_sec, ==, before.st.st_mtim.tv_sec);
  g_assert_cmpint (after.st.st_mtim.tv_nsec, ==, before.st.st_mtim.tv_nsec);
  g_free (after.bytes);

  /* An append adds a line of its own after the damaged bytes. */
  g_assert_true (limber_history_append (history, record, &error));
  g_assert_no_error (error);
  take_snapshot (path, &after);
  g_assert_cmpuint (after.length, >, before.length);
  g_assert_cmpmem (after.bytes, before.length, before.bytes, before.length);
  g_assert_cmpint (after.bytes[before.length], ==, '\n');

  g_free (before.bytes);
  g_free (after.bytes);
  g_unlink (path);
  g_rmdir (dir);
}

/* Without read permission (not root: root reads anyway). */
static void
test_history_unreadable (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(LimberHistory) history = NULL;
  g_autoptr(LimberHistoryRecord) record = make_record ();
  g_autoptr(GError) error = NULL;
  struct stat before, after;

  if (geteuid () == 0)
    {
      g_test_skip ("root reads a file whatever its mode (see history-is-a-directory)");
      return;
    }

  dir = g_dir_make_tmp ("limber-faults-XXXXXX", NULL);
  path = g_build_filename (dir, "history.jsonl", NULL);
  file = g_file_new_for_path (path);
  history = limber_history_new (file);
  g_file_set_contents (path, "{\"v\":1}\n", -1, NULL);
  g_assert_cmpint (g_chmod (path, 0000), ==, 0);
  g_assert_cmpint (g_stat (path, &before), ==, 0);

  g_assert_false (limber_history_load (history, NULL, &error));
  g_assert_error (error, LIMBER_HISTORY_ERROR, LIMBER_HISTORY_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "history.jsonl"));
  g_clear_error (&error);
  g_assert_false (limber_history_append (history, record, &error));
  g_clear_error (&error);

  g_assert_cmpint (g_stat (path, &after), ==, 0);
  g_assert_cmpint (after.st_size, ==, before.st_size);
  g_assert_cmpint (after.st_mtim.tv_sec, ==, before.st_mtim.tv_sec);
  g_assert_cmpint (after.st_mtim.tv_nsec, ==, before.st_mtim.tv_nsec);

  g_chmod (path, 0600);
  g_unlink (path);
  g_rmdir (dir);
}

/* 1,000 files, 100 of them bad in ten different ways: every good one loads,
 * every bad one is listed once, by its path, with a message about it. */
static void
test_thousand_files (void)
{
  const guint n_files = 1000, n_bad = 100;
  g_autofree char *dir = g_dir_make_tmp ("limber-faults-XXXXXX", NULL);
  g_autoptr(GFile) dir_file = g_file_new_for_path (dir);
  g_autoptr(LimberLibrary) library = limber_library_new (dir_file);
  g_autoptr(GHashTable) bad = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GError) error = NULL;
  GListModel *problems;

  for (guint i = 0; i < n_files; i++)
    {
      g_autofree char *name = g_strdup_printf ("routine-%u.json", i);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *contents = NULL;

      /* Every tenth file is bad, the bad ones spread over the folder. */
      if (i % 10 == 3)
        {
          guint kind = (i / 10) % G_N_ELEMENTS (bad_kinds);

          g_autofree char *number = g_strdup_printf ("%u", i);
          GString *text = g_string_new (bad_kinds[kind].text);

          g_string_replace (text, "%u", number, 0);
          contents = g_string_free (text, FALSE);
          g_hash_table_insert (bad, g_strdup (path), GUINT_TO_POINTER (kind + 1));
        }
      else
        contents = g_strdup_printf (ROUTINE_TEMPLATE, i, i);
      g_file_set_contents (path, contents, -1, &error);
      g_assert_no_error (error);
    }
  g_assert_cmpuint (g_hash_table_size (bad), ==, n_bad);

  g_assert_true (limber_library_load (library, NULL, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < n_files; i++)
    if (i % 10 != 3)
      {
        g_autofree char *id = g_strdup_printf ("routine-%u", i);
        LimberRoutine *routine = limber_library_lookup (library, id);

        g_assert_nonnull (routine);
        g_assert_cmpint (limber_routine_get_origin (routine), ==, LIMBER_ROUTINE_ORIGIN_USER);
      }

  problems = limber_library_get_problems (library);
  g_assert_cmpuint (g_list_model_get_n_items (problems), ==, n_bad);
  for (guint i = 0; i < n_bad; i++)
    {
      g_autoptr(LimberFileProblem) problem = g_list_model_get_item (problems, i);
      const char *path = limber_file_problem_get_path (problem);
      const char *message = limber_file_problem_get_message (problem);
      g_autofree char *base = g_path_get_basename (path);
      guint kind = GPOINTER_TO_UINT (g_hash_table_lookup (bad, path));

      g_assert_cmpuint (kind, >, 0);
      /* Listed once. */
      g_hash_table_replace (bad, g_strdup (path), GUINT_TO_POINTER (0));
      g_assert_nonnull (message);
      g_assert_nonnull (strstr (message, base));
      g_assert_nonnull (strstr (message, bad_kinds[kind - 1].says));
    }

  for (guint i = 0; i < n_files; i++)
    {
      g_autofree char *name = g_strdup_printf ("routine-%u.json", i);
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/faults/save-read-only-folder", test_save_read_only_folder);
  g_test_add_func ("/faults/save-full-disk", test_save_full_disk);
  g_test_add_func ("/faults/history-is-a-directory", test_history_is_a_directory);
  g_test_add_func ("/faults/history-invalid-bytes", test_history_invalid_bytes);
  g_test_add_func ("/faults/history-unreadable", test_history_unreadable);
  g_test_add_func ("/faults/thousand-files", test_thousand_files);

  return g_test_run ();
}
