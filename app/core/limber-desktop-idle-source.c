/* limber-desktop-idle-source.c: the desktop's idle time over D-Bus
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-idle"

#include "config.h"

#include "limber-desktop-idle-source.h"
#include "limber-desktop-idle-source-private.h"
#include "limber-weak-call.h"

#define MUTTER_NAME "org.gnome.Mutter.IdleMonitor"
#define MUTTER_PATH "/org/gnome/Mutter/IdleMonitor/Core"
#define MUTTER_IFACE "org.gnome.Mutter.IdleMonitor"
#define SCREENSAVER_NAME "org.freedesktop.ScreenSaver"
#define SCREENSAVER_PATH "/org/freedesktop/ScreenSaver"
#define SCREENSAVER_IFACE "org.freedesktop.ScreenSaver"

struct _LimberDesktopIdleSource
{
  GObject parent_instance;

  GCancellable *cancellable;
  GDBusConnection *bus;
  guint name_watch;
  guint fired_subscription;

  LimberIdleCapability capability;
  gboolean found_out;          /* a first capability was reported */
  gint64 threshold_us;
  gboolean idle;               /* "idle" emitted, "active" not yet */

  /* Mutter */
  guint idle_watch;            /* 0: none */
  guint active_watch;
  guint generation;            /* of the idle watch being added */

  /* ScreenSaver */
  guint poll_ms;
  guint poll_source;
  gboolean poll_in_flight;
  gint64 last_idle_us;
};

static void limber_desktop_idle_source_iface_init (LimberIdleSourceInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LimberDesktopIdleSource, limber_desktop_idle_source, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (LIMBER_TYPE_IDLE_SOURCE,
                                                      limber_desktop_idle_source_iface_init))

static void
set_capability (LimberDesktopIdleSource *self,
                LimberIdleCapability     capability)
{
  if (self->capability == capability && self->found_out)
    return;

  g_debug ("Idle source: %s", limber_idle_capability_to_string (capability));
  self->capability = capability;
  self->found_out = TRUE;
  limber_idle_source_emit_capability_changed (LIMBER_IDLE_SOURCE (self));
}

static void
report_idle (LimberDesktopIdleSource *self,
             gint64                   idle_us)
{
  if (self->idle)
    return;

  self->idle = TRUE;
  limber_idle_source_emit_idle (LIMBER_IDLE_SOURCE (self), idle_us);
}

static void
report_active (LimberDesktopIdleSource *self)
{
  if (!self->idle)
    return;

  self->idle = FALSE;
  limber_idle_source_emit_active (LIMBER_IDLE_SOURCE (self));
}

/* Mutter: watches */

static void
mutter_call (LimberDesktopIdleSource *self,
             const char              *method,
             GVariant                *parameters,
             GAsyncReadyCallback      callback,
             gpointer                 user_data)
{
  g_dbus_connection_call (self->bus, MUTTER_NAME, MUTTER_PATH, MUTTER_IFACE, method,
                          parameters, callback != NULL ? G_VARIANT_TYPE ("(u)") : NULL,
                          G_DBUS_CALL_FLAGS_NO_AUTO_START, -1,
                          callback != NULL ? self->cancellable : NULL,
                          callback, user_data);
}

static void
remove_watch (LimberDesktopIdleSource *self,
              guint                   *watch)
{
  if (*watch != 0 && self->bus != NULL)
    mutter_call (self, "RemoveWatch", g_variant_new ("(u)", *watch), NULL, NULL);
  *watch = 0;
}

/* Keeps the watch added (the id in @reply) as *@watch while it is @current
 * and Mutter's watches are in use; otherwise removes it again. */
static void
keep_watch (LimberDesktopIdleSource *self,
            GVariant                *reply,
            guint                   *watch,
            gboolean                 current)
{
  guint id = 0;

  g_variant_get (reply, "(u)", &id);
  if (current && self->capability == LIMBER_IDLE_CAPABILITY_WATCHES)
    *watch = id;
  else
    remove_watch (self, &id);
}

typedef struct
{
  LimberWeakCall *weak;
  guint generation;
} IdleWatchCall;

static void
on_idle_watch_added (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  IdleWatchCall *call = user_data;
  g_autoptr(LimberDesktopIdleSource) self = NULL;
  g_autoptr(GVariant) reply = NULL;
  guint generation = call->generation;

  reply = limber_weak_call_finish (call->weak, source, result, "AddIdleWatch failed",
                                   (gpointer *) &self);
  g_free (call);
  if (reply == NULL)
    return;

  /* Stale when the threshold changed meanwhile. */
  keep_watch (self, reply, &self->idle_watch, generation == self->generation);
}

