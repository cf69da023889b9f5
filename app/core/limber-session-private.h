/* limber-session-private.h: controls only the tests use
 *
 * For the tests; the program does not use these.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "limber-session.h"

G_BEGIN_DECLS

/* Each is safe in every state, a no-op where it does not apply. */
guint               limber_session_get_step_index      (LimberSession *self);
void                limber_session_pause               (LimberSession *self);
void                limber_session_resume              (LimberSession *self);
void                limber_session_restart_step        (LimberSession *self);

G_END_DECLS
