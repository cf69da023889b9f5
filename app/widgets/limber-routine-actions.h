/* limber-routine-actions.h: the window's commands that change the library
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "limber-editor-window.h"
#include "limber-library.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_ROUTINE_ACTIONS (limber_routine_actions_get_type ())

G_DECLARE_FINAL_TYPE (LimberRoutineActions, limber_routine_actions, LIMBER, ROUTINE_ACTIONS, GObject)

/*
 * Adds to @window (a LimberWindow) the actions win.new-routine, win.edit,
 * win.duplicate, win.delete, win.restore-default, win.import and win.export,
 * which work on the routine the window shows, and keeps the window's routine
 * in step with the library (a routine changed or removed on disk). Deleting
 * and restoring a default show a toast with Undo; the file goes when the
 * toast does (or when the window closes).
 */
LimberRoutineActions *limber_routine_actions_new            (gpointer              window,
                                                             LimberLibrary        *library);
/* Imports @files one after the other (asking about clashes). */
void                  limber_routine_actions_import_files   (LimberRoutineActions *self,
                                                             GListModel           *files);
/* Writes @routine's canonical JSON to @file. */
void                  limber_routine_actions_export_to_file (LimberRoutineActions *self,
                                                             LimberRoutine        *routine,
                                                             GFile                *file);
/* TRUE while an import or export runs or waits for an answer. */
gboolean              limber_routine_actions_get_busy       (LimberRoutineActions *self);

/* For tests: the open editor, the dialog asking something (an import clash
 * or import errors) and the last toast; each may be NULL. */
LimberEditorWindow   *limber_routine_actions_get_editor_window (LimberRoutineActions *self);
AdwMessageDialog     *limber_routine_actions_get_dialog     (LimberRoutineActions *self);
AdwToast             *limber_routine_actions_get_toast      (LimberRoutineActions *self);

G_END_DECLS
