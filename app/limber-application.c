/* limber-application.c: the program, its command line and its actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-app"

#include "config.h"

#include <glib/gi18n.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "limber-application.h"
#include "limber-autostart.h"
#include "limber-canberra-player.h"
#include "limber-file-problem.h"
#include "limber-duration.h"
#include "limber-history-export.h"
#include "limber-plan.h"
#include "limber-preferences-window.h"
#include "limber-reminders-link.h"
#include "limber-report-cli.h"
#include "limber-routine-file.h"
#include "limber-safe-file.h"
#include "limber-ui-format.h"
#include "limber-window.h"
#if HAVE_VOICE
#include "limber-speech-player.h"
#endif

struct _LimberApplication
{
  AdwApplication parent_instance;

  LimberLibrary *library;
  GSettings *settings;
  LimberCuePlayer *cue_player;
  LimberSpeaker *speaker;
  LimberHistory *history;
  LimberRemindersLink *reminders;
  LimberAutostart *autostart;
  GCancellable *cancellable;
  gboolean starting;   /* this process was started with --start */
};

G_DEFINE_FINAL_TYPE (LimberApplication, limber_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the version and exit"), NULL },
  { "validate", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Check routine files: one line per problem; exit status 0 when all are valid"), NULL },
  { "list", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("List the routines (id, title, planned time, bundled or user) and the files that failed to load"), NULL },
  { "background", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Run only the break reminders, without a window (what “Start at login” runs)"), NULL },
  { "start", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Start the routine with this id, or in this file"), N_("ID|FILE") },
  { "checkin", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Show the next-morning check-in about the session with this id"), N_("ID") },
  { "export-history", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Write the session history as CSV or JSON to FILE (standard output without FILE)"), N_("csv|json") },
  { "report", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write a PDF report of the sessions from --from to --to (the last 90 days without them)"), N_("FILE.pdf") },
  { "from", 0, 0, G_OPTION_ARG_STRING, NULL, N_("The report's first day"), N_("YYYY-MM-DD") },
  { "to", 0, 0, G_OPTION_ARG_STRING, NULL, N_("The report's last day (default: today)"), N_("YYYY-MM-DD") },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, N_("[FILE…]") },
  { NULL }
};

LimberApplication *
limber_application_new (void)
{
  return g_object_new (LIMBER_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_COMMAND_LINE | G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}

LimberLibrary *
limber_application_get_library (LimberApplication *self)
{
  g_return_val_if_fail (LIMBER_IS_APPLICATION (self), NULL);
  return self->library;
}

GSettings *
limber_application_get_settings (LimberApplication *self)
{
  g_return_val_if_fail (LIMBER_IS_APPLICATION (self), NULL);
  return self->settings;
}

LimberCuePlayer *
limber_application_get_cue_player (LimberApplication *self)
{
  g_return_val_if_fail (LIMBER_IS_APPLICATION (self), NULL);
  return self->cue_player;
}

LimberSpeaker *
limber_application_get_speaker (LimberApplication *self)
{
  g_return_val_if_fail (LIMBER_IS_APPLICATION (self), NULL);
  return self->speaker;
}

LimberRemindersLink *
limber_application_get_reminders_link (LimberApplication *self)
{
  g_return_val_if_fail (LIMBER_IS_APPLICATION (self), NULL);
  return self->reminders;
}

LimberHistory *
limber_application_get_history (LimberApplication *self)
{
  g_return_val_if_fail (LIMBER_IS_APPLICATION (self), NULL);
  return self->history;
}

void
limber_application_set_session_running (LimberApplication *self,
                                        gboolean           running)
{
  g_return_if_fail (LIMBER_IS_APPLICATION (self));
  if (self->reminders != NULL)
    limber_reminders_link_set_session_running (self->reminders, running);
}

void
limber_application_checkin_answered (LimberApplication *self)
{
  g_return_if_fail (LIMBER_IS_APPLICATION (self));
  if (self->reminders != NULL)
    limber_reminders_link_checkin_answered (self->reminders);
}

static int
validate_files (const char * const *paths)
{
  int status = 0;

  if (paths == NULL || paths[0] == NULL)
    {
      g_printerr (_("limber --validate: give one or more routine files\n"));
      return 2;
    }

  for (guint i = 0; paths[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (paths[i]);
      g_autoptr(LimberRoutine) routine = NULL;
      g_autoptr(GError) error = NULL;

      routine = limber_routine_load_file_or_stream (file, paths[i], NULL, &error);
      if (routine == NULL)
        {
          g_print ("%s\n", error->message);
          status = 1;
        }
    }

  return status;
}

static int
list_routines (void)
{
  g_autoptr(LimberLibrary) library = limber_library_new (NULL);
  g_autoptr(GError) error = NULL;
  GListModel *problems;
  guint n;

  if (!limber_library_load (library, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (library));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LimberRoutine) routine = g_list_model_get_item (G_LIST_MODEL (library), i);
      g_autofree char *total = limber_format_duration (limber_routine_get_total_seconds (routine));

      g_print ("%s\t%s\t%s\t%s\n",
               limber_routine_get_id (routine),
               limber_routine_get_title (routine),
               total,
               limber_routine_get_origin (routine) == LIMBER_ROUTINE_ORIGIN_BUNDLED ?
                 "bundled" : "user");
    }

  problems = limber_library_get_problems (library);
  n = g_list_model_get_n_items (problems);
  if (n > 0)
    {
      g_autoptr(GFile) dir = g_object_ref (limber_library_get_user_dir (library));

      g_print ("\n");
      g_print (ngettext ("%u file in %s could not be loaded:\n",
                         "%u files in %s could not be loaded:\n", n),
               n, g_file_peek_path (dir));
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(LimberFileProblem) problem = g_list_model_get_item (problems, i);

          g_print ("%s\n", limber_file_problem_get_message (problem));
        }
    }

  return 0;
}

/* --export-history csv|json [FILE]: the good records of a damaged history
 * are exported, with a warning on stderr. */
static int
export_history (const char         *format_name,
                const char * const *files)
{
  g_autoptr(LimberHistory) history = limber_history_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  LimberExportFormat format;

  if (!limber_export_format_from_string (format_name, &format, &error))
    {
      g_printerr ("limber --export-history: %s\n", error->message);
      return 2;
    }
  if (files != NULL && files[0] != NULL && files[1] != NULL)
    {
      g_printerr (_("limber --export-history: give at most one output file\n"));
      return 2;
    }

  if (!limber_history_load (history, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  if (limber_history_get_problem (history) != NULL)
    g_printerr ("%s\n", limber_history_get_problem (history));

  /* What the person named: standard output, a descriptor, a pipe or a
   * device is written into as it is; a file (or a link to one) is replaced
   * atomically, a link kept a link. */
  data = limber_history_export (history, format);
  if (!limber_safe_file_write_stream (files != NULL && files[0] != NULL ? files[0] : "-",
                                      data, strlen (data), 0600, &error))
    {
      g_printerr ("limber --export-history: %s\n", error->message);
      return 1;
    }
  return 0;
}

/* --background: the background part is its own small program without GTK
 * (limber-reminders); this process becomes it, before GTK starts. */
static int
run_background (void)
{
  g_autofree char *program = limber_reminders_link_get_program ();
  char *argv[] = { program, NULL };
  int saved_errno;

  execv (program, argv);
  saved_errno = errno;
  g_printerr (_("limber --background: cannot run %s: %s\n"), program, g_strerror (saved_errno));
  return 1;
}

static int
limber_application_handle_local_options (GApplication *app,
                                         GVariantDict *options)
{
  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("limber %s\n", PACKAGE_VERSION);
      return 0;
    }

  if (g_variant_dict_contains (options, "validate"))
    {
      g_autofree const char **files = NULL;

      g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &files);
      return validate_files (files);
    }

  if (g_variant_dict_contains (options, "list"))
    return list_routines ();

  if (g_variant_dict_contains (options, "background"))
    return run_background ();

  /* A start (the Start of a reminder): startup opens the sound output
   * first, so that it is ready when the session's first cue comes. */
  if (g_variant_dict_contains (options, "start"))
    LIMBER_APPLICATION (app)->starting = TRUE;

  if (g_variant_dict_contains (options, "export-history"))
    {
      g_autofree const char **files = NULL;
      const char *format = NULL;

      g_variant_dict_lookup (options, "export-history", "&s", &format);
      g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &files);
      return export_history (format, files);
    }

  if (g_variant_dict_contains (options, "report") || g_variant_dict_contains (options, "from") ||
      g_variant_dict_contains (options, "to"))
    {
      g_autofree const char **files = NULL;
      const char *path = NULL, *from = NULL, *to = NULL;

      g_variant_dict_lookup (options, "report", "^&ay", &path);
      g_variant_dict_lookup (options, "from", "&s", &from);
      g_variant_dict_lookup (options, "to", "&s", &to);
      g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &files);
      return limber_report_cli (path, from, to, files);
    }

  /* Files alone are opened (in the running instance, if there is one). */
  return -1;
}

static gboolean
on_first_frame (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  g_log ("limber-timing", G_LOG_LEVEL_DEBUG, "first frame");
  return G_SOURCE_REMOVE;
}

/* The window, made when there is none (not shown yet). */
static LimberWindow *
get_window (LimberApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    {
      window = GTK_WINDOW (limber_window_new (self));
      g_log ("limber-timing", G_LOG_LEVEL_DEBUG, "window made");
      gtk_widget_add_tick_callback (GTK_WIDGET (window), on_first_frame, NULL, NULL);
    }
  return LIMBER_WINDOW (window);
}

static LimberWindow *
ensure_window (LimberApplication *self)
{
  LimberWindow *window = get_window (self);

  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static void
limber_application_activate (GApplication *app)
{
  ensure_window (LIMBER_APPLICATION (app));
}

/* Routine files from the file manager (D-Bus activation's Open) or the
 * command line: a preview of each, one after the other. */
static void
limber_application_open (GApplication  *app,
                         GFile        **files,
                         int            n_files,
                         const char    *hint)
{
  limber_window_open_files (ensure_window (LIMBER_APPLICATION (app)), files, n_files);
}

/* --start ID|FILE: a path (it has a slash or ends in .json) is loaded as a
 * file relative to the caller's folder; anything else is a library id. */
static LimberRoutine *
resolve_start (LimberApplication        *self,
               GApplicationCommandLine  *cmdline,
               const char               *arg,
               GError                  **error)
{
  if (strchr (arg, '/') != NULL || g_str_has_suffix (arg, ".json"))
    {
      g_autoptr(GFile) file = g_application_command_line_create_file_for_arg (cmdline, arg);
      LimberRoutine *routine = limber_routine_load_file (file, arg, NULL, error);

      if (routine != NULL)
        limber_routine_set_origin (routine, LIMBER_ROUTINE_ORIGIN_FILE);
      return routine;
    }
  else
    {
      LimberRoutine *routine = limber_library_lookup (self->library, arg);

      if (routine == NULL)
        {
          g_set_error (error, LIMBER_ROUTINE_ERROR, LIMBER_ROUTINE_ERROR_NOT_FOUND,
                       _("No routine has the id “%s”; “limber --list” shows the ids"), arg);
          return NULL;
        }
      return g_object_ref (routine);
    }
}

static int
limber_application_command_line (GApplication            *app,
                                 GApplicationCommandLine *cmdline)
{
  LimberApplication *self = LIMBER_APPLICATION (app);
  GVariantDict *options = g_application_command_line_get_options_dict (cmdline);
  g_autofree char *start = NULL;
  const char *checkin = NULL;
  g_autofree const char **paths = NULL;
  GtkWindow *existing = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (g_variant_dict_lookup (options, "start", "s", &start))
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(LimberRoutine) routine = NULL;
      LimberWindow *window;

      g_log ("limber-timing", G_LOG_LEVEL_DEBUG, "--start %s", start);
      /* The first cue comes the moment the routine starts. */
      limber_cue_player_prepare (self->cue_player);
      routine = resolve_start (self, cmdline, start, &error);

      if (routine == NULL)
        {
          g_application_command_line_printerr (cmdline, "%s\n", error->message);
          /* A running instance shows the message too; a new one only was
           * asked to start this routine, so it says why not and exits. */
          if (existing != NULL)
            limber_window_show_error (LIMBER_WINDOW (existing),
                                      _("Cannot Start the Routine"), error->message);
          return 1;
        }

      /* The session (and its first cue) starts before the window is
       * shown: showing it the first time (GL, the first frame) takes long,
       * and the sound, opened since startup, need not wait for it. */
      window = get_window (self);
      limber_window_start_routine (window, routine);
      g_log ("limber-timing", G_LOG_LEVEL_DEBUG, "session started");
      gtk_window_present (GTK_WINDOW (window));
      g_log ("limber-timing", G_LOG_LEVEL_DEBUG, "window shown");
      return 0;
    }

  if (g_variant_dict_lookup (options, "checkin", "&s", &checkin))
    {
      g_action_group_activate_action (G_ACTION_GROUP (self), "checkin", g_variant_new_string (checkin));
      return 0;
    }

  if (g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &paths) && paths[0] != NULL)
    {
      g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; paths[i] != NULL; i++)
        g_ptr_array_add (files, g_application_command_line_create_file_for_arg (cmdline, paths[i]));
      g_application_open (app, (GFile **) files->pdata, (int) files->len, "");
      return 0;
    }

  ensure_window (self);
  return 0;
}

static void
apply_color_scheme (LimberApplication *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  g_autofree char *scheme = g_settings_get_string (self->settings, "color-scheme");

  if (g_str_equal (scheme, "light"))
    adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
  else if (g_str_equal (scheme, "dark"))
    adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_DARK);
  else
    adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);
}

