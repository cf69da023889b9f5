/* limber-reminders-link.c: the window's side of the background part
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-reminders-link"

#include "config.h"

#include "limber-program-path.h"
#include "limber-reminders-link.h"
#include "reminders/limber-reminders.h"

struct _LimberRemindersLink
{
  GObject parent_instance;

  GSettings *settings;
  GDBusConnection *bus;   /* while the background part is on the bus */
  guint watch;
  gboolean watched;       /* the first answer about the name came */
  gboolean session_running;
  GDBusActionGroup *actions;  /* its actions, while it is on the bus */
  gboolean sitting_known;     /* its "sitting" state came */
  gboolean sitting;
  gint64 sitting_since;
  guint n_breaks_written;
};

enum {
  SITTING_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (LimberRemindersLink, limber_reminders_link, G_TYPE_OBJECT)

char *
limber_reminders_link_get_program (void)
{
  return limber_program_path ("limber-reminders", LIBEXECDIR);
}

static void
activate_action (LimberRemindersLink *self,
                 const char          *action,
                 GVariant            *parameter,
                 gboolean             wait)
{
  g_autoptr(GVariantBuilder) params = g_variant_builder_new (G_VARIANT_TYPE ("av"));
  GVariant *args;

  if (self->bus == NULL)
    return;
  if (parameter != NULL)
    g_variant_builder_add (params, "v", parameter);
  args = g_variant_new ("(sava{sv})", action, params, NULL);
  if (wait)
    {
      g_autoptr(GVariant) reply = NULL;
      g_autoptr(GError) error = NULL;

      reply = g_dbus_connection_call_sync (self->bus, LIMBER_REMINDERS_APP_ID,
                                           LIMBER_REMINDERS_OBJECT_PATH,
                                           "org.freedesktop.Application", "ActivateAction", args,
                                           NULL, G_DBUS_CALL_FLAGS_NO_AUTO_START, 2000, NULL, &error);
      if (reply == NULL)
        g_debug ("%s: %s", action, error->message);
    }
  else
    g_dbus_connection_call (self->bus, LIMBER_REMINDERS_APP_ID, LIMBER_REMINDERS_OBJECT_PATH,
                            "org.freedesktop.Application", "ActivateAction", args,
                            NULL, G_DBUS_CALL_FLAGS_NO_AUTO_START, -1, NULL, NULL, NULL);
}

/* The "sitting" state (app/reminders/limber-reminders.h). */
static void
take_sitting_state (LimberRemindersLink *self,
                    GVariant            *state)
{
  gboolean sitting = FALSE;
  gint64 since = 0;
  guint n = 0;

  if (state != NULL && g_variant_is_of_type (state, G_VARIANT_TYPE (LIMBER_REMINDERS_SITTING_STATE_TYPE)))
    {
      g_variant_get (state, "(bxu)", &sitting, &since, &n);
      self->sitting_known = TRUE;
    }
  else
    self->sitting_known = FALSE;
  self->sitting = sitting;
  self->sitting_since = since;
  self->n_breaks_written = n;
  g_signal_emit (self, signals[SITTING_CHANGED], 0);
}

static void
on_action_added (GActionGroup        *group,
                 const char          *name,
                 LimberRemindersLink *self)
{
  g_autoptr(GVariant) state = NULL;

  if (!g_str_equal (name, LIMBER_REMINDERS_SITTING_ACTION))
    return;
  state = g_action_group_get_action_state (group, name);
  take_sitting_state (self, state);
}

static void
on_action_state_changed (GActionGroup        *group,
                         const char          *name,
                         GVariant            *state,
                         LimberRemindersLink *self)
{
  if (g_str_equal (name, LIMBER_REMINDERS_SITTING_ACTION))
    take_sitting_state (self, state);
}

static void
forget_actions (LimberRemindersLink *self)
{
  if (self->actions == NULL)
    return;
  g_signal_handlers_disconnect_by_data (self->actions, self);
  g_clear_object (&self->actions);
  if (self->sitting_known)
    take_sitting_state (self, NULL);
}

static void
on_name_appeared (GDBusConnection *connection,
                  const char      *name,
                  const char      *owner,
                  gpointer         user_data)
{
  LimberRemindersLink *self = LIMBER_REMINDERS_LINK (user_data);

  self->watched = TRUE;
  g_set_object (&self->bus, connection);
  /* Its state comes with org.gtk.Actions' Changed signal: nothing polls. */
  forget_actions (self);
  self->actions = g_dbus_action_group_get (connection, owner, LIMBER_REMINDERS_OBJECT_PATH);
  g_signal_connect (self->actions, "action-added", G_CALLBACK (on_action_added), self);
  g_signal_connect (self->actions, "action-state-changed", G_CALLBACK (on_action_state_changed), self);
  /* The first call asks for the actions (answered by "action-added"). */
  g_strfreev (g_action_group_list_actions (G_ACTION_GROUP (self->actions)));
  if (self->session_running)
    activate_action (self, "session-running", g_variant_new_boolean (TRUE), FALSE);
}

/* Starts limber-reminders; when it runs already, the new one hands over to
 * it and leaves at once (GApplication uniqueness). */
static void
start_background_part (LimberRemindersLink *self)
{
  g_autofree char *program = limber_reminders_link_get_program ();
  const char *argv[] = { program, NULL };
  g_autoptr(GError) error = NULL;

  if (self->bus != NULL)
    return;
  if (!g_spawn_async (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, &error))
    g_warning ("Cannot start the break reminders (%s): %s", program, error->message);
}

static void
on_name_vanished (GDBusConnection *connection,
                  const char      *name,
                  gpointer         user_data)
{
  LimberRemindersLink *self = LIMBER_REMINDERS_LINK (user_data);

  g_clear_object (&self->bus);
  forget_actions (self);
  if (!self->watched)
    {
      /* Not running when Limber starts: started when reminders are on. */
      self->watched = TRUE;
      if (limber_reminders_wanted (self->settings))
        start_background_part (self);
    }
}

static void
on_break_reminders_changed (GSettings           *settings,
                            const char          *key,
                            LimberRemindersLink *self)
{
  /* Turned off, the background part quits by itself. */
  if (self->watched && g_settings_get_boolean (settings, key))
    start_background_part (self);
}

LimberRemindersLink *
limber_reminders_link_new (GSettings *settings)
{
  LimberRemindersLink *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (LIMBER_TYPE_REMINDERS_LINK, NULL);
  self->settings = g_object_ref (settings);
  self->watch = g_bus_watch_name (G_BUS_TYPE_SESSION, LIMBER_REMINDERS_APP_ID,
                                  G_BUS_NAME_WATCHER_FLAGS_NONE, on_name_appeared, on_name_vanished,
                                  self, NULL);
  g_signal_connect (settings, "changed::break-reminders", G_CALLBACK (on_break_reminders_changed), self);
  g_signal_connect (settings, "changed::morning-checkin", G_CALLBACK (on_break_reminders_changed), self);
  return self;
}

void
limber_reminders_link_set_session_running (LimberRemindersLink *self,
                                           gboolean             running)
{
  g_return_if_fail (LIMBER_IS_REMINDERS_LINK (self));

  running = !!running;
  if (self->session_running == running)
    return;
  self->session_running = running;
  activate_action (self, "session-running", g_variant_new_boolean (running), FALSE);
}

gboolean
limber_reminders_link_get_sitting (LimberRemindersLink *self,
                                   gboolean            *sitting,
                                   gint64              *since,
                                   guint               *n_breaks_written)
{
  g_return_val_if_fail (LIMBER_IS_REMINDERS_LINK (self), FALSE);

  if (sitting != NULL)
    *sitting = self->sitting;
  if (since != NULL)
    *since = self->sitting_since;
  if (n_breaks_written != NULL)
    *n_breaks_written = self->n_breaks_written;
  return self->sitting_known;
}

void
limber_reminders_link_answer (LimberRemindersLink *self,
                              const char          *answer)
{
  g_return_if_fail (LIMBER_IS_REMINDERS_LINK (self));
  g_return_if_fail (g_strcmp0 (answer, "start-break") == 0 || g_strcmp0 (answer, "snooze") == 0 ||
                    g_strcmp0 (answer, "skip") == 0);

  activate_action (self, answer, NULL, FALSE);
}

void
limber_reminders_link_checkin_answered (LimberRemindersLink *self)
{
  g_return_if_fail (LIMBER_IS_REMINDERS_LINK (self));

  activate_action (self, "checkin-answered", NULL, FALSE);
}

void
limber_reminders_link_quit (LimberRemindersLink *self)
{
  g_return_if_fail (LIMBER_IS_REMINDERS_LINK (self));

  activate_action (self, "quit", NULL, TRUE);
}

static void
limber_reminders_link_dispose (GObject *object)
{
  LimberRemindersLink *self = LIMBER_REMINDERS_LINK (object);

  g_clear_handle_id (&self->watch, g_bus_unwatch_name);
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->settings);
  g_clear_object (&self->bus);
  if (self->actions != NULL)
    g_signal_handlers_disconnect_by_data (self->actions, self);
  g_clear_object (&self->actions);

  G_OBJECT_CLASS (limber_reminders_link_parent_class)->dispose (object);
}

static void
limber_reminders_link_class_init (LimberRemindersLinkClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = limber_reminders_link_dispose;

  /**
   * LimberRemindersLink::sitting-changed:
   *
   * The background part's "sitting" state changed, came or went.
   */
  signals[SITTING_CHANGED] = g_signal_new ("sitting-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                           0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
limber_reminders_link_init (LimberRemindersLink *self)
{
}
