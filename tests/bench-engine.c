/* bench-engine.c: how exactly the timer engine keeps time on the real clock
 *
 * Runs a routine built in code (a mix of timed sets on both sides, paced
 * reps, rests) through LimberSession on the real clock in a GMainLoop and
 * prints, per cue, the error between its planned time and the moment it was
 * emitted, then the median, the maximum, the drift (error of the last cue
 * minus error of the first) and the engine's wakeups per second.
 *
 *   bench-engine [--minutes N] [--virtual]
 *
 * With --virtual the same routine runs on the virtual clock and the wall
 * time it took is printed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>

#include "limber-bench.h"
#include "limber-real-clock.h"
#include "limber-session.h"
#include "limber-virtual-clock.h"

/* A clock that forwards to another and counts the callbacks it makes. */
#define BENCH_TYPE_CLOCK (bench_clock_get_type ())
G_DECLARE_FINAL_TYPE (BenchClock, bench_clock, BENCH, CLOCK, GObject)

struct _BenchClock
{
  GObject parent_instance;
  LimberClock *inner;
  guint wakeups;
};

typedef struct
{
  BenchClock *clock;
  LimberClockFunc func;
  gpointer user_data;
} Trampoline;

static void bench_clock_iface_init (LimberClockInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BenchClock, bench_clock, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (LIMBER_TYPE_CLOCK, bench_clock_iface_init))

static gint64
bench_clock_get_time (LimberClock *clock)
{
  return limber_clock_get_time (BENCH_CLOCK (clock)->inner);
}

static void
trampoline (gpointer user_data)
{
  Trampoline t = *(Trampoline *) user_data;

  g_free (user_data);
  t.clock->wakeups++;
  t.func (t.user_data);
}

static guint
bench_clock_add_deadline (LimberClock     *clock,
                          gint64           deadline,
                          LimberClockFunc  func,
                          gpointer         user_data)
{
  Trampoline *t = g_new0 (Trampoline, 1);

  /* The trampoline of a removed deadline leaks; the bench is short-lived. */
  t->clock = BENCH_CLOCK (clock);
  t->func = func;
  t->user_data = user_data;
  return limber_clock_add_deadline (BENCH_CLOCK (clock)->inner, deadline, trampoline, t);
}

static void
bench_clock_remove (LimberClock *clock,
                    guint        id)
{
  limber_clock_remove (BENCH_CLOCK (clock)->inner, id);
}

static void
bench_clock_iface_init (LimberClockInterface *iface)
{
  iface->get_time = bench_clock_get_time;
  iface->add_deadline = bench_clock_add_deadline;
  iface->remove = bench_clock_remove;
}

static void
bench_clock_finalize (GObject *object)
{
  g_clear_object (&BENCH_CLOCK (object)->inner);
  G_OBJECT_CLASS (bench_clock_parent_class)->finalize (object);
}

static void
bench_clock_class_init (BenchClockClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bench_clock_finalize;
}

static void
bench_clock_init (BenchClock *self)
{
}

static LimberExercise *
make_exercise (guint n)
{
  LimberExercise *e = limber_exercise_new ();

  switch (n % 3)
    {
    case 0:   /* timed, both sides: 20 + 3 + 20 */
      limber_exercise_set_name (e, "Hip flexor stretch");
      limber_exercise_set_kind (e, LIMBER_EXERCISE_KIND_STRETCH);
      limber_exercise_set_duration (e, 20);
      limber_exercise_set_sides (e, LIMBER_SIDES_BOTH);
      limber_exercise_set_switch_time (e, 3);
      break;
    case 1:   /* paced reps: 2 sets of 6 × 2 s, rest 5 */
      limber_exercise_set_name (e, "Squat");
      limber_exercise_set_reps (e, 6);
      limber_exercise_set_rep_duration (e, 2);
      limber_exercise_set_sets (e, 2);
      limber_exercise_set_rest (e, 5);
      break;
    default:  /* timed 30 s */
      limber_exercise_set_name (e, "Plank");
      limber_exercise_set_duration (e, 30);
      break;
    }

  return e;
}

/* A routine that lasts @seconds exactly (the last exercise fills up). */
static LimberRoutine *
make_routine (guint seconds)
{
  LimberRoutine *r = limber_routine_new ();
  GListStore *store;

  limber_routine_set_id (r, "bench");
  limber_routine_set_title (r, "Bench");
  limber_routine_set_prepare (r, 5);
  limber_routine_set_rest_between_exercises (r, 8);
  store = G_LIST_STORE (limber_routine_get_exercises (r));

  for (guint n = 0;; n++)
    {
      g_autoptr(LimberExercise) e = make_exercise (n);
      guint total;

      limber_routine_append_exercise (r, e);
      total = limber_routine_get_total_seconds (r);
      if (total == seconds)
        break;
      if (total > seconds)
        {
          g_autoptr(LimberExercise) fill = limber_exercise_new ();
          guint without;

          g_list_store_remove (store, g_list_model_get_n_items (G_LIST_MODEL (store)) - 1);
          without = limber_routine_get_total_seconds (r);
          limber_exercise_set_name (fill, "Fill");
          /* n == 0: no rest between exercises before it */
          limber_exercise_set_duration (fill, seconds - without - (n > 0 ? 8 : 0));
          limber_routine_append_exercise (r, fill);
          break;
        }
    }

  return r;
}

typedef struct
{
  LimberSession *session;
  LimberClock *clock;
  GMainLoop *loop;
  gint64 start;          /* the session's start on the clock */
  GArray *errors;        /* gint64 µs, actual - planned */
  guint plan_mismatches; /* start cues whose time is not the plan's offset */
  gboolean print;
} Bench;