static void
on_settings_changed_color_scheme (GSettings         *settings,
                                  const char        *key,
                                  LimberApplication *self)
{
  apply_color_scheme (self);
}

static void
on_history_loaded (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  /* A damaged line is not an error (the History page shows the problem). */
  if (!limber_history_load_finish (LIMBER_HISTORY (source), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_message ("%s", error->message);
}

static void
limber_application_startup (GApplication *app)
{
  LimberApplication *self = LIMBER_APPLICATION (app);
  g_autoptr(GError) error = NULL;

  G_APPLICATION_CLASS (limber_application_parent_class)->startup (app);
  g_log ("limber-timing", G_LOG_LEVEL_DEBUG, "GTK and libadwaita started");

  self->settings = g_settings_new (APP_ID);
  g_signal_connect (self->settings, "changed::color-scheme",
                    G_CALLBACK (on_settings_changed_color_scheme), self);
  apply_color_scheme (self);

  /* One cue player for the whole program. */
  self->cue_player = LIMBER_CUE_PLAYER (limber_canberra_player_new (self->settings));
  if (self->starting)
    limber_cue_player_prepare (self->cue_player);
#if HAVE_VOICE
  /* And one voice: it connects when a routine is shown (or Test Voice). */
  self->speaker = LIMBER_SPEAKER (limber_speech_player_new (self->settings));
#endif

  self->library = limber_library_new (NULL);
  /* The library is small and read once at start, before the first window
   * shows it; --start needs it complete. */
  if (!limber_library_load (self->library, NULL, &error))
    g_warning ("%s", error->message);
  /* Files changed by other programs (a text editor) show without a restart. */
  else if (!limber_library_watch (self->library, &error))
    g_message ("%s", error->message);

  /* The history is read in a thread; the History page shows it once read.
   * Sessions recorded meanwhile are appended to the file all the same. */
  self->cancellable = g_cancellable_new ();
  self->history = limber_history_new (NULL);
  limber_history_load_async (self->history, self->cancellable, on_history_loaded, NULL);

  /* Break reminders run in their own process, limber-reminders, which
   * stays when the window closes; "Start at login" starts it. */
  self->reminders = limber_reminders_link_new (self->settings);
  self->autostart = limber_autostart_new (self->settings);
  g_log ("limber-timing", G_LOG_LEVEL_DEBUG, "startup done (library read)");
}

static void
limber_application_dispose (GObject *object)
{
  LimberApplication *self = LIMBER_APPLICATION (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->history);
  g_clear_object (&self->reminders);
  g_clear_object (&self->autostart);
  g_clear_object (&self->library);
  g_clear_object (&self->cue_player);
  g_clear_object (&self->speaker);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (limber_application_parent_class)->dispose (object);
}

static void
limber_application_class_init (LimberApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = limber_application_dispose;
  app_class->activate = limber_application_activate;
  app_class->open = limber_application_open;
  app_class->startup = limber_application_startup;
  app_class->command_line = limber_application_command_line;
  app_class->handle_local_options = limber_application_handle_local_options;
}

static void
on_quit_activated (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  LimberApplication *self = LIMBER_APPLICATION (user_data);

  /* Quit stops the break reminders too, until the next login or start;
   * closing the window leaves them running. */
  if (self->reminders != NULL)
    limber_reminders_link_quit (self->reminders);
  g_application_quit (G_APPLICATION (self));
}

static void
on_about_activated (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  static const char *developers[] = { "The Limber developers", NULL };

  adw_show_about_window (gtk_application_get_active_window (app),
                         "application-name", "Limber",
                         "application-icon", APP_ID,
                         "version", PACKAGE_VERSION,
                         "developers", developers,
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "comments", limber_ui_safety_note (),
                         NULL);
}

static void
on_preferences_activated (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  LimberApplication *self = LIMBER_APPLICATION (user_data);
  GtkWidget *window;

  window = limber_preferences_window_new (gtk_application_get_active_window (GTK_APPLICATION (self)),
                                          self->settings);
  limber_preferences_window_set_speaker (LIMBER_PREFERENCES_WINDOW (window), self->speaker);
  limber_preferences_window_set_autostart (LIMBER_PREFERENCES_WINDOW (window), self->autostart);
  gtk_window_present (GTK_WINDOW (window));
}

/* The next-morning check-in's notification (also over D-Bus activation,
 * and limber --checkin ID): the window opens on the check-in. */
static void
on_checkin_activated (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  LimberApplication *self = LIMBER_APPLICATION (user_data);

  limber_window_show_checkin (ensure_window (self), g_variant_get_string (parameter, NULL));
}

/* The break reminder in the window: limber-reminders sends it here (over
 * D-Bus, org.freedesktop.Application.ActivateAction, never starting Limber)
 * when no notification server would show it. */
static void
on_show_reminder_activated (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (user_data));
  const char *title, *body;

  g_variant_get (parameter, "(&s&s)", &title, &body);
  g_debug ("show-reminder %s", title);
  if (window != NULL && LIMBER_IS_WINDOW (window))
    limber_window_show_reminder (LIMBER_WINDOW (window), title, body);
}

static void
hide_reminder (LimberApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (LIMBER_IS_WINDOW (l->data))
      limber_window_hide_reminder (LIMBER_WINDOW (l->data));
}

static void
on_hide_reminder_activated (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  hide_reminder (LIMBER_APPLICATION (user_data));
}

static void
on_answer_reminder_activated (GSimpleAction *action,
                              GVariant      *parameter,
                              gpointer       user_data)
{
  LimberApplication *self = LIMBER_APPLICATION (user_data);
  const char *answer = g_variant_get_string (parameter, NULL);

  if (!g_str_equal (answer, "start-break") && !g_str_equal (answer, "snooze") && !g_str_equal (answer, "skip"))
    {
      g_message ("A reminder's answer is start-break, snooze or skip, not “%s”", answer);
      return;
    }
  hide_reminder (self);
  if (self->reminders != NULL)
    limber_reminders_link_answer (self->reminders, answer);
}

/* Start on a reminder while Limber runs: limber-reminders asks for the
 * routine directly (no limber --start process to start and hand over). */
static void
on_start_routine_activated (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  LimberApplication *self = LIMBER_APPLICATION (user_data);
  const char *id = g_variant_get_string (parameter, NULL);
  LimberRoutine *routine = limber_library_lookup (self->library, id);
  LimberWindow *window;

  g_log ("limber-timing", G_LOG_LEVEL_DEBUG, "--start %s", id);
  window = ensure_window (self);
  if (routine == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("No routine has the id “%s”; “limber --list” shows the ids"), id);

      limber_window_show_error (window, _("Cannot Start the Routine"), message);
      return;
    }
  limber_cue_player_prepare (self->cue_player);
  limber_window_start_routine (window, routine);
  g_log ("limber-timing", G_LOG_LEVEL_DEBUG, "session started");
}

