/* limber-history-recorder.h: puts finished and stopped sessions into the history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "limber-history.h"
#include "limber-session.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_HISTORY_RECORDER (limber_history_recorder_get_type ())

G_DECLARE_FINAL_TYPE (LimberHistoryRecorder, limber_history_recorder, LIMBER, HISTORY_RECORDER, GObject)

/*
 * Records sessions in a LimberHistory, and loses none of them: a record
 * whose line could not be written (a full disk, a read-only history) stays
 * in memory, "unsaved", and is written by the next retry (an explicit one,
 * or the next record or answers saved), oldest first.
 *
 * It also keeps the bookkeeping of the session that runs now: begin() notes
 * the session, its wall-clock start and the pain asked before it; end()
 * records it once it is over, and forgets it.
 *
 * Properties: "history" (construct-only), "n-unsaved".
 */

LimberHistoryRecorder *limber_history_recorder_new            (LimberHistory          *history);

/* Records @session (FINISHED or STOPPED) that ran from @start to @end, with
 * @pain_before (0–10 or LIMBER_PAIN_UNSET). Returns NULL when the session
 * did no work (it is not history). Otherwise returns the record (a new
 * reference), also when writing it failed: then @error is set and the
 * record stays unsaved. */
LimberHistoryRecord   *limber_history_recorder_record         (LimberHistoryRecorder  *self,
                                                               LimberSession          *session,
                                                               GDateTime              *start,
                                                               GDateTime              *end,
                                                               gint                    pain_before,
                                                               GError                **error);
/* Notes @session (just started, at @start on the wall clock, with
 * @pain_before: 0–10 or LIMBER_PAIN_UNSET) as the one to record when it
 * ends. A session begun before and not ended is forgotten, unrecorded. */
void                   limber_history_recorder_begin          (LimberHistoryRecorder  *self,
                                                               LimberSession          *session,
                                                               GDateTime              *start,
                                                               gint                    pain_before);
/* Marks the session begun as an easy day (one level below the routine's
 * level, for once): its record says so. begin() clears it. */
void                   limber_history_recorder_set_easy_day   (LimberHistoryRecorder  *self,
                                                               gboolean                easy_day);
/* Records the session begun (FINISHED or STOPPED) as ending at @end, and
 * forgets it: as limber_history_recorder_record(). NULL with no session
 * begun (or one that did no work); a second end() records nothing. */
LimberHistoryRecord   *limber_history_recorder_end            (LimberHistoryRecorder  *self,
                                                               GDateTime              *end,
                                                               GError                **error);
/* Saves the answers set on @record (a record this recorder returned): as an
 * amendment when its line is written, in the line itself when it is still
 * unsaved (this retries writing it). */
gboolean               limber_history_recorder_save_answers   (LimberHistoryRecorder  *self,
                                                               LimberHistoryRecord    *record,
                                                               GError                **error);
/* Writes the unsaved records, oldest first; stops at the first failure. */
gboolean               limber_history_recorder_retry          (LimberHistoryRecorder  *self,
                                                               GError                **error);
guint                  limber_history_recorder_get_n_unsaved  (LimberHistoryRecorder  *self);

G_END_DECLS
