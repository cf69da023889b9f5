/* test-window.c: the main window under Xvfb (suite "ui")
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "limber-application.h"
#include "limber-canberra-player.h"
#include "limber-canberra-player-private.h"
#include "limber-ui-format.h"
#include "limber-test-ui.h"
#include "limber-virtual-clock.h"
#include "limber-session-private.h"

#define BAD_ROUTINE "{ \"format\": \"limber-routine\", \"version\": 1, \"id\": \"broken\", " \
                    "\"title\": \"Broken\", \"exercises\": [ { \"name\": \"X\", \"duraton\": 30 } ] }"

typedef struct
{
  LimberApplication *app;
  LimberWindow *window;
  LimberClock *clock;
} Fixture;

static char *
bad_file_path (void)
{
  LimberLibrary *library = limber_application_get_library (limber_test_ui_get_app ());
  GFile *dir = limber_library_get_user_dir (library);

  return g_build_filename (g_file_peek_path (dir), "broken.json", NULL);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  gboolean with_bad_file = GPOINTER_TO_INT (data);

  f->app = limber_test_ui_get_app ();

  /* The person's routines folder is a temporary one (limber_test_ui_init):
   * empty unless the test writes to it. */
  if (with_bad_file)
    {
      g_autofree char *path = bad_file_path ();
      g_autofree char *dir = g_path_get_dirname (path);
      g_autoptr(GError) error = NULL;

      g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
      g_file_set_contents (path, BAD_ROUTINE, -1, &error);
      g_assert_no_error (error);
      limber_test_ui_reload_library ();
    }

  f->clock = limber_virtual_clock_new (1000000);
  f->window = limber_test_ui_new_window (f->app, f->clock);
  limber_test_ui_show_window (f->window);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  LimberSession *session = limber_window_get_session (f->window);
  GWeakRef session_ref;

  g_weak_ref_init (&session_ref, session);
  limber_test_ui_destroy_window (f->window);
  limber_test_ui_assert_finalized (f->window, "window");
  /* The window let go of its session. */
  g_assert_null (g_weak_ref_get (&session_ref));
  g_weak_ref_clear (&session_ref);
  limber_test_ui_assert_finalized (f->clock, "clock");

  if (GPOINTER_TO_INT (data))
    {
      g_autofree char *path = bad_file_path ();

      g_assert_cmpint (g_unlink (path), ==, 0);
      limber_test_ui_reload_library ();
    }
}

static void
test_lists_bundled (Fixture       *f,
                    gconstpointer  data)
{
  LimberLibraryPage *page = limber_window_get_library_page (f->window);
  GListModel *shown = limber_library_page_get_shown (page);
  g_autofree char *problems = limber_library_page_dup_problems_text (page);
  gboolean found = FALSE;

  g_assert_cmpint (limber_window_get_visible_page (f->window), ==, LIMBER_WINDOW_PAGE_LIBRARY);
  g_assert_cmpuint (g_list_model_get_n_items (shown), >=, 4);
  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(LimberRoutine) routine = g_list_model_get_item (shown, i);

      if (g_str_equal (limber_routine_get_id (routine), "hip-flexor-release"))
        found = TRUE;
    }
  g_assert_true (found);
  g_assert_cmpstr (problems, ==, "");
}

static void
test_search_filters (Fixture       *f,
                     gconstpointer  data)
{
  LimberLibraryPage *page = limber_window_get_library_page (f->window);
  GListModel *shown = limber_library_page_get_shown (page);
  guint all = g_list_model_get_n_items (shown);
  g_autoptr(LimberRoutine) first = NULL;

  /* An exercise name finds its routine, whatever the case. */
  limber_library_page_set_search_text (page, "HAMSTRING");
  g_assert_cmpuint (g_list_model_get_n_items (shown), >=, 1);
  g_assert_cmpuint (g_list_model_get_n_items (shown), <, all);
  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(LimberRoutine) routine = g_list_model_get_item (shown, i);

      if (g_str_equal (limber_routine_get_id (routine), "hip-flexor-release"))
        g_set_object (&first, routine);
      /* Each one found holds a hamstring exercise. */
      g_assert_false (g_str_equal (limber_routine_get_id (routine), "desk-break"));
    }
  g_assert_nonnull (first);

  limber_library_page_set_search_text (page, "no routine is called this");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 0);

  limber_library_page_set_search_text (page, "");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, all);

  /* Ctrl+F's action opens the search. */
  limber_test_ui_activate (f->window, "search");
}

