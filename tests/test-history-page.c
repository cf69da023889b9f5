/* test-history-page.c: recording sessions, the Finished page's questions and
 * the History page, under Xvfb (suite "ui")
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "limber-application.h"
#include "limber-error.h"
#include "limber-history-line.h"
#include "limber-history-page-private.h"
#include "limber-pain-chart.h"
#include "limber-report-period-private.h"
#include "limber-test-ui.h"
#include "limber-virtual-clock.h"

typedef struct
{
  LimberApplication *app;
  LimberWindow *window;
  LimberClock *clock;
  LimberHistory *history;
  char *path;
} Fixture;

static char *
record_line (const char *title,
             gint        days_ago,
             gboolean    completed,
             gint        pain_after)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) start = g_date_time_add_days (now, -days_ago);
  g_autoptr(GDateTime) end = g_date_time_add_minutes (start, 10);
  g_autoptr(LimberHistoryRecord) record = NULL;

  record = limber_history_record_new ("r", title, start, end, 600, 600, completed);
  limber_history_record_set_pain_after (record, pain_after);
  return limber_history_record_to_line (record);
}

/* Fixture data: a folder where the history file should be. */
static const char unreadable_history[] = "(a folder in the file's place)";
/* Fixture data: a named pipe where the history file should be. */
static const char fifo_history[] = "(a named pipe in the file's place)";
/* Fixture data: two records in Sync/history.jsonl, the history file a link
 * to it (set in main). */
static char *linked_history;

/* @data: the history file's contents before the window opens, NULL for
 * none, or unreadable_history. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  const char *contents = data;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  f->app = limber_test_ui_get_app ();
  /* $XDG_DATA_HOME is a temporary folder (see main); each test starts
   * from its own file. */
  f->path = g_build_filename (g_get_user_data_dir (), "limber", "history.jsonl", NULL);
  g_remove (f->path);
  if (contents == unreadable_history)
    {
      g_assert_cmpint (g_mkdir_with_parents (f->path, 0700), ==, 0);
    }
  else if (contents == fifo_history)
    {
      g_autofree char *dir = g_path_get_dirname (f->path);

      g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
      g_assert_no_errno (mkfifo (f->path, 0600));
    }
  else if (contents == linked_history)
    {
      g_autofree char *dir = g_path_get_dirname (f->path);
      g_autofree char *synced = g_build_filename (g_get_user_data_dir (), "Sync", NULL);
      g_autofree char *target = g_build_filename (synced, "history.jsonl", NULL);

      g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
      g_assert_cmpint (g_mkdir_with_parents (synced, 0700), ==, 0);
      g_file_set_contents (target, contents, -1, &error);
      g_assert_no_error (error);
      g_assert_no_errno (symlink ("../Sync/history.jsonl", f->path));
    }
  else if (contents != NULL)
    {
      g_autofree char *dir = g_path_get_dirname (f->path);

      g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
      g_file_set_contents (f->path, contents, -1, &error);
      g_assert_no_error (error);
    }

  file = g_file_new_for_path (f->path);
  f->history = limber_history_new (file);
  limber_history_load (f->history, NULL, &error);
  if (contents == unreadable_history || contents == fifo_history)
    g_assert_error (error, LIMBER_HISTORY_ERROR, LIMBER_HISTORY_ERROR_IO);
  else
    g_assert_no_error (error);
  g_clear_error (&error);

  f->clock = limber_virtual_clock_new (1000000);
  f->window = limber_test_ui_new_window (f->app, f->clock);
  limber_window_set_history (f->window, f->history);
  limber_test_ui_show_window (f->window);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  limber_test_ui_destroy_window (f->window);
  limber_test_ui_assert_finalized (f->window, "window");
  limber_test_ui_assert_finalized (f->clock, "clock");
  limber_test_ui_assert_finalized (f->history, "history");
  g_free (f->path);
}

static char *
read_file (Fixture *f)
{
  g_autofree char *contents = NULL;

  if (!g_file_get_contents (f->path, &contents, NULL, NULL))
    return NULL;
  return g_steal_pointer (&contents);
}

/* The file as a new history would read it. */
static LimberHistory *
reload (Fixture *f)
{
  g_autoptr(GFile) file = g_file_new_for_path (f->path);
  LimberHistory *history = limber_history_new (file);
  g_autoptr(GError) error = NULL;

  limber_history_load (history, NULL, &error);
  g_assert_no_error (error);
  return history;
}

/* Waits for the rewrite in a worker thread after the last Undo toast. */
static void
wait_for_commit (Fixture *f)
{
  for (int i = 0; i < 500 && limber_history_get_n_pending_removals (f->history) > 0; i++)
    limber_test_ui_spin (10);
  g_assert_cmpuint (limber_history_get_n_pending_removals (f->history), ==, 0);
}

static LimberHistoryPage *
page (Fixture *f)
{
  return limber_window_get_history_page (f->window);
}

/* The sessions the list view shows (its model), after checking that the
 * rows it made show them in order, newest first. */
static guint
n_rows (Fixture *f)
{
  GListModel *model;
  guint n;

  limber_history_page_set_view (page (f), "sessions");
  limber_test_ui_spin (20);
  model = G_LIST_MODEL (gtk_list_view_get_model (limber_history_page_get_sessions_view (page (f))));
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < MIN (n, 5); i++)
    {
      g_autoptr(LimberHistoryRecord) record = g_list_model_get_item (model, i);
      LimberHistoryRow *row = limber_history_page_get_session_row (page (f), i);

      g_assert_nonnull (row);
      g_assert_true (limber_history_row_get_record (row) == record);
    }
  return n;
}

/* The rows the list view has made (for what is on screen, and a few more). */
static guint
n_row_widgets (Fixture *f)
{
  GtkWidget *view = GTK_WIDGET (limber_history_page_get_sessions_view (page (f)));
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (view); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (LIMBER_IS_HISTORY_ROW (gtk_widget_get_first_child (child)))
      n++;
  return n;
}

