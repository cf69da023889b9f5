/* limber-history-private.h: the history file and its damaged lines
 *
 * For the tests; the program does not use these.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "limber-history.h"

G_BEGIN_DECLS

GFile               *limber_history_get_file            (LimberHistory        *self);
guint                limber_history_get_n_damaged       (LimberHistory        *self);
/* The first damaged line numbers (1-based), at most
 * LIMBER_HISTORY_MAX_DAMAGED_LINES of them. */
const guint         *limber_history_get_damaged_lines   (LimberHistory        *self,
                                                         guint                *n_lines);

G_END_DECLS
