/* limber-reminders-link.h: the window's side of the background part
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define LIMBER_TYPE_REMINDERS_LINK (limber_reminders_link_get_type ())

G_DECLARE_FINAL_TYPE (LimberRemindersLink, limber_reminders_link, LIMBER, REMINDERS_LINK, GObject)

/*
 * How Limber talks to limber-reminders (io.github.limber.Limber.Reminders,
 * see app/reminders/limber-reminders.h) over the session bus: it starts the
 * program when break-reminders is (or turns) on, tells it whether a session
 * runs (again whenever it appears on the bus), and stops it on Quit. Every
 * call is org.freedesktop.Application.ActivateAction without auto-start: no
 * call starts the background part by itself.
 *
 * It also follows the background part's stateful action "sitting" (bxu)
 * through a GDBusActionGroup: org.gtk.Actions' Changed signal brings every
 * change, nothing polls the bus. "sitting-changed" () when it changes,
 * comes or goes.
 */
LimberRemindersLink *limber_reminders_link_new                 (GSettings           *settings);
void                 limber_reminders_link_set_session_running (LimberRemindersLink *self,
                                                                gboolean             running);
/* An answer to the reminder shown in the window: "start-break", "snooze" or
 * "skip" (the notification's actions). */
void                 limber_reminders_link_answer              (LimberRemindersLink *self,
                                                                const char          *answer);
/* FALSE while the state is unknown (the background part is not running).
 * @since: when the stretch began, wall clock, Unix seconds (0 when not
 * sitting); @n_breaks_written: break lines it has appended to the history
 * since it started (a change means new lines). */
gboolean             limber_reminders_link_get_sitting         (LimberRemindersLink *self,
                                                                gboolean            *sitting,
                                                                gint64              *since,
                                                                guint               *n_breaks_written);
/* Quit from the menu: the background part stops until the next login or the
 * next start of Limber. Waits (briefly) for the call to go out. */
void                 limber_reminders_link_quit                (LimberRemindersLink *self);

/* The path of limber-reminders (next to limber in a build tree). */
char                *limber_reminders_link_get_program         (void);

G_END_DECLS
