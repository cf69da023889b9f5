/* limber-checkin-scheduler.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-checkin"

#include "config.h"

#include "limber-checkin-scheduler.h"
#include "limber-history.h"
#include "limber-reminder-settings.h"

struct _LimberCheckinScheduler
{
  GObject parent_instance;

  LimberClock *clock;
  GFile *history_file;
  gboolean enabled;
  guint minutes;        /* the time of day, minutes after midnight */
  char *dismissed;
  guint32 checked_day;  /* the Julian day of the last look at the history */
  guint deadline_id;
};

G_DEFINE_FINAL_TYPE (LimberCheckinScheduler, limber_checkin_scheduler, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ENABLED,
  PROP_TIME,
  PROP_DISMISSED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  DUE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static guint
minutes_of (GDateTime *dt)
{
  return (guint) (g_date_time_get_hour (dt) * 60 + g_date_time_get_minute (dt));
}

static void
look (LimberCheckinScheduler *self,
      GDateTime              *now)
{
  g_autoptr(LimberHistory) history = limber_history_new (self->history_file);
  g_autoptr(GError) error = NULL;
  LimberHistoryRecord * const *records;
  LimberHistoryCheckin * const *checkins;
  LimberHistoryRecord *due;
  guint n_records = 0, n_checkins = 0;

  if (!limber_history_load (history, NULL, &error))
    {
      g_message ("No next-morning check-in: %s", error->message);
      return;
    }
  records = limber_history_peek_records (history, &n_records);
  checkins = limber_history_peek_checkins (history, &n_checkins);
  due = limber_history_checkins_find_due (records, n_records, checkins, n_checkins, now, self->minutes);
  if (due == NULL)
    {
      g_debug ("no check-in due");
      return;
    }
  if (g_strcmp0 (limber_history_record_get_id (due), self->dismissed) == 0)
    {
      g_debug ("check-in of %s dismissed", self->dismissed);
      return;
    }
  g_signal_emit (self, signals[DUE], 0, limber_history_record_get_id (due),
                 limber_history_record_get_routine_title (due));
}

static void reschedule (LimberCheckinScheduler *self);

static void
on_deadline (gpointer user_data)
{
  LimberCheckinScheduler *self = LIMBER_CHECKIN_SCHEDULER (user_data);
  g_autoptr(GDateTime) now = limber_clock_get_wall_time (self->clock);

  self->deadline_id = 0;
  if (self->enabled && minutes_of (now) >= self->minutes &&
      self->checked_day != limber_history_checkins_julian_day (now))
    {
      self->checked_day = limber_history_checkins_julian_day (now);
      look (self, now);
    }
  reschedule (self);
}

static void
reschedule (LimberCheckinScheduler *self)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) next = NULL;
  gint64 sleep_us;
  int y, m, d;

  limber_clock_remove (self->clock, self->deadline_id);
  self->deadline_id = 0;
  if (!self->enabled)
    return;

  now = limber_clock_get_wall_time (self->clock);
  if (minutes_of (now) >= self->minutes &&
      self->checked_day != limber_history_checkins_julian_day (now))
    sleep_us = 0;  /* past the time, not looked yet today */
  else
    {
      g_autoptr(GDateTime) day = minutes_of (now) < self->minutes ? g_date_time_ref (now) : g_date_time_add_days (now, 1);

      g_date_time_get_ymd (day, &y, &m, &d);
      next = g_date_time_new (g_date_time_get_timezone (now), y, m, d, self->minutes / 60, self->minutes % 60, 0);
      sleep_us = CLAMP (g_date_time_difference (next, now), 0, LIMBER_CHECKIN_SCHEDULER_MAX_SLEEP_US);
    }
  self->deadline_id = limber_clock_add_deadline (self->clock, limber_clock_get_time (self->clock) + sleep_us,
                                                 on_deadline, self);
}

/* Properties */

static void
set_time (LimberCheckinScheduler *self,
          const char             *text)
{
  guint minutes;

  if (!limber_reminder_parse_time (text, &minutes))
    {
      g_warning ("Setting morning-checkin-time: “%s” is not a time of day as HH:MM (00:00 to 23:59); "
                 "the check-in stays at %02u:%02u", text != NULL ? text : "", self->minutes / 60, self->minutes % 60);
      return;
    }
  if (minutes == self->minutes)
    return;
  self->minutes = minutes;
  reschedule (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIME]);
}

