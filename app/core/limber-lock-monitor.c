/* limber-lock-monitor.c: notices when the screen is locked
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-lock"

#include "config.h"

#include <unistd.h>

#include "limber-lock-monitor.h"
#include "limber-object-private.h"
#include "limber-weak-call.h"

#define GNOME_SS_NAME "org.gnome.ScreenSaver"
#define GNOME_SS_PATH "/org/gnome/ScreenSaver"
#define GNOME_SS_IFACE "org.gnome.ScreenSaver"
#define LOGIND_NAME "org.freedesktop.login1"
#define LOGIND_PATH "/org/freedesktop/login1"
#define LOGIND_MANAGER "org.freedesktop.login1.Manager"
#define LOGIND_SESSION "org.freedesktop.login1.Session"

struct _LimberLockMonitor
{
  GObject parent_instance;

  GCancellable *cancellable;
  GDBusConnection *session_bus;
  GDBusConnection *system_bus;
  guint active_changed;
  guint properties_changed;
  char *session_path;

  gboolean screensaver_active;
  gboolean locked_hint;
  gboolean locked;
};

G_DEFINE_FINAL_TYPE (LimberLockMonitor, limber_lock_monitor, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_LOCKED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update (LimberLockMonitor *self)
{
  gboolean locked = self->screensaver_active || self->locked_hint;

  if (self->locked == locked)
    return;

  g_debug ("Screen %s", locked ? "locked" : "unlocked");
  self->locked = locked;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOCKED]);
}

/* GNOME's screen shield */

static void
on_active_changed (GDBusConnection *connection,
                   const char      *sender_name,
                   const char      *object_path,
                   const char      *interface_name,
                   const char      *signal_name,
                   GVariant        *parameters,
                   gpointer         user_data)
{
  LimberLockMonitor *self = user_data;

  if (!g_variant_is_of_type (parameters, G_VARIANT_TYPE ("(b)")))
    return;

  g_variant_get (parameters, "(b)", &self->screensaver_active);
  update (self);
}

static void
on_get_active (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(LimberLockMonitor) self = NULL;
  g_autoptr(GVariant) reply = NULL;

  reply = limber_weak_call_finish (user_data, source, result, "No GNOME screen shield",
                                   (gpointer *) &self);
  if (reply == NULL)
    return;

  g_variant_get (reply, "(b)", &self->screensaver_active);
  update (self);
}

static void
on_session_bus (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(LimberLockMonitor) self = NULL;
  g_autoptr(GDBusConnection) bus = NULL;

  bus = limber_weak_call_bus_finish (user_data, result, "No session bus",
                                     (gpointer *) &self);
  if (bus == NULL)
    return;

  self->session_bus = g_steal_pointer (&bus);
  self->active_changed =
    g_dbus_connection_signal_subscribe (self->session_bus, GNOME_SS_NAME, GNOME_SS_IFACE,
                                        "ActiveChanged", GNOME_SS_PATH, NULL,
                                        G_DBUS_SIGNAL_FLAGS_NONE, on_active_changed, self, NULL);
  g_dbus_connection_call (self->session_bus, GNOME_SS_NAME, GNOME_SS_PATH, GNOME_SS_IFACE,
                          "GetActive", NULL, G_VARIANT_TYPE ("(b)"),
                          G_DBUS_CALL_FLAGS_NO_AUTO_START, -1, self->cancellable,
                          on_get_active, limber_weak_call_new (self, self->cancellable));
}

/* logind's LockedHint */

static void
read_locked_hint (LimberLockMonitor *self,
                  GVariant          *value)
{
  if (value == NULL || !g_variant_is_of_type (value, G_VARIANT_TYPE_BOOLEAN))
    return;

  self->locked_hint = g_variant_get_boolean (value);
  update (self);
}

static void
on_properties_changed (GDBusConnection *connection,
                       const char      *sender_name,
                       const char      *object_path,
                       const char      *interface_name,
                       const char      *signal_name,
                       GVariant        *parameters,
                       gpointer         user_data)
{
  LimberLockMonitor *self = user_data;
  g_autoptr(GVariant) changed = NULL;
  g_autoptr(GVariant) hint = NULL;
  const char *iface = NULL;

  if (!g_variant_is_of_type (parameters, G_VARIANT_TYPE ("(sa{sv}as)")))
    return;

  g_variant_get (parameters, "(&s@a{sv}@as)", &iface, &changed, NULL);
  if (g_strcmp0 (iface, LOGIND_SESSION) != 0)
    return;

  hint = g_variant_lookup_value (changed, "LockedHint", G_VARIANT_TYPE_BOOLEAN);
  read_locked_hint (self, hint);
}

