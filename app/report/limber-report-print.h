/* limber-report-print.h: the report through GtkPrintOperation ("Print…")
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "limber-report.h"

G_BEGIN_DECLS

/*
 * Runs a print operation for @report: the same pages as the PDF, on the
 * paper of the locale (the dialog may change it), each drawn by
 * limber_report_draw_page. @action as for gtk_print_operation_run; with
 * GTK_PRINT_OPERATION_ACTION_EXPORT, @export_path names the PDF to write
 * (tests). Blocks until done (or the dialog is answered).
 */
GtkPrintOperationResult limber_report_print (LimberReport             *report,
                                             GtkWindow                *parent,
                                             GtkPrintOperationAction   action,
                                             const char               *export_path,
                                             GError                  **error);

G_END_DECLS
