/* limber-sitting-model.c: how long the person has sat, and when to remind them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-sitting"

#include "config.h"

#include <string.h>

#include "limber-object-private.h"
#include "limber-sitting-model.h"
#include "limber-sitting-model-private.h"
#include "limber-reminder-settings.h"

#define DEFAULT_WORK_DAYS 0x1f  /* Monday to Friday */

struct _LimberSittingModel
{
  GObject parent_instance;

  LimberClock *clock;
  LimberIdleSource *idle_source;

  /* Settings */
  gboolean enabled;
  guint interval_min;
  guint natural_break_min;
  LimberWorkHours hours;
  gint64 paused_until;         /* Unix µs, 0: not paused */

  /* Inputs */
  gboolean away;
  gint64 away_since;           /* monotonic µs, while away */
  gboolean locked;
  gboolean suspended;
  gboolean session_running;

  /* The stretch (monotonic µs) */
  gboolean sitting;
  gint64 sitting_since;
  gint64 anchor;               /* the next reminder is due interval after this */
  gint64 snooze_until;         /* 0: no snooze */
  gboolean reminder_waiting;
  gint64 started_at;           /* Start on a reminder, or -1 */

  guint deadline_id;

  /* Today */
  int day_key;                 /* yyyymmdd of the wall clock */
  LimberSittingDay today;
};

G_DEFINE_FINAL_TYPE (LimberSittingModel, limber_sitting_model, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ENABLED,
  PROP_INTERVAL,
  PROP_NATURAL_BREAK,
  PROP_WORK_DAYS,
  PROP_WORK_START,
  PROP_WORK_END,
  PROP_PAUSED_UNTIL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  REMIND,
  WITHDRAW,
  BREAK_EVENT,
  SITTING_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];


static void reschedule (LimberSittingModel *self);

const char *
limber_break_kind_to_string (LimberBreakKind kind)
{
  switch (kind)
    {
    case LIMBER_BREAK_REMINDED_STARTED:
      return "reminded-started";
    case LIMBER_BREAK_NATURAL:
      return "natural";
    case LIMBER_BREAK_SKIPPED:
      return "skipped";
    case LIMBER_BREAK_SNOOZED:
      return "snoozed";
    default:
      return "unknown";
    }
}

/* Time and the calendar */

static gint64
now_mono (LimberSittingModel *self)
{
  return limber_clock_get_time (self->clock);
}

static gint64
to_unix_us (GDateTime *time)
{
  return g_date_time_to_unix (time) * G_USEC_PER_SEC + g_date_time_get_microsecond (time);
}

gboolean
limber_sitting_model_in_work_hours (LimberSittingModel *self,
                                    GDateTime          *time)
{
  g_autoptr(GDateTime) end = NULL;

  g_return_val_if_fail (LIMBER_IS_SITTING_MODEL (self), FALSE);
  g_return_val_if_fail (time != NULL, FALSE);

  end = limber_work_hours_shift_end (&self->hours, time);
  return end != NULL;
}

/* Today's figures */

static void
roll_day (LimberSittingModel *self)
{
  g_autoptr(GDateTime) wall = limber_clock_get_wall_time (self->clock);
  int y, m, d, key;

  g_date_time_get_ymd (wall, &y, &m, &d);
  key = y * 10000 + m * 100 + d;
  if (key == self->day_key)
    return;

  self->day_key = key;
  self->today = (LimberSittingDay) { 0, };
}

static void
emit_break_event (LimberSittingModel *self,
                  LimberBreakKind     kind,
                  gint64              at,
                  gint64              sat_us,
                  const char         *routine_id)
{
  g_autoptr(GDateTime) wall = limber_clock_get_wall_time (self->clock);
  g_autoptr(GDateTime) time = g_date_time_add (wall, at - now_mono (self));

  roll_day (self);
  switch (kind)
    {
    case LIMBER_BREAK_REMINDED_STARTED:
    case LIMBER_BREAK_NATURAL:
      self->today.breaks++;
      break;
    case LIMBER_BREAK_SKIPPED:
      self->today.skipped++;
      break;
    case LIMBER_BREAK_SNOOZED:
      self->today.snoozed++;
      break;
    default:
      g_assert_not_reached ();
    }

  g_debug ("Break event %s after %" G_GINT64_FORMAT " s of sitting",
           limber_break_kind_to_string (kind), sat_us / G_USEC_PER_SEC);
  g_signal_emit (self, signals[BREAK_EVENT], 0, (int) kind, time,
                 (guint) (MAX (sat_us, 0) / G_TIME_SPAN_MINUTE), routine_id);
}

