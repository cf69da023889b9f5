/* test-history-cli.c: limber --export-history, the real program
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "limber-test-run.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "limber-history.h"

/* Two good records and a damaged line between them. */
static void
write_history (void)
{
  g_autoptr(LimberHistory) history = limber_history_new (NULL);
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("+01:00");
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "limber", "history.jsonl", NULL);
  g_autoptr(GError) error = NULL;
  FILE *f;

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GDateTime) start = g_date_time_new (tz, 2024, 3, 1 + i, 8, 0, 0);
      g_autoptr(GDateTime) end = g_date_time_add_minutes (start, 10);
      g_autoptr(LimberHistoryRecord) record = limber_history_record_new ("desk", "Desk, \"break\"", start, end, 600, 600, TRUE);

      limber_history_record_set_note (record, "a note, with\na line break");
      if (i == 1)
        limber_history_record_set_suggestion (record, LIMBER_SUGGESTION_GET_CHECKED, 0,
                                              LIMBER_SUGGESTION_RESPONSE_DISMISSED);
      g_assert_true (limber_history_append (history, record, &error));
      g_assert_no_error (error);
      if (i == 0)
        {
          f = fopen (path, "a");
          fputs ("{\"v\":1, torn\n", f);
          fclose (f);
        }
    }
}

static void
test_export_csv_stdout (void)
{
  g_auto(LimberTestRun) run = { 0 };

  write_history ();
  limber_test_run (&run, (const char *[]) { "--export-history", "csv", NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "id,start,end,routine_id,routine_title,"));
  g_assert_nonnull (strstr (run.out, ",2024-03-01T08:00:00+01:00,2024-03-01T08:10:00+01:00,desk,\"Desk, \"\"break\"\"\",600,600,true,,,,\"a note, with\na line break\",0,0,0,0,false,,,,session,,\r\n"));
  g_assert_nonnull (strstr (run.out, ",2024-03-02T08:00:00+01:00,2024-03-02T08:10:00+01:00,desk,\"Desk, \"\"break\"\"\",600,600,true,,,,\"a note, with\na line break\",0,0,0,0,false,get-checked,0,dismissed,session,,\r\n"));
  g_assert_cmpstr (run.err, ==, "history.jsonl: line 2 is damaged and was skipped; it stays in the file\n");
}

