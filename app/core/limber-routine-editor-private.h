/* limber-routine-editor-private.h: saving synchronously, reverting, all problems
 *
 * For the tests; the program does not use these.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "limber-routine-editor.h"

G_BEGIN_DECLS

/* Every problem, in the validator's order: a GPtrArray of LimberProblem. */
GPtrArray           *limber_routine_editor_get_problems     (LimberRoutineEditor *self);
/* As limber_routine_editor_save_async (), in the calling thread. */
gboolean             limber_routine_editor_save             (LimberRoutineEditor *self,
                                                             GCancellable        *cancellable,
                                                             GError             **error);
/* Puts the copy back to what was last saved (discarding the changes). */
void                 limber_routine_editor_revert           (LimberRoutineEditor *self);

G_END_DECLS