/* The stretch */

static void
withdraw (LimberSittingModel *self)
{
  if (!self->reminder_waiting)
    return;

  self->reminder_waiting = FALSE;
  g_signal_emit (self, signals[WITHDRAW], 0);
}

/* Ends the stretch at @end (≤ now); @kind is the break it makes, recorded
 * when @record. */
static void
end_stretch (LimberSittingModel *self,
             gint64              end,
             gboolean            record,
             LimberBreakKind     kind,
             const char         *routine_id)
{
  gint64 sat;

  g_assert (self->sitting);

  end = MAX (end, self->sitting_since);
  sat = end - self->sitting_since;

  roll_day (self);
  self->today.longest_sitting_us = MAX (self->today.longest_sitting_us, sat);

  self->sitting = FALSE;
  self->snooze_until = 0;

  if (kind == LIMBER_BREAK_NATURAL)
    withdraw (self);
  self->reminder_waiting = FALSE;

  if (record)
    emit_break_event (self, kind, end, sat, routine_id);
}

static void
start_stretch (LimberSittingModel *self)
{
  g_assert (!self->sitting);

  self->sitting = TRUE;
  self->sitting_since = now_mono (self);
  self->anchor = self->sitting_since;
  self->snooze_until = 0;
  self->reminder_waiting = FALSE;
}

static gboolean
should_sit (LimberSittingModel *self)
{
  return !self->away && !self->locked && !self->suspended && !self->session_running;
}

/* Follows the inputs: ends or starts the stretch. @end is when the person
 * stopped sitting, if that is the change. */
static void
update_sitting (LimberSittingModel *self,
                gint64              end)
{
  gboolean sit = should_sit (self);

  if (sit == self->sitting)
    return;

  if (!sit)
    {
      gint64 now = now_mono (self);
      gboolean record = end - self->sitting_since >= LIMBER_SITTING_MIN_STRETCH_US;

      /* The session that Start opened is the break recorded by start (). */
      if (self->session_running && self->started_at >= 0 &&
          now - self->started_at <= LIMBER_SITTING_START_GRACE_US)
        record = FALSE;
      self->started_at = -1;

      end_stretch (self, end, record, LIMBER_BREAK_NATURAL, NULL);
    }
  else
    {
      start_stretch (self);
    }

  reschedule (self);
  g_signal_emit (self, signals[SITTING_CHANGED], 0);
}

/* Reminders */

static gint64
due_time (LimberSittingModel *self)
{
  if (self->snooze_until > 0)
    return self->snooze_until;

  return self->anchor + (gint64) self->interval_min * G_TIME_SPAN_MINUTE;
}

static void
on_deadline (gpointer user_data)
{
  LimberSittingModel *self = user_data;
  g_autoptr(GDateTime) wall = NULL;
  g_autoptr(GDateTime) shift_end = NULL;
  gint64 now, wall_us;
  guint minutes;

  self->deadline_id = 0;

  if (!self->enabled || !self->sitting)
    return;

  now = now_mono (self);
  if (due_time (self) > now)
    {
      reschedule (self);
      return;
    }

  wall = limber_clock_get_wall_time (self->clock);
  wall_us = to_unix_us (wall);

  if (self->paused_until > wall_us)
    {
      g_debug ("Reminder waits for the end of the pause");
      self->deadline_id = limber_clock_add_deadline (self->clock,
                                                     now + (self->paused_until - wall_us),
                                                     on_deadline, self);
      return;
    }

  shift_end = limber_work_hours_shift_end (&self->hours, wall);
  if (shift_end == NULL)
    {
      g_autoptr(GDateTime) next = limber_work_hours_next_start (&self->hours, wall);

      g_debug ("Reminder waits for the work hours");
      if (next != NULL)
        self->deadline_id = limber_clock_add_deadline (self->clock,
                                                       now + g_date_time_difference (next, wall),
                                                       on_deadline, self);
      return;
    }

  minutes = (guint) ((now - self->sitting_since) / G_TIME_SPAN_MINUTE);
  self->anchor = now;
  self->snooze_until = 0;
  self->reminder_waiting = TRUE;
  reschedule (self);

  g_debug ("Reminder after %u minutes of sitting", minutes);
  g_signal_emit (self, signals[REMIND], 0, minutes);
}

