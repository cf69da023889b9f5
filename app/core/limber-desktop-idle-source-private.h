/* limber-desktop-idle-source-private.h: for the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "limber-desktop-idle-source.h"

G_BEGIN_DECLS

/* The polling period of the ScreenSaver fallback (tests cannot wait a minute). */
LimberIdleSource *limber_desktop_idle_source_new_with_poll (guint poll_ms);

G_END_DECLS
