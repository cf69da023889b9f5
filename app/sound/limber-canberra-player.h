/* limber-canberra-player.h: the cue player that plays through libcanberra
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "limber-cue-player.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_CANBERRA_PLAYER (limber_canberra_player_get_type ())

G_DECLARE_FINAL_TYPE (LimberCanberraPlayer, limber_canberra_player, LIMBER, CANBERRA_PLAYER, GObject)

LimberCanberraPlayer *limber_canberra_player_new (void);

G_END_DECLS
