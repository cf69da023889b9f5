/* limber-history-export.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-history"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "limber-error.h"
#include "limber-history-export-private.h"
#include "limber-history-line.h"
#include "limber-safe-file.h"

gboolean
limber_export_format_from_string (const char          *str,
                                  LimberExportFormat  *format,
                                  GError             **error)
{
  if (g_strcmp0 (str, "csv") == 0)
    *format = LIMBER_EXPORT_FORMAT_CSV;
  else if (g_strcmp0 (str, "json") == 0)
    *format = LIMBER_EXPORT_FORMAT_JSON;
  else
    {
      g_set_error (error, LIMBER_HISTORY_ERROR, LIMBER_HISTORY_ERROR_INVALID_ARGUMENT,
                   _("Unknown export format “%s”: use “csv” or “json”"), str != NULL ? str : "");
      return FALSE;
    }
  return TRUE;
}

static void
append_csv_field (GString    *out,
                  const char *value)
{
  if (value == NULL)
    return;
  if (strpbrk (value, ",\"\r\n") == NULL)
    {
      g_string_append (out, value);
      return;
    }

  g_string_append_c (out, '"');
  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static void
append_csv_int (GString *out,
                gint64   value,
                gboolean unset)
{
  if (!unset)
    g_string_append_printf (out, "%" G_GINT64_FORMAT, value);
}

static char *
iso8601 (GDateTime *dt)
{
  return g_date_time_format (dt, "%Y-%m-%dT%H:%M:%S%:z");
}

static void
append_csv_row (GString             *out,
                LimberHistoryRecord *record)
{
  g_autoptr(GDateTime) start = limber_history_record_dup_start (record);
  g_autoptr(GDateTime) end = limber_history_record_dup_end (record);
  g_autofree char *start_str = iso8601 (start);
  g_autofree char *end_str = iso8601 (end);
  gint pain_before = limber_history_record_get_pain_before (record);
  gint pain_after = limber_history_record_get_pain_after (record);
  guint done, planned, skipped;
  LimberSuggestionKind suggestion;
  LimberSuggestionResponse response;
  int suggested_level;

  limber_history_record_get_set_totals (record, &done, &planned, &skipped);

  append_csv_field (out, limber_history_record_get_id (record));
  g_string_append_c (out, ',');
  append_csv_field (out, start_str);
  g_string_append_c (out, ',');
  append_csv_field (out, end_str);
  g_string_append_c (out, ',');
  append_csv_field (out, limber_history_record_get_routine_id (record));
  g_string_append_c (out, ',');
  append_csv_field (out, limber_history_record_get_routine_title (record));
  g_string_append_printf (out, ",%u,%u,%s,",
                          limber_history_record_get_planned_seconds (record),
                          limber_history_record_get_active_seconds (record),
                          limber_history_record_get_completed (record) ? "true" : "false");
  append_csv_int (out, pain_before, pain_before == LIMBER_PAIN_UNSET);
  g_string_append_c (out, ',');
  append_csv_int (out, pain_after, pain_after == LIMBER_PAIN_UNSET);
  g_string_append_c (out, ',');
  if (limber_history_record_get_effort (record) != LIMBER_EFFORT_UNSET)
    append_csv_field (out, limber_enum_to_nick (LIMBER_TYPE_EFFORT, limber_history_record_get_effort (record)));
  g_string_append_c (out, ',');
  append_csv_field (out, limber_history_record_get_note (record));
  g_string_append_printf (out, ",%u,%u,%u,%d,%s,", done, planned, skipped,
                          limber_history_record_get_level (record),
                          limber_history_record_get_easy_day (record) ? "true" : "false");
  suggestion = limber_history_record_get_suggestion (record, &suggested_level, &response);
  if (suggestion != LIMBER_SUGGESTION_NONE)
    g_string_append_printf (out, "%s,%d,%s",
                            limber_enum_to_nick (LIMBER_TYPE_SUGGESTION_KIND, suggestion), suggested_level,
                            limber_enum_to_nick (LIMBER_TYPE_SUGGESTION_RESPONSE, response));
  else
    g_string_append (out, ",,");
  g_string_append (out, ",session,,\r\n");
}

/* A break: its time as start and end, the routine Start opened, and the
 * last three columns; the session columns stay empty. */
