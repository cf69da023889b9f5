/* test-progression-ui.c: levels on the routine page, the easy day, the
 * level played (suite "ui")
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "limber-application.h"
#include "limber-duration.h"
#include "limber-history-row.h"
#include "limber-plan.h"
#include "limber-progress-rules.h"
#include "limber-ui-format.h"
#include "limber-test-ui.h"
#include "limber-virtual-clock.h"

#define ROUTINE_ID "hip-flexor-release"

typedef struct
{
  LimberApplication *app;
  GSettings *settings;
  LimberWindow *window;
  LimberClock *clock;
  LimberHistory *history;
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->app = limber_test_ui_get_app ();
  f->settings = limber_application_get_settings (f->app);
  g_settings_reset (f->settings, "routine-levels");
  g_settings_set_boolean (f->settings, "ask-pain-before", FALSE);
  f->clock = limber_virtual_clock_new (1000000);
  f->window = limber_test_ui_new_window (f->app, f->clock);
  /* A history of the test's own, crafted by each test. */
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *path = NULL;
    g_autoptr(GFile) file = NULL;

    f->dir = g_dir_make_tmp ("limber-progression-XXXXXX", &error);
    g_assert_no_error (error);
    path = g_build_filename (f->dir, "history.jsonl", NULL);
    file = g_file_new_for_path (path);
    f->history = limber_history_new (file);
    limber_history_load (f->history, NULL, &error);
    g_assert_no_error (error);
    limber_window_set_history (f->window, f->history);
  }
  limber_test_ui_show_window (f->window);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  limber_test_ui_destroy_window (f->window);
  limber_test_ui_assert_finalized (f->window, "window");
  limber_test_ui_assert_finalized (f->clock, "clock");
  g_settings_reset (f->settings, "routine-levels");
  {
    g_autofree char *path = g_build_filename (f->dir, "history.jsonl", NULL);

    g_remove (path);
    g_assert_cmpint (g_rmdir (f->dir), ==, 0);
  }
  g_clear_pointer (&f->dir, g_free);
  limber_test_ui_assert_finalized (f->history, "history");
}

static int
saved_level (Fixture    *f,
             const char *id)
{
  g_autoptr(GVariant) levels = g_settings_get_value (f->settings, "routine-levels");
  int level = 0;

  if (!g_variant_lookup (levels, id, "i", &level))
    return 0;
  return level;
}

/* The level shown, its total time, and the buttons' sensitivity agree
 * with @level. */
static void
assert_level_shown (LimberRoutinePage *page,
                    LimberRoutine     *routine,
                    int                level)
{
  g_autofree char *text = limber_level_to_string (level);
  g_autofree char *length = limber_ui_format_length (limber_routine_get_total_seconds_at_level (routine, level));

  g_assert_cmpint (limber_routine_page_get_level (page), ==, level);
  g_assert_cmpstr (limber_routine_page_get_level_text (page), ==, text);
  g_assert_true (g_str_has_prefix (limber_routine_page_get_level_total_text (page), length));
  g_assert_cmpint (gtk_widget_get_sensitive (GTK_WIDGET (limber_routine_page_get_level_button (page, FALSE))), ==,
                   level > LIMBER_LEVEL_MIN);
  g_assert_cmpint (gtk_widget_get_sensitive (GTK_WIDGET (limber_routine_page_get_level_button (page, TRUE))), ==,
                   level < LIMBER_LEVEL_MAX);
}

static void
click (GtkButton *button)
{
  g_signal_emit_by_name (button, "clicked");
  limber_test_ui_spin (1);
}

