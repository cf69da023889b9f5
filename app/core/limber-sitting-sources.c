/* limber-sitting-sources.c: the desktop's idle time, lock and sleep, fed to the sitting model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-sitting"

#include "config.h"

#include "limber-desktop-idle-source.h"
#include "limber-sitting-sources.h"

struct _LimberSittingSources
{
  GObject parent_instance;

  LimberSittingModel *model;
  LimberIdleSource *idle;
  LimberLockMonitor *lock;
  LimberSleepMonitor *sleep;
};

G_DEFINE_FINAL_TYPE (LimberSittingSources, limber_sitting_sources, G_TYPE_OBJECT)

static void
on_locked (LimberLockMonitor    *lock,
           GParamSpec           *pspec,
           LimberSittingSources *self)
{
  limber_sitting_model_set_locked (self->model, limber_lock_monitor_get_locked (lock));
}

static void
on_sleeping (LimberSleepMonitor   *sleep,
             LimberSittingSources *self)
{
  limber_sitting_model_set_suspended (self->model, TRUE);
}

static void
on_resumed (LimberSleepMonitor   *sleep,
            LimberSittingSources *self)
{
  limber_sitting_model_set_suspended (self->model, FALSE);
}

static void
limber_sitting_sources_dispose (GObject *object)
{
  LimberSittingSources *self = LIMBER_SITTING_SOURCES (object);

  if (self->lock != NULL)
    g_signal_handlers_disconnect_by_data (self->lock, self);
  if (self->sleep != NULL)
    g_signal_handlers_disconnect_by_data (self->sleep, self);
  if (self->model != NULL && self->idle != NULL)
    limber_sitting_model_set_idle_source (self->model, NULL);

  g_clear_object (&self->lock);
  g_clear_object (&self->sleep);
  g_clear_object (&self->idle);
  g_clear_object (&self->model);

  G_OBJECT_CLASS (limber_sitting_sources_parent_class)->dispose (object);
}

static void
limber_sitting_sources_class_init (LimberSittingSourcesClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = limber_sitting_sources_dispose;
}

static void
limber_sitting_sources_init (LimberSittingSources *self)
{
}

LimberSittingSources *
limber_sitting_sources_new_full (LimberSittingModel *model,
                                 LimberIdleSource   *idle,
                                 LimberLockMonitor  *lock,
                                 LimberSleepMonitor *sleep)
{
  LimberSittingSources *self;

  g_return_val_if_fail (LIMBER_IS_SITTING_MODEL (model), NULL);
  g_return_val_if_fail (idle == NULL || LIMBER_IS_IDLE_SOURCE (idle), NULL);
  g_return_val_if_fail (lock == NULL || LIMBER_IS_LOCK_MONITOR (lock), NULL);
  g_return_val_if_fail (sleep == NULL || LIMBER_IS_SLEEP_MONITOR (sleep), NULL);

  self = g_object_new (LIMBER_TYPE_SITTING_SOURCES, NULL);
  self->model = g_object_ref (model);

  if (idle != NULL)
    {
      self->idle = g_object_ref (idle);
      limber_sitting_model_set_idle_source (model, idle);
    }

  if (lock != NULL)
    {
      self->lock = g_object_ref (lock);
      g_signal_connect (lock, "notify::locked", G_CALLBACK (on_locked), self);
      limber_sitting_model_set_locked (model, limber_lock_monitor_get_locked (lock));
    }

  if (sleep != NULL)
    {
      self->sleep = g_object_ref (sleep);
      g_signal_connect (sleep, "sleeping", G_CALLBACK (on_sleeping), self);
      g_signal_connect (sleep, "resumed", G_CALLBACK (on_resumed), self);
    }

  return self;
}

LimberSittingSources *
limber_sitting_sources_new (LimberSittingModel *model)
{
  g_autoptr(LimberIdleSource) idle = limber_desktop_idle_source_new ();
  g_autoptr(LimberLockMonitor) lock = limber_lock_monitor_new ();
  g_autoptr(LimberSleepMonitor) sleep = limber_sleep_monitor_new ();

  return limber_sitting_sources_new_full (model, idle, lock, sleep);
}

LimberIdleCapability
limber_sitting_sources_get_idle_capability (LimberSittingSources *self)
{
  g_return_val_if_fail (LIMBER_IS_SITTING_SOURCES (self), LIMBER_IDLE_CAPABILITY_NONE);

  if (self->idle == NULL)
    return LIMBER_IDLE_CAPABILITY_NONE;

  return limber_idle_source_get_capability (self->idle);
}
