/* test-history.c: the history file: appending, reading damaged files, deleting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "limber-error.h"
#include "limber-history.h"
#include "limber-history-private.h"
#include "limber-history-line.h"

static char *
history_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "limber", "history.jsonl", NULL);
}

static void
write_history (const char *contents,
               gssize      length)
{
  g_autofree char *path = history_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
}

static char *
read_history (void)
{
  g_autofree char *path = history_path ();
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

/* A session on 2024-03-@day at @hour:00 UTC+1, 10 minutes. */
static LimberHistoryRecord *
make_record (guint       day,
             guint       hour,
             const char *routine)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("+01:00");
  g_autoptr(GDateTime) start = g_date_time_new (tz, 2024, 3, day, hour, 0, 0);
  g_autoptr(GDateTime) end = g_date_time_add_minutes (start, 10);
  LimberHistoryRecord *record = limber_history_record_new (routine, routine, start, end, 600, 590, TRUE);

  limber_history_record_add_exercise (record, "Cat-cow", 2, 2, 0);
  return record;
}

static char *
line_of (LimberHistoryRecord *record)
{
  g_autofree char *line = limber_history_record_to_line (record);

  return g_strconcat (line, "\n", NULL);
}

static LimberHistory *
load_history (void)
{
  LimberHistory *history = limber_history_new (NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (limber_history_load (history, NULL, &error));
  g_assert_no_error (error);
  return history;
}

static LimberHistoryRecord *
item (LimberHistory *history,
      guint          position)
{
  /* The model holds a reference: borrowed is fine for the test. */
  LimberHistoryRecord *record = g_list_model_get_item (G_LIST_MODEL (history), position);

  g_object_unref (record);
  return record;
}

static void
test_missing_file (void)
{
  g_autoptr(LimberHistory) history = limber_history_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = history_path ();

  g_assert_cmpstr (g_file_peek_path (limber_history_get_file (history)), ==, expected);
  g_assert_false (limber_history_get_loaded (history));
  g_assert_true (limber_history_load (history, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (limber_history_get_loaded (history));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (history)), ==, 0);
  g_assert_null (limber_history_get_problem (history));
  g_assert_false (limber_history_get_read_only (history));
  g_assert_false (g_file_test (expected, G_FILE_TEST_EXISTS));
}

static void
test_empty_file (void)
{
  g_autoptr(LimberHistory) history = NULL;

  write_history ("", 0);
  history = load_history ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (history)), ==, 0);
  g_assert_cmpuint (limber_history_get_n_damaged (history), ==, 0);
  g_assert_null (limber_history_get_problem (history));
}

static void
test_unreadable (void)
{
  g_autoptr(LimberHistory) history = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = history_path ();

  /* A folder where the file should be. */
  g_assert_cmpint (g_mkdir_with_parents (path, 0700), ==, 0);
  history = limber_history_new (NULL);
  g_assert_false (limber_history_load (history, NULL, &error));
  g_assert_error (error, LIMBER_HISTORY_ERROR, LIMBER_HISTORY_ERROR_IO);
  g_assert_true (g_str_has_prefix (error->message, "history.jsonl could not be read"));
}

static void
test_append_creates (void)
{
  g_autoptr(LimberHistory) history = limber_history_new (NULL);
  g_autoptr(LimberHistory) again = NULL;
  g_autoptr(LimberHistoryRecord) record = make_record (1, 8, "a");
  g_autoptr(GError) error = NULL;
  g_autofree char *path = history_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *contents = NULL;
  g_autofree char *expected = line_of (record);
  GStatBuf st;

  g_assert_true (limber_history_append (history, record, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (history)), ==, 1);

  g_assert_cmpint (g_stat (dir, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  contents = read_history ();
  g_assert_cmpstr (contents, ==, expected);

  again = load_history ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (again)), ==, 1);
  g_assert_cmpstr (limber_history_record_get_id (item (again, 0)), ==, limber_history_record_get_id (record));
}

