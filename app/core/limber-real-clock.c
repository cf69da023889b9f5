/* limber-real-clock.c: the clock of the program (monotonic time, GSources)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-clock"

#include "config.h"

#include "limber-real-clock.h"

struct _LimberRealClock
{
  GObject parent_instance;

  /* id → GSource* (a reference) of the deadlines that have not fired */
  GHashTable *sources;
  guint last_id;
};

typedef struct
{
  LimberRealClock *clock;  /* not a reference: the clock destroys its sources */
  LimberClockFunc func;
  gpointer user_data;
  guint id;
} Deadline;

static void limber_real_clock_iface_init (LimberClockInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LimberRealClock, limber_real_clock, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (LIMBER_TYPE_CLOCK,
                                                      limber_real_clock_iface_init))

static gboolean
deadline_dispatch (GSource     *source,
                   GSourceFunc  callback,
                   gpointer     user_data)
{
  Deadline *d = user_data;
  LimberClockFunc func = d->func;
  gpointer func_data = d->user_data;

  /* Forget the deadline before calling out: the function may add others. */
  g_hash_table_remove (d->clock->sources, GUINT_TO_POINTER (d->id));
  func (func_data);

  return G_SOURCE_REMOVE;
}

static GSourceFuncs deadline_source_funcs = {
  .dispatch = deadline_dispatch,
};

static gint64
limber_real_clock_get_time (LimberClock *clock)
{
  return g_get_monotonic_time ();
}

static guint
limber_real_clock_add_deadline (LimberClock     *clock,
                                gint64           deadline,
                                LimberClockFunc  func,
                                gpointer         user_data)
{
  LimberRealClock *self = LIMBER_REAL_CLOCK (clock);
  g_autoptr(GSource) source = NULL;
  Deadline *d;

  self->last_id++;
  if (self->last_id == 0)
    self->last_id = 1;

  d = g_new0 (Deadline, 1);
  d->clock = self;
  d->func = func;
  d->user_data = user_data;
  d->id = self->last_id;

  source = g_source_new (&deadline_source_funcs, sizeof (GSource));
  g_source_set_static_name (source, "[limber] deadline");
  g_source_set_priority (source, G_PRIORITY_HIGH);
  /* A ready time in the past makes the source ready at once. */
  g_source_set_ready_time (source, MAX (deadline, 0));
  g_source_set_callback (source, NULL, d, g_free);
  g_source_attach (source, g_main_context_get_thread_default ());

  g_hash_table_insert (self->sources, GUINT_TO_POINTER (d->id), g_source_ref (source));

  return d->id;
}

static void
limber_real_clock_remove (LimberClock *clock,
                          guint        id)
{
  LimberRealClock *self = LIMBER_REAL_CLOCK (clock);

  /* The hash table's value destroy function destroys the source. */
  g_hash_table_remove (self->sources, GUINT_TO_POINTER (id));
}

static void
destroy_and_unref (gpointer data)
{
  GSource *source = data;

  g_source_destroy (source);
  g_source_unref (source);
}

static GDateTime *
limber_real_clock_get_wall_time (LimberClock *clock)
{
  return g_date_time_new_now_local ();
}

static void
limber_real_clock_iface_init (LimberClockInterface *iface)
{
  iface->get_time = limber_real_clock_get_time;
  iface->add_deadline = limber_real_clock_add_deadline;
  iface->remove = limber_real_clock_remove;
  iface->get_wall_time = limber_real_clock_get_wall_time;
}

static void
limber_real_clock_dispose (GObject *object)
{
  LimberRealClock *self = LIMBER_REAL_CLOCK (object);

  if (self->sources != NULL)
    g_hash_table_remove_all (self->sources);

  G_OBJECT_CLASS (limber_real_clock_parent_class)->dispose (object);
}

static void
limber_real_clock_finalize (GObject *object)
{
  LimberRealClock *self = LIMBER_REAL_CLOCK (object);

  g_clear_pointer (&self->sources, g_hash_table_unref);

  G_OBJECT_CLASS (limber_real_clock_parent_class)->finalize (object);
}

static void
limber_real_clock_class_init (LimberRealClockClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = limber_real_clock_dispose;
  object_class->finalize = limber_real_clock_finalize;
}

static void
limber_real_clock_init (LimberRealClock *self)
{
  self->sources = g_hash_table_new_full (NULL, NULL, NULL, destroy_and_unref);
}

LimberClock *
limber_real_clock_new (void)
{
  return g_object_new (LIMBER_TYPE_REAL_CLOCK, NULL);
}
