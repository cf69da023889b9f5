/* test-editor.c: writing routines in the window under Xvfb (suite "ui")
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "limber-application.h"
#include "limber-duration.h"
#include "limber-routine-file.h"
#include "limber-test-ui.h"
#include "limber-virtual-clock.h"

typedef struct
{
  LimberApplication *app;
  LimberLibrary *library;
  LimberWindow *window;
  LimberClock *clock;
} Fixture;

/* Spins until @check says yes, for at most 5 s. */
static gboolean
spin_for (gboolean (*check) (gpointer),
          gpointer data)
{
  for (int i = 0; i < 500 && !check (data); i++)
    limber_test_ui_spin (10);
  return check (data);
}

#define spin_until(check, data) g_assert_true (spin_for (check, data))

static char *
user_path (Fixture    *f,
           const char *id)
{
  g_autofree char *name = g_strconcat (id, ".json", NULL);

  return g_build_filename (g_file_peek_path (limber_library_get_user_dir (f->library)), name, NULL);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

/* The names in the user folder, sorted, joined by spaces. */
static char *
list_user_dir (Fixture *f)
{
  g_autoptr(GDir) dir = g_dir_open (g_file_peek_path (limber_library_get_user_dir (f->library)), 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (dir == NULL)
    return g_strdup ("");
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->app = limber_test_ui_get_app ();
  f->library = limber_application_get_library (f->app);
  g_assert_nonnull (f->library);
  /* Never the real folder of the person running the tests. */
  g_assert_true (g_str_has_prefix (g_file_peek_path (limber_library_get_user_dir (f->library)),
                                   g_get_tmp_dir ()));
  f->clock = limber_virtual_clock_new (1000000);
  f->window = limber_test_ui_new_window (f->app, f->clock);
  limber_test_ui_show_window (f->window);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *left = NULL;

  limber_test_ui_destroy_window (f->window);
  g_assert_finalize_object (f->window);
  g_assert_finalize_object (f->clock);

  /* Each test leaves the person's folder as it found it (empty). */
  left = list_user_dir (f);
  g_assert_cmpstr (left, ==, "");
}

static LimberEditorWindow *
open_editor (Fixture    *f,
             const char *action)
{
  LimberEditorWindow *editor;

  limber_test_ui_activate (f->window, action);
  editor = limber_window_get_editor_window (f->window);
  g_assert_nonnull (editor);
  /* The test's reference, for g_assert_finalize_object. */
  g_object_ref (editor);
  limber_test_ui_spin (50);
  return editor;
}

/* Destroyed: hidden (the test's reference keeps it until the end). */
static gboolean
editor_closed (gpointer data)
{
  return !gtk_widget_get_visible (data);
}

static void
close_and_finalize (Fixture            *f,
                    LimberEditorWindow *editor)
{
  spin_until (editor_closed, editor);
  limber_test_ui_spin (50);
  g_assert_finalize_object (editor);
  g_assert_null (limber_window_get_editor_window (f->window));
}

static void
set_text (gpointer    editable,
          const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (editable), text);
}

/* Removes a user routine for good (delete, then commit). */
static void
remove_user_routine (Fixture    *f,
                     const char *id)
{
  g_autoptr(GError) error = NULL;

  limber_library_delete (f->library, id, &error);
  g_assert_no_error (error);
  limber_library_commit_delete (f->library, id, &error);
  g_assert_no_error (error);
}

static gboolean
session_over (gpointer data)
{
  Fixture *f = data;

  return limber_window_get_visible_page (f->window) == LIMBER_WINDOW_PAGE_FINISHED;
}

static void
test_create_and_run (Fixture       *f,
                     gconstpointer  data)
{
  LimberEditorWindow *editor = open_editor (f, "new-routine");
  LimberRoutineEditor *core = limber_editor_window_get_editor (editor);
  LimberExerciseRow *first, *second;
  g_autofree char *path = NULL;
  g_autofree char *expected_total = NULL;
  g_autoptr(LimberRoutine) loaded = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  LimberRoutine *routine;

  /* A new routine starts with one empty exercise: not savable. */
  g_assert_false (limber_editor_window_get_can_save (editor));
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (limber_editor_window_get_save_button (editor))));

  set_text (limber_editor_window_get_title_row (editor), "Morning Mobility");
  set_text (limber_editor_window_get_tags_row (editor), "neck, Legs ,");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (limber_editor_window_get_description_view (editor)),
                            "Wake up gently.", -1);

  first = limber_editor_window_get_exercise_row (editor, 0);
  g_assert_nonnull (first);
  set_text (limber_exercise_row_get_name_row (first), "Neck rolls");
  set_text (limber_duration_row_get_editable (limber_exercise_row_get_duration_row (first)), "0:20");

  g_signal_emit_by_name (limber_editor_window_get_add_button (editor), "clicked");
  second = limber_editor_window_get_exercise_row (editor, 1);
  g_assert_nonnull (second);
  set_text (limber_exercise_row_get_name_row (second), "Squats");
  adw_combo_row_set_selected (limber_exercise_row_get_mode_row (second), LIMBER_EXERCISE_MODE_PACED);
  gtk_spin_button_set_value (limber_exercise_row_get_reps_spin (second), 5);
  set_text (limber_duration_row_get_editable (limber_exercise_row_get_rep_duration_row (second)), "2");
  gtk_spin_button_set_value (limber_exercise_row_get_sets_spin (second), 2);
  set_text (limber_duration_row_get_editable (limber_exercise_row_get_rest_row (second)), "0:10");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (limber_exercise_row_get_rep_duration_row (second))));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (limber_exercise_row_get_duration_row (second))));

  /* 10 s get ready + 20 s + 15 s rest + 2 × 5 × 2 s + 10 s rest = 75 s */
  g_assert_cmpuint (limber_routine_editor_get_total_seconds (core), ==, 75);
  expected_total = limber_format_duration (75);
  g_assert_true (g_str_has_suffix (limber_editor_window_get_total_text (editor), expected_total));
  g_assert_cmpstr (limber_routine_get_tags (limber_routine_editor_get_routine (core))[1], ==, "Legs");

  g_assert_true (limber_editor_window_get_can_save (editor));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (limber_editor_window_get_save_button (editor))));
  g_signal_emit_by_name (limber_editor_window_get_save_button (editor), "clicked");
  close_and_finalize (f, editor);

  /* In the library and on disk, and shown. */
  routine = limber_library_lookup (f->library, "morning-mobility");
  g_assert_nonnull (routine);
  g_assert_cmpint (limber_routine_get_origin (routine), ==, LIMBER_ROUTINE_ORIGIN_USER);
  g_assert_cmpuint (limber_routine_get_n_exercises (routine), ==, 2);
  g_assert_cmpstr (limber_routine_get_description (routine), ==, "Wake up gently.");
  path = user_path (f, "morning-mobility");
  file = g_file_new_for_path (path);
  loaded = limber_routine_load_file (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (limber_routine_equal (loaded, routine));
  g_assert_cmpint (limber_window_get_visible_page (f->window), ==, LIMBER_WINDOW_PAGE_ROUTINE);
  g_assert_true (limber_routine_page_get_routine (limber_window_get_routine_page (f->window)) == routine);

  /* Run it to the end on the virtual clock. */
  limber_test_ui_activate (f->window, "start");
  g_assert_cmpint (limber_window_get_visible_page (f->window), ==, LIMBER_WINDOW_PAGE_PLAYER);
  limber_virtual_clock_run_until_idle (LIMBER_VIRTUAL_CLOCK (f->clock), G_MAXINT64 / 2);
  spin_until (session_over, f);
  g_assert_cmpint (limber_session_get_state (limber_window_get_session (f->window)), ==,
                   LIMBER_SESSION_FINISHED);

  limber_test_ui_activate (f->window, "back");
  remove_user_routine (f, "morning-mobility");
}