static void
test_routine_page (Fixture       *f,
                   gconstpointer  data)
{
  LimberRoutine *routine = limber_test_ui_lookup_bundled ("hip-flexor-release");
  LimberRoutinePage *page = limber_window_get_routine_page (f->window);
  GListModel *exercises;
  g_autoptr(LimberExercise) first = NULL;

  g_assert_false (limber_window_get_action_enabled (f->window, "start"));
  g_signal_emit_by_name (limber_window_get_library_page (f->window), "routine-activated", routine);
  g_assert_cmpint (limber_window_get_visible_page (f->window), ==, LIMBER_WINDOW_PAGE_ROUTINE);
  g_assert_true (limber_routine_page_get_routine (page) == routine);

  exercises = limber_routine_page_get_exercises (page);
  g_assert_cmpuint (g_list_model_get_n_items (exercises), ==, limber_routine_get_n_exercises (routine));
  first = g_list_model_get_item (exercises, 0);
  g_assert_cmpstr (limber_exercise_get_name (first), ==, "Kneeling hip flexor stretch");
  g_assert_true (limber_window_get_action_enabled (f->window, "start"));
}

static void
test_start_shows_player (Fixture       *f,
                         gconstpointer  data)
{
  LimberPlayerPage *player = limber_window_get_player_page (f->window);
  LimberSession *session;

  limber_window_show_routine (f->window, limber_test_ui_lookup_bundled ("hip-flexor-release"));
  limber_test_ui_activate (f->window, "start");

  session = limber_window_get_session (f->window);
  g_assert_nonnull (session);
  g_assert_cmpint (limber_window_get_visible_page (f->window), ==, LIMBER_WINDOW_PAGE_PLAYER);
  g_assert_cmpint (limber_session_get_state (session), ==, LIMBER_SESSION_RUNNING);
  g_assert_cmpuint (limber_session_get_step_index (session), ==, 0);
  g_assert_cmpstr (limber_player_page_get_phase_text (player), ==, "Get ready");
  g_assert_cmpstr (limber_player_page_get_time_text (player), ==, "0:10");
  /* The display keeps time once a second while it is shown. */
  g_assert_true (limber_player_page_is_ticking (player));

  limber_test_ui_advance (f->clock, 10.5);
  g_assert_cmpstr (limber_player_page_get_phase_text (player), ==, "Work");
  g_assert_cmpstr (limber_player_page_get_time_text (player), ==, "0:30");

  /* Library commands are off while the player shows. */
  g_assert_false (limber_window_get_action_enabled (f->window, "search"));
}

static void
test_controls_by_action (Fixture       *f,
                         gconstpointer  data)
{
  LimberSession *session;

  limber_window_start_routine (f->window, limber_test_ui_lookup_bundled ("hip-flexor-release"));
  session = limber_window_get_session (f->window);

  limber_test_ui_activate (f->window, "toggle-pause");
  g_assert_cmpint (limber_session_get_state (session), ==, LIMBER_SESSION_PAUSED);
  g_assert_false (limber_player_page_is_ticking (limber_window_get_player_page (f->window)));
  limber_test_ui_activate (f->window, "toggle-pause");
  g_assert_cmpint (limber_session_get_state (session), ==, LIMBER_SESSION_RUNNING);

  limber_test_ui_activate (f->window, "next");
  g_assert_cmpuint (limber_session_get_step_index (session), ==, 1);
  limber_test_ui_activate (f->window, "next");
  g_assert_cmpuint (limber_session_get_step_index (session), ==, 2);
  limber_test_ui_activate (f->window, "previous");
  g_assert_cmpuint (limber_session_get_step_index (session), ==, 1);

  /* Done only applies to sets counted by hand. */
  g_assert_false (limber_window_get_action_enabled (f->window, "done"));
}

/* A start builds what it shows and no more: the player, the summary and the
 * history are made the first time they are shown. */
static void
test_pages_on_first_show (Fixture       *f,
                          gconstpointer  data)
{
  g_assert_cmpint (limber_window_get_visible_page (f->window), ==, LIMBER_WINDOW_PAGE_LIBRARY);
  g_assert_null (f->window->player_page);
  g_assert_null (f->window->finished_page);
  g_assert_null (f->window->history_page);
  g_assert_null (f->window->editor_window);

  limber_window_start_routine (f->window, limber_test_ui_lookup_bundled ("hip-flexor-release"));
  g_assert_nonnull (f->window->player_page);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (f->window->player_page)));
  g_assert_null (f->window->finished_page);
  g_assert_null (f->window->history_page);

  /* Stopped after some work: the summary shows. */
  limber_test_ui_advance (f->clock, 12);
  limber_session_stop (limber_window_get_session (f->window));
  limber_test_ui_spin (10);
  g_assert_cmpint (limber_window_get_visible_page (f->window), ==, LIMBER_WINDOW_PAGE_FINISHED);
  g_assert_nonnull (f->window->finished_page);
  g_assert_null (f->window->history_page);
}

