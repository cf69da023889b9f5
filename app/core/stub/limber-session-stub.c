/* limber-session-stub.c: STUB of the timer engine, compiled only until the
 * `engine` branch's limber-session.c is merged (see app/core/meson.build).
 * Step start cues only; enough for the window to be built and tested.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-session"

#include "config.h"

#include "limber-session.h"

struct _LimberSession
{
  GObject parent_instance;

  LimberPlan *plan;
  LimberClock *clock;
  LimberSessionState state;
  guint index;
  gint64 step_start;      /* clock time the step began, shifted by pauses */
  gint64 step_extra_us;   /* add_time */
  gint64 paused_at;
  gint64 active_since;
  gint64 active_us;
  guint deadline_id;
  guint *completed;
  guint *skipped;
  gboolean did_work;
};

G_DEFINE_FINAL_TYPE (LimberSession, limber_session, G_TYPE_OBJECT)

enum { PROP_0, PROP_STATE, N_PROPS };
enum { STEP_CHANGED, CUE, N_SIGNALS };

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static gint64
now (LimberSession *self)
{
  if (self->state == LIMBER_SESSION_PAUSED)
    return self->paused_at;
  return limber_clock_get_time (self->clock);
}

static gint64
step_duration_us (LimberSession *self)
{
  const LimberStep *step = limber_plan_get_step (self->plan, self->index);

  return (gint64) step->duration * G_USEC_PER_SEC + self->step_extra_us;
}

static gboolean
step_is_manual (const LimberStep *step)
{
  return step->kind == LIMBER_STEP_WORK && step->duration == 0;
}

