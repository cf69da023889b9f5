/* limber-history-record.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The record; limber-history-line.c reads and writes it as a line.
 */
#define G_LOG_DOMAIN "limber-history"

#include "config.h"

#include "limber-history-record-private.h"

G_DEFINE_FINAL_TYPE (LimberHistoryRecord, limber_history_record, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (LimberEffort, limber_effort,
                    G_DEFINE_ENUM_VALUE (LIMBER_EFFORT_UNSET, "unset"),
                    G_DEFINE_ENUM_VALUE (LIMBER_EFFORT_EASY, "easy"),
                    G_DEFINE_ENUM_VALUE (LIMBER_EFFORT_RIGHT, "right"),
                    G_DEFINE_ENUM_VALUE (LIMBER_EFFORT_HARD, "hard"))

G_DEFINE_ENUM_TYPE (LimberSuggestionKind, limber_suggestion_kind,
                    G_DEFINE_ENUM_VALUE (LIMBER_SUGGESTION_NONE, "none"),
                    G_DEFINE_ENUM_VALUE (LIMBER_SUGGESTION_STOP_TODAY, "stop-today"),
                    G_DEFINE_ENUM_VALUE (LIMBER_SUGGESTION_GET_CHECKED, "get-checked"),
                    G_DEFINE_ENUM_VALUE (LIMBER_SUGGESTION_STEP_DOWN, "step-down"),
                    G_DEFINE_ENUM_VALUE (LIMBER_SUGGESTION_STEP_UP, "step-up"))

G_DEFINE_ENUM_TYPE (LimberSuggestionResponse, limber_suggestion_response,
                    G_DEFINE_ENUM_VALUE (LIMBER_SUGGESTION_RESPONSE_SHOWN, "shown"),
                    G_DEFINE_ENUM_VALUE (LIMBER_SUGGESTION_RESPONSE_ACCEPTED, "accepted"),
                    G_DEFINE_ENUM_VALUE (LIMBER_SUGGESTION_RESPONSE_DISMISSED, "dismissed"))

enum {
  PROP_0,
  PROP_ID,
  PROP_START,
  PROP_END,
  PROP_ROUTINE_ID,
  PROP_ROUTINE_TITLE,
  PROP_PLANNED_SECONDS,
  PROP_ACTIVE_SECONDS,
  PROP_COMPLETED,
  PROP_N_EXERCISES,
  PROP_PAIN_BEFORE,
  PROP_PAIN_AFTER,
  PROP_EFFORT,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
limber_history_record_finalize (GObject *object)
{
  LimberHistoryRecord *self = (LimberHistoryRecord *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->routine_id, g_ref_string_release);
  g_clear_pointer (&self->routine_title, g_ref_string_release);
  g_clear_pointer (&self->note, g_free);
  for (guint i = 0; i < self->n_exercises; i++)
    g_ref_string_release ((char *) self->exercises[i].name);
  g_clear_pointer (&self->exercises, g_free);

  G_OBJECT_CLASS (limber_history_record_parent_class)->finalize (object);
}

static void
limber_history_record_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  LimberHistoryRecord *self = LIMBER_HISTORY_RECORD (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_START:
      g_value_take_boxed (value, limber_history_record_dup_start (self));
      break;
    case PROP_END:
      g_value_take_boxed (value, limber_history_record_dup_end (self));
      break;
    case PROP_ROUTINE_ID:
      g_value_set_string (value, self->routine_id);
      break;
    case PROP_ROUTINE_TITLE:
      g_value_set_string (value, self->routine_title);
      break;
    case PROP_PLANNED_SECONDS:
      g_value_set_uint (value, self->planned_seconds);
      break;
    case PROP_ACTIVE_SECONDS:
      g_value_set_uint (value, self->active_seconds);
      break;
    case PROP_COMPLETED:
      g_value_set_boolean (value, self->completed);
      break;
    case PROP_N_EXERCISES:
      g_value_set_uint (value, self->n_exercises);
      break;
    case PROP_PAIN_BEFORE:
      g_value_set_int (value, self->pain_before);
      break;
    case PROP_PAIN_AFTER:
      g_value_set_int (value, self->pain_after);
      break;
    case PROP_EFFORT:
      g_value_set_enum (value, self->effort);
      break;
    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_history_record_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  LimberHistoryRecord *self = LIMBER_HISTORY_RECORD (object);

  switch (prop_id)
    {
    case PROP_PAIN_BEFORE:
      limber_history_record_set_pain_before (self, g_value_get_int (value));
      break;
    case PROP_PAIN_AFTER:
      limber_history_record_set_pain_after (self, g_value_get_int (value));
      break;
    case PROP_EFFORT:
      limber_history_record_set_effort (self, g_value_get_enum (value));
      break;
    case PROP_NOTE:
      limber_history_record_set_note (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_history_record_class_init (LimberHistoryRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = limber_history_record_finalize;
  object_class->get_property = limber_history_record_get_property;
  object_class->set_property = limber_history_record_set_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, ro);
  properties[PROP_START] = g_param_spec_boxed ("start", NULL, NULL, G_TYPE_DATE_TIME, ro);
  properties[PROP_END] = g_param_spec_boxed ("end", NULL, NULL, G_TYPE_DATE_TIME, ro);
  properties[PROP_ROUTINE_ID] = g_param_spec_string ("routine-id", NULL, NULL, NULL, ro);
  properties[PROP_ROUTINE_TITLE] = g_param_spec_string ("routine-title", NULL, NULL, NULL, ro);
  properties[PROP_PLANNED_SECONDS] =
    g_param_spec_uint ("planned-seconds", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_ACTIVE_SECONDS] =
    g_param_spec_uint ("active-seconds", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_COMPLETED] = g_param_spec_boolean ("completed", NULL, NULL, FALSE, ro);
  properties[PROP_N_EXERCISES] =
    g_param_spec_uint ("n-exercises", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_PAIN_BEFORE] =
    g_param_spec_int ("pain-before", NULL, NULL, LIMBER_PAIN_UNSET, 10, LIMBER_PAIN_UNSET, rw);
  properties[PROP_PAIN_AFTER] =
    g_param_spec_int ("pain-after", NULL, NULL, LIMBER_PAIN_UNSET, 10, LIMBER_PAIN_UNSET, rw);
  properties[PROP_EFFORT] =
    g_param_spec_enum ("effort", NULL, NULL, LIMBER_TYPE_EFFORT, LIMBER_EFFORT_UNSET, rw);
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, NULL, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
limber_history_record_init (LimberHistoryRecord *self)
{
  self->version = LIMBER_HISTORY_FORMAT_VERSION;
  self->pain_before = LIMBER_PAIN_UNSET;
  self->pain_after = LIMBER_PAIN_UNSET;
}

LimberHistoryRecord *
limber_history_record_new (const char *routine_id,
                           const char *routine_title,
                           GDateTime  *start,
                           GDateTime  *end,
                           guint       planned_seconds,
                           guint       active_seconds,
                           gboolean    completed)
{
  LimberHistoryRecord *self;

  g_return_val_if_fail (routine_id != NULL, NULL);
  g_return_val_if_fail (routine_title != NULL, NULL);
  g_return_val_if_fail (start != NULL, NULL);
  g_return_val_if_fail (end != NULL, NULL);

  self = g_object_new (LIMBER_TYPE_HISTORY_RECORD, NULL);
  self->id = g_uuid_string_random ();
  self->routine_id = g_ref_string_new_intern (routine_id);
  self->routine_title = g_ref_string_new_intern (routine_title);
  self->start_unix = g_date_time_to_unix (start);
  self->start_offset = (gint) (g_date_time_get_utc_offset (start) / G_TIME_SPAN_SECOND);
  self->end_unix = g_date_time_to_unix (end);
  self->end_offset = (gint) (g_date_time_get_utc_offset (end) / G_TIME_SPAN_SECOND);
  self->planned_seconds = planned_seconds;
  self->active_seconds = active_seconds;
  self->completed = !!completed;
  return self;
}

void
limber_history_record_add_exercise (LimberHistoryRecord *self,
                                    const char          *name,
                                    guint                sets_done,
                                    guint                sets_planned,
                                    guint                sets_skipped)
{
  LimberHistoryExercise *ex;

  g_return_if_fail (LIMBER_IS_HISTORY_RECORD (self));
  g_return_if_fail (name != NULL);

  self->exercises = g_renew (LimberHistoryExercise, self->exercises, self->n_exercises + 1);
  ex = &self->exercises[self->n_exercises++];
  ex->name = g_ref_string_new_intern (name);
  ex->sets_done = sets_done;
  ex->sets_planned = sets_planned;
  ex->sets_skipped = sets_skipped;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_EXERCISES]);
}

LimberHistoryRecord *
limber_history_record_new_from_session (LimberSession *session,
                                        GDateTime     *start,
                                        GDateTime     *end)
{
  LimberSessionState state;
  LimberHistoryRecord *self;
  LimberPlan *plan;
  guint n_exercises, n_steps;
  g_autofree const LimberStep **first_work = NULL;
  gint64 active_ms;

  g_return_val_if_fail (LIMBER_IS_SESSION (session), NULL);
  g_return_val_if_fail (start != NULL, NULL);
  g_return_val_if_fail (end != NULL, NULL);
  state = limber_session_get_state (session);
  g_return_val_if_fail (state == LIMBER_SESSION_FINISHED || state == LIMBER_SESSION_STOPPED, NULL);

  if (!limber_session_get_did_work (session))
    return NULL;

  plan = limber_session_get_plan (session);
  active_ms = MAX (limber_session_get_active_ms (session), 0);
  self = limber_history_record_new (limber_plan_get_routine_id (plan),
                                    limber_plan_get_routine_title (plan),
                                    start, end,
                                    limber_plan_get_total_seconds (plan),
                                    (guint) MIN ((active_ms + 500) / 1000, G_MAXUINT),
                                    state == LIMBER_SESSION_FINISHED);
  self->level = limber_plan_get_level (plan);

  n_exercises = limber_plan_get_n_exercises (plan);
  n_steps = limber_plan_get_n_steps (plan);
  first_work = g_new0 (const LimberStep *, MAX (n_exercises, 1));
  for (guint i = 0; i < n_steps; i++)
    {
      const LimberStep *step = limber_plan_get_step (plan, i);

      if (step->kind == LIMBER_STEP_WORK && step->exercise_index < n_exercises
          && first_work[step->exercise_index] == NULL)
        first_work[step->exercise_index] = step;
    }

  for (guint i = 0; i < n_exercises; i++)
    {
      const LimberStep *step = first_work[i];

      limber_history_record_add_exercise (self,
                                          step != NULL ? step->name : "",
                                          limber_session_get_completed_sets (session, i),
                                          step != NULL ? step->n_sets * step->n_rounds : 0,
                                          limber_session_get_skipped_sets (session, i));
    }

  return self;
}

/* Accessors --------------------------------------------------------------- */

const char *
limber_history_record_get_id (LimberHistoryRecord *self)
{
  g_return_val_if_fail (LIMBER_IS_HISTORY_RECORD (self), NULL);
  return self->id;
}

static GDateTime *
make_date_time (gint64 unix_time,
                gint   offset)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_offset (offset);
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (unix_time);

  return g_date_time_to_timezone (utc, tz);
}

GDateTime *
limber_history_record_dup_start (LimberHistoryRecord *self)
{
  g_return_val_if_fail (LIMBER_IS_HISTORY_RECORD (self), NULL);
  return make_date_time (self->start_unix, self->start_offset);
}

GDateTime *
limber_history_record_dup_end (LimberHistoryRecord *self)
{
  g_return_val_if_fail (LIMBER_IS_HISTORY_RECORD (self), NULL);
  return make_date_time (self->end_unix, self->end_offset);
}

gint64
limber_history_record_get_start_unix (LimberHistoryRecord *self)
{
  g_return_val_if_fail (LIMBER_IS_HISTORY_RECORD (self), 0);
  return self->start_unix;
}

gint
limber_history_record_get_start_offset (LimberHistoryRecord *self)
{
  g_return_val_if_fail (LIMBER_IS_HISTORY_RECORD (self), 0);
  return self->start_offset;
}

gint64
limber_history_record_get_end_unix (LimberHistoryRecord *self)
{
  g_return_val_if_fail (LIMBER_IS_HISTORY_RECORD (self), 0);
  return self->end_unix;
}

gint
limber_history_record_get_end_offset (LimberHistoryRecord *self)
{
  g_return_val_if_fail (LIMBER_IS_HISTORY_RECORD (self), 0);
  return self->end_offset;
}

const char *
limber_history_record_get_routine_id (LimberHistoryRecord *self)
{
  g_return_val_if_fail (LIMBER_IS_HISTORY_RECORD (self), NULL);
  return self->routine_id;
}

const char *
limber_history_record_get_routine_title (LimberHistoryRecord *self)
{
  g_return_val_if_fail (LIMBER_IS_HISTORY_RECORD (self), NULL);
  return self->routine_title;
}

guint
limber_history_record_get_planned_seconds (LimberHistoryRecord *self)
{
  g_return_val_if_fail (LIMBER_IS_HISTORY_RECORD (self), 0);
  return self->planned_seconds;
}

guint
limber_history_record_get_active_seconds (LimberHistoryRecord *self)
{
  g_return_val_if_fail (LIMBER_IS_HISTORY_RECORD (self), 0);
  return self->active_seconds;
}

gboolean
limber_history_record_get_completed (LimberHistoryRecord *self)
{
  g_return_val_if_fail (LIMBER_IS_HISTORY_RECORD (self), FALSE);
  return self->completed;
}

guint
limber_history_record_get_version (LimberHistoryRecord *self)
{
  g_return_val_if_fail (LIMBER_IS_HISTORY_RECORD (self), 0);
  return self->version;
}

guint
limber_history_record_get_n_exercises (LimberHistoryRecord *self)
{
  g_return_val_if_fail (LIMBER_IS_HISTORY_RECORD (self), 0);
  return self->n_exercises;
}

const LimberHistoryExercise *
limber_history_record_get_exercise (LimberHistoryRecord *self,
                                    guint                index)
{
  g_return_val_if_fail (LIMBER_IS_HISTORY_RECORD (self), NULL);
  if (index >= self->n_exercises)
    return NULL;
  return &self->exercises[index];
}

void
limber_history_record_get_set_totals (LimberHistoryRecord *self,
                                      guint               *done,
                                      guint               *planned,
                                      guint               *skipped)
{
  guint d = 0, p = 0, s = 0;

  g_return_if_fail (LIMBER_IS_HISTORY_RECORD (self));

  for (guint i = 0; i < self->n_exercises; i++)
    {
      d += self->exercises[i].sets_done;
      p += self->exercises[i].sets_planned;
      s += self->exercises[i].sets_skipped;
    }
  if (done != NULL)
    *done = d;
  if (planned != NULL)
    *planned = p;
  if (skipped != NULL)
    *skipped = s;
}

gint
limber_history_record_get_pain_before (LimberHistoryRecord *self)
{
  g_return_val_if_fail (LIMBER_IS_HISTORY_RECORD (self), LIMBER_PAIN_UNSET);
  return self->pain_before;
}

void
limber_history_record_set_pain_before (LimberHistoryRecord *self,
                                       gint                 pain)
{
  g_return_if_fail (LIMBER_IS_HISTORY_RECORD (self));
  g_return_if_fail (pain >= LIMBER_PAIN_UNSET && pain <= 10);

  if (self->pain_before == pain)
    return;
  self->pain_before = pain;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAIN_BEFORE]);
}