static void
test_finished_is_recorded (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(LimberRoutine) routine = limber_test_ui_load_routine ("minimal.json");
  LimberFinishedPage *finished = limber_window_get_finished_page (f->window);
  g_autoptr(LimberHistory) again = NULL;
  g_autoptr(LimberHistoryRecord) record = NULL;
  g_autofree char *contents = NULL;

  g_assert_cmpuint (limber_history_page_get_stats (page (f))->current_streak, ==, 0);

  limber_window_start_routine (f->window, routine);
  limber_virtual_clock_run_until_idle (LIMBER_VIRTUAL_CLOCK (f->clock), G_MAXINT64 / 4);
  limber_test_ui_spin (10);
  g_assert_cmpint (limber_window_get_visible_page (f->window), ==, LIMBER_WINDOW_PAGE_FINISHED);

  /* On disk at once, before any answer. */
  contents = read_file (f);
  g_assert_nonnull (contents);
  g_assert_nonnull (strstr (contents, "\"M\""));
  g_assert_null (strstr (contents, "amends"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->history)), ==, 1);

  /* The answers, given as a person does. */
  g_signal_emit_by_name (limber_pain_scale_get_button (limber_finished_page_get_pain_scale (finished), 3),
                         "clicked");
  g_signal_emit_by_name (limber_finished_page_get_effort_button (finished, LIMBER_EFFORT_HARD), "clicked");
  gtk_editable_set_text (limber_finished_page_get_note_entry (finished), "Felt looser");
  g_assert_cmpint (limber_pain_scale_get_value (limber_finished_page_get_pain_scale (finished)), ==, 3);
  limber_test_ui_activate (f->window, "back");
  g_assert_cmpint (limber_window_get_visible_page (f->window), ==, LIMBER_WINDOW_PAGE_ROUTINE);

  again = reload (f);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (again)), ==, 1);
  record = g_list_model_get_item (G_LIST_MODEL (again), 0);
  g_assert_true (limber_history_record_get_completed (record));
  g_assert_cmpint (limber_history_record_get_pain_after (record), ==, 3);
  g_assert_cmpint (limber_history_record_get_effort (record), ==, LIMBER_EFFORT_HARD);
  g_assert_cmpstr (limber_history_record_get_note (record), ==, "Felt looser");

  /* The History page (Ctrl+H's action) shows it, and the streak moved. */
  limber_test_ui_activate (f->window, "history");
  g_assert_cmpint (limber_window_get_visible_page (f->window), ==, LIMBER_WINDOW_PAGE_HISTORY);
  g_assert_cmpstr (limber_history_page_get_state (page (f)), ==, "content");
  g_assert_cmpuint (n_rows (f), ==, 1);
  g_assert_cmpuint (limber_history_page_get_stats (page (f))->current_streak, ==, 1);
  g_assert_cmpuint (limber_history_page_get_stats (page (f))->pain->len, ==, 1);
  limber_test_ui_activate (f->window, "back");
  g_assert_cmpint (limber_window_get_visible_page (f->window), ==, LIMBER_WINDOW_PAGE_ROUTINE);
}

static void
test_stopped_after_work (Fixture       *f,
                         gconstpointer  data)
{
  LimberSession *session;
  g_autoptr(LimberHistory) again = NULL;
  g_autoptr(LimberHistoryRecord) record = NULL;

  limber_window_start_routine (f->window, limber_test_ui_lookup_bundled ("hip-flexor-release"));
  session = limber_window_get_session (f->window);
  limber_test_ui_advance (f->clock, 10.5);
  limber_test_ui_advance (f->clock, 3);
  g_assert_cmpint (limber_session_get_step (session)->kind, ==, LIMBER_STEP_WORK);
  limber_session_stop (session);
  limber_test_ui_spin (10);

  /* The summary shows, stopped early, with the questions. */
  g_assert_cmpint (limber_window_get_visible_page (f->window), ==, LIMBER_WINDOW_PAGE_FINISHED);
  g_assert_nonnull (limber_finished_page_get_record (limber_window_get_finished_page (f->window)));
  limber_test_ui_activate (f->window, "back");

  again = reload (f);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (again)), ==, 1);
  record = g_list_model_get_item (G_LIST_MODEL (again), 0);
  g_assert_false (limber_history_record_get_completed (record));
  g_assert_cmpstr (limber_history_record_get_routine_id (record), ==, "hip-flexor-release");
  /* No answers given: no amendment line. */
  g_assert_cmpint (limber_history_record_get_pain_after (record), ==, LIMBER_PAIN_UNSET);
}

static void
test_stopped_before_work (Fixture       *f,
                          gconstpointer  data)
{
  LimberSession *session;

  limber_window_start_routine (f->window, limber_test_ui_lookup_bundled ("hip-flexor-release"));
  session = limber_window_get_session (f->window);
  limber_test_ui_advance (f->clock, 3);
  limber_session_stop (session);
  limber_test_ui_spin (10);

  g_assert_cmpint (limber_window_get_visible_page (f->window), ==, LIMBER_WINDOW_PAGE_ROUTINE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->history)), ==, 0);
  g_assert_false (g_file_test (f->path, G_FILE_TEST_EXISTS));
}

static LimberHistoryRow *
first_row (Fixture *f)
{
  LimberHistoryRow *row;

  limber_history_page_set_view (page (f), "sessions");
  limber_test_ui_spin (20);
  row = limber_history_page_get_session_row (page (f), 0);
  g_assert_nonnull (row);
  return row;
}

