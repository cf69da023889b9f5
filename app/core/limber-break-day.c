/* limber-break-day.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-history"

#include "config.h"

#include "limber-break-day.h"
#include "limber-object-private.h"

struct _LimberBreakDay
{
  GObject parent_instance;

  GDate date;
  guint reminded;
  guint natural;
  guint skipped;
  guint snoozed;
  guint longest_minutes;
};

G_DEFINE_FINAL_TYPE (LimberBreakDay, limber_break_day, G_TYPE_OBJECT)

static void
limber_break_day_class_init (LimberBreakDayClass *klass)
{
}

static void
limber_break_day_init (LimberBreakDay *self)
{
  g_date_clear (&self->date, 1);
}

/* The calendar day of @event in @tz. */
static void
event_date (const LimberBreakEvent *event,
            GTimeZone              *tz,
            GDate                  *date)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (event->time);
  g_autoptr(GDateTime) local = g_date_time_to_timezone (utc, tz);

  g_date_clear (date, 1);
  g_date_set_dmy (date, g_date_time_get_day_of_month (local), g_date_time_get_month (local),
                  g_date_time_get_year (local));
}

static void
add_event (LimberBreakDay         *day,
           const LimberBreakEvent *event)
{
  switch (event->kind)
    {
    case LIMBER_BREAK_REMINDED_STARTED:
      day->reminded++;
      break;
    case LIMBER_BREAK_NATURAL:
      day->natural++;
      break;
    case LIMBER_BREAK_SKIPPED:
      day->skipped++;
      break;
    case LIMBER_BREAK_SNOOZED:
      day->snoozed++;
      break;
    default:
      g_assert_not_reached ();
    }
  day->longest_minutes = MAX (day->longest_minutes, event->sitting_minutes);
}

static gint
compare_newest_first (gconstpointer a,
                      gconstpointer b,
                      gpointer      user_data)
{
  return -g_date_compare (&((LimberBreakDay *) a)->date, &((LimberBreakDay *) b)->date);
}

GListStore *
limber_break_days_compute (LimberBreakEvent * const *events,
                           guint                     n_events,
                           GTimeZone                *tz)
{
  g_autoptr(GHashTable) by_julian = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  g_autoptr(GPtrArray) days = g_ptr_array_new ();
  GListStore *store = g_list_store_new (LIMBER_TYPE_BREAK_DAY);
  GHashTableIter iter;
  gpointer value;

  g_return_val_if_fail (events != NULL || n_events == 0, store);
  g_return_val_if_fail (tz != NULL, store);

  for (guint i = 0; i < n_events; i++)
    {
      GDate date;
      LimberBreakDay *day;

      event_date (events[i], tz, &date);
      day = g_hash_table_lookup (by_julian, GUINT_TO_POINTER (g_date_get_julian (&date)));
      if (day == NULL)
        {
          day = g_object_new (LIMBER_TYPE_BREAK_DAY, NULL);
          day->date = date;
          g_hash_table_insert (by_julian, GUINT_TO_POINTER (g_date_get_julian (&date)), day);
        }
      add_event (day, events[i]);
    }

  g_hash_table_iter_init (&iter, by_julian);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_add (days, value);
  g_list_store_splice (store, 0, 0, days->pdata, days->len);
  g_list_store_sort (store, compare_newest_first, NULL);
  return store;
}

LimberBreakDay *
limber_break_days_lookup (GListModel  *days,
                          const GDate *date)
{
  guint lo = 0, hi;

  g_return_val_if_fail (G_IS_LIST_MODEL (days), NULL);
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  /* Newest first: a binary search. */
  hi = g_list_model_get_n_items (days);
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      g_autoptr(LimberBreakDay) day = g_list_model_get_item (days, mid);
      gint cmp = g_date_compare (&day->date, date);

      if (cmp == 0)
        return day;  /* the model keeps its reference */
      if (cmp > 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  return NULL;
}

guint
limber_break_days_count_breaks (LimberBreakEvent * const *events,
                                guint                     n_events,
                                GTimeZone                *tz,
                                const GDate              *date)
{
  guint n = 0;

  g_return_val_if_fail (events != NULL || n_events == 0, 0);
  g_return_val_if_fail (tz != NULL && date != NULL, 0);

  for (guint i = 0; i < n_events; i++)
    {
      GDate day;

      if (!limber_break_event_is_break (events[i]))
        continue;
      event_date (events[i], tz, &day);
      n += g_date_compare (&day, date) == 0;
    }
  return n;
}

const GDate *
limber_break_day_get_date (LimberBreakDay *self)
{
  g_return_val_if_fail (LIMBER_IS_BREAK_DAY (self), NULL);
  return &self->date;
}

guint
limber_break_day_get_breaks (LimberBreakDay *self)
{
  g_return_val_if_fail (LIMBER_IS_BREAK_DAY (self), 0);
  return self->reminded + self->natural;
}

#define GETTER(RetType, field, fail) \
  LIMBER_DEFINE_GETTER (LimberBreakDay, limber_break_day, LIMBER_IS_BREAK_DAY, RetType, field, fail)

GETTER (guint, reminded, 0)
GETTER (guint, natural, 0)
GETTER (guint, skipped, 0)
GETTER (guint, snoozed, 0)
GETTER (guint, longest_minutes, 0)