gint
limber_history_record_get_pain_after (LimberHistoryRecord *self)
{
  g_return_val_if_fail (LIMBER_IS_HISTORY_RECORD (self), LIMBER_PAIN_UNSET);
  return self->pain_after;
}

void
limber_history_record_set_pain_after (LimberHistoryRecord *self,
                                      gint                 pain)
{
  g_return_if_fail (LIMBER_IS_HISTORY_RECORD (self));
  g_return_if_fail (pain >= LIMBER_PAIN_UNSET && pain <= 10);

  if (self->pain_after == pain)
    return;
  self->pain_after = pain;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAIN_AFTER]);
}

LimberEffort
limber_history_record_get_effort (LimberHistoryRecord *self)
{
  g_return_val_if_fail (LIMBER_IS_HISTORY_RECORD (self), LIMBER_EFFORT_UNSET);
  return self->effort;
}

void
limber_history_record_set_effort (LimberHistoryRecord *self,
                                  LimberEffort         effort)
{
  g_return_if_fail (LIMBER_IS_HISTORY_RECORD (self));
  g_return_if_fail (effort >= LIMBER_EFFORT_UNSET && effort <= LIMBER_EFFORT_HARD);

  if (self->effort == effort)
    return;
  self->effort = effort;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EFFORT]);
}

