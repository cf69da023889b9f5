/* test-history-export.c: CSV (RFC 4180) and JSON export, read back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <json-glib/json-glib.h>

#include "limber-error.h"
#include "limber-history-export.h"
#include "limber-history-export-private.h"

/* A strict RFC 4180 reader: rows of fields; CRLF row ends. */
static GPtrArray *
parse_csv (const char *text)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GPtrArray) row = g_ptr_array_new ();
  g_autoptr(GString) field = g_string_new (NULL);
  const char *p = text;

  while (*p != '\0')
    {
      if (*p == '"')
        {
          p++;
          for (;;)
            {
              g_assert_true (*p != '\0');
              if (p[0] == '"' && p[1] == '"')
                {
                  g_string_append_c (field, '"');
                  p += 2;
                }
              else if (p[0] == '"')
                {
                  p++;
                  break;
                }
              else
                g_string_append_c (field, *p++);
            }
        }
      else
        {
          while (*p != '\0' && *p != ',' && *p != '\r')
            {
              g_assert_true (*p != '"' && *p != '\n');
              g_string_append_c (field, *p++);
            }
        }

      g_ptr_array_add (row, g_strdup (field->str));
      g_string_truncate (field, 0);
      if (*p == ',')
        p++;
      else
        {
          g_assert_true (p[0] == '\r' && p[1] == '\n');
          p += 2;
          g_ptr_array_add (row, NULL);
          g_ptr_array_add (rows, g_ptr_array_steal (row, NULL));
          g_ptr_array_set_size (row, 0);
        }
    }
  g_assert_cmpuint (row->len, ==, 0);
  return rows;
}

static const char *notes[] = {
  "plain",
  "comma, in it",
  "\"quoted\" words",
  "two\nlines",
  "windows\r\nline end, and \"both\"",
  "\"",
  "",
};

static GPtrArray *
make_records (void)
{
  GPtrArray *records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("+05:45");

  for (guint i = 0; i < G_N_ELEMENTS (notes); i++)
    {
      g_autoptr(GDateTime) start = g_date_time_new (tz, 2024, 2, 28 + i % 2, 6, i, 0);
      g_autoptr(GDateTime) end = g_date_time_add_minutes (start, 20);
      LimberHistoryRecord *record =
        limber_history_record_new ("desk", i == 1 ? "Desk, \"standing\"" : "Desk", start, end, 1200, 1100 + i, i % 2 == 0);

      limber_history_record_add_exercise (record, "A", 2, 3, 1);
      limber_history_record_add_exercise (record, "B", 1, 1, 0);
      limber_history_record_set_note (record, notes[i]);
      if (i == 2)
        {
          limber_history_record_set_pain_before (record, 5);
          limber_history_record_set_pain_after (record, 0);
          limber_history_record_set_effort (record, LIMBER_EFFORT_EASY);
        }
      /* Levels: one a level up, one an easy day at −1. */
      if (i == 3)
        limber_history_record_set_level (record, 1);
      if (i == 4)
        {
          limber_history_record_set_level (record, -1);
          limber_history_record_set_easy_day (record, TRUE);
        }
      /* Suggestions: a step up accepted, a stop for today only shown. */
      if (i == 5)
        limber_history_record_set_suggestion (record, LIMBER_SUGGESTION_STEP_UP, 2,
                                              LIMBER_SUGGESTION_RESPONSE_ACCEPTED);
      if (i == 6)
        limber_history_record_set_suggestion (record, LIMBER_SUGGESTION_STOP_TODAY, -1,
                                              LIMBER_SUGGESTION_RESPONSE_SHOWN);
      g_ptr_array_add (records, record);
    }
  return records;
}

