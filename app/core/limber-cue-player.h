/* limber-cue-player.h: what plays the sound cues
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "limber-types.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_CUE_PLAYER (limber_cue_player_get_type ())

G_DECLARE_INTERFACE (LimberCuePlayer, limber_cue_player, LIMBER, CUE_PLAYER, GObject)

/*
 * A cue player turns cues into sound. The engine never plays sound itself:
 * the program connects a session's "cue" signal to a player. Implementations:
 * the libcanberra player (app/sound/) and a recording fake in the tests.
 *
 * The "available" property (boolean, default TRUE) turns FALSE, once, when
 * the player finds it cannot make sound (no sound server, no card, an error
 * of the sound library); the UI shows that, and play() keeps being a cheap
 * no-op that prints nothing.
 */
struct _LimberCuePlayerInterface
{
  GTypeInterface parent_iface;

  void (*play)    (LimberCuePlayer *self,
                   LimberCueKind    kind);
  void (*prepare) (LimberCuePlayer *self);
};

void     limber_cue_player_play          (LimberCuePlayer *self,
                                          LimberCueKind    kind);
/* Makes the player ready to sound without delay: call it as soon as it is
 * known that a session will start. A player may defer its set-up until then
 * (or until its first cue) to keep the program's start light. Optional for
 * implementations; cheap to call again. */
void     limber_cue_player_prepare       (LimberCuePlayer *self);
gboolean limber_cue_player_get_available (LimberCuePlayer *self);

G_END_DECLS
