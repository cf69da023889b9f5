/* test-breaks-ui.c: the History page's Breaks view from a crafted history, and
 * the library page's "Sitting for 18 min · 4 breaks today" from a stand-in
 * limber-reminders on the session bus (suite "ui")
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>
#include <glib/gstdio.h>
#include <signal.h>

#include "limber-break-day.h"
#include "limber-breaks-view.h"
#include "limber-history-line.h"
#include "limber-history-page-private.h"
#include "limber-sitting-status.h"
#include "limber-test-ui.h"
#include "limber-virtual-clock.h"

static char *
history_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "limber", "history.jsonl", NULL);
}

/* A break line at @hour:@minute local time, @days_ago days before today. */
static char *
break_line (LimberBreakKind kind,
            int             days_ago,
            int             hour,
            int             minute,
            guint           sitting_minutes)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) midnight = g_date_time_new_local (g_date_time_get_year (now), g_date_time_get_month (now),
                                                         g_date_time_get_day_of_month (now), 0, 0, 0);
  g_autoptr(GDateTime) day = g_date_time_add_days (midnight, -days_ago);
  g_autoptr(GDateTime) time = g_date_time_add_full (day, 0, 0, 0, hour, minute, 0);
  g_autoptr(LimberBreakEvent) event = limber_break_event_new (kind, time, sitting_minutes,
                                                              kind == LIMBER_BREAK_REMINDED_STARTED ? "desk-break" : NULL);

  return limber_break_event_to_line (event);
}

