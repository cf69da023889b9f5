/* limber-window.c: the main window: library, routine, player, finished
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-window"

#include "config.h"

#include <glib/gi18n.h>

#include "limber-application.h"
#include "limber-history-recorder.h"
#include "limber-plan.h"
#include "limber-real-clock.h"
#include "limber-routine-actions.h"
#include "limber-sleep-monitor.h"
#include "limber-window.h"

/* Esc stops at once during the first seconds; later it asks first. */
#define STOP_WITHOUT_ASKING_MS 5000

struct _LimberWindow
{
  AdwApplicationWindow parent_instance;

  GSettings *settings;
  LimberClock *clock;
  LimberCuePlayer *cue_player;
  LimberSleepMonitor *sleep_monitor;
  LimberRoutine *routine;      /* shown on the routine page, or running */
  LimberSession *session;      /* running, or the last one */
  guint inhibit_cookie;
  gboolean close_confirmed;
  gboolean app_setup_done;
  GtkWindow *stop_dialog;      /* weak */
  LimberHistoryRecorder *recorder;  /* NULL: no history */
  GDateTime *session_start;    /* wall clock, for the record */
  gint pain_before;            /* asked at start, or LIMBER_PAIN_UNSET */
  GtkWindow *pain_dialog;      /* weak */
  LimberRoutineActions *routine_actions;  /* new, edit, delete, import … */

  AdwToastOverlay *toast_overlay;
  GtkStack *main_stack;
  AdwLeaflet *leaflet;
  LimberLibraryPage *library_page;
  LimberRoutinePage *routine_page;
  LimberPlayerPage *player_page;
  LimberFinishedPage *finished_page;
  LimberHistoryPage *history_page;  /* made on first use */
  LimberHistory *history;
};

G_DEFINE_FINAL_TYPE (LimberWindow, limber_window, ADW_TYPE_APPLICATION_WINDOW)

static gboolean
session_is_live (LimberWindow *self)
{
  LimberSessionState state;

  if (self->session == NULL)
    return FALSE;
  state = limber_session_get_state (self->session);
  return state == LIMBER_SESSION_RUNNING || state == LIMBER_SESSION_PAUSED;
}

static void
set_action_enabled (LimberWindow *self,
                    const char   *name,
                    gboolean      enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), name);

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

static void
update_actions (LimberWindow *self)
{
  const char *page = limber_window_get_visible_page (self);
  gboolean browsing = g_str_equal (page, "library") || g_str_equal (page, "routine");
  gboolean playing = g_str_equal (page, "player") && session_is_live (self);
  gboolean manual = FALSE;

  if (playing)
    {
      const LimberStep *step = limber_session_get_step (self->session);

      manual = step->kind == LIMBER_STEP_WORK && step->duration == 0;
    }

  set_action_enabled (self, "start", browsing && self->routine != NULL);
  set_action_enabled (self, "search", browsing);
  set_action_enabled (self, "toggle-pause", playing);
  set_action_enabled (self, "next", playing);
  set_action_enabled (self, "previous", playing);
  set_action_enabled (self, "stop", playing);
  set_action_enabled (self, "done", playing && manual);
  set_action_enabled (self, "again", g_str_equal (page, "finished") && self->routine != NULL);
  set_action_enabled (self, "history", browsing || g_str_equal (page, "finished"));
  set_action_enabled (self, "back",
                      g_str_equal (page, "finished") || g_str_equal (page, "history") ||
                      (g_str_equal (page, "routine") && adw_leaflet_get_folded (self->leaflet)));
}

static void
show_browse (LimberWindow *self)
{
  gtk_stack_set_visible_child_name (self->main_stack, "browse");
  if (self->routine != NULL)
    adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->routine_page));
  update_actions (self);
}

/* Inhibiting idle and suspend while a session runs */

static void
uninhibit (LimberWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (self->inhibit_cookie != 0 && app != NULL)
    gtk_application_uninhibit (app, self->inhibit_cookie);
  self->inhibit_cookie = 0;
}

