/* limber-virtual-clock.c: a clock that moves only when told (for tests)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-clock"

#include "config.h"

#include "limber-virtual-clock.h"

typedef struct
{
  gint64 deadline;
  guint id;
  guint64 serial;   /* order of adding, for ties */
  LimberClockFunc func;
  gpointer user_data;
} Deadline;

struct _LimberVirtualClock
{
  GObject parent_instance;

  gint64 now;
  guint last_id;
  guint64 last_serial;
  /* Deadline*, unsorted; few at a time, so a linear search is enough. */
  GPtrArray *deadlines;

  /* Wall time: @wall_base at the monotonic time @wall_mono (UTC at the
   * Unix epoch + now until set_wall_time () is called). */
  GDateTime *wall_base;
  gint64 wall_mono;
};

static void limber_virtual_clock_iface_init (LimberClockInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LimberVirtualClock, limber_virtual_clock, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (LIMBER_TYPE_CLOCK,
                                                      limber_virtual_clock_iface_init))

static gint64
limber_virtual_clock_get_time (LimberClock *clock)
{
  return LIMBER_VIRTUAL_CLOCK (clock)->now;
}

static guint
limber_virtual_clock_add_deadline (LimberClock     *clock,
                                   gint64           deadline,
                                   LimberClockFunc  func,
                                   gpointer         user_data)
{
  LimberVirtualClock *self = LIMBER_VIRTUAL_CLOCK (clock);
  Deadline *d = g_new0 (Deadline, 1);

  self->last_id++;
  if (self->last_id == 0)
    self->last_id = 1;

  d->deadline = deadline;
  d->id = self->last_id;
  d->serial = ++self->last_serial;
  d->func = func;
  d->user_data = user_data;
  g_ptr_array_add (self->deadlines, d);

  return d->id;
}

static void
limber_virtual_clock_remove (LimberClock *clock,
                             guint        id)
{
  LimberVirtualClock *self = LIMBER_VIRTUAL_CLOCK (clock);

  for (guint i = 0; i < self->deadlines->len; i++)
    {
      Deadline *d = g_ptr_array_index (self->deadlines, i);

      if (d->id == id)
        {
          g_ptr_array_remove_index_fast (self->deadlines, i);
          return;
        }
    }
}

static GDateTime *limber_virtual_clock_get_wall_time (LimberClock *clock);

static void
limber_virtual_clock_iface_init (LimberClockInterface *iface)
{
  iface->get_time = limber_virtual_clock_get_time;
  iface->add_deadline = limber_virtual_clock_add_deadline;
  iface->remove = limber_virtual_clock_remove;
  iface->get_wall_time = limber_virtual_clock_get_wall_time;
}

/* The index of the earliest deadline, or -1. */
static int
find_earliest (LimberVirtualClock *self)
{
  int best = -1;

  for (guint i = 0; i < self->deadlines->len; i++)
    {
      Deadline *d = g_ptr_array_index (self->deadlines, i);
      Deadline *b;

      if (best < 0)
        {
          best = i;
          continue;
        }

      b = g_ptr_array_index (self->deadlines, best);
      if (d->deadline < b->deadline ||
          (d->deadline == b->deadline && d->serial < b->serial))
        best = i;
    }

  return best;
}

static gboolean
fire_next (LimberVirtualClock *self,
           gint64              limit)
{
  g_autofree Deadline *d = NULL;
  int i = find_earliest (self);

  if (i < 0)
    return FALSE;

  if (((Deadline *) g_ptr_array_index (self->deadlines, i))->deadline > limit)
    return FALSE;

  d = g_ptr_array_steal_index_fast (self->deadlines, i);
  self->now = MAX (self->now, d->deadline);
  d->func (d->user_data);

  return TRUE;
}

