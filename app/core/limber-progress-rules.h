/* limber-progress-rules.h: what to suggest after the sessions of a routine
 * (stop for today, get it checked, step down, step up), as a pure function
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "limber-history-checkin.h"
#include "limber-history-record.h"
#include "limber-routine.h"

G_BEGIN_DECLS

/* One session of the routine, as the rules see it. Pains are 0–10 or
 * LIMBER_PAIN_UNSET (not recorded). */
typedef struct
{
  GDateTime   *date_time;          /* when it was done, in the person's time zone */
  int          level;              /* LIMBER_LEVEL_MIN … LIMBER_LEVEL_MAX */
  int          pain_before;
  int          pain_after;
  LimberEffort effort;             /* LIMBER_EFFORT_UNSET when not rated */
  gboolean     finished;           /* FALSE: stopped before the end */
  int          next_morning_pain;  /* the next morning's check-in */
} LimberProgressSession;

/* LimberSuggestionKind is in limber-history-record.h (the history records
 * which suggestion was shown). */

/*
 * reason: what to tell the person, translated (NULL for NONE).
 * level: the level suggested for STEP_DOWN and STEP_UP, else the current one.
 * For STEP_UP, when an exercise of the routine changes with the level, an
 * example of it: example_timed, and its duration (or reps) now
 * (example_from) and at the new level (example_to); both 0 without one.
 */
typedef struct
{
  LimberSuggestionKind kind;
  char *reason;
  int level;
  gboolean example_timed;
  guint example_from;
  guint example_to;
} LimberSuggestion;

void              limber_suggestion_free  (LimberSuggestion *suggestion);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LimberSuggestion, limber_suggestion_free)

/*
 * At most one suggestion for the routine played at @level, from its
 * @n_sessions @sessions (oldest first, newest last) at @now. @routine
 * (may be NULL) only gives the step up its example. In order of precedence:
 * GET_CHECKED, STOP_TODAY, STEP_DOWN, STEP_UP, else NONE. The rules and
 * their thresholds are in docs/progression.md. Never NULL.
 */
LimberSuggestion *limber_progress_suggest (const LimberProgressSession *sessions,
                                           guint                        n_sessions,
                                           int                          level,
                                           LimberRoutine               *routine,
                                           GDateTime                   *now);

/*
 * Whether the "get it checked" card shows for a routine with @n_sessions
 * @sessions (oldest first, newest last): the reason to show on it,
 * translated, or NULL when it does not show. It shows from a session that
 * hurt 6 or more (pain after) within 14 days after another such session,
 * or one whose next-morning pain was worse than before it, until a later
 * session goes well (finished, pain after at most 3, not above the pain
 * before, no worse next morning): on the routine page and the Finished
 * page, every time while it holds. Pure: the same sessions give the same
 * answer. See docs/progression.md.
 */
const char       *limber_progress_get_checked (const LimberProgressSession *sessions,
                                               guint                        n_sessions);

/*
 * The sessions of the routine @routine_id among @records (newest first, as
 * limber_history_peek_records gives them), leaving out @except (may be
 * NULL), as the rules see them: oldest first, a GArray of
 * LimberProgressSession that owns their dates (g_array_unref frees them).
 * next_morning_pain is LIMBER_PAIN_UNSET: check-ins are not records.
 */
GArray           *limber_progress_sessions_from_records (LimberHistoryRecord * const *records,
                                                         guint                        n_records,
                                                         const char                  *routine_id,
                                                         LimberHistoryRecord         *except);
/* The same, with next_morning_pain from @checkins (the last check-in about
 * each session, limber_history_peek_checkins), so "worse the next morning"
 * counts. */
GArray           *limber_progress_sessions_from_history (LimberHistoryRecord * const  *records,
                                                         guint                         n_records,
                                                         LimberHistoryCheckin * const *checkins,
                                                         guint                         n_checkins,
                                                         const char                   *routine_id,
                                                         LimberHistoryRecord          *except);

/* "+1", "0", "−2" (with a minus sign), as levels are shown. */
char             *limber_level_to_string  (int                          level);
/* "Easy", "About right", "Hard" (translated), as efforts are shown; NULL
 * for LIMBER_EFFORT_UNSET. */
const char       *limber_effort_to_label  (LimberEffort                 effort);

G_END_DECLS
