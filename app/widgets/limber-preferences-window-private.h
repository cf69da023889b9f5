/* limber-preferences-window-private.h: what the tests reach in the
 * preferences window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "limber-idle-source.h"
#include "limber-library.h"
#include "limber-preferences-window.h"

G_BEGIN_DECLS

/* The routines a break can run (the parent's application's library by default). */
void       limber_preferences_window_set_library       (LimberPreferencesWindow *self,
                                                        LimberLibrary           *library);
/* The idle source whose capability Preferences reports (the desktop's by
 * default); @known: it has already found out what it can do. */
void       limber_preferences_window_set_idle_source   (LimberPreferencesWindow *self,
                                                        LimberIdleSource        *source,
                                                        gboolean                 known);

GtkWidget *limber_preferences_window_get_reminders_page        (LimberPreferencesWindow *self);
GtkWidget *limber_preferences_window_get_reminders_switch      (LimberPreferencesWindow *self);
GtkWidget *limber_preferences_window_get_interval_row          (LimberPreferencesWindow *self);
GtkWidget *limber_preferences_window_get_routine_row           (LimberPreferencesWindow *self);
GtkWidget *limber_preferences_window_get_pause_row             (LimberPreferencesWindow *self);
GtkWidget *limber_preferences_window_get_pause_hour_button     (LimberPreferencesWindow *self);
GtkWidget *limber_preferences_window_get_pause_today_button    (LimberPreferencesWindow *self);
GtkWidget *limber_preferences_window_get_resume_button         (LimberPreferencesWindow *self);
GtkWidget *limber_preferences_window_get_start_at_login_switch (LimberPreferencesWindow *self);
GtkWidget *limber_preferences_window_get_start_at_login_label (LimberPreferencesWindow *self);
GtkWidget *limber_preferences_window_get_idle_label            (LimberPreferencesWindow *self);
GtkWidget *limber_preferences_window_get_work_start_row        (LimberPreferencesWindow *self);
GtkWidget *limber_preferences_window_get_work_end_row          (LimberPreferencesWindow *self);
GtkWidget *limber_preferences_window_get_hours_label           (LimberPreferencesWindow *self);
/* @day: 0 = Monday … 6 = Sunday */
GtkWidget *limber_preferences_window_get_day_button            (LimberPreferencesWindow *self,
                                                                guint                    day);
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
