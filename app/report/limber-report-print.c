/* limber-report-print.c: the report through GtkPrintOperation ("Print…")
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-report"

#include "config.h"

#include <glib/gi18n.h>

#include "limber-report-print.h"

/* The operation draws on the whole sheet (use-full-page) in points, so the
 * pages are those of the PDF. */
static void
on_begin_print (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                LimberReport      *report)
{
  guint n_pages = limber_report_get_n_pages (report,
                                             gtk_print_context_get_width (context),
                                             gtk_print_context_get_height (context));

  gtk_print_operation_set_n_pages (operation, (int) n_pages);
}

static void
on_draw_page (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              LimberReport      *report)
{
  limber_report_draw_page (report, gtk_print_context_get_cairo_context (context), (guint) page,
                           gtk_print_context_get_width (context),
                           gtk_print_context_get_height (context));
}

GtkPrintOperationResult
limber_report_print (LimberReport             *report,
                     GtkWindow                *parent,
                     GtkPrintOperationAction   action,
                     const char               *export_path,
                     GError                  **error)
{
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) paper = NULL;
  double width, height;

  g_return_val_if_fail (LIMBER_IS_REPORT (report), GTK_PRINT_OPERATION_RESULT_ERROR);
  g_return_val_if_fail (action != GTK_PRINT_OPERATION_ACTION_EXPORT || export_path != NULL,
                        GTK_PRINT_OPERATION_RESULT_ERROR);

  limber_paper_size_for_locale (&width, &height);
  paper = gtk_paper_size_new (width == LIMBER_PAPER_LETTER_WIDTH ? GTK_PAPER_NAME_LETTER : GTK_PAPER_NAME_A4);
  gtk_page_setup_set_paper_size_and_default_margins (setup, paper);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, _("Exercise and Back Pain Report"));
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  if (export_path != NULL)
    gtk_print_operation_set_export_filename (operation, export_path);

  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print), report);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page), report);

  return gtk_print_operation_run (operation, action, parent, error);
}