static void
reschedule (LimberSittingModel *self)
{
  if (self->deadline_id != 0)
    {
      limber_clock_remove (self->clock, self->deadline_id);
      self->deadline_id = 0;
    }

  if (!self->enabled || !self->sitting)
    return;

  self->deadline_id = limber_clock_add_deadline (self->clock, due_time (self), on_deadline, self);
}

/* Inputs */

/* Sets one of the states that stop the sitting; TRUE when it changed. */
static gboolean
set_state (LimberSittingModel *self,
           gboolean           *state,
           gboolean            value)
{
  value = !!value;
  if (*state == value)
    return FALSE;

  *state = value;
  update_sitting (self, now_mono (self));
  return TRUE;
}

static void
on_idle (LimberIdleSource   *source,
         gint64              idle_us,
         LimberSittingModel *self)
{
  gint64 now = now_mono (self);

  if (idle_us < (gint64) self->natural_break_min * G_TIME_SPAN_MINUTE)
    return;

  self->away = TRUE;
  self->away_since = now - idle_us;
  update_sitting (self, self->away_since);
}

static void
on_active (LimberIdleSource   *source,
           LimberSittingModel *self)
{
  set_state (self, &self->away, FALSE);
}

void
limber_sitting_model_set_idle_source (LimberSittingModel *self,
                                      LimberIdleSource   *source)
{
  g_return_if_fail (LIMBER_IS_SITTING_MODEL (self));
  g_return_if_fail (source == NULL || LIMBER_IS_IDLE_SOURCE (source));

  if (self->idle_source == source)
    return;

  if (self->idle_source != NULL)
    g_signal_handlers_disconnect_by_data (self->idle_source, self);
  g_set_object (&self->idle_source, source);

  if (source != NULL)
    {
      g_signal_connect (source, "idle", G_CALLBACK (on_idle), self);
      g_signal_connect (source, "active", G_CALLBACK (on_active), self);
      limber_idle_source_set_threshold (source,
                                        (gint64) self->natural_break_min * G_TIME_SPAN_MINUTE);
    }

  set_state (self, &self->away, FALSE);
}

void
limber_sitting_model_set_locked (LimberSittingModel *self,
                                 gboolean            locked)
{
  g_return_if_fail (LIMBER_IS_SITTING_MODEL (self));

  set_state (self, &self->locked, locked);
}

void
limber_sitting_model_set_suspended (LimberSittingModel *self,
                                    gboolean            suspended)
{
  g_return_if_fail (LIMBER_IS_SITTING_MODEL (self));

  /* After a resume the wall clock has jumped: map the deadline again. */
  if (set_state (self, &self->suspended, suspended))
    reschedule (self);
}

void
limber_sitting_model_set_session_running (LimberSittingModel *self,
                                          gboolean            running)
{
  g_return_if_fail (LIMBER_IS_SITTING_MODEL (self));

  set_state (self, &self->session_running, running);
}

/* Settings */

void
limber_sitting_model_set_enabled (LimberSittingModel *self,
                                  gboolean            enabled)
{
  g_return_if_fail (LIMBER_IS_SITTING_MODEL (self));

  enabled = !!enabled;
  if (self->enabled == enabled)
    return;

  self->enabled = enabled;
  if (!enabled)
    withdraw (self);
  reschedule (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENABLED]);
}

void
limber_sitting_model_set_interval (LimberSittingModel *self,
                                   guint               minutes)
{
  gint64 now;

  g_return_if_fail (LIMBER_IS_SITTING_MODEL (self));
  g_return_if_fail (minutes >= 1 && minutes <= 240);

  if (self->interval_min == minutes)
    return;

  self->interval_min = minutes;

  /* Counting goes on with the new interval from the same start; if that
   * is already over, the reminder comes shortly, not at once. */
  now = now_mono (self);
  if (self->sitting && self->snooze_until == 0 &&
      due_time (self) < now + LIMBER_SITTING_CHANGE_GRACE_US)
    self->anchor = now + LIMBER_SITTING_CHANGE_GRACE_US - (gint64) minutes * G_TIME_SPAN_MINUTE;

  reschedule (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INTERVAL]);
}

void
limber_sitting_model_set_natural_break (LimberSittingModel *self,
                                        guint               minutes)
{
  g_return_if_fail (LIMBER_IS_SITTING_MODEL (self));
  g_return_if_fail (minutes >= 1 && minutes <= 60);

  if (self->natural_break_min == minutes)
    return;

  self->natural_break_min = minutes;
  if (self->idle_source != NULL)
    limber_idle_source_set_threshold (self->idle_source, (gint64) minutes * G_TIME_SPAN_MINUTE);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NATURAL_BREAK]);
}