static void
append_csv_break_row (GString                *out,
                      const LimberBreakEvent *event)
{
  g_autoptr(GDateTime) time = limber_break_event_dup_time (event);
  g_autofree char *time_str = iso8601 (time);

  g_string_append_c (out, ',');
  append_csv_field (out, time_str);
  g_string_append_c (out, ',');
  append_csv_field (out, time_str);
  g_string_append_c (out, ',');
  append_csv_field (out, event->routine_id);
  g_string_append_printf (out, ",,,,,,,,,,,,,,,,,break,%s,%u\r\n",
                          limber_break_kind_to_string (event->kind), event->sitting_minutes);
}

char *
limber_history_export_records (LimberHistoryRecord * const *records,
                               guint                        n_records,
                               LimberExportFormat           format)
{
  return limber_history_export_all (records, n_records, NULL, 0, format);
}

char *
limber_history_export_all (LimberHistoryRecord * const *records,
                           guint                        n_records,
                           LimberBreakEvent * const    *breaks,
                           guint                        n_breaks,
                           LimberExportFormat           format)
{
  GString *out;
  guint r = 0, b = 0;

  g_return_val_if_fail (records != NULL || n_records == 0, NULL);
  g_return_val_if_fail (breaks != NULL || n_breaks == 0, NULL);

  out = g_string_sized_new (64 + (gsize) n_records * 300 + (gsize) n_breaks * 100);
  if (format == LIMBER_EXPORT_FORMAT_CSV)
    g_string_append (out,
                     "id,start,end,routine_id,routine_title,planned_seconds,active_seconds,"
                     "completed,pain_before,pain_after,effort,note,"
                     "sets_done,sets_planned,sets_skipped,level,easy_day,"
                     "suggestion,suggestion_level,suggestion_response,"
                     "kind,break_type,sitting_minutes\r\n");
  else
    g_string_append (out, "[");

  /* Both in time order: merged, a record by its start, a session before a
   * break at the same second. */
  while (r < n_records || b < n_breaks)
    {
      gboolean take_record = b >= n_breaks
        || (r < n_records && limber_history_record_get_start_unix (records[r]) <= breaks[b]->time);

      if (format == LIMBER_EXPORT_FORMAT_CSV)
        {
          if (take_record)
            append_csv_row (out, records[r]);
          else
            append_csv_break_row (out, breaks[b]);
        }
      else
        {
          g_autofree char *line = take_record ? limber_history_record_to_line (records[r])
                                              : limber_break_event_to_line (breaks[b]);

          g_string_append (out, r + b == 0 ? "\n" : ",\n");
          g_string_append (out, line);
        }
      if (take_record)
        r++;
      else
        b++;
    }

  if (format == LIMBER_EXPORT_FORMAT_JSON)
    g_string_append (out, n_records + n_breaks > 0 ? "\n]\n" : "]\n");
  return g_string_free (out, FALSE);
}

char *
limber_history_export (LimberHistory      *history,
                       LimberExportFormat  format)
{
  LimberHistoryRecord * const *records;
  LimberBreakEvent * const *breaks;
  g_autofree LimberHistoryRecord **oldest_first = NULL;
  guint n, n_breaks;

  g_return_val_if_fail (LIMBER_IS_HISTORY (history), NULL);

  records = limber_history_peek_records (history, &n);
  breaks = limber_history_peek_breaks (history, &n_breaks);
  oldest_first = g_new (LimberHistoryRecord *, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    oldest_first[i] = records[n - 1 - i];
  return limber_history_export_all (oldest_first, n, breaks, n_breaks, format);
}

gboolean
limber_history_export_to_path (LimberHistory       *history,
                               LimberExportFormat   format,
                               const char          *path,
                               GError             **error)
{
  g_autofree char *data = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (LIMBER_IS_HISTORY (history), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  data = limber_history_export (history, format);
  if (!limber_safe_file_write_full (path, data, strlen (data), 0600, &local_error))
    {
      g_set_error (error, LIMBER_HISTORY_ERROR, LIMBER_HISTORY_ERROR_IO,
                   _("Could not export the history: %s"), local_error->message);
      return FALSE;
    }
  return TRUE;
}
