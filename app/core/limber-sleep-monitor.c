/* limber-sleep-monitor.c: notices when the computer goes to sleep
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-sleep"

#include "config.h"

#include "limber-sleep-monitor-private.h"
#include "limber-weak-call.h"

struct _LimberSleepMonitor
{
  GObject parent_instance;

  GCancellable *cancellable;
  GDBusConnection *system_bus;
  guint subscription;

  gboolean have_observation;
  gint64 last_mono;
  gint64 last_real;
};

G_DEFINE_FINAL_TYPE (LimberSleepMonitor, limber_sleep_monitor, G_TYPE_OBJECT)

enum {
  SLEEPING,
  RESUMED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_prepare_for_sleep (GDBusConnection *connection,
                      const char      *sender_name,
                      const char      *object_path,
                      const char      *interface_name,
                      const char      *signal_name,
                      GVariant        *parameters,
                      gpointer         user_data)
{
  LimberSleepMonitor *self = user_data;
  gboolean start = FALSE;

  if (!g_variant_is_of_type (parameters, G_VARIANT_TYPE ("(b)")))
    return;

  g_variant_get (parameters, "(b)", &start);
  g_debug ("logind PrepareForSleep(%s)", start ? "true" : "false");

  if (start)
    {
      g_signal_emit (self, signals[SLEEPING], 0);
    }
  else
    {
      limber_sleep_monitor_reset (self);
      g_signal_emit (self, signals[RESUMED], 0);
    }
}

static void
on_bus_ready (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(LimberSleepMonitor) self = NULL;
  g_autoptr(GDBusConnection) bus = NULL;

  bus = limber_weak_call_bus_finish (user_data, result,
                                     "No system bus, so no sleep notice from logind",
                                     (gpointer *) &self);
  if (bus == NULL)
    return;

  self->system_bus = g_steal_pointer (&bus);
  self->subscription =
    g_dbus_connection_signal_subscribe (self->system_bus,
                                        "org.freedesktop.login1",
                                        "org.freedesktop.login1.Manager",
                                        "PrepareForSleep",
                                        "/org/freedesktop/login1",
                                        NULL,
                                        G_DBUS_SIGNAL_FLAGS_NONE,
                                        on_prepare_for_sleep,
                                        self, NULL);
}

static void
limber_sleep_monitor_dispose (GObject *object)
{
  LimberSleepMonitor *self = LIMBER_SLEEP_MONITOR (object);

  g_cancellable_cancel (self->cancellable);

  limber_dbus_unsubscribe (self->system_bus, &self->subscription);

  g_clear_object (&self->system_bus);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (limber_sleep_monitor_parent_class)->dispose (object);
}

static void
limber_sleep_monitor_class_init (LimberSleepMonitorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = limber_sleep_monitor_dispose;

  /**
   * LimberSleepMonitor::sleeping:
   *
   * The computer is about to sleep, or has just slept.
   */
  signals[SLEEPING] = g_signal_new ("sleeping",
                                    G_TYPE_FROM_CLASS (klass),
                                    G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL,
                                    G_TYPE_NONE, 0);

  /**
   * LimberSleepMonitor::resumed:
   *
   * The computer woke up (logind's PrepareForSleep(false); not emitted by
   * check (), which sees a sleep only after it).
   */
  signals[RESUMED] = g_signal_new ("resumed",
                                   G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);
}

static void
limber_sleep_monitor_init (LimberSleepMonitor *self)
{
  self->cancellable = g_cancellable_new ();
}

LimberSleepMonitor *
limber_sleep_monitor_new (void)
{
  LimberSleepMonitor *self = limber_sleep_monitor_new_without_logind ();

  g_bus_get (G_BUS_TYPE_SYSTEM, self->cancellable, on_bus_ready,
             limber_weak_call_new (self, self->cancellable));

  return self;
}

LimberSleepMonitor *
limber_sleep_monitor_new_without_logind (void)
{
  return g_object_new (LIMBER_TYPE_SLEEP_MONITOR, NULL);
}

gboolean
limber_sleep_monitor_check (LimberSleepMonitor *self,
                            gint64              mono_now,
                            gint64              real_now)
{
  gboolean jumped = FALSE;

  g_return_val_if_fail (LIMBER_IS_SLEEP_MONITOR (self), FALSE);

  if (self->have_observation)
    {
      gint64 mono_span = mono_now - self->last_mono;
      gint64 real_span = real_now - self->last_real;

      jumped = real_span - mono_span > LIMBER_SLEEP_MONITOR_JUMP_US;
      if (jumped)
        g_debug ("Wall clock ran %" G_GINT64_FORMAT " µs ahead of the monotonic clock: "
                 "the computer slept", real_span - mono_span);
    }

  self->have_observation = TRUE;
  self->last_mono = mono_now;
  self->last_real = real_now;

  if (jumped)
    g_signal_emit (self, signals[SLEEPING], 0);

  return jumped;
}

void
limber_sleep_monitor_reset (LimberSleepMonitor *self)
{
  g_return_if_fail (LIMBER_IS_SLEEP_MONITOR (self));

  self->have_observation = FALSE;
}