void
limber_sitting_model_set_work_days (LimberSittingModel *self,
                                    const char * const *days)
{
  guint8 mask;

  g_return_if_fail (LIMBER_IS_SITTING_MODEL (self));

  mask = limber_work_days_parse (days);
  if (self->hours.days == mask)
    return;

  self->hours.days = mask;
  reschedule (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORK_DAYS]);
}

static char *
format_hhmm (guint minutes)
{
  return g_strdup_printf ("%02u:%02u", minutes / 60, minutes % 60);
}

gboolean
limber_sitting_model_set_work_hours (LimberSittingModel  *self,
                                     const char          *start,
                                     const char          *end,
                                     GError             **error)
{
  guint start_min, end_min;

  g_return_val_if_fail (LIMBER_IS_SITTING_MODEL (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!limber_reminder_parse_time (start, &start_min))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   "Setting work-start: “%s” is not a time of day as HH:MM (00:00 to 23:59)",
                   start != NULL ? start : "");
      return FALSE;
    }
  if (!limber_reminder_parse_time (end, &end_min))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   "Setting work-end: “%s” is not a time of day as HH:MM (00:00 to 23:59)",
                   end != NULL ? end : "");
      return FALSE;
    }

  limber_object_set_uint (G_OBJECT (self), &self->hours.start_min, start_min, properties[PROP_WORK_START]);
  limber_object_set_uint (G_OBJECT (self), &self->hours.end_min, end_min, properties[PROP_WORK_END]);
  reschedule (self);

  return TRUE;
}

static void
set_one_hour (LimberSittingModel *self,
              const char         *text,
              gboolean            is_start)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *start = format_hhmm (self->hours.start_min);
  g_autofree char *end = format_hhmm (self->hours.end_min);

  if (!limber_sitting_model_set_work_hours (self, is_start ? text : start,
                                            is_start ? end : text, &error))
    g_warning ("%s; the hours stay %s–%s", error->message, start, end);
}

void
limber_sitting_model_set_paused_until (LimberSittingModel *self,
                                       gint64              unix_us)
{
  g_return_if_fail (LIMBER_IS_SITTING_MODEL (self));

  unix_us = MAX (unix_us, 0);
  if (self->paused_until == unix_us)
    return;

  self->paused_until = unix_us;
  reschedule (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAUSED_UNTIL]);
}

LIMBER_DEFINE_GETTER (LimberSittingModel, limber_sitting_model, LIMBER_IS_SITTING_MODEL,
                      gint64, paused_until, 0)

void
limber_sitting_model_pause_for (LimberSittingModel *self,
                                gint64              us)
{
  g_autoptr(GDateTime) wall = NULL;

  g_return_if_fail (LIMBER_IS_SITTING_MODEL (self));
  g_return_if_fail (us > 0);

  wall = limber_clock_get_wall_time (self->clock);
  withdraw (self);
  limber_sitting_model_set_paused_until (self, to_unix_us (wall) + us);
}

void
limber_sitting_model_pause_today (LimberSittingModel *self)
{
  g_autoptr(GDateTime) wall = NULL;

  g_return_if_fail (LIMBER_IS_SITTING_MODEL (self));

  wall = limber_clock_get_wall_time (self->clock);
  withdraw (self);
  limber_sitting_model_set_paused_until (self,
                                         limber_reminder_pause_end (wall, LIMBER_REMINDER_PAUSE_TODAY,
                                                                    &self->hours));
}

/* Answers */

void
limber_sitting_model_start (LimberSittingModel *self,
                            const char         *routine_id)
{
  gint64 now;

  g_return_if_fail (LIMBER_IS_SITTING_MODEL (self));

  now = now_mono (self);
  self->reminder_waiting = FALSE;

  if (self->sitting)
    {
      end_stretch (self, now, TRUE, LIMBER_BREAK_REMINDED_STARTED, routine_id);
      start_stretch (self);
    }
  else
    {
      emit_break_event (self, LIMBER_BREAK_REMINDED_STARTED, now, 0, routine_id);
    }

  self->started_at = now;
  reschedule (self);
}

gboolean
limber_sitting_model_snooze (LimberSittingModel *self)
{
  gint64 now;

  g_return_val_if_fail (LIMBER_IS_SITTING_MODEL (self), FALSE);

  if (!self->reminder_waiting)
    return FALSE;

  now = now_mono (self);
  self->reminder_waiting = FALSE;
  self->snooze_until = now + LIMBER_SITTING_SNOOZE_US;
  reschedule (self);
  emit_break_event (self, LIMBER_BREAK_SNOOZED, now, now - self->sitting_since, NULL);

  return TRUE;
}

