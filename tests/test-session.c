/* test-session.c: the timer engine against a virtual clock
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "limber-session.h"
#include "limber-session-private.h"
#include "limber-sleep-monitor.h"
#include "limber-sleep-monitor-private.h"
#include "limber-virtual-clock.h"

#define SEC ((gint64) G_USEC_PER_SEC)
#define T0 ((gint64) 1000 * SEC)   /* the virtual clock starts here */

static LimberExercise *
timed (const char *name,
       guint       duration,
       guint       sets,
       guint       rest,
       LimberSides sides,
       guint       switch_time)
{
  LimberExercise *e = limber_exercise_new ();

  limber_exercise_set_name (e, name);
  limber_exercise_set_duration (e, duration);
  limber_exercise_set_sets (e, sets);
  limber_exercise_set_rest (e, rest);
  limber_exercise_set_sides (e, sides);
  limber_exercise_set_switch_time (e, switch_time);
  return e;
}

static LimberExercise *
counted (const char *name,
         guint       reps,
         guint       rep_duration,
         guint       sets,
         guint       rest)
{
  LimberExercise *e = limber_exercise_new ();

  limber_exercise_set_name (e, name);
  limber_exercise_set_reps (e, reps);
  limber_exercise_set_rep_duration (e, rep_duration);
  limber_exercise_set_sets (e, sets);
  limber_exercise_set_rest (e, rest);
  return e;
}

/* Two rounds of: A timed 20 s both sides (switch 4 s), B paced reps 3 × 2 s
 * in 2 sets (rest 5 s), C manual reps in 2 sets with rest 0 (a zero-length
 * step, left out). Prepare 5 s, 10 s between exercises. */
static LimberPlan *
mixed_plan (void)
{
  g_autoptr(LimberRoutine) r = limber_routine_new ();
  g_autoptr(LimberExercise) a = timed ("A", 20, 1, 0, LIMBER_SIDES_BOTH, 4);
  g_autoptr(LimberExercise) b = counted ("B", 3, 2, 2, 5);
  g_autoptr(LimberExercise) c = counted ("C", 5, 0, 2, 0);

  limber_routine_set_id (r, "mixed");
  limber_routine_set_title (r, "Mixed");
  limber_routine_set_prepare (r, 5);
  limber_routine_set_rest_between_exercises (r, 10);
  limber_routine_set_rounds (r, 2);
  limber_routine_append_exercise (r, a);
  limber_routine_append_exercise (r, b);
  limber_routine_append_exercise (r, c);
  return limber_plan_new (r);
}

typedef struct
{
  LimberClock *clock;
  LimberSession *session;
  GString *log;
  GArray *cue_times;     /* gint64 planned times */
  guint n_cues;
  guint n_step_changes;
  guint n_state_notifies;
} Run;

static const char *
step_token (const LimberStep *step)
{
  switch (step->kind)
    {
    case LIMBER_STEP_PREPARE:
      return "P";
    case LIMBER_STEP_WORK:
      return step->side == LIMBER_SIDE_LEFT ? "WL" : step->side == LIMBER_SIDE_RIGHT ? "WR" : "W";
    case LIMBER_STEP_SWITCH:
      return "S";
    case LIMBER_STEP_REST:
      return "R";
    case LIMBER_STEP_REST_EXERCISE:
      return "RE";
    case LIMBER_STEP_FINISHED:
      return "F";
    default:
      return "?";
    }
}

static void
log_at (Run        *run,
        gint64      t,
        const char *what)
{
  gint64 rel = t - T0;

  g_string_append_printf (run->log, "%" G_GINT64_FORMAT ".%03d %s\n",
                          rel / SEC, (int) ((rel % SEC) / 1000), what);
}

static void
on_cue (LimberSession *session,
        guint          kind,
        gint64         planned,
        Run           *run)
{
  g_autofree char *what = g_strdup_printf ("cue %s", limber_enum_to_nick (LIMBER_TYPE_CUE_KIND, kind));

  /* The virtual clock fires exactly at the deadline. */
  g_assert_cmpint (planned, ==, limber_clock_get_time (run->clock));
  /* Only a running session plays cues (and one that reaches the end). */
  g_assert_true (limber_session_get_state (session) == LIMBER_SESSION_RUNNING ||
                 limber_session_get_step (session)->kind == LIMBER_STEP_FINISHED);

  run->n_cues++;
  g_array_append_val (run->cue_times, planned);
  log_at (run, planned, what);
}

static void
on_step_changed (LimberSession *session,
                 guint          index,
                 Run           *run)
{
  g_autofree char *what = g_strdup_printf ("step %u %s", index,
                                           step_token (limber_session_get_step (session)));

  g_assert_cmpuint (index, ==, limber_session_get_step_index (session));
  run->n_step_changes++;
  log_at (run, limber_clock_get_time (run->clock), what);
}

static void
on_notify_state (LimberSession *session,
                 GParamSpec    *pspec,
                 Run           *run)
{
  run->n_state_notifies++;
}

