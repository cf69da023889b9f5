/* test-desktop-sources.c: idle time, lock and sleep from a stand-in desktop
 * on a private bus (tests/desktop/fake-desktop.py); run inside
 * dbus-run-session, with the "system bus" pointed at the same bus.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "limber-desktop-idle-source-private.h"
#include "limber-lock-monitor.h"
#include "limber-sitting-sources.h"
#include "limber-sleep-monitor.h"
#include "limber-virtual-clock.h"

#define WAIT_US (5 * G_USEC_PER_SEC)

typedef struct
{
  GSubprocess *fake;
  GDBusConnection *bus;
  GString *events;
} Fixture;

static void
start_fake (Fixture            *f,
            const char * const *services)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) argv = NULL;
  g_autoptr(GDataInputStream) out = NULL;
  g_autofree char *line = NULL;
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "desktop", "fake-desktop.py", NULL);

  g_strv_builder_add (builder, "/usr/bin/python3");
  g_strv_builder_add (builder, script);
  g_strv_builder_addv (builder, (const char **) services);
  argv = g_strv_builder_end (builder);

  f->fake = g_subprocess_newv ((const char * const *) argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error);
  g_assert_no_error (error);

  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (f->fake));
  line = g_data_input_stream_read_line (out, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (line, ==, "ready");
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_assert_no_error (error);
  f->events = g_string_new (NULL);
  start_fake (f, data);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_subprocess_force_exit (f->fake);
  g_subprocess_wait (f->fake, NULL, NULL);
  g_clear_object (&f->fake);
  g_clear_object (&f->bus);
  g_string_free (f->events, TRUE);
}

static GVariant *
control (Fixture    *f,
         const char *method,
         GVariant   *parameters)
{
  g_autoptr(GError) error = NULL;
  GVariant *reply = g_dbus_connection_call_sync (f->bus, "io.github.limber.TestDesktop",
                                                 "/io/github/limber/TestDesktop",
                                                 "io.github.limber.TestDesktop", method,
                                                 parameters, NULL, G_DBUS_CALL_FLAGS_NONE,
                                                 -1, NULL, &error);

  g_assert_no_error (error);
  return reply;
}

/* The calls the fake received, one a line. */
static char *
calls (Fixture *f)
{
  g_autoptr(GVariant) reply = control (f, "GetCalls", NULL);
  g_autofree const char **list = NULL;

  g_variant_get (reply, "(^a&s)", &list);
  return g_strjoinv ("\n", (char **) list);
}

static gboolean
on_timeout (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop for @ms. */
static void
run_for (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, on_timeout, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

/* Runs the main loop until @text is at the end of the events, or fails. */
static void
wait_for_event (Fixture    *f,
                const char *text)
{
  gint64 until = g_get_monotonic_time () + WAIT_US;

  while (!g_str_has_suffix (f->events->str, text))
    {
      if (g_get_monotonic_time () > until)
        g_error ("Waited in vain for “%s”; events: “%s”", text, f->events->str);
      run_for (10);
    }
}

static void
wait_for_call (Fixture    *f,
               const char *text)
{
  gint64 until = g_get_monotonic_time () + WAIT_US;

  for (;;)
    {
      g_autofree char *log = calls (f);

      if (strstr (log, text) != NULL)
        return;
      if (g_get_monotonic_time () > until)
        g_error ("Waited in vain for the call “%s”; calls: “%s”", text, log);
      run_for (10);
    }
}

static void
on_idle (LimberIdleSource *source,
         gint64            idle_us,
         Fixture          *f)
{
  g_string_append_printf (f->events, "idle %" G_GINT64_FORMAT ";", idle_us);
}

static void
on_active (LimberIdleSource *source,
           Fixture          *f)
{
  g_string_append (f->events, "active;");
}

static void
on_capability (LimberIdleSource *source,
               Fixture          *f)
{
  g_string_append_printf (f->events, "%s;",
                          limber_idle_capability_to_string (limber_idle_source_get_capability (source)));
}

static LimberIdleSource *
new_idle_source (Fixture *f)
{
  LimberIdleSource *source = limber_desktop_idle_source_new_with_poll (50);

  g_signal_connect (source, "idle", G_CALLBACK (on_idle), f);
  g_signal_connect (source, "active", G_CALLBACK (on_active), f);
  g_signal_connect (source, "capability-changed", G_CALLBACK (on_capability), f);
  return source;
}

static void
count_calls (const char *log,
             const char *method,
             guint      *n)
{
  g_auto(GStrv) lines = g_strsplit (log, "\n", -1);

  *n = 0;
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], method))
      (*n)++;
}

