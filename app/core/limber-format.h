/* limber-format.h: how the core writes numbers for people
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* "0:45", "12:30", "1:02:03": m:ss below an hour, h:mm:ss from an hour on. */
char *limber_format_duration (guint seconds);

G_END_DECLS