/* The player's button that activates @action, or NULL. */
static GtkWidget *
find_action_button (GtkWidget  *widget,
                    const char *action)
{
  if (GTK_IS_BUTTON (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_action_button (child, action);

      if (found != NULL)
        return found;
    }
  return NULL;
}

typedef struct
{
  guint kind;
  gint64 planned;
} Cue;

static void
on_cue (LimberSession *session,
        guint          kind,
        gint64         planned,
        GArray        *cues)
{
  Cue cue = { kind, planned };

  g_array_append_val (cues, cue);
}

/* The planned time of the first cue of @kind, or -1. */
static gint64
cue_time (GArray *cues,
          guint   kind,
          guint   nth)
{
  for (guint i = 0; i < cues->len; i++)
    if (g_array_index (cues, Cue, i).kind == kind && nth-- == 0)
      return g_array_index (cues, Cue, i).planned;
  return -1;
}

/* "+10 s" and "−10 s" move a timed set's end, and its cues with it. The
 * clock starts at 1 s; hip-flexor-release prepares for 10 s, then holds the
 * left side for 30 s. */
static void
test_add_time (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GArray) cues = g_array_new (FALSE, FALSE, sizeof (Cue));
  LimberPlayerPage *page;
  GtkWidget *more, *less;
  LimberSession *session;

  limber_window_start_routine (f->window, limber_test_ui_lookup_bundled ("hip-flexor-release"));
  session = limber_window_get_session (f->window);
  page = limber_window_get_player_page (f->window);
  more = find_action_button (GTK_WIDGET (page), "win.add-time");
  less = find_action_button (GTK_WIDGET (page), "win.remove-time");
  g_assert_nonnull (more);
  g_assert_nonnull (less);

  /* Not while preparing: shown for timed sets only. */
  g_assert_false (limber_window_get_action_enabled (f->window, "add-time"));
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_parent (more)));

  limber_test_ui_advance (f->clock, 10.5);
  g_assert_cmpint (limber_session_get_step (session)->kind, ==, LIMBER_STEP_WORK);
  g_assert_true (gtk_widget_is_visible (more));
  g_assert_true (gtk_widget_is_visible (less));
  g_assert_cmpint (limber_session_get_step_remaining_ms (session), ==, 29500);

  limber_test_ui_activate (f->window, "add-time");
  g_assert_cmpint (limber_session_get_step_remaining_ms (session), ==, 39500);
  g_assert_cmpstr (limber_player_page_get_time_text (page), ==, "0:40");
  limber_test_ui_activate (f->window, "remove-time");
  g_assert_cmpint (limber_session_get_step_remaining_ms (session), ==, 29500);
  g_assert_cmpstr (limber_player_page_get_time_text (page), ==, "0:30");
  /* The button does what the action does. */
  g_signal_emit_by_name (more, "clicked");
  limber_test_ui_spin (10);
  g_assert_cmpint (limber_session_get_step_duration_ms (session), ==, 40000);

  g_signal_connect (session, "cue", G_CALLBACK (on_cue), cues);
  /* Halfway is at 20 s of the 40 s now (it was at 15 s of 30). */
  limber_test_ui_advance (f->clock, 29);
  g_assert_cmpint (cue_time (cues, LIMBER_CUE_HALFWAY, 0), ==, 31000000);
  g_assert_cmpint (cue_time (cues, LIMBER_CUE_COUNTDOWN, 0), ==, -1);
  /* Past the old end, still the same set. */
  limber_test_ui_advance (f->clock, 1);
  g_assert_cmpuint (limber_session_get_step_index (session), ==, 1);
  g_assert_cmpint (cue_time (cues, LIMBER_CUE_COUNTDOWN, 0), ==, -1);
  /* The countdown comes in the last 3 s of the new end, 51 s. */
  limber_test_ui_advance (f->clock, 10);
  g_assert_cmpuint (limber_session_get_step_index (session), ==, 2);
  g_assert_cmpint (cue_time (cues, LIMBER_CUE_COUNTDOWN, 0), ==, 48000000);
  g_assert_cmpint (cue_time (cues, LIMBER_CUE_COUNTDOWN, 1), ==, 49000000);
  g_assert_cmpint (cue_time (cues, LIMBER_CUE_COUNTDOWN, 2), ==, 50000000);
  g_signal_handlers_disconnect_by_data (session, cues);

  /* Switching sides is not a set: no buttons, no action. */
  g_assert_cmpint (limber_session_get_step (session)->kind, !=, LIMBER_STEP_WORK);
  g_assert_false (limber_window_get_action_enabled (f->window, "add-time"));
  g_assert_false (limber_window_get_action_enabled (f->window, "remove-time"));
  g_assert_false (gtk_widget_is_visible (more));
}

static void
test_done_ends_manual_set (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(LimberRoutine) routine = limber_test_ui_load_routine ("manual-reps.json");
  LimberSession *session;

  limber_window_start_routine (f->window, routine);
  session = limber_window_get_session (f->window);
  limber_test_ui_advance (f->clock, 10.5);
  g_assert_cmpint (limber_session_get_step (session)->kind, ==, LIMBER_STEP_WORK);
  limber_test_ui_activate (f->window, "done");
  g_assert_cmpuint (limber_session_get_completed_sets (session, 0), ==, 1);
  g_assert_cmpint (limber_session_get_step (session)->kind, ==, LIMBER_STEP_REST);
}

static void
send_key (const char *key)
{
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "xdotool", "key", "--clearmodifiers", key, NULL };
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  limber_test_ui_spin (150);
}

