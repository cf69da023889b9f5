/* limber-format.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-core"

#include "config.h"

#include "limber-format.h"

char *
limber_format_duration (guint seconds)
{
  guint h = seconds / 3600;
  guint m = (seconds / 60) % 60;
  guint s = seconds % 60;

  if (h > 0)
    return g_strdup_printf ("%u:%02u:%02u", h, m, s);
  return g_strdup_printf ("%u:%02u", m, s);
}
