/* limber-history-record.h: one finished or stopped session in the history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "limber-session.h"
#include "limber-types.h"

G_BEGIN_DECLS

/* How hard the session felt (the Finished page's question). */
typedef enum {
  LIMBER_EFFORT_UNSET,  /* not answered */
  LIMBER_EFFORT_EASY,
  LIMBER_EFFORT_RIGHT,
  LIMBER_EFFORT_HARD,
} LimberEffort;

/* The nicks "easy", "right" and "hard" are the format's values ("unset"
 * is none: UNSET is written as nothing). */
#define LIMBER_TYPE_EFFORT (limber_effort_get_type ())
GType limber_effort_get_type (void) G_GNUC_CONST;

/* What the Finished page suggested after a session (docs/progression.md). */
typedef enum {
  LIMBER_SUGGESTION_NONE,
  LIMBER_SUGGESTION_STOP_TODAY,   /* it hurt too much: stop this routine for today */
  LIMBER_SUGGESTION_GET_CHECKED,  /* shown every time until a session goes well */
  LIMBER_SUGGESTION_STEP_DOWN,    /* try one level lower */
  LIMBER_SUGGESTION_STEP_UP,      /* try one level higher */
} LimberSuggestionKind;

/* The nicks "stop-today", "get-checked", "step-down", "step-up" are the
 * format's values ("none" is none: NONE is written as nothing). */
#define LIMBER_TYPE_SUGGESTION_KIND (limber_suggestion_kind_get_type ())
GType limber_suggestion_kind_get_type (void) G_GNUC_CONST;

/* What the person did with the suggestion shown. */
typedef enum {
  LIMBER_SUGGESTION_RESPONSE_SHOWN,      /* shown; neither accepted nor dismissed */
  LIMBER_SUGGESTION_RESPONSE_ACCEPTED,   /* Accept (a step up or down) */
  LIMBER_SUGGESTION_RESPONSE_DISMISSED,  /* Dismiss, or OK on stop for today / get it checked */
} LimberSuggestionResponse;

/* The nicks "shown", "accepted", "dismissed" are the format's values. */
#define LIMBER_TYPE_SUGGESTION_RESPONSE (limber_suggestion_response_get_type ())
GType limber_suggestion_response_get_type (void) G_GNUC_CONST;

/* A back-pain rating not given. Ratings are 0–10. */
#define LIMBER_PAIN_UNSET (-1)

/* The format version this Limber reads and writes. */
#define LIMBER_HISTORY_FORMAT_VERSION 1

/* What was done of one exercise of the routine, over all rounds. */
typedef struct
{
  const char *name;    /* a copy of the exercise's name at the time */
  guint sets_done;
  guint sets_planned;
  guint sets_skipped;  /* skipped with Next, or not reached because stopped */
} LimberHistoryExercise;

#define LIMBER_TYPE_HISTORY_RECORD (limber_history_record_get_type ())

G_DECLARE_FINAL_TYPE (LimberHistoryRecord, limber_history_record, LIMBER, HISTORY_RECORD, GObject)

/*
 * Properties (all readable; the answers are writable, the rest is fixed at
 * construction): "id" (a random UUID that names the record in the file),
 * "start", "end" (GDateTime in the offset the session ran in),
 * "routine-id", "routine-title", "planned-seconds", "active-seconds"
 * (pauses excluded), "completed" (FALSE: stopped early), "n-exercises",
 * and the answers "pain-before", "pain-after" (0–10 or LIMBER_PAIN_UNSET),
 * "effort" (LimberEffort) and "note" (NULL when not given).
 */

/* A record of a session that ended (FINISHED or STOPPED) between @start and
 * @end (wall-clock times, usually g_date_time_new_now_local () at start and
 * at the end). Returns NULL when no WORK step was ever started: such a
 * session is not history. */
LimberHistoryRecord *limber_history_record_new_from_session (LimberSession       *session,
                                                             GDateTime           *start,
                                                             GDateTime           *end);
/* A record from plain values (imports, tests); no exercises yet. */
LimberHistoryRecord *limber_history_record_new              (const char          *routine_id,
                                                             const char          *routine_title,
                                                             GDateTime           *start,
                                                             GDateTime           *end,
                                                             guint                planned_seconds,
                                                             guint                active_seconds,
                                                             gboolean             completed);
void                 limber_history_record_add_exercise     (LimberHistoryRecord *self,
                                                             const char          *name,
                                                             guint                sets_done,
                                                             guint                sets_planned,
                                                             guint                sets_skipped);

const char          *limber_history_record_get_id           (LimberHistoryRecord *self);
/* New references, in the offset the session ran in. */
GDateTime           *limber_history_record_dup_start        (LimberHistoryRecord *self);
GDateTime           *limber_history_record_dup_end          (LimberHistoryRecord *self);
/* The same without allocation: seconds since 1970 UTC. */
gint64               limber_history_record_get_start_unix   (LimberHistoryRecord *self);
const char          *limber_history_record_get_routine_id   (LimberHistoryRecord *self);
const char          *limber_history_record_get_routine_title (LimberHistoryRecord *self);
guint                limber_history_record_get_planned_seconds (LimberHistoryRecord *self);
guint                limber_history_record_get_active_seconds (LimberHistoryRecord *self);
gboolean             limber_history_record_get_completed    (LimberHistoryRecord *self);
/* Sums over the exercises. */
void                 limber_history_record_get_set_totals   (LimberHistoryRecord *self,
                                                             guint               *done,
                                                             guint               *planned,
                                                             guint               *skipped);

gint                 limber_history_record_get_pain_before  (LimberHistoryRecord *self);
/* @pain: 0–10 or LIMBER_PAIN_UNSET; other values are ignored (with a critical). */
void                 limber_history_record_set_pain_before  (LimberHistoryRecord *self,
                                                             gint                 pain);
gint                 limber_history_record_get_pain_after   (LimberHistoryRecord *self);
void                 limber_history_record_set_pain_after   (LimberHistoryRecord *self,
                                                             gint                 pain);
LimberEffort         limber_history_record_get_effort       (LimberHistoryRecord *self);
void                 limber_history_record_set_effort       (LimberHistoryRecord *self,
                                                             LimberEffort         effort);
/* NULL when no note; an empty string is stored as NULL. */
const char          *limber_history_record_get_note         (LimberHistoryRecord *self);
void                 limber_history_record_set_note         (LimberHistoryRecord *self,
                                                             const char          *note);

/* The level the session was played at (LIMBER_LEVEL_MIN … LIMBER_LEVEL_MAX,
 * 0: as written; new records take their plan's), and whether it was an
 * easy day (one level below the routine's level, for once). */
int                  limber_history_record_get_level        (LimberHistoryRecord *self);
void                 limber_history_record_set_level        (LimberHistoryRecord *self,
                                                             int                  level);
gboolean             limber_history_record_get_easy_day     (LimberHistoryRecord *self);
void                 limber_history_record_set_easy_day     (LimberHistoryRecord *self,
                                                             gboolean             easy_day);

/* The suggestion shown after the session (one of the answers, saved with
 * them): its kind (NONE: none was shown), the level it proposed (for a step
 * up or down; else the routine's level then) and the response. */
LimberSuggestionKind limber_history_record_get_suggestion   (LimberHistoryRecord      *self,
                                                             int                      *level,
                                                             LimberSuggestionResponse *response);
/* @kind NONE clears it (then @level and @response are not used). */
void                 limber_history_record_set_suggestion   (LimberHistoryRecord      *self,
                                                             LimberSuggestionKind      kind,
                                                             int                       level,
                                                             LimberSuggestionResponse  response);

G_END_DECLS
