/* limber-player-page-private.h: what the tests read from the player page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "limber-player-page.h"

G_BEGIN_DECLS

/* What the big countdown shows now ("0:45"). */
const char    *limber_player_page_get_time_text       (LimberPlayerPage *self);
/* "Level +1" under the title, "" at level 0. */
const char    *limber_player_page_get_level_text      (LimberPlayerPage *self);
/* The phase label shown now ("Work", "Rest", …). */
const char    *limber_player_page_get_phase_text      (LimberPlayerPage *self);
/* TRUE while a once-a-second update is armed. */
gboolean       limber_player_page_is_ticking          (LimberPlayerPage *self);

/* TRUE while the "Speaking" indicator is shown. */
gboolean       limber_player_page_get_speaking_shown  (LimberPlayerPage *self);
/* While the "Voice unavailable" line shows, why (its tooltip); NULL when
 * it does not show. */
const char    *limber_player_page_get_voice_problem   (LimberPlayerPage *self);

G_END_DECLS