static void
test_delete_undo (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(LimberHistory) again = NULL;
  g_autofree char *before = read_file (f);
  g_autofree char *after = NULL;
  AdwToast *toast;
  GVariant *token;

  limber_test_ui_activate (f->window, "history");
  g_assert_cmpuint (n_rows (f), ==, 2);

  g_signal_emit_by_name (limber_history_row_get_delete_button (first_row (f)), "clicked");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->history)), ==, 1);
  g_assert_cmpuint (n_rows (f), ==, 1);

  toast = limber_history_page_get_undo_toast (page (f));
  g_assert_nonnull (toast);
  token = adw_toast_get_action_target_value (toast);
  g_assert_nonnull (token);
  gtk_widget_activate_action_variant (GTK_WIDGET (page (f)), adw_toast_get_action_name (toast), token);
  adw_toast_dismiss (toast);
  limber_test_ui_spin (10);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->history)), ==, 2);
  g_assert_cmpuint (n_rows (f), ==, 2);
  after = read_file (f);
  g_assert_cmpstr (after, ==, before);
  again = reload (f);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (again)), ==, 2);
}

static void
test_delete_dismissed (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(LimberHistory) again = NULL;
  g_autoptr(LimberHistoryRecord) kept = NULL;
  g_autofree char *contents = NULL;
  AdwToast *toast;

  limber_test_ui_activate (f->window, "history");
  /* Newest first: "Today" is the first row. */
  g_assert_cmpstr (limber_history_record_get_routine_title (limber_history_row_get_record (first_row (f))),
                   ==, "Today");
  g_signal_emit_by_name (limber_history_row_get_delete_button (first_row (f)), "clicked");

  /* Still in the file while Undo is offered. */
  contents = read_file (f);
  g_assert_nonnull (strstr (contents, "Today"));
  toast = limber_history_page_get_undo_toast (page (f));
  g_assert_nonnull (toast);
  adw_toast_dismiss (toast);
  wait_for_commit (f);

  g_assert_null (limber_history_page_get_undo_toast (page (f)));
  again = reload (f);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (again)), ==, 1);
  kept = g_list_model_get_item (G_LIST_MODEL (again), 0);
  g_assert_cmpstr (limber_history_record_get_routine_title (kept), ==, "Earlier");
}

static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  limber_test_ui_activate (f->window, "history");
  g_assert_cmpstr (limber_history_page_get_state (page (f)), ==, "empty");
  g_assert_null (limber_history_page_get_problem_text (page (f)));
  g_assert_cmpuint (limber_history_page_get_stats (page (f))->n_sessions, ==, 0);
}

/* A history that cannot be read: the app starts, the History page says so,
 * and a finished session writes nothing over it. */
static void
test_unreadable (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(LimberRoutine) routine = limber_test_ui_load_routine ("minimal.json");
  const char *problem;

  limber_test_ui_activate (f->window, "history");
  problem = limber_history_page_get_problem_text (page (f));
  g_assert_nonnull (problem);
  g_assert_nonnull (strstr (problem, "Your history could not be read"));
  g_assert_nonnull (strstr (problem, "it is a folder, not a file"));
  limber_test_ui_activate (f->window, "back");

  limber_window_start_routine (f->window, routine);
  limber_virtual_clock_run_until_idle (LIMBER_VIRTUAL_CLOCK (f->clock), G_MAXINT64 / 4);
  limber_test_ui_spin (10);
  g_assert_cmpint (limber_window_get_visible_page (f->window), ==, LIMBER_WINDOW_PAGE_FINISHED);

  g_assert_true (g_file_test (f->path, G_FILE_TEST_IS_DIR));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->history)), ==, 0);
  limber_test_ui_activate (f->window, "back");
  g_assert_true (g_file_test (f->path, G_FILE_TEST_IS_DIR));
}

/* A named pipe as history.jsonl: the window opens (nothing waits on the
 * pipe), the History page says so, and a finished session writes nothing
 * into it. */
static void
test_fifo (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(LimberRoutine) routine = limber_test_ui_load_routine ("minimal.json");
  const char *problem;
  struct stat st;

  limber_test_ui_activate (f->window, "history");
  problem = limber_history_page_get_problem_text (page (f));
  g_assert_nonnull (problem);
  g_assert_nonnull (strstr (problem, "Your history could not be read"));
  g_assert_nonnull (strstr (problem, "it is a named pipe (FIFO), not a regular file"));
  limber_test_ui_activate (f->window, "back");

  limber_window_start_routine (f->window, routine);
  limber_virtual_clock_run_until_idle (LIMBER_VIRTUAL_CLOCK (f->clock), G_MAXINT64 / 4);
  limber_test_ui_spin (10);
  g_assert_cmpint (limber_window_get_visible_page (f->window), ==, LIMBER_WINDOW_PAGE_FINISHED);
  limber_test_ui_activate (f->window, "back");
  g_assert_no_errno (lstat (f->path, &st));
  g_assert_true (S_ISFIFO (st.st_mode));
}

/* history.jsonl kept in a synced folder through a link: a delete rewrites
 * the synced file and the link stays a link. */
static void
test_delete_linked (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *target = g_build_filename (g_get_user_data_dir (), "Sync", "history.jsonl", NULL);
  g_autofree char *contents = NULL;
  struct stat st;

  test_delete_dismissed (f, data);
  g_assert_no_errno (lstat (f->path, &st));
  g_assert_true (S_ISLNK (st.st_mode));
  g_assert_true (g_file_get_contents (target, &contents, NULL, NULL));
  g_assert_null (strstr (contents, "Today"));
  g_assert_nonnull (strstr (contents, "Earlier"));
}

/* Exporting through a link writes its target; into a pipe, refused. */
static void
test_export_special (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *link = g_build_filename (g_get_user_data_dir (), "out.csv", NULL);
  g_autofree char *target = g_build_filename (g_get_user_data_dir (), "synced.csv", NULL);
  g_autofree char *fifo = g_build_filename (g_get_user_data_dir (), "pipe.csv", NULL);
  g_autofree char *contents = NULL;
  struct stat st;

  g_assert_no_errno (symlink ("synced.csv", link));
  g_assert_true (limber_history_page_export_to_path (page (f), "csv", link));
  g_assert_no_errno (lstat (link, &st));
  g_assert_true (S_ISLNK (st.st_mode));
  g_assert_true (g_file_get_contents (target, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "id,start,end,"));

  g_assert_no_errno (mkfifo (fifo, 0600));
  g_assert_false (limber_history_page_export_to_path (page (f), "csv", fifo));
  g_assert_no_errno (lstat (fifo, &st));
  g_assert_true (S_ISFIFO (st.st_mode));
}

