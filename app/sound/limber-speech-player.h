/* limber-speech-player.h: the speaker that talks through speech-dispatcher
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "limber-speaker.h"

G_BEGIN_DECLS

#define LIMBER_SPEECH_ERROR (limber_speech_error_quark ())

/**
 * LimberSpeechError:
 * @LIMBER_SPEECH_ERROR_NO_SERVICE: no speech service answers (not
 *   installed, or it could not be started)
 * @LIMBER_SPEECH_ERROR_NO_VOICE: the service has no voice (output module)
 * @LIMBER_SPEECH_ERROR_DROPPED: the connection to the service dropped
 */
typedef enum {
  LIMBER_SPEECH_ERROR_NO_SERVICE = 1,
  LIMBER_SPEECH_ERROR_NO_VOICE,
  LIMBER_SPEECH_ERROR_DROPPED,
} LimberSpeechError;

GQuark limber_speech_error_quark (void);

#define LIMBER_TYPE_SPEECH_PLAYER (limber_speech_player_get_type ())

G_DECLARE_FINAL_TYPE (LimberSpeechPlayer, limber_speech_player, LIMBER, SPEECH_PLAYER, GObject)

/*
 * Speaks through speech-dispatcher (libspeechd), which starts its daemon
 * when needed and plays through PulseAudio or PipeWire.
 *
 * Every call to the service happens in a worker thread of the player, in
 * order: say(), cancel(), prepare() and the setters only queue a request
 * and return at once, so a slow or hung service never delays the caller
 * (a cue, the window). prepare() (or the first say()) connects; "ready"
 * turns TRUE (notify, on the thread-default main context of the
 * constructor) once connected with a voice for limber_speech_language ().
 * A phrase whose latest end has come when the worker gets to it is not
 * said.
 *
 * @settings (nullable): the io.github.limber.Limber settings; the player
 * follows "voice" (off: say() does nothing), "voice-rate" and
 * "voice-volume". Without settings: on, normal rate and volume. While
 * "voice" is off, a session should have no speaker at all
 * (limber_session_set_speaker (session, NULL, NULL)): with a silent
 * speaker that counts reps, the rep ticks would be missing.
 *
 * When the service cannot be reached, has no voice, or the connection
 * drops, "available" turns FALSE once, get_error_message() says "Voice
 * unavailable: …" with the reason, and say() is a no-op from then on.
 * "speaking" is TRUE from the start to the end of each phrase, as
 * speech-dispatcher reports them.
 */
LimberSpeechPlayer *limber_speech_player_new               (GSettings          *settings);

gboolean            limber_speech_player_get_ready         (LimberSpeechPlayer *self);
const char         *limber_speech_player_get_error_message (LimberSpeechPlayer *self);
const GError       *limber_speech_player_get_error         (LimberSpeechPlayer *self);
/* -100 … 100, 0 normal; as speech-dispatcher takes them. */
void                limber_speech_player_set_rate          (LimberSpeechPlayer *self,
                                                            int                 rate);
void                limber_speech_player_set_volume        (LimberSpeechPlayer *self,
                                                            int                 volume);
/* Whether say() speaks (the "voice" setting); TRUE by default. */
void                limber_speech_player_set_enabled       (LimberSpeechPlayer *self,
                                                            gboolean            enabled);

G_END_DECLS