static void
test_newest_first (void)
{
  g_autoptr(LimberHistory) history = limber_history_new (NULL);
  g_autoptr(LimberHistory) again = NULL;
  const guint days[] = { 5, 2, 9, 7 };

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      g_autoptr(LimberHistoryRecord) record = make_record (days[i], 8, "a");
      g_autoptr(GError) error = NULL;

      g_assert_true (limber_history_append (history, record, &error));
      g_assert_no_error (error);
    }

  again = load_history ();
  for (guint i = 0; i < 2; i++)
    {
      LimberHistory *h = i == 0 ? history : again;
      const guint expected[] = { 9, 7, 5, 2 };

      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (h)), ==, 4);
      for (guint j = 0; j < 4; j++)
        {
          g_autoptr(GDateTime) start = limber_history_record_dup_start (item (h, j));

          g_assert_cmpint (g_date_time_get_day_of_month (start), ==, expected[j]);
        }
    }
}

static void
test_torn_last_line (void)
{
  g_autoptr(LimberHistoryRecord) a = make_record (1, 8, "a");
  g_autoptr(LimberHistoryRecord) b = make_record (2, 8, "b");
  g_autoptr(LimberHistoryRecord) c = make_record (3, 8, "c");
  g_autoptr(LimberHistoryRecord) d = make_record (4, 8, "d");
  g_autofree char *la = line_of (a);
  g_autofree char *lb = line_of (b);
  g_autofree char *lc = line_of (c);
  g_autofree char *ld = line_of (d);
  g_autofree char *torn = g_strndup (lc, strlen (lc) / 2);
  g_autofree char *contents = g_strconcat (la, lb, torn, NULL);
  g_autofree char *expected = g_strconcat (la, lb, torn, "\n", ld, NULL);
  g_autofree char *after = NULL;
  g_autoptr(LimberHistory) history = NULL;
  g_autoptr(LimberHistory) again = NULL;
  g_autoptr(GError) error = NULL;
  const guint *lines;
  guint n_lines;

  write_history (contents, -1);
  history = load_history ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (history)), ==, 2);
  g_assert_cmpuint (limber_history_get_n_damaged (history), ==, 1);
  lines = limber_history_get_damaged_lines (history, &n_lines);
  g_assert_cmpuint (n_lines, ==, 1);
  g_assert_cmpuint (lines[0], ==, 3);
  g_assert_cmpstr (limber_history_get_problem (history), ==,
                   "history.jsonl: line 3 is damaged and was skipped; it stays in the file");
  g_assert_false (limber_history_get_read_only (history));

  /* The next record starts on a line of its own; the torn bytes stay. */
  g_assert_true (limber_history_append (history, d, &error));
  g_assert_no_error (error);
  after = read_history ();
  g_assert_cmpstr (after, ==, expected);

  again = load_history ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (again)), ==, 3);
  g_assert_cmpuint (limber_history_get_n_damaged (again), ==, 1);
  g_assert_cmpstr (limber_history_record_get_id (item (again, 0)), ==, limber_history_record_get_id (d));
}

static void
test_corrupt_middle_line (void)
{
  g_autoptr(LimberHistoryRecord) a = make_record (1, 8, "a");
  g_autoptr(LimberHistoryRecord) b = make_record (2, 8, "b");
  g_autoptr(LimberHistoryRecord) c = make_record (3, 8, "c");
  g_autofree char *la = line_of (a);
  g_autofree char *lb = line_of (b);
  g_autofree char *lc = line_of (c);
  g_autoptr(LimberHistory) history = NULL;
  const guint *lines;
  guint n_lines;

  /* With NUL bytes in a damaged line: built by hand. */
  {
    g_autoptr(GString) s = g_string_new (la);

    static const char damaged[] = "{\"v\":1,\"id\":\"zz\",\"start\":\0\0garbage\n";

    g_string_append_len (s, damaged, sizeof damaged - 1);
    g_string_append (s, lb);
    g_string_append (s, "\n");
    g_string_append (s, "\xff\xfe not json\n");
    g_string_append (s, lc);
    write_history (s->str, s->len);
  }

  history = load_history ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (history)), ==, 3);
  g_assert_cmpuint (limber_history_get_n_damaged (history), ==, 2);
  lines = limber_history_get_damaged_lines (history, &n_lines);
  g_assert_cmpuint (n_lines, ==, 2);
  g_assert_cmpuint (lines[0], ==, 2);
  /* Line 4 is blank: not a record, not damage. */
  g_assert_cmpuint (lines[1], ==, 5);
  g_assert_cmpstr (limber_history_get_problem (history), ==,
                   "history.jsonl: 2 lines are damaged and were skipped (lines 2, 5); they stay in the file");
}

