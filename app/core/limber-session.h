/* limber-session.h: the timer engine, running a step plan in time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "limber-clock.h"
#include "limber-plan.h"
#include "limber-sleep-monitor.h"
#include "limber-speaker.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_SESSION (limber_session_get_type ())

G_DECLARE_FINAL_TYPE (LimberSession, limber_session, LIMBER, SESSION, GObject)

typedef enum {
  LIMBER_SESSION_READY,     /* made, not started */
  LIMBER_SESSION_RUNNING,
  LIMBER_SESSION_PAUSED,
  LIMBER_SESSION_FINISHED,  /* reached the end of the plan */
  LIMBER_SESSION_STOPPED,   /* stopped by the person before the end */
} LimberSessionState;

#define LIMBER_TYPE_SESSION_STATE (limber_session_state_get_type ())

GType limber_session_state_get_type (void) G_GNUC_CONST;

/*
 * A session runs a plan against a clock. Every step end is an absolute
 * deadline on the clock; pausing shifts the deadlines by exactly the paused
 * time. The session wakes only for deadlines and cues (no fixed tick): a UI
 * asks for the remaining time when it draws.
 *
 * Signals:
 * - "step-changed" (guint index): the current step changed (start, a step
 *   ended, next, previous, restart). Emitted after the state is updated.
 * - "cue" (LimberCueKind kind, gint64 planned_time): a cue is due now;
 *   planned_time is its exact time on the clock (µs).
 * - "state" notify of the "state" property; "finished" and "stopped" states
 *   are final.
 *
 * Cues, in order of emission at one instant: the end of a step (exercise-done
 * when the WORK step with last_set_of_exercise ends), then the next step's
 * start cue: get-ready (PREPARE), go (WORK), switch-sides (SWITCH), rest
 * (REST, REST_EXERCISE), session-finished (FINISHED). During a step:
 * countdown at 3, 2 and 1 s before the end of PREPARE, REST, REST_EXERCISE
 * and timed WORK steps (not SWITCH, and only those seconds that lie inside
 * the step), halfway at half of a timed WORK step of 20 s or more
 * (duration_us / 2), and rep at the start of each paced rep after the first
 * (k × rep_duration for k = 1 … reps − 1; the first rep starts with "go").
 * A manual-reps WORK step has no deadline: it counts up until Done.
 */

LimberSession      *limber_session_new                 (LimberPlan    *plan,
                                                        LimberClock   *clock);

LimberPlan         *limber_session_get_plan            (LimberSession *self);
LimberSessionState  limber_session_get_state           (LimberSession *self);
const LimberStep   *limber_session_get_step            (LimberSession *self);
/* The step after the current one that is not FINISHED, or NULL. */
const LimberStep   *limber_session_get_next_step       (LimberSession *self);

/* Times in milliseconds, as of the clock's now (paused time frozen).
 * Remaining of a manual-reps step is 0; its elapsed counts up. */
gint64              limber_session_get_step_remaining_ms (LimberSession *self);
gint64              limber_session_get_step_elapsed_ms   (LimberSession *self);
/* The current step's planned length (after add_time), ms. */
gint64              limber_session_get_step_duration_ms  (LimberSession *self);
/* Remaining of this step plus all later planned steps, ms. */
gint64              limber_session_get_total_remaining_ms (LimberSession *self);
/* Time spent running (pauses excluded) since start, ms. */
gint64              limber_session_get_active_ms          (LimberSession *self);

/* Controls: each is safe in every state, a no-op where it does not apply. */
void                limber_session_start               (LimberSession *self);
void                limber_session_toggle_pause        (LimberSession *self);
/* Skips to the next step (the current one counts as skipped if it was WORK
 * and not completed). */
void                limber_session_next                (LimberSession *self);
/* Restarts the current step if more than 3 s into it, else goes back one. */
void                limber_session_previous            (LimberSession *self);
/* Adds (or with a negative value removes) time to the current timed step;
 * the remaining time never goes below 1 s by removing. */
void                limber_session_add_time            (LimberSession *self,
                                                        gint           seconds);
/* Ends a manual-reps set (completed). */
void                limber_session_done                (LimberSession *self);
void                limber_session_stop                (LimberSession *self);

/* What has been done so far, for the history, per exercise index over all
 * rounds: sets completed (for a "both" exercise, a set counts when both of
 * its sides were completed) and sets skipped (any of its sides skipped by
 * next, or not reached because the session was stopped). Planned sets are
 * n_sets × n_rounds. */
guint               limber_session_get_completed_sets  (LimberSession *self,
                                                        guint          exercise_index);
guint               limber_session_get_skipped_sets    (LimberSession *self,
                                                        guint          exercise_index);
/* TRUE once at least one WORK step has started. */
gboolean            limber_session_get_did_work        (LimberSession *self);

/* Added: lets @monitor pause the session. The session connects "sleeping"
 * to limber_session_pause and, each time it wakes for a deadline, calls
 * limber_sleep_monitor_check () with the clock's time and g_get_real_time ()
 * (the observations restart at start and resume). NULL unsets. */
void                limber_session_set_sleep_monitor   (LimberSession      *self,
                                                        LimberSleepMonitor *monitor);

/* Speaks the plan through @speaker (NULL: silent): the session says each
 * phrase of limber_speech_script_new (plan, @options) on plan, relative to
 * its step as cues are, and cancels the speaker at a phrase's latest end,
 * on pause, stop and every skip (next, previous, restart, done); resume
 * says only phrases still ahead. With options->count_reps a spoken count
 * replaces a paced rep's "rep" cue (no "cue" signal) while the speaker is
 * available. The end's phrase ("Well done") is said after the session has
 * finished. May be called in any state; applies from now on. */
void                limber_session_set_speaker         (LimberSession             *self,
                                                        LimberSpeaker             *speaker,
                                                        const LimberSpeechOptions *options);
/* The script being spoken, or NULL without a speaker. */
LimberSpeechScript *limber_session_get_speech_script   (LimberSession             *self);

G_END_DECLS