static void
inhibit (LimberWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (app == NULL || self->inhibit_cookie != 0 ||
      !g_settings_get_boolean (self->settings, "keep-awake"))
    return;
  self->inhibit_cookie = gtk_application_inhibit (app, GTK_WINDOW (self),
                                                  GTK_APPLICATION_INHIBIT_IDLE |
                                                  GTK_APPLICATION_INHIBIT_SUSPEND,
                                                  _("A routine is running"));
}

/* Notifications while the window is in the background */

static void
notify (LimberWindow *self,
        const char   *title,
        const char   *body)
{
  GApplication *app = G_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
  g_autoptr(GNotification) notification = NULL;

  if (app == NULL || gtk_window_is_active (GTK_WINDOW (self)) ||
      !g_settings_get_boolean (self->settings, "notifications"))
    return;

  notification = g_notification_new (title);
  if (body != NULL)
    g_notification_set_body (notification, body);
  g_notification_set_priority (notification, G_NOTIFICATION_PRIORITY_HIGH);
  g_application_send_notification (app, "limber-session", notification);
}

/* The history */

static void
show_save_error (LimberWindow *self,
                 const char   *message)
{
  g_autofree char *title = NULL;
  AdwToast *toast;

  /* Translators: a toast: the session is kept in memory for a retry */
  title = g_strdup_printf (_("The session could not be saved: %s"), message);
  toast = adw_toast_new (title);
  adw_toast_set_timeout (toast, 0);
  if (self->recorder != NULL && limber_history_recorder_get_n_unsaved (self->recorder) > 0)
    {
      adw_toast_set_button_label (toast, _("_Retry"));
      adw_toast_set_action_name (toast, "win.retry-save");
    }
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* The record of the session that just ended, or NULL (no work was done). */
static LimberHistoryRecord *
record_session (LimberWindow  *self,
                LimberSession *session)
{
  g_autoptr(GDateTime) end = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  LimberHistoryRecord *record;

  if (self->recorder == NULL)
    return NULL;
  record = limber_history_recorder_record (self->recorder, session,
                                           self->session_start != NULL ? self->session_start : end,
                                           end, self->pain_before, &error);
  if (error != NULL)
    show_save_error (self, error->message);
  return record;
}

/* Saves the Finished page's answers, if any were given. */
static void
save_answers (LimberWindow *self)
{
  LimberHistoryRecord *record = limber_finished_page_get_record (self->finished_page);
  g_autoptr(GError) error = NULL;

  if (record == NULL || self->recorder == NULL ||
      !limber_finished_page_apply_answers (self->finished_page))
    return;
  if (!limber_history_recorder_save_answers (self->recorder, record, &error))
    show_save_error (self, error->message);
}

/* The session */

static void
on_session_step_changed (LimberSession *session,
                         guint          index,
                         LimberWindow  *self)
{
  const LimberStep *step = limber_session_get_step (session);

  if (step->kind == LIMBER_STEP_WORK && step->set == 1 && step->side != LIMBER_SIDE_RIGHT)
    {
      g_autofree char *body = NULL;

      if (step->instructions != NULL && step->instructions[0] != '\0')
        body = g_strdup (step->instructions);
      notify (self, step->name, body);
    }

  update_actions (self);
}

static void
on_session_cue (LimberSession *session,
                int            kind,
                gint64         planned_time,
                LimberWindow  *self)
{
  if (self->cue_player != NULL)
    limber_cue_player_play (self->cue_player, (LimberCueKind) kind);
}

static void
on_session_notify_state (LimberSession *session,
                         GParamSpec    *pspec,
                         LimberWindow  *self)
{
  LimberSessionState state = limber_session_get_state (session);
  g_autoptr(LimberHistoryRecord) record = NULL;

  if (state == LIMBER_SESSION_FINISHED || state == LIMBER_SESSION_STOPPED)
    {
      /* The session stays referenced (for the summary and the tests) until
       * the next start; it is final now. */
      g_signal_handlers_disconnect_by_data (session, self);
      uninhibit (self);
      if (self->stop_dialog != NULL)
        gtk_window_destroy (self->stop_dialog);
      if (gtk_window_is_fullscreen (GTK_WINDOW (self)))
        gtk_window_unfullscreen (GTK_WINDOW (self));

      /* A session that did work is history; stopped early, it still shows
       * its summary and questions. */
      record = record_session (self, session);
      if (state == LIMBER_SESSION_FINISHED || record != NULL)
        {
          limber_finished_page_set_session (self->finished_page, session);
          limber_finished_page_set_record (self->finished_page, record);
          gtk_stack_set_visible_child_name (self->main_stack, "finished");
          if (state == LIMBER_SESSION_FINISHED)
            notify (self, _("Routine Finished"), limber_finished_page_get_summary (self->finished_page));
        }
      else
        show_browse (self);

      limber_player_page_set_session (self->player_page, NULL);
    }

  update_actions (self);
}

static void
end_session (LimberWindow *self)
{
  if (self->session == NULL)
    return;
  g_signal_handlers_disconnect_by_data (self->session, self);
  limber_session_stop (self->session);
  limber_player_page_set_session (self->player_page, NULL);
  g_clear_object (&self->session);
  uninhibit (self);
}

static void
start_routine (LimberWindow  *self,
               LimberRoutine *routine,
               gint           pain_before)
{
  g_autoptr(LimberPlan) plan = NULL;

  if (g_str_equal (limber_window_get_visible_page (self), "finished"))
    save_answers (self);
  end_session (self);
  if (self->stop_dialog != NULL)
    gtk_window_destroy (self->stop_dialog);

  g_set_object (&self->routine, routine);
  limber_routine_page_set_routine (self->routine_page, routine);

  plan = limber_plan_new (routine);
  if (self->cue_player != NULL)
    limber_cue_player_prepare (self->cue_player);
  self->session = limber_session_new (plan, self->clock);
  /* The computer going to sleep pauses the routine (the person is not
   * there): logind's signal, or a wall-clock jump the session notices. */
  limber_session_set_sleep_monitor (self->session, self->sleep_monitor);
  g_signal_connect (self->session, "step-changed", G_CALLBACK (on_session_step_changed), self);
  g_signal_connect (self->session, "cue", G_CALLBACK (on_session_cue), self);
  g_signal_connect (self->session, "notify::state", G_CALLBACK (on_session_notify_state), self);

  limber_player_page_set_session (self->player_page, self->session);
  gtk_stack_set_visible_child_name (self->main_stack, "player");
  inhibit (self);
  g_clear_pointer (&self->session_start, g_date_time_unref);
  self->session_start = g_date_time_new_now_local ();
  self->pain_before = pain_before;
  limber_session_start (self->session);
  update_actions (self);
}

void
limber_window_start_routine (LimberWindow  *self,
                             LimberRoutine *routine)
{
  g_return_if_fail (LIMBER_IS_WINDOW (self));
  g_return_if_fail (LIMBER_IS_ROUTINE (routine));

  start_routine (self, routine, LIMBER_PAIN_UNSET);
}

/* Asking how the back feels before starting (the ask-pain-before preference) */

static void
on_pain_dialog_response (AdwMessageDialog *dialog,
                         const char       *response,
                         LimberWindow     *self)
{
  LimberPainScale *scale = LIMBER_PAIN_SCALE (adw_message_dialog_get_extra_child (dialog));
  gint pain = g_str_equal (response, "start") ? limber_pain_scale_get_value (scale) : LIMBER_PAIN_UNSET;

  if (g_str_equal (response, "cancel") || self->routine == NULL || session_is_live (self))
    return;
  start_routine (self, self->routine, pain);
}

static void
ask_pain_then_start (LimberWindow *self)
{
  GtkWidget *dialog;

  if (!g_settings_get_boolean (self->settings, "ask-pain-before"))
    {
      start_routine (self, self->routine, LIMBER_PAIN_UNSET);
      return;
    }
  if (self->pain_dialog != NULL)
    {
      gtk_window_present (self->pain_dialog);
      return;
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("How Does Your Back Feel?"),
                                   _("0 is no pain, 10 the worst. You can skip this."));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), limber_pain_scale_new ());
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "skip", _("S_kip"),
                                    "start", _("_Start"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "start",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "start");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_pain_dialog_response), self, 0);

  self->pain_dialog = GTK_WINDOW (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &self->pain_dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Asking before stopping */

static void
on_stop_dialog_response (AdwMessageDialog *dialog,
                         const char       *response,
                         LimberWindow     *self)
{
  gboolean closing = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "closing"));

  if (!g_str_equal (response, "stop"))
    return;

  if (self->session != NULL)
    limber_session_stop (self->session);
  if (closing)
    {
      self->close_confirmed = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
}

