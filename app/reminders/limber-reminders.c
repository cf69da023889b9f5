/* limber-reminders.c: the background part of break reminders (GIO only)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-reminders"

#include "config.h"

#include <glib/gi18n.h>

#include "limber-checkin-scheduler.h"
#include "limber-break-recorder.h"
#include "limber-library.h"
#include "limber-notification-server.h"
#include "limber-plan.h"
#include "limber-program-path.h"
#include "limber-real-clock.h"
#include "limber-reminders.h"
#include "limber-sitting-model.h"
#include "limber-sitting-sources.h"

#define NOTIFICATION_ID "break-reminder"
#define CHECKIN_NOTIFICATION_ID "morning-checkin"
#define DEFAULT_BREAK_ROUTINE "desk-break"

struct _LimberReminders
{
  GApplication parent_instance;

  GSettings *settings;
  LimberClock *clock;
  LimberSittingModel *model;
  LimberSittingSources *sources;
  LimberCheckinScheduler *checkin;
  LimberBreakRecorder *recorder;  /* break lines into the history (never loaded) */
  GSimpleAction *sitting;         /* the state the window shows */
  guint main_app_watch;
  gboolean main_app_running;   /* Limber's window process is on the bus */
  gboolean held;
  /* The reminder waiting in Limber's window (no notification server), or NULL */
  char *window_title;
  char *window_body;
};

G_DEFINE_FINAL_TYPE (LimberReminders, limber_reminders, G_TYPE_APPLICATION)

LimberReminders *
limber_reminders_new (void)
{
  return g_object_new (LIMBER_TYPE_REMINDERS,
                       "application-id", LIMBER_REMINDERS_APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       NULL);
}

/* The break routine: the one in the settings when the library has it, the
 * bundled Desk Break otherwise. The library is read when needed and let go:
 * nothing of it stays in memory between reminders. */
static LimberRoutine *
lookup_break_routine (LimberReminders *self)
{
  g_autoptr(LimberLibrary) library = limber_library_new (NULL);
  g_autofree char *id = g_settings_get_string (self->settings, "break-routine");
  g_autoptr(GError) error = NULL;
  LimberRoutine *routine;

  if (!limber_library_load (library, NULL, &error))
    g_message ("%s", error->message);
  routine = limber_library_lookup (library, id);
  if (routine == NULL)
    {
      g_message ("The break routine “%s” is not in the library; the Desk Break comes instead", id);
      routine = limber_library_lookup (library, DEFAULT_BREAK_ROUTINE);
    }
  return routine != NULL ? g_object_ref (routine) : NULL;
}

#define MAIN_APP_PATH "/io/github/limber/Limber"

/* An action of Limber's window process, when it runs (never starting it). */
static void
activate_main_app_action (LimberReminders *self,
                          const char      *action,
                          GVariant        *parameter)
{
  GDBusConnection *bus = g_application_get_dbus_connection (G_APPLICATION (self));
  g_autoptr(GVariantBuilder) params = g_variant_builder_new (G_VARIANT_TYPE ("av"));

  if (bus == NULL)
    return;
  if (parameter != NULL)
    g_variant_builder_add (params, "v", parameter);
  g_dbus_connection_call (bus, APP_ID, MAIN_APP_PATH, "org.freedesktop.Application", "ActivateAction",
                          g_variant_new ("(sava{sv})", action, params, NULL), NULL,
                          G_DBUS_CALL_FLAGS_NO_AUTO_START, -1, NULL, NULL, NULL);
}

/* Whether a notification would be shown: in a sandbox the portal shows it;
 * otherwise a notification server must be on the bus (or startable). */
static gboolean
notifications_shown (LimberReminders *self)
{
  GDBusConnection *bus = g_application_get_dbus_connection (G_APPLICATION (self));

  if (g_file_test ("/.flatpak-info", G_FILE_TEST_EXISTS))
    return TRUE;
  return bus != NULL && limber_notification_server_present (bus);
}

static void
withdraw (LimberReminders *self)
{
  g_application_withdraw_notification (G_APPLICATION (self), NOTIFICATION_ID);
  if (self->window_title != NULL)
    {
      g_debug ("hide-reminder");
      activate_main_app_action (self, "hide-reminder", NULL);
      g_clear_pointer (&self->window_title, g_free);
      g_clear_pointer (&self->window_body, g_free);
    }
}