static void
on_locked_hint (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(LimberLockMonitor) self = NULL;
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GVariant) value = NULL;

  reply = limber_weak_call_finish (user_data, source, result, "No LockedHint",
                                   (gpointer *) &self);
  if (reply == NULL)
    return;

  g_variant_get (reply, "(v)", &value);
  read_locked_hint (self, value);
}

static void
on_session_path (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(LimberLockMonitor) self = NULL;
  g_autoptr(GVariant) reply = NULL;

  reply = limber_weak_call_finish (user_data, source, result, "No logind session",
                                   (gpointer *) &self);
  if (reply == NULL)
    return;

  g_variant_get (reply, "(o)", &self->session_path);
  self->properties_changed =
    g_dbus_connection_signal_subscribe (self->system_bus, LOGIND_NAME,
                                        "org.freedesktop.DBus.Properties", "PropertiesChanged",
                                        self->session_path, LOGIND_SESSION,
                                        G_DBUS_SIGNAL_FLAGS_NONE, on_properties_changed,
                                        self, NULL);
  g_dbus_connection_call (self->system_bus, LOGIND_NAME, self->session_path,
                          "org.freedesktop.DBus.Properties", "Get",
                          g_variant_new ("(ss)", LOGIND_SESSION, "LockedHint"),
                          G_VARIANT_TYPE ("(v)"), G_DBUS_CALL_FLAGS_NO_AUTO_START, -1,
                          self->cancellable, on_locked_hint,
                          limber_weak_call_new (self, self->cancellable));
}

static void
on_system_bus (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(LimberLockMonitor) self = NULL;
  g_autoptr(GDBusConnection) bus = NULL;

  bus = limber_weak_call_bus_finish (user_data, result, "No system bus, so no LockedHint",
                                     (gpointer *) &self);
  if (bus == NULL)
    return;

  self->system_bus = g_steal_pointer (&bus);
  g_dbus_connection_call (self->system_bus, LOGIND_NAME, LOGIND_PATH, LOGIND_MANAGER,
                          "GetSessionByPID", g_variant_new ("(u)", (guint32) getpid ()),
                          G_VARIANT_TYPE ("(o)"), G_DBUS_CALL_FLAGS_NO_AUTO_START, -1,
                          self->cancellable, on_session_path,
                          limber_weak_call_new (self, self->cancellable));
}

/* GObject */

static void
limber_lock_monitor_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  LimberLockMonitor *self = LIMBER_LOCK_MONITOR (object);

  switch (prop_id)
    {
    case PROP_LOCKED:
      g_value_set_boolean (value, self->locked);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_lock_monitor_dispose (GObject *object)
{
  LimberLockMonitor *self = LIMBER_LOCK_MONITOR (object);

  g_cancellable_cancel (self->cancellable);

  limber_dbus_unsubscribe (self->session_bus, &self->active_changed);
  limber_dbus_unsubscribe (self->system_bus, &self->properties_changed);

  g_clear_object (&self->session_bus);
  g_clear_object (&self->system_bus);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (limber_lock_monitor_parent_class)->dispose (object);
}

static void
limber_lock_monitor_finalize (GObject *object)
{
  LimberLockMonitor *self = LIMBER_LOCK_MONITOR (object);

  g_free (self->session_path);

  G_OBJECT_CLASS (limber_lock_monitor_parent_class)->finalize (object);
}

static void
limber_lock_monitor_class_init (LimberLockMonitorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = limber_lock_monitor_get_property;
  object_class->dispose = limber_lock_monitor_dispose;
  object_class->finalize = limber_lock_monitor_finalize;

  properties[PROP_LOCKED] =
    g_param_spec_boolean ("locked", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
limber_lock_monitor_init (LimberLockMonitor *self)
{
  self->cancellable = g_cancellable_new ();
}

LimberLockMonitor *
limber_lock_monitor_new (void)
{
  LimberLockMonitor *self = g_object_new (LIMBER_TYPE_LOCK_MONITOR, NULL);

  g_bus_get (G_BUS_TYPE_SESSION, self->cancellable, on_session_bus,
             limber_weak_call_new (self, self->cancellable));
  g_bus_get (G_BUS_TYPE_SYSTEM, self->cancellable, on_system_bus,
             limber_weak_call_new (self, self->cancellable));

  return self;
}

LIMBER_DEFINE_GETTER (LimberLockMonitor, limber_lock_monitor, LIMBER_IS_LOCK_MONITOR,
                      gboolean, locked, FALSE)