static void
ask_stop (LimberWindow *self,
          gboolean      closing)
{
  GtkWidget *dialog;

  if (self->stop_dialog != NULL)
    {
      gtk_window_present (self->stop_dialog);
      return;
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (self),
                                   closing ? _("Stop the Routine and Quit?") : _("Stop the Routine?"),
                                   _("The routine is still running."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "continue", _("_Keep Going"),
                                    "stop", _("_Stop"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "stop",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "continue");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "continue");
  g_object_set_data (G_OBJECT (dialog), "closing", GINT_TO_POINTER (closing));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_stop_dialog_response), self, 0);

  self->stop_dialog = GTK_WINDOW (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &self->stop_dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Actions */

static void
action_start (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  LimberWindow *self = LIMBER_WINDOW (user_data);

  if (self->routine != NULL)
    ask_pain_then_start (self);
}

static void
action_toggle_pause (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  LimberWindow *self = LIMBER_WINDOW (user_data);

  if (session_is_live (self))
    limber_session_toggle_pause (self->session);
}

static void
action_next (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  LimberWindow *self = LIMBER_WINDOW (user_data);

  if (session_is_live (self))
    limber_session_next (self->session);
}

static void
action_previous (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  LimberWindow *self = LIMBER_WINDOW (user_data);

  if (session_is_live (self))
    limber_session_previous (self->session);
}

static void
action_done (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  LimberWindow *self = LIMBER_WINDOW (user_data);

  if (session_is_live (self))
    limber_session_done (self->session);
}

static void
action_stop (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  LimberWindow *self = LIMBER_WINDOW (user_data);

  if (!session_is_live (self))
    return;
  if (limber_session_get_active_ms (self->session) > STOP_WITHOUT_ASKING_MS)
    ask_stop (self, FALSE);
  else
    limber_session_stop (self->session);
}

static void
action_fullscreen (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  GtkWindow *window = GTK_WINDOW (user_data);

  if (gtk_window_is_fullscreen (window))
    gtk_window_unfullscreen (window);
  else
    gtk_window_fullscreen (window);
}

static void
action_search (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  LimberWindow *self = LIMBER_WINDOW (user_data);

  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->library_page));
  limber_library_page_start_search (self->library_page);
  update_actions (self);
}