static void
test_controls_by_key (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *xdotool = g_find_program_in_path ("xdotool");
  LimberSession *session;

  if (xdotool == NULL || g_getenv ("DISPLAY") == NULL)
    {
      g_test_skip ("needs xdotool and an X display");
      return;
    }

  limber_window_start_routine (f->window, limber_test_ui_lookup_bundled ("hip-flexor-release"));
  session = limber_window_get_session (f->window);
  limber_test_ui_spin (300);
  if (!gtk_window_is_active (GTK_WINDOW (f->window)))
    {
      g_test_skip ("the window did not get the keyboard focus");
      return;
    }

  send_key ("space");
  g_assert_cmpint (limber_session_get_state (session), ==, LIMBER_SESSION_PAUSED);
  send_key ("space");
  g_assert_cmpint (limber_session_get_state (session), ==, LIMBER_SESSION_RUNNING);
  send_key ("Right");
  g_assert_cmpuint (limber_session_get_step_index (session), ==, 1);
  /* + and − lengthen and shorten a timed set by ten seconds. */
  send_key ("plus");
  g_assert_cmpint (limber_session_get_step_duration_ms (session), ==, 40000);
  send_key ("minus");
  g_assert_cmpint (limber_session_get_step_duration_ms (session), ==, 30000);
  send_key ("n");
  g_assert_cmpuint (limber_session_get_step_index (session), ==, 2);
  send_key ("Left");
  g_assert_cmpuint (limber_session_get_step_index (session), ==, 1);
  send_key ("p");
  g_assert_cmpuint (limber_session_get_step_index (session), ==, 0);
  /* Esc in the first seconds stops without asking. */
  send_key ("Escape");
  g_assert_cmpint (limber_session_get_state (session), ==, LIMBER_SESSION_STOPPED);
  /* A work step was started (Next went through one): the session is
   * history, and its summary shows, "Stopped early". */
  g_assert_true (limber_session_get_did_work (session));
  g_assert_cmpint (limber_window_get_visible_page (f->window), ==, LIMBER_WINDOW_PAGE_FINISHED);
}

/* Typing on the library goes to its search (the entry sits in a clamp, so
 * the search bar must be told which entry is its own). */
static void
test_type_to_search (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *xdotool = g_find_program_in_path ("xdotool");
  LimberLibraryPage *page = limber_window_get_library_page (f->window);
  GListModel *shown = limber_library_page_get_shown (page);
  guint all = g_list_model_get_n_items (shown);

  if (xdotool == NULL || g_getenv ("DISPLAY") == NULL)
    {
      g_test_skip ("needs xdotool and an X display");
      return;
    }
  limber_test_ui_spin (300);
  if (!gtk_window_is_active (GTK_WINDOW (f->window)))
    {
      g_test_skip ("the window did not get the keyboard focus");
      return;
    }

  send_key ("d");
  send_key ("e");
  send_key ("s");
  send_key ("k");
  limber_test_ui_spin (300);
  g_assert_cmpuint (g_list_model_get_n_items (shown), >=, 1);
  g_assert_cmpuint (g_list_model_get_n_items (shown), <, all);
  {
    gboolean desk_break = FALSE;

    for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
      {
        g_autoptr(LimberRoutine) routine = g_list_model_get_item (shown, i);

        desk_break |= g_str_equal (limber_routine_get_id (routine), "desk-break");
      }
    g_assert_true (desk_break);
  }
}

static void
test_stop_asks_after_a_while (Fixture       *f,
                              gconstpointer  data)
{
  LimberSession *session;

  limber_window_start_routine (f->window, limber_test_ui_lookup_bundled ("hip-flexor-release"));
  session = limber_window_get_session (f->window);
  limber_test_ui_advance (f->clock, 8);

  limber_test_ui_activate (f->window, "stop");
  g_assert_cmpint (limber_session_get_state (session), ==, LIMBER_SESSION_RUNNING);
  g_assert_nonnull (limber_window_get_stop_dialog (f->window));

  adw_message_dialog_response (ADW_MESSAGE_DIALOG (limber_window_get_stop_dialog (f->window)), "stop");
  limber_test_ui_spin (10);
  g_assert_cmpint (limber_session_get_state (session), ==, LIMBER_SESSION_STOPPED);
  g_assert_cmpint (limber_window_get_visible_page (f->window), ==, LIMBER_WINDOW_PAGE_ROUTINE);
}

static void
test_close_asks_during_session (Fixture       *f,
                                gconstpointer  data)
{
  limber_window_start_routine (f->window, limber_test_ui_lookup_bundled ("desk-break"));
  limber_test_ui_advance (f->clock, 1);

  gtk_window_close (GTK_WINDOW (f->window));
  limber_test_ui_spin (10);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->window)));
  g_assert_nonnull (limber_window_get_stop_dialog (f->window));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (limber_window_get_stop_dialog (f->window)), "continue");
  limber_test_ui_spin (10);
  g_assert_cmpint (limber_session_get_state (limber_window_get_session (f->window)), ==,
                   LIMBER_SESSION_RUNNING);
}

