/* limber-report.h: the report for the therapist, drawn page by page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "limber-history.h"
#include "limber-library.h"

G_BEGIN_DECLS

/* Paper sizes in points (1/72 inch). */
#define LIMBER_PAPER_A4_WIDTH 595.276
#define LIMBER_PAPER_A4_HEIGHT 841.890
#define LIMBER_PAPER_LETTER_WIDTH 612.0
#define LIMBER_PAPER_LETTER_HEIGHT 792.0

#define LIMBER_TYPE_REPORT (limber_report_get_type ())

G_DECLARE_FINAL_TYPE (LimberReport, limber_report, LIMBER, REPORT, GObject)

/*
 * The sessions of @history that started between @from and @to (calendar
 * days in the local time zone, both included), laid out on pages of any
 * size: a title with the period, a summary (sessions, minutes, weeks that
 * met @weekly_goal_minutes), the minutes of each week against the goal, the
 * back-pain chart, the safety note, and a table of the sessions (its header
 * repeated on each page; a Level column when a session was played at a
 * level other than 0 or on an easy day, or its routine in @library has a
 * progression). Black and white friendly; body text 11 pt or
 * more. @library (may be NULL) gives the routines' current titles; a
 * routine it does not hold keeps the title the session recorded.
 * The records are read once, here: the report does not follow changes.
 * It needs no display (cairo and Pango only).
 */
LimberReport *limber_report_new          (LimberHistory *history,
                                          LimberLibrary *library,
                                          const GDate   *from,
                                          const GDate   *to,
                                          guint          weekly_goal_minutes);

guint         limber_report_get_n_sessions (LimberReport *self);

/* The pages the report takes on paper of @width × @height points. */
guint         limber_report_get_n_pages  (LimberReport  *self,
                                          double         width,
                                          double         height);
/* Draws page @page (0-based) of paper @width × @height points on @cr, whose
 * user space is in points with (0, 0) at the paper's top left corner. */
void          limber_report_draw_page    (LimberReport  *self,
                                          cairo_t       *cr,
                                          guint          page,
                                          double         width,
                                          double         height);

/* The report as a PDF on the paper of the locale (see
 * limber_paper_size_for_locale). */
GBytes       *limber_report_render_pdf   (LimberReport  *self,
                                          GError       **error);
/* The same, written to @path with limber_safe_file_write () (atomically;
 * a link keeps pointing at the new file). */
gboolean      limber_report_write_pdf    (LimberReport  *self,
                                          const char    *path,
                                          GError       **error);

/* US Letter where LC_PAPER says so (the United States, Canada, Mexico, the
 * Philippines, …), else A4. On glibc from nl_langinfo (_NL_PAPER_*). */
void          limber_paper_size_for_locale (double *width,
                                            double *height);

G_END_DECLS
