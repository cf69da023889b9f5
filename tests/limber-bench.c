/* limber-bench.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "limber-bench.h"
#include "limber-history-line.h"

void
limber_bench_write_history (const char *path,
                            guint       n,
                            GDateTime  *base)
{
  g_autoptr(GString) contents = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  const char *ids[] = { "desk-break", "morning-mobility", "lower-back", "hips" };
  const char *titles[] = { "Desk Break", "Morning Mobility", "Lower Back", "Hips" };

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GDateTime) start = g_date_time_add_hours (base, (gint) i * 8);
      g_autoptr(GDateTime) end = g_date_time_add_minutes (start, 15);
      g_autoptr(LimberHistoryRecord) record =
        limber_history_record_new (ids[i % 4], titles[i % 4], start, end, 900, 880, i % 9 != 0);
      g_autofree char *line = NULL;

      limber_history_record_add_exercise (record, "Cat-cow", 2, 2, 0);
      limber_history_record_add_exercise (record, "Child's pose", 2, 2, 0);
      limber_history_record_add_exercise (record, "Glute bridge", 3, 3, 0);
      limber_history_record_add_exercise (record, "Bird dog", 2, 3, 1);
      if (i % 3 == 0)
        {
          limber_history_record_set_pain_before (record, i % 11);
          limber_history_record_set_pain_after (record, i % 7);
          limber_history_record_set_effort (record, LIMBER_EFFORT_RIGHT);
        }
      line = limber_history_record_to_line (record);
      g_string_append (contents, line);
      g_string_append_c (contents, '\n');
    }
  g_file_set_contents (path, contents->str, contents->len, &error);
  g_assert_no_error (error);
}

long
limber_bench_status_kib (const char *field)
{
  g_autofree char *status = NULL;
  const char *p;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  p = strstr (status, field);
  return p != NULL ? strtol (p + strlen (field), NULL, 10) : -1;
}

int
limber_bench_compare_gint64 (gconstpointer a,
                             gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}