static Run *
run_new (LimberPlan *plan)
{
  Run *run = g_new0 (Run, 1);

  run->clock = limber_virtual_clock_new (T0);
  run->session = limber_session_new (plan, run->clock);
  run->log = g_string_new (NULL);
  run->cue_times = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_signal_connect (run->session, "cue", G_CALLBACK (on_cue), run);
  g_signal_connect (run->session, "step-changed", G_CALLBACK (on_step_changed), run);
  g_signal_connect (run->session, "notify::state", G_CALLBACK (on_notify_state), run);
  return run;
}

static void
run_free (Run *run)
{
  g_assert_finalize_object (run->session);
  g_assert_finalize_object (run->clock);
  g_string_free (run->log, TRUE);
  g_array_unref (run->cue_times);
  g_free (run);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Run, run_free)

static LimberVirtualClock *
vclock (Run *run)
{
  return LIMBER_VIRTUAL_CLOCK (run->clock);
}

static gint64
rel_now (Run *run)
{
  return limber_clock_get_time (run->clock) - T0;
}

/* Runs until the end, pressing Done @manual_wait after each manual step
 * starts. */
static void
run_to_end (Run   *run,
            gint64 manual_wait)
{
  for (guint guard = 0; guard < 100000; guard++)
    {
      LimberSessionState state = limber_session_get_state (run->session);
      const LimberStep *step = limber_session_get_step (run->session);

      if (state == LIMBER_SESSION_FINISHED || state == LIMBER_SESSION_STOPPED)
        return;

      g_assert_cmpint (state, ==, LIMBER_SESSION_RUNNING);

      if (step->kind == LIMBER_STEP_WORK && step->reps > 0 && step->rep_duration == 0)
        {
          /* A manual step waits without a deadline. */
          g_assert_cmpuint (limber_virtual_clock_get_n_pending (vclock (run)), ==, 0);
          limber_virtual_clock_advance (vclock (run), manual_wait);
          limber_session_done (run->session);
        }
      else
        {
          gint64 next = limber_virtual_clock_get_next_deadline (vclock (run));

          /* Exactly one deadline at a time. */
          g_assert_cmpuint (limber_virtual_clock_get_n_pending (vclock (run)), ==, 1);
          limber_virtual_clock_advance_to (vclock (run), next);
        }
    }

  g_assert_not_reached ();
}

/* Worked out by hand from the rules of limber-session.h. */
static const char expected_timeline[] =
  "0.000 step 0 P\n"
  "0.000 cue get-ready\n"
  "2.000 cue countdown\n"
  "3.000 cue countdown\n"
  "4.000 cue countdown\n"
  "5.000 step 1 WL\n"
  "5.000 cue go\n"
  "15.000 cue halfway\n"
  "22.000 cue countdown\n"
  "23.000 cue countdown\n"
  "24.000 cue countdown\n"
  "25.000 step 2 S\n"
  "25.000 cue switch-sides\n"
  "29.000 step 3 WR\n"
  "29.000 cue go\n"
  "39.000 cue halfway\n"
  "46.000 cue countdown\n"
  "47.000 cue countdown\n"
  "48.000 cue countdown\n"
  "49.000 cue exercise-done\n"
  "49.000 step 4 RE\n"
  "49.000 cue rest\n"
  "56.000 cue countdown\n"
  "57.000 cue countdown\n"
  "58.000 cue countdown\n"
  "59.000 step 5 W\n"
  "59.000 cue go\n"
  "61.000 cue rep\n"
  "63.000 cue rep\n"
  "65.000 step 6 R\n"
  "65.000 cue rest\n"
  "67.000 cue countdown\n"
  "68.000 cue countdown\n"
  "69.000 cue countdown\n"
  "70.000 step 7 W\n"
  "70.000 cue go\n"
  "72.000 cue rep\n"
  "74.000 cue rep\n"
  "76.000 cue exercise-done\n"
  "76.000 step 8 RE\n"
  "76.000 cue rest\n"
  "83.000 cue countdown\n"
  "84.000 cue countdown\n"
  "85.000 cue countdown\n"
  "86.000 step 9 W\n"
  "86.000 cue go\n"
  "93.000 step 10 W\n"
  "93.000 cue go\n"
  "100.000 cue exercise-done\n"
  "100.000 step 11 RE\n"
  "100.000 cue rest\n"
  "107.000 cue countdown\n"
  "108.000 cue countdown\n"
  "109.000 cue countdown\n"
  "110.000 step 12 WL\n"
  "110.000 cue go\n"
  "120.000 cue halfway\n"
  "127.000 cue countdown\n"
  "128.000 cue countdown\n"
  "129.000 cue countdown\n"
  "130.000 step 13 S\n"
  "130.000 cue switch-sides\n"
  "134.000 step 14 WR\n"
  "134.000 cue go\n"
  "144.000 cue halfway\n"
  "151.000 cue countdown\n"
  "152.000 cue countdown\n"
  "153.000 cue countdown\n"
  "154.000 cue exercise-done\n"
  "154.000 step 15 RE\n"
  "154.000 cue rest\n"
  "161.000 cue countdown\n"
  "162.000 cue countdown\n"
  "163.000 cue countdown\n"
  "164.000 step 16 W\n"
  "164.000 cue go\n"
  "166.000 cue rep\n"
  "168.000 cue rep\n"
  "170.000 step 17 R\n"
  "170.000 cue rest\n"
  "172.000 cue countdown\n"
  "173.000 cue countdown\n"
  "174.000 cue countdown\n"
  "175.000 step 18 W\n"
  "175.000 cue go\n"
  "177.000 cue rep\n"
  "179.000 cue rep\n"
  "181.000 cue exercise-done\n"
  "181.000 step 19 RE\n"
  "181.000 cue rest\n"
  "188.000 cue countdown\n"
  "189.000 cue countdown\n"
  "190.000 cue countdown\n"
  "191.000 step 20 W\n"
  "191.000 cue go\n"
  "198.000 step 21 W\n"
  "198.000 cue go\n"
  "205.000 cue exercise-done\n"
  "205.000 step 22 F\n"
  "205.000 cue session-finished\n";