static void
test_validation (Fixture       *f,
                 gconstpointer  data)
{
  LimberEditorWindow *editor = open_editor (f, "new-routine");
  LimberRoutineEditor *core = limber_editor_window_get_editor (editor);
  GtkWidget *save = GTK_WIDGET (limber_editor_window_get_save_button (editor));
  LimberExerciseRow *row = limber_editor_window_get_exercise_row (editor, 0);
  LimberDurationRow *duration = limber_exercise_row_get_duration_row (row);
  AdwMessageDialog *dialog;

  /* The loader's message for the empty title shows under the title. */
  g_assert_nonnull (limber_routine_editor_get_problem (core, "title"));
  g_assert_cmpstr (limber_editor_window_get_title_problem (editor), ==,
                   limber_routine_editor_get_problem (core, "title"));
  g_assert_false (gtk_widget_get_sensitive (save));

  set_text (limber_editor_window_get_title_row (editor), "Checks");
  g_assert_null (limber_editor_window_get_title_problem (editor));
  g_assert_nonnull (limber_exercise_row_get_name_problem (row));
  set_text (limber_exercise_row_get_name_row (row), "Hold");
  g_assert_null (limber_exercise_row_get_name_problem (row));
  g_assert_true (gtk_widget_get_sensitive (save));

  /* Too long: the validator's message, next to the field. */
  set_text (limber_duration_row_get_editable (duration), "1:00:01");
  g_assert_nonnull (limber_routine_editor_get_problem (core, "exercises[0].duration"));
  g_assert_cmpstr (limber_duration_row_get_message (duration), ==,
                   limber_routine_editor_get_problem (core, "exercises[0].duration"));
  g_assert_nonnull (strstr (limber_duration_row_get_message (duration), "3600"));
  g_assert_false (gtk_widget_get_sensitive (save));

  /* 0 is "no duration": the exercise's rule shows at the duration. */
  set_text (limber_duration_row_get_editable (duration), "0:00");
  g_assert_nonnull (limber_routine_editor_get_problem (core, "exercises[0]"));
  g_assert_cmpstr (limber_duration_row_get_message (duration), ==,
                   limber_routine_editor_get_problem (core, "exercises[0]"));
  g_assert_false (gtk_widget_get_sensitive (save));

  /* Text that is no duration: the parser's message; Save stays off. */
  set_text (limber_duration_row_get_editable (duration), "1:75");
  g_assert_false (limber_duration_row_get_input_valid (duration));
  g_assert_nonnull (limber_duration_row_get_message (duration));
  g_assert_false (gtk_widget_get_sensitive (save));
  set_text (limber_duration_row_get_editable (duration), "1:15");
  g_assert_true (limber_duration_row_get_input_valid (duration));
  g_assert_null (limber_duration_row_get_message (duration));
  g_assert_cmpuint (limber_exercise_get_duration (limber_exercise_row_get_exercise (row)), ==, 75);
  g_assert_true (gtk_widget_get_sensitive (save));

  /* Closing with changes asks; Cancel keeps the editor open. */
  g_signal_emit_by_name (limber_editor_window_get_cancel_button (editor), "clicked");
  limber_test_ui_spin (20);
  dialog = limber_editor_window_get_close_dialog (editor);
  g_assert_nonnull (dialog);
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "save"));
  adw_message_dialog_response (dialog, "cancel");
  limber_test_ui_spin (20);
  g_assert_true (limber_window_get_editor_window (f->window) == editor);

  /* While invalid, the dialog cannot save. */
  set_text (limber_editor_window_get_title_row (editor), "");
  gtk_window_close (GTK_WINDOW (editor));
  limber_test_ui_spin (20);
  dialog = limber_editor_window_get_close_dialog (editor);
  g_assert_nonnull (dialog);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "save"));

  /* Closing the main window asks about the editor's changes first. */
  adw_message_dialog_response (dialog, "cancel");
  limber_test_ui_spin (20);
  gtk_window_close (GTK_WINDOW (f->window));
  limber_test_ui_spin (20);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->window)));
  dialog = limber_editor_window_get_close_dialog (editor);
  g_assert_nonnull (dialog);

  /* Discard closes without writing anything. */
  adw_message_dialog_response (dialog, "discard");
  close_and_finalize (f, editor);
  g_assert_null (limber_library_lookup (f->library, "checks"));
}