static void
test_damaged (Fixture       *f,
              gconstpointer  data)
{
  const char *problem;

  limber_test_ui_activate (f->window, "history");
  problem = limber_history_page_get_problem_text (page (f));
  g_assert_nonnull (problem);
  g_assert_nonnull (strstr (problem, "line 2"));
  g_assert_nonnull (strstr (problem, "damaged"));
  g_assert_cmpstr (limber_history_page_get_state (page (f)), ==, "content");
  g_assert_cmpuint (n_rows (f), ==, 2);
}

static void
test_week_and_goal (Fixture       *f,
                    gconstpointer  data)
{
  GSettings *settings = limber_application_get_settings (f->app);
  g_autofree char *summary = NULL;

  limber_test_ui_activate (f->window, "history");
  g_settings_set_uint (settings, "weekly-goal", 45);
  g_assert_cmpuint (limber_history_page_get_stats (page (f))->weekly_goal_minutes, ==, 45);
  g_assert_nonnull (strstr (limber_history_page_get_week_text (page (f)), "of 45 minutes"));
  g_settings_reset (settings, "weekly-goal");

  /* The chart's label says what it shows. */
  summary = limber_pain_chart_describe (limber_history_page_get_stats (page (f))->pain);
  g_assert_nonnull (strstr (summary, "2 ratings"));
  g_assert_nonnull (strstr (summary, "latest 3"));
}

static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *csv = g_build_filename (g_get_user_data_dir (), "out.csv", NULL);
  g_autofree char *contents = NULL;

  g_assert_true (limber_history_page_export_to_path (page (f), "csv", csv));
  g_assert_true (g_file_get_contents (csv, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "id,start,end,"));
  g_assert_nonnull (strstr (contents, "Earlier"));
  /* A folder that does not exist: an error in a toast, not a crash. */
  g_assert_false (limber_history_page_export_to_path (page (f), "json", "/nonexistent/dir/out.json"));
}

static char *
run_tool (const char * const *argv)
{
  g_autofree char *out = NULL;
  int status = 0;
  g_autoptr(GError) error = NULL;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_steal_pointer (&out);
}

static gboolean
report_written (LimberHistoryPage *history_page)
{
  for (int i = 0; i < 1000 && limber_history_page_get_writing_report (history_page); i++)
    limber_test_ui_spin (10);
  return !limber_history_page_get_writing_report (history_page);
}

static AdwMessageDialog *
find_message_dialog (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      return l->data;
  return NULL;
}

static void
day_offset (GDate *date,
            int    days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_date_clear (date, 1);
  g_date_set_dmy (date, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  if (days < 0)
    g_date_subtract_days (date, (guint) -days);
}

static char *
long_date (const GDate *date)
{
  char buffer[64];

  g_date_strftime (buffer, sizeof buffer, "%-d %B %Y", date);
  return g_strdup (buffer);
}

static void
select_day (GtkCalendar *calendar,
            const GDate *date)
{
  g_autoptr(GDateTime) day = g_date_time_new_local (g_date_get_year (date), g_date_get_month (date),
                                                    g_date_get_day (date), 12, 0, 0);

  gtk_calendar_select_day (calendar, day);
  limber_test_ui_spin (10);
}

static char *
pdf_text (const char *path)
{
  return run_tool ((const char *[]) { "pdftotext", "-layout", path, "-", NULL });
}

/* Opens the report dialog of @action; its period chooser. */
static LimberReportPeriod *
open_report_dialog (Fixture           *f,
                    const char        *action,
                    AdwMessageDialog **dialog)
{
  GtkWidget *child;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page (f)), action, NULL));
  limber_test_ui_spin (20);
  *dialog = find_message_dialog ();
  g_assert_nonnull (*dialog);
  child = adw_message_dialog_get_extra_child (*dialog);
  g_assert_true (LIMBER_IS_REPORT_PERIOD (child));
  return LIMBER_REPORT_PERIOD (child);
}

