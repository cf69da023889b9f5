/* limber-clock-stub.c: STUB of the engine's clocks, compiled only until the
 * `engine` branch (limber-clock.c, limber-real-clock.c, limber-virtual-clock.c)
 * is merged. See app/core/meson.build.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-clock"

#include "config.h"

#include "limber-clock.h"
#include "limber-real-clock.h"
#include "limber-virtual-clock.h"

G_DEFINE_INTERFACE (LimberClock, limber_clock, G_TYPE_OBJECT)

static void
limber_clock_default_init (LimberClockInterface *iface)
{
}

gint64
limber_clock_get_time (LimberClock *self)
{
  g_return_val_if_fail (LIMBER_IS_CLOCK (self), 0);
  return LIMBER_CLOCK_GET_IFACE (self)->get_time (self);
}

guint
limber_clock_add_deadline (LimberClock     *self,
                           gint64           deadline,
                           LimberClockFunc  func,
                           gpointer         user_data)
{
  g_return_val_if_fail (LIMBER_IS_CLOCK (self), 0);
  return LIMBER_CLOCK_GET_IFACE (self)->add_deadline (self, deadline, func, user_data);
}

void
limber_clock_remove (LimberClock *self,
                     guint        id)
{
  g_return_if_fail (LIMBER_IS_CLOCK (self));
  if (id != 0)
    LIMBER_CLOCK_GET_IFACE (self)->remove (self, id);
}

/* The real clock */

struct _LimberRealClock
{
  GObject parent_instance;
};

static void real_clock_iface_init (LimberClockInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LimberRealClock, limber_real_clock, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (LIMBER_TYPE_CLOCK, real_clock_iface_init))

typedef struct
{
  LimberClockFunc func;
  gpointer user_data;
} Deadline;

static gint64
real_clock_get_time (LimberClock *clock)
{
  return g_get_monotonic_time ();
}

static gboolean
real_clock_dispatch (gpointer data)
{
  Deadline *d = data;

  d->func (d->user_data);
  return G_SOURCE_REMOVE;
}

static guint
real_clock_add_deadline (LimberClock     *clock,
                         gint64           deadline,
                         LimberClockFunc  func,
                         gpointer         user_data)
{
  Deadline *d = g_new0 (Deadline, 1);
  gint64 delay_ms = MAX (0, (deadline - g_get_monotonic_time () + 999) / 1000);

  d->func = func;
  d->user_data = user_data;
  return g_timeout_add_full (G_PRIORITY_HIGH, (guint) delay_ms, real_clock_dispatch, d, g_free);
}

static void
real_clock_remove (LimberClock *clock,
                   guint        id)
{
  g_source_remove (id);
}

static void
real_clock_iface_init (LimberClockInterface *iface)
{
  iface->get_time = real_clock_get_time;
  iface->add_deadline = real_clock_add_deadline;
  iface->remove = real_clock_remove;
}

static void
limber_real_clock_class_init (LimberRealClockClass *klass)
{
}

static void
limber_real_clock_init (LimberRealClock *self)
{
}

LimberClock *
limber_real_clock_new (void)
{
  return g_object_new (LIMBER_TYPE_REAL_CLOCK, NULL);
}

/* The virtual clock */

typedef struct
{
  guint id;
  gint64 deadline;
  LimberClockFunc func;
  gpointer user_data;
} VirtualDeadline;

struct _LimberVirtualClock
{
  GObject parent_instance;

  gint64 now;
  guint last_id;
  GList *deadlines;  /* VirtualDeadline, sorted by deadline then id */
};

static void virtual_clock_iface_init (LimberClockInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LimberVirtualClock, limber_virtual_clock, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (LIMBER_TYPE_CLOCK, virtual_clock_iface_init))

static gint64
virtual_clock_get_time (LimberClock *clock)
{
  return LIMBER_VIRTUAL_CLOCK (clock)->now;
}

static int
compare_deadlines (gconstpointer a,
                   gconstpointer b)
{
  const VirtualDeadline *da = a, *db = b;

  if (da->deadline != db->deadline)
    return da->deadline < db->deadline ? -1 : 1;
  return da->id < db->id ? -1 : (da->id > db->id);
}

static guint
virtual_clock_add_deadline (LimberClock     *clock,
                            gint64           deadline,
                            LimberClockFunc  func,
                            gpointer         user_data)
{
  LimberVirtualClock *self = LIMBER_VIRTUAL_CLOCK (clock);
  VirtualDeadline *d = g_new0 (VirtualDeadline, 1);

  d->id = ++self->last_id;
  d->deadline = deadline;
  d->func = func;
  d->user_data = user_data;
  self->deadlines = g_list_insert_sorted (self->deadlines, d, compare_deadlines);
  return d->id;
}

static void
virtual_clock_remove (LimberClock *clock,
                      guint        id)
{
  LimberVirtualClock *self = LIMBER_VIRTUAL_CLOCK (clock);

  for (GList *l = self->deadlines; l != NULL; l = l->next)
    {
      VirtualDeadline *d = l->data;

      if (d->id == id)
        {
          self->deadlines = g_list_delete_link (self->deadlines, l);
          g_free (d);
          return;
        }
    }
}

static void
virtual_clock_iface_init (LimberClockInterface *iface)
{
  iface->get_time = virtual_clock_get_time;
  iface->add_deadline = virtual_clock_add_deadline;
  iface->remove = virtual_clock_remove;
}

static void
limber_virtual_clock_finalize (GObject *object)
{
  LimberVirtualClock *self = LIMBER_VIRTUAL_CLOCK (object);

  g_list_free_full (self->deadlines, g_free);
  G_OBJECT_CLASS (limber_virtual_clock_parent_class)->finalize (object);
}

static void
limber_virtual_clock_class_init (LimberVirtualClockClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = limber_virtual_clock_finalize;
}

static void
limber_virtual_clock_init (LimberVirtualClock *self)
{
  self->now = 1000000;
}

LimberVirtualClock *
limber_virtual_clock_new (void)
{
  return g_object_new (LIMBER_TYPE_VIRTUAL_CLOCK, NULL);
}

void
limber_virtual_clock_advance (LimberVirtualClock *self,
                              gint64              us)
{
  gint64 target;

  g_return_if_fail (LIMBER_IS_VIRTUAL_CLOCK (self));

  target = self->now + us;
  while (self->deadlines != NULL)
    {
      VirtualDeadline *d = self->deadlines->data;

      if (d->deadline > target)
        break;
      self->deadlines = g_list_delete_link (self->deadlines, self->deadlines);
      self->now = MAX (self->now, d->deadline);
      d->func (d->user_data);
      g_free (d);
    }
  self->now = target;
}
