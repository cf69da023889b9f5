/* bench-player.c: what a routine's length costs in memory
 *
 * Builds three routines in code, a 10-minute one, 6 exercises × 50 sets ×
 * 20 rounds (about 18,000 steps) and the format's largest, 200 exercises ×
 * 50 sets × 20 rounds (about 800,000 steps), and for each prints the plan's
 * size (bytes per step), then plays it in a real window on the virtual clock
 * (a few steps, the player drawn) and prints what the heap and the resident
 * set grew by: the routine's page against an empty window (one row per
 * exercise), then the player against the routine's page, split into the
 * plan and the rest (the session's 1 byte a step, and the player's widgets,
 * which do not grow with the routine).
 *
 * Run under Xvfb from the build tree:
 *   GSETTINGS_BACKEND=memory GSETTINGS_SCHEMA_DIR=build/data GTK_A11Y=none \
 *     xvfb-run -a build/tests/bench-player
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <malloc.h>
#include <stdarg.h>
#include <stdio.h>

#include "limber-application.h"
#include "limber-bench.h"
#include "limber-plan.h"
#include "limber-virtual-clock.h"
#include "limber-window-private.h"

static gboolean quiet;

typedef struct
{
  const char *label;
  guint n_exercises;
  guint sets;
  guint rounds;
  guint duration;
  guint rest;
} Shape;

static void G_GNUC_PRINTF (1, 2)
say (const char *format,
     ...)
{
  va_list args;

  if (quiet)
    return;
  va_start (args, format);
  vprintf (format, args);
  va_end (args);
}

static void
spin (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

/* The heap in use and the resident set, in bytes, after giving back what can
 * be given back. */
static void
measure (gsize *heap,
         gsize *rss)
{
  struct mallinfo2 info;
  long rss_kib;

  malloc_trim (0);
  info = mallinfo2 ();
  *heap = info.uordblks + info.hblkhd;
  rss_kib = limber_bench_status_kib ("VmRSS:");
  *rss = rss_kib > 0 ? (gsize) rss_kib * 1024 : 0;
}

static LimberRoutine *
make_routine (const Shape *shape)
{
  LimberRoutine *routine = limber_routine_new ();

  limber_routine_set_id (routine, "bench");
  limber_routine_set_title (routine, shape->label);
  limber_routine_set_rounds (routine, shape->rounds);
  for (guint i = 0; i < shape->n_exercises; i++)
    {
      g_autoptr(LimberExercise) exercise = limber_exercise_new ();
      g_autofree char *name = g_strdup_printf ("Exercise %u", i + 1);

      limber_exercise_set_name (exercise, name);
      limber_exercise_set_instructions (exercise, "Hold the stretch and breathe slowly; keep the back straight.");
      limber_exercise_set_duration (exercise, shape->duration);
      limber_exercise_set_sets (exercise, shape->sets);
      limber_exercise_set_rest (exercise, shape->rest);
      limber_exercise_set_sides (exercise, LIMBER_SIDES_BOTH);
      limber_routine_append_exercise (routine, exercise);
    }
  return routine;
}

static double
mib (gssize bytes)
{
  return bytes / (1024.0 * 1024.0);
}

static void
bench (LimberApplication *app,
       const Shape       *shape)
{
  g_autoptr(LimberRoutine) routine = make_routine (shape);
  g_autoptr(LimberClock) clock = limber_virtual_clock_new (1000000);
  LimberWindow *window;
  gsize heap0, rss0, heap1, rss1, heap2, rss2, heap3, rss3, heap4, rss4;
  gsize plan_heap0;
  guint n_steps, total;
  gint64 t0, t1;

  /* the plan alone */
  measure (&plan_heap0, &rss0);
  t0 = g_get_monotonic_time ();
  {
    g_autoptr(LimberPlan) plan = limber_plan_new (routine);

    t1 = g_get_monotonic_time ();
    measure (&heap1, &rss1);
    n_steps = limber_plan_get_n_steps (plan);
    total = limber_plan_get_total_seconds (plan);
  }

  say ("%s: %u steps, %u:%02u:%02u\n", shape->label, n_steps, total / 3600, total / 60 % 60, total % 60);
  say ("  plan: %.2f MiB on the heap, %.1f bytes a step, built in %.1f ms\n",
          mib ((gssize) heap1 - (gssize) plan_heap0), ((double) heap1 - (double) plan_heap0) / n_steps,
          (t1 - t0) / 1000.0);

  /* an empty window, then the same window playing */
  window = limber_window_new (app);
  limber_window_set_clock (window, clock);
  gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);
  gtk_window_present (GTK_WINDOW (window));
  spin (300);
  measure (&heap0, &rss0);

  /* the routine's page first: one row per exercise, not per step */
  limber_window_show_routine (window, routine);
  spin (300);
  measure (&heap3, &rss3);
  say ("  routine page: heap +%.2f MiB, resident +%.2f MiB over the empty window\n",
          mib ((gssize) heap3 - (gssize) heap0), mib ((gssize) rss3 - (gssize) rss0));

  t0 = g_get_monotonic_time ();
  limber_window_start_routine (window, routine);
  /* the plan and the session, before anything is drawn */
  measure (&heap4, &rss4);
  spin (200);
  /* a few steps on, the player drawn after each */
  for (guint i = 0; i < 4; i++)
    {
      limber_virtual_clock_advance (LIMBER_VIRTUAL_CLOCK (clock), (gint64) shape->duration * G_USEC_PER_SEC);
      spin (100);
    }
  t1 = g_get_monotonic_time ();
  measure (&heap2, &rss2);

  say ("  playing: heap +%.2f MiB, resident +%.2f MiB over the routine page; started and drawn in %.0f ms\n",
       mib ((gssize) heap2 - (gssize) heap3), mib ((gssize) rss2 - (gssize) rss3), (t1 - t0) / 1000.0);
  say ("    plan and session: +%.2f MiB on the heap (%.1f bytes a step)\n",
       mib ((gssize) heap4 - (gssize) heap3), ((double) heap4 - (double) heap3) / n_steps);
  say ("    the player drawn, a few steps on: %+.2f MiB on the heap\n",
       mib ((gssize) heap2 - (gssize) heap4));

  if (limber_window_get_session (window) != NULL)
    limber_session_stop (limber_window_get_session (window));
  gtk_window_destroy (GTK_WINDOW (window));
  spin (200);
}

int
main (int   argc,
      char *argv[])
{
  static const Shape shapes[] = {
    { "10 minutes", 5, 2, 1, 30, 10 },
    { "6 exercises × 50 sets × 20 rounds", 6, 50, 20, 3000, 0 },
    { "200 exercises × 50 sets × 20 rounds", 200, 50, 20, 60, 10 },
  };
  g_autoptr(LimberApplication) app = NULL;

  g_setenv ("GSETTINGS_BACKEND", "memory", FALSE);
  /* the same renderer every run (GL buffers come and go with the driver) */
  g_setenv ("GSK_RENDERER", "cairo", FALSE);
  gtk_init ();
  adw_init ();
  app = limber_application_new ();
  g_application_register (G_APPLICATION (app), NULL, NULL);

  say ("sizeof (LimberStep) = %zu bytes\n", sizeof (LimberStep));
  /* once without printing: what the first window and the first player cost
   * (themes, fonts, glyphs) is not the routine's */
  quiet = TRUE;
  bench (app, &shapes[0]);
  quiet = FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (shapes); i++)
    bench (app, &shapes[i]);

  return 0;
}
