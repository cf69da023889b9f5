/* limber-autostart-private.h: what the tests change
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "limber-autostart.h"

G_BEGIN_DECLS

/* The file whose presence means "in a Flatpak sandbox" (NULL: /.flatpak-info
 * again), so that a test can be in a sandbox. */
void limber_autostart_set_flatpak_info_path (const char *path);

G_END_DECLS
