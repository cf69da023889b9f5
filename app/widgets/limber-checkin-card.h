/* limber-checkin-card.h: the next-morning check-in on the library page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "limber-history.h"
#include "limber-pain-scale.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_CHECKIN_CARD (limber_checkin_card_get_type ())

G_DECLARE_FINAL_TYPE (LimberCheckinCard, limber_checkin_card, LIMBER, CHECKIN_CARD, AdwBin)

/*
 * "How does your back feel this morning?": shown while morning-checkin is
 * on and a session awaits a check-in (limber_history_checkins_find_due at
 * morning-checkin-time), unless the person dismissed that one ("Not Now"
 * sets checkin-dismissed). Eleven large buttons 0–10 and Save append a
 * "checkin" line to the history; the card then hides. It looks again when
 * the history or the settings change, and every 10 minutes while on.
 *
 * Signal "saved" (int pain): a check-in was recorded.
 */
void                  limber_checkin_card_set_history   (LimberCheckinCard *self,
                                                         LimberHistory     *history,
                                                         GSettings         *settings);
/* Shows the check-in about @session_id (a click on the notification),
 * whatever the time, once the history has it; FALSE when it is not in the
 * loaded history or answered already. */
gboolean              limber_checkin_card_show_session  (LimberCheckinCard *self,
                                                         const char        *session_id);
/* The session asked about, or NULL when the card is hidden. */
const char           *limber_checkin_card_get_session_id (LimberCheckinCard *self);

/* For tests. */
LimberPainScale      *limber_checkin_card_get_scale      (LimberCheckinCard *self);
GtkButton            *limber_checkin_card_get_save_button (LimberCheckinCard *self);
GtkButton            *limber_checkin_card_get_not_now_button (LimberCheckinCard *self);
/* Looks again now, at @now (NULL: the local time now). */
void                  limber_checkin_card_refresh        (LimberCheckinCard *self,
                                                          GDateTime         *now);

G_END_DECLS