const char *
limber_history_record_get_note (LimberHistoryRecord *self)
{
  g_return_val_if_fail (LIMBER_IS_HISTORY_RECORD (self), NULL);
  return self->note;
}

void
limber_history_record_set_note (LimberHistoryRecord *self,
                                const char          *note)
{
  g_return_if_fail (LIMBER_IS_HISTORY_RECORD (self));
  g_return_if_fail (note == NULL || g_utf8_validate (note, -1, NULL));

  if (note != NULL && note[0] == '\0')
    note = NULL;
  if (g_strcmp0 (self->note, note) == 0)
    return;
  g_free (self->note);
  self->note = g_strdup (note);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
}

int
limber_history_record_get_level (LimberHistoryRecord *self)
{
  g_return_val_if_fail (LIMBER_IS_HISTORY_RECORD (self), 0);
  return self->level;
}

void
limber_history_record_set_level (LimberHistoryRecord *self,
                                 int                  level)
{
  g_return_if_fail (LIMBER_IS_HISTORY_RECORD (self));
  g_return_if_fail (level >= LIMBER_LEVEL_MIN && level <= LIMBER_LEVEL_MAX);
  self->level = level;
}

gboolean
limber_history_record_get_easy_day (LimberHistoryRecord *self)
{
  g_return_val_if_fail (LIMBER_IS_HISTORY_RECORD (self), FALSE);
  return self->easy_day;
}