static void
test_full_timeline (void)
{
  g_autoptr(LimberPlan) plan = mixed_plan ();
  g_autoptr(Run) run = run_new (plan);

  g_assert_cmpuint (limber_plan_get_n_steps (plan), ==, 23);
  g_assert_cmpint (limber_session_get_total_remaining_ms (run->session), ==,
                   (gint64) limber_plan_get_total_seconds (plan) * 1000);

  limber_session_start (run->session);
  run_to_end (run, 7 * SEC);

  g_assert_cmpstr (run->log->str, ==, expected_timeline);
  g_assert_cmpint (limber_session_get_state (run->session), ==, LIMBER_SESSION_FINISHED);
  g_assert_cmpint (rel_now (run), ==, 205 * SEC);
  g_assert_cmpint (limber_session_get_active_ms (run->session), ==, 205000);
  g_assert_cmpint (limber_session_get_total_remaining_ms (run->session), ==, 0);
  g_assert_cmpuint (limber_virtual_clock_get_n_pending (vclock (run)), ==, 0);
  /* ready → running → finished */
  g_assert_cmpuint (run->n_state_notifies, ==, 2);

  for (guint e = 0; e < 3; e++)
    {
      g_assert_cmpuint (limber_session_get_completed_sets (run->session, e), ==,
                        e == 0 ? 2 : 4);
      g_assert_cmpuint (limber_session_get_skipped_sets (run->session, e), ==, 0);
    }
  g_assert_true (limber_session_get_did_work (run->session));
}

/* Pausing 7.3 s shifts every later time by exactly 7.3 s. */
static void
test_pause_zero_drift (void)
{
  g_autoptr(LimberPlan) plan = mixed_plan ();
  g_autoptr(Run) base = run_new (plan);
  g_autoptr(Run) run = run_new (plan);
  const gint64 pause_at = 37 * SEC + 250000;
  const gint64 span = 7 * SEC + 300000;
  guint n_before = 0;
  gint64 remaining, elapsed, total;

  limber_session_start (base->session);
  run_to_end (base, 7 * SEC);

  limber_session_start (run->session);
  limber_virtual_clock_advance_to (vclock (run), T0 + pause_at);
  limber_session_pause (run->session);
  g_assert_cmpint (limber_session_get_state (run->session), ==, LIMBER_SESSION_PAUSED);
  g_assert_cmpuint (limber_virtual_clock_get_n_pending (vclock (run)), ==, 0);
  n_before = run->n_cues;
  remaining = limber_session_get_step_remaining_ms (run->session);
  elapsed = limber_session_get_step_elapsed_ms (run->session);
  total = limber_session_get_total_remaining_ms (run->session);
  g_assert_cmpint (remaining, ==, 49000 - 37250);
  g_assert_cmpint (elapsed, ==, 37250 - 29000);

  limber_virtual_clock_advance (vclock (run), span);
  /* Frozen while paused, and silent. */
  g_assert_cmpuint (run->n_cues, ==, n_before);
  g_assert_cmpint (limber_session_get_step_remaining_ms (run->session), ==, remaining);
  g_assert_cmpint (limber_session_get_step_elapsed_ms (run->session), ==, elapsed);
  g_assert_cmpint (limber_session_get_total_remaining_ms (run->session), ==, total);
  g_assert_cmpint (limber_session_get_active_ms (run->session), ==, 37250);

  limber_session_resume (run->session);
  g_assert_cmpint (limber_session_get_step_remaining_ms (run->session), ==, remaining);
  run_to_end (run, 7 * SEC);

  g_assert_cmpuint (run->cue_times->len, ==, base->cue_times->len);
  for (guint i = 0; i < run->cue_times->len; i++)
    {
      gint64 t = g_array_index (run->cue_times, gint64, i);
      gint64 b = g_array_index (base->cue_times, gint64, i);

      if (i < n_before)
        g_assert_cmpint (t, ==, b);
      else
        g_assert_cmpint (t, ==, b + span);
    }
  g_assert_cmpint (rel_now (run), ==, 205 * SEC + span);
  g_assert_cmpint (limber_session_get_active_ms (run->session), ==, 205000);
}

static void
assert_no_change (Run                *run,
                  LimberSessionState  state,
                  guint               index)
{
  g_assert_cmpint (limber_session_get_state (run->session), ==, state);
  g_assert_cmpuint (limber_session_get_step_index (run->session), ==, index);
}