static void
show_in_window (LimberReminders *self)
{
  g_debug ("show-reminder in the window");
  activate_main_app_action (self, "show-reminder",
                            g_variant_new ("(ss)", self->window_title, self->window_body));
}

static void
on_model_remind (LimberSittingModel *model,
                 guint               minutes,
                 LimberReminders    *self)
{
  g_autoptr(GNotification) notification = NULL;
  g_autoptr(LimberRoutine) routine = lookup_break_routine (self);
  g_autofree char *title = NULL;
  g_autofree char *body = NULL;

  title = g_strdup_printf (ngettext ("You have been sitting for %u minute",
                                     "You have been sitting for %u minutes", minutes),
                           minutes);
  if (routine != NULL)
    {
      guint routine_minutes = MAX (1, (limber_routine_get_total_seconds (routine) + 30) / 60);
      const char * const *tags = limber_routine_get_tags (routine);

      if (tags != NULL && g_strv_contains (tags, "hips"))
        /* TRANSLATORS: "A 3-minute Desk Break loosens the hips" */
        body = g_strdup_printf (_("A %u-minute %s loosens the hips"),
                                routine_minutes, limber_routine_get_title (routine));
      else
        /* TRANSLATORS: "A 3-minute Neck Routine gets you moving" */
        body = g_strdup_printf (_("A %u-minute %s gets you moving"),
                                routine_minutes, limber_routine_get_title (routine));
    }
  else
    body = g_strdup (_("Stand up and move for a few minutes"));

  /* No notification server (and no sandbox): the reminder shows in Limber's
   * window when it is open, now or when it opens while the reminder waits;
   * with the window closed it waits unseen and comes again an interval
   * later, as an unanswered one does. */
  if (!notifications_shown (self))
    {
      withdraw (self);
      self->window_title = g_steal_pointer (&title);
      self->window_body = g_steal_pointer (&body);
      g_debug ("remind %u", minutes);
      show_in_window (self);
      return;
    }

  notification = g_notification_new (title);
  g_notification_set_body (notification, body);
  g_notification_set_category (notification, "reminder");
  g_notification_set_default_action (notification, "app.start-break");
  g_notification_add_button (notification, _("Start"), "app.start-break");
  g_notification_add_button (notification, _("In 5 Minutes"), "app.snooze");
  g_notification_add_button (notification, _("Skip"), "app.skip");
  g_debug ("remind %u", minutes);
  g_application_send_notification (G_APPLICATION (self), NOTIFICATION_ID, notification);
}

static void
on_model_withdraw (LimberSittingModel *model,
                   LimberReminders    *self)
{
  g_debug ("withdraw");
  withdraw (self);
}

/* The "sitting" action's state (see limber-reminders.h): whether the person
 * sits, since when (wall clock, Unix seconds; 0 when not sitting), and how
 * many break lines were written. It changes only when a stretch starts or
 * ends or a break is recorded: the window counts the minutes itself. */
static void
update_sitting_state (LimberReminders *self)
{
  gboolean sitting = self->model != NULL && limber_sitting_model_is_sitting (self->model);
  gint64 since = 0;

  if (sitting)
    {
      g_autoptr(GDateTime) now = limber_clock_get_wall_time (self->clock);

      since = g_date_time_to_unix (now) - limber_sitting_model_get_sitting_us (self->model) / G_USEC_PER_SEC;
    }
  g_simple_action_set_state (self->sitting,
                             g_variant_new ("(bxu)", sitting, since,
                                            self->recorder != NULL ? limber_break_recorder_get_n_recorded (self->recorder) : 0));
}

static void
on_sitting_change_state (GSimpleAction *action,
                         GVariant      *value,
                         gpointer       user_data)
{
  /* Read-only: only the model changes it. */
}

static void
on_model_break_event (LimberSittingModel *model,
                      LimberBreakKind     kind,
                      GDateTime          *time,
                      guint               minutes,
                      const char         *routine_id,
                      LimberReminders    *self)
{
  /* The recorder (connected before) has written the line. */
  g_debug ("break-event %s %u %s", limber_break_kind_to_string (kind), minutes,
           routine_id != NULL ? routine_id : "-");
  update_sitting_state (self);
}

