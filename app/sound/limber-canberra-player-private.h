/* limber-canberra-player-private.h: the state of the player
 *
 * For the tests; the program does not use these.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "limber-canberra-player.h"

G_BEGIN_DECLS

gboolean              limber_canberra_player_get_ready         (LimberCanberraPlayer *self);
const char           *limber_canberra_player_get_error_message (LimberCanberraPlayer *self);

G_END_DECLS