static void
test_level_bounds (Fixture       *f,
                   gconstpointer  data)
{
  LimberRoutine *routine = limber_test_ui_lookup_bundled (ROUTINE_ID);
  LimberRoutinePage *page = limber_window_get_routine_page (f->window);
  GtkButton *harder = limber_routine_page_get_level_button (page, TRUE);
  GtkButton *easier = limber_routine_page_get_level_button (page, FALSE);
  g_autofree char *written = limber_ui_format_length (limber_routine_get_total_seconds (routine));

  limber_window_show_routine (f->window, routine);
  assert_level_shown (page, routine, 0);
  /* Level 0 is the routine as written. */
  g_assert_true (g_str_has_prefix (limber_routine_page_get_level_total_text (page), written));
  g_assert_cmpstr (limber_routine_page_get_level_text (page), ==, "0");

  for (int level = 1; level <= LIMBER_LEVEL_MAX; level++)
    {
      click (harder);
      assert_level_shown (page, routine, level);
      g_assert_cmpint (saved_level (f, ROUTINE_ID), ==, level);
    }
  g_assert_cmpstr (limber_routine_page_get_level_text (page), ==, "+3");
  /* A longer routine at +3 than as written. */
  g_assert_cmpuint (limber_routine_get_total_seconds_at_level (routine, 3), >,
                    limber_routine_get_total_seconds (routine));
  limber_routine_page_set_level (page, LIMBER_LEVEL_MAX + 1);
  assert_level_shown (page, routine, LIMBER_LEVEL_MAX);

  for (int level = LIMBER_LEVEL_MAX - 1; level >= LIMBER_LEVEL_MIN; level--)
    {
      click (easier);
      assert_level_shown (page, routine, level);
    }
  g_assert_cmpstr (limber_routine_page_get_level_text (page), ==, "−2");
  g_assert_cmpint (saved_level (f, ROUTINE_ID), ==, -2);
  /* At the lowest level there is no easier day. */
  g_assert_false (limber_window_get_action_enabled (f->window, "start-easy-day"));
  g_assert_true (limber_window_get_action_enabled (f->window, "start"));

  /* Each routine keeps its own level. */
  limber_window_show_routine (f->window, limber_test_ui_lookup_bundled ("desk-break"));
  g_assert_cmpint (limber_routine_page_get_level (page), ==, 0);
  g_assert_true (limber_window_get_action_enabled (f->window, "start-easy-day"));
  limber_window_show_routine (f->window, routine);
  assert_level_shown (page, routine, -2);

  /* Back to 0: the entry goes. */
  click (harder);
  click (harder);
  {
    g_autoptr(GVariant) levels = g_settings_get_value (f->settings, "routine-levels");

    g_assert_cmpuint (g_variant_n_children (levels), ==, 0);
  }
}

/* The first work step of the session, after "get ready". */
static const LimberStep *
advance_to_work (Fixture *f)
{
  LimberSession *session = limber_window_get_session (f->window);

  limber_test_ui_advance (f->clock, limber_session_get_step (session)->duration + 0.5);
  g_assert_cmpint (limber_session_get_step (session)->kind, ==, LIMBER_STEP_WORK);
  return limber_session_get_step (session);
}

static void
test_plays_level (Fixture       *f,
                  gconstpointer  data)
{
  LimberRoutine *routine = limber_test_ui_lookup_bundled (ROUTINE_ID);
  LimberRoutinePage *page = limber_window_get_routine_page (f->window);
  LimberPlayerPage *player;
  g_autoptr(LimberExercise) first = g_list_model_get_item (limber_routine_get_exercises (routine), 0);
  g_autofree char *time_text = NULL;
  const LimberStep *step;
  guint hold;

  limber_window_show_routine (f->window, routine);
  click (limber_routine_page_get_level_button (page, TRUE));
  limber_test_ui_activate (f->window, "start");

  player = limber_window_get_player_page (f->window);
  g_assert_cmpint (limber_plan_get_level (limber_session_get_plan (limber_window_get_session (f->window))), ==, 1);
  g_assert_cmpstr (limber_player_page_get_level_text (player), ==, "Level +1");

  /* The hold is the one at +1: five seconds longer than written. */
  hold = limber_exercise_get_set_seconds_at_level (first, 1);
  g_assert_cmpuint (hold, ==, limber_exercise_get_set_seconds_at_level (first, 0) + 5);
  step = advance_to_work (f);
  g_assert_cmpuint (step->duration, ==, hold);
  time_text = limber_format_duration (hold);
  g_assert_cmpstr (limber_player_page_get_time_text (player), ==, time_text);
  g_assert_cmpuint (limber_plan_get_total_seconds (limber_session_get_plan (limber_window_get_session (f->window))),
                    ==, limber_routine_get_total_seconds_at_level (routine, 1));
}