static void
wait_for_n_calls (Fixture    *f,
                  const char *method,
                  guint       n)
{
  gint64 until = g_get_monotonic_time () + WAIT_US;

  for (;;)
    {
      g_autofree char *log = calls (f);
      guint have;

      count_calls (log, method, &have);
      if (have >= n)
        return;
      if (g_get_monotonic_time () > until)
        g_error ("Waited in vain for %u calls “%s”; calls: “%s”", n, method, log);
      run_for (10);
    }
}

static const char *mutter_and_screensaver[] = { "mutter", "screensaver", NULL };

/* Mutter's watches, preferred to the ScreenSaver: an idle watch at the
 * threshold, a user-active watch after it fired, and no polling at all. */
static void
test_mutter_watches (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(LimberIdleSource) source = new_idle_source (f);
  g_autofree char *log = NULL;
  guint n;

  limber_idle_source_set_threshold (source, 300 * G_USEC_PER_SEC);
  wait_for_event (f, "watches;");
  g_assert_cmpint (limber_idle_source_get_capability (source), ==, LIMBER_IDLE_CAPABILITY_WATCHES);
  wait_for_call (f, "AddIdleWatch 300000");

  control (f, "SetIdletime", g_variant_new ("(t)", (guint64) 299999));
  run_for (100);
  g_assert_cmpstr (f->events->str, ==, "watches;");

  control (f, "SetIdletime", g_variant_new ("(t)", (guint64) 300000));
  wait_for_event (f, "idle 300000000;");
  wait_for_call (f, "AddUserActiveWatch");

  control (f, "SetIdletime", g_variant_new ("(t)", (guint64) 0));
  wait_for_event (f, "active;");

  /* Away again: the same idle watch fires again. */
  control (f, "SetIdletime", g_variant_new ("(t)", (guint64) 400000));
  wait_for_event (f, "active;idle 300000000;");
  control (f, "SetIdletime", g_variant_new ("(t)", (guint64) 10));
  wait_for_event (f, "idle 300000000;active;");

  /* A new threshold replaces the watch. */
  limber_idle_source_set_threshold (source, 600 * G_USEC_PER_SEC);
  wait_for_call (f, "AddIdleWatch 600000");
  wait_for_call (f, "RemoveWatch 1");

  run_for (300);  /* six periods of the fallback's polling */
  log = calls (f);
  count_calls (log, "GetSessionIdleTime", &n);
  g_assert_cmpuint (n, ==, 0);
  count_calls (log, "GetIdletime", &n);
  g_assert_cmpuint (n, ==, 0);
  g_assert_cmpstr (f->events->str, ==,
                   "watches;idle 300000000;active;idle 300000000;active;");
}

static const char *screensaver_only[] = { "screensaver", NULL };

/* Without Mutter: the ScreenSaver's idle time, asked now and then. */
static void
test_screensaver_polling (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(LimberIdleSource) source = new_idle_source (f);
  g_autofree char *log = NULL;
  guint n;

  limber_idle_source_set_threshold (source, 300 * G_USEC_PER_SEC);
  wait_for_event (f, "polling;");

  control (f, "SetIdletime", g_variant_new ("(t)", (guint64) 200000));
  run_for (150);
  g_assert_cmpstr (f->events->str, ==, "polling;");

  control (f, "SetIdletime", g_variant_new ("(t)", (guint64) 300500));
  wait_for_event (f, "idle 300500000;");
  control (f, "SetIdletime", g_variant_new ("(t)", (guint64) 400000));
  run_for (150);
  control (f, "SetIdletime", g_variant_new ("(t)", (guint64) 1000));
  wait_for_event (f, "polling;idle 300500000;active;");

  log = calls (f);
  count_calls (log, "GetSessionIdleTime", &n);
  g_assert_cmpuint (n, >=, 4);
  count_calls (log, "AddIdleWatch", &n);
  g_assert_cmpuint (n, ==, 0);
}

/* The shell restarts: Mutter's name goes (the fallback takes over) and
 * comes back (watches again, at the same threshold). */