static void
on_model_sitting_changed (LimberSittingModel *model,
                          LimberReminders    *self)
{
  update_sitting_state (self);
}

/* The next-morning check-in: a notification holds too few buttons for
 * eleven answers, so a click opens the check-in in Limber's window. */
static void
on_checkin_due (LimberCheckinScheduler *scheduler,
                const char             *session_id,
                const char             *routine_title,
                LimberReminders        *self)
{
  g_autoptr(GNotification) notification = g_notification_new (_("How does your back feel this morning?"));
  g_autofree char *body = NULL;

  /* TRANSLATORS: the body of the next-morning check-in; %s is a routine's title */
  body = g_strdup_printf (_("After yesterday’s %s: click to answer in Limber"), routine_title);
  g_notification_set_body (notification, body);
  g_notification_set_category (notification, "reminder");
  g_notification_set_default_action_and_target (notification, "app.checkin", "s", session_id);
  g_notification_add_button_with_target (notification, _("Check In"), "app.checkin", "s", session_id);
  g_debug ("checkin-due %s", session_id);
  g_application_send_notification (G_APPLICATION (self), CHECKIN_NOTIFICATION_ID, notification);
}

/* Actions */

static void
on_checkin_answered_activated (GSimpleAction *action,
                               GVariant      *parameter,
                               gpointer       user_data)
{
  LimberReminders *self = LIMBER_REMINDERS (user_data);

  g_debug ("checkin-answered");
  g_application_withdraw_notification (G_APPLICATION (self), CHECKIN_NOTIFICATION_ID);
}

static void
on_checkin_activated (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  LimberReminders *self = LIMBER_REMINDERS (user_data);
  g_autofree char *limber = limber_program_path ("limber", BINDIR);
  const char *id = g_variant_get_string (parameter, NULL);
  const char *argv[] = { limber, "--checkin", id, NULL };
  g_autoptr(GError) error = NULL;

  g_application_withdraw_notification (G_APPLICATION (self), CHECKIN_NOTIFICATION_ID);
  g_debug ("checkin %s", id);
  /* A running Limber gets the command line and shows the check-in;
   * otherwise Limber starts with it. */
  if (!g_spawn_async (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, &error))
    g_warning ("Cannot start Limber (%s) for the check-in: %s", limber, error->message);
}

static void
on_start_break_activated (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  LimberReminders *self = LIMBER_REMINDERS (user_data);
  g_autoptr(LimberRoutine) routine = lookup_break_routine (self);
  g_autofree char *limber = limber_program_path ("limber", BINDIR);
  const char *id = routine != NULL ? limber_routine_get_id (routine) : DEFAULT_BREAK_ROUTINE;
  const char *argv[] = { limber, "--start", id, NULL };
  g_autoptr(GError) error = NULL;

  withdraw (self);
  limber_sitting_model_start (self->model, id);
  g_debug ("start-break %s", id);
  /* A running Limber starts the routine at once (its app.start-routine);
   * otherwise Limber starts with the player open. */
  if (self->main_app_running)
    {
      activate_main_app_action (self, "start-routine", g_variant_new_string (id));
      return;
    }
  if (!g_spawn_async (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, &error))
    g_warning ("Cannot start Limber (%s) for the break: %s", limber, error->message);
}

static void
on_snooze_activated (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  LimberReminders *self = LIMBER_REMINDERS (user_data);

  withdraw (self);
  if (!limber_sitting_model_snooze (self->model))
    g_debug ("snooze: no reminder waits");
}

/* "Pause Reminders" from the notification. GNOME Shell 43 shows at most
 * three buttons on a notification and drops the others without a word
 * (MAX_NOTIFICATION_BUTTONS in js/ui/messageTray.js; that holds for
 * org.gtk.Notifications, for org.freedesktop.Notifications and so for the
 * portal in a sandbox), and GNotification cannot tell which server it
 * reaches. The reminder therefore keeps exactly its three buttons (Start,
 * In 5 Minutes, Skip) everywhere, and Skip, the answer of someone for whom
 * now is a bad time, replaces the reminder (same notification id: one entry
 * in the list, not two) with a quiet follow-up that offers the pause with
 * two buttons: "Pause for 1 Hour" and "Pause for Today" (app.pause
 * "hour" / "today", the same action as Preferences' buttons, stored in
 * reminders-paused-until). Ignored, it does nothing; the next reminder or a
 * break replaces or withdraws it. */
