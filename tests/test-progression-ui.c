/* test-progression-ui.c: levels on the routine page, the easy day, the
 * level played (suite "ui")
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "limber-application.h"
#include "limber-format.h"
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
  g_assert_cmpuint (hold, ==, limber_exercise_get_set_seconds (first) + 5);
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

  status = g_test_run ();
  limber_test_ui_cleanup ();
  return status;
}