/* Every control in READY, FINISHED and STOPPED, and in RUNNING and PAUSED. */
static void
test_controls_in_every_state (void)
{
  g_autoptr(LimberPlan) plan = mixed_plan ();

  /* READY: everything but start, toggle and stop is a no-op. */
  {
    g_autoptr(Run) run = run_new (plan);

    limber_session_pause (run->session);
    limber_session_resume (run->session);
    limber_session_next (run->session);
    limber_session_previous (run->session);
    limber_session_restart_step (run->session);
    limber_session_add_time (run->session, 30);
    limber_session_add_time (run->session, -30);
    limber_session_done (run->session);
    limber_virtual_clock_advance (vclock (run), 60 * SEC);
    assert_no_change (run, LIMBER_SESSION_READY, 0);
    g_assert_cmpuint (run->n_cues + run->n_step_changes + run->n_state_notifies, ==, 0);
    g_assert_cmpuint (limber_virtual_clock_get_n_pending (vclock (run)), ==, 0);
    g_assert_cmpint (limber_session_get_step_remaining_ms (run->session), ==, 5000);
    g_assert_cmpint (limber_session_get_active_ms (run->session), ==, 0);
    g_assert_false (limber_session_get_did_work (run->session));

    /* toggle starts */
    limber_session_toggle_pause (run->session);
    assert_no_change (run, LIMBER_SESSION_RUNNING, 0);
    g_assert_cmpuint (run->n_cues, ==, 1);
    limber_session_start (run->session);   /* no second start */
    g_assert_cmpuint (run->n_cues, ==, 1);
    g_assert_cmpuint (run->n_step_changes, ==, 1);
  }

  /* READY → stop: final, every set skipped. */
  {
    g_autoptr(Run) run = run_new (plan);

    limber_session_stop (run->session);
    assert_no_change (run, LIMBER_SESSION_STOPPED, 0);
    g_assert_cmpuint (limber_session_get_skipped_sets (run->session, 0), ==, 2);
    g_assert_cmpuint (limber_session_get_skipped_sets (run->session, 1), ==, 4);
    g_assert_cmpuint (limber_session_get_completed_sets (run->session, 1), ==, 0);
  }

  /* RUNNING and PAUSED toggles, then STOPPED and FINISHED are final. */
  for (guint final = 0; final < 2; final++)
    {
      g_autoptr(Run) run = run_new (plan);
      LimberSessionState want = final == 0 ? LIMBER_SESSION_STOPPED : LIMBER_SESSION_FINISHED;
      guint index;
      guint cues, changes, notifies;
      gint64 active, now;

      limber_session_start (run->session);
      limber_virtual_clock_advance (vclock (run), 6 * SEC);
      assert_no_change (run, LIMBER_SESSION_RUNNING, 1);

      limber_session_toggle_pause (run->session);
      assert_no_change (run, LIMBER_SESSION_PAUSED, 1);
      limber_session_pause (run->session);     /* twice is fine */
      assert_no_change (run, LIMBER_SESSION_PAUSED, 1);
      limber_session_start (run->session);     /* start does not resume */
      assert_no_change (run, LIMBER_SESSION_PAUSED, 1);
      limber_session_toggle_pause (run->session);
      assert_no_change (run, LIMBER_SESSION_RUNNING, 1);
      limber_session_resume (run->session);    /* twice is fine */
      assert_no_change (run, LIMBER_SESSION_RUNNING, 1);

      if (final == 0)
        {
          limber_session_pause (run->session);
          limber_session_stop (run->session);
        }
      else
        {
          run_to_end (run, SEC);
        }

      index = limber_session_get_step_index (run->session);
      cues = run->n_cues;
      changes = run->n_step_changes;
      notifies = run->n_state_notifies;
      active = limber_session_get_active_ms (run->session);
      now = limber_clock_get_time (run->clock);
      assert_no_change (run, want, index);

      limber_session_start (run->session);
      limber_session_pause (run->session);
      limber_session_resume (run->session);
      limber_session_toggle_pause (run->session);
      limber_session_next (run->session);
      limber_session_previous (run->session);
      limber_session_restart_step (run->session);
      limber_session_add_time (run->session, 10);
      limber_session_add_time (run->session, -10);
      limber_session_done (run->session);
      limber_session_stop (run->session);
      limber_virtual_clock_advance (vclock (run), 600 * SEC);

      assert_no_change (run, want, index);
      g_assert_cmpuint (run->n_cues, ==, cues);
      g_assert_cmpuint (run->n_step_changes, ==, changes);
      g_assert_cmpuint (run->n_state_notifies, ==, notifies);
      g_assert_cmpuint (limber_virtual_clock_get_n_pending (vclock (run)), ==, 0);
      /* Times are frozen at the end. */
      g_assert_cmpint (limber_session_get_active_ms (run->session), ==, active);
      g_assert_cmpint (limber_clock_get_time (run->clock), ==, now + 600 * SEC);
      if (final == 0)
        g_assert_cmpint (limber_session_get_step_elapsed_ms (run->session), ==, 1000);
    }
}

