/* limber-routine-preview.h: a routine file opened from outside, before it
 * is added to the person's routines
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "limber-routine.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_ROUTINE_PREVIEW (limber_routine_preview_get_type ())

G_DECLARE_FINAL_TYPE (LimberRoutinePreview, limber_routine_preview, LIMBER, ROUTINE_PREVIEW, AdwWindow)

/*
 * A modal window over @parent that loads @file (in a worker thread) and
 * shows the routine in it — title, description, exercises, total time, the
 * "x-author" key if there is one — with "Add to My Routines"; or, for a
 * file that cannot be loaded, the loader's message. "Add to My Routines"
 * emits ::add-requested with the file and closes the preview: the import
 * itself is the caller's.
 */
LimberRoutinePreview *limber_routine_preview_new         (GtkWindow            *parent,
                                                          GFile                *file);
GFile                *limber_routine_preview_get_file    (LimberRoutinePreview *self);

/* For tests: TRUE once the file is loaded or refused. */
gboolean              limber_routine_preview_get_loaded  (LimberRoutinePreview *self);
/* The routine in the file (NULL before loading or for a bad file). */
LimberRoutine        *limber_routine_preview_get_routine (LimberRoutinePreview *self);
/* The loader's message for a bad file, or NULL. */
const char           *limber_routine_preview_get_problem (LimberRoutinePreview *self);
/* The author line shown ("By Sam"), or NULL when the file names nobody. */
const char           *limber_routine_preview_get_author_text (LimberRoutinePreview *self);
/* Presses "Add to My Routines". */
void                  limber_routine_preview_add         (LimberRoutinePreview *self);

G_END_DECLS