static void
set_state (LimberSession      *self,
           LimberSessionState  state)
{
  if (self->state == state)
    return;
  if (self->state == LIMBER_SESSION_RUNNING)
    self->active_us += limber_clock_get_time (self->clock) - self->active_since;
  if (state == LIMBER_SESSION_RUNNING)
    self->active_since = limber_clock_get_time (self->clock);
  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

static void enter_step (LimberSession *self, guint index);

static void
on_deadline (gpointer user_data)
{
  LimberSession *self = user_data;
  const LimberStep *step = limber_plan_get_step (self->plan, self->index);

  self->deadline_id = 0;
  if (step->kind == LIMBER_STEP_WORK)
    {
      if (step->side != LIMBER_SIDE_LEFT)
        self->completed[step->exercise_index]++;
      if (step->last_set_of_exercise)
        g_signal_emit (self, signals[CUE], 0, LIMBER_CUE_EXERCISE_DONE, limber_clock_get_time (self->clock));
    }
  enter_step (self, self->index + 1);
}

static void
arm (LimberSession *self)
{
  const LimberStep *step = limber_plan_get_step (self->plan, self->index);

  limber_clock_remove (self->clock, self->deadline_id);
  self->deadline_id = 0;
  if (self->state != LIMBER_SESSION_RUNNING || step_is_manual (step) ||
      step->kind == LIMBER_STEP_FINISHED)
    return;
  self->deadline_id = limber_clock_add_deadline (self->clock,
                                                 self->step_start + step_duration_us (self),
                                                 on_deadline, self);
}

static void
enter_step (LimberSession *self,
            guint          index)
{
  const LimberStep *step;
  static const LimberCueKind cues[] = {
    [LIMBER_STEP_PREPARE] = LIMBER_CUE_GET_READY,
    [LIMBER_STEP_WORK] = LIMBER_CUE_GO,
    [LIMBER_STEP_SWITCH] = LIMBER_CUE_SWITCH_SIDES,
    [LIMBER_STEP_REST] = LIMBER_CUE_REST,
    [LIMBER_STEP_REST_EXERCISE] = LIMBER_CUE_REST,
    [LIMBER_STEP_FINISHED] = LIMBER_CUE_SESSION_FINISHED,
  };

  index = MIN (index, limber_plan_get_n_steps (self->plan) - 1);
  self->index = index;
  self->step_start = now (self);
  self->step_extra_us = 0;
  step = limber_plan_get_step (self->plan, index);
  if (step->kind == LIMBER_STEP_WORK)
    self->did_work = TRUE;

  g_object_ref (self);
  if (step->kind == LIMBER_STEP_FINISHED)
    {
      limber_clock_remove (self->clock, self->deadline_id);
      self->deadline_id = 0;
      set_state (self, LIMBER_SESSION_FINISHED);
    }
  else
    arm (self);
  g_signal_emit (self, signals[STEP_CHANGED], 0, index);
  if (self->state != LIMBER_SESSION_PAUSED)
    g_signal_emit (self, signals[CUE], 0, cues[step->kind], limber_clock_get_time (self->clock));
  g_object_unref (self);
}

static gboolean
is_live (LimberSession *self)
{
  return self->state == LIMBER_SESSION_RUNNING || self->state == LIMBER_SESSION_PAUSED;
}

static void
limber_session_dispose (GObject *object)
{
  LimberSession *self = LIMBER_SESSION (object);

  if (self->clock != NULL)
    limber_clock_remove (self->clock, self->deadline_id);
  self->deadline_id = 0;
  g_clear_object (&self->clock);
  G_OBJECT_CLASS (limber_session_parent_class)->dispose (object);
}

static void
limber_session_finalize (GObject *object)
{
  LimberSession *self = LIMBER_SESSION (object);

  g_clear_pointer (&self->plan, limber_plan_unref);
  g_free (self->completed);
  g_free (self->skipped);
  G_OBJECT_CLASS (limber_session_parent_class)->finalize (object);
}

static void
limber_session_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  LimberSession *self = LIMBER_SESSION (object);

  switch (prop_id)
    {
    case PROP_STATE:
      g_value_set_int (value, self->state);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_session_class_init (LimberSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = limber_session_dispose;
  object_class->finalize = limber_session_finalize;
  object_class->get_property = limber_session_get_property;

  properties[PROP_STATE] = g_param_spec_int ("state", NULL, NULL, 0, LIMBER_SESSION_STOPPED, 0,
                                             G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY |
                                             G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[STEP_CHANGED] = g_signal_new ("step-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);
  signals[CUE] = g_signal_new ("cue", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                               0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT, G_TYPE_INT64);
}

static void
limber_session_init (LimberSession *self)
{
}

LimberSession *
limber_session_new (LimberPlan  *plan,
                    LimberClock *clock)
{
  LimberSession *self = g_object_new (LIMBER_TYPE_SESSION, NULL);
  guint n = MAX (1, limber_plan_get_n_exercises (plan));

  self->plan = limber_plan_ref (plan);
  self->clock = g_object_ref (clock);
  self->completed = g_new0 (guint, n);
  self->skipped = g_new0 (guint, n);
  return self;
}

LimberPlan *limber_session_get_plan (LimberSession *self) { return self->plan; }
LimberSessionState limber_session_get_state (LimberSession *self) { return self->state; }
guint limber_session_get_step_index (LimberSession *self) { return self->index; }
gboolean limber_session_get_did_work (LimberSession *self) { return self->did_work; }

const LimberStep *
limber_session_get_step (LimberSession *self)
{
  return limber_plan_get_step (self->plan, self->index);
}

const LimberStep *
limber_session_get_next_step (LimberSession *self)
{
  const LimberStep *next;

  if (self->index + 1 >= limber_plan_get_n_steps (self->plan))
    return NULL;
  next = limber_plan_get_step (self->plan, self->index + 1);
  return next->kind == LIMBER_STEP_FINISHED ? NULL : next;
}

gint64
limber_session_get_step_elapsed_ms (LimberSession *self)
{
  if (self->state == LIMBER_SESSION_READY)
    return 0;
  return MAX (0, now (self) - self->step_start) / 1000;
}

gint64
limber_session_get_step_duration_ms (LimberSession *self)
{
  return step_duration_us (self) / 1000;
}

gint64
limber_session_get_step_remaining_ms (LimberSession *self)
{
  const LimberStep *step = limber_session_get_step (self);

  if (step_is_manual (step) || step->kind == LIMBER_STEP_FINISHED)
    return 0;
  if (self->state == LIMBER_SESSION_READY)
    return step_duration_us (self) / 1000;
  return MAX (0, self->step_start + step_duration_us (self) - now (self)) / 1000;
}

gint64
limber_session_get_total_remaining_ms (LimberSession *self)
{
  guint n = limber_plan_get_n_steps (self->plan);
  gint64 later = self->index + 1 < n ? (gint64) limber_plan_get_seconds_from (self->plan, self->index + 1) * 1000 : 0;

  return limber_session_get_step_remaining_ms (self) + later;
}

gint64
limber_session_get_active_ms (LimberSession *self)
{
  gint64 us = self->active_us;

  if (self->state == LIMBER_SESSION_RUNNING)
    us += limber_clock_get_time (self->clock) - self->active_since;
  return us / 1000;
}

void
limber_session_start (LimberSession *self)
{
  if (self->state != LIMBER_SESSION_READY)
    return;
  set_state (self, LIMBER_SESSION_RUNNING);
  enter_step (self, 0);
}

void
limber_session_pause (LimberSession *self)
{
  if (self->state != LIMBER_SESSION_RUNNING)
    return;
  self->paused_at = limber_clock_get_time (self->clock);
  set_state (self, LIMBER_SESSION_PAUSED);
  arm (self);
}

void
limber_session_resume (LimberSession *self)
{
  if (self->state != LIMBER_SESSION_PAUSED)
    return;
  self->step_start += limber_clock_get_time (self->clock) - self->paused_at;
  set_state (self, LIMBER_SESSION_RUNNING);
  arm (self);
}

void
limber_session_toggle_pause (LimberSession *self)
{
  if (self->state == LIMBER_SESSION_RUNNING)
    limber_session_pause (self);
  else
    limber_session_resume (self);
}

void
limber_session_next (LimberSession *self)
{
  const LimberStep *step = limber_session_get_step (self);

  if (!is_live (self))
    return;
  if (step->kind == LIMBER_STEP_WORK && step->side != LIMBER_SIDE_LEFT)
    self->skipped[step->exercise_index]++;
  enter_step (self, self->index + 1);
}

void
limber_session_previous (LimberSession *self)
{
  if (!is_live (self))
    return;
  if (limber_session_get_step_elapsed_ms (self) > 3000 || self->index == 0)
    enter_step (self, self->index);
  else
    enter_step (self, self->index - 1);
}

void
limber_session_restart_step (LimberSession *self)
{
  if (is_live (self))
    enter_step (self, self->index);
}

void
limber_session_add_time (LimberSession *self,
                         gint           seconds)
{
  if (!is_live (self))
    return;
  self->step_extra_us += (gint64) seconds * G_USEC_PER_SEC;
  arm (self);
  g_signal_emit (self, signals[STEP_CHANGED], 0, self->index);
}

void
limber_session_done (LimberSession *self)
{
  const LimberStep *step = limber_session_get_step (self);

  if (!is_live (self) || !step_is_manual (step))
    return;
  if (step->side != LIMBER_SIDE_LEFT)
    self->completed[step->exercise_index]++;
  enter_step (self, self->index + 1);
}

void
limber_session_stop (LimberSession *self)
{
  if (!is_live (self))
    return;
  limber_clock_remove (self->clock, self->deadline_id);
  self->deadline_id = 0;
  set_state (self, LIMBER_SESSION_STOPPED);
}

guint
limber_session_get_completed_sets (LimberSession *self,
                                   guint          exercise_index)
{
  g_return_val_if_fail (exercise_index < MAX (1, limber_plan_get_n_exercises (self->plan)), 0);
  return self->completed[exercise_index];
}

guint
limber_session_get_skipped_sets (LimberSession *self,
                                 guint          exercise_index)
{
  g_return_val_if_fail (exercise_index < MAX (1, limber_plan_get_n_exercises (self->plan)), 0);
  return self->skipped[exercise_index];
}
