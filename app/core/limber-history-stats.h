/* limber-history-stats.h: what the History page shows, from the records
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "limber-history-record.h"

G_BEGIN_DECLS

/* The default weekly goal, in minutes (a preference). */
#define LIMBER_HISTORY_DEFAULT_WEEKLY_GOAL 60

/* One calendar day that had sessions. */
typedef struct
{
  GDate date;
  guint n_sessions;
  guint n_completed;
  guint active_seconds;
} LimberHistoryDay;

/* Sessions of one routine (by id; the title is that of its newest session). */
typedef struct
{
  const char *routine_id;
  const char *routine_title;
  guint n_sessions;
  guint n_completed;
} LimberHistoryRoutineCount;

/* One session with a back-pain rating. */
typedef struct
{
  gint64 start_unix;
  GDate date;
  gint pain_before;  /* 0–10 or LIMBER_PAIN_UNSET */
  gint pain_after;
} LimberHistoryPainPoint;

/* One session's level (every session, for the pain chart's level marks
 * and the level over time). The level changed when it differs from
 * previous_level, the level of the routine's session before (the same
 * level for the routine's first session). */
typedef struct
{
  gint64 start_unix;
  GDate date;
  const char *routine_id;  /* borrowed from the records */
  int level;               /* played, LIMBER_LEVEL_MIN … LIMBER_LEVEL_MAX */
  int previous_level;
} LimberHistoryLevelPoint;

/*
 * The statistics of a set of records, as of @now in @tz:
 *
 * - A session belongs to the calendar day on which it started, in @tz (a
 *   session from 23:50 to 00:20 counts for the first day).
 * - current_streak: days in a row, up to today, with a completed session;
 *   a streak that ended yesterday still counts (today is not over yet).
 *   best_streak: the longest such run ever.
 * - week_seconds: active seconds of all sessions (completed or not) that
 *   started in the current week, which begins on @first_weekday at 00:00
 *   in @tz; week_start is its first day. Against weekly_goal_minutes.
 * - routines: sessions per routine, most sessions first (then by title).
 * - pain: the sessions with a pain rating, oldest first.
 * - days: the days with sessions, oldest first.
 * - levels: every session's level, oldest first.
 * - n_sessions, n_completed, total_active_seconds: over all records.
 */
typedef struct
{
  guint n_sessions;
  guint n_completed;
  guint64 total_active_seconds;
  guint current_streak;
  guint best_streak;
  GDate today;
  GDate week_start;
  guint week_seconds;
  guint weekly_goal_minutes;
  GArray *routines;  /* LimberHistoryRoutineCount */
  GArray *pain;      /* LimberHistoryPainPoint */
  GArray *days;      /* LimberHistoryDay */
  GArray *levels;    /* LimberHistoryLevelPoint */
} LimberHistoryStats;

/* @records: any order. The strings in the result are borrowed from the
 * records: keep the records alive while the stats are used. */
LimberHistoryStats *limber_history_stats_compute (LimberHistoryRecord * const *records,
                                                  guint                        n_records,
                                                  GDateTime                   *now,
                                                  GTimeZone                   *tz,
                                                  GDateWeekday                 first_weekday,
                                                  guint                        weekly_goal_minutes);
void                limber_history_stats_free    (LimberHistoryStats          *stats);

/* Minutes this week, rounded down, and the goal reached? */
guint               limber_history_stats_get_week_minutes (const LimberHistoryStats *stats);
gboolean            limber_history_stats_get_goal_reached (const LimberHistoryStats *stats);
/* The day entry for @date, or NULL (binary search). */
const LimberHistoryDay *limber_history_stats_lookup_day   (const LimberHistoryStats *stats,
                                                           const GDate              *date);

/* The first day of the week of the current locale (LC_TIME), from glibc's
 * nl_langinfo (_NL_TIME_FIRST_WEEKDAY); Monday where that is unknown. */
GDateWeekday        limber_locale_get_first_weekday (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LimberHistoryStats, limber_history_stats_free)

G_END_DECLS