static void
test_close_prompt_save (Fixture       *f,
                        gconstpointer  data)
{
  LimberEditorWindow *editor = open_editor (f, "new-routine");
  LimberExerciseRow *row = limber_editor_window_get_exercise_row (editor, 0);

  set_text (limber_editor_window_get_title_row (editor), "Saved On Close");
  set_text (limber_exercise_row_get_name_row (row), "Hold");
  gtk_window_close (GTK_WINDOW (editor));
  limber_test_ui_spin (20);
  g_assert_nonnull (limber_editor_window_get_close_dialog (editor));
  adw_message_dialog_response (limber_editor_window_get_close_dialog (editor), "save");
  close_and_finalize (f, editor);
  g_assert_nonnull (limber_library_lookup (f->library, "saved-on-close"));
  remove_user_routine (f, "saved-on-close");
}

static GtkEditable *
progression_entry (LimberExerciseRow      *row,
                   LimberProgressionField  field)
{
  return limber_progression_row_get_editable (limber_exercise_row_get_progression_row (row), field);
}

static const char *
progression_message (LimberExerciseRow      *row,
                     LimberProgressionField  field)
{
  return limber_progression_row_get_message (limber_exercise_row_get_progression_row (row), field);
}

static const char *
progression_title (LimberExerciseRow      *row,
                   LimberProgressionField  field)
{
  AdwActionRow *field_row = limber_progression_row_get_field_row (limber_exercise_row_get_progression_row (row),
                                                                  field);

  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (field_row));
}

static char *
read_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  return text;
}

