/* limber-break-day.h: one day of break reminders, from the history's break lines
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "limber-break-event.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_BREAK_DAY (limber_break_day_get_type ())

G_DECLARE_FINAL_TYPE (LimberBreakDay, limber_break_day, LIMBER, BREAK_DAY, GObject)

/*
 * The per-day figures of docs/history-format.md ("Break line"): an event
 * belongs to the calendar day of its time in the time zone shown in;
 * breaks = reminded-started + natural; skipped; snoozed; the longest
 * unbroken sitting = the largest sitting_minutes of the day's events (a
 * stretch belongs to the day its break was recorded).
 */

/* The days that have events, newest first, as a GListModel of
 * LimberBreakDay. @events: any order. */
GListStore      *limber_break_days_compute          (LimberBreakEvent * const *events,
                                                     guint                     n_events,
                                                     GTimeZone                *tz);
/* The day of @date in a list made by limber_break_days_compute (), or NULL. */
LimberBreakDay  *limber_break_days_lookup           (GListModel               *days,
                                                     const GDate              *date);
/* Breaks taken (reminded-started + natural) on @date in @tz. */
guint            limber_break_days_count_breaks     (LimberBreakEvent * const *events,
                                                     guint                     n_events,
                                                     GTimeZone                *tz,
                                                     const GDate              *date);

const GDate     *limber_break_day_get_date          (LimberBreakDay           *self);
guint            limber_break_day_get_breaks        (LimberBreakDay           *self);
guint            limber_break_day_get_reminded      (LimberBreakDay           *self);
guint            limber_break_day_get_natural       (LimberBreakDay           *self);
guint            limber_break_day_get_skipped       (LimberBreakDay           *self);
guint            limber_break_day_get_snoozed       (LimberBreakDay           *self);
guint            limber_break_day_get_longest_minutes (LimberBreakDay         *self);

G_END_DECLS