/* The message dialog the window shows over itself, or NULL. */
static AdwMessageDialog *
find_message_dialog (LimberWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (w) && gtk_window_get_transient_for (w) == GTK_WINDOW (window) &&
          gtk_widget_get_visible (GTK_WIDGET (w)))
        return ADW_MESSAGE_DIALOG (w);
    }
  return NULL;
}

/* Closing the window with break reminders on says once that they keep
 * running (background-notice-shown), then closes; never again. Reminders
 * off: nothing is said. */
static void
test_close_says_reminders_run (void)
{
  LimberApplication *app = limber_test_ui_get_app ();
  GSettings *settings = limber_application_get_settings (app);
  g_autoptr(LimberClock) clock = limber_virtual_clock_new (1000000);
  LimberWindow *window;
  AdwMessageDialog *dialog;

  /* Off: closes at once, and nothing is remembered. */
  window = limber_test_ui_new_window (app, clock);
  limber_test_ui_show_window (window);
  gtk_window_close (GTK_WINDOW (window));
  limber_test_ui_spin (50);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_false (g_settings_get_boolean (settings, "background-notice-shown"));
  limber_test_ui_assert_finalized (window, "window closed with reminders off");

  g_settings_set_boolean (settings, "break-reminders", TRUE);
  window = limber_test_ui_new_window (app, clock);
  limber_test_ui_show_window (window);
  gtk_window_close (GTK_WINDOW (window));
  limber_test_ui_spin (50);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  dialog = find_message_dialog (window);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Reminders Keep Running");
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==,
                   "Limber reminds you to get up even with its window closed. To stop the reminders until "
                   "the next start, choose Quit in the main menu; Preferences can pause them or turn them off.");
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "close");
  g_assert_true (adw_message_dialog_has_response (dialog, "off"));
  adw_message_dialog_response (dialog, "close");
  limber_test_ui_spin (50);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_true (g_settings_get_boolean (settings, "background-notice-shown"));
  g_assert_true (g_settings_get_boolean (settings, "break-reminders"));
  limber_test_ui_assert_finalized (window, "window closed after the notice");

  /* Said once: the next window closes without a word. */
  window = limber_test_ui_new_window (app, clock);
  limber_test_ui_show_window (window);
  gtk_window_close (GTK_WINDOW (window));
  limber_test_ui_spin (50);
  g_assert_null (find_message_dialog (window));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window)));
  limber_test_ui_assert_finalized (window, "window closed the second time");

  /* Turn Off Reminders, from a fresh notice. */
  g_settings_set_boolean (settings, "background-notice-shown", FALSE);
  window = limber_test_ui_new_window (app, clock);
  limber_test_ui_show_window (window);
  gtk_window_close (GTK_WINDOW (window));
  limber_test_ui_spin (50);
  dialog = find_message_dialog (window);
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "off");
  limber_test_ui_spin (50);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_false (g_settings_get_boolean (settings, "break-reminders"));
  g_assert_true (g_settings_get_boolean (settings, "background-notice-shown"));
  limber_test_ui_assert_finalized (window, "window closed after Turn Off Reminders");

  g_settings_reset (settings, "background-notice-shown");
  g_settings_reset (settings, "break-reminders");
}

static void
assert_answer_button (GtkButton  *button,
                      const char *label,
                      const char *answer)
{
  GVariant *target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (button));

  g_assert_cmpstr (gtk_button_get_label (button), ==, label);
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), ==, "app.answer-reminder");
  g_assert_nonnull (target);
  g_assert_cmpstr (g_variant_get_string (target, NULL), ==, answer);
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (button)));
}

/* No notification server: limber-reminders sends the reminder to the window
 * (app.show-reminder); the banner has the notification's three answers, and
 * an answer or app.hide-reminder hides it. */
static void
test_reminder_banner (Fixture       *f,
                      gconstpointer  data)
{
  GActionGroup *app = G_ACTION_GROUP (f->app);

  g_assert_false (gtk_revealer_get_reveal_child (f->window->reminder_revealer));
  g_action_group_activate_action (app, "show-reminder",
                                  g_variant_new ("(ss)", "You have been sitting for 30 minutes",
                                                 "A 3-minute Desk Break loosens the hips"));
  limber_test_ui_spin (50);
  g_assert_true (gtk_revealer_get_reveal_child (f->window->reminder_revealer));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (f->window->reminder_start_button)));
  g_assert_cmpstr (gtk_label_get_label (f->window->reminder_title_label), ==, "You have been sitting for 30 minutes");
  g_assert_cmpstr (gtk_label_get_label (f->window->reminder_body_label), ==, "A 3-minute Desk Break loosens the hips");
  assert_answer_button (f->window->reminder_start_button, "Start", "start-break");
  assert_answer_button (f->window->reminder_snooze_button, "In 5 Minutes", "snooze");
  assert_answer_button (f->window->reminder_skip_button, "Skip", "skip");

  /* An answer hides it. */
  g_signal_emit_by_name (f->window->reminder_skip_button, "clicked");
  limber_test_ui_spin (50);
  g_assert_false (gtk_revealer_get_reveal_child (f->window->reminder_revealer));

  /* Withdrawn (a break taken meanwhile): hidden. */
  g_action_group_activate_action (app, "show-reminder", g_variant_new ("(ss)", "T", "B"));
  limber_test_ui_spin (10);
  g_assert_true (gtk_revealer_get_reveal_child (f->window->reminder_revealer));
  g_action_group_activate_action (app, "hide-reminder", NULL);
  limber_test_ui_spin (10);
  g_assert_false (gtk_revealer_get_reveal_child (f->window->reminder_revealer));
}

