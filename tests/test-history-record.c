/* test-history-record.c: records from virtual-time sessions, and the line format
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <json-glib/json-glib.h>

#include "limber-error.h"
#include "limber-history-record-private.h"
#include "limber-virtual-clock.h"
#include "limber-session-private.h"

#define S G_GINT64_CONSTANT (1000000)

/* prepare 5 s; "Bridge" 30 s × 2 sets, rest 10; rest between exercises 15;
 * "Bird dog" 8 reps × 2 s, both sides (switch 5), 3 sets, rest 10. */
static LimberRoutine *
make_routine (void)
{
  LimberRoutine *routine = limber_routine_new ();
  g_autoptr(LimberExercise) a = limber_exercise_new ();
  g_autoptr(LimberExercise) b = limber_exercise_new ();

  limber_routine_set_id (routine, "lower-back");
  limber_routine_set_title (routine, "Lower Back, \"gentle\"");
  limber_routine_set_prepare (routine, 5);
  limber_routine_set_rest_between_exercises (routine, 15);

  limber_exercise_set_name (a, "Bridge");
  limber_exercise_set_duration (a, 30);
  limber_exercise_set_sets (a, 2);
  limber_exercise_set_rest (a, 10);
  limber_routine_append_exercise (routine, a);

  limber_exercise_set_name (b, "Bird dog");
  limber_exercise_set_reps (b, 8);
  limber_exercise_set_rep_duration (b, 2);
  limber_exercise_set_sets (b, 3);
  limber_exercise_set_rest (b, 10);
  limber_exercise_set_sides (b, LIMBER_SIDES_BOTH);
  limber_exercise_set_switch_time (b, 5);
  limber_routine_append_exercise (routine, b);

  return routine;
}

typedef struct
{
  LimberRoutine *routine;
  LimberPlan *plan;
  LimberClock *clock;
  LimberSession *session;
  GDateTime *start;
  GDateTime *end;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("+01:00");

  f->routine = make_routine ();
  f->plan = limber_plan_new (f->routine);
  f->clock = limber_virtual_clock_new (1000 * S);
  f->session = limber_session_new (f->plan, f->clock);
  f->start = g_date_time_new (tz, 2024, 3, 1, 7, 30, 0);
  f->end = g_date_time_new (tz, 2024, 3, 1, 7, 45, 12);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_assert_finalize_object (f->session);
  g_clear_object (&f->clock);
  g_clear_pointer (&f->plan, limber_plan_unref);
  g_clear_object (&f->routine);
  g_clear_pointer (&f->start, g_date_time_unref);
  g_clear_pointer (&f->end, g_date_time_unref);
}

static void
assert_exercise (LimberHistoryRecord *record,
                 guint                index,
                 const char          *name,
                 guint                done,
                 guint                planned,
                 guint                skipped)
{
  const LimberHistoryExercise *ex = limber_history_record_get_exercise (record, index);

  g_assert_nonnull (ex);
  g_assert_cmpstr (ex->name, ==, name);
  g_assert_cmpuint (ex->sets_done, ==, done);
  g_assert_cmpuint (ex->sets_planned, ==, planned);
  g_assert_cmpuint (ex->sets_skipped, ==, skipped);
}

static void
test_record_completed (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(LimberHistoryRecord) record = NULL;
  g_autoptr(GDateTime) start = NULL;
  guint total = limber_plan_get_total_seconds (f->plan);

  limber_session_start (f->session);
  limber_virtual_clock_run_until_idle (LIMBER_VIRTUAL_CLOCK (f->clock), 1000 * S + 3600 * S);
  g_assert_cmpint (limber_session_get_state (f->session), ==, LIMBER_SESSION_FINISHED);

  record = limber_history_record_new_from_session (f->session, f->start, f->end);
  g_assert_nonnull (record);
  g_assert_true (g_uuid_string_is_valid (limber_history_record_get_id (record)));
  g_assert_cmpstr (limber_history_record_get_routine_id (record), ==, "lower-back");
  g_assert_cmpstr (limber_history_record_get_routine_title (record), ==, "Lower Back, \"gentle\"");
  /* 5 + 30+10+30 + 15 + 3 × (16+5+16) + 2 × 10 */
  g_assert_cmpuint (total, ==, 5 + 70 + 15 + 3 * 37 + 20);
  g_assert_cmpuint (limber_history_record_get_planned_seconds (record), ==, total);
  g_assert_cmpuint (limber_history_record_get_active_seconds (record), ==, total);
  g_assert_true (limber_history_record_get_completed (record));
  g_assert_cmpuint (limber_history_record_get_n_exercises (record), ==, 2);
  assert_exercise (record, 0, "Bridge", 2, 2, 0);
  assert_exercise (record, 1, "Bird dog", 3, 3, 0);
  g_assert_null (limber_history_record_get_exercise (record, 2));
  g_assert_cmpint (limber_history_record_get_pain_before (record), ==, LIMBER_PAIN_UNSET);
  g_assert_cmpint (limber_history_record_get_effort (record), ==, LIMBER_EFFORT_UNSET);
  g_assert_null (limber_history_record_get_note (record));

  start = limber_history_record_dup_start (record);
  g_assert_true (g_date_time_equal (start, f->start));
  g_assert_cmpint (g_date_time_get_utc_offset (start), ==, G_TIME_SPAN_HOUR);
  g_assert_cmpint (limber_history_record_get_end_unix (record) - limber_history_record_get_start_unix (record), ==, 15 * 60 + 12);
}

