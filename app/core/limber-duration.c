/* limber-duration.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-core"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "limber-error.h"
#include "limber-duration.h"

#define MAX_PARSED_SECONDS (24 * 3600)

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

/* Reads the digits at *p (at most @max_digits of them, at least one). */
static gboolean
read_number (const char **p,
             guint        max_digits,
             guint64     *value)
{
  guint n = 0;

  *value = 0;
  while (g_ascii_isdigit (**p))
    {
      if (++n > max_digits)
        return FALSE;
      *value = *value * 10 + (guint64) (**p - '0');
      (*p)++;
    }
  return n > 0;
}

static gboolean
invalid_duration (const char  *text,
                  GError     **error)
{
  g_set_error (error, LIMBER_ROUTINE_ERROR, LIMBER_ROUTINE_ERROR_INVALID,
               _("“%s” is not a duration: type seconds (90) or minutes and seconds (1:30)"),
               text);
  return FALSE;
}

gboolean
limber_parse_duration (const char  *text,
                       guint       *seconds,
                       GError     **error)
{
  g_autofree char *stripped = NULL;
  guint64 parts[3];
  guint n_parts = 0;
  guint64 total = 0;
  const char *p;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (seconds != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stripped = g_strstrip (g_strdup (text));
  p = stripped;

  for (;;)
    {
      if (n_parts == G_N_ELEMENTS (parts) || !read_number (&p, n_parts == 0 ? 9 : 2, &parts[n_parts]))
        return invalid_duration (stripped, error);
      n_parts++;
      if (*p == '\0')
        break;
      if (*p != ':')
        return invalid_duration (stripped, error);
      p++;
    }

  for (guint i = 1; i < n_parts; i++)
    {
      if (parts[i] >= 60)
        {
          g_set_error (error, LIMBER_ROUTINE_ERROR, LIMBER_ROUTINE_ERROR_INVALID,
                       _("“%s” is not a duration: after a colon come two digits from 00 to 59"),
                       stripped);
          return FALSE;
        }
    }
  /* after a colon, exactly two digits ("1:5" is ambiguous) */
  {
    const char *colon = stripped;

    while ((colon = strchr (colon, ':')) != NULL)
      {
        colon++;
        if (!g_ascii_isdigit (colon[0]) || !g_ascii_isdigit (colon[1]) ||
            (colon[2] != '\0' && colon[2] != ':'))
          {
            g_set_error (error, LIMBER_ROUTINE_ERROR, LIMBER_ROUTINE_ERROR_INVALID,
                         _("“%s” is not a duration: after a colon come two digits from 00 to 59"),
                         stripped);
            return FALSE;
          }
      }
  }

  for (guint i = 0; i < n_parts; i++)
    total = total * 60 + parts[i];

  if (total > MAX_PARSED_SECONDS)
    {
      g_set_error (error, LIMBER_ROUTINE_ERROR, LIMBER_ROUTINE_ERROR_INVALID,
                   _("“%s” is too long: at most 24 hours"), stripped);
      return FALSE;
    }

  *seconds = (guint) total;
  return TRUE;
}