static void
test_previous_next (void)
{
  g_autoptr(LimberPlan) plan = mixed_plan ();
  g_autoptr(Run) run = run_new (plan);

  limber_session_start (run->session);
  limber_virtual_clock_advance (vclock (run), 1 * SEC);

  /* At step 0, previous restarts it: full time and its start cue again. */
  limber_session_previous (run->session);
  assert_no_change (run, LIMBER_SESSION_RUNNING, 0);
  g_assert_cmpint (limber_session_get_step_remaining_ms (run->session), ==, 5000);
  g_assert_cmpint (limber_session_get_step_elapsed_ms (run->session), ==, 0);
  g_assert_cmpuint (run->n_cues, ==, 2);

  /* next starts the next step now, with its start cue */
  limber_session_next (run->session);
  assert_no_change (run, LIMBER_SESSION_RUNNING, 1);
  g_assert_cmpint (limber_session_get_step_remaining_ms (run->session), ==, 20000);
  g_assert_true (g_str_has_suffix (run->log->str, "1.000 step 1 WL\n1.000 cue go\n"));

  /* exactly 3 s in: not "more than 3 s", so back one step */
  limber_virtual_clock_advance (vclock (run), 3 * SEC);
  limber_session_previous (run->session);
  assert_no_change (run, LIMBER_SESSION_RUNNING, 0);
  g_assert_cmpint (limber_session_get_step_remaining_ms (run->session), ==, 5000);
  g_assert_true (g_str_has_suffix (run->log->str, "4.000 step 0 P\n4.000 cue get-ready\n"));

  /* more than 3 s in: restart the step */
  limber_session_next (run->session);
  limber_virtual_clock_advance (vclock (run), 3 * SEC + 1000);
  limber_session_previous (run->session);
  assert_no_change (run, LIMBER_SESSION_RUNNING, 1);
  g_assert_cmpint (limber_session_get_step_remaining_ms (run->session), ==, 20000);
  /* and the restarted step ends 20 s later */
  limber_virtual_clock_advance (vclock (run), 20 * SEC - 1);
  assert_no_change (run, LIMBER_SESSION_RUNNING, 1);
  limber_virtual_clock_advance (vclock (run), 1);
  assert_no_change (run, LIMBER_SESSION_RUNNING, 2);

  /* While paused, next and previous stay paused, silent, with full time. */
  limber_virtual_clock_advance (vclock (run), 1 * SEC);
  limber_session_pause (run->session);
  {
    guint cues = run->n_cues;
    gint64 paused_rel = rel_now (run);

    limber_session_next (run->session);
    assert_no_change (run, LIMBER_SESSION_PAUSED, 3);
    g_assert_cmpint (limber_session_get_step_remaining_ms (run->session), ==, 20000);
    g_assert_cmpuint (run->n_cues, ==, cues);
    limber_virtual_clock_advance (vclock (run), 10 * SEC);
    limber_session_previous (run->session);
    assert_no_change (run, LIMBER_SESSION_PAUSED, 2);
    g_assert_cmpint (limber_session_get_step_remaining_ms (run->session), ==, 4000);
    g_assert_cmpuint (run->n_cues, ==, cues);
    g_assert_cmpuint (limber_virtual_clock_get_n_pending (vclock (run)), ==, 0);

    /* The start cue plays on resume; the step runs from there. */
    limber_virtual_clock_advance (vclock (run), 2 * SEC);
    limber_session_resume (run->session);
    g_assert_cmpuint (run->n_cues, ==, cues + 1);
    g_assert_true (g_str_has_suffix (run->log->str, "cue switch-sides\n"));
    g_assert_cmpint (rel_now (run), ==, paused_rel + 12 * SEC);
    limber_virtual_clock_advance (vclock (run), 4 * SEC);
    assert_no_change (run, LIMBER_SESSION_RUNNING, 3);
  }

  /* next on a WORK step that is not done counts it as skipped; next to
   * the end finishes, paused or not. */
  limber_session_pause (run->session);
  for (guint i = 0; i < 30 && limber_session_get_state (run->session) == LIMBER_SESSION_PAUSED; i++)
    limber_session_next (run->session);
  g_assert_cmpint (limber_session_get_state (run->session), ==, LIMBER_SESSION_FINISHED);
  /* reaching the end says so, even from a pause */
  g_assert_nonnull (strstr (run->log->str, "step 22 F\n"));
  g_assert_true (g_str_has_suffix (run->log->str, "cue session-finished\n"));
  g_assert_cmpuint (limber_session_get_skipped_sets (run->session, 0), ==, 2);
  g_assert_cmpuint (limber_session_get_skipped_sets (run->session, 1), ==, 4);
  g_assert_cmpuint (limber_session_get_skipped_sets (run->session, 2), ==, 4);
}

