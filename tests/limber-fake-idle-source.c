/* limber-fake-idle-source.c: an idle source the tests move by hand
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-test"

#include "config.h"

#include "limber-fake-idle-source.h"

struct _LimberFakeIdleSource
{
  GObject parent_instance;

  LimberClock *clock;
  LimberIdleCapability capability;
  gint64 threshold;
  gboolean present;
  gboolean idle_fired;
  gint64 left_at;
  guint deadline_id;
};

static void limber_fake_idle_source_iface_init (LimberIdleSourceInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LimberFakeIdleSource, limber_fake_idle_source, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (LIMBER_TYPE_IDLE_SOURCE,
                                                      limber_fake_idle_source_iface_init))

static void
on_idle_deadline (gpointer user_data)
{
  LimberFakeIdleSource *self = user_data;

  self->deadline_id = 0;
  self->idle_fired = TRUE;
  limber_idle_source_emit_idle (LIMBER_IDLE_SOURCE (self),
                                limber_clock_get_time (self->clock) - self->left_at);
}

static void
schedule (LimberFakeIdleSource *self)
{
  limber_clock_remove (self->clock, self->deadline_id);
  self->deadline_id = 0;

  if (self->present || self->idle_fired || self->capability == LIMBER_IDLE_CAPABILITY_NONE ||
      self->threshold <= 0)
    return;

  self->deadline_id = limber_clock_add_deadline (self->clock, self->left_at + self->threshold,
                                                 on_idle_deadline, self);
}

static LimberIdleCapability
limber_fake_idle_source_get_capability (LimberIdleSource *source)
{
  return LIMBER_FAKE_IDLE_SOURCE (source)->capability;
}

static void
limber_fake_idle_source_set_threshold (LimberIdleSource *source,
                                       gint64            threshold_us)
{
  LimberFakeIdleSource *self = LIMBER_FAKE_IDLE_SOURCE (source);

  self->threshold = threshold_us;
  schedule (self);
}

static void
limber_fake_idle_source_iface_init (LimberIdleSourceInterface *iface)
{
  iface->get_capability = limber_fake_idle_source_get_capability;
  iface->set_threshold = limber_fake_idle_source_set_threshold;
}

static void
limber_fake_idle_source_dispose (GObject *object)
{
  LimberFakeIdleSource *self = LIMBER_FAKE_IDLE_SOURCE (object);

  if (self->clock != NULL)
    limber_clock_remove (self->clock, self->deadline_id);
  self->deadline_id = 0;
  g_clear_object (&self->clock);

  G_OBJECT_CLASS (limber_fake_idle_source_parent_class)->dispose (object);
}

static void
limber_fake_idle_source_class_init (LimberFakeIdleSourceClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = limber_fake_idle_source_dispose;
}

static void
limber_fake_idle_source_init (LimberFakeIdleSource *self)
{
  self->present = TRUE;
}

LimberIdleSource *
limber_fake_idle_source_new (LimberClock          *clock,
                             LimberIdleCapability  capability)
{
  LimberFakeIdleSource *self = g_object_new (LIMBER_TYPE_FAKE_IDLE_SOURCE, NULL);

  self->clock = g_object_ref (clock);
  self->capability = capability;

  return LIMBER_IDLE_SOURCE (self);
}

void
limber_fake_idle_source_set_present (LimberFakeIdleSource *self,
                                     gboolean              present)
{
  g_return_if_fail (LIMBER_IS_FAKE_IDLE_SOURCE (self));

  if (self->present == !!present)
    return;

  self->present = !!present;
  if (!present)
    {
      self->left_at = limber_clock_get_time (self->clock);
      self->idle_fired = FALSE;
      schedule (self);
    }
  else
    {
      gboolean fired = self->idle_fired;

      self->idle_fired = FALSE;
      schedule (self);
      if (fired)
        limber_idle_source_emit_active (LIMBER_IDLE_SOURCE (self));
    }
}

gint64
limber_fake_idle_source_get_threshold (LimberFakeIdleSource *self)
{
  g_return_val_if_fail (LIMBER_IS_FAKE_IDLE_SOURCE (self), 0);

  return self->threshold;
}
