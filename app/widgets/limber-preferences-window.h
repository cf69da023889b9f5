/* limber-preferences-window.h: the settings, bound to GSettings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "limber-autostart.h"
#include "limber-speaker.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_PREFERENCES_WINDOW (limber_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (LimberPreferencesWindow, limber_preferences_window, LIMBER, PREFERENCES_WINDOW, AdwPreferencesWindow)

/* @settings: the io.github.limber.Limber settings */
GtkWidget *limber_preferences_window_new (GtkWindow *parent,
                                          GSettings *settings);
/* The speaker of the spoken guidance, for its state ("Voice unavailable: …"
 * under the switch) and Test Voice; NULL (the default) when Limber was
 * built without voice: the group says so and shows no controls. */
void       limber_preferences_window_set_speaker (LimberPreferencesWindow *self,
                                                  LimberSpeaker           *speaker);

/* "Start at login": a refusal (of the Background portal in a sandbox) or a
 * failure shows under the switch, in the words of @autostart's "problem". */
void       limber_preferences_window_set_autostart (LimberPreferencesWindow *self,
                                                    LimberAutostart         *autostart);

G_END_DECLS
