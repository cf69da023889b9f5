/* limber-history-recorder-private.h: the recorder's bookkeeping, for tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "limber-history-recorder.h"

G_BEGIN_DECLS

/* The session begun and not ended yet, or NULL. */
LimberSession         *limber_history_recorder_get_session    (LimberHistoryRecorder  *self);
/* When the session begun started (wall clock), or NULL. */
GDateTime             *limber_history_recorder_get_start      (LimberHistoryRecorder  *self);
/* The pain before the session begun, or LIMBER_PAIN_UNSET. */
gint                   limber_history_recorder_get_pain_before (LimberHistoryRecorder *self);

G_END_DECLS