/* Report…: the period asked first; the PDF written in a worker thread. */
static void
test_report (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *pdf = g_build_filename (g_get_user_data_dir (), "report.pdf", NULL);
  g_autofree char *all = g_build_filename (g_get_user_data_dir (), "all.pdf", NULL);
  g_autofree char *custom = g_build_filename (g_get_user_data_dir (), "custom.pdf", NULL);
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *problem = NULL;
  g_autofree char *from_text = NULL;
  g_autofree char *to_text = NULL;
  g_autofree char *accessible = NULL;
  AdwMessageDialog *dialog;
  LimberReportPeriod *period;
  GDate from, to, today, chosen_from, chosen_to;

  limber_test_ui_activate (f->window, "history");
  period = open_report_dialog (f, "history.report", &dialog);
  g_assert_true (adw_message_dialog_has_response (dialog, "save"));
  g_assert_cmpuint (limber_report_period_get_kind (period), ==, LIMBER_REPORT_PERIOD_LAST_90_DAYS);
  g_assert_false (gtk_widget_get_visible (limber_report_period_get_dates (period)));
  adw_message_dialog_response (dialog, "cancel");
  limber_test_ui_spin (20);
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));

  /* The last 30 days, written straight away. */
  day_offset (&from, -29);
  day_offset (&to, 0);
  limber_history_page_write_report (page (f), &from, &to, pdf);
  g_assert_true (limber_history_page_get_writing_report (page (f)));
  g_assert_true (report_written (page (f)));
  info = run_tool ((const char *[]) { "pdfinfo", pdf, NULL });
  g_assert_nonnull (strstr (info, "Pages:"));
  text = pdf_text (pdf);
  g_assert_nonnull (strstr (text, "Earlier"));
  g_assert_nonnull (strstr (text, "Today"));
  g_assert_nonnull (strstr (text, "(30 days)"));

  /* Every session, through the dialog: from the day of the first (3 days
   * ago) to today. */
  limber_history_page_set_report_destination (page (f), all);
  period = open_report_dialog (f, "history.report", &dialog);
  limber_report_period_set_kind (period, LIMBER_REPORT_PERIOD_EVERY_SESSION);
  adw_message_dialog_response (dialog, "save");
  g_assert_true (report_written (page (f)));
  g_clear_pointer (&text, g_free);
  text = pdf_text (all);
  g_assert_nonnull (strstr (text, "(4 days)"));

  /* Between two dates: "From" after "To" is refused, with the reason. */
  period = open_report_dialog (f, "history.report", &dialog);
  gtk_drop_down_set_selected (limber_report_period_get_drop_down (period), LIMBER_REPORT_PERIOD_CUSTOM);
  limber_test_ui_spin (10);
  g_assert_true (gtk_widget_get_visible (limber_report_period_get_dates (period)));
  /* The dates start as the last 90 days; each button shows its date. */
  day_offset (&today, 0);
  day_offset (&from, -89);
  from_text = long_date (&from);
  to_text = long_date (&today);
  g_assert_cmpstr (gtk_menu_button_get_label (limber_report_period_get_button (period, FALSE)), ==, from_text);
  g_assert_cmpstr (gtk_menu_button_get_label (limber_report_period_get_button (period, TRUE)), ==, to_text);
  g_assert_true (limber_report_period_get_valid (period));
  /* A screen reader hears which date each button holds. */
  accessible = g_strdup_printf ("From %s", from_text);
  gtk_test_accessible_assert_property (limber_report_period_get_button (period, FALSE),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, accessible);
  g_clear_pointer (&accessible, g_free);
  accessible = g_strdup_printf ("To %s", to_text);
  gtk_test_accessible_assert_property (limber_report_period_get_button (period, TRUE),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, accessible);
  gtk_test_accessible_assert_role (limber_report_period_get_problem_label (period), GTK_ACCESSIBLE_ROLE_ALERT);

  day_offset (&from, -1);
  day_offset (&to, -3);
  select_day (limber_report_period_get_calendar (period, FALSE), &from);
  select_day (limber_report_period_get_calendar (period, TRUE), &to);
  g_clear_pointer (&from_text, g_free);
  g_clear_pointer (&to_text, g_free);
  from_text = long_date (&from);
  to_text = long_date (&to);
  problem = g_strdup_printf ("The period would start on %s, after it ends on %s. "
                             "Choose a “From” date on or before the “To” date.", from_text, to_text);
  g_assert_false (limber_report_period_get_valid (period));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (limber_report_period_get_problem_label (period))));
  g_assert_cmpstr (gtk_label_get_text (limber_report_period_get_problem_label (period)), ==, problem);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "save"));
  g_assert_false (limber_report_period_get_range (period, &chosen_from, &chosen_to));

  /* Swapped, the dates make a period: written with it in its heading. */
  select_day (limber_report_period_get_calendar (period, FALSE), &to);
  select_day (limber_report_period_get_calendar (period, TRUE), &from);
  g_assert_true (limber_report_period_get_valid (period));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (limber_report_period_get_problem_label (period))));
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "save"));
  g_assert_cmpstr (gtk_menu_button_get_label (limber_report_period_get_button (period, FALSE)), ==, to_text);
  g_assert_cmpstr (gtk_menu_button_get_label (limber_report_period_get_button (period, TRUE)), ==, from_text);
  limber_history_page_set_report_destination (page (f), custom);
  adw_message_dialog_response (dialog, "save");
  g_assert_true (report_written (page (f)));
  limber_history_page_get_report_period (page (f), &chosen_from, &chosen_to);
  g_assert_cmpint (g_date_compare (&chosen_from, &to), ==, 0);
  g_assert_cmpint (g_date_compare (&chosen_to, &from), ==, 0);
  g_clear_pointer (&text, g_free);
  text = pdf_text (custom);
  heading = g_strdup_printf ("%s – %s (3 days)", to_text, from_text);
  g_assert_nonnull (strstr (text, heading));
  /* "Earlier" was 3 days ago; "Today" is after the period. */
  g_assert_nonnull (strstr (text, "Earlier"));
  g_assert_null (strstr (text, "Today"));
  g_assert_nonnull (strstr (text, "Sessions: 1 (1 completed, 0 stopped early)"));

  /* A folder that does not exist: a toast, nothing written, no crash. */
  limber_history_page_write_report (page (f), &to, &from, "/nonexistent/dir/report.pdf");
  g_assert_true (report_written (page (f)));
  g_assert_false (g_file_test ("/nonexistent/dir/report.pdf", G_FILE_TEST_EXISTS));
  limber_history_page_set_report_destination (page (f), NULL);
}

/* Print…: the same period chooser; the pages go through GtkPrintOperation
 * (exported to a PDF here instead of the print dialog). */
static void
test_print (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *printed = g_build_filename (g_get_user_data_dir (), "printed.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *from_text = NULL;
  AdwMessageDialog *dialog;
  LimberReportPeriod *period;
  GDate from, to;

  limber_test_ui_activate (f->window, "history");
  period = open_report_dialog (f, "history.print", &dialog);
  g_assert_true (adw_message_dialog_has_response (dialog, "print"));
  g_assert_false (adw_message_dialog_has_response (dialog, "save"));

  limber_report_period_set_kind (period, LIMBER_REPORT_PERIOD_CUSTOM);
  day_offset (&from, 0);
  day_offset (&to, -2);
  select_day (limber_report_period_get_calendar (period, FALSE), &from);
  select_day (limber_report_period_get_calendar (period, TRUE), &to);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "print"));
  g_assert_nonnull (strstr (limber_report_period_get_problem (period), "Choose a “From” date on or before"));

  /* Today alone. */
  select_day (limber_report_period_get_calendar (period, TRUE), &from);
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "print"));
  g_assert_null (limber_report_period_get_problem (period));
  limber_history_page_set_report_destination (page (f), printed);
  adw_message_dialog_response (dialog, "print");
  limber_test_ui_spin (20);
  limber_history_page_set_report_destination (page (f), NULL);

  text = pdf_text (printed);
  from_text = long_date (&from);
  heading = g_strdup_printf ("%s – %s (1 day)", from_text, from_text);
  g_assert_nonnull (strstr (text, heading));
  g_assert_nonnull (strstr (text, "Today"));
  g_assert_null (strstr (text, "Earlier"));
}

