/* limber-ui-format.h: the words the window uses for times and exercises
 *
 * Pure functions of values (no widgets), so the tests check them directly.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "limber-exercise.h"
#include "limber-plan.h"
#include "limber-routine.h"
#include "limber-speaker.h"

G_BEGIN_DECLS

/* "45 s", "12 min", "1 h 5 min": a rounded length for lists. */
char       *limber_ui_format_length         (guint             seconds);
/* "12 min · 6 exercises · 2 rounds" */
char       *limber_ui_describe_routine      (LimberRoutine    *routine);
/* "2 × 30 s · each side · 10 s rest", "3 × 12 reps (3 s each)" */
char       *limber_ui_describe_exercise     (LimberExercise   *exercise);
/* "Get ready", "Work", "Rest", "Switch sides", "Finished" */
const char *limber_ui_step_phase_label      (const LimberStep *step);
/* The CSS class of a step's phase: "phase-prepare", "phase-work", … */
const char *limber_ui_step_phase_class      (const LimberStep *step);
/* A sentence for screen readers: "1 minute 5 seconds remaining". */
char       *limber_ui_describe_remaining    (guint             seconds);

/* Why @speaker cannot speak: "Voice unavailable: …" with the reason the
 * speech service gave, or a plain "Voice unavailable" from a speaker that
 * gives none. */
char       *limber_ui_describe_voice_problem (LimberSpeaker *speaker);

/* The safety note shown on the routine page and in About. */
const char *limber_ui_safety_note           (void);
/* The signs that need urgent help (part of the safety note). */
const char *limber_ui_urgent_note           (void);
/* The warning signs to see a doctor or physical therapist for (the "get
 * it checked" card). */
const char *limber_ui_warning_signs         (void);

G_END_DECLS
