/* limber-preferences-window-private.h: what the tests look at
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "limber-preferences-window.h"

G_BEGIN_DECLS

/* The speaker given with limber_preferences_window_set_speaker (), or NULL. */
LimberSpeaker *limber_preferences_window_get_speaker (LimberPreferencesWindow *self);

/* The voice group's rows and controls. */
AdwActionRow  *limber_preferences_window_get_voice_row        (LimberPreferencesWindow *self);
GtkSwitch     *limber_preferences_window_get_voice_switch     (LimberPreferencesWindow *self);
GtkRange      *limber_preferences_window_get_voice_rate       (LimberPreferencesWindow *self);
GtkRange      *limber_preferences_window_get_voice_volume     (LimberPreferencesWindow *self);
GtkSwitch     *limber_preferences_window_get_voice_count_reps (LimberPreferencesWindow *self);
GtkButton     *limber_preferences_window_get_voice_test       (LimberPreferencesWindow *self);

G_END_DECLS