/* Loads the routine file from disk and checks it is the library's. */
static LimberRoutine *
load_saved (Fixture    *f,
            const char *id)
{
  g_autofree char *path = user_path (f, id);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  LimberRoutine *loaded = limber_routine_load_file (file, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_true (limber_routine_equal (loaded, limber_library_lookup (f->library, id)));
  return loaded;
}

static void
test_progression (Fixture       *f,
                  gconstpointer  data)
{
  LimberEditorWindow *editor = open_editor (f, "new-routine");
  LimberRoutineEditor *core = limber_editor_window_get_editor (editor);
  GtkWidget *save = GTK_WIDGET (limber_editor_window_get_save_button (editor));
  LimberExerciseRow *hold = limber_editor_window_get_exercise_row (editor, 0);
  LimberExerciseRow *squat;
  LimberProgressionRow *hold_levels = limber_exercise_row_get_progression_row (hold);
  g_autoptr(LimberRoutine) loaded = NULL;
  g_autofree char *path = user_path (f, "levels");
  g_autofree char *text = NULL;
  LimberExercise *exercise;

  set_text (limber_editor_window_get_title_row (editor), "Levels");
  set_text (limber_exercise_row_get_name_row (hold), "Hold");
  set_text (limber_duration_row_get_editable (limber_exercise_row_get_duration_row (hold)), "0:30");
  g_assert_true (gtk_widget_get_sensitive (save));

  /* Nothing given: empty fields, the defaults as placeholders. */
  g_assert_cmpstr (progression_title (hold, LIMBER_PROGRESSION_FIELD_STEP), ==, "Time per Level");
  g_assert_cmpstr (progression_title (hold, LIMBER_PROGRESSION_FIELD_MIN), ==, "Shortest Time");
  g_assert_cmpstr (gtk_editable_get_text (progression_entry (hold, LIMBER_PROGRESSION_FIELD_STEP)), ==, "");
  g_assert_cmpstr (gtk_entry_get_placeholder_text (GTK_ENTRY (progression_entry (hold, LIMBER_PROGRESSION_FIELD_STEP))),
                   ==, "0:05");
  g_assert_cmpstr (gtk_entry_get_placeholder_text (GTK_ENTRY (progression_entry (hold, LIMBER_PROGRESSION_FIELD_MIN))),
                   ==, "0:05");
  g_assert_cmpstr (gtk_entry_get_placeholder_text (GTK_ENTRY (progression_entry (hold, LIMBER_PROGRESSION_FIELD_MAX))),
                   ==, "1:00:00");
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (hold_levels)), ==,
                   "Default: 0:20 at level −2, 0:45 at level +3");
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (limber_progression_row_get_defaults_button (hold_levels))));

  /* A step alone: the bounds follow it (2 steps down, 3 up). */
  set_text (progression_entry (hold, LIMBER_PROGRESSION_FIELD_STEP), "10");
  exercise = limber_exercise_row_get_exercise (hold);
  g_assert_cmpuint (limber_exercise_get_progression_step (exercise), ==, 10);
  g_assert_cmpstr (gtk_entry_get_placeholder_text (GTK_ENTRY (progression_entry (hold, LIMBER_PROGRESSION_FIELD_MIN))),
                   ==, "0:10");
  g_assert_cmpstr (gtk_entry_get_placeholder_text (GTK_ENTRY (progression_entry (hold, LIMBER_PROGRESSION_FIELD_MAX))),
                   ==, "1:00");
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (hold_levels)), ==,
                   "Custom: 0:10 at level −2, 1:00 at level +3");
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (limber_progression_row_get_defaults_button (hold_levels))));

  /* Bounds on the wrong side of the exercise's own value: the loader's
   * words next to the field, and no Save. */
  set_text (progression_entry (hold, LIMBER_PROGRESSION_FIELD_MIN), "0:40");
  g_assert_cmpstr (progression_message (hold, LIMBER_PROGRESSION_FIELD_MIN), ==,
                   "must be at most the exercise's duration (30), found 40");
  g_assert_cmpstr (limber_routine_editor_get_problem (core, "exercises[0].progression.min"), ==,
                   "must be at most the exercise's duration (30), found 40");
  g_assert_false (gtk_widget_get_sensitive (save));
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (hold_levels)), ==, "Check the values below");
  set_text (progression_entry (hold, LIMBER_PROGRESSION_FIELD_MIN), "0:20");
  g_assert_null (progression_message (hold, LIMBER_PROGRESSION_FIELD_MIN));
  set_text (progression_entry (hold, LIMBER_PROGRESSION_FIELD_MAX), "25");
  g_assert_cmpstr (progression_message (hold, LIMBER_PROGRESSION_FIELD_MAX), ==,
                   "must be at least the exercise's duration (30), found 25");
  g_assert_false (gtk_widget_get_sensitive (save));
  set_text (progression_entry (hold, LIMBER_PROGRESSION_FIELD_MAX), "1:00:01");
  g_assert_cmpstr (progression_message (hold, LIMBER_PROGRESSION_FIELD_MAX), ==,
                   "must be at most 3600 seconds, found 3601");
  set_text (progression_entry (hold, LIMBER_PROGRESSION_FIELD_MAX), "1:00");
  g_assert_null (progression_message (hold, LIMBER_PROGRESSION_FIELD_MAX));
  g_assert_true (gtk_widget_get_sensitive (save));

  /* A step of 0, or text that is no duration: the entry's message, and
   * Save stays off until it is fixed. */
  set_text (progression_entry (hold, LIMBER_PROGRESSION_FIELD_STEP), "0");
  g_assert_cmpstr (progression_message (hold, LIMBER_PROGRESSION_FIELD_STEP), ==,
                   "must be between 1 and 600 seconds, found 0");
  g_assert_false (limber_progression_row_get_input_valid (hold_levels));
  g_assert_false (limber_exercise_row_get_input_valid (hold));
  g_assert_false (gtk_widget_get_sensitive (save));
  set_text (progression_entry (hold, LIMBER_PROGRESSION_FIELD_STEP), "11:00");
  g_assert_cmpstr (progression_message (hold, LIMBER_PROGRESSION_FIELD_STEP), ==,
                   "must be between 1 and 600 seconds, found 660");
  g_assert_false (gtk_widget_get_sensitive (save));
  set_text (progression_entry (hold, LIMBER_PROGRESSION_FIELD_STEP), "1:75");
  g_assert_nonnull (progression_message (hold, LIMBER_PROGRESSION_FIELD_STEP));
  g_assert_false (gtk_widget_get_sensitive (save));
  set_text (progression_entry (hold, LIMBER_PROGRESSION_FIELD_STEP), "0:10");
  g_assert_null (progression_message (hold, LIMBER_PROGRESSION_FIELD_STEP));
  g_assert_true (limber_progression_row_get_input_valid (hold_levels));
  g_assert_true (gtk_widget_get_sensitive (save));

  /* Bounds without a step: the step is required, as in a file. */
  set_text (progression_entry (hold, LIMBER_PROGRESSION_FIELD_STEP), "");
  g_assert_cmpstr (progression_message (hold, LIMBER_PROGRESSION_FIELD_STEP), ==, "is required");
  g_assert_false (gtk_widget_get_sensitive (save));
  set_text (progression_entry (hold, LIMBER_PROGRESSION_FIELD_STEP), "0:10");

  /* Shortening the exercise below its smallest value: the message shows
   * at the smallest value, the closed progression opens to show it. */
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (hold_levels), FALSE);
  set_text (limber_duration_row_get_editable (limber_exercise_row_get_duration_row (hold)), "0:15");
  g_assert_cmpstr (progression_message (hold, LIMBER_PROGRESSION_FIELD_MIN), ==,
                   "must be at most the exercise's duration (15), found 20");
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (hold_levels)));
  g_assert_false (gtk_widget_get_sensitive (save));
  set_text (limber_duration_row_get_editable (limber_exercise_row_get_duration_row (hold)), "0:30");
  g_assert_null (progression_message (hold, LIMBER_PROGRESSION_FIELD_MIN));
  g_assert_true (gtk_widget_get_sensitive (save));

  /* A counted exercise: reps, in reps. */
  g_signal_emit_by_name (limber_editor_window_get_add_button (editor), "clicked");
  squat = limber_editor_window_get_exercise_row (editor, 1);
  set_text (limber_exercise_row_get_name_row (squat), "Squat");
  adw_combo_row_set_selected (limber_exercise_row_get_mode_row (squat), LIMBER_EXERCISE_MODE_MANUAL);
  gtk_spin_button_set_value (limber_exercise_row_get_reps_spin (squat), 10);
  g_assert_cmpstr (progression_title (squat, LIMBER_PROGRESSION_FIELD_STEP), ==, "Reps per Level");
  g_assert_cmpstr (progression_title (squat, LIMBER_PROGRESSION_FIELD_MAX), ==, "Most Reps");
  g_assert_cmpstr (gtk_entry_get_placeholder_text (GTK_ENTRY (progression_entry (squat, LIMBER_PROGRESSION_FIELD_STEP))),
                   ==, "2");
  g_assert_cmpstr (gtk_entry_get_placeholder_text (GTK_ENTRY (progression_entry (squat, LIMBER_PROGRESSION_FIELD_MAX))),
                   ==, "500");
  set_text (progression_entry (squat, LIMBER_PROGRESSION_FIELD_STEP), "ten");
  g_assert_cmpstr (progression_message (squat, LIMBER_PROGRESSION_FIELD_STEP), ==,
                   "must be a whole number, found \"ten\"");
  g_assert_false (gtk_widget_get_sensitive (save));
  set_text (progression_entry (squat, LIMBER_PROGRESSION_FIELD_STEP), "51");
  g_assert_cmpstr (progression_message (squat, LIMBER_PROGRESSION_FIELD_STEP), ==,
                   "must be between 1 and 50, found 51");
  set_text (progression_entry (squat, LIMBER_PROGRESSION_FIELD_STEP), "1");
  set_text (progression_entry (squat, LIMBER_PROGRESSION_FIELD_MAX), "501");
  g_assert_cmpstr (progression_message (squat, LIMBER_PROGRESSION_FIELD_MAX), ==, "must be at most 500, found 501");
  set_text (progression_entry (squat, LIMBER_PROGRESSION_FIELD_MAX), "-3");
  g_assert_cmpstr (progression_message (squat, LIMBER_PROGRESSION_FIELD_MAX), ==,
                   "must be at least the exercise's reps (10), found -3");
  set_text (progression_entry (squat, LIMBER_PROGRESSION_FIELD_MAX), "12");
  g_assert_null (progression_message (squat, LIMBER_PROGRESSION_FIELD_MAX));
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (limber_exercise_row_get_progression_row (squat))),
                   ==, "Custom: 8 reps at level −2, 12 reps at level +3");
  g_assert_true (gtk_widget_get_sensitive (save));

  /* Saved as version 2; read back from disk, it is what was typed. */
  g_signal_emit_by_name (save, "clicked");
  close_and_finalize (f, editor);
  text = read_text (path);
  g_assert_nonnull (strstr (text, "  \"version\": 2,\n"));
  loaded = load_saved (f, "levels");
  exercise = limber_routine_get_exercise (loaded, 0);
  g_assert_cmpuint (limber_exercise_get_duration (exercise), ==, 30);
  g_assert_cmpuint (limber_exercise_get_progression_step (exercise), ==, 10);
  g_assert_cmpuint (limber_exercise_get_progression_min (exercise), ==, 20);
  g_assert_cmpuint (limber_exercise_get_progression_max (exercise), ==, 60);
  exercise = limber_routine_get_exercise (loaded, 1);
  g_assert_cmpuint (limber_exercise_get_reps (exercise), ==, 10);
  g_assert_cmpuint (limber_exercise_get_progression_step (exercise), ==, 1);
  g_assert_cmpuint (limber_exercise_get_progression_min (exercise), ==, 0);
  g_assert_cmpuint (limber_exercise_get_progression_max (exercise), ==, 12);
  g_clear_object (&loaded);
  g_clear_pointer (&text, g_free);

  /* Opened again, the fields show what the file says; Use Defaults
   * empties them, and the routine is saved as version 1 again. */
  editor = open_editor (f, "edit");
  save = GTK_WIDGET (limber_editor_window_get_save_button (editor));
  hold = limber_editor_window_get_exercise_row (editor, 0);
  squat = limber_editor_window_get_exercise_row (editor, 1);
  g_assert_cmpstr (gtk_editable_get_text (progression_entry (hold, LIMBER_PROGRESSION_FIELD_STEP)), ==, "0:10");
  g_assert_cmpstr (gtk_editable_get_text (progression_entry (hold, LIMBER_PROGRESSION_FIELD_MIN)), ==, "0:20");
  g_assert_cmpstr (gtk_editable_get_text (progression_entry (hold, LIMBER_PROGRESSION_FIELD_MAX)), ==, "1:00");
  g_assert_cmpstr (gtk_editable_get_text (progression_entry (squat, LIMBER_PROGRESSION_FIELD_MIN)), ==, "");
  g_assert_cmpstr (gtk_editable_get_text (progression_entry (squat, LIMBER_PROGRESSION_FIELD_MAX)), ==, "12");

  /* Text that is no value is dropped too. */
  set_text (progression_entry (squat, LIMBER_PROGRESSION_FIELD_MIN), "x");
  g_assert_false (gtk_widget_get_sensitive (save));
  g_signal_emit_by_name (limber_progression_row_get_defaults_button (limber_exercise_row_get_progression_row (hold)),
                         "clicked");
  g_signal_emit_by_name (limber_progression_row_get_defaults_button (limber_exercise_row_get_progression_row (squat)),
                         "clicked");
  for (LimberProgressionField i = 0; i < LIMBER_PROGRESSION_N_FIELDS; i++)
    {
      g_assert_cmpstr (gtk_editable_get_text (progression_entry (hold, i)), ==, "");
      g_assert_cmpstr (gtk_editable_get_text (progression_entry (squat, i)), ==, "");
      g_assert_null (progression_message (hold, i));
      g_assert_null (progression_message (squat, i));
    }
  g_assert_false (limber_exercise_has_progression (limber_exercise_row_get_exercise (hold)));
  g_assert_true (gtk_widget_get_sensitive (save));
  g_signal_emit_by_name (save, "clicked");
  close_and_finalize (f, editor);
  text = read_text (path);
  g_assert_nonnull (strstr (text, "  \"version\": 1,\n"));
  g_assert_null (strstr (text, "progression"));
  loaded = load_saved (f, "levels");
  g_assert_false (limber_exercise_has_progression (limber_routine_get_exercise (loaded, 0)));
  g_assert_false (limber_exercise_has_progression (limber_routine_get_exercise (loaded, 1)));

  remove_user_routine (f, "levels");
}

