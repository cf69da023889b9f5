/* limber-test-speaker.h: a speaker that logs what it is asked and passes
 * it on (for play-routine and bench-voice)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "limber-speaker.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_TEST_SPEAKER (limber_test_speaker_get_type ())

G_DECLARE_FINAL_TYPE (LimberTestSpeaker, limber_test_speaker, LIMBER, TEST_SPEAKER, GObject)

/* Called for each say (text != NULL) and cancel (text NULL), before the
 * call is passed on, with g_get_monotonic_time (). */
typedef void (*LimberTestSpeakerFunc) (const char *text,
                                       gint64      latest_end,
                                       gint64      now,
                                       gpointer    user_data);

/* Passes everything on to @inner (its "available" and "speaking" too). */
LimberSpeaker *limber_test_speaker_new (LimberSpeaker         *inner,
                                        LimberTestSpeakerFunc  func,
                                        gpointer               user_data);

G_END_DECLS
