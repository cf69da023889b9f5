/* bench-held-core.c: the GIO-only background design of break reminders, held
 * with no window: a GApplication with the sitting model on the real clock,
 * fed by the desktop's idle watches, lock and sleep (LimberSittingSources).
 * See build-aux/bench-background.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>

#include "limber-real-clock.h"
#include "limber-sitting-model.h"
#include "limber-sitting-sources.h"

static void
on_remind (LimberSittingModel *model,
           guint               minutes)
{
  g_print ("remind %u\n", minutes);
}

static void
on_activate (GApplication *app)
{
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GApplication) app = g_application_new ("io.github.limber.BenchHeldCore",
                                                   G_APPLICATION_NON_UNIQUE);
  g_autoptr(LimberClock) clock = limber_real_clock_new ();
  g_autoptr(LimberSittingModel) model = limber_sitting_model_new (clock);
  g_autoptr(LimberSittingSources) sources = NULL;
  const char *every_day[] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun", NULL };

  /* Reminders on at all hours, so that nothing waits for work hours. */
  limber_sitting_model_set_work_days (model, every_day);
  limber_sitting_model_set_work_hours (model, "00:00", "00:00", NULL);
  limber_sitting_model_set_enabled (model, TRUE);
  g_signal_connect (model, "remind", G_CALLBACK (on_remind), NULL);
  sources = limber_sitting_sources_new (model);

  g_signal_connect (app, "activate", G_CALLBACK (on_activate), NULL);
  g_application_hold (app);

  return g_application_run (app, argc, argv);
}
