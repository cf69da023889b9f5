/* limber-first-run-card.h: the first run's safety note, then the offer of
 * move reminders
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define LIMBER_TYPE_FIRST_RUN_CARD (limber_first_run_card_get_type ())

G_DECLARE_FINAL_TYPE (LimberFirstRunCard, limber_first_run_card, LIMBER, FIRST_RUN_CARD, GtkWidget)

/*
 * Shown while the setting reminders-offered is false: first the safety note
 * ("I Understand"), then the offer of move reminders. "Turn On Reminders"
 * sets break-reminders; either answer sets reminders-offered, so the card
 * never comes again. Without settings it stays hidden.
 */
void limber_first_run_card_set_settings (LimberFirstRunCard *self,
                                         GSettings          *settings);

/* For tests: the visible stage ("safety" or "offer") and the buttons. */
const char *limber_first_run_card_get_stage            (LimberFirstRunCard *self);
GtkButton  *limber_first_run_card_get_understood_button (LimberFirstRunCard *self);
GtkButton  *limber_first_run_card_get_not_now_button    (LimberFirstRunCard *self);
GtkButton  *limber_first_run_card_get_turn_on_button    (LimberFirstRunCard *self);

G_END_DECLS
