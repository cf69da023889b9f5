/* limber-application.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "limber-cue-player.h"
#include "limber-history.h"
#include "limber-reminders-link.h"
#include "limber-library.h"
#include "limber-speaker.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_APPLICATION (limber_application_get_type ())

G_DECLARE_FINAL_TYPE (LimberApplication, limber_application, LIMBER, APPLICATION, AdwApplication)

LimberApplication *limber_application_new         (void);
LimberLibrary     *limber_application_get_library (LimberApplication *self);
/* The io.github.limber.Limber settings (after startup). */
GSettings         *limber_application_get_settings   (LimberApplication *self);
/* The one cue player of the program (after startup). */
LimberCuePlayer   *limber_application_get_cue_player (LimberApplication *self);
/* The one speaker of the spoken guidance (after startup), or NULL when
 * Limber was built without voice (meson option voice). */
LimberSpeaker     *limber_application_get_speaker    (LimberApplication *self);
/* The session history (after startup; loaded in the background). */
LimberHistory     *limber_application_get_history    (LimberApplication *self);
/* The window's side of the break reminders' background part (after
 * startup). */
LimberRemindersLink *limber_application_get_reminders_link (LimberApplication *self);
/* A session runs (a break: no reminder comes during one); tells the
 * background part of break reminders. */
void               limber_application_set_session_running (LimberApplication *self,
                                                           gboolean           running);

G_END_DECLS