static void
test_export_json_file (void)
{
  g_auto(LimberTestRun) run = { 0 };
  g_autofree char *out = g_build_filename (g_get_tmp_dir (), "export.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *array;
  JsonObject *suggestion;

  write_history ();
  limber_test_run (&run, (const char *[]) { "--export-history", "json", out, NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "");
  json_parser_load_from_file (parser, out, &error);
  g_assert_no_error (error);
  array = json_node_get_array (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (array), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (array, 0), "start"),
                   ==, "2024-03-01T08:00:00+01:00");
  /* The suggestion shown after the second session, and none after the first. */
  g_assert_false (json_object_has_member (json_array_get_object_element (array, 0), "suggestion"));
  suggestion = json_object_get_object_member (json_array_get_object_element (array, 1), "suggestion");
  g_assert_cmpstr (json_object_get_string_member (suggestion, "type"), ==, "get-checked");
  g_assert_cmpint (json_object_get_int_member (suggestion, "level"), ==, 0);
  g_assert_cmpstr (json_object_get_string_member (suggestion, "response"), ==, "dismissed");
}

static void
test_export_empty (void)
{
  g_auto(LimberTestRun) run = { 0 };

  limber_test_run (&run, (const char *[]) { "--export-history", "json", NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "[]\n");
  g_assert_cmpstr (run.err, ==, "");
}

static void
test_export_bad_usage (void)
{
  g_auto(LimberTestRun) bad_format = { 0 };
  g_auto(LimberTestRun) two_files = { 0 };
  g_auto(LimberTestRun) version = { 0 };

  limber_test_run (&bad_format, (const char *[]) { "--export-history", "xlsx", NULL });
  g_assert_cmpint (bad_format.status, ==, 2);
  g_assert_nonnull (strstr (bad_format.err, "use “csv” or “json”"));

  limber_test_run (&two_files, (const char *[]) { "--export-history", "csv", "a.csv", "b.csv", NULL });
  g_assert_cmpint (two_files.status, ==, 2);

  /* The other options still work. */
  limber_test_run (&version, (const char *[]) { "--version", NULL });
  g_assert_cmpint (version.status, ==, 0);
  g_assert_cmpstr (version.out, ==, "limber " PACKAGE_VERSION "\n");
}

/* The CSV export of write_history(), as the program prints it. */
static char *
export_to_stdout (void)
{
  g_auto(LimberTestRun) run = { 0 };

  limber_test_run (&run, (const char *[]) { "--export-history", "csv", NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "id,start,"));
  return g_steal_pointer (&run.out);
}

static gboolean
is_link (const char *path)
{
  struct stat st;

  return lstat (path, &st) == 0 && S_ISLNK (st.st_mode);
}

/* ~/exports/limber.csv as a link into a synced folder: the link stays, the
 * synced copy is updated; a dangling link gets its target. */
static void
test_export_through_link (void)
{
  g_autofree char *exports = g_build_filename (g_get_user_data_dir (), "exports", NULL);
  g_autofree char *synced = g_build_filename (g_get_user_data_dir (), "synced", NULL);
  g_autofree char *link = g_build_filename (exports, "limber.csv", NULL);
  g_autofree char *target = g_build_filename (synced, "limber.csv", NULL);
  g_autofree char *expected = NULL;
  g_autofree char *contents = NULL;
  g_auto(LimberTestRun) run = { 0 };
  g_auto(LimberTestRun) nowhere = { 0 };
  g_autofree char *bad_link = g_build_filename (exports, "nowhere.csv", NULL);
  g_autofree char *message = NULL;

  write_history ();
  expected = export_to_stdout ();
  g_assert_no_errno (g_mkdir_with_parents (exports, 0700));
  g_assert_no_errno (g_mkdir_with_parents (synced, 0700));
  g_assert_true (g_file_set_contents (target, "last week's export\n", -1, NULL));
  g_assert_no_errno (symlink ("../synced/limber.csv", link));

  limber_test_run (&run, (const char *[]) { "--export-history", "csv", link, NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_true (is_link (link));
  g_assert_true (g_file_get_contents (target, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, expected);
  g_clear_pointer (&contents, g_free);
  limber_test_run_clear (&run);

  /* dangling, its folder there: made */
  g_assert_no_errno (g_unlink (target));
  limber_test_run (&run, (const char *[]) { "--export-history", "csv", link, NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (is_link (link));
  g_assert_true (g_file_get_contents (target, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, expected);

  /* dangling, no folder: a clear message, exit 1 */
  g_assert_no_errno (symlink ("/nonexistent/dir/h.csv", bad_link));
  limber_test_run (&nowhere, (const char *[]) { "--export-history", "csv", bad_link, NULL });
  g_assert_cmpint (nowhere.status, ==, 1);
  message = g_strdup_printf ("history.jsonl: line 2 is damaged and was skipped; it stays in the file\n"
                             "limber --export-history: Cannot save “%s”: it is a link to "
                             "“/nonexistent/dir/h.csv”, and the folder “/nonexistent/dir” does not exist\n",
                             bad_link);
  g_assert_cmpstr (nowhere.err, ==, message);
  g_assert_true (is_link (bad_link));
}

static gpointer
read_fifo_thread (gpointer data)
{
  const char *path = data;
  g_autoptr(GString) out = g_string_new (NULL);
  char buffer[4096];
  gssize n;
  int fd = g_open (path, O_RDONLY, 0);

  g_assert_cmpint (fd, >=, 0);
  while ((n = read (fd, buffer, sizeof buffer)) > 0)
    g_string_append_len (out, buffer, n);
  close (fd);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* >(gzip > h.csv.gz), /dev/null, /dev/full: written into, never replaced. */
static void
test_export_to_pipe_and_devices (void)
{
  g_autofree char *fifo = g_build_filename (g_get_user_data_dir (), "export.fifo", NULL);
  g_autofree char *expected = NULL;
  g_autofree char *got = NULL;
  g_auto(LimberTestRun) to_fifo = { 0 };
  g_auto(LimberTestRun) to_null = { 0 };
  g_auto(LimberTestRun) to_full = { 0 };
  GThread *reader;
  struct stat st;

  write_history ();
  expected = export_to_stdout ();

  g_assert_no_errno (mkfifo (fifo, 0600));
  reader = g_thread_new ("reader", read_fifo_thread, fifo);
  limber_test_run (&to_fifo, (const char *[]) { "--export-history", "csv", fifo, NULL });
  got = g_thread_join (reader);
  g_assert_cmpint (to_fifo.status, ==, 0);
  g_assert_cmpstr (got, ==, expected);
  g_assert_no_errno (lstat (fifo, &st));
  g_assert_true (S_ISFIFO (st.st_mode));

  limber_test_run (&to_null, (const char *[]) { "--export-history", "json", "/dev/null", NULL });
  g_assert_cmpint (to_null.status, ==, 0);
  g_assert_no_errno (lstat ("/dev/null", &st));
  g_assert_true (S_ISCHR (st.st_mode));

  limber_test_run (&to_full, (const char *[]) { "--export-history", "csv", "/dev/full", NULL });
  g_assert_cmpint (to_full.status, ==, 1);
  g_assert_cmpstr (to_full.out, ==, "");
  g_assert_true (g_str_has_suffix (to_full.err,
                                   "\nlimber --export-history: Cannot write to “/dev/full”: No space left on device\n"));
  g_assert_no_errno (lstat ("/dev/full", &st));
  g_assert_true (S_ISCHR (st.st_mode));
}

/* "-", /dev/stdout, /dev/fd/1: the descriptor as the shell opened it, here
 * with >> (the file keeps what it had, and stays the same file). */
static void
test_export_to_descriptor (void)
{
  static const char *names[] = { "-", "/dev/stdout", "/dev/fd/1" };
  g_autofree char *out = g_build_filename (g_get_user_data_dir (), "appended.csv", NULL);
  g_autofree char *expected = NULL;

  write_history ();
  expected = export_to_stdout ();

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_auto(LimberTestRun) piped = { 0 };
      g_auto(LimberTestRun) appended = { 0 };
      g_autofree char *contents = NULL;
      g_autofree char *whole = g_strconcat ("before\n", expected, NULL);
      struct stat before, after;
      int fd;

      g_test_message ("export to %s", names[i]);
      limber_test_run (&piped, (const char *[]) { "--export-history", "csv", names[i], NULL });
      g_assert_cmpint (piped.status, ==, 0);
      g_assert_cmpstr (piped.out, ==, expected);

      g_assert_true (g_file_set_contents (out, "before\n", -1, NULL));
      g_assert_no_errno (stat (out, &before));
      fd = g_open (out, O_WRONLY | O_APPEND | O_CLOEXEC, 0);
      g_assert_cmpint (fd, >=, 0);
      limber_test_run_full (&appended, (const char *[]) { "--export-history", "csv", names[i], NULL }, NULL, fd);
      close (fd);
      g_assert_cmpint (appended.status, ==, 0);
      g_assert_true (g_file_get_contents (out, &contents, NULL, NULL));
      g_assert_cmpstr (contents, ==, whole);
      g_assert_no_errno (stat (out, &after));
      g_assert_cmpuint (before.st_ino, ==, after.st_ino);
    }
}

/* A named pipe as history.jsonl: no hang, a clear message, exit 1. */
static void
test_export_fifo_history (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "limber", "history.jsonl", NULL);
  g_autofree char *dir = g_path_get_dirname (path);
  g_auto(LimberTestRun) run = { 0 };

  g_assert_no_errno (g_mkdir_with_parents (dir, 0700));
  g_assert_no_errno (mkfifo (path, 0600));
  limber_test_run (&run, (const char *[]) { "--export-history", "csv", NULL });
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_cmpstr (run.err, ==, "history.jsonl could not be read: it is a named pipe (FIFO), not a regular file\n");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/history-cli/export-csv-stdout", test_export_csv_stdout);
  g_test_add_func ("/history-cli/export-json-file", test_export_json_file);
  g_test_add_func ("/history-cli/export-empty", test_export_empty);
  g_test_add_func ("/history-cli/export-bad-usage", test_export_bad_usage);
  g_test_add_func ("/history-cli/export-through-link", test_export_through_link);
  g_test_add_func ("/history-cli/export-to-pipe-and-devices", test_export_to_pipe_and_devices);
  g_test_add_func ("/history-cli/export-to-descriptor", test_export_to_descriptor);
  g_test_add_func ("/history-cli/export-fifo-history", test_export_fifo_history);

  return g_test_run ();
}
