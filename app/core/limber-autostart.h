/* limber-autostart.h: "Start at login", an XDG autostart entry
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The entry's file name in $XDG_CONFIG_HOME/autostart/ */
#define LIMBER_AUTOSTART_FILE_NAME "io.github.limber.Limber.Reminders.desktop"
/* What it runs: the background part (break reminders), no window. */
#define LIMBER_AUTOSTART_EXEC "limber --background"

/* $XDG_CONFIG_HOME/autostart/io.github.limber.Limber.Reminders.desktop */
char     *limber_autostart_get_path (void);

/*
 * Writes the autostart entry (with limber_safe_file_write, the folder made
 * when missing) when @enabled, removes it when not (no entry is no error).
 * FALSE and a message naming the file when that fails.
 */
gboolean  limber_autostart_apply    (gboolean   enabled,
                                     GError   **error);

/* Whether Limber runs in a Flatpak sandbox (/.flatpak-info exists): there
 * "Start at login" goes through the Background portal, not the file. */
gboolean  limber_autostart_in_sandbox (void);

/*
 * Asks the Background portal (org.freedesktop.portal.Background
 * RequestBackground on the session bus, GDBus) to run Limber in the
 * background and to start "limber --background" at login when @enabled (to
 * stop starting it at login when not). Fails with a message a person can act
 * on when the portal is missing or refuses.
 */
void      limber_autostart_request_background        (gboolean             enabled,
                                                      GCancellable        *cancellable,
                                                      GAsyncReadyCallback  callback,
                                                      gpointer             user_data);
gboolean  limber_autostart_request_background_finish (GAsyncResult        *result,
                                                      GError             **error);

#define LIMBER_TYPE_AUTOSTART (limber_autostart_get_type ())

G_DECLARE_FINAL_TYPE (LimberAutostart, limber_autostart, LIMBER, AUTOSTART, GObject)

/*
 * Keeps "Start at login" in step with the "start-at-login" key of @settings:
 * applies it now and whenever it changes, for as long as it lives; through
 * the portal in a sandbox, with the autostart entry elsewhere. A failure is
 * kept as "problem" (a message for Preferences, NULL when none): a refused
 * portal turns the key off again, the message stays until the next
 * successful "on".
 */
LimberAutostart *limber_autostart_new         (GSettings       *settings);
const char      *limber_autostart_get_problem (LimberAutostart *self);

G_END_DECLS