/* Start on a reminder while Limber runs: limber-reminders activates
 * app.start-routine with the break routine's id. */
static void
test_start_routine_action (Fixture       *f,
                           gconstpointer  data)
{
  AdwMessageDialog *dialog;

  g_action_group_activate_action (G_ACTION_GROUP (f->app), "start-routine", g_variant_new_string ("desk-break"));
  limber_test_ui_spin (50);
  g_assert_cmpint (limber_window_get_visible_page (f->window), ==, LIMBER_WINDOW_PAGE_PLAYER);
  g_assert_nonnull (limber_window_get_session (f->window));
  g_assert_cmpint (limber_session_get_state (limber_window_get_session (f->window)), ==, LIMBER_SESSION_RUNNING);
  g_assert_cmpstr (limber_routine_get_id (f->window->routine), ==, "desk-break");
  g_assert_cmpuint (limber_session_get_step_index (limber_window_get_session (f->window)), ==, 0);

  /* An id the library does not have: said, and the session goes on. */
  g_action_group_activate_action (G_ACTION_GROUP (f->app), "start-routine", g_variant_new_string ("no-such"));
  limber_test_ui_spin (50);
  dialog = find_message_dialog (f->window);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Cannot Start the Routine");
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==,
                   "No routine has the id “no-such”; “limber --list” shows the ids");
  g_assert_cmpint (limber_session_get_state (limber_window_get_session (f->window)), ==, LIMBER_SESSION_RUNNING);
  gtk_window_destroy (GTK_WINDOW (dialog));
  limber_test_ui_spin (10);
}

static void
test_runs_to_finished (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(LimberRoutine) routine = limber_test_ui_load_routine ("minimal.json");
  LimberFinishedPage *finished = limber_window_get_finished_page (f->window);
  LimberSession *session;

  limber_window_start_routine (f->window, routine);
  session = limber_window_get_session (f->window);
  limber_virtual_clock_run_until_idle (LIMBER_VIRTUAL_CLOCK (f->clock), G_MAXINT64 / 4);
  limber_test_ui_spin (10);

  g_assert_cmpint (limber_session_get_state (session), ==, LIMBER_SESSION_FINISHED);
  g_assert_cmpint (limber_window_get_visible_page (f->window), ==, LIMBER_WINDOW_PAGE_FINISHED);
  g_assert_nonnull (strstr (limber_finished_page_get_summary (finished), "1 of 1 exercise done"));
  g_assert_false (limber_player_page_is_ticking (limber_window_get_player_page (f->window)));

  /* "Again" starts it over; "Done" goes back to the routine. */
  limber_test_ui_activate (f->window, "again");
  g_assert_cmpint (limber_window_get_visible_page (f->window), ==, LIMBER_WINDOW_PAGE_PLAYER);
  g_assert_cmpint (limber_session_get_state (limber_window_get_session (f->window)), ==,
                   LIMBER_SESSION_RUNNING);
  limber_virtual_clock_run_until_idle (LIMBER_VIRTUAL_CLOCK (f->clock), G_MAXINT64 / 4);
  limber_test_ui_spin (10);
  limber_test_ui_activate (f->window, "back");
  g_assert_cmpint (limber_window_get_visible_page (f->window), ==, LIMBER_WINDOW_PAGE_ROUTINE);
}

/* Widgets under @root with the CSS class @css_class that are drawn. */
static guint
count_shown (GtkWidget  *root,
             const char *css_class)
{
  guint n = 0;

  if (gtk_widget_has_css_class (root, css_class) && gtk_widget_is_drawable (root))
    n++;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_shown (child, css_class);
  return n;
}

static void
on_visible_changed (GtkWidget  *widget,
                    GParamSpec *pspec,
                    guint      *n_shown)
{
  if (gtk_widget_get_visible (widget))
    (*n_shown)++;
}