static void
test_pain_before (Fixture       *f,
                  gconstpointer  data)
{
  GSettings *settings = limber_application_get_settings (f->app);
  g_autoptr(LimberRoutine) routine = limber_test_ui_load_routine ("minimal.json");
  AdwMessageDialog *dialog;
  g_autoptr(LimberHistoryRecord) record = NULL;

  g_settings_set_boolean (settings, "ask-pain-before", TRUE);
  limber_window_show_routine (f->window, routine);
  limber_test_ui_activate (f->window, "start");
  dialog = ADW_MESSAGE_DIALOG (limber_window_get_pain_dialog (f->window));
  g_assert_nonnull (dialog);
  g_assert_cmpint (limber_window_get_visible_page (f->window), ==, LIMBER_WINDOW_PAGE_ROUTINE);
  limber_pain_scale_set_value (LIMBER_PAIN_SCALE (adw_message_dialog_get_extra_child (dialog)), 6);
  adw_message_dialog_response (dialog, "start");
  limber_test_ui_spin (10);
  g_settings_reset (settings, "ask-pain-before");

  g_assert_cmpint (limber_window_get_visible_page (f->window), ==, LIMBER_WINDOW_PAGE_PLAYER);
  limber_virtual_clock_run_until_idle (LIMBER_VIRTUAL_CLOCK (f->clock), G_MAXINT64 / 4);
  limber_test_ui_spin (10);
  record = g_list_model_get_item (G_LIST_MODEL (f->history), 0);
  g_assert_cmpint (limber_history_record_get_pain_before (record), ==, 6);
}

/* A history newer than this version: shown, and nothing can be deleted. */
static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *before = read_file (f);
  g_autofree char *after = NULL;
  GtkWidget *button;

  limber_test_ui_activate (f->window, "history");
  g_assert_nonnull (strstr (limber_history_page_get_problem_text (page (f)), "newer version of Limber"));
  g_assert_cmpuint (n_rows (f), ==, 2);
  button = GTK_WIDGET (limber_history_row_get_delete_button (first_row (f)));
  g_assert_false (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  limber_test_ui_spin (10);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->history)), ==, 2);
  g_assert_null (limber_history_page_get_undo_toast (page (f)));
  after = read_file (f);
  g_assert_cmpstr (after, ==, before);
}

/* Thousands of sessions: the list view makes rows for what is on screen
 * and a bounded number around it (GTK 4.8 keeps up to about 200), and a
 * row far down is made when the list is scrolled there. */
static void
test_many_sessions (Fixture       *f,
                    gconstpointer  data)
{
  GtkListView *view;
  GtkAdjustment *adjustment;
  LimberHistoryRow *row;
  guint n, made;

  limber_test_ui_activate (f->window, "history");
  n = n_rows (f);
  g_assert_cmpuint (n, ==, 3000);
  made = n_row_widgets (f);
  g_assert_cmpuint (made, >, 5);
  g_assert_cmpuint (made, <=, 256);
  g_assert_null (limber_history_page_get_session_row (page (f), 2900));

  view = limber_history_page_get_sessions_view (page (f));
  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view));
  /* The view may take a few frames (more on a loaded machine) to reach the
   * end: scroll again until the last row is made, for at most 10 s. */
  row = NULL;
  for (guint tries = 0; row == NULL && tries < 100; tries++)
    {
      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
      limber_test_ui_spin (100);
      row = limber_history_page_get_session_row (page (f), n - 1);
    }
  g_assert_nonnull (row);
  /* Oldest last. */
  g_assert_cmpstr (limber_history_record_get_routine_title (limber_history_row_get_record (row)), ==,
                   "Session 0");
  g_assert_cmpuint (n_row_widgets (f), <=, 256);
}

/* The first cairo drawing in @node, or NULL. */
static GskRenderNode *
find_cairo_node (GskRenderNode *node)
{
  switch (gsk_render_node_get_node_type (node))
    {
    case GSK_CAIRO_NODE:
      return node;
    case GSK_CONTAINER_NODE:
      for (guint i = 0; i < gsk_container_node_get_n_children (node); i++)
        {
          GskRenderNode *found = find_cairo_node (gsk_container_node_get_child (node, i));

          if (found != NULL)
            return found;
        }
      return NULL;
    case GSK_TRANSFORM_NODE:
      return find_cairo_node (gsk_transform_node_get_child (node));
    case GSK_CLIP_NODE:
      return find_cairo_node (gsk_clip_node_get_child (node));
    default:
      return NULL;
    }
}

/* How many pixel columns of @surface have an accent-blue pixel. */
static guint
blue_columns (cairo_surface_t *surface)
{
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  const guchar *data;
  guint n = 0;

  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  for (int x = 0; x < width; x++)
    for (int y = 0; y < height; y++)
      {
        /* ARGB32, premultiplied, little endian: B G R A. */
        const guchar *p = data + y * stride + x * 4;

        if (p[3] > 128 && p[0] > p[2] + 80)
          {
            n++;
            break;
          }
      }
  return n;
}

/* Years of ratings, more than the chart has pixels (drawn as averages of
 * pixel columns): still one line across the whole width. */