static void
test_newer_version (void)
{
  g_autoptr(LimberHistoryRecord) a = make_record (1, 8, "a");
  g_autoptr(LimberHistoryRecord) b = make_record (2, 8, "b");
  g_autofree char *la = line_of (a);
  const char *v2 =
    "{\"v\":2,\"id\":\"future\",\"start\":\"2024-03-05T08:00:00+01:00\",\"end\":\"2024-03-05T08:10:00+01:00\","
    "\"routine_id\":\"a\",\"routine_title\":\"A\",\"planned_seconds\":600,\"active_seconds\":590,"
    "\"completed\":true,\"mood\":\"great\",\"exercises\":[]}\n";
  g_autofree char *contents = g_strconcat (la, v2, NULL);
  g_autofree char *after = NULL;
  g_autoptr(LimberHistory) history = NULL;
  g_autoptr(GError) error = NULL;

  write_history (contents, -1);
  history = load_history ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (history)), ==, 2);
  g_assert_cmpstr (limber_history_record_get_id (item (history, 0)), ==, "future");
  g_assert_true (limber_history_get_read_only (history));
  g_assert_cmpuint (limber_history_get_n_damaged (history), ==, 0);
  g_assert_nonnull (strstr (limber_history_get_problem (history), "newer version of Limber (format 2)"));

  g_assert_false (limber_history_append (history, b, &error));
  g_assert_error (error, LIMBER_HISTORY_ERROR, LIMBER_HISTORY_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "Update Limber"));
  g_clear_error (&error);

  g_assert_false (limber_history_save_answers (history, item (history, 1), &error));
  g_assert_error (error, LIMBER_HISTORY_ERROR, LIMBER_HISTORY_ERROR_READ_ONLY);
  g_clear_error (&error);

  g_assert_cmpuint (limber_history_remove (history, item (history, 1), &error), ==, 0);
  g_assert_error (error, LIMBER_HISTORY_ERROR, LIMBER_HISTORY_ERROR_READ_ONLY);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (history)), ==, 2);

  after = read_history ();
  g_assert_cmpstr (after, ==, contents);
}

typedef struct
{
  guint position, removed, added;
  guint n_calls;
} Changed;

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Changed    *changed)
{
  changed->position = position;
  changed->removed = removed;
  changed->added = added;
  changed->n_calls++;
}

