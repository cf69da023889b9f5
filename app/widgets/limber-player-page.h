/* limber-player-page.h: the running session, readable from the mat
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "limber-session.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_PLAYER_PAGE (limber_player_page_get_type ())

G_DECLARE_FINAL_TYPE (LimberPlayerPage, limber_player_page, LIMBER, PLAYER_PAGE, AdwBin)

/*
 * The page shows a session and commands it through the window's actions
 * (win.previous, win.toggle-pause, win.next, win.done, win.add-time,
 * win.remove-time, win.stop, win.fullscreen); "+10 s" and "−10 s" show for
 * timed sets only. It redraws on the session's changes and once per second,
 * aligned to the second boundary of the remaining time; it stops its timer
 * while it is not mapped or its window is minimised.
 */
void           limber_player_page_set_session         (LimberPlayerPage *self,
                                                       LimberSession    *session);
/* Shows the time now and ticks from it (after the step was made longer or
 * shorter). */
void           limber_player_page_refresh_time        (LimberPlayerPage *self);
void           limber_player_page_set_sound_available (LimberPlayerPage *self,
                                                       gboolean          available);
/* Shows a "Speaking" indicator while @speaker's "speaking" is TRUE, and
 * "Voice unavailable" while its "available" is FALSE; NULL (voice off)
 * hides both. */
void           limber_player_page_set_speaker         (LimberPlayerPage *self,
                                                       LimberSpeaker    *speaker);

G_END_DECLS
