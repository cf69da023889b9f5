/* bench-held-gio.c: a GIO-only GApplication held with no window (a benchmark
 * baseline for the background part of break reminders; see
 * build-aux/bench-background)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gio/gio.h>

static void
on_activate (GApplication *app)
{
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GApplication) app = g_application_new ("io.github.limber.BenchHeldGio",
                                                   G_APPLICATION_NON_UNIQUE);

  g_signal_connect (app, "activate", G_CALLBACK (on_activate), NULL);
  g_application_hold (app);

  return g_application_run (app, argc, argv);
}