static void
offer_pause (LimberReminders *self)
{
  g_autoptr(GNotification) notification = g_notification_new (_("Reminder Skipped"));

  g_notification_set_body (notification, _("If now is a bad time, pause the reminders for a while."));
  g_notification_set_category (notification, "reminder");
  g_notification_set_priority (notification, G_NOTIFICATION_PRIORITY_LOW);
  g_notification_add_button_with_target (notification, _("Pause for 1 Hour"), "app.pause", "s", "hour");
  g_notification_add_button_with_target (notification, _("Pause for Today"), "app.pause", "s", "today");
  g_debug ("offer-pause");
  g_application_send_notification (G_APPLICATION (self), NOTIFICATION_ID, notification);
}

static void
on_skip_activated (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  LimberReminders *self = LIMBER_REMINDERS (user_data);

  gboolean in_window = self->window_title != NULL;

  withdraw (self);
  if (!limber_sitting_model_skip (self->model))
    {
      g_debug ("skip: no reminder waits");
      return;
    }
  /* In the window, Preferences is at hand. */
  if (!in_window)
    offer_pause (self);
}

static void
on_pause_activated (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  LimberReminders *self = LIMBER_REMINDERS (user_data);
  const char *how = g_variant_get_string (parameter, NULL);

  if (g_str_equal (how, "hour"))
    limber_sitting_model_pause_for (self->model, G_TIME_SPAN_HOUR);
  else if (g_str_equal (how, "today"))
    limber_sitting_model_pause_today (self->model);
  else
    {
      g_message ("Pause Reminders: “%s” is neither “hour” nor “today”", how);
      return;
    }
  g_debug ("pause %s until %" G_GINT64_FORMAT, how, limber_sitting_model_get_paused_until (self->model));
  withdraw (self);
}

static void
on_session_running_activated (GSimpleAction *action,
                              GVariant      *parameter,
                              gpointer       user_data)
{
  LimberReminders *self = LIMBER_REMINDERS (user_data);

  g_debug ("session-running %d", g_variant_get_boolean (parameter));
  limber_sitting_model_set_session_running (self->model, g_variant_get_boolean (parameter));
}

static void
on_quit_activated (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  LimberReminders *self = LIMBER_REMINDERS (user_data);

  withdraw (self);
  g_application_quit (G_APPLICATION (self));
}

static const GActionEntry actions[] = {
  { "start-break", on_start_break_activated },
  { "snooze", on_snooze_activated },
  { "skip", on_skip_activated },
  { "pause", on_pause_activated, "s" },
  { "session-running", on_session_running_activated, "b" },
  { "quit", on_quit_activated },
  { "checkin", on_checkin_activated, "s" },
  { "checkin-answered", on_checkin_answered_activated },
};

/* Limber's window opened while a reminder waits for it. */
static void
on_main_app_appeared (GDBusConnection *connection,
                      const char      *name,
                      const char      *owner,
                      gpointer         user_data)
{
  LimberReminders *self = LIMBER_REMINDERS (user_data);

  self->main_app_running = TRUE;
  if (self->window_title != NULL && self->model != NULL &&
      limber_sitting_model_get_reminder_waiting (self->model))
    show_in_window (self);
}

/* Limber gone (quit or crashed) means no session runs any more. */
static void
on_main_app_vanished (GDBusConnection *connection,
                      const char      *name,
                      gpointer         user_data)
{
  LimberReminders *self = LIMBER_REMINDERS (user_data);

  self->main_app_running = FALSE;
  g_debug ("main app gone: no session runs");
  if (self->model != NULL)
    limber_sitting_model_set_session_running (self->model, FALSE);
}