static void
on_cue (LimberSession *session,
        guint          kind,
        gint64         planned,
        Bench         *b)
{
  gint64 actual = limber_clock_get_time (b->clock);
  gint64 error = actual - planned;
  const LimberStep *step = limber_session_get_step (session);

  /* A step's start cue must sit at the plan's offset (no pause, no skip). */
  if (kind != LIMBER_CUE_COUNTDOWN && kind != LIMBER_CUE_HALFWAY &&
      kind != LIMBER_CUE_REP && kind != LIMBER_CUE_EXERCISE_DONE &&
      planned - b->start != (gint64) step->offset * G_USEC_PER_SEC)
    b->plan_mismatches++;

  g_array_append_val (b->errors, error);
  if (b->print)
    g_print ("%4u  %-16s planned %+9.3f s  error %+8.3f ms\n",
             b->errors->len, limber_enum_to_nick (LIMBER_TYPE_CUE_KIND, kind),
             (planned - b->start) / 1e6, error / 1e3);
}

static void
on_state (LimberSession *session,
          GParamSpec    *pspec,
          Bench         *b)
{
  LimberSessionState state = limber_session_get_state (session);

  if (state == LIMBER_SESSION_FINISHED || state == LIMBER_SESSION_STOPPED)
    if (b->loop != NULL)
      g_main_loop_quit (b->loop);
}

int
main (int   argc,
      char *argv[])
{
  int minutes = 10;
  gboolean virtual = FALSE;
  GOptionEntry entries[] = {
    { "minutes", 'm', 0, G_OPTION_ARG_INT, &minutes, "Length of the routine (default 10)", "N" },
    { "virtual", 0, 0, G_OPTION_ARG_NONE, &virtual, "Run in virtual time", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("- timer engine benchmark");
  g_autoptr(GError) error = NULL;
  g_autoptr(LimberRoutine) routine = NULL;
  g_autoptr(LimberPlan) plan = NULL;
  g_autoptr(GArray) sorted = NULL;
  Bench b = { 0 };
  gint64 wall_begin, wall_end;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }
  if (minutes < 1 || minutes > 24 * 60)
    {
      g_printerr ("--minutes must be between 1 and 1440, found %d\n", minutes);
      return EXIT_FAILURE;
    }

  routine = make_routine ((guint) minutes * 60);
  plan = limber_plan_new (routine);
  g_print ("Routine: %u exercises, %u steps, %u s planned, %s clock\n",
           limber_routine_get_n_exercises (routine), limber_plan_get_n_steps (plan),
           limber_plan_get_total_seconds (plan), virtual ? "virtual" : "real");

  if (virtual)
    {
      b.clock = limber_virtual_clock_new (0);
    }
  else
    {
      BenchClock *bc = g_object_new (BENCH_TYPE_CLOCK, NULL);

      bc->inner = limber_real_clock_new ();
      b.clock = LIMBER_CLOCK (bc);
      b.loop = g_main_loop_new (NULL, FALSE);
      b.print = TRUE;
    }

  b.errors = g_array_new (FALSE, FALSE, sizeof (gint64));
  b.session = limber_session_new (plan, b.clock);
  g_signal_connect (b.session, "cue", G_CALLBACK (on_cue), &b);
  g_signal_connect (b.session, "notify::state", G_CALLBACK (on_state), &b);

  wall_begin = g_get_monotonic_time ();
  b.start = limber_clock_get_time (b.clock);
  limber_session_start (b.session);

  if (virtual)
    limber_virtual_clock_run_until_idle (LIMBER_VIRTUAL_CLOCK (b.clock), G_MAXINT64);
  else
    g_main_loop_run (b.loop);
  wall_end = g_get_monotonic_time ();

  if (limber_session_get_state (b.session) != LIMBER_SESSION_FINISHED)
    {
      g_printerr ("The session did not finish\n");
      return EXIT_FAILURE;
    }

  if (virtual)
    {
      g_print ("Virtual: %u cues, virtual end %+.3f s (planned %u s), wall time %.3f ms\n",
               b.errors->len, (limber_clock_get_time (b.clock) - b.start) / 1e6,
               limber_plan_get_total_seconds (plan), (wall_end - wall_begin) / 1e3);
    }
  else
    {
      gint64 duration = limber_clock_get_time (b.clock) - b.start;
      guint wakeups = BENCH_CLOCK (b.clock)->wakeups;
      gint64 median, max, drift;
      guint n = b.errors->len;

      sorted = g_array_copy (b.errors);
      g_array_sort (sorted, limber_bench_compare_gint64);
      median = g_array_index (sorted, gint64, n / 2);
      max = g_array_index (sorted, gint64, n - 1);
      drift = g_array_index (b.errors, gint64, n - 1) - g_array_index (b.errors, gint64, 0);

      g_print ("\nCues: %u in %.3f s (planned %u s); start cues off the plan: %u\n",
               n, duration / 1e6, limber_plan_get_total_seconds (plan), b.plan_mismatches);
      g_print ("Error: median %.3f ms, max %.3f ms, min %.3f ms\n",
               median / 1e3, max / 1e3, g_array_index (sorted, gint64, 0) / 1e3);
      g_print ("Drift (last - first): %+.3f ms\n", drift / 1e3);
      g_print ("Wakeups: %u, %.3f /s (cues %.3f /s)\n",
               wakeups, wakeups / (duration / 1e6), n / (duration / 1e6));
      g_print ("Targets: median <= 20 ms %s, max <= 50 ms %s\n",
               median <= 20000 ? "met" : "MISSED", max <= 50000 ? "met" : "MISSED");
    }

  g_clear_object (&b.session);
  g_clear_object (&b.clock);
  g_clear_pointer (&b.loop, g_main_loop_unref);
  g_array_unref (b.errors);

  return EXIT_SUCCESS;
}
