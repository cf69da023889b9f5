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

/*
 * Keeps the entry in step with the "start-at-login" key of @settings: applies
 * it now and whenever it changes, for as long as @settings lives. A failure
 * is logged with g_warning (the person sees the switch; nothing is lost).
 */
void      limber_autostart_bind     (GSettings *settings);

G_END_DECLS