static void
on_break_reminders_changed (GSettings       *settings,
                            const char      *key,
                            LimberReminders *self)
{
  if (!g_settings_get_boolean (settings, "break-reminders"))
    withdraw (self);
  if (!limber_reminders_wanted (settings))
    {
      g_debug ("break reminders and check-in are off: quitting");
      g_application_withdraw_notification (G_APPLICATION (self), CHECKIN_NOTIFICATION_ID);
      g_application_quit (G_APPLICATION (self));
    }
}

static void
limber_reminders_startup (GApplication *app)
{
  LimberReminders *self = LIMBER_REMINDERS (app);

  G_APPLICATION_CLASS (limber_reminders_parent_class)->startup (app);

  self->settings = g_settings_new (APP_ID);
  if (!limber_reminders_wanted (self->settings))
    {
      g_debug ("break reminders and check-in are off: nothing to do");
      g_application_quit (app);
      return;
    }

  g_application_hold (app);
  self->held = TRUE;

  self->clock = limber_real_clock_new ();
  self->model = limber_sitting_model_new (self->clock);
  g_signal_connect (self->model, "remind", G_CALLBACK (on_model_remind), self);
  g_signal_connect (self->model, "withdraw", G_CALLBACK (on_model_withdraw), self);
  {
    g_autoptr(LimberHistory) history = limber_history_new (NULL);

    self->recorder = limber_break_recorder_new (self->model, history);
  }
  g_signal_connect (self->model, "break-event", G_CALLBACK (on_model_break_event), self);
  g_signal_connect (self->model, "sitting-changed", G_CALLBACK (on_model_sitting_changed), self);
  limber_sitting_model_bind_settings (self->model, self->settings);
  self->sources = limber_sitting_sources_new (self->model);
  self->checkin = limber_checkin_scheduler_new (self->clock, NULL);
  g_signal_connect (self->checkin, "due", G_CALLBACK (on_checkin_due), self);
  limber_checkin_scheduler_bind_settings (self->checkin, self->settings);
  update_sitting_state (self);
  g_signal_connect (self->settings, "changed::break-reminders",
                    G_CALLBACK (on_break_reminders_changed), self);
  g_signal_connect (self->settings, "changed::morning-checkin",
                    G_CALLBACK (on_break_reminders_changed), self);

  self->main_app_watch = g_bus_watch_name (G_BUS_TYPE_SESSION, APP_ID, G_BUS_NAME_WATCHER_FLAGS_NONE,
                                           on_main_app_appeared, on_main_app_vanished, self, NULL);
}

static void
limber_reminders_activate (GApplication *app)
{
  /* Started again (limber --background, autostart, D-Bus activation): it
   * already runs; nothing to show. */
}

static void
limber_reminders_shutdown (GApplication *app)
{
  LimberReminders *self = LIMBER_REMINDERS (app);

  g_clear_handle_id (&self->main_app_watch, g_bus_unwatch_name);
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->sources);
  if (self->checkin != NULL)
    g_signal_handlers_disconnect_by_data (self->checkin, self);
  g_clear_object (&self->checkin);
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_clear_object (&self->model);
  g_clear_object (&self->recorder);
  g_clear_object (&self->clock);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->window_title, g_free);
  g_clear_pointer (&self->window_body, g_free);

  G_APPLICATION_CLASS (limber_reminders_parent_class)->shutdown (app);
}

static void
limber_reminders_finalize (GObject *object)
{
  LimberReminders *self = LIMBER_REMINDERS (object);

  g_clear_object (&self->sitting);

  G_OBJECT_CLASS (limber_reminders_parent_class)->finalize (object);
}

static void
limber_reminders_class_init (LimberRemindersClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = limber_reminders_finalize;
  app_class->startup = limber_reminders_startup;
  app_class->activate = limber_reminders_activate;
  app_class->shutdown = limber_reminders_shutdown;
}

static void
limber_reminders_init (LimberReminders *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), actions, G_N_ELEMENTS (actions), self);
  self->sitting = g_simple_action_new_stateful (LIMBER_REMINDERS_SITTING_ACTION, NULL,
                                                g_variant_new ("(bxu)", FALSE, (gint64) 0, 0u));
  g_signal_connect (self->sitting, "change-state", G_CALLBACK (on_sitting_change_state), NULL);
  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (self->sitting));
}