static void
test_easy_day (Fixture       *f,
               gconstpointer  data)
{
  LimberRoutine *routine = limber_test_ui_lookup_bundled (ROUTINE_ID);
  LimberRoutinePage *page = limber_window_get_routine_page (f->window);
  g_autoptr(LimberExercise) first = g_list_model_get_item (limber_routine_get_exercises (routine), 0);
  LimberPlayerPage *player;
  const LimberStep *step;

  limber_window_show_routine (f->window, routine);
  click (limber_routine_page_get_level_button (page, TRUE));
  click (limber_routine_page_get_level_button (page, TRUE));
  g_assert_cmpint (saved_level (f, ROUTINE_ID), ==, 2);

  limber_test_ui_activate (f->window, "start-easy-day");
  player = limber_window_get_player_page (f->window);
  g_assert_cmpint (limber_plan_get_level (limber_session_get_plan (limber_window_get_session (f->window))), ==, 1);
  g_assert_cmpstr (limber_player_page_get_level_text (player), ==, "Level +1");
  step = advance_to_work (f);
  g_assert_cmpuint (step->duration, ==, limber_exercise_get_set_seconds_at_level (first, 1));
  /* The level stays where it was. */
  g_assert_cmpint (saved_level (f, ROUTINE_ID), ==, 2);
  g_assert_cmpint (limber_routine_page_get_level (page), ==, 2);

  /* An easy day at +1 is level 0: nothing under the title. */
  limber_session_stop (limber_window_get_session (f->window));
  limber_test_ui_spin (10);
  /* The history says what was played: level +1, an easy day. */
  {
    guint n = 0;
    LimberHistoryRecord * const *records = limber_history_peek_records (f->history, &n);
    g_autofree char *when = NULL;

    g_assert_cmpuint (n, ==, 1);
    g_assert_cmpint (limber_history_record_get_level (records[0]), ==, 1);
    g_assert_true (limber_history_record_get_easy_day (records[0]));
    when = limber_history_describe_when (records[0]);
    g_assert_true (g_str_has_suffix (when, " · Stopped early · Level +1 · easy day"));
  }
  limber_window_show_routine (f->window, routine);
  click (limber_routine_page_get_level_button (page, FALSE));
  limber_test_ui_activate (f->window, "start-easy-day");
  g_assert_cmpint (limber_plan_get_level (limber_session_get_plan (limber_window_get_session (f->window))), ==, 0);
  g_assert_cmpstr (limber_player_page_get_level_text (player), ==, "");
  /* A plain start plays the saved level. */
  limber_test_ui_activate (f->window, "stop");
  limber_test_ui_spin (10);
  limber_window_show_routine (f->window, routine);
  limber_test_ui_activate (f->window, "start");
  g_assert_cmpint (limber_plan_get_level (limber_session_get_plan (limber_window_get_session (f->window))), ==, 1);
  limber_test_ui_activate (f->window, "stop");
  limber_test_ui_spin (10);
}

/* Suggestions on the Finished page */

/* Puts a session of routine "m" @days_ago (ending 10 minutes after its
 * start) into the history, as the app records one. */
static void
add_session (Fixture      *f,
             double        days_ago,
             gboolean      completed,
             int           pain_before,
             int           pain_after,
             LimberEffort  effort)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) start = g_date_time_add_seconds (now, -days_ago * 86400.0 - 600);
  g_autoptr(GDateTime) end = g_date_time_add_seconds (start, 60);
  g_autoptr(LimberHistoryRecord) record = NULL;
  g_autoptr(GError) error = NULL;

  record = limber_history_record_new ("m", "M", start, end, 1, 1, completed);
  limber_history_record_add_exercise (record, "Hold", completed ? 1 : 0, 1, completed ? 0 : 1);
  limber_history_record_set_pain_before (record, pain_before);
  limber_history_record_set_pain_after (record, pain_after);
  limber_history_record_set_effort (record, effort);
  g_assert_true (limber_history_append (f->history, record, &error));
  g_assert_no_error (error);
}