static void
test_pain_chart_dense (void)
{
  g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (LimberHistoryPainPoint));
  LimberPainChart *chart = LIMBER_PAIN_CHART (limber_pain_chart_new ());
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  GtkSnapshot *snapshot;
  GskRenderNode *drawing;
  cairo_surface_t *surface;
  cairo_t *cr;
  int width, height;
  guint columns;

  for (guint i = 0; i < 6000; i++)
    {
      LimberHistoryPainPoint point = { 0 };

      point.start_unix = 1700000000 + (gint64) i * 86400;
      g_date_clear (&point.date, 1);
      g_date_set_time_t (&point.date, (time_t) point.start_unix);
      point.pain_before = LIMBER_PAIN_UNSET;
      point.pain_after = i % 2 ? 2 : 8;
      g_array_append_val (points, point);
    }
  limber_pain_chart_set_points (chart, points);
  g_assert_cmpuint (limber_pain_chart_get_n_points (chart), ==, 6000);

  gtk_widget_set_size_request (GTK_WIDGET (chart), 400, 180);
  gtk_window_set_child (window, GTK_WIDGET (chart));
  gtk_window_present (window);
  limber_test_ui_spin (200);

  paintable = gtk_widget_paintable_new (GTK_WIDGET (chart));
  snapshot = gtk_snapshot_new ();
  width = gtk_widget_get_width (GTK_WIDGET (chart));
  height = gtk_widget_get_height (GTK_WIDGET (chart));
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  drawing = find_cairo_node (node);
  g_assert_nonnull (drawing);
  /* The drawing is recorded: play it into pixels. */
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (surface);
  cairo_set_source_surface (cr, gsk_cairo_node_get_surface (drawing), 0, 0);
  cairo_paint (cr);
  cairo_destroy (cr);
  /* The plot is the width less 28 + 12 of margins and 2 × 8 of inset: a
   * line all along it (its round ends go a pixel or two further). */
  columns = blue_columns (surface);
  cairo_surface_destroy (surface);
  g_assert_cmpint (columns, >=, width - 56 - 4);
  g_assert_cmpint (columns, <=, width - 56 + 6);

  gtk_window_destroy (window);
  limber_test_ui_spin (20);
}

/* A session of routine @id @days_ago at @level, pain after @pain_after. */
static char *
level_line (const char *id,
            gint        days_ago,
            int         level,
            gint        pain_after)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) start = g_date_time_add_days (now, -days_ago);
  g_autoptr(GDateTime) end = g_date_time_add_minutes (start, 10);
  g_autoptr(LimberHistoryRecord) record = NULL;

  record = limber_history_record_new (id, g_str_equal (id, "a") ? "Routine A" : "Routine B", start, end, 600, 600, TRUE);
  limber_history_record_set_level (record, level);
  limber_history_record_set_pain_after (record, pain_after);
  return limber_history_record_to_line (record);
}

/* The rows of @surface from @top to @bottom (excluded) with an accent-blue
 * pixel. */
static guint
blue_rows (cairo_surface_t *surface,
           int              top,
           int              bottom)
{
  int width = cairo_image_surface_get_width (surface);
  int stride = cairo_image_surface_get_stride (surface);
  const guchar *data;
  guint n = 0;

  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  for (int y = top; y < bottom; y++)
    for (int x = 0; x < width; x++)
      {
        const guchar *p = data + y * stride + x * 4;

        if (p[3] > 128 && p[0] > p[2] + 80)
          {
            n++;
            break;
          }
      }
  return n;
}

/* The chart as drawn now, in pixels. */
static cairo_surface_t *
render_chart (LimberPainChart *chart)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (chart));
  g_autoptr(GskRenderNode) node = NULL;
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  int width = gtk_widget_get_width (GTK_WIDGET (chart));
  int height = gtk_widget_get_height (GTK_WIDGET (chart));
  GskRenderNode *drawing;
  cairo_surface_t *surface;
  cairo_t *cr;

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  drawing = find_cairo_node (node);
  g_assert_nonnull (drawing);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (surface);
  cairo_set_source_surface (cr, gsk_cairo_node_get_surface (drawing), 0, 0);
  cairo_paint (cr);
  cairo_destroy (cr);
  return surface;
}

static int
natural_height (LimberPainChart *chart)
{
  int minimum, natural;

  gtk_widget_measure (GTK_WIDGET (chart), GTK_ORIENTATION_VERTICAL, -1, &minimum, &natural, NULL, NULL);
  return natural;
}

/* The pain chart marks where a routine's level changed ("L+1" above the
 * plot); one routine chosen, it shows that routine only and its level over
 * time in a strip below; the choice stays while sessions come. */
