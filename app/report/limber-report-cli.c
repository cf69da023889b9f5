/* limber-report-cli.c: limber --report FILE.pdf [--from DATE] [--to DATE]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-report"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <string.h>

#include "limber-history-stats.h"
#include "limber-report-cli.h"
#include "limber-report.h"
#include "limber-safe-file.h"

/* The days a report covers when no --from is given: today and the 89 before. */
#define DEFAULT_DAYS 90

gboolean
limber_report_parse_date (const char *text,
                          GDate      *date)
{
  guint year, month, day;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (date != NULL, FALSE);

  if (strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;
  year = g_ascii_strtoull (text, NULL, 10);
  month = g_ascii_strtoull (text + 5, NULL, 10);
  day = g_ascii_strtoull (text + 8, NULL, 10);
  if (year < 1 || !g_date_valid_dmy (day, month, year))
    return FALSE;

  g_date_clear (date, 1);
  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

static gboolean
parse_option_date (const char *option,
                   const char *text,
                   GDate      *date)
{
  if (!limber_report_parse_date (text, date))
    {
      /* Translators: %s is --from or --to, then what was given */
      g_printerr (_("limber --report: %s “%s” is not a date; write it as YYYY-MM-DD, e.g. 2024-03-01\n"),
                  option, text);
      return FALSE;
    }
  if (g_date_get_year (date) < 1900)
    {
      /* Translators: %s is --from or --to, then the date given */
      g_printerr (_("limber --report: %s %s is too long ago; give a date from 1900 on\n"), option, text);
      return FALSE;
    }
  return TRUE;
}

static guint
weekly_goal (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;

  /* A build-tree run without the compiled schema uses the default. */
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL)
    return LIMBER_HISTORY_DEFAULT_WEEKLY_GOAL;

  settings = g_settings_new (APP_ID);
  return g_settings_get_uint (settings, "weekly-goal");
}

int
limber_report_cli (const char         *path,
                   const char         *from_text,
                   const char         *to_text,
                   const char * const *extra)
{
  g_autoptr(LimberHistory) history = limber_history_new (NULL);
  g_autoptr(LimberLibrary) library = limber_library_new (NULL);
  g_autoptr(LimberReport) report = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *sessions = NULL;
  g_autofree char *pages = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  GDate from, to;
  char from_iso[16], to_iso[16];
  double width, height;
  guint n_pages;

  if (path == NULL)
    {
      g_printerr (_("limber: --from and --to go with --report FILE.pdf\n"));
      return 2;
    }
  if (extra != NULL && extra[0] != NULL)
    {
      g_printerr (_("limber --report: give one output file; “%s” is one too many\n"), extra[0]);
      return 2;
    }

  g_date_clear (&to, 1);
  g_date_set_dmy (&to, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  if (to_text != NULL && !parse_option_date ("--to", to_text, &to))
    return 2;
  if (from_text != NULL)
    {
      if (!parse_option_date ("--from", from_text, &from))
        return 2;
    }
  else
    {
      from = to;
      g_date_subtract_days (&from, MIN (DEFAULT_DAYS - 1, g_date_get_julian (&to) - 1));
    }
  g_date_strftime (from_iso, sizeof from_iso, "%Y-%m-%d", &from);
  g_date_strftime (to_iso, sizeof to_iso, "%Y-%m-%d", &to);
  if (g_date_compare (&from, &to) > 0)
    {
      g_printerr (_("limber --report: the period starts (%s) after it ends (%s)\n"), from_iso, to_iso);
      return 2;
    }

  if (!limber_history_load (history, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  if (limber_history_get_problem (history) != NULL)
    g_printerr ("%s\n", limber_history_get_problem (history));

  /* Only for the routines' current titles: a library that fails to load
   * leaves the titles the sessions recorded. */
  if (!limber_library_load (library, NULL, &error))
    {
      g_debug ("%s", error->message);
      g_clear_error (&error);
    }

  /* As --export-history: "-", a pipe or a descriptor is written into. */
  report = limber_report_new (history, library, &from, &to, weekly_goal ());
  pdf = limber_report_render_pdf (report, &error);
  if (pdf == NULL ||
      !limber_safe_file_write_stream (path, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), 0644, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  limber_paper_size_for_locale (&width, &height);
  n_pages = limber_report_get_n_pages (report, width, height);
  /* Translators: "report.pdf: 12 sessions from 2024-03-01 to 2024-05-29, 3 pages (A4)" */
  sessions = g_strdup_printf (ngettext ("%s: %u session from %s to %s, ", "%s: %u sessions from %s to %s, ",
                                        limber_report_get_n_sessions (report)),
                              path, limber_report_get_n_sessions (report), from_iso, to_iso);
  pages = g_strdup_printf (ngettext ("%u page (%s)\n", "%u pages (%s)\n", n_pages),
                           n_pages, width == LIMBER_PAPER_LETTER_WIDTH ? "Letter" : "A4");
  /* Beside a PDF on standard output, the summary goes to stderr. */
  if (g_str_equal (path, "-") || g_str_has_prefix (path, "/dev/"))
    g_printerr ("%s%s", sessions, pages);
  else
    g_print ("%s%s", sessions, pages);
  return 0;
}
