/* test-report-print.c: the report through GtkPrintOperation ("Print…"),
 * exported to PDF under Xvfb (suite "ui"), read back with poppler-utils
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "limber-report-print.h"
#include "limber-test-ui.h"

static char *
run_tool (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int wait_status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (wait_status, NULL));
  return out;
}

static guint
pdf_pages (const char *path)
{
  g_autofree char *info = run_tool ((const char *[]) { "pdfinfo", path, NULL });
  const char *pages = strstr (info, "\nPages:");

  g_assert_nonnull (pages);
  return (guint) g_ascii_strtoull (pages + strlen ("\nPages:"), NULL, 10);
}

static LimberReport *
make_report (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "limber", "history.jsonl", NULL);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(LimberHistory) history = limber_history_new (NULL);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  GDate from, to;

  /* 40 sessions, one a day from 1 March 2024, 10 to 19 minutes. */
  for (guint i = 0; i < 40; i++)
    g_string_append_printf (text,
                            "{\"v\":1,\"id\":\"00000000-0000-4000-8000-%012u\","
                            "\"start\":\"2024-%02u-%02uT12:00:00+00:00\",\"end\":\"2024-%02u-%02uT12:30:00+00:00\","
                            "\"routine_id\":\"print-test\",\"routine_title\":\"Printed Routine\","
                            "\"planned_seconds\":900,\"active_seconds\":%u,\"completed\":true,"
                            "\"pain_before\":%u,\"pain_after\":%u,\"note\":\"printed note %u\"}\n",
                            i, i < 31 ? 3 : 4, i < 31 ? i + 1 : i - 30, i < 31 ? 3 : 4, i < 31 ? i + 1 : i - 30, 600 + 60 * (i % 10), 5 + i % 3, 2 + i % 3, i);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_file_set_contents (path, text->str, -1, &error);
  g_assert_no_error (error);
  g_assert_true (limber_history_load (history, NULL, &error));
  g_assert_no_error (error);

  g_date_clear (&from, 1);
  g_date_clear (&to, 1);
  g_date_set_dmy (&from, 1, 3, 2024);
  g_date_set_dmy (&to, 31, 3, 2024);
  return limber_report_new (history, NULL, &from, &to, 60);
}

/* The printed pages are the PDF's: same count, same paper, same text. */
static void
test_print_export (void)
{
  g_autoptr(LimberReport) report = make_report ();
  g_autofree char *printed = g_build_filename (g_get_user_data_dir (), "printed.pdf", NULL);
  g_autofree char *written = g_build_filename (g_get_user_data_dir (), "written.pdf", NULL);
  g_autofree char *printed_text = NULL;
  g_autofree char *written_text = NULL;
  g_autofree char *info = NULL;
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;
  guint n_pages;

  /* Of the 40 sessions, the 31 of March are in the period. */
  g_assert_cmpuint (limber_report_get_n_sessions (report), ==, 31);
  n_pages = limber_report_get_n_pages (report, LIMBER_PAPER_A4_WIDTH, LIMBER_PAPER_A4_HEIGHT);
  g_assert_cmpuint (n_pages, >=, 3);

  result = limber_report_print (report, NULL, GTK_PRINT_OPERATION_ACTION_EXPORT, printed, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_cmpuint (pdf_pages (printed), ==, n_pages);
  info = run_tool ((const char *[]) { "pdfinfo", printed, NULL });
  g_assert_nonnull (strstr (info, "(A4)"));

  g_assert_true (limber_report_write_pdf (report, written, &error));
  g_assert_no_error (error);
  printed_text = run_tool ((const char *[]) { "pdftotext", "-layout", printed, "-", NULL });
  written_text = run_tool ((const char *[]) { "pdftotext", "-layout", written, "-", NULL });
  g_assert_nonnull (strstr (printed_text, "Printed Routine"));
  g_assert_nonnull (strstr (printed_text, "Note: printed note 30"));
  g_assert_null (strstr (printed_text, "printed note 31"));
  g_assert_cmpstr (printed_text, ==, written_text);
}

/* Narrower paper takes more pages; every page of it can be drawn. */
static void
test_page_sizes (void)
{
  g_autoptr(LimberReport) report = make_report ();
  guint a4 = limber_report_get_n_pages (report, LIMBER_PAPER_A4_WIDTH, LIMBER_PAPER_A4_HEIGHT);
  guint letter = limber_report_get_n_pages (report, LIMBER_PAPER_LETTER_WIDTH, LIMBER_PAPER_LETTER_HEIGHT);
  guint a5 = limber_report_get_n_pages (report, 419.5, 595.3);
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);

  g_assert_cmpuint (letter, >=, a4);
  g_assert_cmpuint (a5, >, a4);
  for (guint i = 0; i < a5; i++)
    limber_report_draw_page (report, cr, i, 419.5, 595.3);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  /* Back to A4: the layout follows the size asked for. */
  g_assert_cmpuint (limber_report_get_n_pages (report, LIMBER_PAPER_A4_WIDTH, LIMBER_PAPER_A4_HEIGHT), ==, a4);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* A4 and English, whatever the machine's locale. */
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  limber_test_ui_init (&argc, &argv);

  g_test_add_func ("/report-print/export", test_print_export);
  g_test_add_func ("/report-print/page-sizes", test_page_sizes);

  status = g_test_run ();
  limber_test_ui_cleanup ();
  return status;
}