static void
limber_virtual_clock_finalize (GObject *object)
{
  LimberVirtualClock *self = LIMBER_VIRTUAL_CLOCK (object);

  g_clear_pointer (&self->deadlines, g_ptr_array_unref);
  g_clear_pointer (&self->wall_base, g_date_time_unref);

  G_OBJECT_CLASS (limber_virtual_clock_parent_class)->finalize (object);
}

static void
limber_virtual_clock_class_init (LimberVirtualClockClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = limber_virtual_clock_finalize;
}

static void
limber_virtual_clock_init (LimberVirtualClock *self)
{
  self->deadlines = g_ptr_array_new_with_free_func (g_free);
}

LimberClock *
limber_virtual_clock_new (gint64 start)
{
  LimberVirtualClock *self = g_object_new (LIMBER_TYPE_VIRTUAL_CLOCK, NULL);

  self->now = start;
  return LIMBER_CLOCK (self);
}

void
limber_virtual_clock_advance_to (LimberVirtualClock *self,
                                 gint64              time)
{
  g_return_if_fail (LIMBER_IS_VIRTUAL_CLOCK (self));

  g_object_ref (self);

  while (fire_next (self, time))
    ;

  self->now = MAX (self->now, time);

  g_object_unref (self);
}

void
limber_virtual_clock_advance (LimberVirtualClock *self,
                              gint64              us)
{
  g_return_if_fail (LIMBER_IS_VIRTUAL_CLOCK (self));
  g_return_if_fail (us >= 0);

  limber_virtual_clock_advance_to (self, self->now + us);
}

guint
limber_virtual_clock_get_n_pending (LimberVirtualClock *self)
{
  g_return_val_if_fail (LIMBER_IS_VIRTUAL_CLOCK (self), 0);

  return self->deadlines->len;
}

gint64
limber_virtual_clock_get_next_deadline (LimberVirtualClock *self)
{
  int i;

  g_return_val_if_fail (LIMBER_IS_VIRTUAL_CLOCK (self), G_MAXINT64);

  i = find_earliest (self);
  if (i < 0)
    return G_MAXINT64;

  return ((Deadline *) g_ptr_array_index (self->deadlines, i))->deadline;
}

guint
limber_virtual_clock_run_until_idle (LimberVirtualClock *self,
                                     gint64              limit)
{
  guint n = 0;

  g_return_val_if_fail (LIMBER_IS_VIRTUAL_CLOCK (self), 0);

  g_object_ref (self);

  while (fire_next (self, limit))
    n++;

  g_object_unref (self);

  return n;
}

/* Wall-clock time (kept apart from the monotonic time above). */

static GDateTime *
limber_virtual_clock_get_wall_time (LimberClock *clock)
{
  LimberVirtualClock *self = LIMBER_VIRTUAL_CLOCK (clock);

  if (self->wall_base == NULL)
    return g_date_time_new_from_unix_utc (0);

  /* g_date_time_add () keeps the zone and finds the offset of the new
   * instant, so a DST change in between is honoured. */
  return g_date_time_add (self->wall_base, self->now - self->wall_mono);
}

void
limber_virtual_clock_set_wall_time (LimberVirtualClock *self,
                                    GDateTime          *now)
{
  g_return_if_fail (LIMBER_IS_VIRTUAL_CLOCK (self));
  g_return_if_fail (now != NULL);

  g_clear_pointer (&self->wall_base, g_date_time_unref);
  self->wall_base = g_date_time_ref (now);
  self->wall_mono = self->now;
}

void
limber_virtual_clock_skip_wall_time (LimberVirtualClock *self,
                                     gint64              us)
{
  g_autoptr(GDateTime) wall = NULL;

  g_return_if_fail (LIMBER_IS_VIRTUAL_CLOCK (self));
  g_return_if_fail (us >= 0);

  wall = limber_virtual_clock_get_wall_time (LIMBER_CLOCK (self));
  g_clear_pointer (&self->wall_base, g_date_time_unref);
  self->wall_base = g_date_time_add (wall, us);
  self->wall_mono = self->now;
}
