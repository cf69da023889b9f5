/* limber-history-calendar.h: the last months, the days with sessions marked
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "limber-history-stats.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_HISTORY_CALENDAR (limber_history_calendar_get_type ())

G_DECLARE_FINAL_TYPE (LimberHistoryCalendar, limber_history_calendar, LIMBER, HISTORY_CALENDAR, AdwBin)

/* How many months the calendar shows, ending with the current one. */
#define LIMBER_HISTORY_CALENDAR_MONTHS 3

/*
 * Month grids side by side (one under the other when narrow); a day with a
 * completed session is filled, one with only stopped sessions outlined,
 * today is bold. Each marked day's tooltip and accessible name say what
 * was done.
 */

GtkWidget *limber_history_calendar_new            (void);
/* Shows the months up to @stats->today, marked from @stats->days (copied). */
void       limber_history_calendar_set_stats      (LimberHistoryCalendar    *self,
                                                   const LimberHistoryStats *stats,
                                                   GDateWeekday              first_weekday);
/* The days marked, for tests. */
guint      limber_history_calendar_get_n_marked   (LimberHistoryCalendar    *self);

G_END_DECLS