static void
write_history (const char *contents)
{
  g_autofree char *path = history_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;

  g_assert_no_errno (g_mkdir_with_parents (dir, 0700));
  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

/* Today: Start after 30 minutes, a natural break after 42, a skip; yesterday
 * one natural break; a session a week ago (not a break). */
static char *
crafted_history (void)
{
  g_autofree char *a = break_line (LIMBER_BREAK_REMINDED_STARTED, 0, 0, 1, 30);
  g_autofree char *b = break_line (LIMBER_BREAK_NATURAL, 0, 0, 2, 42);
  g_autofree char *c = break_line (LIMBER_BREAK_SKIPPED, 0, 0, 3, 31);
  g_autofree char *d = break_line (LIMBER_BREAK_NATURAL, 1, 15, 0, 55);
  g_autofree char *e = break_line (LIMBER_BREAK_SNOOZED, 1, 16, 0, 20);

  return g_strjoin ("\n", d, e, a, b, c, "", NULL);
}

static void
wait_for (gboolean (*done) (gpointer),
          gpointer   data,
          guint      seconds)
{
  gint64 deadline = g_get_monotonic_time () + seconds * G_USEC_PER_SEC;

  while (!done (data) && g_get_monotonic_time () < deadline)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (10000);
}

static void
test_format (void)
{
  g_autofree char *a = limber_sitting_status_format (TRUE, 18, 4);
  g_autofree char *b = limber_sitting_status_format (TRUE, 1, 1);
  g_autofree char *c = limber_sitting_status_format (FALSE, 0, 0);

  g_assert_cmpstr (a, ==, "Sitting for 18 min · 4 breaks today");
  g_assert_cmpstr (b, ==, "Sitting for 1 min · 1 break today");
  g_assert_cmpstr (c, ==, "0 breaks today");
}

static void
test_view (void)
{
  /* Settings of their own: turning reminders on here must not start
   * limber-reminders through the application's link. */
  g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();
  g_autoptr(GSettings) settings = g_settings_new_with_backend (APP_ID, backend);
  g_autoptr(LimberHistory) history = limber_history_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = crafted_history ();
  g_autofree char *today = NULL;
  g_autofree char *yesterday = NULL;
  g_autofree char *line = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *weekday = g_date_time_format (now, "%A");
  GtkWidget *window;
  LimberHistoryPage *page;
  LimberBreaksView *view;
  const char *description;

  g_settings_set_uint (settings, "break-interval", 30);
  write_history (contents);
  g_assert_true (limber_history_load (history, NULL, &error));
  g_assert_no_error (error);

  page = LIMBER_HISTORY_PAGE (limber_history_page_new ());
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 600, 800);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  limber_history_page_set_history (page, history, settings);
  /* Only breaks, no session: the page has content (the Breaks view). */
  g_assert_cmpstr (limber_history_page_get_state (page), ==, "content");
  limber_history_page_set_view (page, "breaks");
  gtk_window_present (GTK_WINDOW (window));
  limber_test_ui_spin (300);

  view = limber_history_page_get_breaks_view (page);
  g_assert_cmpstr (limber_breaks_view_get_state (view), ==, "content");
  g_assert_cmpuint (g_list_model_get_n_items (limber_breaks_view_get_days (view)), ==, 2);
  today = limber_breaks_view_dup_row_text (view, 0);
  g_assert_cmpstr (today, ==, "Today | 2 breaks: 1 after a reminder, 1 on your own | "
                              "Reminders skipped: 1 · snoozed: 0 | 42 min | longest sitting");
  yesterday = limber_breaks_view_dup_row_text (view, 1);
  g_assert_cmpstr (yesterday, ==, "Yesterday | 1 break: 0 after a reminder, 1 on your own | "
                                  "Reminders skipped: 0 · snoozed: 1 | 55 min | longest sitting");

  /* The week chart says it in words: today's longest stretch. */
  description = limber_breaks_view_get_chart_description (view);
  g_assert_true (g_str_has_prefix (description, "Longest sitting stretch each day, this week "
                                                "(reminder every 30 minutes): "));
  line = g_strdup_printf ("%s 42 minutes", weekday);
  g_assert_nonnull (strstr (description, line));
  g_assert_nonnull (strstr (description, "no breaks recorded"));

  /* A break appended (as limber-reminders does) shows at once. */
  {
    g_autoptr(GDateTime) later = g_date_time_add_minutes (now, 1);
    g_autoptr(LimberBreakEvent) event = limber_break_event_new (LIMBER_BREAK_NATURAL, later, 77, NULL);
    g_autofree char *after = NULL;

    g_assert_true (limber_history_append_break (history, event, &error));
    limber_test_ui_spin (100);
    after = limber_breaks_view_dup_row_text (view, 0);
    g_assert_nonnull (strstr (after, "| 77 min | longest sitting"));
  }

  /* Reminders never on, no break lines: the empty state says how. */
  write_history ("");
  g_assert_true (limber_history_load (history, NULL, &error));
  g_assert_cmpstr (limber_breaks_view_get_state (view), ==, "empty");
  g_assert_cmpstr (limber_breaks_view_get_empty_description (view), ==,
                   "Turn on Move Reminders in Preferences: Limber then reminds you to get up and move, "
                   "and your breaks show here day by day.");
  g_settings_set_boolean (settings, "break-reminders", TRUE);
  g_assert_true (g_str_has_prefix (limber_breaks_view_get_empty_description (view), "Move reminders are on."));

  gtk_window_destroy (GTK_WINDOW (window));
  limber_test_ui_spin (50);
}

/* The library page's line ---------------------------------------------------- */

typedef struct
{
  LimberWindow *window;
  const char *expected;  /* NULL: the line hidden */
} LineWait;

static gboolean
line_is (gpointer data)
{
  LineWait *wait = data;
  const char *text = limber_library_page_get_sitting_text (wait->window->library_page);

  return g_strcmp0 (text, wait->expected) == 0;
}

static void
set_sitting (GDBusConnection *bus,
             gboolean         sitting,
             gint64           since,
             guint            n)
{
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) error = NULL;

  reply = g_dbus_connection_call_sync (bus, "io.github.limber.TestDesktop", "/io/github/limber/TestDesktop",
                                       "io.github.limber.TestDesktop", "SetSitting",
                                       g_variant_new ("(bxu)", sitting, since, n), NULL,
                                       G_DBUS_CALL_FLAGS_NONE, 10000, NULL, &error);
  g_assert_no_error (error);
}