static void
action_again (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  LimberWindow *self = LIMBER_WINDOW (user_data);

  if (self->routine != NULL)
    ask_pain_then_start (self);
}

static void
action_back (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  LimberWindow *self = LIMBER_WINDOW (user_data);

  const char *page = limber_window_get_visible_page (self);

  if (g_str_equal (page, "finished"))
    save_answers (self);
  if (g_str_equal (page, "finished") || g_str_equal (page, "history"))
    show_browse (self);
  else
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  update_actions (self);
}

static void
action_history (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  LimberWindow *self = LIMBER_WINDOW (user_data);

  if (g_str_equal (limber_window_get_visible_page (self), "finished"))
    save_answers (self);
  limber_window_get_history_page (self);
  gtk_stack_set_visible_child_name (self->main_stack, "history");
  update_actions (self);
}

static void
action_retry_save (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  LimberWindow *self = LIMBER_WINDOW (user_data);
  g_autoptr(GError) error = NULL;

  if (self->recorder == NULL)
    return;
  if (limber_history_recorder_retry (self->recorder, &error))
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("The session is saved")));
  else
    show_save_error (self, error->message);
}

static const GActionEntry win_actions[] = {
  { "start", action_start },
  { "toggle-pause", action_toggle_pause },
  { "next", action_next },
  { "previous", action_previous },
  { "done", action_done },
  { "stop", action_stop },
  { "fullscreen", action_fullscreen },
  { "search", action_search },
  { "again", action_again },
  { "back", action_back },
  { "history", action_history },
  { "retry-save", action_retry_save },
};