static void
test_remove_undo_commit (void)
{
  g_autoptr(LimberHistoryRecord) a = make_record (1, 8, "a");
  g_autoptr(LimberHistoryRecord) b = make_record (2, 8, "b");
  g_autoptr(LimberHistoryRecord) c = make_record (3, 8, "c");
  g_autofree char *la = line_of (a);
  g_autofree char *lb = line_of (b);
  g_autofree char *lc = line_of (c);
  g_autofree char *amend = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *after = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(LimberHistory) history = NULL;
  g_autoptr(LimberHistory) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autofree char *path = history_path ();
  g_autofree char *dirname = g_path_get_dirname (path);
  Changed changed = { 0 };
  LimberHistoryRecord *middle;
  guint token;

  limber_history_record_set_pain_after (b, 3);
  amend = limber_history_record_to_amendment_line (b);
  contents = g_strconcat (la, lb, "broken {\n", amend, "\n", lc, NULL);
  write_history (contents, -1);

  history = load_history ();
  g_signal_connect (history, "items-changed", G_CALLBACK (on_items_changed), &changed);
  middle = item (history, 1);
  g_assert_cmpstr (limber_history_record_get_routine_id (middle), ==, "b");
  g_assert_cmpint (limber_history_record_get_pain_after (middle), ==, 3);

  token = limber_history_remove (history, middle, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (token, >, 0);
  g_assert_cmpuint (changed.position, ==, 1);
  g_assert_cmpuint (changed.removed, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (history)), ==, 2);
  g_assert_cmpuint (limber_history_get_n_pending_removals (history), ==, 1);

  /* Undo puts it back where it was; the file was never touched. */
  g_assert_true (limber_history_undo_remove (history, token));
  g_assert_false (limber_history_undo_remove (history, token));
  g_assert_cmpuint (changed.position, ==, 1);
  g_assert_cmpuint (changed.added, ==, 1);
  g_assert_true (item (history, 1) == middle);
  after = read_history ();
  g_assert_cmpstr (after, ==, contents);
  g_clear_pointer (&after, g_free);

  /* Removing again and committing rewrites the file without the record
   * and its amendment; the damaged line stays. */
  token = limber_history_remove (history, middle, &error);
  g_assert_no_error (error);
  g_assert_true (limber_history_commit_removals (history, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (limber_history_undo_remove (history, token));
  after = read_history ();
  expected = g_strconcat (la, "broken {\n", lc, NULL);
  g_assert_cmpstr (after, ==, expected);

  /* No temporary file is left behind. */
  dir = g_dir_open (dirname, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (g_dir_read_name (dir), ==, "history.jsonl");
  g_assert_null (g_dir_read_name (dir));

  again = load_history ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (again)), ==, 2);
  g_assert_cmpuint (limber_history_get_n_damaged (again), ==, 1);

  /* A record that is not in the history. */
  g_assert_cmpuint (limber_history_remove (history, b, &error), ==, 0);
  g_assert_error (error, LIMBER_HISTORY_ERROR, LIMBER_HISTORY_ERROR_NOT_FOUND);
}

static void
test_save_answers (void)
{
  g_autoptr(LimberHistory) history = limber_history_new (NULL);
  g_autoptr(LimberHistory) again = NULL;
  g_autoptr(LimberHistoryRecord) record = make_record (1, 8, "a");
  g_autoptr(GError) error = NULL;
  g_autofree char *first = line_of (record);
  g_autofree char *contents = NULL;
  Changed changed = { 0 };
  LimberHistoryRecord *back;

  limber_history_record_set_pain_before (record, 7);
  g_free (first);
  first = line_of (record);
  g_assert_true (limber_history_append (history, record, &error));
  g_assert_no_error (error);
  g_signal_connect (history, "items-changed", G_CALLBACK (on_items_changed), &changed);

  /* The Finished page's answers come after the record was written. */
  limber_history_record_set_pain_after (record, 4);
  limber_history_record_set_effort (record, LIMBER_EFFORT_RIGHT);
  limber_history_record_set_note (record, "felt better, \"really\"");
  g_assert_true (limber_history_save_answers (history, record, &error));
  g_assert_no_error (error);

  contents = read_history ();
  g_assert_true (g_str_has_prefix (contents, first));
  /* The record changed in place: the model says so (views show it again). */
  g_assert_cmpuint (changed.n_calls, ==, 1);
  g_assert_cmpuint (changed.position, ==, 0);
  g_assert_cmpuint (changed.removed, ==, 1);
  g_assert_cmpuint (changed.added, ==, 1);

  again = load_history ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (again)), ==, 1);
  back = item (again, 0);
  g_assert_cmpint (limber_history_record_get_pain_before (back), ==, 7);
  g_assert_cmpint (limber_history_record_get_pain_after (back), ==, 4);
  g_assert_cmpint (limber_history_record_get_effort (back), ==, LIMBER_EFFORT_RIGHT);
  g_assert_cmpstr (limber_history_record_get_note (back), ==, "felt better, \"really\"");
}