static void
test_record_stopped (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(LimberHistoryRecord) record = NULL;
  g_autofree char *line = NULL;

  limber_session_start (f->session);
  /* Into the first set of "Bird dog": 5 + 70 + 15 = 90 s, plus 4 s. A pause
   * of 100 s on the way does not count. */
  limber_virtual_clock_advance (LIMBER_VIRTUAL_CLOCK (f->clock), 40 * S);
  limber_session_pause (f->session);
  limber_virtual_clock_advance (LIMBER_VIRTUAL_CLOCK (f->clock), 100 * S);
  limber_session_resume (f->session);
  limber_virtual_clock_advance (LIMBER_VIRTUAL_CLOCK (f->clock), 54 * S);
  limber_session_stop (f->session);
  g_assert_cmpint (limber_session_get_state (f->session), ==, LIMBER_SESSION_STOPPED);

  record = limber_history_record_new_from_session (f->session, f->start, f->end);
  g_assert_nonnull (record);
  g_assert_false (limber_history_record_get_completed (record));
  g_assert_cmpuint (limber_history_record_get_active_seconds (record), ==, 94);
  assert_exercise (record, 0, "Bridge", 2, 2, 0);
  assert_exercise (record, 1, "Bird dog", 0, 3, 3);

  line = limber_history_record_to_line (record);
  g_assert_nonnull (strstr (line, "\"completed\":false"));
  g_assert_nonnull (strstr (line, "\"active_seconds\":94"));
  g_assert_nonnull (strstr (line, "\"start\":\"2024-03-01T07:30:00+01:00\""));
}

static void
test_record_skips (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(LimberHistoryRecord) record = NULL;
  guint done, planned, skipped;

  limber_session_start (f->session);
  /* Skip the first set of "Bridge" 10 s into it, then the right side of
   * the second "Bird dog" set; the rest runs to the end. */
  limber_virtual_clock_advance (LIMBER_VIRTUAL_CLOCK (f->clock), 15 * S);
  g_assert_cmpint (limber_session_get_step (f->session)->kind, ==, LIMBER_STEP_WORK);
  limber_session_next (f->session);

  while (limber_session_get_state (f->session) == LIMBER_SESSION_RUNNING)
    {
      const LimberStep *step = limber_session_get_step (f->session);

      if (step->kind == LIMBER_STEP_WORK && step->exercise_index == 1
          && step->set == 2 && step->side == LIMBER_SIDE_RIGHT)
        limber_session_next (f->session);
      else
        limber_virtual_clock_advance_to (LIMBER_VIRTUAL_CLOCK (f->clock),
                                         limber_virtual_clock_get_next_deadline (LIMBER_VIRTUAL_CLOCK (f->clock)));
    }
  g_assert_cmpint (limber_session_get_state (f->session), ==, LIMBER_SESSION_FINISHED);

  record = limber_history_record_new_from_session (f->session, f->start, f->end);
  g_assert_true (limber_history_record_get_completed (record));
  assert_exercise (record, 0, "Bridge", 1, 2, 1);
  assert_exercise (record, 1, "Bird dog", 2, 3, 1);
  limber_history_record_get_set_totals (record, &done, &planned, &skipped);
  g_assert_cmpuint (done, ==, 3);
  g_assert_cmpuint (planned, ==, 5);
  g_assert_cmpuint (skipped, ==, 2);
  g_assert_cmpuint (limber_history_record_get_active_seconds (record), <,
                    limber_history_record_get_planned_seconds (record));
}

