/* limber-reminders.h: the background part of break reminders (GIO only)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define LIMBER_REMINDERS_APP_ID APP_ID ".Reminders"
#define LIMBER_REMINDERS_OBJECT_PATH "/io/github/limber/Limber/Reminders"
/* The stateful action that tells the window how long the person sits. */
#define LIMBER_REMINDERS_SITTING_ACTION "sitting"
#define LIMBER_REMINDERS_SITTING_STATE_TYPE "(bxu)"

#define LIMBER_TYPE_REMINDERS (limber_reminders_get_type ())

G_DECLARE_FINAL_TYPE (LimberReminders, limber_reminders, LIMBER, REMINDERS, GApplication)

/*
 * The program limber-reminders (issue #11): a GApplication without GTK,
 * io.github.limber.Limber.Reminders, that keeps running with no window while
 * break reminders are on. It owns the sitting model on the real clock, fed by
 * the desktop's idle time, lock and sleep, bound to the settings, and sends
 * the reminder as a GNotification.
 *
 * Actions (also over D-Bus, org.freedesktop.Application.ActivateAction):
 *   start-break        Start (also the notification's default action):
 *                      the break routine opens in Limber's player,
 *                      counting down ("limber --start ID", or Limber's
 *                      app.start-routine when it runs)
 *   snooze             In 5 Minutes
 *   skip               Skip; then the offer to pause (Pause for 1 Hour, Pause
 *                      for Today: the pause action), as a notification of its own
 *   pause (s)          "hour" or "today": Pause Reminders
 *   session-running (b) the window tells it a session runs (a break)
 *   quit               Quit from Limber's menu: until the next start
 *   checkin (s)        the next-morning check-in's notification (default
 *                      action and its button): Limber's window opens the
 *                      check-in about that session ("limber --checkin ID")
 *   checkin-answered   the window recorded the check-in: its notification goes
 *
 * Without a notification server on the bus (and outside a sandbox) the
 * reminder goes to Limber's window instead, when it runs (its app.show-reminder
 * and app.hide-reminder actions).
 *
 * State (org.gtk.Actions on the same object path; read it with a
 * GDBusActionGroup, whose "action-state-changed" brings every change,
 * no polling):
 *   sitting (bxu)      (sitting, since, n_breaks): whether the person sits
 *                      now; when the stretch began (wall clock, Unix
 *                      seconds; 0 when not sitting); how many break lines
 *                      it has written since it started (a change means
 *                      the history has new "break" lines). It changes
 *                      only when a stretch starts or ends or a break is
 *                      recorded; the minutes are counted by the reader.
 *                      Read-only (change requests are ignored).
 *
 * Every break event of the sitting model (a break taken, Skip, In 5
 * Minutes) is appended to the history as a line of kind "break"
 * (docs/history-format.md), under the file's lock.
 *
 * It also sends the next-morning check-in at the chosen time
 * (morning-checkin, morning-checkin-time; LimberCheckinScheduler), and runs
 * for it alone when break reminders are off (the sitting model then does
 * nothing).
 *
 * It quits when break-reminders and morning-checkin are both off (at start
 * too).
 */
LimberReminders *limber_reminders_new (void);

/* Whether it runs: break-reminders or morning-checkin is on in @settings. */
static inline gboolean
limber_reminders_wanted (GSettings *settings)
{
  return g_settings_get_boolean (settings, "break-reminders") ||
         g_settings_get_boolean (settings, "morning-checkin");
}

G_END_DECLS