/* Plays routine "m" (minimal.json) to its end: the Finished page shows. */
static LimberFinishedPage *
finish_session (Fixture *f)
{
  g_autoptr(LimberRoutine) routine = limber_test_ui_load_routine ("minimal.json");

  limber_window_show_routine (f->window, routine);
  limber_test_ui_activate (f->window, "start");
  limber_virtual_clock_run_until_idle (LIMBER_VIRTUAL_CLOCK (f->clock), G_MAXINT64 / 4);
  limber_test_ui_spin (10);
  g_assert_cmpint (limber_window_get_visible_page (f->window), ==, LIMBER_WINDOW_PAGE_FINISHED);
  return limber_window_get_finished_page (f->window);
}

/* Answers the Finished page's questions as a person does. */
static void
answer (LimberFinishedPage *page,
        int                 pain_after,
        LimberEffort        effort)
{
  limber_pain_scale_set_value (limber_finished_page_get_pain_scale (page), pain_after);
  if (effort != LIMBER_EFFORT_UNSET)
    gtk_toggle_button_set_active (limber_finished_page_get_effort_button (page, effort), TRUE);
  limber_test_ui_spin (1);
}

static void
assert_text_has (LimberFinishedPage *page,
                 const char         *part)
{
  g_autofree char *text = limber_finished_page_dup_suggestion_text (page);

  if (strstr (text, part) == NULL)
    g_error ("“%s” is not in the suggestion:\n%s", part, text);
}

static gboolean
button_shown (LimberFinishedPage *page,
              const char         *name)
{
  return gtk_widget_get_visible (GTK_WIDGET (limber_finished_page_get_suggestion_button (page, name)));
}

/* The last line of history.jsonl about the newest session (its record or
 * an amendment of it), as JSON: what a reader of the file gets. */
static JsonObject *
last_line_about_newest (Fixture *f)
{
  g_autofree char *path = g_build_filename (f->dir, "history.jsonl", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;
  LimberHistoryRecord * const *records;
  const char *id;
  guint n = 0;

  records = limber_history_peek_records (f->history, &n);
  g_assert_cmpuint (n, >, 0);
  id = limber_history_record_get_id (records[0]);
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = g_strv_length (lines); i-- > 0;)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      JsonObject *object;

      if (lines[i][0] == '\0')
        continue;
      json_parser_load_from_data (parser, lines[i], -1, &error);
      g_assert_no_error (error);
      object = json_node_get_object (json_parser_get_root (parser));
      if (g_strcmp0 (json_object_get_string_member_with_default (object, "id", NULL), id) == 0 ||
          g_strcmp0 (json_object_get_string_member_with_default (object, "amends", NULL), id) == 0)
        return json_object_ref (object);
    }
  g_assert_not_reached ();
}

/* The newest session's suggestion in the file is @type at @level with
 * @response (@type NULL: none), and its other answers are still there:
 * pain after @pain_after. */
static void
assert_saved_suggestion (Fixture    *f,
                         const char *type,
                         int         level,
                         const char *response,
                         int         pain_after)
{
  g_autoptr(JsonObject) line = last_line_about_newest (f);
  JsonObject *suggestion;

  g_assert_cmpint (json_object_get_int_member_with_default (line, "pain_after", -1), ==, pain_after);
  if (type == NULL)
    {
      g_assert_false (json_object_has_member (line, "suggestion"));
      return;
    }
  suggestion = json_object_get_object_member (line, "suggestion");
  g_assert_nonnull (suggestion);
  g_assert_cmpstr (json_object_get_string_member (suggestion, "type"), ==, type);
  g_assert_cmpint (json_object_get_int_member (suggestion, "level"), ==, level);
  g_assert_cmpstr (json_object_get_string_member (suggestion, "response"), ==, response);
}

