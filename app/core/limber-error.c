/* limber-error.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-core"

#include "config.h"

#include "limber-error.h"

G_DEFINE_QUARK (limber-routine-error-quark, limber_routine_error)
G_DEFINE_QUARK (limber-history-error-quark, limber_history_error)
