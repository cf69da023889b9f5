/* main.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "limber-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(LimberApplication) app = NULL;

  /* "limber-timing": the steps from a start to the first cue, with
   * G_MESSAGES_DEBUG=limber-timing (build-aux/bench-background). */
  g_log ("limber-timing", G_LOG_LEVEL_DEBUG, "main");
  /* Before the command line is read: its messages and the report's paper
   * size follow the locale (GTK would set it only when a window opens). */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = limber_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
