/* bench-history-page.c: what opening the History page costs, with a small
 * and a large history, in the same run. Prints figures; asserts nothing.
 *
 * Usage (under Xvfb with GSK_RENDERER=cairo, from the build folder, set up
 * as README.md's command for the screenshots):
 *
 *   bench-history-page [SMALL LARGE [RUNS]]   (default 100 100000 3)
 *
 * For each size the history file is written once, then each run is a fresh
 * process (so one run's freed memory does not hide the next run's cost):
 * it loads the history, shows the window on the routines, and then opens
 * the History page. Figures, the median of the runs:
 *
 * - open: from activating win.history to the end of the window's next
 *   painted frame (GdkFrameClock::after-paint), the page drawn;
 * - sessions tab: when the page shows the sessions in a tab of their own
 *   (an AdwViewStack page named "sessions"), from switching to it to the
 *   end of the next painted frame; 0 when the sessions are on the page;
 * - page memory: resident size (VmRSS) after the page (and the sessions
 *   tab) is shown, minus just before it was opened;
 * - history bytes/session: VmRSS after loading the history minus before, per
 *   session.
 *
 * A run that does not show the page within the time limit (LIMBER_BENCH_
 * TIMEOUT seconds, default 180) or that needs more than 6 GB is stopped
 * and reported as such.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <malloc.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>

#include "limber-application.h"
#include "limber-bench.h"
#include "limber-window-private.h"

#define MAX_RUNS 15

static gboolean
set_flag (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop for @ms milliseconds, sleeping when idle (a busy loop
 * would take the CPU from the threads GTK uses). */
static void
spin (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, set_flag, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

/* One run ------------------------------------------------------------------- */

typedef struct
{
  gint64 activated;
  gint64 painted;
} Timing;

static void
on_after_paint (GdkFrameClock *clock,
                Timing        *timing)
{
  if (timing->activated > 0 && timing->painted == 0)
    timing->painted = g_get_monotonic_time ();
}

/* The page's AdwViewStack, if it has one (the sessions in a tab of their
 * own), found the way a test finds a widget. */
static AdwViewStack *
find_view_stack (GtkWidget *widget)
{
  if (ADW_IS_VIEW_STACK (widget))
    return ADW_VIEW_STACK (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwViewStack *found = find_view_stack (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
wait_for_frame (Timing *timing)
{
  gint64 deadline = timing->activated + (gint64) 3600 * G_USEC_PER_SEC;

  while (timing->painted == 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
}

static int
run_child (const char *path,
           guint       n)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(LimberHistory) history = NULL;
  g_autoptr(GError) error = NULL;
  LimberApplication *app;
  LimberWindow *window;
  GdkFrameClock *clock;
  Timing timing = { 0, 0 };
  Timing tab = { 0, 0 };
  AdwViewStack *view_stack;
  long rss0, rss1, rss2, rss3;

  gtk_init ();
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  app = limber_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  if (!g_application_register (G_APPLICATION (app), NULL, &error))
    g_error ("%s", error->message);
  g_settings_set_boolean (limber_application_get_settings (app), "keep-awake", FALSE);
  g_settings_set_boolean (limber_application_get_settings (app), "notifications", FALSE);

  malloc_trim (0);
  rss0 = limber_bench_status_kib ("VmRSS:");
  history = limber_history_new (file);
  if (!limber_history_load (history, NULL, &error))
    g_error ("%s", error->message);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (history)), ==, n);
  malloc_trim (0);
  rss1 = limber_bench_status_kib ("VmRSS:");

  window = limber_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 800);
  limber_window_set_history (window, history);
  gtk_window_present (GTK_WINDOW (window));
  spin (1500);
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &timing);
  malloc_trim (0);
  rss2 = limber_bench_status_kib ("VmRSS:");

  timing.activated = g_get_monotonic_time ();
  gtk_widget_activate_action (GTK_WIDGET (window), "win.history", NULL);
  wait_for_frame (&timing);
  spin (500);

  /* The sessions: in the page itself, or in a tab of their own. */
  view_stack = find_view_stack (GTK_WIDGET (limber_window_get_history_page (window)));
  if (view_stack != NULL)
    {
      g_signal_handlers_disconnect_by_data (clock, &timing);
      g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &tab);
      tab.activated = g_get_monotonic_time ();
      adw_view_stack_set_visible_child_name (view_stack, "sessions");
      wait_for_frame (&tab);
      spin (500);
    }
  malloc_trim (0);
  rss3 = limber_bench_status_kib ("VmRSS:");
  g_assert_cmpint (limber_window_get_visible_page (window), ==, LIMBER_WINDOW_PAGE_HISTORY);

  printf ("RESULT %u %.3f %.3f %ld %.1f\n", n, (timing.painted - timing.activated) / 1000.0,
          (tab.painted - tab.activated) / 1000.0, rss3 - rss2, (rss1 - rss0) * 1024.0 / MAX (n, 1));
  fflush (stdout);
  /* No tidying: the process ends. */
  _exit (0);
}