static void
limber_checkin_scheduler_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  LimberCheckinScheduler *self = LIMBER_CHECKIN_SCHEDULER (object);

  switch (prop_id)
    {
    case PROP_ENABLED:
      g_value_set_boolean (value, self->enabled);
      break;
    case PROP_TIME:
      g_value_take_string (value, g_strdup_printf ("%02u:%02u", self->minutes / 60, self->minutes % 60));
      break;
    case PROP_DISMISSED:
      g_value_set_string (value, self->dismissed != NULL ? self->dismissed : "");
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_checkin_scheduler_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  LimberCheckinScheduler *self = LIMBER_CHECKIN_SCHEDULER (object);

  switch (prop_id)
    {
    case PROP_ENABLED:
      if (self->enabled != g_value_get_boolean (value))
        {
          self->enabled = g_value_get_boolean (value);
          reschedule (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_TIME:
      set_time (self, g_value_get_string (value));
      break;
    case PROP_DISMISSED:
      g_free (self->dismissed);
      self->dismissed = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_checkin_scheduler_dispose (GObject *object)
{
  LimberCheckinScheduler *self = LIMBER_CHECKIN_SCHEDULER (object);

  if (self->clock != NULL)
    limber_clock_remove (self->clock, self->deadline_id);
  self->deadline_id = 0;
  g_clear_object (&self->clock);
  g_clear_object (&self->history_file);

  G_OBJECT_CLASS (limber_checkin_scheduler_parent_class)->dispose (object);
}

static void
limber_checkin_scheduler_finalize (GObject *object)
{
  LimberCheckinScheduler *self = LIMBER_CHECKIN_SCHEDULER (object);

  g_free (self->dismissed);

  G_OBJECT_CLASS (limber_checkin_scheduler_parent_class)->finalize (object);
}

static void
limber_checkin_scheduler_class_init (LimberCheckinSchedulerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->get_property = limber_checkin_scheduler_get_property;
  object_class->set_property = limber_checkin_scheduler_set_property;
  object_class->dispose = limber_checkin_scheduler_dispose;
  object_class->finalize = limber_checkin_scheduler_finalize;

  properties[PROP_ENABLED] = g_param_spec_boolean ("enabled", NULL, NULL, FALSE, flags);
  properties[PROP_TIME] = g_param_spec_string ("time", NULL, NULL, "08:00", flags);
  properties[PROP_DISMISSED] = g_param_spec_string ("dismissed", NULL, NULL, "", flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[DUE] = g_signal_new ("due", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                               0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);
}

static void
limber_checkin_scheduler_init (LimberCheckinScheduler *self)
{
  self->minutes = 8 * 60;
}

LimberCheckinScheduler *
limber_checkin_scheduler_new (LimberClock *clock,
                              GFile       *history_file)
{
  LimberCheckinScheduler *self;

  g_return_val_if_fail (LIMBER_IS_CLOCK (clock), NULL);
  g_return_val_if_fail (history_file == NULL || G_IS_FILE (history_file), NULL);

  self = g_object_new (LIMBER_TYPE_CHECKIN_SCHEDULER, NULL);
  self->clock = g_object_ref (clock);
  self->history_file = history_file != NULL ? g_object_ref (history_file) : limber_history_get_default_file ();
  return self;
}

void
limber_checkin_scheduler_bind_settings (LimberCheckinScheduler *self,
                                        GSettings              *settings)
{
  g_return_if_fail (LIMBER_IS_CHECKIN_SCHEDULER (self));
  g_return_if_fail (G_IS_SETTINGS (settings));

  g_settings_bind (settings, "morning-checkin-time", self, "time", G_SETTINGS_BIND_GET);
  g_settings_bind (settings, "checkin-dismissed", self, "dismissed", G_SETTINGS_BIND_GET);
  g_settings_bind (settings, "morning-checkin", self, "enabled", G_SETTINGS_BIND_GET);
}

guint
limber_checkin_scheduler_get_n_deadlines (LimberCheckinScheduler *self)
{
  g_return_val_if_fail (LIMBER_IS_CHECKIN_SCHEDULER (self), 0);

  return self->deadline_id != 0 ? 1 : 0;
}
