/* limber-session.c: the timer engine, running a step plan in time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-session"

#include "config.h"

#include "limber-object-private.h"
#include "limber-session-private.h"
#include "limber-speaker.h"

/*
 * How it works. The current step has an absolute start on the clock
 * (step_start) and a length (step_duration, after add_time). Its cues are a
 * sorted list of offsets from step_start, the start cue at 0 included, and
 * next_cue points at the first one not emitted. The session keeps exactly one
 * deadline on the clock: the earliest of the next cue and the step end. When
 * it fires, process () emits every cue that is due at its planned time and
 * moves through every step that has ended, the next step starting exactly at
 * the previous one's planned end, so a late wakeup never shifts later times.
 * Pausing removes the deadline; resuming moves step_start by the paused span
 * and schedules again, so every later time moves by exactly that span.
 * While paused the session is silent: a start cue of a step entered while
 * paused (next, previous, done) is emitted on resume.
 *
 * Speech: with a speaker, the phrases of the step (LimberSpeechScript) are
 * entries of the same list, SAY at the phrase's start and SPEECH_END at its
 * latest end (which cancels it if it still speaks), sorted after the cues
 * of the same instant. So they move with pauses exactly as cues do, and a
 * skip drops them with the step. A count phrase takes the place of its rep
 * tick; when the speaker is unavailable the tick is emitted instead. The
 * phrase of the FINISHED step outlives the session's end: it has a deadline
 * of its own (final_speech_id).
 */

#define USEC_PER_SEC ((gint64) G_USEC_PER_SEC)
#define PREVIOUS_RESTART_US (3 * USEC_PER_SEC)
#define HALFWAY_MIN_US (20 * USEC_PER_SEC)
#define ADD_TIME_MAX_S 3600

typedef enum {
  STATUS_NONE,
  STATUS_COMPLETED,
  STATUS_SKIPPED,
} StepStatus;

/* Entries of the cue list that are not cues but speech. */
enum {
  ENTRY_SAY = LIMBER_N_CUE_KINDS,
  ENTRY_SPEECH_END,
};

typedef struct
{
  gint64 offset;
  guint kind;       /* a LimberCueKind, ENTRY_SAY or ENTRY_SPEECH_END */
  guint phrase;     /* for the speech entries: the phrase's index */
} Cue;

struct _LimberSession
{
  GObject parent_instance;

  LimberPlan *plan;
  LimberClock *clock;
  LimberSleepMonitor *sleep_monitor;
  LimberSpeaker *speaker;
  LimberSpeechScript *script;
  LimberSpeechOptions speech_options;
  gint speaking_phrase;   /* the phrase said last, -1 after a cancel */
  guint final_speech_id;
  guint final_speech_phrase;

  LimberSessionState state;
  guint index;
  gint64 step_start;
  gint64 step_duration;   /* µs; 0 for a manual-reps step */
  gboolean manual;

  GArray *cues;           /* Cue, sorted by offset */
  guint next_cue;
  gint64 emitted_until;   /* offset of the last cue emitted in this step, or -1 */
  gboolean halfway_emitted;

  gint64 paused_at;
  gint64 frozen_at;       /* when it finished or stopped */
  gint64 run_since;
  gint64 active_accum;

  guint deadline_id;
  gint64 deadline_time;

  /* Bumped by every control, so a loop that emitted a signal knows whether
   * a handler changed the session under it. */
  guint generation;

  guint8 *status;         /* StepStatus per step of the plan */
  gboolean did_work;
};