static void
test_exercise_order (Fixture       *f,
                     gconstpointer  data)
{
  LimberEditorWindow *editor = open_editor (f, "new-routine");
  LimberRoutine *routine = limber_routine_editor_get_routine (limber_editor_window_get_editor (editor));
  LimberExerciseRow *row;

  set_text (limber_exercise_row_get_name_row (limber_editor_window_get_exercise_row (editor, 0)), "A");
  g_signal_emit_by_name (limber_editor_window_get_add_button (editor), "clicked");
  set_text (limber_exercise_row_get_name_row (limber_editor_window_get_exercise_row (editor, 1)), "B");

  /* Duplicate B, then move the copy to the top with the keyboard actions. */
  row = limber_editor_window_get_exercise_row (editor, 1);
  g_signal_emit_by_name (limber_exercise_row_get_button (row, "duplicate"), "clicked");
  g_assert_cmpuint (limber_routine_get_n_exercises (routine), ==, 3);
  row = limber_editor_window_get_exercise_row (editor, 2);
  set_text (limber_exercise_row_get_name_row (row), "C");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (row), "exercise.move-up", NULL));
  row = limber_editor_window_get_exercise_row (editor, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (row), "exercise.move-up", NULL));
  g_assert_cmpstr (limber_exercise_get_name (limber_routine_get_exercise (routine, 0)), ==, "C");
  g_assert_cmpstr (limber_exercise_get_name (limber_routine_get_exercise (routine, 1)), ==, "A");
  g_assert_cmpstr (limber_exercise_get_name (limber_routine_get_exercise (routine, 2)), ==, "B");

  /* Drag and drop: C dropped on B's row goes to the end. */
  {
    g_autoptr(GListModel) controllers = NULL;
    GtkDropTarget *target = NULL;
    GValue value = G_VALUE_INIT;
    gboolean dropped = FALSE;

    row = limber_editor_window_get_exercise_row (editor, 2);
    controllers = gtk_widget_observe_controllers (GTK_WIDGET (row));
    for (guint i = 0; i < g_list_model_get_n_items (controllers) && target == NULL; i++)
      {
        g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

        if (GTK_IS_DROP_TARGET (controller))
          target = GTK_DROP_TARGET (controller);
      }
    g_assert_nonnull (target);
    g_value_init (&value, G_TYPE_UINT);
    g_value_set_uint (&value, 0);
    g_signal_emit_by_name (target, "drop", &value, 1.0, 1.0, &dropped);
    g_value_unset (&value);
    g_assert_true (dropped);
    g_assert_cmpstr (limber_exercise_get_name (limber_routine_get_exercise (routine, 0)), ==, "A");
    g_assert_cmpstr (limber_exercise_get_name (limber_routine_get_exercise (routine, 2)), ==, "C");
    /* … and back up with the keyboard action. */
    row = limber_editor_window_get_exercise_row (editor, 2);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (row), "exercise.move-up", NULL));
    row = limber_editor_window_get_exercise_row (editor, 1);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (row), "exercise.move-up", NULL));
    g_assert_cmpstr (limber_exercise_get_name (limber_routine_get_exercise (routine, 0)), ==, "C");
  }

  /* Remove the middle one with its button. */
  row = limber_editor_window_get_exercise_row (editor, 1);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "A");
  g_signal_emit_by_name (limber_exercise_row_get_button (row, "remove"), "clicked");
  g_assert_cmpuint (limber_routine_get_n_exercises (routine), ==, 2);
  g_assert_cmpstr (limber_exercise_get_name (limber_routine_get_exercise (routine, 1)), ==, "B");

  /* Unsaved: discard. */
  gtk_window_close (GTK_WINDOW (editor));
  limber_test_ui_spin (20);
  adw_message_dialog_response (limber_editor_window_get_close_dialog (editor), "discard");
  close_and_finalize (f, editor);
}

