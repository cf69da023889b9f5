/* limber-canberra-player.h: the cue player that plays through libcanberra
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "limber-cue-player.h"

G_BEGIN_DECLS

#define LIMBER_SOUND_ERROR (limber_sound_error_quark ())

/**
 * LimberSoundError:
 * @LIMBER_SOUND_ERROR_NO_OUTPUT: no sound server (and no usable sound card)
 * @LIMBER_SOUND_ERROR_MISSING_SOUND: a cue's sound is not installed
 * @LIMBER_SOUND_ERROR_PLAY_FAILED: the sound library failed to play a cue
 */
typedef enum {
  LIMBER_SOUND_ERROR_NO_OUTPUT = 1,
  LIMBER_SOUND_ERROR_MISSING_SOUND,
  LIMBER_SOUND_ERROR_PLAY_FAILED,
} LimberSoundError;

GQuark limber_sound_error_quark (void);

#define LIMBER_TYPE_CANBERRA_PLAYER (limber_canberra_player_get_type ())

G_DECLARE_FINAL_TYPE (LimberCanberraPlayer, limber_canberra_player, LIMBER, CANBERRA_PLAYER, GObject)

/*
 * Plays each cue kind as the event "limber-<kind>" of the XDG sound theme
 * "limber" (data/sounds/), through PulseAudio (or PipeWire's PulseAudio
 * server), falling back to ALSA only when the machine has a sound card.
 *
 * The sound connection is opened and every cue is uploaded to the sound
 * server's cache in a worker thread, so neither construction nor play()
 * blocks the main loop; "ready" turns TRUE (notify, on the thread default
 * main context of the constructor) when that is done. A cue played before
 * then is kept and played as soon as the player is ready.
 *
 * @settings (nullable): the io.github.limber.Limber settings. The player
 * honours "sound-enabled", "volume" and the "cue-<kind>" switches at play
 * time, following their changes. Without settings every cue plays at full
 * volume.
 *
 * On the first failure (no sound server, a missing sound file, a play
 * error) "available" turns FALSE once, g_debug() says why, and play() is
 * from then on a silent no-op; "error-message" has a sentence for the UI.
 */
LimberCanberraPlayer *limber_canberra_player_new               (GSettings            *settings);


G_END_DECLS
