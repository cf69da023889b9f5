/* limber-speaker.h: what speaks the spoken guidance
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "limber-speech-script.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_SPEAKER (limber_speaker_get_type ())

G_DECLARE_INTERFACE (LimberSpeaker, limber_speaker, LIMBER, SPEAKER, GObject)

/*
 * A speaker turns phrases into speech, as a LimberCuePlayer turns cues into
 * sound. The session drives it (limber_session_set_speaker): it says each
 * phrase of its LimberSpeechScript on plan and cancels at the phrase's
 * latest end, on pause and on every skip. Implementations: the
 * speech-dispatcher player (app/sound/) and a recording fake in the tests.
 *
 * say() returns at once: an implementation talks to its speech service off
 * the main thread. A new say() replaces whatever is still being said.
 * @latest_end is on the session's clock (the real clock is
 * g_get_monotonic_time), G_MAXINT64 for none: a phrase that could only
 * start after it is not said at all.
 *
 * Properties: "available" (boolean, default TRUE) turns FALSE, once, when
 * the speaker finds it cannot speak (no speech service, no voice, a
 * connection that dropped); say() then is a cheap silent no-op and the
 * session plays the rep ticks again. "speaking" (boolean) is TRUE while a
 * phrase is heard, for an indicator.
 */
struct _LimberSpeakerInterface
{
  GTypeInterface parent_iface;

  void (*say)     (LimberSpeaker        *self,
                   const char           *text,
                   LimberSpeechPriority  priority,
                   gint64                latest_end);
  void (*cancel)  (LimberSpeaker        *self);
  void (*prepare) (LimberSpeaker        *self);
};

void     limber_speaker_say           (LimberSpeaker        *self,
                                       const char           *text,
                                       LimberSpeechPriority  priority,
                                       gint64                latest_end);
/* Stops what is being said and drops what waits; cheap when silent. */
void     limber_speaker_cancel        (LimberSpeaker        *self);
/* Connects to the speech service ahead of the first phrase (call it when a
 * routine is shown: the first phrase after a cold start of the service
 * takes seconds). Optional for implementations; cheap to call again. */
void     limber_speaker_prepare       (LimberSpeaker        *self);
gboolean limber_speaker_get_available (LimberSpeaker        *self);
gboolean limber_speaker_get_speaking  (LimberSpeaker        *self);

G_END_DECLS
