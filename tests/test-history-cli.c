/* test-history-cli.c: limber --export-history, the real program
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "limber-test-run.h"

#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>

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
  g_assert_nonnull (strstr (run.out, ",2024-03-01T08:00:00+01:00,2024-03-01T08:10:00+01:00,desk,\"Desk, \"\"break\"\"\",600,600,true,,,,\"a note, with\na line break\",0,0,0\r\n"));
  g_assert_nonnull (strstr (run.out, "2024-03-02T08:00:00+01:00"));
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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/history-cli/export-csv-stdout", test_export_csv_stdout);
  g_test_add_func ("/history-cli/export-json-file", test_export_json_file);
  g_test_add_func ("/history-cli/export-empty", test_export_empty);
  g_test_add_func ("/history-cli/export-bad-usage", test_export_bad_usage);

  return g_test_run ();
}
