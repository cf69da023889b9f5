/* limber-report-cli.h: limber --report FILE.pdf [--from DATE] [--to DATE]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * Writes the report of the sessions from @from to @to (YYYY-MM-DD, local
 * days, both included; NULL: the 90 days up to today, or 89 days before
 * @to / up to today from @from) to @path. @path NULL: --from or --to was
 * given without --report. @extra: any other arguments (refused). Messages
 * on stderr. Exit status as --export-history: 0 written (a damaged history
 * gives what it can, with the problem on stderr), 1 the history cannot be
 * read or the file cannot be written, 2 bad usage (a bad date).
 */
int limber_report_cli (const char         *path,
                       const char         *from,
                       const char         *to,
                       const char * const *extra);

/* A YYYY-MM-DD date (exactly that form) into @date. */
gboolean limber_report_parse_date (const char *text,
                                   GDate      *date);

G_END_DECLS