/* Signals of the children */

static void
on_library_page_routine_activated (LimberLibraryPage *page,
                                   LimberRoutine     *routine,
                                   LimberWindow      *self)
{
  limber_window_show_routine (self, routine);
}

static void
on_leaflet_notify (GObject      *leaflet,
                   GParamSpec   *pspec,
                   LimberWindow *self)
{
  gboolean folded = adw_leaflet_get_folded (self->leaflet);

  limber_library_page_set_show_end_title_buttons (self->library_page, folded);
  limber_routine_page_set_folded (self->routine_page, folded);
  update_actions (self);
}

static void
on_main_stack_notify_visible_child (GtkStack     *stack,
                                    GParamSpec   *pspec,
                                    LimberWindow *self)
{
  update_actions (self);
}

static void
on_cue_player_notify_available (LimberCuePlayer *player,
                                GParamSpec      *pspec,
                                LimberWindow    *self)
{
  limber_player_page_set_sound_available (self->player_page,
                                          limber_cue_player_get_available (player));
}

static gboolean
limber_window_close_request (GtkWindow *window)
{
  LimberWindow *self = LIMBER_WINDOW (window);
  int width, height;

  if (session_is_live (self) && !self->close_confirmed)
    {
      ask_stop (self, TRUE);
      return TRUE;
    }

  gtk_window_get_default_size (window, &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));

  end_session (self);
  return GTK_WINDOW_CLASS (limber_window_parent_class)->close_request (window);
}

/* The application is set after construction: take what it offers then. */
static void
on_notify_application (LimberWindow *self,
                       GParamSpec   *pspec,
                       gpointer      user_data)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (app == NULL || self->app_setup_done)
    return;
  self->app_setup_done = TRUE;

  if (LIMBER_IS_APPLICATION (app))
    {
      LimberLibrary *library = limber_application_get_library (LIMBER_APPLICATION (app));

      g_set_object (&self->settings, limber_application_get_settings (LIMBER_APPLICATION (app)));
      self->cue_player = g_object_ref (limber_application_get_cue_player (LIMBER_APPLICATION (app)));
      if (library != NULL)
        {
          limber_library_page_set_models (self->library_page, G_LIST_MODEL (library),
                                          limber_library_get_problems (library));
          self->routine_actions = limber_routine_actions_new (self, library);
        }
      if (limber_application_get_history (LIMBER_APPLICATION (app)) != NULL)
        limber_window_set_history (self, limber_application_get_history (LIMBER_APPLICATION (app)));
    }

  if (self->cue_player != NULL)
    {
      g_signal_connect_object (self->cue_player, "notify::available",
                               G_CALLBACK (on_cue_player_notify_available), self, 0);
      on_cue_player_notify_available (self->cue_player, NULL, self);
    }

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  update_actions (self);
}