gboolean
limber_sitting_model_skip (LimberSittingModel *self)
{
  gint64 now;

  g_return_val_if_fail (LIMBER_IS_SITTING_MODEL (self), FALSE);

  if (!self->reminder_waiting)
    return FALSE;

  now = now_mono (self);
  self->reminder_waiting = FALSE;
  self->snooze_until = 0;
  self->anchor = now;
  reschedule (self);
  emit_break_event (self, LIMBER_BREAK_SKIPPED, now, now - self->sitting_since, NULL);

  return TRUE;
}

/* State */

gboolean
limber_sitting_model_is_sitting (LimberSittingModel *self)
{
  g_return_val_if_fail (LIMBER_IS_SITTING_MODEL (self), FALSE);

  return self->sitting;
}

gint64
limber_sitting_model_get_sitting_us (LimberSittingModel *self)
{
  g_return_val_if_fail (LIMBER_IS_SITTING_MODEL (self), 0);

  if (!self->sitting)
    return 0;

  return now_mono (self) - self->sitting_since;
}

LIMBER_DEFINE_GETTER (LimberSittingModel, limber_sitting_model, LIMBER_IS_SITTING_MODEL,
                      gboolean, reminder_waiting, FALSE)

void
limber_sitting_model_get_today (LimberSittingModel *self,
                                LimberSittingDay   *day)
{
  g_return_if_fail (LIMBER_IS_SITTING_MODEL (self));
  g_return_if_fail (day != NULL);

  roll_day (self);
  *day = self->today;
  day->longest_sitting_us = MAX (day->longest_sitting_us,
                                 limber_sitting_model_get_sitting_us (self));
}

guint
limber_sitting_model_get_n_deadlines (LimberSittingModel *self)
{
  g_return_val_if_fail (LIMBER_IS_SITTING_MODEL (self), 0);

  return self->deadline_id != 0 ? 1 : 0;
}

/* GSettings */

void
limber_sitting_model_bind_settings (LimberSittingModel *self,
                                    GSettings          *settings)
{
  static const struct { const char *key; const char *property; } bindings[] = {
    { "break-reminders", "enabled" },
    { "break-interval", "interval" },
    { "natural-break", "natural-break" },
    { "work-days", "work-days" },
    { "work-start", "work-start" },
    { "work-end", "work-end" },
    { "reminders-paused-until", "paused-until" },
  };

  g_return_if_fail (LIMBER_IS_SITTING_MODEL (self));
  g_return_if_fail (G_IS_SETTINGS (settings));

  for (guint i = 0; i < G_N_ELEMENTS (bindings); i++)
    g_settings_bind (settings, bindings[i].key, self, bindings[i].property,
                     G_SETTINGS_BIND_DEFAULT);
}

/* GObject */