static void
test_record_no_work (Fixture       *f,
                     gconstpointer  data)
{
  limber_session_start (f->session);
  limber_virtual_clock_advance (LIMBER_VIRTUAL_CLOCK (f->clock), 3 * S);
  limber_session_stop (f->session);
  g_assert_null (limber_history_record_new_from_session (f->session, f->start, f->end));
}

static LimberHistoryRecord *
sample_record (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("-03:30");
  g_autoptr(GDateTime) start = g_date_time_new (tz, 2023, 12, 31, 23, 50, 5);
  g_autoptr(GDateTime) end = g_date_time_new (tz, 2024, 1, 1, 0, 10, 0);
  LimberHistoryRecord *record = limber_history_record_new ("neck", "Neck, shoulders & \"upper\" back",
                                                           start, end, 1200, 1190, TRUE);

  limber_history_record_add_exercise (record, "Chin tuck", 3, 3, 0);
  limber_history_record_add_exercise (record, "Ünïcödé \\ 🙂", 1, 2, 1);
  limber_history_record_set_pain_before (record, 6);
  limber_history_record_set_pain_after (record, 0);
  limber_history_record_set_effort (record, LIMBER_EFFORT_HARD);
  limber_history_record_set_note (record, "line one\nline \"two\", with\ttab\x01 and \\ backslash");
  return record;
}

static void
assert_records_equal (LimberHistoryRecord *a,
                      LimberHistoryRecord *b)
{
  g_assert_cmpstr (limber_history_record_get_id (a), ==, limber_history_record_get_id (b));
  g_assert_cmpint (limber_history_record_get_start_unix (a), ==, limber_history_record_get_start_unix (b));
  g_assert_cmpint (limber_history_record_get_start_offset (a), ==, limber_history_record_get_start_offset (b));
  g_assert_cmpint (limber_history_record_get_end_unix (a), ==, limber_history_record_get_end_unix (b));
  g_assert_cmpint (limber_history_record_get_end_offset (a), ==, limber_history_record_get_end_offset (b));
  g_assert_cmpstr (limber_history_record_get_routine_id (a), ==, limber_history_record_get_routine_id (b));
  g_assert_cmpstr (limber_history_record_get_routine_title (a), ==, limber_history_record_get_routine_title (b));
  g_assert_cmpuint (limber_history_record_get_planned_seconds (a), ==, limber_history_record_get_planned_seconds (b));
  g_assert_cmpuint (limber_history_record_get_active_seconds (a), ==, limber_history_record_get_active_seconds (b));
  g_assert_cmpint (limber_history_record_get_completed (a), ==, limber_history_record_get_completed (b));
  g_assert_cmpint (limber_history_record_get_pain_before (a), ==, limber_history_record_get_pain_before (b));
  g_assert_cmpint (limber_history_record_get_pain_after (a), ==, limber_history_record_get_pain_after (b));
  g_assert_cmpint (limber_history_record_get_effort (a), ==, limber_history_record_get_effort (b));
  g_assert_cmpstr (limber_history_record_get_note (a), ==, limber_history_record_get_note (b));
  g_assert_cmpuint (limber_history_record_get_n_exercises (a), ==, limber_history_record_get_n_exercises (b));
  for (guint i = 0; i < limber_history_record_get_n_exercises (a); i++)
    {
      const LimberHistoryExercise *ea = limber_history_record_get_exercise (a, i);
      const LimberHistoryExercise *eb = limber_history_record_get_exercise (b, i);

      g_assert_cmpstr (ea->name, ==, eb->name);
      g_assert_cmpuint (ea->sets_done, ==, eb->sets_done);
      g_assert_cmpuint (ea->sets_planned, ==, eb->sets_planned);
      g_assert_cmpuint (ea->sets_skipped, ==, eb->sets_skipped);
    }
}

static void
test_line_round_trip (void)
{
  g_autoptr(LimberHistoryRecord) record = sample_record ();
  g_autoptr(LimberHistoryRecord) back = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *line = limber_history_record_to_line (record);
  JsonObject *object;
  guint version = 0;

  g_assert_null (strchr (line, '\n'));
  back = limber_history_record_new_from_line (line, strlen (line), &version, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (version, ==, 1);
  assert_records_equal (record, back);

  /* Any JSON parser reads the line the same way. */
  json_parser_load_from_data (parser, line, -1, &error);
  g_assert_no_error (error);
  object = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpint (json_object_get_int_member (object, "v"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (object, "start"), ==, "2023-12-31T23:50:05-03:30");
  g_assert_cmpstr (json_object_get_string_member (object, "end"), ==, "2024-01-01T00:10:00-03:30");
  g_assert_cmpstr (json_object_get_string_member (object, "note"), ==, limber_history_record_get_note (record));
  g_assert_cmpstr (json_object_get_string_member (object, "effort"), ==, "hard");
  g_assert_cmpint (json_object_get_int_member (object, "pain_after"), ==, 0);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (json_object_get_array_member (object, "exercises"), 1), "name"),
                   ==, "Ünïcödé \\ 🙂");
}