static void
test_mutter_restart (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(LimberIdleSource) source = new_idle_source (f);

  limber_idle_source_set_threshold (source, 120 * G_USEC_PER_SEC);
  wait_for_event (f, "watches;");
  wait_for_call (f, "AddIdleWatch 120000");

  control (f, "ReleaseMutter", NULL);
  wait_for_event (f, "watches;polling;");
  control (f, "SetIdletime", g_variant_new ("(t)", (guint64) 130000));
  wait_for_event (f, "polling;idle 130000000;");

  /* Back, with the person away: the source starts afresh ("active"), and
   * the new watch fires when idleness crosses the threshold again. */
  control (f, "OwnMutter", NULL);
  wait_for_event (f, "idle 130000000;active;watches;");
  wait_for_n_calls (f, "AddIdleWatch 120000", 2);
  control (f, "SetIdletime", g_variant_new ("(t)", (guint64) 0));
  control (f, "SetIdletime", g_variant_new ("(t)", (guint64) 120000));
  wait_for_event (f, "watches;idle 120000000;");
}

static const char *nothing[] = { NULL };

/* Neither: the source says it cannot tell, and never says idle. */
static void
test_no_idle_service (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(LimberIdleSource) source = new_idle_source (f);

  limber_idle_source_set_threshold (source, G_USEC_PER_SEC);
  wait_for_event (f, "none;");
  g_assert_cmpint (limber_idle_source_get_capability (source), ==, LIMBER_IDLE_CAPABILITY_NONE);
  run_for (200);
  g_assert_cmpstr (f->events->str, ==, "none;");
}

static void
on_locked (LimberLockMonitor *monitor,
           GParamSpec        *pspec,
           Fixture           *f)
{
  g_string_append (f->events, limber_lock_monitor_get_locked (monitor) ? "locked;" : "unlocked;");
}

static const char *shield_and_logind[] = { "shield", "logind", NULL };

/* GNOME's shield and logind's LockedHint, either one locks. */
static void
test_lock (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(LimberLockMonitor) monitor = limber_lock_monitor_new ();

  g_signal_connect (monitor, "notify::locked", G_CALLBACK (on_locked), f);
  wait_for_call (f, "GetActive");
  wait_for_call (f, "Get org.freedesktop.login1.Session LockedHint");
  run_for (50);

  control (f, "SetShield", g_variant_new ("(b)", TRUE));
  wait_for_event (f, "locked;");
  control (f, "SetShield", g_variant_new ("(b)", FALSE));
  wait_for_event (f, "locked;unlocked;");

  control (f, "SetLockedHint", g_variant_new ("(b)", TRUE));
  wait_for_event (f, "unlocked;locked;");
  control (f, "SetShield", g_variant_new ("(b)", TRUE));
  control (f, "SetLockedHint", g_variant_new ("(b)", FALSE));
  run_for (100);
  g_assert_true (limber_lock_monitor_get_locked (monitor));
  control (f, "SetShield", g_variant_new ("(b)", FALSE));
  wait_for_event (f, "locked;unlocked;locked;unlocked;");
  g_assert_cmpstr (f->events->str, ==, "locked;unlocked;locked;unlocked;");
}

/* Neither service: never locked, and no warning. */
static void
test_lock_missing (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(LimberLockMonitor) monitor = limber_lock_monitor_new ();

  g_signal_connect (monitor, "notify::locked", G_CALLBACK (on_locked), f);
  run_for (300);
  g_assert_false (limber_lock_monitor_get_locked (monitor));
  g_assert_cmpstr (f->events->str, ==, "");
}

static void
on_sleeping (LimberSleepMonitor *monitor,
             Fixture            *f)
{
  g_string_append (f->events, "sleeping;");
}

static void
on_resumed (LimberSleepMonitor *monitor,
            Fixture            *f)
{
  g_string_append (f->events, "resumed;");
}

static const char *logind_only[] = { "logind", NULL };

static void
test_sleep (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(LimberSleepMonitor) monitor = limber_sleep_monitor_new ();

  g_signal_connect (monitor, "sleeping", G_CALLBACK (on_sleeping), f);
  g_signal_connect (monitor, "resumed", G_CALLBACK (on_resumed), f);
  run_for (200);  /* it connects asynchronously and cannot tell when it is done */

  control (f, "PrepareForSleep", g_variant_new ("(b)", TRUE));
  wait_for_event (f, "sleeping;");
  control (f, "PrepareForSleep", g_variant_new ("(b)", FALSE));
  wait_for_event (f, "sleeping;resumed;");
}

