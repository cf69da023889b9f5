/* limber-idle-source.c: tells when the person leaves the computer and comes back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-idle"

#include "config.h"

#include "limber-idle-source.h"

G_DEFINE_INTERFACE (LimberIdleSource, limber_idle_source, G_TYPE_OBJECT)

enum {
  IDLE,
  ACTIVE,
  CAPABILITY_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
limber_idle_source_default_init (LimberIdleSourceInterface *iface)
{
  /**
   * LimberIdleSource::idle:
   * @idle_us: how long the person has been idle, in µs
   *
   * The person has been idle for the threshold or more.
   */
  signals[IDLE] = g_signal_new ("idle",
                                G_TYPE_FROM_INTERFACE (iface),
                                G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL,
                                G_TYPE_NONE, 1, G_TYPE_INT64);

  /**
   * LimberIdleSource::active:
   *
   * Input came again after "idle".
   */
  signals[ACTIVE] = g_signal_new ("active",
                                  G_TYPE_FROM_INTERFACE (iface),
                                  G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL,
                                  G_TYPE_NONE, 0);

  /**
   * LimberIdleSource::capability-changed:
   *
   * get_capability () has a new answer.
   */
  signals[CAPABILITY_CHANGED] = g_signal_new ("capability-changed",
                                              G_TYPE_FROM_INTERFACE (iface),
                                              G_SIGNAL_RUN_LAST,
                                              0, NULL, NULL, NULL,
                                              G_TYPE_NONE, 0);
}

LimberIdleCapability
limber_idle_source_get_capability (LimberIdleSource *self)
{
  g_return_val_if_fail (LIMBER_IS_IDLE_SOURCE (self), LIMBER_IDLE_CAPABILITY_NONE);

  return LIMBER_IDLE_SOURCE_GET_IFACE (self)->get_capability (self);
}

void
limber_idle_source_set_threshold (LimberIdleSource *self,
                                  gint64            threshold_us)
{
  g_return_if_fail (LIMBER_IS_IDLE_SOURCE (self));
  g_return_if_fail (threshold_us > 0);

  LIMBER_IDLE_SOURCE_GET_IFACE (self)->set_threshold (self, threshold_us);
}

const char *
limber_idle_capability_to_string (LimberIdleCapability capability)
{
  switch (capability)
    {
    case LIMBER_IDLE_CAPABILITY_NONE:
      return "none";
    case LIMBER_IDLE_CAPABILITY_POLLING:
      return "polling";
    case LIMBER_IDLE_CAPABILITY_WATCHES:
      return "watches";
    default:
      return "unknown";
    }
}

void
limber_idle_source_emit_idle (LimberIdleSource *self,
                              gint64            idle_us)
{
  g_return_if_fail (LIMBER_IS_IDLE_SOURCE (self));

  g_signal_emit (self, signals[IDLE], 0, idle_us);
}

void
limber_idle_source_emit_active (LimberIdleSource *self)
{
  g_return_if_fail (LIMBER_IS_IDLE_SOURCE (self));

  g_signal_emit (self, signals[ACTIVE], 0);
}

void
limber_idle_source_emit_capability_changed (LimberIdleSource *self)
{
  g_return_if_fail (LIMBER_IS_IDLE_SOURCE (self));

  g_signal_emit (self, signals[CAPABILITY_CHANGED], 0);
}