static void
limber_window_dispose (GObject *object)
{
  LimberWindow *self = LIMBER_WINDOW (object);

  end_session (self);
  g_clear_object (&self->routine_actions);
  if (self->stop_dialog != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->stop_dialog), (gpointer *) &self->stop_dialog);
      gtk_window_destroy (self->stop_dialog);
      self->stop_dialog = NULL;
    }
  if (self->pain_dialog != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->pain_dialog), (gpointer *) &self->pain_dialog);
      gtk_window_destroy (self->pain_dialog);
      self->pain_dialog = NULL;
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), LIMBER_TYPE_WINDOW);
  self->history_page = NULL;  /* the stack owned it */
  g_clear_object (&self->routine);
  g_clear_object (&self->clock);
  g_clear_object (&self->sleep_monitor);
  g_clear_object (&self->cue_player);
  g_clear_object (&self->settings);
  g_clear_object (&self->recorder);
  g_clear_object (&self->history);
  g_clear_pointer (&self->session_start, g_date_time_unref);

  G_OBJECT_CLASS (limber_window_parent_class)->dispose (object);
}

static void
limber_window_class_init (LimberWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = limber_window_dispose;
  window_class->close_request = limber_window_close_request;

  g_type_ensure (LIMBER_TYPE_LIBRARY_PAGE);
  g_type_ensure (LIMBER_TYPE_ROUTINE_PAGE);
  g_type_ensure (LIMBER_TYPE_PLAYER_PAGE);
  g_type_ensure (LIMBER_TYPE_FINISHED_PAGE);
  g_type_ensure (LIMBER_TYPE_HISTORY_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/limber-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LimberWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LimberWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, LimberWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, LimberWindow, library_page);
  gtk_widget_class_bind_template_child (widget_class, LimberWindow, routine_page);
  gtk_widget_class_bind_template_child (widget_class, LimberWindow, player_page);
  gtk_widget_class_bind_template_child (widget_class, LimberWindow, finished_page);
  gtk_widget_class_bind_template_callback (widget_class, on_library_page_routine_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_main_stack_notify_visible_child);

}

static void
limber_window_init (LimberWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->pain_before = LIMBER_PAIN_UNSET;

  g_action_map_add_action_entries (G_ACTION_MAP (self), win_actions, G_N_ELEMENTS (win_actions), self);
  self->clock = limber_real_clock_new ();
  self->sleep_monitor = limber_sleep_monitor_new ();
  /* Replaced by the application's settings when there is one. */
  self->settings = g_settings_new (APP_ID);
  g_signal_connect (self, "notify::application", G_CALLBACK (on_notify_application), NULL);
  g_signal_connect (self->leaflet, "notify::folded", G_CALLBACK (on_leaflet_notify), self);
  g_signal_connect (self->leaflet, "notify::visible-child", G_CALLBACK (on_leaflet_notify), self);
  on_leaflet_notify (G_OBJECT (self->leaflet), NULL, self);
}

LimberWindow *
limber_window_new (gpointer application)
{
  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);
  return g_object_new (LIMBER_TYPE_WINDOW, "application", application, NULL);
}

void
limber_window_set_clock (LimberWindow *self,
                         LimberClock  *clock)
{
  g_return_if_fail (LIMBER_IS_WINDOW (self));
  g_return_if_fail (LIMBER_IS_CLOCK (clock));

  g_set_object (&self->clock, clock);
}

void
limber_window_show_routine (LimberWindow  *self,
                            LimberRoutine *routine)
{
  g_return_if_fail (LIMBER_IS_WINDOW (self));
  g_return_if_fail (routine == NULL || LIMBER_IS_ROUTINE (routine));

  if (session_is_live (self))
    return;
  g_set_object (&self->routine, routine);
  limber_routine_page_set_routine (self->routine_page, routine);
  if (routine == NULL)
    adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->library_page));
  /* A person who opens a routine is about to start one: the sound
   * connection opens now, so the first cue is on time. */
  else if (self->cue_player != NULL)
    limber_cue_player_prepare (self->cue_player);
  show_browse (self);
}

void
limber_window_replace_routine (LimberWindow  *self,
                               LimberRoutine *routine)
{
  g_return_if_fail (LIMBER_IS_WINDOW (self));
  g_return_if_fail (routine == NULL || LIMBER_IS_ROUTINE (routine));

  if (session_is_live (self))
    return;
  if (routine == NULL && adw_leaflet_get_visible_child (self->leaflet) == GTK_WIDGET (self->routine_page))
    adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->library_page));
  g_set_object (&self->routine, routine);
  limber_routine_page_set_routine (self->routine_page, routine);
  update_actions (self);
}