static void
test_level_chart (Fixture       *f,
                  gconstpointer  data)
{
  LimberPainChart *chart;
  cairo_surface_t *surface;
  int plain_height;

  limber_test_ui_activate (f->window, "history");
  limber_history_page_set_view (page (f), "overview");
  limber_test_ui_spin (100);
  chart = limber_history_page_get_pain_chart (page (f));

  /* Every routine: a 0 → +1 (6 days ago), b −1 → 0 (3 days ago). */
  g_assert_cmpuint (limber_pain_chart_get_n_points (chart), ==, 6);
  g_assert_cmpuint (limber_pain_chart_get_n_level_changes (chart), ==, 2);
  g_assert_false (limber_pain_chart_get_shows_level_line (chart));
  g_assert_nonnull (strstr (limber_history_page_get_pain_summary (page (f)),
                            "The level changed 2 times, the latest to 0 on "));
  /* The marks' diamonds: accent pixels at the top of the plot (at 24; the
   * ratings, all 3, are far below). */
  surface = render_chart (chart);
  g_assert_cmpuint (blue_rows (surface, 19, 29), >, 0);
  cairo_surface_destroy (surface);
  plain_height = natural_height (chart);

  /* Routine A: its ratings, its one change, and the strip of its level. */
  limber_history_page_set_chart_routine (page (f), "a");
  limber_test_ui_spin (100);
  g_assert_cmpuint (limber_pain_chart_get_n_points (chart), ==, 4);
  g_assert_cmpuint (limber_pain_chart_get_n_level_changes (chart), ==, 1);
  g_assert_true (limber_pain_chart_get_shows_level_line (chart));
  g_assert_cmpint (natural_height (chart), ==, plain_height + 64);
  g_assert_nonnull (strstr (limber_history_page_get_pain_summary (page (f)), "The level changed 1 time: to +1 on "));
  g_assert_nonnull (strstr (limber_history_page_get_pain_summary (page (f)), ": 4 ratings from "));
  /* The level line: accent pixels in the strip at the bottom. */
  surface = render_chart (chart);
  g_assert_cmpuint (blue_rows (surface, cairo_image_surface_get_height (surface) - 56,
                               cairo_image_surface_get_height (surface)), >, 0);
  cairo_surface_destroy (surface);

  /* A new session of A at +2: still A, one change more. */
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_autoptr(GDateTime) end = g_date_time_add_minutes (now, 10);
    g_autoptr(LimberHistoryRecord) record = limber_history_record_new ("a", "Routine A", now, end, 600, 600, TRUE);
    g_autoptr(GError) error = NULL;

    limber_history_record_set_level (record, 2);
    g_assert_true (limber_history_append (f->history, record, &error));
    g_assert_no_error (error);
  }
  limber_test_ui_spin (100);
  g_assert_true (limber_pain_chart_get_shows_level_line (chart));
  g_assert_cmpuint (limber_pain_chart_get_n_level_changes (chart), ==, 2);
  g_assert_nonnull (strstr (limber_history_page_get_pain_summary (page (f)),
                            "The level changed 2 times, the latest to +2 on "));

  /* The Routines group's row of B (fewer sessions: the second) shows B. */
  {
    GtkListBoxRow *row = gtk_list_box_get_row_at_index (limber_history_page_get_routines_list (page (f)), 1);

    g_assert_nonnull (row);
    g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Routine B");
    g_signal_emit_by_name (row, "activate");
    limber_test_ui_spin (100);
    g_assert_true (limber_pain_chart_get_shows_level_line (chart));
    g_assert_cmpuint (limber_pain_chart_get_n_points (chart), ==, 2);
    g_assert_cmpuint (limber_pain_chart_get_n_level_changes (chart), ==, 1);
    g_assert_nonnull (strstr (limber_history_page_get_pain_summary (page (f)), "The level changed 1 time: to 0 on "));
  }

  /* Every routine again. */
  limber_history_page_set_chart_routine (page (f), NULL);
  limber_test_ui_spin (100);
  g_assert_false (limber_pain_chart_get_shows_level_line (chart));
  g_assert_cmpuint (limber_pain_chart_get_n_level_changes (chart), ==, 3);
  g_assert_cmpuint (limber_pain_chart_get_n_points (chart), ==, 6);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *line1 = NULL;
  g_autofree char *line2 = NULL;
  g_autofree char *two = NULL;
  g_autofree char *damaged = NULL;
  g_autofree char *newer = NULL;
  g_autoptr(GString) many = g_string_new (NULL);
  g_autoptr(GString) levels = NULL;
  int status;

  /* GTK's test accessibility back end: what a screen reader would be told
   * can be asserted (the suite's GTK_A11Y=none has no such context). */
  g_setenv ("GTK_A11Y", "test", TRUE);
  limber_test_ui_init (&argc, &argv);

  line1 = record_line ("Earlier", 3, TRUE, 5);
  line2 = record_line ("Today", 0, FALSE, 3);
  two = g_strconcat (line1, "\n", line2, "\n", NULL);
  damaged = g_strconcat (line1, "\n{\"v\":1,\"id\":\"broken\n", line2, "\n", NULL);
  newer = g_strconcat (line1, "\n", line2, "\n",
                       "{\"v\":2,\"amends\":\"nothing-here\",\"mood\":\"great\"}\n", NULL);
  for (guint i = 0; i < 3000; i++)
    {
      g_autofree char *title = g_strdup_printf ("Session %u", i);
      g_autofree char *line = record_line (title, 3000 - (gint) i, i % 5 != 0, (gint) i % 11);

      g_string_append (many, line);
      g_string_append_c (many, '\n');
    }
  linked_history = g_strdup (two);
  {
    static const struct { const char *id; gint days_ago; int level; } sessions[] = {
      { "a", 10, 0 }, { "b", 9, -1 }, { "a", 8, 0 }, { "a", 6, 1 }, { "a", 4, 1 }, { "b", 3, 0 },
    };

    levels = g_string_new (NULL);
    for (guint i = 0; i < G_N_ELEMENTS (sessions); i++)
      {
        g_autofree char *line = level_line (sessions[i].id, sessions[i].days_ago, sessions[i].level, 3);

        g_string_append (levels, line);
        g_string_append_c (levels, '\n');
      }
  }

#define ADD(path, func, contents) \
  g_test_add ("/history-page/" path, Fixture, contents, fixture_set_up, func, fixture_tear_down)

  ADD ("finished-is-recorded", test_finished_is_recorded, NULL);
  ADD ("stopped-after-work", test_stopped_after_work, NULL);
  ADD ("stopped-before-work", test_stopped_before_work, NULL);
  ADD ("delete-undo", test_delete_undo, two);
  ADD ("delete-dismissed", test_delete_dismissed, two);
  ADD ("empty", test_empty, NULL);
  ADD ("damaged", test_damaged, damaged);
  ADD ("unreadable", test_unreadable, unreadable_history);
  ADD ("fifo", test_fifo, fifo_history);
  ADD ("delete-linked", test_delete_linked, linked_history);
  ADD ("export-special", test_export_special, two);
  ADD ("week-and-goal", test_week_and_goal, two);
  ADD ("export", test_export, two);
  ADD ("report", test_report, two);
  ADD ("print", test_print, two);
  ADD ("pain-before", test_pain_before, NULL);
  ADD ("read-only", test_read_only, newer);
  ADD ("many-sessions", test_many_sessions, many->str);
  ADD ("level-chart", test_level_chart, levels->str);
  g_test_add_func ("/history-page/pain-chart-dense", test_pain_chart_dense);

  status = g_test_run ();
  limber_test_ui_cleanup ();
  g_free (linked_history);
  return status;
}