static void
add_idle_watch (LimberDesktopIdleSource *self)
{
  IdleWatchCall *call;

  remove_watch (self, &self->idle_watch);
  self->generation++;

  if (self->threshold_us <= 0)
    return;

  call = g_new0 (IdleWatchCall, 1);
  call->weak = limber_weak_call_new (self, self->cancellable);
  call->generation = self->generation;
  mutter_call (self, "AddIdleWatch",
               g_variant_new ("(t)", (guint64) (self->threshold_us / 1000)),
               on_idle_watch_added, call);
}

static void
on_active_watch_added (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(LimberDesktopIdleSource) self = NULL;
  g_autoptr(GVariant) reply = NULL;

  reply = limber_weak_call_finish (user_data, source, result, "AddUserActiveWatch failed",
                                   (gpointer *) &self);
  if (reply == NULL)
    return;

  keep_watch (self, reply, &self->active_watch, self->idle);
}

static void
on_watch_fired (GDBusConnection *connection,
                const char      *sender_name,
                const char      *object_path,
                const char      *interface_name,
                const char      *signal_name,
                GVariant        *parameters,
                gpointer         user_data)
{
  LimberDesktopIdleSource *self = user_data;
  guint id = 0;

  if (!g_variant_is_of_type (parameters, G_VARIANT_TYPE ("(u)")) ||
      self->capability != LIMBER_IDLE_CAPABILITY_WATCHES)
    return;

  g_variant_get (parameters, "(u)", &id);
  if (id == 0)
    return;

  if (id == self->idle_watch && !self->idle)
    {
      /* A user-active watch fires once; Mutter removes it by itself. */
      mutter_call (self, "AddUserActiveWatch", NULL, on_active_watch_added,
                   limber_weak_call_new (self, self->cancellable));
      report_idle (self, self->threshold_us);
    }
  else if (id == self->active_watch)
    {
      self->active_watch = 0;
      report_active (self);
    }
}

/* ScreenSaver: polling */

static void stop_polling (LimberDesktopIdleSource *self);

static void
on_idle_time (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(LimberDesktopIdleSource) self = NULL;
  g_autoptr(GVariant) reply = NULL;
  guint32 ms = 0;
  gint64 idle_us;

  reply = limber_weak_call_finish (user_data, source, result, "GetSessionIdleTime failed",
                                   (gpointer *) &self);
  if (self == NULL)
    return;

  self->poll_in_flight = FALSE;

  if (reply == NULL)
    {
      /* Gone, or not there at all: nothing can tell. */
      if (self->capability == LIMBER_IDLE_CAPABILITY_POLLING ||
          self->capability == LIMBER_IDLE_CAPABILITY_NONE)
        {
          stop_polling (self);
          report_active (self);
          set_capability (self, LIMBER_IDLE_CAPABILITY_NONE);
        }
      return;
    }

  if (self->capability == LIMBER_IDLE_CAPABILITY_WATCHES)
    return;

  g_variant_get (reply, "(u)", &ms);
  idle_us = (gint64) ms * 1000;

  if (self->idle && idle_us < self->last_idle_us)
    report_active (self);
  else if (!self->idle && self->threshold_us > 0 && idle_us >= self->threshold_us)
    report_idle (self, idle_us);
  self->last_idle_us = idle_us;

  set_capability (self, LIMBER_IDLE_CAPABILITY_POLLING);
}

static void
poll_now (LimberDesktopIdleSource *self)
{
  if (self->poll_in_flight)
    return;

  self->poll_in_flight = TRUE;
  g_dbus_connection_call (self->bus, SCREENSAVER_NAME, SCREENSAVER_PATH, SCREENSAVER_IFACE,
                          "GetSessionIdleTime", NULL, G_VARIANT_TYPE ("(u)"),
                          G_DBUS_CALL_FLAGS_NO_AUTO_START, -1, self->cancellable,
                          on_idle_time, limber_weak_call_new (self, self->cancellable));
}

static gboolean
on_poll (gpointer user_data)
{
  poll_now (user_data);
  return G_SOURCE_CONTINUE;
}

static void
start_polling (LimberDesktopIdleSource *self)
{
  if (self->poll_source != 0)
    return;

  self->last_idle_us = 0;
  poll_now (self);
  self->poll_source = g_timeout_add (self->poll_ms, on_poll, self);
}

static void
stop_polling (LimberDesktopIdleSource *self)
{
  g_clear_handle_id (&self->poll_source, g_source_remove);
}

/* Which one */

static void
on_mutter_appeared (GDBusConnection *connection,
                    const char      *name,
                    const char      *name_owner,
                    gpointer         user_data)
{
  LimberDesktopIdleSource *self = user_data;

  stop_polling (self);
  report_active (self);
  self->active_watch = 0;
  self->idle_watch = 0;
  set_capability (self, LIMBER_IDLE_CAPABILITY_WATCHES);
  add_idle_watch (self);
}