void
limber_history_record_set_easy_day (LimberHistoryRecord *self,
                                    gboolean             easy_day)
{
  g_return_if_fail (LIMBER_IS_HISTORY_RECORD (self));
  self->easy_day = !!easy_day;
}

LimberSuggestionKind
limber_history_record_get_suggestion (LimberHistoryRecord      *self,
                                      int                      *level,
                                      LimberSuggestionResponse *response)
{
  g_return_val_if_fail (LIMBER_IS_HISTORY_RECORD (self), LIMBER_SUGGESTION_NONE);

  if (level != NULL)
    *level = self->suggestion_level;
  if (response != NULL)
    *response = self->suggestion_response;
  return self->suggestion;
}

void
limber_history_record_set_suggestion (LimberHistoryRecord      *self,
                                      LimberSuggestionKind      kind,
                                      int                       level,
                                      LimberSuggestionResponse  response)
{
  g_return_if_fail (LIMBER_IS_HISTORY_RECORD (self));
  g_return_if_fail (kind >= LIMBER_SUGGESTION_NONE && kind <= LIMBER_SUGGESTION_STEP_UP);
  g_return_if_fail (kind == LIMBER_SUGGESTION_NONE || (level >= LIMBER_LEVEL_MIN && level <= LIMBER_LEVEL_MAX));
  g_return_if_fail (response >= LIMBER_SUGGESTION_RESPONSE_SHOWN && response <= LIMBER_SUGGESTION_RESPONSE_DISMISSED);

  self->suggestion = kind;
  self->suggestion_level = kind != LIMBER_SUGGESTION_NONE ? level : 0;
  self->suggestion_response = kind != LIMBER_SUGGESTION_NONE ? response : LIMBER_SUGGESTION_RESPONSE_SHOWN;
}
