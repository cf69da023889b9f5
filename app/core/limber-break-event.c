/* limber-break-event.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-history"

#include "config.h"

#include "limber-break-event.h"

G_DEFINE_BOXED_TYPE (LimberBreakEvent, limber_break_event, limber_break_event_copy, limber_break_event_free)

LimberBreakEvent *
limber_break_event_new (LimberBreakKind  kind,
                        GDateTime       *time,
                        guint            sitting_minutes,
                        const char      *routine_id)
{
  LimberBreakEvent *event;

  g_return_val_if_fail (time != NULL, NULL);
  g_return_val_if_fail (kind >= LIMBER_BREAK_REMINDED_STARTED && kind <= LIMBER_BREAK_SNOOZED, NULL);

  event = g_new0 (LimberBreakEvent, 1);
  event->time = g_date_time_to_unix (time);
  event->offset = (gint) (g_date_time_get_utc_offset (time) / G_TIME_SPAN_SECOND);
  event->kind = kind;
  event->sitting_minutes = sitting_minutes;
  if (kind == LIMBER_BREAK_REMINDED_STARTED && routine_id != NULL && *routine_id != '\0')
    event->routine_id = g_strdup (routine_id);
  return event;
}

LimberBreakEvent *
limber_break_event_copy (const LimberBreakEvent *event)
{
  LimberBreakEvent *copy;

  g_return_val_if_fail (event != NULL, NULL);

  copy = g_memdup2 (event, sizeof *event);
  copy->routine_id = g_strdup (event->routine_id);
  return copy;
}

void
limber_break_event_free (LimberBreakEvent *event)
{
  if (event == NULL)
    return;
  g_free (event->routine_id);
  g_free (event);
}

GDateTime *
limber_break_event_dup_time (const LimberBreakEvent *event)
{
  g_autoptr(GTimeZone) zone = NULL;
  g_autoptr(GDateTime) utc = NULL;

  g_return_val_if_fail (event != NULL, NULL);

  zone = g_time_zone_new_offset (event->offset);
  utc = g_date_time_new_from_unix_utc (event->time);
  return g_date_time_to_timezone (utc, zone);
}

gboolean
limber_break_event_is_break (const LimberBreakEvent *event)
{
  g_return_val_if_fail (event != NULL, FALSE);

  return event->kind == LIMBER_BREAK_REMINDED_STARTED || event->kind == LIMBER_BREAK_NATURAL;
}

gboolean
limber_break_kind_from_string (const char      *str,
                               LimberBreakKind *kind)
{
  for (LimberBreakKind k = LIMBER_BREAK_REMINDED_STARTED; k <= LIMBER_BREAK_SNOOZED; k++)
    if (g_strcmp0 (str, limber_break_kind_to_string (k)) == 0)
      {
        *kind = k;
        return TRUE;
      }
  return FALSE;
}