static void
limber_sitting_model_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  LimberSittingModel *self = LIMBER_SITTING_MODEL (object);

  switch (prop_id)
    {
    case PROP_ENABLED:
      g_value_set_boolean (value, self->enabled);
      break;
    case PROP_INTERVAL:
      g_value_set_uint (value, self->interval_min);
      break;
    case PROP_NATURAL_BREAK:
      g_value_set_uint (value, self->natural_break_min);
      break;
    case PROP_WORK_DAYS:
      {
        GStrvBuilder *builder = g_strv_builder_new ();

        for (guint d = 0; d < 7; d++)
          if (self->hours.days & (1u << d))
            g_strv_builder_add (builder, limber_work_day_names[d]);
        g_value_take_boxed (value, g_strv_builder_end (builder));
        g_strv_builder_unref (builder);
      }
      break;
    case PROP_WORK_START:
      g_value_take_string (value, format_hhmm (self->hours.start_min));
      break;
    case PROP_WORK_END:
      g_value_take_string (value, format_hhmm (self->hours.end_min));
      break;
    case PROP_PAUSED_UNTIL:
      g_value_set_int64 (value, self->paused_until);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_sitting_model_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  LimberSittingModel *self = LIMBER_SITTING_MODEL (object);

  switch (prop_id)
    {
    case PROP_ENABLED:
      limber_sitting_model_set_enabled (self, g_value_get_boolean (value));
      break;
    case PROP_INTERVAL:
      limber_sitting_model_set_interval (self, g_value_get_uint (value));
      break;
    case PROP_NATURAL_BREAK:
      limber_sitting_model_set_natural_break (self, g_value_get_uint (value));
      break;
    case PROP_WORK_DAYS:
      limber_sitting_model_set_work_days (self, g_value_get_boxed (value));
      break;
    case PROP_WORK_START:
      set_one_hour (self, g_value_get_string (value), TRUE);
      break;
    case PROP_WORK_END:
      set_one_hour (self, g_value_get_string (value), FALSE);
      break;
    case PROP_PAUSED_UNTIL:
      limber_sitting_model_set_paused_until (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_sitting_model_dispose (GObject *object)
{
  LimberSittingModel *self = LIMBER_SITTING_MODEL (object);

  if (self->deadline_id != 0 && self->clock != NULL)
    limber_clock_remove (self->clock, self->deadline_id);
  self->deadline_id = 0;

  if (self->idle_source != NULL)
    g_signal_handlers_disconnect_by_data (self->idle_source, self);
  g_clear_object (&self->idle_source);
  g_clear_object (&self->clock);

  G_OBJECT_CLASS (limber_sitting_model_parent_class)->dispose (object);
}

static void
limber_sitting_model_class_init (LimberSittingModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->get_property = limber_sitting_model_get_property;
  object_class->set_property = limber_sitting_model_set_property;
  object_class->dispose = limber_sitting_model_dispose;

  properties[PROP_ENABLED] =
    g_param_spec_boolean ("enabled", NULL, NULL, FALSE, flags);
  properties[PROP_INTERVAL] =
    g_param_spec_uint ("interval", NULL, NULL, 1, 240, 30, flags);
  properties[PROP_NATURAL_BREAK] =
    g_param_spec_uint ("natural-break", NULL, NULL, 1, 60, 5, flags);
  properties[PROP_WORK_DAYS] =
    g_param_spec_boxed ("work-days", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_WORK_START] =
    g_param_spec_string ("work-start", NULL, NULL, "09:00", flags);
  properties[PROP_WORK_END] =
    g_param_spec_string ("work-end", NULL, NULL, "18:00", flags);
  properties[PROP_PAUSED_UNTIL] =
    g_param_spec_int64 ("paused-until", NULL, NULL, 0, G_MAXINT64, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LimberSittingModel::remind:
   * @minutes: how long the person has sat
   */
  signals[REMIND] = g_signal_new ("remind",
                                  G_TYPE_FROM_CLASS (klass),
                                  G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL,
                                  G_TYPE_NONE, 1, G_TYPE_UINT);

  /**
   * LimberSittingModel::withdraw:
   *
   * The waiting reminder is moot: the person took a break on their own.
   */
  signals[WITHDRAW] = g_signal_new ("withdraw",
                                    G_TYPE_FROM_CLASS (klass),
                                    G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL,
                                    G_TYPE_NONE, 0);

  /**
   * LimberSittingModel::break-event:
   * @kind: a #LimberBreakKind
   * @time: when (the wall clock; for a natural break, when the person left)
   * @minutes: how long the person had sat
   * @routine_id: (nullable): the routine Start opened
   */
  signals[BREAK_EVENT] = g_signal_new ("break-event",
                                       G_TYPE_FROM_CLASS (klass),
                                       G_SIGNAL_RUN_LAST,
                                       0, NULL, NULL, NULL,
                                       G_TYPE_NONE, 4,
                                       G_TYPE_INT, G_TYPE_DATE_TIME, G_TYPE_UINT,
                                       G_TYPE_STRING);

  /**
   * LimberSittingModel::sitting-changed:
   *
   * A stretch started or ended.
   */
  signals[SITTING_CHANGED] = g_signal_new ("sitting-changed",
                                           G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST,
                                           0, NULL, NULL, NULL,
                                           G_TYPE_NONE, 0);
}

static void
limber_sitting_model_init (LimberSittingModel *self)
{
  self->interval_min = 30;
  self->natural_break_min = 5;
  self->hours.days = DEFAULT_WORK_DAYS;
  self->hours.start_min = 9 * 60;
  self->hours.end_min = 18 * 60;
  self->started_at = -1;
}

LimberSittingModel *
limber_sitting_model_new (LimberClock *clock)
{
  LimberSittingModel *self;

  g_return_val_if_fail (LIMBER_IS_CLOCK (clock), NULL);

  self = g_object_new (LIMBER_TYPE_SITTING_MODEL, NULL);
  self->clock = g_object_ref (clock);
  roll_day (self);
  update_sitting (self, now_mono (self));

  return self;
}