static void
test_csv (void)
{
  g_autoptr(GPtrArray) records = make_records ();
  g_autofree char *csv = limber_history_export_records ((LimberHistoryRecord * const *) records->pdata,
                                                        records->len, LIMBER_EXPORT_FORMAT_CSV);
  g_autoptr(GPtrArray) rows = parse_csv (csv);
  const char * const header[] = {
    "id", "start", "end", "routine_id", "routine_title", "planned_seconds", "active_seconds",
    "completed", "pain_before", "pain_after", "effort", "note", "sets_done", "sets_planned",
    "sets_skipped", "level", "easy_day", "suggestion", "suggestion_level", "suggestion_response",
    "kind", "break_type", "sitting_minutes", NULL
  };

  g_assert_cmpuint (rows->len, ==, records->len + 1);
  g_assert_cmpstrv ((const char * const *) g_ptr_array_index (rows, 0), header);

  for (guint i = 0; i < records->len; i++)
    {
      LimberHistoryRecord *record = g_ptr_array_index (records, i);
      char **row = g_ptr_array_index (rows, i + 1);
      g_autofree char *active = g_strdup_printf ("%u", 1100 + i);

      g_assert_cmpuint (g_strv_length (row), ==, 23);
      g_assert_cmpstr (row[0], ==, limber_history_record_get_id (record));
      g_assert_true (g_str_has_suffix (row[1], "+05:45"));
      g_assert_cmpstr (row[3], ==, "desk");
      g_assert_cmpstr (row[4], ==, limber_history_record_get_routine_title (record));
      g_assert_cmpstr (row[5], ==, "1200");
      g_assert_cmpstr (row[6], ==, active);
      g_assert_cmpstr (row[7], ==, i % 2 == 0 ? "true" : "false");
      g_assert_cmpstr (row[8], ==, i == 2 ? "5" : "");
      g_assert_cmpstr (row[9], ==, i == 2 ? "0" : "");
      g_assert_cmpstr (row[10], ==, i == 2 ? "easy" : "");
      g_assert_cmpstr (row[11], ==, notes[i]);
      g_assert_cmpstr (row[12], ==, "3");
      g_assert_cmpstr (row[13], ==, "4");
      g_assert_cmpstr (row[14], ==, "1");
      g_assert_cmpstr (row[15], ==, i == 3 ? "1" : i == 4 ? "-1" : "0");
      g_assert_cmpstr (row[16], ==, i == 4 ? "true" : "false");
      g_assert_cmpstr (row[17], ==, i == 5 ? "step-up" : i == 6 ? "stop-today" : "");
      g_assert_cmpstr (row[18], ==, i == 5 ? "2" : i == 6 ? "-1" : "");
      g_assert_cmpstr (row[19], ==, i == 5 ? "accepted" : i == 6 ? "shown" : "");
      g_assert_cmpstr (row[20], ==, "session");
      g_assert_cmpstr (row[21], ==, "");
      g_assert_cmpstr (row[22], ==, "");
    }
  g_assert_cmpstr (((char **) g_ptr_array_index (rows, 1))[1], ==, "2024-02-28T06:00:00+05:45");
  g_assert_cmpstr (((char **) g_ptr_array_index (rows, 1))[2], ==, "2024-02-28T06:20:00+05:45");
}

static void
test_json (void)
{
  g_autoptr(GPtrArray) records = make_records ();
  g_autofree char *json = limber_history_export_records ((LimberHistoryRecord * const *) records->pdata,
                                                         records->len, LIMBER_EXPORT_FORMAT_JSON);
  g_autofree char *empty = limber_history_export_records (NULL, 0, LIMBER_EXPORT_FORMAT_JSON);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *array;

  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  array = json_node_get_array (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (array), ==, records->len);
  for (guint i = 0; i < records->len; i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);
      LimberHistoryRecord *record = g_ptr_array_index (records, i);

      g_assert_cmpstr (json_object_get_string_member (object, "id"), ==, limber_history_record_get_id (record));
      if (notes[i][0] != '\0')
        g_assert_cmpstr (json_object_get_string_member (object, "note"), ==, notes[i]);
      else
        g_assert_false (json_object_has_member (object, "note"));
      g_assert_cmpuint (json_array_get_length (json_object_get_array_member (object, "exercises")), ==, 2);
      /* "level" and "easy_day" only when not 0 and not false. */
      g_assert_cmpint (json_object_has_member (object, "level"), ==, i == 3 || i == 4);
      if (i == 3 || i == 4)
        g_assert_cmpint (json_object_get_int_member (object, "level"), ==, i == 3 ? 1 : -1);
      g_assert_cmpint (json_object_has_member (object, "easy_day"), ==, i == 4);
      if (i == 4)
        g_assert_true (json_object_get_boolean_member (object, "easy_day"));
      /* "suggestion" only when one was shown. */
      g_assert_cmpint (json_object_has_member (object, "suggestion"), ==, i == 5 || i == 6);
      if (i == 5 || i == 6)
        {
          JsonObject *suggestion = json_object_get_object_member (object, "suggestion");

          g_assert_cmpstr (json_object_get_string_member (suggestion, "type"), ==, i == 5 ? "step-up" : "stop-today");
          g_assert_cmpint (json_object_get_int_member (suggestion, "level"), ==, i == 5 ? 2 : -1);
          g_assert_cmpstr (json_object_get_string_member (suggestion, "response"), ==, i == 5 ? "accepted" : "shown");
          g_assert_cmpuint (json_object_get_size (suggestion), ==, 3);
        }
    }

  json_parser_load_from_data (parser, empty, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (json_parser_get_root (parser))), ==, 0);
}

