/* bench-history.c: load and compute all statistics for 100,000 sessions;
 * time one append; parse the same file with json-glib's JsonParser, the
 * reason the history has a line reader of its own. Prints figures;
 * asserts nothing about speed.
 *
 * Usage: bench-history [N [RUNS]] (default 100000 sessions, 5 runs). Works in
 * a temporary folder. Each run loads the file into a new LimberHistory and
 * computes the statistics; the best and the median of the runs are printed.
 * Memory is measured on the first run: the peak (VmHWM, reset before the
 * load through /proc/self/clear_refs) and what stays resident while the
 * history and its statistics are alive (VmRSS), both above the resident size
 * before the load.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "limber-bench.h"
#include "limber-history-line.h"
#include "limber-history-stats.h"
#include "limber-history.h"
#include "limber-json-util.h"

#define MAX_RUNS 99

/* Sets VmHWM to the current VmRSS (Linux ≥ 4.0); FALSE when not possible. */
static gboolean
reset_peak_rss (void)
{
  FILE *f = fopen ("/proc/self/clear_refs", "w");
  gboolean ok;

  if (f == NULL)
    return FALSE;
  ok = fputs ("5", f) >= 0;
  return fclose (f) == 0 && ok;
}

static void
print_figure (const char *what,
              gint64     *times,
              guint       n_runs)
{
  qsort (times, n_runs, sizeof (gint64), limber_bench_compare_gint64);
  printf ("%-18s best %7.1f ms   median %7.1f ms   (%u runs)\n", what,
          times[0] / 1000.0, times[n_runs / 2] / 1000.0, n_runs);
}

/* Every line of the file through a JsonParser (a syntax tree, no record),
 * after the strict check json-glib would need (limber-json-util.h) when
 * @strict. */
static gint64
time_json_glib (const char *path,
                gboolean    strict)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autofree char *contents = NULL;
  gint64 t0 = g_get_monotonic_time ();
  const char *p, *end;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    g_error ("cannot read %s", path);
  for (p = contents, end = contents + length; p < end;)
    {
      const char *nl = memchr (p, '\n', end - p);
      gsize line_length = (nl != NULL ? nl : end) - p;

      if (strict && limber_json_check_syntax (p, line_length, 33, NULL, NULL, NULL) != LIMBER_JSON_CHECK_OK)
        g_error ("a line is not strict JSON");
      if (!json_parser_load_from_data (parser, p, line_length, NULL))
        g_error ("JsonParser refused a line");
      p += line_length + 1;
    }
  return g_get_monotonic_time () - t0;
}

