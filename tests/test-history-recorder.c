/* test-history-recorder.c: the recorder's bookkeeping of the session that
 * runs (begin … end), and what it writes to the history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "limber-history-record-private.h"
#include "limber-history-recorder-private.h"
#include "limber-virtual-clock.h"

#define S G_GINT64_CONSTANT (1000000)

typedef struct
{
  LimberRoutine *routine;
  LimberPlan *plan;
  LimberClock *clock;
  LimberHistory *history;
  LimberHistoryRecorder *recorder;
  GDateTime *start;
  GDateTime *end;
} Fixture;

/* prepare 5 s; "Bridge" 30 s × 1 set. */
static LimberRoutine *
make_routine (void)
{
  LimberRoutine *routine = limber_routine_new ();
  g_autoptr(LimberExercise) bridge = limber_exercise_new ();

  limber_routine_set_id (routine, "bridge");
  limber_routine_set_title (routine, "Bridge");
  limber_routine_set_prepare (routine, 5);
  limber_exercise_set_name (bridge, "Bridge");
  limber_exercise_set_duration (bridge, 30);
  limber_exercise_set_sets (bridge, 1);
  limber_routine_append_exercise (routine, bridge);
  return routine;
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("+01:00");
  g_autoptr(GError) error = NULL;

  f->routine = make_routine ();
  f->plan = limber_plan_new (f->routine);
  f->clock = limber_virtual_clock_new (1000 * S);
  f->history = limber_history_new (NULL);
  g_assert_true (limber_history_load (f->history, NULL, &error));
  g_assert_no_error (error);
  f->recorder = limber_history_recorder_new (f->history);
  f->start = g_date_time_new (tz, 2024, 3, 1, 7, 30, 0);
  f->end = g_date_time_new (tz, 2024, 3, 1, 7, 30, 35);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_assert_finalize_object (f->recorder);
  g_assert_finalize_object (f->history);
  g_clear_object (&f->clock);
  g_clear_pointer (&f->plan, limber_plan_unref);
  g_clear_object (&f->routine);
  g_clear_pointer (&f->start, g_date_time_unref);
  g_clear_pointer (&f->end, g_date_time_unref);
}

static guint
n_records (Fixture *f)
{
  return g_list_model_get_n_items (G_LIST_MODEL (f->history));
}

static void
assert_forgotten (Fixture *f)
{
  g_assert_null (limber_history_recorder_get_session (f->recorder));
  g_assert_null (limber_history_recorder_get_start (f->recorder));
  g_assert_cmpint (limber_history_recorder_get_pain_before (f->recorder), ==, LIMBER_PAIN_UNSET);
}

/* begin() notes the session, its start and the pain before; end() writes
 * them in the record, once. */
static void
test_begin_end (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(LimberSession) session = limber_session_new (f->plan, f->clock);
  g_autoptr(LimberHistoryRecord) record = NULL;
  g_autoptr(LimberHistoryRecord) again = NULL;
  g_autoptr(GError) error = NULL;

  assert_forgotten (f);
  limber_session_start (session);
  limber_history_recorder_begin (f->recorder, session, f->start, 4);
  g_assert_true (limber_history_recorder_get_session (f->recorder) == session);
  g_assert_true (g_date_time_equal (limber_history_recorder_get_start (f->recorder), f->start));
  g_assert_cmpint (limber_history_recorder_get_pain_before (f->recorder), ==, 4);

  limber_virtual_clock_run_until_idle (LIMBER_VIRTUAL_CLOCK (f->clock), 1100 * S);
  g_assert_cmpint (limber_session_get_state (session), ==, LIMBER_SESSION_FINISHED);
  record = limber_history_recorder_end (f->recorder, f->end, &error);
  g_assert_no_error (error);
  g_assert_nonnull (record);
  g_assert_cmpint (limber_history_record_get_pain_before (record), ==, 4);
  g_assert_cmpint (limber_history_record_get_start_unix (record), ==, g_date_time_to_unix (f->start));
  g_assert_cmpint (limber_history_record_get_start_offset (record), ==, 3600);
  g_assert_cmpstr (limber_history_record_get_routine_id (record), ==, "bridge");
  g_assert_cmpuint (n_records (f), ==, 1);
  g_assert_cmpuint (limber_history_recorder_get_n_unsaved (f->recorder), ==, 0);
  assert_forgotten (f);

  /* Ended already: nothing more is written. */
  again = limber_history_recorder_end (f->recorder, f->end, &error);
  g_assert_no_error (error);
  g_assert_null (again);
  g_assert_cmpuint (n_records (f), ==, 1);
}

/* A second begin() replaces the first session, which is never recorded. */
static void
test_begin_again (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(LimberSession) first = limber_session_new (f->plan, f->clock);
  g_autoptr(LimberSession) second = limber_session_new (f->plan, f->clock);
  g_autoptr(GDateTime) later = g_date_time_add_minutes (f->start, 5);
  g_autoptr(GDateTime) later_end = g_date_time_add_minutes (f->end, 5);
  g_autoptr(LimberHistoryRecord) record = NULL;
  g_autoptr(GError) error = NULL;

  limber_session_start (first);
  limber_history_recorder_begin (f->recorder, first, f->start, 7);
  limber_virtual_clock_advance (LIMBER_VIRTUAL_CLOCK (f->clock), 10 * S);
  limber_session_stop (first);

  limber_session_start (second);
  limber_history_recorder_begin (f->recorder, second, later, LIMBER_PAIN_UNSET);
  g_assert_true (limber_history_recorder_get_session (f->recorder) == second);
  g_assert_cmpint (limber_history_recorder_get_pain_before (f->recorder), ==, LIMBER_PAIN_UNSET);
  limber_virtual_clock_run_until_idle (LIMBER_VIRTUAL_CLOCK (f->clock), 1200 * S);

  record = limber_history_recorder_end (f->recorder, later_end, &error);
  g_assert_no_error (error);
  g_assert_nonnull (record);
  g_assert_cmpint (limber_history_record_get_start_unix (record), ==, g_date_time_to_unix (later));
  g_assert_cmpint (limber_history_record_get_pain_before (record), ==, LIMBER_PAIN_UNSET);
  g_assert_cmpuint (n_records (f), ==, 1);
}

/* Stopped before any work: no record, and the bookkeeping is cleared. */
static void
test_no_work (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(LimberSession) session = limber_session_new (f->plan, f->clock);
  g_autoptr(LimberHistoryRecord) record = NULL;
  g_autoptr(GError) error = NULL;

  limber_session_start (session);
  limber_history_recorder_begin (f->recorder, session, f->start, 2);
  limber_virtual_clock_advance (LIMBER_VIRTUAL_CLOCK (f->clock), 2 * S);
  limber_session_stop (session);
  g_assert_false (limber_session_get_did_work (session));

  record = limber_history_recorder_end (f->recorder, f->end, &error);
  g_assert_no_error (error);
  g_assert_null (record);
  g_assert_cmpuint (n_records (f), ==, 0);
  assert_forgotten (f);
}

/* Nothing begun: end() has nothing to record. */
static void
test_end_without_begin (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(LimberHistoryRecord) record = NULL;
  g_autoptr(GError) error = NULL;

  record = limber_history_recorder_end (f->recorder, f->end, &error);
  g_assert_no_error (error);
  g_assert_null (record);
  g_assert_cmpuint (n_records (f), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add ("/history-recorder/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("begin-end", test_begin_end);
  ADD ("begin-again", test_begin_again);
  ADD ("no-work", test_no_work);
  ADD ("end-without-begin", test_end_without_begin);

#undef ADD

  return g_test_run ();
}
