/* bench-held-adw.c: an AdwApplication held with no window (a benchmark of what
 * keeping the full app running in the background would cost; see
 * build-aux/bench-background)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>

static void
on_activate (GApplication *app)
{
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = adw_application_new ("io.github.limber.BenchHeldAdw",
                                                       G_APPLICATION_NON_UNIQUE);

  g_signal_connect (app, "activate", G_CALLBACK (on_activate), NULL);
  g_application_hold (G_APPLICATION (app));

  return g_application_run (G_APPLICATION (app), argc, argv);
}