static const GActionEntry app_actions[] = {
  { "quit", on_quit_activated },
  { "checkin", on_checkin_activated, "s" },
  { "start-routine", on_start_routine_activated, "s" },
  { "show-reminder", on_show_reminder_activated, "(ss)" },
  { "hide-reminder", on_hide_reminder_activated },
  { "answer-reminder", on_answer_reminder_activated, "s" },
  { "about", on_about_activated },
  { "preferences", on_preferences_activated },
};

static const struct
{
  const char *action;
  const char *accels[3];
} accels[] = {
  { "app.quit", { "<Control>q", NULL } },
  { "app.preferences", { "<Control>comma", NULL } },
  { "win.toggle-pause", { "space", NULL } },
  { "win.next", { "Right", "n", NULL } },
  { "win.previous", { "Left", "p", NULL } },
  { "win.done", { "Return", "KP_Enter", NULL } },
  { "win.add-time", { "plus", "KP_Add", NULL } },
  { "win.remove-time", { "minus", "KP_Subtract", NULL } },
  { "win.stop", { "Escape", NULL } },
  { "win.fullscreen", { "F11", NULL } },
  { "win.show-shortcuts", { "<Control>question", NULL } },
  { "win.search", { "<Control>f", NULL } },
  { "win.history", { "<Control>h", NULL } },
  { "win.new-routine", { "<Control>n", NULL } },
  { "win.edit", { "<Control>e", NULL } },
  { "win.duplicate", { "<Control>d", NULL } },
  { "win.import", { "<Control>o", NULL } },
  { "win.export", { "<Control>s", NULL } },
};

static void
limber_application_init (LimberApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Follow stretch and strength routines by ear."));
  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions), self);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), accels[i].action, accels[i].accels);
}