/* Break lines go with the sessions, in time order (a session by its start). */
static void
test_breaks (void)
{
  g_autoptr(GPtrArray) records = make_records ();
  g_autoptr(GPtrArray) breaks = g_ptr_array_new_with_free_func ((GDestroyNotify) limber_break_event_free);
  g_autoptr(GDateTime) first = limber_history_record_dup_start (g_ptr_array_index (records, 0));
  g_autoptr(GDateTime) before = g_date_time_add_minutes (first, -30);
  g_autoptr(GDateTime) after = g_date_time_add_minutes (first, 1);
  g_autofree char *csv = NULL;
  g_autofree char *json = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *array;
  char **row;

  g_ptr_array_add (breaks, limber_break_event_new (LIMBER_BREAK_REMINDED_STARTED, before, 30, "desk-break"));
  g_ptr_array_add (breaks, limber_break_event_new (LIMBER_BREAK_SNOOZED, after, 12, NULL));
  csv = limber_history_export_all ((LimberHistoryRecord * const *) records->pdata, records->len,
                                   (LimberBreakEvent * const *) breaks->pdata, breaks->len,
                                   LIMBER_EXPORT_FORMAT_CSV);
  rows = parse_csv (csv);
  g_assert_cmpuint (rows->len, ==, records->len + 3);

  /* Row 1: the break half an hour before the first session. */
  row = g_ptr_array_index (rows, 1);
  g_assert_cmpuint (g_strv_length (row), ==, 23);
  g_assert_cmpstr (row[0], ==, "");
  g_assert_cmpstr (row[1], ==, "2024-02-28T05:30:00+05:45");
  g_assert_cmpstr (row[2], ==, "2024-02-28T05:30:00+05:45");
  g_assert_cmpstr (row[3], ==, "desk-break");
  for (guint i = 4; i < 20; i++)
    g_assert_cmpstr (row[i], ==, "");
  g_assert_cmpstr (row[20], ==, "break");
  g_assert_cmpstr (row[21], ==, "reminded-started");
  g_assert_cmpstr (row[22], ==, "30");
  /* Then the first session, then the snooze a minute into it. */
  row = g_ptr_array_index (rows, 2);
  g_assert_cmpstr (row[0], ==, limber_history_record_get_id (g_ptr_array_index (records, 0)));
  row = g_ptr_array_index (rows, 3);
  g_assert_cmpstr (row[3], ==, "");
  g_assert_cmpstr (row[21], ==, "snoozed");
  g_assert_cmpstr (row[22], ==, "12");
  g_assert_true (g_str_has_suffix (csv, "\r\n"));

  json = limber_history_export_all ((LimberHistoryRecord * const *) records->pdata, records->len,
                                    (LimberBreakEvent * const *) breaks->pdata, breaks->len,
                                    LIMBER_EXPORT_FORMAT_JSON);
  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  array = json_node_get_array (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (array), ==, records->len + 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (array, 0), "kind"), ==, "break");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (array, 0), "time"), ==,
                   "2024-02-28T05:30:00+05:45");
  g_assert_false (json_object_has_member (json_array_get_object_element (array, 1), "kind"));
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (array, 2), "type"), ==, "snoozed");
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (array, 2), "sitting_minutes"), ==, 12);
}

static void
test_format_names (void)
{
  LimberExportFormat format = LIMBER_EXPORT_FORMAT_JSON;
  g_autoptr(GError) error = NULL;

  g_assert_true (limber_export_format_from_string ("csv", &format, NULL));
  g_assert_cmpint (format, ==, LIMBER_EXPORT_FORMAT_CSV);
  g_assert_true (limber_export_format_from_string ("json", &format, NULL));
  g_assert_cmpint (format, ==, LIMBER_EXPORT_FORMAT_JSON);
  g_assert_false (limber_export_format_from_string ("xlsx", &format, &error));
  g_assert_error (error, LIMBER_HISTORY_ERROR, LIMBER_HISTORY_ERROR_INVALID_ARGUMENT);
  g_assert_cmpstr (error->message, ==, "Unknown export format “xlsx”: use “csv” or “json”");
}

static void
test_export_history_to_path (void)
{
  g_autoptr(LimberHistory) history = limber_history_new (NULL);
  g_autoptr(GPtrArray) records = make_records ();
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "export.csv", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;

  /* Appended in an order different from time; exported oldest first. */
  for (guint i = records->len; i > 0; i--)
    {
      g_assert_true (limber_history_append (history, g_ptr_array_index (records, i - 1), &error));
      g_assert_no_error (error);
    }

  g_assert_true (limber_history_export_to_path (history, LIMBER_EXPORT_FORMAT_CSV, path, &error));
  g_assert_no_error (error);
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  rows = parse_csv (contents);
  g_assert_cmpuint (rows->len, ==, records->len + 1);
  for (guint i = 2; i < rows->len; i++)
    g_assert_cmpstr (((char **) g_ptr_array_index (rows, i - 1))[1], <=, ((char **) g_ptr_array_index (rows, i))[1]);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/history-export/csv", test_csv);
  g_test_add_func ("/history-export/breaks", test_breaks);
  g_test_add_func ("/history-export/json", test_json);
  g_test_add_func ("/history-export/format-names", test_format_names);
  g_test_add_func ("/history-export/to-path", test_export_history_to_path);

  return g_test_run ();
}