static void
test_add_time (void)
{
  g_autoptr(LimberPlan) plan = mixed_plan ();
  g_autoptr(Run) run = run_new (plan);
  gsize mark;

  limber_session_start (run->session);
  limber_virtual_clock_advance_to (vclock (run), T0 + 10 * SEC);   /* 5 s into WL (20 s) */
  assert_no_change (run, LIMBER_SESSION_RUNNING, 1);

  mark = run->log->len;
  limber_session_add_time (run->session, 10);   /* 30 s: halfway at 15, countdown 27..29 */
  g_assert_cmpint (limber_session_get_step_duration_ms (run->session), ==, 30000);
  g_assert_cmpint (limber_session_get_step_remaining_ms (run->session), ==, 25000);
  limber_virtual_clock_advance_to (vclock (run), T0 + 31 * SEC);
  g_assert_cmpstr (run->log->str + mark, ==, "20.000 cue halfway\n");

  /* halfway is not played twice; countdown follows the new end */
  mark = run->log->len;
  limber_session_add_time (run->session, 10);   /* 40 s, ends at 45 */
  limber_virtual_clock_advance_to (vclock (run), T0 + 45 * SEC);
  g_assert_cmpstr (run->log->str + mark, ==,
                   "42.000 cue countdown\n"
                   "43.000 cue countdown\n"
                   "44.000 cue countdown\n"
                   "45.000 step 2 S\n"
                   "45.000 cue switch-sides\n");

  /* not on SWITCH's countdown (it has none), but its end moves */
  limber_session_add_time (run->session, 3);
  g_assert_cmpint (limber_session_get_step_remaining_ms (run->session), ==, 7000);
  limber_session_add_time (run->session, -5);
  g_assert_cmpint (limber_session_get_step_remaining_ms (run->session), ==, 2000);

  /* Removing never leaves less than 1 s. */
  limber_session_add_time (run->session, -100);
  g_assert_cmpint (limber_session_get_step_remaining_ms (run->session), ==, 1000);
  limber_virtual_clock_advance (vclock (run), 500000);
  limber_session_add_time (run->session, -1);   /* 0.5 s left: not lengthened */
  g_assert_cmpint (limber_session_get_step_remaining_ms (run->session), ==, 500);

  mark = run->log->len;
  limber_virtual_clock_advance (vclock (run), 500000);
  g_assert_cmpstr (run->log->str + mark, ==, "46.000 step 3 WR\n46.000 cue go\n");

  /* Countdown seconds already past are dropped; one due now plays now. */
  limber_virtual_clock_advance_to (vclock (run), T0 + 62 * SEC);   /* 16 s into WR */
  mark = run->log->len;
  limber_session_add_time (run->session, -3);   /* 17 s: countdown 14, 15, 16 */
  g_assert_cmpstr (run->log->str + mark, ==, "62.000 cue countdown\n");
  mark = run->log->len;
  limber_virtual_clock_advance_to (vclock (run), T0 + 63 * SEC);
  g_assert_cmpstr (run->log->str + mark, ==,
                   "63.000 cue exercise-done\n63.000 step 4 RE\n63.000 cue rest\n");

  /* While paused it applies and the times follow on resume. */
  limber_session_pause (run->session);
  limber_session_add_time (run->session, 5);
  g_assert_cmpint (limber_session_get_step_remaining_ms (run->session), ==, 15000);
  limber_virtual_clock_advance (vclock (run), 100 * SEC);
  limber_session_resume (run->session);
  mark = run->log->len;
  limber_virtual_clock_advance (vclock (run), 15 * SEC);
  g_assert_cmpstr (run->log->str + mark, ==,
                   "175.000 cue countdown\n"
                   "176.000 cue countdown\n"
                   "177.000 cue countdown\n"
                   "178.000 step 5 W\n"
                   "178.000 cue go\n");
}

static void
test_manual_reps (void)
{
  g_autoptr(LimberPlan) plan = mixed_plan ();
  g_autoptr(Run) run = run_new (plan);
  gsize mark;

  limber_session_start (run->session);
  limber_virtual_clock_advance_to (vclock (run), T0 + 86 * SEC);
  assert_no_change (run, LIMBER_SESSION_RUNNING, 9);
  g_assert_cmpuint (limber_virtual_clock_get_n_pending (vclock (run)), ==, 0);

  /* It waits forever, counting up. */
  limber_virtual_clock_advance (vclock (run), 3600 * SEC + 12500);
  assert_no_change (run, LIMBER_SESSION_RUNNING, 9);
  g_assert_cmpint (limber_session_get_step_remaining_ms (run->session), ==, 0);
  g_assert_cmpint (limber_session_get_step_elapsed_ms (run->session), ==, 3600012);
  g_assert_cmpint (limber_session_get_step_duration_ms (run->session), ==, 0);

  /* add_time does not apply */
  limber_session_add_time (run->session, 30);
  g_assert_cmpint (limber_session_get_step_remaining_ms (run->session), ==, 0);
  g_assert_cmpuint (limber_virtual_clock_get_n_pending (vclock (run)), ==, 0);

  /* paused: elapsed stops */
  limber_session_pause (run->session);
  limber_virtual_clock_advance (vclock (run), 10 * SEC);
  g_assert_cmpint (limber_session_get_step_elapsed_ms (run->session), ==, 3600012);
  limber_session_resume (run->session);
  limber_virtual_clock_advance (vclock (run), 1 * SEC);
  g_assert_cmpint (limber_session_get_step_elapsed_ms (run->session), ==, 3601012);

  mark = run->log->len;
  limber_session_done (run->session);
  assert_no_change (run, LIMBER_SESSION_RUNNING, 10);
  g_assert_cmpstr (run->log->str + mark, ==, "3697.012 step 10 W\n3697.012 cue go\n");
  g_assert_cmpuint (limber_session_get_completed_sets (run->session, 2), ==, 1);

  /* Done on the last set: exercise-done, then the rest */
  mark = run->log->len;
  limber_virtual_clock_advance (vclock (run), 2 * SEC);
  limber_session_done (run->session);
  g_assert_cmpstr (run->log->str + mark, ==,
                   "3699.012 cue exercise-done\n3699.012 step 11 RE\n3699.012 cue rest\n");
  g_assert_cmpuint (limber_session_get_completed_sets (run->session, 2), ==, 2);

  /* Done on a timed step is a no-op */
  mark = run->log->len;
  limber_session_done (run->session);
  assert_no_change (run, LIMBER_SESSION_RUNNING, 11);
  g_assert_cmpuint (run->log->len, ==, mark);
  g_assert_cmpint (limber_session_get_step_remaining_ms (run->session), ==, 10000);
}