static void
test_suggest_stop_today (Fixture       *f,
                         gconstpointer  data)
{
  LimberFinishedPage *page = finish_session (f);

  /* Nothing before the answers: a session like any. */
  g_assert_cmpint (limber_finished_page_get_suggestion_kind (page), ==, LIMBER_SUGGESTION_NONE);
  answer (page, 3, LIMBER_EFFORT_RIGHT);
  g_assert_cmpint (limber_finished_page_get_suggestion_kind (page), ==, LIMBER_SUGGESTION_NONE);

  answer (page, 7, LIMBER_EFFORT_UNSET);
  g_assert_cmpint (limber_finished_page_get_suggestion_kind (page), ==, LIMBER_SUGGESTION_STOP_TODAY);
  assert_text_has (page, "Stop this routine for today");
  assert_text_has (page, "numbness around the groin or buttocks");
  assert_text_has (page, "trouble controlling the bladder or bowel");
  g_assert_true (button_shown (page, "ok"));
  g_assert_false (button_shown (page, "accept"));
  g_assert_false (button_shown (page, "dismiss"));

  /* OK closes it for this session, whatever is answered next; it is
   * saved at once, with the answers given so far. */
  g_signal_emit_by_name (limber_finished_page_get_suggestion_button (page, "ok"), "clicked");
  g_assert_cmpint (limber_finished_page_get_suggestion_kind (page), ==, LIMBER_SUGGESTION_NONE);
  assert_saved_suggestion (f, "stop-today", 0, "dismissed", 7);
  answer (page, 8, LIMBER_EFFORT_UNSET);
  g_assert_cmpint (limber_finished_page_get_suggestion_kind (page), ==, LIMBER_SUGGESTION_NONE);
  g_assert_cmpint (saved_level (f, "m"), ==, 0);
  limber_test_ui_activate (f->window, "back");
  /* Done saves the new pain, and keeps the suggestion's answer. */
  assert_saved_suggestion (f, "stop-today", 0, "dismissed", 8);
}

static void
test_suggest_get_checked (Fixture       *f,
                          gconstpointer  data)
{
  LimberFinishedPage *page;

  /* It hurt 6 ten days ago: a second time within 14 days needs a check. */
  add_session (f, 10, TRUE, LIMBER_PAIN_UNSET, 6, LIMBER_EFFORT_HARD);
  page = finish_session (f);
  answer (page, 6, LIMBER_EFFORT_UNSET);
  g_assert_cmpint (limber_finished_page_get_suggestion_kind (page), ==, LIMBER_SUGGESTION_GET_CHECKED);
  assert_text_has (page, "twice within two weeks");
  assert_text_has (page, "see a doctor or physical therapist before you go on");
  assert_text_has (page, "pain that does not improve");
  assert_text_has (page, "pain that spreads down a leg");
  assert_text_has (page, "numbness or tingling");
  assert_text_has (page, "weakness in the legs");
  assert_text_has (page, "weakness in both legs");
  g_assert_true (button_shown (page, "ok"));
  g_assert_false (button_shown (page, "accept"));
  limber_test_ui_activate (f->window, "back");
  /* Done without OK: shown, neither accepted nor dismissed. */
  assert_saved_suggestion (f, "get-checked", 0, "shown", 6);
}

