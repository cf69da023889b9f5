/* limber-duration.h: durations written and read for people ("2:30", "10 min")
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* "0:45", "12:30", "1:02:03": m:ss below an hour, h:mm:ss from an hour on. */
char     *limber_format_duration (guint        seconds);

/*
 * Reads a duration as a person types it: "90" (seconds), "1:30" (m:ss),
 * "0:05", "1:02:03" (h:mm:ss, what limber_format_duration() prints from an
 * hour on). Spaces around it are ignored. Seconds (and minutes in h:mm:ss)
 * after a colon must be two digits below 60. Refuses anything else ("1:75",
 * "-1", "abc", "", more than 24 hours) with a message in
 * LIMBER_ROUTINE_ERROR_INVALID that says what is expected.
 */
gboolean  limber_parse_duration  (const char  *text,
                                  guint       *seconds,
                                  GError     **error);

G_END_DECLS