static void
on_break_event (LimberSittingModel *model,
                int                 kind,
                GDateTime          *time,
                guint               minutes,
                const char         *routine_id,
                Fixture            *f)
{
  g_string_append_printf (f->events, "%s %u;", limber_break_kind_to_string (kind), minutes);
}

static void
on_sitting_changed (LimberSittingModel *model,
                    Fixture            *f)
{
  g_string_append (f->events, limber_sitting_model_is_sitting (model) ? "sitting;" : "up;");
}

static const char *whole_desktop[] = { "mutter", "shield", "logind", NULL };

/* The whole chain: Mutter's watch, GNOME's shield and logind's sleep move the
 * sitting model (on a virtual clock, so that minutes pass at once). */
static void
test_sitting_chain (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(LimberClock) clock = limber_virtual_clock_new (G_TIME_SPAN_HOUR);
  LimberVirtualClock *vc = LIMBER_VIRTUAL_CLOCK (clock);
  g_autoptr(LimberSittingModel) model = limber_sitting_model_new (clock);
  g_autoptr(LimberSittingSources) sources = NULL;

  limber_sitting_model_set_natural_break (model, 1);
  sources = limber_sitting_sources_new (model);
  g_signal_connect (model, "break-event", G_CALLBACK (on_break_event), f);
  g_signal_connect (model, "sitting-changed", G_CALLBACK (on_sitting_changed), f);
  wait_for_call (f, "AddIdleWatch 60000");
  wait_for_call (f, "Get org.freedesktop.login1.Session LockedHint");
  run_for (100);
  g_assert_cmpint (limber_sitting_sources_get_idle_capability (sources), ==,
                   LIMBER_IDLE_CAPABILITY_WATCHES);

  limber_virtual_clock_advance (vc, 30 * G_TIME_SPAN_MINUTE);
  control (f, "SetIdletime", g_variant_new ("(t)", (guint64) 60000));
  wait_for_event (f, "natural 29;up;");
  control (f, "SetIdletime", g_variant_new ("(t)", (guint64) 0));
  wait_for_event (f, "up;sitting;");

  limber_virtual_clock_advance (vc, 10 * G_TIME_SPAN_MINUTE);
  control (f, "SetShield", g_variant_new ("(b)", TRUE));
  wait_for_event (f, "natural 10;up;");
  control (f, "SetShield", g_variant_new ("(b)", FALSE));
  wait_for_event (f, "up;sitting;");

  limber_virtual_clock_advance (vc, 5 * G_TIME_SPAN_MINUTE);
  control (f, "PrepareForSleep", g_variant_new ("(b)", TRUE));
  wait_for_event (f, "natural 5;up;");
  control (f, "PrepareForSleep", g_variant_new ("(b)", FALSE));
  wait_for_event (f, "up;sitting;");

  g_assert_cmpstr (f->events->str, ==,
                   "natural 29;up;sitting;natural 10;up;sitting;natural 5;up;sitting;");
  g_clear_object (&sources);
  g_assert_finalize_object (g_steal_pointer (&model));
}

int
main (int   argc,
      char *argv[])
{
  const char *address = g_getenv ("DBUS_SESSION_BUS_ADDRESS");

  g_test_init (&argc, &argv, NULL);

  if (address == NULL)
    {
      g_test_skip ("No private session bus (run inside dbus-run-session)");
      return g_test_run ();
    }
  /* logind lives on the system bus: here it is the fake, on the private bus. */
  g_setenv ("DBUS_SYSTEM_BUS_ADDRESS", address, TRUE);

#define ADD(path, services, func) \
  g_test_add ("/desktop/" path, Fixture, services, fixture_setup, func, fixture_teardown)

  ADD ("idle/mutter-watches", mutter_and_screensaver, test_mutter_watches);
  ADD ("idle/screensaver-polling", screensaver_only, test_screensaver_polling);
  ADD ("idle/none", nothing, test_no_idle_service);
  ADD ("idle/mutter-restart", mutter_and_screensaver, test_mutter_restart);
  ADD ("lock/shield-and-logind", shield_and_logind, test_lock);
  ADD ("lock/missing", nothing, test_lock_missing);
  ADD ("sleep/prepare-for-sleep", logind_only, test_sleep);
  ADD ("sitting/chain", whole_desktop, test_sitting_chain);

  return g_test_run ();
}