/* A line as another writer (json-glib, pretty, escapes) would write it. */
static void
test_line_foreign_writer (void)
{
  g_autoptr(LimberHistoryRecord) record = NULL;
  g_autoptr(GError) error = NULL;
  const char *line =
    " { \"x-future\" : {\"a\": [1, 2.5e3, null, true, \"\\u00e9\"]}, \"v\" : 1, \"id\": \"abc\","
    " \"start\": \"2024-06-01T10:00:00.250Z\", \"end\": \"2024-06-01T10:20:00+00:00\","
    " \"routine_id\": \"r\\/1\", \"routine_title\": \"\\u00c9t\\u00e9 \\ud83d\\ude00\","
    " \"planned_seconds\": 1200, \"active_seconds\": 0, \"completed\": false,"
    " \"pain_before\": null, \"effort\": \"easy\", \"note\": \"\","
    " \"exercises\": [ {\"name\": \"a\", \"done\": 0, \"planned\": 1, \"extra\": {}} ] } ";

  record = limber_history_record_new_from_line (line, strlen (line), NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (limber_history_record_get_routine_id (record), ==, "r/1");
  g_assert_cmpstr (limber_history_record_get_routine_title (record), ==, "Été 😀");
  g_assert_cmpint (limber_history_record_get_start_offset (record), ==, 0);
  g_assert_cmpint (limber_history_record_get_start_unix (record), ==, 1717236000);
  g_assert_cmpint (limber_history_record_get_pain_before (record), ==, LIMBER_PAIN_UNSET);
  g_assert_cmpint (limber_history_record_get_effort (record), ==, LIMBER_EFFORT_EASY);
  g_assert_null (limber_history_record_get_note (record));
  g_assert_cmpuint (limber_history_record_get_exercise (record, 0)->sets_skipped, ==, 0);
}

static void
test_line_damaged (void)
{
  g_autoptr(LimberHistoryRecord) good = sample_record ();
  g_autofree char *line = limber_history_record_to_line (good);
  const char *bad[] = {
    "",
    "null",
    "[]",
    "{}",
    "{\"v\":1}",
    "{\"v\":\"1\",\"id\":\"x\"}",
    "{\"v\":1,\"id\":\"x\",\"start\":\"yesterday\",\"end\":\"2024-01-01T00:00:00Z\","
      "\"routine_id\":\"a\",\"routine_title\":\"a\",\"planned_seconds\":1,\"active_seconds\":1,\"completed\":true}",
    "{\"v\":1,\"id\":\"x\",\"start\":\"2024-02-30T00:00:00Z\",\"end\":\"2024-01-01T00:00:00Z\","
      "\"routine_id\":\"a\",\"routine_title\":\"a\",\"planned_seconds\":1,\"active_seconds\":1,\"completed\":true}",
    "{\"v\":1,\"id\":\"x\",\"start\":\"2024-01-01T00:00:00Z\",\"end\":\"2024-01-01T00:00:00Z\","
      "\"routine_id\":\"a\",\"routine_title\":\"a\",\"planned_seconds\":-1,\"active_seconds\":1,\"completed\":true}",
    "{\"v\":1,\"id\":\"x\",\"start\":\"2024-01-01T00:00:00Z\",\"end\":\"2024-01-01T00:00:00Z\","
      "\"routine_id\":\"a\",\"routine_title\":\"a\",\"planned_seconds\":1,\"active_seconds\":1,\"completed\":true,\"pain_after\":11}",
    "{\"v\":1,\"id\":\"x\",\"start\":\"2024-01-01T00:00:00Z\",\"end\":\"2024-01-01T00:00:00Z\","
      "\"routine_id\":\"a\",\"routine_title\":\"a\\u0000\",\"planned_seconds\":1,\"active_seconds\":1,\"completed\":true}",
    "{\"v\":1,\"id\":\"x\",\"start\":\"2024-01-01T00:00:00Z\",\"end\":\"2024-01-01T00:00:00Z\","
      "\"routine_id\":\"a\",\"routine_title\":\"\\ud800\",\"planned_seconds\":1,\"active_seconds\":1,\"completed\":true}",
    "{\"v\":1,\"id\":\"x\",\"start\":\"2024-01-01T00:00:00Z\",\"end\":\"2024-01-01T00:00:00Z\","
      "\"routine_id\":\"a\",\"routine_title\":\"a\",\"planned_seconds\":1,\"active_seconds\":1,\"completed\":true} x",
    "{\"v\":1,\"x\":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}",
    "{\"v\":1,\"note\":\"\xff\xfe\"}",
    "{\"v\":1,\"note\":\"raw\ttab\"}",
    "{\"v\":1,\"id\":\"x\",\"start\":\"2024-01-01T00:00:00Z\",\"end\":\"2024-01-01T00:00:00Z\","
      "\"routine_id\":\"a\",\"routine_title\":\"a\",\"planned_seconds\":1,\"active_seconds\":1,\"completed\":true,\"level\":4}",
    "{\"v\":1,\"id\":\"x\",\"start\":\"2024-01-01T00:00:00Z\",\"end\":\"2024-01-01T00:00:00Z\","
      "\"routine_id\":\"a\",\"routine_title\":\"a\",\"planned_seconds\":1,\"active_seconds\":1,\"completed\":true,\"level\":-3}",
    "{\"v\":1,\"id\":\"x\",\"start\":\"2024-01-01T00:00:00Z\",\"end\":\"2024-01-01T00:00:00Z\","
      "\"routine_id\":\"a\",\"routine_title\":\"a\",\"planned_seconds\":1,\"active_seconds\":1,\"completed\":true,\"easy_day\":1}",
    "{\"v\":1,\"id\":\"x\",\"start\":\"2024-01-01T00:00:00Z\",\"end\":\"2024-01-01T00:00:00Z\","
      "\"routine_id\":\"a\",\"routine_title\":\"a\",\"planned_seconds\":1,\"active_seconds\":1,\"completed\":true,\"suggestion\":\"step-up\"}",
    "{\"v\":1,\"id\":\"x\",\"start\":\"2024-01-01T00:00:00Z\",\"end\":\"2024-01-01T00:00:00Z\","
      "\"routine_id\":\"a\",\"routine_title\":\"a\",\"planned_seconds\":1,\"active_seconds\":1,\"completed\":true,\"suggestion\":{\"type\":\"step-sideways\",\"level\":1,\"response\":\"shown\"}}",
    "{\"v\":1,\"id\":\"x\",\"start\":\"2024-01-01T00:00:00Z\",\"end\":\"2024-01-01T00:00:00Z\","
      "\"routine_id\":\"a\",\"routine_title\":\"a\",\"planned_seconds\":1,\"active_seconds\":1,\"completed\":true,\"suggestion\":{\"type\":\"none\",\"level\":1,\"response\":\"shown\"}}",
    "{\"v\":1,\"id\":\"x\",\"start\":\"2024-01-01T00:00:00Z\",\"end\":\"2024-01-01T00:00:00Z\","
      "\"routine_id\":\"a\",\"routine_title\":\"a\",\"planned_seconds\":1,\"active_seconds\":1,\"completed\":true,\"suggestion\":{\"type\":\"step-up\",\"level\":4,\"response\":\"shown\"}}",
    "{\"v\":1,\"id\":\"x\",\"start\":\"2024-01-01T00:00:00Z\",\"end\":\"2024-01-01T00:00:00Z\","
      "\"routine_id\":\"a\",\"routine_title\":\"a\",\"planned_seconds\":1,\"active_seconds\":1,\"completed\":true,\"suggestion\":{\"type\":\"step-up\",\"level\":1,\"response\":\"ignored\"}}",
    "{\"v\":1,\"id\":\"x\",\"start\":\"2024-01-01T00:00:00Z\",\"end\":\"2024-01-01T00:00:00Z\","
      "\"routine_id\":\"a\",\"routine_title\":\"a\",\"planned_seconds\":1,\"active_seconds\":1,\"completed\":true,\"suggestion\":{\"type\":\"step-up\",\"level\":1}}",
    "{\"v\":1,\"id\":\"x\",\"start\":\"2024-01-01T00:00:00Z\",\"end\":\"2024-01-01T00:00:00Z\","
      "\"routine_id\":\"a\",\"routine_title\":\"a\",\"planned_seconds\":1,\"active_seconds\":1,\"completed\":true,\"suggestion\":{\"type\":\"step-up\",\"response\":\"shown\"}}",
    "{\"v\":1,\"id\":\"x\",\"start\":\"2024-01-01T00:00:00Z\",\"end\":\"2024-01-01T00:00:00Z\","
      "\"routine_id\":\"a\",\"routine_title\":\"a\",\"planned_seconds\":1,\"active_seconds\":1,\"completed\":true,\"suggestion\":{\"level\":1,\"response\":\"shown\"}}",
    "{\"v\":1,\"id\":\"x\",\"start\":\"2024-01-01T00:00:00Z\",\"end\":\"2024-01-01T00:00:00Z\","
      "\"routine_id\":\"a\",\"routine_title\":\"a\",\"planned_seconds\":1,\"active_seconds\":1,\"completed\":true,\"suggestion\":{\"type\":\"step-up\",\"level\":1,\"response\":\"shown\"}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(LimberHistoryRecord) record = NULL;
      g_autofree char *escaped = g_strescape (bad[i], NULL);

      g_test_message ("line %u: %s", i, escaped);
      record = limber_history_record_new_from_line (bad[i], strlen (bad[i]), NULL, NULL, &error);
      g_assert_null (record);
      g_assert_error (error, LIMBER_HISTORY_ERROR, LIMBER_HISTORY_ERROR_DAMAGED);
    }

  /* Every proper prefix of a good line (a torn append) is damaged. */
  for (gsize len = 0; len < strlen (line); len++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(LimberHistoryRecord) record = limber_history_record_new_from_line (line, len, NULL, NULL, &error);

      g_assert_null (record);
      g_assert_error (error, LIMBER_HISTORY_ERROR, LIMBER_HISTORY_ERROR_DAMAGED);
    }
}

static void
test_line_newer_version (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LimberHistoryRecord) record = NULL;
  const char *line =
    "{\"v\":2,\"id\":\"x\",\"start\":\"2024-01-01T08:00:00+01:00\",\"end\":\"2024-01-01T08:10:00+01:00\","
    "\"routine_id\":\"a\",\"routine_title\":\"A\",\"planned_seconds\":600,\"active_seconds\":590,"
    "\"completed\":true,\"effort\":\"brutal\",\"pain_after\":12,\"heart_rate\":[80,95],\"exercises\":[]}";
  guint version = 0;

  record = limber_history_record_new_from_line (line, strlen (line), &version, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (version, ==, 2);
  g_assert_cmpuint (limber_history_record_get_version (record), ==, 2);
  g_assert_cmpint (limber_history_record_get_effort (record), ==, LIMBER_EFFORT_UNSET);
  g_assert_cmpint (limber_history_record_get_pain_after (record), ==, LIMBER_PAIN_UNSET);
  g_assert_cmpuint (limber_history_record_get_active_seconds (record), ==, 590);
}

static void
test_amendment (void)
{
  g_autoptr(LimberHistoryRecord) record = sample_record ();
  g_autoptr(LimberHistoryRecord) other = sample_record ();
  g_autofree char *amendment = NULL;
  g_autofree char *amends = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LimberHistoryRecord) none = NULL;
  guint version = 0;

  limber_history_record_set_pain_before (record, LIMBER_PAIN_UNSET);
  limber_history_record_set_pain_after (record, 2);
  limber_history_record_set_effort (record, LIMBER_EFFORT_RIGHT);
  limber_history_record_set_note (record, NULL);
  amendment = limber_history_record_to_amendment_line (record);

  none = limber_history_record_new_from_line (amendment, strlen (amendment), &version, &amends, &error);
  g_assert_no_error (error);
  g_assert_null (none);
  g_assert_cmpuint (version, ==, 1);
  g_assert_cmpstr (amends, ==, limber_history_record_get_id (record));

  /* Applies only to the record it names. */
  g_assert_false (limber_history_record_apply_amendment (other, amendment, strlen (amendment)));
  g_assert_cmpint (limber_history_record_get_pain_before (other), ==, 6);

  g_clear_pointer (&amendment, g_free);
  amendment = g_strdup_printf ("{\"v\":1,\"amends\":\"%s\",\"pain_after\":2,\"effort\":\"right\"}",
                               limber_history_record_get_id (other));
  g_assert_true (limber_history_record_apply_amendment (other, amendment, strlen (amendment)));
  g_assert_cmpint (limber_history_record_get_pain_before (other), ==, LIMBER_PAIN_UNSET);
  g_assert_cmpint (limber_history_record_get_pain_after (other), ==, 2);
  g_assert_cmpint (limber_history_record_get_effort (other), ==, LIMBER_EFFORT_RIGHT);
  g_assert_null (limber_history_record_get_note (other));
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_properties (void)
{
  g_autoptr(LimberHistoryRecord) record = sample_record ();
  g_autoptr(GDateTime) start = NULL;
  g_autofree char *title = NULL;
  guint n_notify = 0;
  int pain = 0;

  g_signal_connect (record, "notify::pain-after", G_CALLBACK (count_notify), &n_notify);
  g_object_set (record, "pain-after", 4, NULL);
  g_object_set (record, "pain-after", 4, NULL);
  g_assert_cmpuint (n_notify, ==, 1);

  g_object_get (record, "start", &start, "routine-title", &title, "pain-after", &pain, NULL);
  g_assert_cmpint (g_date_time_get_year (start), ==, 2023);
  g_assert_cmpint (g_date_time_get_hour (start), ==, 23);
  g_assert_cmpint (g_date_time_get_utc_offset (start), ==, -(3 * G_TIME_SPAN_HOUR + 30 * G_TIME_SPAN_MINUTE));
  g_assert_cmpstr (title, ==, "Neck, shoulders & \"upper\" back");
  g_assert_cmpint (pain, ==, 4);
}

/* "level" and "easy_day": written only when not 0 and not false, read
 * back; a line without them (the previous version's) is level 0. */
static void
test_line_level (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("+01:00");
  g_autoptr(GDateTime) start = g_date_time_new (tz, 2024, 3, 1, 7, 30, 0);
  g_autoptr(GDateTime) end = g_date_time_add_minutes (start, 10);
  g_autoptr(LimberHistoryRecord) record = limber_history_record_new ("a", "A", start, end, 600, 600, TRUE);
  g_autofree char *plain = limber_history_record_to_line (record);
  g_autofree char *line = NULL;
  g_autoptr(LimberHistoryRecord) back = NULL;
  g_autoptr(LimberHistoryRecord) old = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (limber_history_record_get_level (record), ==, 0);
  g_assert_false (limber_history_record_get_easy_day (record));
  g_assert_null (strstr (plain, "level"));
  g_assert_null (strstr (plain, "easy_day"));
  old = limber_history_record_new_from_line (plain, strlen (plain), NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (limber_history_record_get_level (old), ==, 0);
  g_assert_false (limber_history_record_get_easy_day (old));

  limber_history_record_set_level (record, -2);
  limber_history_record_set_easy_day (record, TRUE);
  line = limber_history_record_to_line (record);
  g_assert_nonnull (strstr (line, ",\"completed\":true,\"level\":-2,\"easy_day\":true"));
  back = limber_history_record_new_from_line (line, strlen (line), NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (limber_history_record_get_level (back), ==, -2);
  g_assert_true (limber_history_record_get_easy_day (back));
}

/* "suggestion": written with the answers only when one was shown, read
 * back from a record line and from an amendment; a line without it (the
 * previous version's) has none; in a newer version's line a value this
 * version does not know only leaves it unset. */
static void
test_line_suggestion (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("+01:00");
  g_autoptr(GDateTime) start = g_date_time_new (tz, 2024, 3, 1, 7, 30, 0);
  g_autoptr(GDateTime) end = g_date_time_add_minutes (start, 10);
  g_autoptr(LimberHistoryRecord) record = limber_history_record_new ("a", "A", start, end, 600, 600, TRUE);
  g_autoptr(LimberHistoryRecord) old = NULL;
  g_autoptr(LimberHistoryRecord) back = NULL;
  g_autoptr(LimberHistoryRecord) newer = NULL;
  g_autofree char *plain = limber_history_record_to_line (record);
  g_autofree char *line = NULL;
  g_autofree char *amendment = NULL;
  g_autofree char *cleared = NULL;
  g_autoptr(GError) error = NULL;
  LimberSuggestionResponse response = LIMBER_SUGGESTION_RESPONSE_ACCEPTED;
  int level = 7;
  const char *newer_line =
    "{\"v\":2,\"id\":\"x\",\"start\":\"2024-01-01T08:00:00+01:00\",\"end\":\"2024-01-01T08:10:00+01:00\","
    "\"routine_id\":\"a\",\"routine_title\":\"A\",\"planned_seconds\":600,\"active_seconds\":590,"
    "\"completed\":true,\"pain_after\":2,\"suggestion\":{\"type\":\"rest-a-week\",\"level\":0,\"response\":\"later\"}}";

  g_assert_null (strstr (plain, "suggestion"));
  old = limber_history_record_new_from_line (plain, strlen (plain), NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (limber_history_record_get_suggestion (old, &level, &response), ==, LIMBER_SUGGESTION_NONE);
  g_assert_cmpint (level, ==, 0);
  g_assert_cmpint (response, ==, LIMBER_SUGGESTION_RESPONSE_SHOWN);

  /* In the record line, after the other answers. */
  limber_history_record_set_pain_after (record, 1);
  limber_history_record_set_suggestion (record, LIMBER_SUGGESTION_STEP_DOWN, -1, LIMBER_SUGGESTION_RESPONSE_DISMISSED);
  line = limber_history_record_to_line (record);
  g_assert_nonnull (strstr (line, ",\"pain_after\":1,\"suggestion\":{\"type\":\"step-down\",\"level\":-1,"
                                  "\"response\":\"dismissed\"},\"exercises\":[]}"));
  back = limber_history_record_new_from_line (line, strlen (line), NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (limber_history_record_get_suggestion (back, &level, &response), ==, LIMBER_SUGGESTION_STEP_DOWN);
  g_assert_cmpint (level, ==, -1);
  g_assert_cmpint (response, ==, LIMBER_SUGGESTION_RESPONSE_DISMISSED);

  /* In an amendment, with all the other answers: accepting later keeps
   * the pain given before. */
  limber_history_record_set_suggestion (record, LIMBER_SUGGESTION_STEP_UP, 1, LIMBER_SUGGESTION_RESPONSE_ACCEPTED);
  amendment = limber_history_record_to_amendment_line (record);
  g_assert_nonnull (strstr (amendment, "\"pain_after\":1,\"suggestion\":{\"type\":\"step-up\",\"level\":1,"
                                       "\"response\":\"accepted\"}}"));
  g_assert_true (limber_history_record_apply_amendment (back, amendment, strlen (amendment)));
  g_assert_cmpint (limber_history_record_get_suggestion (back, &level, &response), ==, LIMBER_SUGGESTION_STEP_UP);
  g_assert_cmpint (level, ==, 1);
  g_assert_cmpint (response, ==, LIMBER_SUGGESTION_RESPONSE_ACCEPTED);
  g_assert_cmpint (limber_history_record_get_pain_after (back), ==, 1);

  /* An amendment without it (a previous version's) leaves none. */
  cleared = g_strdup_printf ("{\"v\":1,\"amends\":\"%s\",\"pain_after\":1}", limber_history_record_get_id (back));
  g_assert_true (limber_history_record_apply_amendment (back, cleared, strlen (cleared)));
  g_assert_cmpint (limber_history_record_get_suggestion (back, NULL, NULL), ==, LIMBER_SUGGESTION_NONE);

  /* "null" is none. */
  g_clear_pointer (&cleared, g_free);
  cleared = g_strdup_printf ("{\"v\":1,\"amends\":\"%s\",\"suggestion\":null}", limber_history_record_get_id (back));
  g_assert_true (limber_history_record_apply_amendment (back, cleared, strlen (cleared)));
  g_assert_cmpint (limber_history_record_get_suggestion (back, NULL, NULL), ==, LIMBER_SUGGESTION_NONE);

  newer = limber_history_record_new_from_line (newer_line, strlen (newer_line), NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (limber_history_record_get_suggestion (newer, NULL, NULL), ==, LIMBER_SUGGESTION_NONE);
  g_assert_cmpint (limber_history_record_get_pain_after (newer), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/history-record/session/completed", Fixture, NULL, fixture_setup, test_record_completed, fixture_teardown);
  g_test_add ("/history-record/session/stopped", Fixture, NULL, fixture_setup, test_record_stopped, fixture_teardown);
  g_test_add ("/history-record/session/skips", Fixture, NULL, fixture_setup, test_record_skips, fixture_teardown);
  g_test_add ("/history-record/session/no-work", Fixture, NULL, fixture_setup, test_record_no_work, fixture_teardown);
  g_test_add_func ("/history-record/line/round-trip", test_line_round_trip);
  g_test_add_func ("/history-record/line/foreign-writer", test_line_foreign_writer);
  g_test_add_func ("/history-record/line/damaged", test_line_damaged);
  g_test_add_func ("/history-record/line/level", test_line_level);
  g_test_add_func ("/history-record/line/suggestion", test_line_suggestion);
  g_test_add_func ("/history-record/line/newer-version", test_line_newer_version);
  g_test_add_func ("/history-record/amendment", test_amendment);
  g_test_add_func ("/history-record/properties", test_properties);

  return g_test_run ();
}