static void
test_suggest_step_down_accept (Fixture       *f,
                               gconstpointer  data)
{
  LimberFinishedPage *page;

  add_session (f, 3, TRUE, 2, 4, LIMBER_EFFORT_RIGHT);
  add_session (f, 2, TRUE, 2, 2, LIMBER_EFFORT_RIGHT);
  page = finish_session (f);
  answer (page, 5, LIMBER_EFFORT_RIGHT);
  g_assert_cmpint (limber_finished_page_get_suggestion_kind (page), ==, LIMBER_SUGGESTION_STEP_DOWN);
  assert_text_has (page, "try level −1");
  assert_text_has (page, "weakness in both legs");
  g_assert_true (button_shown (page, "accept"));
  g_assert_true (button_shown (page, "dismiss"));
  g_assert_false (button_shown (page, "ok"));

  /* Accept: the routine is played at −1 from now on, and the history
   * says so at once. */
  g_signal_emit_by_name (limber_finished_page_get_suggestion_button (page, "accept"), "clicked");
  g_assert_cmpint (limber_finished_page_get_suggestion_kind (page), ==, LIMBER_SUGGESTION_NONE);
  g_assert_cmpint (saved_level (f, "m"), ==, -1);
  assert_saved_suggestion (f, "step-down", -1, "accepted", 5);
  limber_test_ui_activate (f->window, "back");
  g_assert_cmpint (limber_routine_page_get_level (limber_window_get_routine_page (f->window)), ==, -1);
  g_assert_cmpstr (limber_routine_page_get_level_text (limber_window_get_routine_page (f->window)), ==, "−1");
  /* The answers were saved as usual. */
  {
    guint n = 0;
    LimberHistoryRecord * const *records = limber_history_peek_records (f->history, &n);

    g_assert_cmpuint (n, ==, 3);
    g_assert_cmpint (limber_history_record_get_pain_after (records[0]), ==, 5);
  }
  assert_saved_suggestion (f, "step-down", -1, "accepted", 5);

  /* Read back from the file as a new history would. */
  {
    g_autofree char *path = g_build_filename (f->dir, "history.jsonl", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (path);
    g_autoptr(LimberHistory) again = limber_history_new (file);
    g_autoptr(GError) error = NULL;
    LimberHistoryRecord * const *records;
    LimberSuggestionResponse response = LIMBER_SUGGESTION_RESPONSE_SHOWN;
    int level = 0;
    guint n = 0;

    g_assert_true (limber_history_load (again, NULL, &error));
    records = limber_history_peek_records (again, &n);
    g_assert_cmpuint (n, ==, 3);
    g_assert_cmpint (limber_history_record_get_suggestion (records[0], &level, &response), ==,
                     LIMBER_SUGGESTION_STEP_DOWN);
    g_assert_cmpint (level, ==, -1);
    g_assert_cmpint (response, ==, LIMBER_SUGGESTION_RESPONSE_ACCEPTED);
    g_assert_cmpint (limber_history_record_get_suggestion (records[1], NULL, NULL), ==, LIMBER_SUGGESTION_NONE);
  }
}

static void
test_suggest_step_up_dismiss (Fixture       *f,
                              gconstpointer  data)
{
  LimberFinishedPage *page;

  add_session (f, 8, TRUE, 2, 1, LIMBER_EFFORT_EASY);
  add_session (f, 4, TRUE, 2, 2, LIMBER_EFFORT_RIGHT);
  page = finish_session (f);
  /* Unanswered, the rules do not know it went well. */
  g_assert_cmpint (limber_finished_page_get_suggestion_kind (page), ==, LIMBER_SUGGESTION_NONE);
  answer (page, 2, LIMBER_EFFORT_EASY);
  g_assert_cmpint (limber_finished_page_get_suggestion_kind (page), ==, LIMBER_SUGGESTION_STEP_UP);
  assert_text_has (page, "Try level +1 next time?");
  g_assert_true (button_shown (page, "accept"));
  g_assert_true (button_shown (page, "dismiss"));

  /* Hard instead: no step up. */
  answer (page, 2, LIMBER_EFFORT_HARD);
  g_assert_cmpint (limber_finished_page_get_suggestion_kind (page), ==, LIMBER_SUGGESTION_NONE);
  answer (page, 2, LIMBER_EFFORT_RIGHT);
  g_assert_cmpint (limber_finished_page_get_suggestion_kind (page), ==, LIMBER_SUGGESTION_STEP_UP);

  /* Dismiss: the level stays, and the card does not come back. */
  g_signal_emit_by_name (limber_finished_page_get_suggestion_button (page, "dismiss"), "clicked");
  g_assert_cmpint (limber_finished_page_get_suggestion_kind (page), ==, LIMBER_SUGGESTION_NONE);
  answer (page, 1, LIMBER_EFFORT_EASY);
  g_assert_cmpint (limber_finished_page_get_suggestion_kind (page), ==, LIMBER_SUGGESTION_NONE);
  g_assert_cmpint (saved_level (f, "m"), ==, 0);
  limber_test_ui_activate (f->window, "back");
  g_assert_cmpint (limber_routine_page_get_level (limber_window_get_routine_page (f->window)), ==, 0);
  /* The step up proposed +1, dismissed; the answers given after it stay. */
  assert_saved_suggestion (f, "step-up", 1, "dismissed", 1);
}

/* "Get it checked" holds from the second painful session until one goes
 * well: on the routine page before starting, and on the Finished page of
 * every session in between. */
static void
test_get_checked_persists (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(LimberRoutine) routine = limber_test_ui_load_routine ("minimal.json");
  LimberRoutinePage *routine_page = limber_window_get_routine_page (f->window);
  LimberFinishedPage *page;

  /* One painful session: not yet. */
  add_session (f, 9, TRUE, 1, 7, LIMBER_EFFORT_HARD);
  limber_window_show_routine (f->window, routine);
  limber_test_ui_spin (1);
  g_assert_null (limber_routine_page_get_get_checked (routine_page));

  /* A second within 14 days: on the routine page at once, with the
   * warning signs. */
  add_session (f, 5, TRUE, 1, 6, LIMBER_EFFORT_RIGHT);
  limber_test_ui_spin (1);
  g_assert_nonnull (limber_routine_page_get_get_checked (routine_page));
  g_assert_nonnull (strstr (limber_routine_page_get_get_checked (routine_page), "twice within two weeks"));

  /* A session that does not go well (pain 4): the Finished page shows it
   * again, before and after the answers, and OK does not end it. */
  for (guint round = 0; round < 2; round++)
    {
      page = finish_session (f);
      g_assert_cmpint (limber_finished_page_get_suggestion_kind (page), ==, LIMBER_SUGGESTION_GET_CHECKED);
      answer (page, 4, LIMBER_EFFORT_RIGHT);
      g_assert_cmpint (limber_finished_page_get_suggestion_kind (page), ==, LIMBER_SUGGESTION_GET_CHECKED);
      assert_text_has (page, "weakness in both legs");
      g_signal_emit_by_name (limber_finished_page_get_suggestion_button (page, "ok"), "clicked");
      assert_saved_suggestion (f, "get-checked", 0, "dismissed", 4);
      limber_test_ui_activate (f->window, "back");
      g_assert_cmpint (limber_window_get_visible_page (f->window), ==, LIMBER_WINDOW_PAGE_ROUTINE);
      g_assert_nonnull (limber_routine_page_get_get_checked (routine_page));
    }

  /* A session that goes well (finished, pain 2, not above before): the
   * card goes, on the Finished page once answered (easing off comes next:
   * 2 of the last 3 hurt 4 or more), and on the routine page. */
  page = finish_session (f);
  g_assert_cmpint (limber_finished_page_get_suggestion_kind (page), ==, LIMBER_SUGGESTION_GET_CHECKED);
  answer (page, 2, LIMBER_EFFORT_RIGHT);
  g_assert_cmpint (limber_finished_page_get_suggestion_kind (page), ==, LIMBER_SUGGESTION_STEP_DOWN);
  limber_test_ui_activate (f->window, "back");
  assert_saved_suggestion (f, "step-down", -1, "shown", 2);
  g_assert_null (limber_routine_page_get_get_checked (routine_page));
  g_assert_cmpint (saved_level (f, "m"), ==, 0);
}

static void
test_safety_note_urgent (void)
{
  const char *note = limber_ui_safety_note ();

  g_assert_nonnull (strstr (note, "numbness or tingling"));
  g_assert_nonnull (strstr (note, "Stop and get urgent medical help if you have numbness around the groin or "
                                  "buttocks, new trouble controlling the bladder or bowel, or weakness in both legs."));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  limber_test_ui_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/progression-ui/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("level-bounds", test_level_bounds);
  ADD ("plays-level", test_plays_level);
  ADD ("easy-day", test_easy_day);
  ADD ("suggest-stop-today", test_suggest_stop_today);
  ADD ("suggest-get-checked", test_suggest_get_checked);
  ADD ("suggest-step-down-accept", test_suggest_step_down_accept);
  ADD ("suggest-step-up-dismiss", test_suggest_step_up_dismiss);
  ADD ("get-checked-persists", test_get_checked_persists);
  g_test_add_func ("/progression-ui/safety-note-urgent", test_safety_note_urgent);

  status = g_test_run ();
  limber_test_ui_cleanup ();
  return status;
}