static void
test_delete_undo (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(LimberRoutine) source = limber_test_ui_load_routine ("paced-reps.json");
  g_autoptr(LimberRoutine) saved = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = user_path (f, "paced");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_len, after_len;
  AdwToast *toast;

  saved = limber_library_save (f->library, source, NULL, &error);
  g_assert_no_error (error);
  g_file_get_contents (path, &before, &before_len, &error);
  g_assert_no_error (error);

  limber_window_show_routine (f->window, saved);
  g_assert_false (limber_window_get_action_enabled (f->window, "restore-default"));
  limber_test_ui_activate (f->window, "delete");
  g_assert_null (limber_library_lookup (f->library, "paced"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  /* The window no longer shows it. */
  g_assert_null (limber_routine_page_get_routine (limber_window_get_routine_page (f->window)));

  /* Undo brings back the same bytes. */
  toast = limber_window_get_toast (f->window);
  g_assert_nonnull (toast);
  g_signal_emit_by_name (toast, "button-clicked");
  adw_toast_dismiss (toast);
  limber_test_ui_spin (20);
  g_assert_nonnull (limber_library_lookup (f->library, "paced"));
  g_file_get_contents (path, &after, &after_len, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (before, before_len, after, after_len);

  /* Delete again and let the toast go: the file is gone for good. */
  limber_window_show_routine (f->window, limber_library_lookup (f->library, "paced"));
  limber_test_ui_activate (f->window, "delete");
  toast = limber_window_get_toast (f->window);
  g_assert_nonnull (toast);
  g_assert_true (limber_library_is_delete_pending (f->library, "paced"));
  adw_toast_dismiss (toast);
  limber_test_ui_spin (20);
  g_assert_false (limber_library_is_delete_pending (f->library, "paced"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_null (limber_library_lookup (f->library, "paced"));
}

static void
test_bundled_override (Fixture       *f,
                       gconstpointer  data)
{
  LimberRoutine *bundled = limber_library_lookup (f->library, "desk-break");
  LimberEditorWindow *editor;
  LimberRoutine *user;
  AdwToast *toast;
  g_autofree char *path = user_path (f, "desk-break");

  g_assert_nonnull (bundled);
  g_assert_cmpint (limber_routine_get_origin (bundled), ==, LIMBER_ROUTINE_ORIGIN_BUNDLED);
  limber_window_show_routine (f->window, bundled);
  /* Bundled routines cannot be deleted. */
  g_assert_false (limber_window_get_action_enabled (f->window, "delete"));

  editor = open_editor (f, "edit");
  set_text (limber_editor_window_get_title_row (editor), "My Desk Break");
  g_signal_emit_by_name (limber_editor_window_get_save_button (editor), "clicked");
  close_and_finalize (f, editor);

  user = limber_library_lookup (f->library, "desk-break");
  g_assert_cmpint (limber_routine_get_origin (user), ==, LIMBER_ROUTINE_ORIGIN_USER);
  g_assert_cmpstr (limber_routine_get_title (user), ==, "My Desk Break");
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_true (limber_routine_page_get_routine (limber_window_get_routine_page (f->window)) == user);

  /* Restore default: the bundled one shows again, with undo. */
  limber_test_ui_activate (f->window, "restore-default");
  bundled = limber_library_lookup (f->library, "desk-break");
  g_assert_cmpint (limber_routine_get_origin (bundled), ==, LIMBER_ROUTINE_ORIGIN_BUNDLED);
  g_assert_true (limber_routine_page_get_routine (limber_window_get_routine_page (f->window)) == bundled);
  toast = limber_window_get_toast (f->window);
  g_assert_nonnull (toast);
  g_signal_emit_by_name (toast, "button-clicked");
  adw_toast_dismiss (toast);
  limber_test_ui_spin (20);
  g_assert_cmpstr (limber_routine_get_title (limber_library_lookup (f->library, "desk-break")), ==,
                   "My Desk Break");

  limber_test_ui_activate (f->window, "restore-default");
  adw_toast_dismiss (limber_window_get_toast (f->window));
  limber_test_ui_spin (20);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpint (limber_routine_get_origin (limber_library_lookup (f->library, "desk-break")), ==,
                   LIMBER_ROUTINE_ORIGIN_BUNDLED);
}

static gboolean
not_busy (gpointer data)
{
  Fixture *f = data;

  return !limber_window_get_busy (f->window) ||
         limber_window_get_dialog (f->window) != NULL;
}

static void
import (Fixture    *f,
        const char *path)
{
  g_autoptr(GListStore) files = g_list_store_new (G_TYPE_FILE);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_list_store_append (files, file);
  limber_window_import_files (f->window, G_LIST_MODEL (files));
  spin_until (not_busy, f);
}

static void
test_import (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *good = g_test_build_filename (G_TEST_DIST, "fixtures", "routines", "good",
                                                 "paced-reps.json", NULL);
  g_autofree char *bad = g_test_build_filename (G_TEST_DIST, "fixtures", "routines", "bad",
                                                "unknown-key.json", NULL);
  g_autofree char *listing = NULL;
  g_autoptr(GFile) bad_file = g_file_new_for_path (bad);
  g_autoptr(GError) error = NULL;
  g_autoptr(LimberRoutine) not_loaded = NULL;
  AdwMessageDialog *dialog;

  /* A good file: in the library, shown, nothing asked. */
  import (f, good);
  g_assert_null (limber_window_get_dialog (f->window));
  g_assert_nonnull (limber_library_lookup (f->library, "paced"));
  g_assert_cmpstr (limber_routine_get_id (limber_routine_page_get_routine (limber_window_get_routine_page (f->window))),
                   ==, "paced");
  listing = list_user_dir (f);
  g_assert_cmpstr (listing, ==, "paced.json");
  g_clear_pointer (&listing, g_free);

  /* A bad file: the loader's message, nothing written. */
  not_loaded = limber_routine_load_file (bad_file, NULL, NULL, &error);
  g_assert_null (not_loaded);
  import (f, bad);
  dialog = limber_window_get_dialog (f->window);
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), strchr (error->message, ':') + 1));
  listing = list_user_dir (f);
  g_assert_cmpstr (listing, ==, "paced.json");
  g_clear_pointer (&listing, g_free);
  adw_message_dialog_response (dialog, "close");
  limber_test_ui_spin (20);

  /* A clash: Replace keeps one routine with that id. */
  import (f, good);
  dialog = limber_window_get_dialog (f->window);
  g_assert_nonnull (dialog);
  g_assert_true (adw_message_dialog_has_response (dialog, "replace"));
  g_assert_true (adw_message_dialog_has_response (dialog, "keep-both"));
  adw_message_dialog_response (dialog, "replace");
  spin_until (not_busy, f);
  listing = list_user_dir (f);
  g_assert_cmpstr (listing, ==, "paced.json");
  g_clear_pointer (&listing, g_free);

  /* … and Keep Both adds one under a fresh id. */
  import (f, good);
  dialog = limber_window_get_dialog (f->window);
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "keep-both");
  spin_until (not_busy, f);
  g_assert_nonnull (limber_library_lookup (f->library, "paced-2"));
  listing = list_user_dir (f);
  g_assert_cmpstr (listing, ==, "paced-2.json paced.json");

  remove_user_routine (f, "paced");
  remove_user_routine (f, "paced-2");
}

static gboolean
export_done (gpointer data)
{
  Fixture *f = data;

  return !limber_window_get_busy (f->window);
}

static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  LimberRoutine *routine = limber_library_lookup (f->library, "hip-flexor-release");
  g_autofree char *dir = g_dir_make_tmp ("limber-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "hip-flexor-release.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(LimberRoutine) loaded = NULL;
  g_autoptr(GError) error = NULL;

  limber_window_show_routine (f->window, routine);
  g_assert_true (limber_window_get_action_enabled (f->window, "export"));
  limber_window_export_to_file (f->window, routine, file);
  spin_until (export_done, f);
  loaded = limber_routine_load_file (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (limber_routine_equal (loaded, routine));
  g_assert_nonnull (limber_window_get_toast (f->window));

  g_unlink (path);
  g_rmdir (dir);
}

static gboolean
banner_shown (gpointer data)
{
  return limber_editor_window_get_changed_on_disk (data);
}

static void
test_changed_on_disk (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(LimberRoutine) source = limber_test_ui_load_routine ("paced-reps.json");
  g_autoptr(LimberRoutine) saved = NULL;
  g_autoptr(LimberRoutine) changed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = user_path (f, "paced");
  g_autofree char *contents = NULL;
  g_autofree char *edited = NULL;
  LimberEditorWindow *editor;
  GRegex *regex;

  saved = limber_library_save (f->library, source, NULL, &error);
  g_assert_no_error (error);
  limber_window_show_routine (f->window, saved);
  editor = open_editor (f, "edit");
  g_assert_false (limber_editor_window_get_changed_on_disk (editor));

  /* Another program changes the title. */
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  regex = g_regex_new ("\"title\": \"[^\"]*\"", 0, 0, NULL);
  edited = g_regex_replace_literal (regex, contents, -1, 0, "\"title\": \"Changed Elsewhere\"", 0, NULL);
  g_regex_unref (regex);
  g_file_set_contents (path, edited, -1, &error);
  g_assert_no_error (error);

  spin_until (banner_shown, editor);
  limber_editor_window_reload (editor);
  g_assert_false (limber_editor_window_get_changed_on_disk (editor));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (limber_editor_window_get_title_row (editor))), ==,
                   "Changed Elsewhere");
  /* The main window shows the new version too. */
  changed = g_object_ref (limber_library_lookup (f->library, "paced"));
  g_assert_cmpstr (limber_routine_get_title (changed), ==, "Changed Elsewhere");

  /* Now the file turns invalid: the banner says so, Save does not
   * overwrite it, and the library lists it as a problem. */
  set_text (limber_editor_window_get_title_row (editor), "Mine");
  g_file_set_contents (path, "{ \"format\": \"limber-routine\" ", -1, &error);
  g_assert_no_error (error);
  g_clear_pointer (&contents, g_free);
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  spin_until (banner_shown, editor);
  g_assert_null (limber_library_lookup (f->library, "paced"));
  g_assert_cmpuint (g_list_model_get_n_items (limber_library_get_problems (f->library)), ==, 1);
  g_signal_emit_by_name (limber_editor_window_get_save_button (editor), "clicked");
  limber_test_ui_spin (300);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_clear_pointer (&edited, g_free);
  g_file_get_contents (path, &edited, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (edited, ==, contents);

  gtk_window_close (GTK_WINDOW (editor));
  limber_test_ui_spin (20);
  adw_message_dialog_response (limber_editor_window_get_close_dialog (editor), "discard");
  close_and_finalize (f, editor);
  g_assert_cmpint (g_unlink (path), ==, 0);
  limber_test_ui_reload_library ();
}

int
main (int   argc,
      char *argv[])
{
  int status;

  limber_test_ui_init (&argc, &argv);

#define ADD(name, func) \
  g_test_add ("/editor/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("create-and-run", test_create_and_run);
  ADD ("validation", test_validation);
  ADD ("close-prompt-save", test_close_prompt_save);
  ADD ("progression", test_progression);
  ADD ("exercise-order", test_exercise_order);
  ADD ("delete-undo", test_delete_undo);
  ADD ("bundled-override", test_bundled_override);
  ADD ("import", test_import);
  ADD ("export", test_export);
  ADD ("changed-on-disk", test_changed_on_disk);
#undef ADD

  status = g_test_run ();
  limber_test_ui_cleanup ();
  return status;
}
