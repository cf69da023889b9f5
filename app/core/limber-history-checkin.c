/* limber-history-checkin.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-history"

#include "config.h"

#include "limber-history-checkin.h"

struct _LimberHistoryCheckin
{
  GObject parent_instance;

  char *session_id;
  GDateTime *time;
  int pain;
};

G_DEFINE_FINAL_TYPE (LimberHistoryCheckin, limber_history_checkin, G_TYPE_OBJECT)

static void
limber_history_checkin_finalize (GObject *object)
{
  LimberHistoryCheckin *self = LIMBER_HISTORY_CHECKIN (object);

  g_free (self->session_id);
  g_clear_pointer (&self->time, g_date_time_unref);

  G_OBJECT_CLASS (limber_history_checkin_parent_class)->finalize (object);
}

static void
limber_history_checkin_class_init (LimberHistoryCheckinClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = limber_history_checkin_finalize;
}

static void
limber_history_checkin_init (LimberHistoryCheckin *self)
{
  self->pain = LIMBER_PAIN_UNSET;
}

LimberHistoryCheckin *
limber_history_checkin_new (const char *session_id,
                            GDateTime  *time,
                            int         pain)
{
  LimberHistoryCheckin *self;

  g_return_val_if_fail (session_id != NULL && *session_id != '\0', NULL);
  g_return_val_if_fail (time != NULL, NULL);
  g_return_val_if_fail (pain >= 0 && pain <= 10, NULL);

  self = g_object_new (LIMBER_TYPE_HISTORY_CHECKIN, NULL);
  self->session_id = g_strdup (session_id);
  self->time = g_date_time_ref (time);
  self->pain = pain;
  return self;
}

const char *
limber_history_checkin_get_session_id (LimberHistoryCheckin *self)
{
  g_return_val_if_fail (LIMBER_IS_HISTORY_CHECKIN (self), NULL);
  return self->session_id;
}

GDateTime *
limber_history_checkin_dup_time (LimberHistoryCheckin *self)
{
  g_return_val_if_fail (LIMBER_IS_HISTORY_CHECKIN (self), NULL);
  return g_date_time_ref (self->time);
}

gint64
limber_history_checkin_get_unix (LimberHistoryCheckin *self)
{
  g_return_val_if_fail (LIMBER_IS_HISTORY_CHECKIN (self), 0);
  return g_date_time_to_unix (self->time);
}

int
limber_history_checkin_get_pain (LimberHistoryCheckin *self)
{
  g_return_val_if_fail (LIMBER_IS_HISTORY_CHECKIN (self), LIMBER_PAIN_UNSET);
  return self->pain;
}

int
limber_history_checkins_lookup_pain (LimberHistoryCheckin * const *checkins,
                                     guint                         n_checkins,
                                     const char                   *session_id)
{
  g_return_val_if_fail (checkins != NULL || n_checkins == 0, LIMBER_PAIN_UNSET);

  if (session_id == NULL)
    return LIMBER_PAIN_UNSET;
  for (guint i = n_checkins; i-- > 0;)
    if (g_str_equal (checkins[i]->session_id, session_id))
      return checkins[i]->pain;
  return LIMBER_PAIN_UNSET;
}

guint32
limber_history_checkins_julian_day (GDateTime *dt)
{
  GDate date;
  int y, m, d;

  g_return_val_if_fail (dt != NULL, 0);

  g_date_time_get_ymd (dt, &y, &m, &d);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, d, m, y);
  return g_date_get_julian (&date);
}

LimberHistoryRecord *
limber_history_checkins_find_due (LimberHistoryRecord * const  *records,
                                  guint                         n_records,
                                  LimberHistoryCheckin * const *checkins,
                                  guint                         n_checkins,
                                  GDateTime                    *now,
                                  guint                         minutes)
{
  GTimeZone *zone;
  guint32 today;

  g_return_val_if_fail (records != NULL || n_records == 0, NULL);
  g_return_val_if_fail (checkins != NULL || n_checkins == 0, NULL);
  g_return_val_if_fail (now != NULL, NULL);

  if ((guint) (g_date_time_get_hour (now) * 60 + g_date_time_get_minute (now)) < minutes)
    return NULL;

  zone = g_date_time_get_timezone (now);
  today = limber_history_checkins_julian_day (now);
  /* Newest first: the first session of yesterday is the one asked about;
   * sessions of today come before it, older days end the search. */
  for (guint i = 0; i < n_records; i++)
    {
      g_autoptr(GDateTime) start = limber_history_record_dup_start (records[i]);
      g_autoptr(GDateTime) local = g_date_time_to_timezone (start, zone);
      guint32 day = limber_history_checkins_julian_day (local);

      if (day >= today)
        continue;
      if (day + 1 < today)
        break;
      if (limber_history_checkins_lookup_pain (checkins, n_checkins,
                                               limber_history_record_get_id (records[i])) != LIMBER_PAIN_UNSET)
        return NULL;
      return records[i];
    }
  return NULL;
}
