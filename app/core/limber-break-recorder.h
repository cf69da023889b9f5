/* limber-break-recorder.h: the break events of a sitting model, into the history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "limber-history.h"
#include "limber-sitting-model.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_BREAK_RECORDER (limber_break_recorder_get_type ())

G_DECLARE_FINAL_TYPE (LimberBreakRecorder, limber_break_recorder, LIMBER, BREAK_RECORDER, GObject)

/*
 * Appends every "break-event" of @model to @history as a line of kind
 * "break" (limber_history_append_break: one write under the file's lock,
 * never a rewrite). What cannot be written is said with g_message and
 * counted in "n-failed"; "n-recorded" counts the lines written. Both are
 * properties (notified). limber-reminders uses one; so do the tests.
 */
LimberBreakRecorder *limber_break_recorder_new            (LimberSittingModel  *model,
                                                           LimberHistory       *history);
guint                limber_break_recorder_get_n_recorded (LimberBreakRecorder *self);
guint                limber_break_recorder_get_n_failed   (LimberBreakRecorder *self);

G_END_DECLS