static void
on_mutter_vanished (GDBusConnection *connection,
                    const char      *name,
                    gpointer         user_data)
{
  LimberDesktopIdleSource *self = user_data;

  /* Its watches went with it. */
  self->idle_watch = 0;
  self->active_watch = 0;
  self->generation++;
  report_active (self);

  if (connection == NULL)
    {
      set_capability (self, LIMBER_IDLE_CAPABILITY_NONE);
      return;
    }

  /* Try the fallback; its first answer sets POLLING or NONE. */
  if (self->capability == LIMBER_IDLE_CAPABILITY_WATCHES)
    {
      self->capability = LIMBER_IDLE_CAPABILITY_NONE;
      self->found_out = FALSE;
    }
  start_polling (self);
}

static void
on_bus_ready (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(LimberDesktopIdleSource) self = NULL;
  g_autoptr(GDBusConnection) bus = NULL;

  bus = limber_weak_call_bus_finish (user_data, result, "No session bus, so no idle time",
                                     (gpointer *) &self);
  if (self == NULL)
    return;

  if (bus == NULL)
    {
      set_capability (self, LIMBER_IDLE_CAPABILITY_NONE);
      return;
    }

  self->bus = g_steal_pointer (&bus);
  self->fired_subscription =
    g_dbus_connection_signal_subscribe (self->bus, MUTTER_NAME, MUTTER_IFACE, "WatchFired",
                                        MUTTER_PATH, NULL, G_DBUS_SIGNAL_FLAGS_NONE,
                                        on_watch_fired, self, NULL);
  self->name_watch =
    g_bus_watch_name_on_connection (self->bus, MUTTER_NAME, G_BUS_NAME_WATCHER_FLAGS_NONE,
                                    on_mutter_appeared, on_mutter_vanished, self, NULL);
}

/* LimberIdleSource */

static LimberIdleCapability
limber_desktop_idle_source_get_capability (LimberIdleSource *source)
{
  return LIMBER_DESKTOP_IDLE_SOURCE (source)->capability;
}

static void
limber_desktop_idle_source_set_threshold (LimberIdleSource *source,
                                          gint64            threshold_us)
{
  LimberDesktopIdleSource *self = LIMBER_DESKTOP_IDLE_SOURCE (source);

  if (self->threshold_us == threshold_us)
    return;

  self->threshold_us = threshold_us;
  if (self->capability == LIMBER_IDLE_CAPABILITY_WATCHES && self->bus != NULL)
    add_idle_watch (self);
}

static void
limber_desktop_idle_source_iface_init (LimberIdleSourceInterface *iface)
{
  iface->get_capability = limber_desktop_idle_source_get_capability;
  iface->set_threshold = limber_desktop_idle_source_set_threshold;
}

/* GObject */

static void
limber_desktop_idle_source_dispose (GObject *object)
{
  LimberDesktopIdleSource *self = LIMBER_DESKTOP_IDLE_SOURCE (object);

  g_cancellable_cancel (self->cancellable);
  stop_polling (self);
  g_clear_handle_id (&self->name_watch, g_bus_unwatch_name);

  if (self->bus != NULL)
    {
      remove_watch (self, &self->idle_watch);
      remove_watch (self, &self->active_watch);
      limber_dbus_unsubscribe (self->bus, &self->fired_subscription);
    }

  g_clear_object (&self->bus);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (limber_desktop_idle_source_parent_class)->dispose (object);
}

static void
limber_desktop_idle_source_class_init (LimberDesktopIdleSourceClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = limber_desktop_idle_source_dispose;
}

static void
limber_desktop_idle_source_init (LimberDesktopIdleSource *self)
{
  self->cancellable = g_cancellable_new ();
  self->poll_ms = LIMBER_DESKTOP_IDLE_POLL_MS;
}

LimberIdleSource *
limber_desktop_idle_source_new_with_poll (guint poll_ms)
{
  LimberDesktopIdleSource *self = g_object_new (LIMBER_TYPE_DESKTOP_IDLE_SOURCE, NULL);

  self->poll_ms = MAX (poll_ms, 1);
  g_bus_get (G_BUS_TYPE_SESSION, self->cancellable, on_bus_ready,
             limber_weak_call_new (self, self->cancellable));

  return LIMBER_IDLE_SOURCE (self);
}

LimberIdleSource *
limber_desktop_idle_source_new (void)
{
  return limber_desktop_idle_source_new_with_poll (LIMBER_DESKTOP_IDLE_POLL_MS);
}
