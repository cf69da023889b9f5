/* limber-history-checkin.h: a next-morning check-in, and which session
 * awaits one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "limber-history-record.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_HISTORY_CHECKIN (limber_history_checkin_get_type ())

G_DECLARE_FINAL_TYPE (LimberHistoryCheckin, limber_history_checkin, LIMBER, HISTORY_CHECKIN, GObject)

/*
 * A back-pain answer given apart from a session's Finished page, about one
 * session: a "checkin" line of the history file (docs/history-format.md).
 * It never changes the session's own answers. Immutable.
 */

/* @session_id: the id of the session record it is about; @time: when it
 * was answered (kept in its offset); @pain: 0–10. */
LimberHistoryCheckin *limber_history_checkin_new            (const char           *session_id,
                                                             GDateTime            *time,
                                                             int                   pain);
const char           *limber_history_checkin_get_session_id (LimberHistoryCheckin *self);
/* A new reference, in the offset it was answered in. */
GDateTime            *limber_history_checkin_dup_time       (LimberHistoryCheckin *self);
gint64                limber_history_checkin_get_unix       (LimberHistoryCheckin *self);
int                   limber_history_checkin_get_pain       (LimberHistoryCheckin *self);

/* The pain of the last check-in (in @checkins' order, oldest first) about
 * @session_id, or LIMBER_PAIN_UNSET. */
int                   limber_history_checkins_lookup_pain   (LimberHistoryCheckin * const *checkins,
                                                             guint                         n_checkins,
                                                             const char                   *session_id);

/* The calendar day of @dt (in its own time zone) as a Julian day number. */
guint32               limber_history_checkins_julian_day    (GDateTime                    *dt);

/*
 * The session that awaits a next-morning check-in at @now, or NULL: the
 * newest of @records (newest first) that started on the calendar day before
 * @now's (in @now's time zone), when @now is at or after @minutes (since
 * midnight, the chosen time of day) and no check-in names it yet.
 * Borrowed from @records.
 */
LimberHistoryRecord  *limber_history_checkins_find_due      (LimberHistoryRecord * const  *records,
                                                             guint                         n_records,
                                                             LimberHistoryCheckin * const *checkins,
                                                             guint                         n_checkins,
                                                             GDateTime                    *now,
                                                             guint                         minutes);

G_END_DECLS