/* The parent ---------------------------------------------------------------- */

typedef struct
{
  double open_ms;
  double tab_ms;
  long page_kib;
  double bytes_per_session;
  gboolean ok;
} Result;

static void
limit_child (gpointer user_data)
{
  struct rlimit limit = { 6L << 30, 6L << 30 };

  setrlimit (RLIMIT_AS, &limit);
}

static gboolean
run_once (const char *self_path,
          const char *path,
          guint       n,
          guint       timeout_s,
          Result     *result)
{
  g_autofree char *n_text = g_strdup_printf ("%u", n);
  g_autofree char *timeout_text = g_strdup_printf ("%u", timeout_s);
  const char *argv[] = { "timeout", "-s", "KILL", timeout_text, self_path, "--run", path, n_text, NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  const char *line;
  int status = 0;

  memset (result, 0, sizeof *result);
  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, limit_child, NULL,
                     &out, NULL, &status, &error))
    g_error ("%s", error->message);
  line = out != NULL ? strstr (out, "RESULT ") : NULL;
  if (line == NULL)
    return FALSE;
  result->ok = sscanf (line, "RESULT %*u %lf %lf %ld %lf", &result->open_ms, &result->tab_ms,
                       &result->page_kib, &result->bytes_per_session) == 4;
  return result->ok;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double da = *(const double *) a, db = *(const double *) b;

  return da < db ? -1 : da > db ? 1 : 0;
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), compare_doubles);
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

static gboolean
measure (const char *self_path,
         const char *dir,
         guint       n,
         guint       n_runs,
         guint       timeout_s,
         Result     *out)
{
  g_autofree char *name = g_strdup_printf ("history-%u.jsonl", n);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) base = g_date_time_add_hours (now, -(gint) n * 8);
  double open[MAX_RUNS], tab[MAX_RUNS], page[MAX_RUNS], bytes[MAX_RUNS];

  /* ending now */
  limber_bench_write_history (path, n, base);
  for (guint i = 0; i < n_runs; i++)
    {
      Result r;

      if (!run_once (self_path, path, n, timeout_s, &r))
        {
          printf ("%7u sessions: the page was not shown within %u s (or the run needed more than 6 GB)\n",
                  n, timeout_s);
          g_remove (path);
          return FALSE;
        }
      open[i] = r.open_ms;
      tab[i] = r.tab_ms;
      page[i] = r.page_kib;
      bytes[i] = r.bytes_per_session;
    }
  g_remove (path);

  out->open_ms = median (open, n_runs);
  out->tab_ms = median (tab, n_runs);
  out->page_kib = (long) median (page, n_runs);
  out->bytes_per_session = median (bytes, n_runs);
  out->ok = TRUE;
  printf ("%7u sessions: open %8.1f ms   sessions tab %7.1f ms   page memory %8ld KiB   "
          "history %6.0f bytes/session   (median of %u)\n",
          n, out->open_ms, out->tab_ms, out->page_kib, out->bytes_per_session, n_runs);
  fflush (stdout);
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *self_path = NULL;
  g_autofree char *dir = NULL;
  const char *timeout_env = g_getenv ("LIMBER_BENCH_TIMEOUT");
  guint small, large, n_runs, timeout_s;
  Result rs, rl;

  if (argc == 4 && g_str_equal (argv[1], "--run"))
    return run_child (argv[2], (guint) g_ascii_strtoull (argv[3], NULL, 10));

  small = argc > 2 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 100;
  large = argc > 2 ? (guint) g_ascii_strtoull (argv[2], NULL, 10) : 100000;
  n_runs = CLAMP (argc > 3 ? (guint) g_ascii_strtoull (argv[3], NULL, 10) : 3, 1, MAX_RUNS);
  timeout_s = timeout_env != NULL ? (guint) g_ascii_strtoull (timeout_env, NULL, 10) : 180;

  self_path = g_file_read_link ("/proc/self/exe", NULL);
  if (self_path == NULL)
    self_path = g_strdup (argv[0]);
  dir = g_dir_make_tmp ("bench-history-page-XXXXXX", NULL);
  g_setenv ("XDG_DATA_HOME", dir, TRUE);

  printf ("The History page: %u against %u sessions\n", large, small);
  if (measure (self_path, dir, small, n_runs, timeout_s, &rs) &&
      measure (self_path, dir, large, n_runs, timeout_s, &rl))
    printf ("ratio %u/%u: open %.2f×   sessions tab %.2f×   page memory %.2f×   history bytes/session %.2f×\n",
            large, small, rl.open_ms / MAX (rs.open_ms, 0.001), rl.tab_ms / MAX (rs.tab_ms, 0.001),
            (double) rl.page_kib / MAX (rs.page_kib, 1),
            rl.bytes_per_session / MAX (rs.bytes_per_session, 0.001));
  g_rmdir (dir);
  return 0;
}
