/* bench-history.c: load and compute all statistics for 100,000 sessions;
 * time one append. Prints figures; asserts nothing about speed.
 *
 * Usage: bench-history [N] (default 100000). Works in a temporary folder.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "limber-history-stats.h"
#include "limber-history.h"

static long
vm_hwm_kib (void)
{
  g_autofree char *status = NULL;
  const char *p;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  p = strstr (status, "VmHWM:");
  return p != NULL ? strtol (p + 6, NULL, 10) : -1;
}

int
main (int   argc,
      char *argv[])
{
  guint n = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 100000;
  g_autofree char *dir = g_dir_make_tmp ("bench-history-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "history.jsonl", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GString) contents = g_string_new (NULL);
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(GDateTime) base = g_date_time_new (tz, 1990, 1, 1, 7, 30, 0);
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(LimberHistory) history = NULL;
  g_autoptr(LimberHistoryStats) stats = NULL;
  g_autoptr(LimberHistoryRecord) extra = NULL;
  g_autoptr(GError) error = NULL;
  const char *routines[] = { "desk-break", "morning-mobility", "lower-back", "hips" };
  LimberHistoryRecord * const *records;
  long rss_before, rss_after;
  gint64 t0, t1, t2, t3, t4;
  guint n_records;

  /* Sessions 8 hours apart, four exercises each, a third with answers. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GDateTime) start = g_date_time_add_hours (base, (gint) i * 8);
      g_autoptr(GDateTime) end = g_date_time_add_minutes (start, 15);
      g_autoptr(LimberHistoryRecord) record =
        limber_history_record_new (routines[i % 4], routines[i % 4], start, end, 900, 880, i % 9 != 0);
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
  now = g_date_time_add_hours (base, (gint) n * 8);

  rss_before = vm_hwm_kib ();
  g_string_free (g_steal_pointer (&contents), TRUE);

  history = limber_history_new (file);
  t0 = g_get_monotonic_time ();
  if (!limber_history_load (history, NULL, &error))
    g_error ("%s", error->message);
  t1 = g_get_monotonic_time ();
  records = limber_history_peek_records (history, &n_records);
  stats = limber_history_stats_compute (records, n_records, now, tz, G_DATE_MONDAY,
                                        LIMBER_HISTORY_DEFAULT_WEEKLY_GOAL);
  t2 = g_get_monotonic_time ();
  rss_after = vm_hwm_kib ();
  g_assert_cmpuint (n_records, ==, n);

  extra = g_object_ref (records[0]);
  {
    g_autoptr(GDateTime) start = g_date_time_add_hours (now, 1);
    g_autoptr(GDateTime) end = g_date_time_add_minutes (start, 15);

    g_clear_object (&extra);
    extra = limber_history_record_new ("hips", "Hips", start, end, 900, 900, TRUE);
    limber_history_record_add_exercise (extra, "Cat-cow", 2, 2, 0);
  }
  t3 = g_get_monotonic_time ();
  if (!limber_history_append (history, extra, &error))
    g_error ("%s", error->message);
  t4 = g_get_monotonic_time ();

  {
    GStatBuf st;

    g_stat (path, &st);
    printf ("sessions: %u\n", n);
    printf ("file bytes: %" G_GINT64_FORMAT " (%.1f per session)\n", (gint64) st.st_size, (double) st.st_size / n);
  }
  printf ("load: %.1f ms\n", (t1 - t0) / 1000.0);
  printf ("statistics: %.1f ms (streak %u/%u, %u days, %u pain points, %u routines)\n",
          (t2 - t1) / 1000.0, stats->current_streak, stats->best_streak, stats->days->len,
          stats->pain->len, stats->routines->len);
  printf ("load + statistics: %.1f ms\n", (t2 - t0) / 1000.0);
  printf ("peak RSS (VmHWM): %ld KiB before load, %ld KiB after (+%ld KiB)\n",
          rss_before, rss_after, rss_after - rss_before);
  printf ("append one record (write + fsync): %.2f ms\n", (t3 < t4 ? (t4 - t3) / 1000.0 : 0.0));

  if (g_getenv ("BENCH_HISTORY_KEEP") != NULL)
    printf ("kept: %s\n", path);
  else
    {
      g_unlink (path);
      g_rmdir (dir);
    }
  return 0;
}