int
main (int   argc,
      char *argv[])
{
  guint n = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 100000;
  guint n_runs = argc > 2 ? (guint) g_ascii_strtoull (argv[2], NULL, 10) : 5;
  g_autofree char *dir = g_dir_make_tmp ("bench-history-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "history.jsonl", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(GDateTime) base = g_date_time_new (tz, 1990, 1, 1, 7, 30, 0);
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(LimberHistory) kept = NULL;
  g_autoptr(LimberHistoryRecord) extra = NULL;
  g_autoptr(GError) error = NULL;
  gint64 load_times[MAX_RUNS], stats_times[MAX_RUNS], total_times[MAX_RUNS];
  gint64 parser_times[MAX_RUNS], strict_parser_times[MAX_RUNS];
  long rss_before = -1, rss_peak = -1, rss_after = -1;
  gboolean peak_reset = FALSE;
  gint64 file_size, t3, t4;
  GStatBuf st;

  n_runs = CLAMP (n_runs, 1, MAX_RUNS);

  limber_bench_write_history (path, n, base);
  now = g_date_time_add_hours (base, (gint) n * 8);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  file_size = st.st_size;

  for (guint run = 0; run < n_runs; run++)
    {
      g_autoptr(LimberHistory) history = limber_history_new (file);
      g_autoptr(LimberHistoryStats) stats = NULL;
      LimberHistoryRecord * const *records;
      guint n_records;
      gint64 t0, t1, t2;

      if (run == 0)
        {
          peak_reset = reset_peak_rss ();
          rss_before = limber_bench_status_kib ("VmRSS:");
        }

      t0 = g_get_monotonic_time ();
      if (!limber_history_load (history, NULL, &error))
        g_error ("%s", error->message);
      t1 = g_get_monotonic_time ();
      records = limber_history_peek_records (history, &n_records);
      stats = limber_history_stats_compute (records, n_records, now, tz, G_DATE_MONDAY,
                                            LIMBER_HISTORY_DEFAULT_WEEKLY_GOAL);
      t2 = g_get_monotonic_time ();
      g_assert_cmpuint (n_records, ==, n);

      load_times[run] = t1 - t0;
      stats_times[run] = t2 - t1;
      total_times[run] = t2 - t0;

      if (run == 0)
        {
          rss_peak = limber_bench_status_kib ("VmHWM:");
          rss_after = limber_bench_status_kib ("VmRSS:");
          printf ("sessions: %u\n", n);
          printf ("statistics: streak %u/%u, %u days, %u pain points, %u routines\n",
                  stats->current_streak, stats->best_streak, stats->days->len,
                  stats->pain->len, stats->routines->len);
        }
      if (run == n_runs - 1)
        kept = g_steal_pointer (&history);
    }

  printf ("file: %" G_GINT64_FORMAT " bytes (%.1f per session)\n",
          file_size, n > 0 ? (double) file_size / n : 0.0);
  print_figure ("load:", load_times, n_runs);
  print_figure ("statistics:", stats_times, n_runs);
  print_figure ("load + statistics:", total_times, n_runs);
  for (guint run = 0; run < n_runs; run++)
    {
      parser_times[run] = time_json_glib (path, FALSE);
      strict_parser_times[run] = time_json_glib (path, TRUE);
    }
  print_figure ("JsonParser:", parser_times, n_runs);
  print_figure ("check+JsonParser:", strict_parser_times, n_runs);
  if (peak_reset)
    printf ("peak RSS during load + statistics: +%ld KiB (%.0f bytes per session)\n",
            rss_peak - rss_before, n > 0 ? (rss_peak - rss_before) * 1024.0 / n : 0.0);
  else
    printf ("peak RSS: not measured (/proc/self/clear_refs cannot be written)\n");
  printf ("resident after load + statistics: +%ld KiB (%.0f bytes per session)\n",
          rss_after - rss_before, n > 0 ? (rss_after - rss_before) * 1024.0 / n : 0.0);

  {
    g_autoptr(GDateTime) start = g_date_time_add_hours (now, 1);
    g_autoptr(GDateTime) end = g_date_time_add_minutes (start, 15);

    extra = limber_history_record_new ("hips", "Hips", start, end, 900, 900, TRUE);
    limber_history_record_add_exercise (extra, "Cat-cow", 2, 2, 0);
  }
  t3 = g_get_monotonic_time ();
  if (!limber_history_append (kept, extra, &error))
    g_error ("%s", error->message);
  t4 = g_get_monotonic_time ();
  printf ("append one record (write + fsync): %.2f ms\n", (t4 - t3) / 1000.0);

  /* limber-reminders keeps no history in memory: each break it records
   * reads the file under the lock first (newer versions?), then appends. */
  {
    g_autoptr(LimberHistory) unloaded = limber_history_new (file);
    g_autoptr(GDateTime) when = g_date_time_add_hours (now, 2);
    g_autoptr(LimberBreakEvent) event = limber_break_event_new (LIMBER_BREAK_NATURAL, when, 42, NULL);
    gint64 t5, t6;

    t5 = g_get_monotonic_time ();
    if (!limber_history_append_break (unloaded, event, &error))
      g_error ("%s", error->message);
    t6 = g_get_monotonic_time ();
    printf ("append one break line, history not loaded (scan under the lock + write + fsync): %.2f ms\n",
            (t6 - t5) / 1000.0);
  }

  if (g_getenv ("BENCH_HISTORY_KEEP") != NULL)
    printf ("kept: %s\n", path);
  else
    {
      g_unlink (path);
      g_rmdir (dir);
    }
  return 0;
}
