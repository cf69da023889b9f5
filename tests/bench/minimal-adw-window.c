/* minimal-adw-window.c: the fair floor for the window benchmarks — the least
 * a libadwaita program can be: an AdwApplicationWindow with a header bar and
 * one label. With --tick the label shows a number that changes once a second,
 * like a timer would.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>

static gboolean tick_mode;
static guint count;

static gboolean
on_tick (gpointer data)
{
  g_autofree char *text = g_strdup_printf ("%u:%02u", count / 60, count % 60);

  count++;
  gtk_label_set_label (GTK_LABEL (data), text);
  return G_SOURCE_CONTINUE;
}

static void
on_activate (GtkApplication *app)
{
  GtkWidget *window = adw_application_window_new (app);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *label = gtk_label_new ("0:00");

  gtk_widget_set_vexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), label);
  gtk_window_set_title (GTK_WINDOW (window), "Minimal Adwaita");
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 700);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  if (tick_mode)
    g_timeout_add_seconds (1, on_tick, label);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = NULL;

  if (argc > 1 && g_str_equal (argv[1], "--tick"))
    {
      tick_mode = TRUE;
      argc--;
      argv++;
    }

  app = adw_application_new ("io.github.limber.MinimalAdwBaseline", G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (on_activate), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