static GtkWidget *
find_by_class (GtkWidget  *root,
               const char *css_class)
{
  if (gtk_widget_has_css_class (root, css_class))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_by_class (child, css_class);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* No sound server (main() points PULSE_SERVER at a missing socket): the
 * application's real libcanberra player turns unavailable, the player page
 * shows its notice once, and the session still runs to the Finished page. */
static void
test_no_sound_server (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(LimberRoutine) routine = limber_test_ui_load_routine ("minimal.json");
  LimberCuePlayer *player = limber_application_get_cue_player (f->app);
  GtkWidget *page = GTK_WIDGET (limber_window_get_player_page (f->window));
  GtkWidget *notice = find_by_class (page, "sound-unavailable");
  LimberSession *session;
  guint n_shown = 0;

  g_assert_nonnull (player);
  g_assert_nonnull (notice);
  g_signal_connect (notice, "notify::visible", G_CALLBACK (on_visible_changed), &n_shown);

  limber_window_start_routine (f->window, routine);
  session = limber_window_get_session (f->window);
  /* The player finds out in a worker thread; cues are played meanwhile. */
  for (int i = 0; i < 500 && limber_cue_player_get_available (player); i++)
    limber_test_ui_spin (10);
  g_assert_false (limber_cue_player_get_available (player));
  g_assert_nonnull (limber_canberra_player_get_error_message (LIMBER_CANBERRA_PLAYER (player)));
  g_assert_cmpuint (count_shown (page, "sound-unavailable"), ==, 1);

  limber_virtual_clock_run_until_idle (LIMBER_VIRTUAL_CLOCK (f->clock), G_MAXINT64 / 4);
  limber_test_ui_spin (10);
  g_assert_cmpint (limber_session_get_state (session), ==, LIMBER_SESSION_FINISHED);
  g_assert_cmpint (limber_window_get_visible_page (f->window), ==, LIMBER_WINDOW_PAGE_FINISHED);
  /* Shown once: the notice appeared one time for the whole session (n_shown
   * is 0 when it was already shown before this session started). */
  g_assert_cmpuint (n_shown, <=, 1);
  g_assert_true (gtk_widget_get_visible (notice));
  g_signal_handlers_disconnect_by_func (notice, on_visible_changed, &n_shown);
}

static void
test_problem_entry (Fixture       *f,
                    gconstpointer  data)
{
  LimberLibraryPage *page = limber_window_get_library_page (f->window);
  g_autofree char *problems = limber_library_page_dup_problems_text (page);

  g_assert_nonnull (strstr (problems, "broken.json"));
  g_assert_nonnull (strstr (problems, "duraton"));
  /* The good routines are still there. */
  g_assert_cmpuint (g_list_model_get_n_items (limber_library_page_get_shown (page)), >=, 4);
}

/* A named pipe and a dangling link among the person's routines: the library
 * loads (no hang), lists both as problems, and no error dialog opens. */
static void
test_odd_files_listed (Fixture       *f,
                       gconstpointer  data)
{
  LimberLibraryPage *page = limber_window_get_library_page (f->window);
  g_autofree char *bad = bad_file_path ();
  g_autofree char *dir = g_path_get_dirname (bad);
  g_autofree char *fifo = g_build_filename (dir, "pipe.json", NULL);
  g_autofree char *link = g_build_filename (dir, "gone.json", NULL);
  g_autofree char *problems = NULL;
  g_autoptr(GList) toplevels = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_no_errno (mkfifo (fifo, 0600));
  g_assert_no_errno (symlink ("nowhere/gone.json", link));
  limber_test_ui_reload_library ();
  limber_test_ui_spin (50);

  problems = limber_library_page_dup_problems_text (page);
  g_assert_nonnull (strstr (problems, "pipe.json: cannot read: it is a named pipe (FIFO), not a regular file"));
  g_assert_nonnull (strstr (problems, "gone.json: cannot read: it is a link to “nowhere/gone.json”, which does not exist"));
  g_assert_cmpuint (g_list_model_get_n_items (limber_library_page_get_shown (page)), >=, 4);
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (l->data != (gpointer) f->window && gtk_widget_get_visible (l->data))
      g_error ("a window opened: %s", G_OBJECT_TYPE_NAME (l->data));

  g_assert_no_errno (g_unlink (fifo));
  g_assert_no_errno (g_unlink (link));
  limber_test_ui_reload_library ();
}

static void
test_start_bad_id (void)
{
  const char *bin = g_getenv ("LIMBER_BIN");
  const char *argv[] = { bin, "--start", "no-such-routine", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_assert_nonnull (bin);
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  g_assert_false (g_spawn_check_wait_status (status, NULL));
  g_assert_nonnull (strstr (err, "no-such-routine"));
}

static void
test_start_bad_file (void)
{
  const char *bin = g_getenv ("LIMBER_BIN");
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "routines", "bad",
                                                 "both-duration-and-reps.json", NULL);
  const char *argv[] = { bin, "--start", path, NULL };
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, &err, &status, &error);
  g_assert_no_error (error);
  g_assert_false (g_spawn_check_wait_status (status, NULL));
  g_assert_nonnull (strstr (err, "has both \"duration\" and \"reps\""));
}