void
limber_window_add_toast (LimberWindow *self,
                         AdwToast     *toast)
{
  g_return_if_fail (LIMBER_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

LimberRoutineActions *
limber_window_get_routine_actions (LimberWindow *self)
{
  g_return_val_if_fail (LIMBER_IS_WINDOW (self), NULL);
  return self->routine_actions;
}

void
limber_window_show_error (LimberWindow *self,
                          const char   *title,
                          const char   *message)
{
  GtkWidget *dialog;

  g_return_if_fail (LIMBER_IS_WINDOW (self));

  dialog = adw_message_dialog_new (GTK_WINDOW (self), title, message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

LimberSession *
limber_window_get_session (LimberWindow *self)
{
  g_return_val_if_fail (LIMBER_IS_WINDOW (self), NULL);
  return self->session;
}

const char *
limber_window_get_visible_page (LimberWindow *self)
{
  const char *name;

  g_return_val_if_fail (LIMBER_IS_WINDOW (self), NULL);

  name = gtk_stack_get_visible_child_name (self->main_stack);
  if (g_strcmp0 (name, "browse") != 0)
    return name != NULL ? name : "library";
  if (adw_leaflet_get_visible_child (self->leaflet) == GTK_WIDGET (self->routine_page) &&
      self->routine != NULL)
    return "routine";
  return "library";
}

LimberLibraryPage *
limber_window_get_library_page (LimberWindow *self)
{
  g_return_val_if_fail (LIMBER_IS_WINDOW (self), NULL);
  return self->library_page;
}

LimberRoutinePage *
limber_window_get_routine_page (LimberWindow *self)
{
  g_return_val_if_fail (LIMBER_IS_WINDOW (self), NULL);
  return self->routine_page;
}

LimberPlayerPage *
limber_window_get_player_page (LimberWindow *self)
{
  g_return_val_if_fail (LIMBER_IS_WINDOW (self), NULL);
  return self->player_page;
}

LimberFinishedPage *
limber_window_get_finished_page (LimberWindow *self)
{
  g_return_val_if_fail (LIMBER_IS_WINDOW (self), NULL);
  return self->finished_page;
}

GtkWindow *
limber_window_get_stop_dialog (LimberWindow *self)
{
  g_return_val_if_fail (LIMBER_IS_WINDOW (self), NULL);
  return self->stop_dialog;
}

void
limber_window_set_history (LimberWindow  *self,
                           LimberHistory *history)
{
  g_return_if_fail (LIMBER_IS_WINDOW (self));
  g_return_if_fail (history == NULL || LIMBER_IS_HISTORY (history));

  g_clear_object (&self->recorder);
  if (history != NULL)
    self->recorder = limber_history_recorder_new (history);
  g_set_object (&self->history, history);
  if (self->history_page != NULL)
    limber_history_page_set_history (self->history_page, history, self->settings);
}

LimberHistoryRecorder *
limber_window_get_recorder (LimberWindow *self)
{
  g_return_val_if_fail (LIMBER_IS_WINDOW (self), NULL);
  return self->recorder;
}

/* The History page, made the first time it is needed. */
LimberHistoryPage *
limber_window_get_history_page (LimberWindow *self)
{
  g_return_val_if_fail (LIMBER_IS_WINDOW (self), NULL);

  if (self->history_page == NULL)
    {
      self->history_page = LIMBER_HISTORY_PAGE (limber_history_page_new ());
      gtk_stack_add_named (self->main_stack, GTK_WIDGET (self->history_page), "history");
      if (self->history != NULL)
        limber_history_page_set_history (self->history_page, self->history, self->settings);
    }

  return self->history_page;
}

GtkWindow *
limber_window_get_pain_dialog (LimberWindow *self)
{
  g_return_val_if_fail (LIMBER_IS_WINDOW (self), NULL);
  return self->pain_dialog;
}