static void
test_set_counts (void)
{
  g_autoptr(LimberPlan) plan = mixed_plan ();
  g_autoptr(Run) run = run_new (plan);

  limber_session_start (run->session);
  limber_virtual_clock_advance_to (vclock (run), T0 + 6 * SEC);
  assert_no_change (run, LIMBER_SESSION_RUNNING, 1);
  g_assert_true (limber_session_get_did_work (run->session));

  /* Skip the left side: the right is done, but the set counts as skipped. */
  limber_session_next (run->session);
  limber_virtual_clock_advance_to (vclock (run), T0 + 6 * SEC + 4 * SEC + 20 * SEC);
  assert_no_change (run, LIMBER_SESSION_RUNNING, 4);
  g_assert_cmpuint (limber_session_get_completed_sets (run->session, 0), ==, 0);
  g_assert_cmpuint (limber_session_get_skipped_sets (run->session, 0), ==, 1);

  /* Skip B's first set, finish the second. */
  limber_session_next (run->session);
  assert_no_change (run, LIMBER_SESSION_RUNNING, 5);
  limber_session_next (run->session);
  assert_no_change (run, LIMBER_SESSION_RUNNING, 6);
  g_assert_cmpuint (limber_session_get_skipped_sets (run->session, 1), ==, 1);
  limber_session_next (run->session);   /* a rest: nothing skipped */
  g_assert_cmpuint (limber_session_get_skipped_sets (run->session, 1), ==, 1);
  limber_virtual_clock_advance (vclock (run), 6 * SEC);
  assert_no_change (run, LIMBER_SESSION_RUNNING, 8);
  g_assert_cmpuint (limber_session_get_completed_sets (run->session, 1), ==, 1);
  g_assert_cmpuint (limber_session_get_skipped_sets (run->session, 1), ==, 1);
  g_assert_cmpuint (limber_session_get_completed_sets (run->session, 2), ==, 0);
  g_assert_cmpuint (limber_session_get_skipped_sets (run->session, 2), ==, 0);

  /* Stop: what was not reached counts as skipped. */
  limber_session_stop (run->session);
  g_assert_cmpuint (limber_session_get_completed_sets (run->session, 0), ==, 0);
  g_assert_cmpuint (limber_session_get_skipped_sets (run->session, 0), ==, 2);
  g_assert_cmpuint (limber_session_get_completed_sets (run->session, 1), ==, 1);
  g_assert_cmpuint (limber_session_get_skipped_sets (run->session, 1), ==, 3);
  g_assert_cmpuint (limber_session_get_completed_sets (run->session, 2), ==, 0);
  g_assert_cmpuint (limber_session_get_skipped_sets (run->session, 2), ==, 4);
}

/* About an hour: 11 exercises of 3 sets × 45 s on both sides. */
static LimberPlan *
hour_plan (guint n_exercises)
{
  g_autoptr(LimberRoutine) r = limber_routine_new ();

  limber_routine_set_id (r, "hour");
  limber_routine_set_prepare (r, 10);
  limber_routine_set_rest_between_exercises (r, 15);
  for (guint i = 0; i < n_exercises; i++)
    {
      g_autoptr(LimberExercise) e = timed ("E", 45, 3, 15, LIMBER_SIDES_BOTH, 5);

      limber_routine_append_exercise (r, e);
    }
  return limber_plan_new (r);
}

static void
test_hour_in_virtual_time (void)
{
  const guint n = 11;
  g_autoptr(LimberPlan) plan = hour_plan (n);
  g_autoptr(Run) run = run_new (plan);
  /* prepare: 4 cues; a 45 s work: go, halfway, 3 countdown; switch: 1;
   * rest: 4; done: 1 per exercise; rest between exercises: 4; finished: 1 */
  const guint want_cues = 4 + n * (6 * 5 + 3 * 1 + 2 * 4 + 1) + (n - 1) * 4 + 1;
  const gint64 want_seconds = 10 + n * (6 * 45 + 3 * 5 + 2 * 15) + (n - 1) * 15;
  gint64 begin, took;

  g_assert_cmpint (limber_plan_get_total_seconds (plan), ==, want_seconds);
  g_assert_cmpint (want_seconds, >=, 3600);

  begin = g_get_monotonic_time ();
  limber_session_start (run->session);
  run_to_end (run, SEC);
  took = g_get_monotonic_time () - begin;

  g_assert_cmpint (limber_session_get_state (run->session), ==, LIMBER_SESSION_FINISHED);
  g_assert_cmpuint (run->n_cues, ==, want_cues);
  g_assert_cmpint (rel_now (run), ==, want_seconds * SEC);
  g_assert_cmpuint (limber_session_get_completed_sets (run->session, n - 1), ==, 3);
  g_test_message ("%" G_GINT64_FORMAT " s of routine, %u cues, in %" G_GINT64_FORMAT " us",
                  want_seconds, run->n_cues, took);
}