static void
test_preferences_bound (Fixture       *f,
                        gconstpointer  data)
{
  GSettings *settings = limber_application_get_settings (f->app);
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint before = g_list_model_get_n_items (toplevels);
  g_autoptr(GtkWindow) prefs = NULL;

  g_action_group_activate_action (G_ACTION_GROUP (f->app), "preferences", NULL);
  limber_test_ui_spin (100);
  g_assert_cmpuint (g_list_model_get_n_items (toplevels), ==, before + 1);
  for (guint i = 0; i < g_list_model_get_n_items (toplevels) && prefs == NULL; i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);

      if (ADW_IS_PREFERENCES_WINDOW (w))
        prefs = g_steal_pointer (&w);
    }
  g_assert_nonnull (prefs);

  /* The style choice reaches the style manager through GSettings. */
  g_settings_set_string (settings, "color-scheme", "dark");
  g_assert_cmpint (adw_style_manager_get_color_scheme (adw_style_manager_get_default ()), ==,
                   ADW_COLOR_SCHEME_FORCE_DARK);
  g_settings_reset (settings, "color-scheme");
  gtk_window_destroy (prefs);
  limber_test_ui_spin (10);
  limber_test_ui_assert_finalized (g_steal_pointer (&prefs), "preferences window");
}

/* Ctrl+? shows the keyboard shortcuts, built only then (not with the window). */
static void
test_shortcuts_window (Fixture       *f,
                       gconstpointer  data)
{
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (f->app),
                                                                "win.show-shortcuts");
  g_autoptr(GList) before = gtk_window_list_toplevels ();
  g_autoptr(GList) after = NULL;
  GtkWindow *shortcuts = NULL;

  g_assert_true (g_strv_contains ((const char * const *) accels, "<Control>question"));
  for (GList *l = before; l != NULL; l = l->next)
    g_assert_false (GTK_IS_SHORTCUTS_WINDOW (l->data));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-shortcuts", NULL));
  limber_test_ui_spin (10);
  after = gtk_window_list_toplevels ();
  for (GList *l = after; l != NULL; l = l->next)
    if (GTK_IS_SHORTCUTS_WINDOW (l->data))
      {
        g_assert_null (shortcuts);
        shortcuts = l->data;
      }
  g_assert_nonnull (shortcuts);
  g_assert_true (gtk_window_get_transient_for (shortcuts) == GTK_WINDOW (f->window));
  g_assert_true (gtk_window_get_modal (shortcuts));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));
  gtk_window_destroy (shortcuts);
  limber_test_ui_spin (10);
}

static void
test_words (void)
{
  g_autoptr(LimberExercise) exercise = limber_exercise_new ();
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *c = NULL;

  limber_exercise_set_duration (exercise, 30);
  limber_exercise_set_sets (exercise, 2);
  limber_exercise_set_rest (exercise, 10);
  limber_exercise_set_sides (exercise, LIMBER_SIDES_BOTH);
  a = limber_ui_describe_exercise (exercise);
  g_assert_cmpstr (a, ==, "2 × 30 s · each side · 10 s rest");

  b = limber_ui_format_length (615);
  g_assert_cmpstr (b, ==, "10 min");
  c = limber_ui_describe_remaining (65);
  g_assert_cmpstr (c, ==, "1 minute 5 seconds remaining");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  limber_test_ui_init_without_sound (&argc, &argv);

#define ADD(path, func, bad) \
  g_test_add ("/window/" path, Fixture, GINT_TO_POINTER (bad), fixture_set_up, func, fixture_tear_down)

  ADD ("lists-bundled", test_lists_bundled, FALSE);
  ADD ("search-filters", test_search_filters, FALSE);
  ADD ("routine-page", test_routine_page, FALSE);
  ADD ("start-shows-player", test_start_shows_player, FALSE);
  ADD ("controls-by-action", test_controls_by_action, FALSE);
  ADD ("add-time", test_add_time, FALSE);
  ADD ("pages-on-first-show", test_pages_on_first_show, FALSE);
  ADD ("done-ends-manual-set", test_done_ends_manual_set, FALSE);
  ADD ("controls-by-key", test_controls_by_key, FALSE);
  ADD ("type-to-search", test_type_to_search, FALSE);
  ADD ("stop-asks-after-a-while", test_stop_asks_after_a_while, FALSE);
  ADD ("close-asks-during-session", test_close_asks_during_session, FALSE);
  ADD ("runs-to-finished", test_runs_to_finished, FALSE);
  ADD ("problem-entry", test_problem_entry, TRUE);
  ADD ("odd-files-listed", test_odd_files_listed, FALSE);
  ADD ("preferences-bound", test_preferences_bound, FALSE);
  ADD ("no-sound-server", test_no_sound_server, FALSE);
  ADD ("reminder-banner", test_reminder_banner, FALSE);
  ADD ("start-routine-action", test_start_routine_action, FALSE);
  ADD ("shortcuts-window", test_shortcuts_window, FALSE);
  g_test_add_func ("/window/close-says-reminders-run", test_close_says_reminders_run);
  g_test_add_func ("/window/start-bad-id", test_start_bad_id);
  g_test_add_func ("/window/start-bad-file", test_start_bad_file);
  g_test_add_func ("/window/words", test_words);

  status = g_test_run ();
  limber_test_ui_cleanup ();
  return status;
}