static void
on_committed (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (limber_history_commit_removals_finish (LIMBER_HISTORY (source), result, &error));
  g_assert_no_error (error);
  *done = TRUE;
}

/* The rewrite in a worker thread: the removals it writes cannot be undone
 * meanwhile, a removal made meanwhile waits for the next commit, a session
 * recorded meanwhile is kept, and the main loop goes on. */
static void
test_commit_async (void)
{
  g_autoptr(LimberHistoryRecord) a = make_record (1, 8, "a");
  g_autoptr(LimberHistoryRecord) b = make_record (2, 8, "b");
  g_autoptr(LimberHistoryRecord) c = make_record (3, 8, "c");
  g_autoptr(LimberHistoryRecord) d = make_record (4, 8, "d");
  g_autofree char *la = line_of (a);
  g_autofree char *lb = line_of (b);
  g_autofree char *lc = line_of (c);
  g_autofree char *ld = line_of (d);
  g_autofree char *contents = g_strconcat (la, lb, lc, NULL);
  g_autofree char *after = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(LimberHistory) history = NULL;
  g_autoptr(GError) error = NULL;
  gboolean done = FALSE;
  guint token_a, token_c;

  write_history (contents, -1);
  history = load_history ();
  /* Newest first: c, b, a. */
  token_a = limber_history_remove (history, item (history, 2), &error);
  g_assert_no_error (error);
  limber_history_commit_removals_async (history, NULL, on_committed, &done);
  g_assert_false (limber_history_undo_remove (history, token_a));
  token_c = limber_history_remove (history, item (history, 0), &error);
  g_assert_no_error (error);
  g_assert_true (limber_history_append (history, d, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (limber_history_get_n_pending_removals (history), ==, 2);

  while (!done)
    g_main_context_iteration (NULL, TRUE);

  /* "a" is gone from the file; "c" is still in it, pending, undoable. */
  g_assert_cmpuint (limber_history_get_n_pending_removals (history), ==, 1);
  after = read_history ();
  expected = g_strconcat (lb, lc, ld, NULL);
  g_assert_cmpstr (after, ==, expected);
  g_assert_true (limber_history_undo_remove (history, token_c));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (history)), ==, 3);
  g_assert_cmpuint (limber_history_get_n_pending_removals (history), ==, 0);

  /* Nothing pending: done at once, the file untouched. */
  done = FALSE;
  limber_history_commit_removals_async (history, NULL, on_committed, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  g_clear_pointer (&after, g_free);
  after = read_history ();
  g_assert_cmpstr (after, ==, expected);
}

/* A commit that blocks while one runs in a worker thread waits for it and
 * writes every removal. */
static void
test_commit_sync_during_async (void)
{
  g_autoptr(LimberHistoryRecord) a = make_record (1, 8, "a");
  g_autoptr(LimberHistoryRecord) b = make_record (2, 8, "b");
  g_autoptr(LimberHistoryRecord) c = make_record (3, 8, "c");
  g_autofree char *la = line_of (a);
  g_autofree char *lb = line_of (b);
  g_autofree char *lc = line_of (c);
  g_autofree char *contents = g_strconcat (la, lb, lc, NULL);
  g_autofree char *after = NULL;
  g_autoptr(LimberHistory) history = NULL;
  g_autoptr(GError) error = NULL;
  gboolean done = FALSE;

  write_history (contents, -1);
  history = load_history ();
  limber_history_remove (history, item (history, 2), &error);
  g_assert_no_error (error);
  limber_history_commit_removals_async (history, NULL, on_committed, &done);
  limber_history_remove (history, item (history, 0), &error);
  g_assert_no_error (error);
  g_assert_true (limber_history_commit_removals (history, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (limber_history_get_n_pending_removals (history), ==, 0);
  after = read_history ();
  g_assert_cmpstr (after, ==, lb);

  while (!done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (limber_history_get_n_pending_removals (history), ==, 0);
  g_clear_pointer (&after, g_free);
  after = read_history ();
  g_assert_cmpstr (after, ==, lb);
}

static void
on_loaded (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  GMainLoop *loop = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (limber_history_load_finish (LIMBER_HISTORY (source), result, &error));
  g_assert_no_error (error);
  g_main_loop_quit (loop);
}

static void
test_load_async (void)
{
  g_autoptr(LimberHistoryRecord) a = make_record (1, 8, "a");
  g_autoptr(LimberHistoryRecord) b = make_record (2, 8, "b");
  g_autofree char *la = line_of (a);
  g_autofree char *lb = line_of (b);
  g_autofree char *contents = g_strconcat (la, lb, "{", NULL);
  g_autoptr(LimberHistory) history = limber_history_new (NULL);
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  Changed changed = { 0 };

  write_history (contents, -1);
  g_signal_connect (history, "items-changed", G_CALLBACK (on_items_changed), &changed);
  limber_history_load_async (history, NULL, on_loaded, loop);
  g_main_loop_run (loop);

  g_assert_cmpuint (changed.n_calls, ==, 1);
  g_assert_cmpuint (changed.added, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (history)), ==, 2);
  g_assert_cmpstr (limber_history_record_get_routine_id (item (history, 0)), ==, "b");
  g_assert_cmpuint (limber_history_get_n_damaged (history), ==, 1);
}

static void
test_many_records (void)
{
  g_autoptr(GString) contents = g_string_new (NULL);
  g_autoptr(LimberHistory) history = NULL;
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("+02:00");
  g_autoptr(GDateTime) base = g_date_time_new (tz, 2000, 1, 1, 7, 0, 0);
  LimberHistoryRecord * const *records;
  guint n;

  for (guint i = 0; i < 100000; i++)
    {
      g_autoptr(GDateTime) start = g_date_time_add_hours (base, i * 5);
      g_autoptr(GDateTime) end = g_date_time_add_minutes (start, 12);
      g_autoptr(LimberHistoryRecord) record =
        limber_history_record_new (i % 3 == 0 ? "desk" : "morning", "Title", start, end, 720, 700, i % 7 != 0);
      g_autofree char *line = NULL;

      limber_history_record_add_exercise (record, "Cat-cow", 2, 2, 0);
      line = limber_history_record_to_line (record);
      g_string_append (contents, line);
      g_string_append_c (contents, '\n');
    }
  write_history (contents->str, contents->len);

  history = load_history ();
  records = limber_history_peek_records (history, &n);
  g_assert_cmpuint (n, ==, 100000);
  g_assert_cmpuint (limber_history_get_n_damaged (history), ==, 0);
  g_assert_cmpint (limber_history_record_get_start_unix (records[0]) - limber_history_record_get_start_unix (records[n - 1]),
                   ==, (gint64) 99999 * 5 * 3600);
  for (guint i = 1; i < n; i++)
    g_assert_cmpint (limber_history_record_get_start_unix (records[i - 1]), >, limber_history_record_get_start_unix (records[i]));
}

/* A named pipe in place of history.jsonl: the load says so at once (no
 * hang), and nothing is written into the pipe. */
static void
test_fifo (void)
{
  g_autofree char *path = history_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(LimberHistory) history = limber_history_new (NULL);
  g_autoptr(LimberHistory) unloaded = limber_history_new (NULL);
  g_autoptr(LimberHistoryRecord) record = make_record (1, 8, "a");
  g_autoptr(GError) error = NULL;
  struct stat st;

  g_assert_no_errno (g_mkdir_with_parents (dir, 0700));
  g_assert_no_errno (mkfifo (path, 0600));

  g_assert_false (limber_history_load (history, NULL, &error));
  g_assert_error (error, LIMBER_HISTORY_ERROR, LIMBER_HISTORY_ERROR_IO);
  g_assert_cmpstr (error->message, ==,
                   "history.jsonl could not be read: it is a named pipe (FIFO), not a regular file");
  g_clear_error (&error);

  /* even without a load first */
  g_assert_false (limber_history_append (unloaded, record, &error));
  g_assert_error (error, LIMBER_HISTORY_ERROR, LIMBER_HISTORY_ERROR_IO);
  g_assert_cmpstr (error->message, ==,
                   "Could not record the session in history.jsonl: it is a named pipe (FIFO), not a regular file");
  g_assert_no_errno (lstat (path, &st));
  g_assert_true (S_ISFIFO (st.st_mode));
}

/* history.jsonl kept in a synced folder through a link: appending and a
 * delete write the target, and the link stays a link. */
static void
test_linked_file (void)
{
  g_autoptr(LimberHistoryRecord) a = make_record (1, 8, "a");
  g_autoptr(LimberHistoryRecord) b = make_record (2, 8, "b");
  g_autofree char *la = line_of (a);
  g_autofree char *lb = line_of (b);
  g_autofree char *both = g_strconcat (la, lb, NULL);
  g_autofree char *path = history_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *synced = g_build_filename (g_get_user_data_dir (), "Sync", NULL);
  g_autofree char *target = g_build_filename (synced, "limber-history.jsonl", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(LimberHistory) history = limber_history_new (NULL);
  g_autoptr(LimberHistory) again = NULL;
  g_autoptr(GError) error = NULL;
  struct stat st;

  g_assert_no_errno (g_mkdir_with_parents (dir, 0700));
  g_assert_no_errno (g_mkdir_with_parents (synced, 0700));
  /* dangling at first: the first append makes the target */
  g_assert_no_errno (symlink ("../Sync/limber-history.jsonl", path));

  g_assert_true (limber_history_load (history, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (limber_history_append (history, a, &error));
  g_assert_true (limber_history_append (history, b, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (target, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, both);
  g_clear_pointer (&contents, g_free);

  g_assert_cmpuint (limber_history_remove (history, item (history, 0), &error), >, 0);
  g_assert_no_error (error);
  g_assert_true (limber_history_commit_removals (history, NULL, &error));
  g_assert_no_error (error);

  g_assert_no_errno (lstat (path, &st));
  g_assert_true (S_ISLNK (st.st_mode));
  g_assert_true (g_file_get_contents (target, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, la);
  g_assert_no_errno (stat (target, &st));
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  again = load_history ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (again)), ==, 1);
  g_assert_cmpstr (limber_history_record_get_routine_id (item (again, 0)), ==, "a");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/history/missing-file", test_missing_file);
  g_test_add_func ("/history/empty-file", test_empty_file);
  g_test_add_func ("/history/unreadable", test_unreadable);
  g_test_add_func ("/history/append-creates", test_append_creates);
  g_test_add_func ("/history/newest-first", test_newest_first);
  g_test_add_func ("/history/torn-last-line", test_torn_last_line);
  g_test_add_func ("/history/corrupt-middle-line", test_corrupt_middle_line);
  g_test_add_func ("/history/newer-version", test_newer_version);
  g_test_add_func ("/history/remove-undo-commit", test_remove_undo_commit);
  g_test_add_func ("/history/save-answers", test_save_answers);
  g_test_add_func ("/history/commit-async", test_commit_async);
  g_test_add_func ("/history/commit-sync-during-async", test_commit_sync_during_async);
  g_test_add_func ("/history/load-async", test_load_async);
  g_test_add_func ("/history/many-records", test_many_records);
  g_test_add_func ("/history/fifo", test_fifo);
  g_test_add_func ("/history/linked-file", test_linked_file);

  return g_test_run ();
}