static void
on_sleeping (LimberSleepMonitor *monitor,
             guint              *count)
{
  (*count)++;
}

static void
test_sleep_monitor_jump (void)
{
  g_autoptr(LimberSleepMonitor) monitor = limber_sleep_monitor_new_without_logind ();
  gint64 mono = 5000 * SEC, real = 1700000000 * SEC;
  guint count = 0;

  g_signal_connect (monitor, "sleeping", G_CALLBACK (on_sleeping), &count);

  g_assert_false (limber_sleep_monitor_check (monitor, mono, real));  /* first: records */
  mono += SEC, real += SEC;
  g_assert_false (limber_sleep_monitor_check (monitor, mono, real));
  mono += SEC, real += 5 * SEC;   /* 4 s ahead */
  g_assert_false (limber_sleep_monitor_check (monitor, mono, real));
  mono += SEC, real += 6 * SEC;   /* exactly 5 s ahead: not more than 5 */
  g_assert_false (limber_sleep_monitor_check (monitor, mono, real));
  g_assert_cmpuint (count, ==, 0);
  mono += SEC, real += 6 * SEC + 1;   /* just over 5 s */
  g_assert_true (limber_sleep_monitor_check (monitor, mono, real));
  g_assert_cmpuint (count, ==, 1);
  mono += 30 * SEC, real += 30 * SEC;   /* a long wait while awake */
  g_assert_false (limber_sleep_monitor_check (monitor, mono, real));
  mono += SEC, real -= 3600 * SEC;   /* wall clock set back */
  g_assert_false (limber_sleep_monitor_check (monitor, mono, real));
  mono += SEC, real += 3600 * SEC;   /* a sleep of an hour */
  g_assert_true (limber_sleep_monitor_check (monitor, mono, real));
  g_assert_cmpuint (count, ==, 2);
  limber_sleep_monitor_reset (monitor);
  mono += SEC, real += 3600 * SEC;   /* after a reset only records */
  g_assert_false (limber_sleep_monitor_check (monitor, mono, real));
  g_assert_cmpuint (count, ==, 2);
}

/* "sleeping" pauses the session, where it was. */
static void
test_sleep_pauses_session (void)
{
  g_autoptr(LimberPlan) plan = mixed_plan ();
  g_autoptr(Run) run = run_new (plan);
  g_autoptr(LimberSleepMonitor) monitor = limber_sleep_monitor_new_without_logind ();
  gint64 remaining;

  limber_session_set_sleep_monitor (run->session, monitor);
  limber_session_start (run->session);
  limber_virtual_clock_advance_to (vclock (run), T0 + 8 * SEC);
  remaining = limber_session_get_step_remaining_ms (run->session);

  limber_sleep_monitor_reset (monitor);
  limber_sleep_monitor_check (monitor, 0, 0);
  g_assert_true (limber_sleep_monitor_check (monitor, SEC, 3600 * SEC));
  assert_no_change (run, LIMBER_SESSION_PAUSED, 1);
  limber_virtual_clock_advance (vclock (run), 60 * SEC);
  g_assert_cmpint (limber_session_get_step_remaining_ms (run->session), ==, remaining);

  /* resuming does not see the sleep again */
  limber_session_resume (run->session);
  assert_no_change (run, LIMBER_SESSION_RUNNING, 1);
  limber_session_set_sleep_monitor (run->session, NULL);
  limber_sleep_monitor_reset (monitor);
  limber_sleep_monitor_check (monitor, 0, 0);
  g_assert_true (limber_sleep_monitor_check (monitor, 2 * SEC, 7200 * SEC));
  assert_no_change (run, LIMBER_SESSION_RUNNING, 1);
}

/* Without a system bus (or with one) making and dropping a monitor at once
 * is safe, also when the bus answers afterwards. */
static void
test_sleep_monitor_logind_safe (void)
{
  LimberSleepMonitor *monitor = limber_sleep_monitor_new ();
  gint64 until = g_get_monotonic_time () + 200000;

  g_assert_finalize_object (monitor);
  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);

  monitor = limber_sleep_monitor_new ();
  until = g_get_monotonic_time () + 200000;
  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
  g_assert_false (limber_sleep_monitor_check (monitor, 0, 0));
  g_assert_finalize_object (monitor);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/session/full-timeline", test_full_timeline);
  g_test_add_func ("/session/pause-zero-drift", test_pause_zero_drift);
  g_test_add_func ("/session/controls-in-every-state", test_controls_in_every_state);
  g_test_add_func ("/session/previous-next", test_previous_next);
  g_test_add_func ("/session/add-time", test_add_time);
  g_test_add_func ("/session/manual-reps", test_manual_reps);
  g_test_add_func ("/session/set-counts", test_set_counts);
  g_test_add_func ("/session/hour-in-virtual-time", test_hour_in_virtual_time);
  g_test_add_func ("/session/sleep-monitor-jump", test_sleep_monitor_jump);
  g_test_add_func ("/session/sleep-pauses-session", test_sleep_pauses_session);
  g_test_add_func ("/session/sleep-monitor-logind-safe", test_sleep_monitor_logind_safe);

  return g_test_run ();
}