static void
test_library_line (void)
{
  LimberApplication *app = NULL;
  LimberHistory *history = NULL;
  g_autofree char *script = g_build_filename (g_getenv ("LIMBER_SOURCE_ROOT"), "tests", "desktop",
                                              "fake-desktop.py", NULL);
  const char *argv[] = { "/usr/bin/python3", script, "reminders", NULL };
  g_autoptr(GSubprocess) stand_in = NULL;
  g_autoptr(GDataInputStream) out = NULL;
  g_autoptr(GDBusConnection) bus = NULL;
  g_autoptr(LimberHistory) writer = limber_history_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *ready = NULL;
  g_autofree char *contents = crafted_history ();
  g_autoptr(LimberWindow) window = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(LimberClock) clock = limber_virtual_clock_new (0);
  LineWait wait;

  if (g_getenv ("DBUS_SESSION_BUS_ADDRESS") == NULL || !g_file_test (argv[0], G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("needs a session bus (dbus-run-session) and /usr/bin/python3");
      return;
    }
  bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_assert_no_error (error);

  /* The application reads the history at its start (in a thread). */
  write_history (contents);
  app = limber_test_ui_get_app ();
  history = limber_application_get_history (app);
  while (!limber_history_get_loaded (history))
    g_main_context_iteration (NULL, TRUE);

  /* The window opens before the background part runs: no line. */
  window = limber_test_ui_new_window (app, clock);
  limber_test_ui_show_window (window);
  g_assert_null (limber_library_page_get_sitting_text (window->library_page));

  stand_in = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error);
  g_assert_no_error (error);
  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (stand_in));
  ready = g_data_input_stream_read_line (out, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ready, ==, "ready");

  /* Sitting for 18 minutes (and a few seconds); two breaks today. */
  set_sitting (bus, TRUE, g_date_time_to_unix (now) - 18 * 60 - 5, 0);
  wait = (LineWait) { window, "Sitting for 18 min · 2 breaks today" };
  wait_for (line_is, &wait, 30);
  g_assert_cmpstr (limber_library_page_get_sitting_text (window->library_page), ==, wait.expected);

  /* limber-reminders writes a natural break and says so: the window reads
   * the history again. */
  {
    g_autoptr(GDateTime) later = g_date_time_new_now_local ();
    g_autoptr(LimberBreakEvent) event = limber_break_event_new (LIMBER_BREAK_NATURAL, later, 18, NULL);

    g_assert_true (limber_history_append_break (writer, event, &error));
    g_assert_no_error (error);
    set_sitting (bus, TRUE, g_date_time_to_unix (later), 1);
  }
  wait = (LineWait) { window, "Sitting for 0 min · 3 breaks today" };
  wait_for (line_is, &wait, 30);
  g_assert_cmpstr (limber_library_page_get_sitting_text (window->library_page), ==, wait.expected);

  /* Not sitting (a session runs, the screen is locked): the breaks only. */
  set_sitting (bus, FALSE, 0, 1);
  wait = (LineWait) { window, "3 breaks today" };
  wait_for (line_is, &wait, 30);
  g_assert_cmpstr (limber_library_page_get_sitting_text (window->library_page), ==, wait.expected);

  /* The background part gone (reminders off): the line goes. */
  g_subprocess_send_signal (stand_in, SIGTERM);
  g_subprocess_wait (stand_in, NULL, NULL);
  wait = (LineWait) { window, NULL };
  wait_for (line_is, &wait, 30);
  g_assert_null (limber_library_page_get_sitting_text (window->library_page));

  limber_test_ui_destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  limber_test_ui_init (&argc, &argv);

  g_test_add_func ("/breaks-ui/format", test_format);
  g_test_add_func ("/breaks-ui/view", test_view);
  g_test_add_func ("/breaks-ui/library-line", test_library_line);

  status = g_test_run ();
  limber_test_ui_cleanup ();
  return status;
}