G_DEFINE_FINAL_TYPE (LimberSession, limber_session, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (LimberSessionState, limber_session_state,
                     G_DEFINE_ENUM_VALUE (LIMBER_SESSION_READY, "ready"),
                     G_DEFINE_ENUM_VALUE (LIMBER_SESSION_RUNNING, "running"),
                     G_DEFINE_ENUM_VALUE (LIMBER_SESSION_PAUSED, "paused"),
                     G_DEFINE_ENUM_VALUE (LIMBER_SESSION_FINISHED, "finished"),
                     G_DEFINE_ENUM_VALUE (LIMBER_SESSION_STOPPED, "stopped"))

enum {
  PROP_0,
  PROP_PLAN,
  PROP_CLOCK,
  PROP_STATE,
  PROP_STEP_INDEX,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  STEP_CHANGED,
  CUE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void process (LimberSession *self);

static const LimberStep *
current_step (LimberSession *self)
{
  return limber_plan_get_step (self->plan, self->index);
}

static gboolean
is_active (LimberSession *self)
{
  return self->state == LIMBER_SESSION_RUNNING || self->state == LIMBER_SESSION_PAUSED;
}

/* The time as the session sees it: frozen while paused and once over. */
static gint64
effective_now (LimberSession *self)
{
  switch (self->state)
    {
    case LIMBER_SESSION_PAUSED:
      return self->paused_at;
    case LIMBER_SESSION_FINISHED:
    case LIMBER_SESSION_STOPPED:
      return self->frozen_at;
    case LIMBER_SESSION_READY:
    case LIMBER_SESSION_RUNNING:
    default:
      return limber_clock_get_time (self->clock);
    }
}

static gboolean
step_is_manual (const LimberStep *step)
{
  return step->kind == LIMBER_STEP_WORK && step->reps > 0 && step->rep_duration == 0;
}

/* Countdown and halfway belong to timed WORK (a duration, not reps). */
static gboolean
step_is_timed_work (const LimberStep *step)
{
  return step->kind == LIMBER_STEP_WORK && step->reps == 0 && step->duration > 0;
}

static LimberCueKind
start_cue_of (const LimberStep *step)
{
  switch (step->kind)
    {
    case LIMBER_STEP_PREPARE:
      return LIMBER_CUE_GET_READY;
    case LIMBER_STEP_WORK:
      return LIMBER_CUE_GO;
    case LIMBER_STEP_SWITCH:
      return LIMBER_CUE_SWITCH_SIDES;
    case LIMBER_STEP_REST:
    case LIMBER_STEP_REST_EXERCISE:
      return LIMBER_CUE_REST;
    case LIMBER_STEP_FINISHED:
    default:
      return LIMBER_CUE_SESSION_FINISHED;
    }
}

static int
compare_cues (gconstpointer a,
              gconstpointer b)
{
  const Cue *ca = a;
  const Cue *cb = b;

  if (ca->offset != cb->offset)
    return ca->offset < cb->offset ? -1 : 1;
  if (ca->kind != cb->kind)
    return (int) ca->kind - (int) cb->kind;
  return (int) ca->phrase - (int) cb->phrase;
}

static void
add_cue (LimberSession *self,
         gint64         offset,
         guint          kind)
{
  Cue cue = { offset, kind, 0 };

  g_array_append_val (self->cues, cue);
}

static void
add_speech (LimberSession *self,
            gint64         offset,
            guint          kind,
            guint          phrase)
{
  Cue cue = { offset, kind, phrase };

  g_array_append_val (self->cues, cue);
}

static gboolean
is_sound (const Cue *cue)
{
  return cue->kind < LIMBER_N_CUE_KINDS;
}

/* Whether a count phrase of the script takes the place of the rep tick at
 * @offset in the current step. */
static gboolean
rep_is_spoken (LimberSession *self,
               gint64         offset)
{
  const LimberStep *step = current_step (self);
  const LimberPhrase *count;

  if (self->script == NULL || step->rep_duration == 0)
    return FALSE;

  count = limber_speech_script_get_count (self->script, self->index,
                                          (guint) (offset / (step->rep_duration * USEC_PER_SEC)) + 1);
  return count != NULL && !count->dropped;
}

/* The phrases of the current step, fitted to its present length: after
 * add_time the halfway phrase follows the halfway cue, and each phrase must
 * still end before the first countdown beep and the step's end. */
static void
add_phrases (LimberSession *self)
{
  const LimberStep *step = current_step (self);
  gint64 d = self->step_duration;
  gint64 planned = (gint64) step->duration * USEC_PER_SEC;
  guint first, n;

  if (self->script == NULL)
    return;

  first = limber_speech_script_find_step (self->script, self->index, &n);
  for (guint i = first; i < first + n; i++)
    {
      const LimberPhrase *p = limber_speech_script_get_phrase (self->script, i);
      gint64 start = p->step_start;
      gint64 end = p->step_latest_end;

      if (p->dropped)
        continue;

      if (!self->manual && d != planned && step->kind != LIMBER_STEP_FINISHED)
        {
          if (p->kind == LIMBER_PHRASE_HALFWAY && (self->halfway_emitted || d < HALFWAY_MIN_US))
            continue;
          if (p->kind == LIMBER_PHRASE_HALFWAY)
            {
              start = d / 2 + limber_cue_sound_length (LIMBER_CUE_HALFWAY) + LIMBER_SPEECH_GAP_US;
              end = G_MAXINT64;
            }
          if (p->kind != LIMBER_PHRASE_COUNT || end == G_MAXINT64)
            {
              gint64 bound = d - LIMBER_SPEECH_GUARD_US;

              for (int s = 3; s >= 1; s--)
                if (d - s * USEC_PER_SEC > start && step->kind != LIMBER_STEP_SWITCH)
                  {
                    bound = MIN (bound, d - s * USEC_PER_SEC - LIMBER_SPEECH_GUARD_US);
                    break;
                  }
              end = p->kind == LIMBER_PHRASE_HALFWAY ? bound : MIN (end, bound);
            }
          if (start + p->estimate > end)
            continue;
        }

      add_speech (self, start, ENTRY_SAY, i);
      if (end != G_MAXINT64)
        add_speech (self, end, ENTRY_SPEECH_END, i);
    }
}

/* Computes the cues of the current step from its present length, and points
 * next_cue past those already emitted, and with @skip_past (after add_time)
 * past those whose time has gone by. */
static void
build_cues (LimberSession *self,
            gboolean       skip_past)
{
  const LimberStep *step = current_step (self);
  gint64 d = self->step_duration;
  gint64 elapsed = effective_now (self) - self->step_start;

  g_array_set_size (self->cues, 0);
  add_cue (self, 0, start_cue_of (step));

  if (!self->manual && d > 0)
    {
      if (step->kind == LIMBER_STEP_PREPARE ||
          step->kind == LIMBER_STEP_REST ||
          step->kind == LIMBER_STEP_REST_EXERCISE ||
          step_is_timed_work (step))
        {
          /* Only the seconds that lie inside the step (after its start). */
          for (int s = 3; s >= 1; s--)
            if (d - s * USEC_PER_SEC > 0)
              add_cue (self, d - s * USEC_PER_SEC, LIMBER_CUE_COUNTDOWN);
        }

      if (step_is_timed_work (step) && d >= HALFWAY_MIN_US && !self->halfway_emitted)
        add_cue (self, d / 2, LIMBER_CUE_HALFWAY);

      if (step->kind == LIMBER_STEP_WORK && step->reps > 0 && step->rep_duration > 0)
        {
          for (guint k = 1; k < step->reps; k++)
            {
              gint64 offset = (gint64) k * step->rep_duration * USEC_PER_SEC;

              if (offset < d && !rep_is_spoken (self, offset))
                add_cue (self, offset, LIMBER_CUE_REP);
            }
        }
    }

  add_phrases (self);
  g_array_sort (self->cues, compare_cues);

  self->next_cue = 0;
  while (self->next_cue < self->cues->len)
    {
      const Cue *cue = &g_array_index (self->cues, Cue, self->next_cue);

      if (cue->offset > self->emitted_until && (!skip_past || cue->offset >= elapsed))
        break;
      self->next_cue++;
    }
}

static void
remove_deadline (LimberSession *self)
{
  limber_clock_remove (self->clock, self->deadline_id);
  self->deadline_id = 0;
}

static void
set_state (LimberSession      *self,
           LimberSessionState  state)
{
  if (self->state == state)
    return;

  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

/* Makes @index the current step, starting at @start (full length), and
 * emits "step-changed". Cues are left to process (). */
static void
enter_step (LimberSession *self,
            guint          index,
            gint64         start)
{
  const LimberStep *step;
  gboolean index_changed = self->index != index;

  g_assert (index < limber_plan_get_n_steps (self->plan));

  self->index = index;
  step = current_step (self);
  self->step_start = start;
  self->manual = step_is_manual (step);
  self->step_duration = self->manual ? 0 : (gint64) step->duration * USEC_PER_SEC;
  self->emitted_until = -1;
  self->halfway_emitted = FALSE;
  build_cues (self, FALSE);

  if (step->kind == LIMBER_STEP_WORK)
    self->did_work = TRUE;

  g_debug ("Step %u (%s) at %" G_GINT64_FORMAT, index,
           limber_enum_to_nick (LIMBER_TYPE_STEP_KIND, step->kind), start);

  if (index_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STEP_INDEX]);
  g_signal_emit (self, signals[STEP_CHANGED], 0, index);
}

static void
finish (LimberSession *self,
        gint64         when)
{
  if (self->state == LIMBER_SESSION_RUNNING)
    self->active_accum += when - self->run_since;

  self->frozen_at = when;
  remove_deadline (self);
  set_state (self, LIMBER_SESSION_FINISHED);
}

static void
on_deadline (gpointer user_data)
{
  /* Handlers of "sleeping" and of the signals process() emits may drop the
   * last outside reference: keep one until the deadline is handled. */
  g_autoptr(LimberSession) self = g_object_ref (user_data);

  self->deadline_id = 0;

  /* A "sleeping" signal pauses the session: it then waits, where it was. */
  if (self->sleep_monitor != NULL && self->state == LIMBER_SESSION_RUNNING)
    limber_sleep_monitor_check (self->sleep_monitor,
                                limber_clock_get_time (self->clock),
                                g_get_real_time ());

  process (self);
}

static void
schedule (LimberSession *self)
{
  gint64 next = G_MAXINT64;

  if (self->state != LIMBER_SESSION_RUNNING)
    {
      remove_deadline (self);
      return;
    }

  if (self->next_cue < self->cues->len)
    next = self->step_start + g_array_index (self->cues, Cue, self->next_cue).offset;

  if (!self->manual && current_step (self)->kind != LIMBER_STEP_FINISHED)
    next = MIN (next, self->step_start + self->step_duration);

  if (self->deadline_id != 0 && self->deadline_time == next)
    return;

  remove_deadline (self);
  if (next != G_MAXINT64)
    {
      self->deadline_time = next;
      self->deadline_id = limber_clock_add_deadline (self->clock, next, on_deadline, self);
    }
}

static void
emit_cue (LimberSession *self,
          LimberCueKind  kind,
          gint64         planned)
{
  g_debug ("Cue %s at %" G_GINT64_FORMAT, limber_enum_to_nick (LIMBER_TYPE_CUE_KIND, kind), planned);
  g_signal_emit (self, signals[CUE], 0, (guint) kind, planned);
}

static void
say_phrase (LimberSession *self,
            guint          index,
            gint64         latest_end)
{
  const LimberPhrase *p = limber_speech_script_get_phrase (self->script, index);

  g_debug ("Say “%s”", p->text);
  self->speaking_phrase = (gint) index;
  limber_speaker_say (self->speaker, p->text, p->priority, latest_end);
}

/* Stops what the speaker says or has queued (pause, skip, stop). */
static void
cancel_speech (LimberSession *self)
{
  if (self->final_speech_id != 0)
    {
      limber_clock_remove (self->clock, self->final_speech_id);
      self->final_speech_id = 0;
    }

  if (self->speaker != NULL && self->speaking_phrase >= 0)
    {
      self->speaking_phrase = -1;
      limber_speaker_cancel (self->speaker);
    }
}

/* Runs a speech entry of the current step, due at @planned. */
static void
run_speech (LimberSession *self,
            const Cue     *entry,
            gint64         planned)
{
  const LimberPhrase *p = limber_speech_script_get_phrase (self->script, entry->phrase);
  gboolean available = self->speaker != NULL && limber_speaker_get_available (self->speaker);

  if (entry->kind == ENTRY_SPEECH_END)
    {
      if (self->speaking_phrase == (gint) entry->phrase)
        cancel_speech (self);
      return;
    }

  if (p->kind == LIMBER_PHRASE_COUNT && !available)
    {
      emit_cue (self, LIMBER_CUE_REP, planned);
      return;
    }

  if (available)
    {
      gint64 end = G_MAXINT64;

      for (guint i = self->next_cue; i < self->cues->len; i++)
        {
          const Cue *c = &g_array_index (self->cues, Cue, i);

          if (c->kind == ENTRY_SPEECH_END && c->phrase == entry->phrase)
            {
              end = self->step_start + c->offset;
              break;
            }
        }
      say_phrase (self, entry->phrase, end);
    }
}

static void
on_final_speech (gpointer user_data)
{
  LimberSession *self = user_data;

  self->final_speech_id = 0;
  if (self->speaker != NULL && limber_speaker_get_available (self->speaker))
    say_phrase (self, self->final_speech_phrase, G_MAXINT64);
}

/* The phrase of the FINISHED step is said after the session has finished. */
static void
schedule_final_speech (LimberSession *self)
{
  for (guint i = self->next_cue; i < self->cues->len; i++)
    {
      const Cue *c = &g_array_index (self->cues, Cue, i);

      if (c->kind == ENTRY_SAY)
        {
          self->final_speech_phrase = c->phrase;
          self->final_speech_id = limber_clock_add_deadline (self->clock,
                                                             self->step_start + c->offset,
                                                             on_final_speech, self);
          return;
        }
    }
}

/* Whether the current step has cues (not speech) left to emit. */
static gboolean
has_sounds_left (LimberSession *self)
{
  for (guint i = self->next_cue; i < self->cues->len; i++)
    if (is_sound (&g_array_index (self->cues, Cue, i)))
      return TRUE;
  return FALSE;
}

/* Emits what is due and moves through the steps that have ended, then
 * schedules the one deadline. Returns at once if a signal handler changed
 * the session (that change has scheduled already). */
static void
process (LimberSession *self)
{
  g_autoptr(LimberSession) hold = NULL;
  guint generation = self->generation;

  if (self->state != LIMBER_SESSION_RUNNING)
    {
      schedule (self);
      return;
    }

  hold = g_object_ref (self);

  for (;;)
    {
      const LimberStep *step = current_step (self);
      gint64 now = limber_clock_get_time (self->clock);

      if (self->next_cue < self->cues->len)
        {
          const Cue cue = g_array_index (self->cues, Cue, self->next_cue);

          if (self->step_start + cue.offset <= now)
            {
              self->next_cue++;
              self->emitted_until = cue.offset;
              if (cue.kind == LIMBER_CUE_HALFWAY)
                self->halfway_emitted = TRUE;

              if (is_sound (&cue))
                emit_cue (self, cue.kind, self->step_start + cue.offset);
              else
                run_speech (self, &cue, self->step_start + cue.offset);
              if (generation != self->generation || self->state != LIMBER_SESSION_RUNNING)
                return;
              continue;
            }
        }

      if (step->kind == LIMBER_STEP_FINISHED)
        {
          if (!has_sounds_left (self))
            {
              schedule_final_speech (self);
              finish (self, self->step_start);
              return;
            }
          break;
        }

      if (!self->manual && self->step_start + self->step_duration <= now)
        {
          gint64 end = self->step_start + self->step_duration;

          if (step->kind == LIMBER_STEP_WORK)
            self->status[self->index] = STATUS_COMPLETED;

          if (step->kind == LIMBER_STEP_WORK && step->last_set_of_exercise)
            {
              emit_cue (self, LIMBER_CUE_EXERCISE_DONE, end);
              if (generation != self->generation || self->state != LIMBER_SESSION_RUNNING)
                return;
            }

          enter_step (self, self->index + 1, end);
          if (generation != self->generation || self->state != LIMBER_SESSION_RUNNING)
            return;
          continue;
        }

      break;
    }

  schedule (self);
}

/* Goes to step @index now, by a control (next, previous, restart, done). */
static void
jump_to_step (LimberSession *self,
              guint          index)
{
  guint generation = self->generation;
  const LimberStep *step = limber_plan_get_step (self->plan, index);
  gint64 now = effective_now (self);

  /* Skipping drops what was said or queued for the step left. */
  cancel_speech (self);

  if (step->kind == LIMBER_STEP_FINISHED && self->state == LIMBER_SESSION_PAUSED)
    {
      /* Reaching the end finishes the session, paused or not. */
      remove_deadline (self);
      enter_step (self, index, now);
      if (generation != self->generation || self->state != LIMBER_SESSION_PAUSED)
        return;
      self->next_cue = self->cues->len;
      emit_cue (self, LIMBER_CUE_SESSION_FINISHED, now);
      if (generation != self->generation || self->state != LIMBER_SESSION_PAUSED)
        return;
      finish (self, now);
      return;
    }

  enter_step (self, index, now);
  if (generation != self->generation)
    return;

  process (self);
}

static void
limber_session_dispose (GObject *object)
{
  LimberSession *self = LIMBER_SESSION (object);

  if (self->clock != NULL)
    {
      remove_deadline (self);
      cancel_speech (self);
    }
  g_clear_object (&self->speaker);
  g_clear_pointer (&self->script, limber_speech_script_unref);

  limber_session_set_sleep_monitor (self, NULL);
  g_clear_object (&self->clock);

  G_OBJECT_CLASS (limber_session_parent_class)->dispose (object);
}

static void
limber_session_finalize (GObject *object)
{
  LimberSession *self = LIMBER_SESSION (object);

  g_clear_pointer (&self->plan, limber_plan_unref);
  g_clear_pointer (&self->cues, g_array_unref);
  g_clear_pointer (&self->status, g_free);

  G_OBJECT_CLASS (limber_session_parent_class)->finalize (object);
}

static void
limber_session_constructed (GObject *object)
{
  LimberSession *self = LIMBER_SESSION (object);

  G_OBJECT_CLASS (limber_session_parent_class)->constructed (object);

  g_assert (self->plan != NULL);
  g_assert (self->clock != NULL);

  self->status = g_new0 (guint8, limber_plan_get_n_steps (self->plan));
  self->index = 0;
  self->manual = step_is_manual (current_step (self));
  self->step_duration = self->manual ? 0 : (gint64) current_step (self)->duration * USEC_PER_SEC;
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
    case PROP_PLAN:
      g_value_set_boxed (value, self->plan);
      break;

    case PROP_CLOCK:
      g_value_set_object (value, self->clock);
      break;

    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;

    case PROP_STEP_INDEX:
      g_value_set_uint (value, self->index);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_session_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  LimberSession *self = LIMBER_SESSION (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      self->plan = g_value_dup_boxed (value);
      break;

    case PROP_CLOCK:
      self->clock = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_session_class_init (LimberSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = limber_session_constructed;
  object_class->dispose = limber_session_dispose;
  object_class->finalize = limber_session_finalize;
  object_class->get_property = limber_session_get_property;
  object_class->set_property = limber_session_set_property;

  properties[PROP_PLAN] =
    g_param_spec_boxed ("plan", NULL, NULL,
                        LIMBER_TYPE_PLAN,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CLOCK] =
    g_param_spec_object ("clock", NULL, NULL,
                         LIMBER_TYPE_CLOCK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL,
                       LIMBER_TYPE_SESSION_STATE,
                       LIMBER_SESSION_READY,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_STEP_INDEX] =
    g_param_spec_uint ("step-index", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LimberSession::step-changed:
   * @index: the new current step
   */
  signals[STEP_CHANGED] = g_signal_new ("step-changed",
                                        G_TYPE_FROM_CLASS (klass),
                                        G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL,
                                        G_TYPE_NONE, 1, G_TYPE_UINT);

  /**
   * LimberSession::cue:
   * @kind: a LimberCueKind
   * @planned_time: the cue's exact time on the clock, µs
   */
  signals[CUE] = g_signal_new ("cue",
                               G_TYPE_FROM_CLASS (klass),
                               G_SIGNAL_RUN_LAST,
                               0, NULL, NULL, NULL,
                               G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_INT64);
}

static void
limber_session_init (LimberSession *self)
{
  self->state = LIMBER_SESSION_READY;
  self->cues = g_array_new (FALSE, FALSE, sizeof (Cue));
  self->emitted_until = -1;
  self->speaking_phrase = -1;
}

LimberSession *
limber_session_new (LimberPlan  *plan,
                    LimberClock *clock)
{
  g_return_val_if_fail (plan != NULL, NULL);
  g_return_val_if_fail (limber_plan_get_n_steps (plan) > 0, NULL);
  g_return_val_if_fail (LIMBER_IS_CLOCK (clock), NULL);

  return g_object_new (LIMBER_TYPE_SESSION,
                       "plan", plan,
                       "clock", clock,
                       NULL);
}

LIMBER_DEFINE_GETTER (LimberSession, limber_session, LIMBER_IS_SESSION,
                      LimberPlan *, plan, NULL)

LIMBER_DEFINE_GETTER (LimberSession, limber_session, LIMBER_IS_SESSION,
                      LimberSessionState, state, LIMBER_SESSION_READY)

guint
limber_session_get_step_index (LimberSession *self)
{
  g_return_val_if_fail (LIMBER_IS_SESSION (self), 0);

  return self->index;
}

const LimberStep *
limber_session_get_step (LimberSession *self)
{
  g_return_val_if_fail (LIMBER_IS_SESSION (self), NULL);

  return current_step (self);
}

const LimberStep *
limber_session_get_next_step (LimberSession *self)
{
  const LimberStep *next;

  g_return_val_if_fail (LIMBER_IS_SESSION (self), NULL);

  if (self->index + 1 >= limber_plan_get_n_steps (self->plan))
    return NULL;

  next = limber_plan_get_step (self->plan, self->index + 1);
  return next->kind == LIMBER_STEP_FINISHED ? NULL : next;
}

gint64
limber_session_get_step_remaining_ms (LimberSession *self)
{
  g_return_val_if_fail (LIMBER_IS_SESSION (self), 0);

  if (self->manual || self->state == LIMBER_SESSION_FINISHED)
    return 0;
  if (self->state == LIMBER_SESSION_READY)
    return self->step_duration / 1000;

  return MAX (0, self->step_start + self->step_duration - effective_now (self)) / 1000;
}

gint64
limber_session_get_step_elapsed_ms (LimberSession *self)
{
  g_return_val_if_fail (LIMBER_IS_SESSION (self), 0);

  if (self->state == LIMBER_SESSION_READY)
    return 0;

  return MAX (0, effective_now (self) - self->step_start) / 1000;
}

gint64
limber_session_get_step_duration_ms (LimberSession *self)
{
  g_return_val_if_fail (LIMBER_IS_SESSION (self), 0);

  return self->step_duration / 1000;
}

gint64
limber_session_get_total_remaining_ms (LimberSession *self)
{
  gint64 later = 0;

  g_return_val_if_fail (LIMBER_IS_SESSION (self), 0);

  if (self->state == LIMBER_SESSION_FINISHED)
    return 0;

  if (self->index + 1 < limber_plan_get_n_steps (self->plan))
    later = (gint64) limber_plan_get_seconds_from (self->plan, self->index + 1) * 1000;

  return limber_session_get_step_remaining_ms (self) + later;
}

gint64
limber_session_get_active_ms (LimberSession *self)
{
  gint64 active;

  g_return_val_if_fail (LIMBER_IS_SESSION (self), 0);

  active = self->active_accum;
  if (self->state == LIMBER_SESSION_RUNNING)
    active += limber_clock_get_time (self->clock) - self->run_since;

  return active / 1000;
}

static void
restart_observations (LimberSession *self)
{
  if (self->sleep_monitor == NULL)
    return;

  limber_sleep_monitor_reset (self->sleep_monitor);
  limber_sleep_monitor_check (self->sleep_monitor,
                              limber_clock_get_time (self->clock),
                              g_get_real_time ());
}

void
limber_session_start (LimberSession *self)
{
  guint generation;
  gint64 now;

  g_return_if_fail (LIMBER_IS_SESSION (self));

  if (self->state != LIMBER_SESSION_READY)
    return;

  generation = ++self->generation;
  now = limber_clock_get_time (self->clock);
  self->run_since = now;
  self->state = LIMBER_SESSION_RUNNING;
  restart_observations (self);

  enter_step (self, 0, now);
  if (generation != self->generation)
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
  if (generation != self->generation)
    return;

  process (self);
}

void
limber_session_pause (LimberSession *self)
{
  gint64 now;

  g_return_if_fail (LIMBER_IS_SESSION (self));

  if (self->state != LIMBER_SESSION_RUNNING)
    return;

  self->generation++;
  now = limber_clock_get_time (self->clock);
  self->paused_at = now;
  self->active_accum += now - self->run_since;
  remove_deadline (self);
  cancel_speech (self);
  set_state (self, LIMBER_SESSION_PAUSED);
}

void
limber_session_resume (LimberSession *self)
{
  guint generation;
  gint64 now;

  g_return_if_fail (LIMBER_IS_SESSION (self));

  if (self->state != LIMBER_SESSION_PAUSED)
    return;

  generation = ++self->generation;
  now = limber_clock_get_time (self->clock);
  self->step_start += now - self->paused_at;
  self->run_since = now;
  restart_observations (self);
  set_state (self, LIMBER_SESSION_RUNNING);
  if (generation != self->generation)
    return;

  process (self);
}

void
limber_session_toggle_pause (LimberSession *self)
{
  g_return_if_fail (LIMBER_IS_SESSION (self));

  switch (self->state)
    {
    case LIMBER_SESSION_READY:
      limber_session_start (self);
      break;
    case LIMBER_SESSION_RUNNING:
      limber_session_pause (self);
      break;
    case LIMBER_SESSION_PAUSED:
      limber_session_resume (self);
      break;
    case LIMBER_SESSION_FINISHED:
    case LIMBER_SESSION_STOPPED:
    default:
      break;
    }
}

void
limber_session_next (LimberSession *self)
{
  const LimberStep *step;

  g_return_if_fail (LIMBER_IS_SESSION (self));

  if (!is_active (self))
    return;

  step = current_step (self);
  if (step->kind == LIMBER_STEP_FINISHED)
    return;

  self->generation++;
  if (step->kind == LIMBER_STEP_WORK && self->status[self->index] != STATUS_COMPLETED)
    self->status[self->index] = STATUS_SKIPPED;

  jump_to_step (self, self->index + 1);
}

void
limber_session_restart_step (LimberSession *self)
{
  g_return_if_fail (LIMBER_IS_SESSION (self));

  if (!is_active (self))
    return;

  self->generation++;
  jump_to_step (self, self->index);
}

void
limber_session_previous (LimberSession *self)
{
  gint64 elapsed;

  g_return_if_fail (LIMBER_IS_SESSION (self));

  if (!is_active (self))
    return;

  elapsed = effective_now (self) - self->step_start;
  self->generation++;

  if (elapsed > PREVIOUS_RESTART_US || self->index == 0)
    jump_to_step (self, self->index);
  else
    jump_to_step (self, self->index - 1);
}

void
limber_session_add_time (LimberSession *self,
                         gint           seconds)
{
  const LimberStep *step;
  gint64 elapsed;
  gint64 duration;

  g_return_if_fail (LIMBER_IS_SESSION (self));

  if (!is_active (self) || seconds == 0)
    return;

  step = current_step (self);
  if (self->manual || step->kind == LIMBER_STEP_FINISHED)
    return;

  seconds = CLAMP (seconds, -ADD_TIME_MAX_S, ADD_TIME_MAX_S);
  elapsed = effective_now (self) - self->step_start;
  duration = self->step_duration + (gint64) seconds * USEC_PER_SEC;

  if (seconds < 0)
    {
      /* Removing leaves at least 1 s, and never lengthens the step. */
      gint64 floor_us = MIN (self->step_duration, elapsed + USEC_PER_SEC);

      duration = MAX (duration, floor_us);
    }

  if (duration == self->step_duration)
    return;

  self->generation++;
  self->step_duration = duration;
  build_cues (self, TRUE);
  process (self);
}

void
limber_session_done (LimberSession *self)
{
  const LimberStep *step;
  guint generation;

  g_return_if_fail (LIMBER_IS_SESSION (self));

  if (!is_active (self) || !self->manual)
    return;

  step = current_step (self);
  generation = ++self->generation;
  self->status[self->index] = STATUS_COMPLETED;

  /* Silent while paused, like every cue. */
  if (step->last_set_of_exercise && self->state == LIMBER_SESSION_RUNNING)
    {
      emit_cue (self, LIMBER_CUE_EXERCISE_DONE, effective_now (self));
      if (generation != self->generation || !is_active (self))
        return;
    }

  jump_to_step (self, self->index + 1);
}

void
limber_session_stop (LimberSession *self)
{
  gint64 now;

  g_return_if_fail (LIMBER_IS_SESSION (self));

  if (self->state == LIMBER_SESSION_FINISHED || self->state == LIMBER_SESSION_STOPPED)
    return;

  self->generation++;
  now = effective_now (self);
  if (self->state == LIMBER_SESSION_RUNNING)
    self->active_accum += now - self->run_since;
  else if (self->state == LIMBER_SESSION_READY)
    self->step_start = now;

  self->frozen_at = now;
  remove_deadline (self);
  cancel_speech (self);
  set_state (self, LIMBER_SESSION_STOPPED);
}

/* Sets of @exercise_index: the WORK steps of one set (its sides) are
 * consecutive among that exercise's WORK steps and share (round, set). */
static void
count_sets (LimberSession *self,
            guint          exercise_index,
            guint         *completed,
            guint         *skipped)
{
  guint n_steps = limber_plan_get_n_steps (self->plan);
  gboolean in_group = FALSE;
  gboolean all_completed = TRUE;
  gboolean any_skipped = FALSE;
  guint round = 0, set = 0;

  *completed = 0;
  *skipped = 0;

  for (guint i = 0; i <= n_steps; i++)
    {
      const LimberStep *step = i < n_steps ? limber_plan_get_step (self->plan, i) : NULL;
      gboolean mine = step != NULL &&
                      step->kind == LIMBER_STEP_WORK &&
                      step->exercise_index == exercise_index;

      if (step != NULL && !mine)
        continue;

      if (in_group && (step == NULL || step->round != round || step->set != set))
        {
          if (all_completed)
            (*completed)++;
          else if (any_skipped || self->state == LIMBER_SESSION_STOPPED)
            (*skipped)++;
          in_group = FALSE;
        }

      if (step == NULL)
        break;

      if (!in_group)
        {
          in_group = TRUE;
          all_completed = TRUE;
          any_skipped = FALSE;
          round = step->round;
          set = step->set;
        }

      all_completed &= self->status[i] == STATUS_COMPLETED;
      any_skipped |= self->status[i] == STATUS_SKIPPED;
    }
}

guint
limber_session_get_completed_sets (LimberSession *self,
                                   guint          exercise_index)
{
  guint completed, skipped;

  g_return_val_if_fail (LIMBER_IS_SESSION (self), 0);

  count_sets (self, exercise_index, &completed, &skipped);
  return completed;
}

guint
limber_session_get_skipped_sets (LimberSession *self,
                                 guint          exercise_index)
{
  guint completed, skipped;

  g_return_val_if_fail (LIMBER_IS_SESSION (self), 0);

  count_sets (self, exercise_index, &completed, &skipped);
  return skipped;
}

LIMBER_DEFINE_GETTER (LimberSession, limber_session, LIMBER_IS_SESSION,
                      gboolean, did_work, FALSE)

void
limber_session_set_sleep_monitor (LimberSession      *self,
                                  LimberSleepMonitor *monitor)
{
  g_return_if_fail (LIMBER_IS_SESSION (self));
  g_return_if_fail (monitor == NULL || LIMBER_IS_SLEEP_MONITOR (monitor));

  if (self->sleep_monitor == monitor)
    return;

  if (self->sleep_monitor != NULL)
    g_signal_handlers_disconnect_by_data (self->sleep_monitor, self);
  g_set_object (&self->sleep_monitor, monitor);

  if (monitor != NULL)
    {
      g_signal_connect_swapped (monitor, "sleeping", G_CALLBACK (limber_session_pause), self);
      restart_observations (self);
    }
}

void
limber_session_set_speaker (LimberSession             *self,
                            LimberSpeaker             *speaker,
                            const LimberSpeechOptions *options)
{
  const LimberSpeechOptions defaults = { 0, FALSE };

  g_return_if_fail (LIMBER_IS_SESSION (self));
  g_return_if_fail (speaker == NULL || LIMBER_IS_SPEAKER (speaker));

  if (options == NULL)
    options = &defaults;

  cancel_speech (self);
  g_set_object (&self->speaker, speaker);
  self->speech_options = *options;
  g_clear_pointer (&self->script, limber_speech_script_unref);
  if (speaker != NULL)
    self->script = limber_speech_script_new (self->plan, options);

  /* From now on: the current step's entries again, without what is past. */
  if (is_active (self))
    {
      self->generation++;
      build_cues (self, TRUE);
      if (self->state == LIMBER_SESSION_RUNNING)
        process (self);
    }
}

LimberSpeechScript *
limber_session_get_speech_script (LimberSession *self)
{
  g_return_val_if_fail (LIMBER_IS_SESSION (self), NULL);

  return self->script;
}
