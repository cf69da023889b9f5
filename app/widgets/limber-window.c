/* limber-window.c: the main window: library, routine, player, finished
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-window"

#include "config.h"

#include <glib/gi18n.h>

#include "limber-plan.h"
#include "limber-progress-rules.h"
#include "limber-real-clock.h"
#include "limber-ui-format.h"
#include "limber-window-private.h"

/* How late a countdown cue may come and still be played. */
#define LATE_COUNTDOWN_US (G_USEC_PER_SEC / 2)

G_DEFINE_FINAL_TYPE (LimberWindow, limber_window, ADW_TYPE_APPLICATION_WINDOW)

gboolean
limber_window_session_is_live (LimberWindow *self)
{
  LimberSessionState state;

  if (self->session == NULL)
    return FALSE;
  state = limber_session_get_state (self->session);
  return state == LIMBER_SESSION_RUNNING || state == LIMBER_SESSION_PAUSED;
}

/* The pages */

static LimberPlayerPage *
ensure_player_page (LimberWindow *self)
{
  if (self->player_page == NULL)
    {
      self->player_page = LIMBER_PLAYER_PAGE (g_object_new (LIMBER_TYPE_PLAYER_PAGE, NULL));
      limber_player_page_set_sound_available (self->player_page, self->sound_available);
      gtk_stack_add_named (self->main_stack, GTK_WIDGET (self->player_page), "player");
    }
  return self->player_page;
}

static void on_finished_page_answers_changed      (LimberFinishedPage *page,
                                                   LimberWindow       *self);
static void on_finished_page_suggestion_accepted (LimberFinishedPage *page,
                                                   int                 level,
                                                   LimberWindow       *self);
static void on_finished_page_suggestion_closed   (LimberFinishedPage *page,
                                                   LimberWindow       *self);

static LimberFinishedPage *
ensure_finished_page (LimberWindow *self)
{
  if (self->finished_page == NULL)
    {
      self->finished_page = LIMBER_FINISHED_PAGE (g_object_new (LIMBER_TYPE_FINISHED_PAGE, NULL));
      g_signal_connect (self->finished_page, "answers-changed",
                        G_CALLBACK (on_finished_page_answers_changed), self);
      g_signal_connect (self->finished_page, "suggestion-accepted",
                        G_CALLBACK (on_finished_page_suggestion_accepted), self);
      g_signal_connect (self->finished_page, "suggestion-closed",
                        G_CALLBACK (on_finished_page_suggestion_closed), self);
      gtk_stack_add_named (self->main_stack, GTK_WIDGET (self->finished_page), "finished");
    }
  return self->finished_page;
}

static LimberHistoryPage *
ensure_history_page (LimberWindow *self)
{
  if (self->history_page == NULL)
    {
      self->history_page = LIMBER_HISTORY_PAGE (limber_history_page_new ());
      gtk_stack_add_named (self->main_stack, GTK_WIDGET (self->history_page), "history");
      limber_history_page_set_library (self->history_page, self->library);
      if (self->history != NULL)
        limber_history_page_set_history (self->history_page, self->history, self->settings);
    }
  return self->history_page;
}

LimberWindowPage
limber_window_get_visible_page (LimberWindow *self)
{
  GtkWidget *child;

  g_return_val_if_fail (LIMBER_IS_WINDOW (self), LIMBER_WINDOW_PAGE_LIBRARY);

  child = gtk_stack_get_visible_child (self->main_stack);
  if (child != NULL && child == GTK_WIDGET (self->player_page))
    return LIMBER_WINDOW_PAGE_PLAYER;
  if (child != NULL && child == GTK_WIDGET (self->finished_page))
    return LIMBER_WINDOW_PAGE_FINISHED;
  if (child != NULL && child == GTK_WIDGET (self->history_page))
    return LIMBER_WINDOW_PAGE_HISTORY;
  if (adw_leaflet_get_visible_child (self->leaflet) == GTK_WIDGET (self->routine_page) &&
      self->routine != NULL)
    return LIMBER_WINDOW_PAGE_ROUTINE;
  return LIMBER_WINDOW_PAGE_LIBRARY;
}

/* Shows @page, making it if it is not made yet. */
void
limber_window_show_page (LimberWindow     *self,
                         LimberWindowPage  page)
{
  switch (page)
    {
    case LIMBER_WINDOW_PAGE_LIBRARY:
    case LIMBER_WINDOW_PAGE_ROUTINE:
      gtk_stack_set_visible_child (self->main_stack, GTK_WIDGET (self->leaflet));
      if (page == LIMBER_WINDOW_PAGE_LIBRARY)
        adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->library_page));
      else if (self->routine != NULL)
        adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->routine_page));
      break;
    case LIMBER_WINDOW_PAGE_PLAYER:
      gtk_stack_set_visible_child (self->main_stack, GTK_WIDGET (ensure_player_page (self)));
      break;
    case LIMBER_WINDOW_PAGE_FINISHED:
      gtk_stack_set_visible_child (self->main_stack, GTK_WIDGET (ensure_finished_page (self)));
      break;
    case LIMBER_WINDOW_PAGE_HISTORY:
      gtk_stack_set_visible_child (self->main_stack, GTK_WIDGET (ensure_history_page (self)));
      break;
    default:
      g_assert_not_reached ();
    }
  limber_window_update_actions (self);
}

/* Back to the list and the routine shown. */
static void
show_browse (LimberWindow *self)
{
  limber_window_show_page (self, self->routine != NULL ? LIMBER_WINDOW_PAGE_ROUTINE
                                                       : LIMBER_WINDOW_PAGE_LIBRARY);
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

void
limber_window_show_save_error (LimberWindow *self,
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

/* Saves the Finished page's answers, if any were given. */
void
limber_window_save_answers (LimberWindow *self)
{
  LimberHistoryRecord *record;
  g_autoptr(GError) error = NULL;

  if (self->finished_page == NULL || self->recorder == NULL)
    return;
  record = limber_finished_page_get_record (self->finished_page);
  if (record == NULL || !limber_finished_page_apply_answers (self->finished_page))
    return;
  if (!limber_history_recorder_save_answers (self->recorder, record, &error))
    limber_window_show_save_error (self, error->message);
}

/* Suggestions after a session (docs/progression.md) */

/* The sessions of the finished page's routine, oldest first, with the
 * answers the page has now for its own record; and the suggestion. */
static void
update_suggestion (LimberWindow *self)
{
  LimberHistoryRecord *current;
  LimberHistoryRecord * const *records;
  LimberHistoryCheckin * const *checkins;
  guint n_checkins = 0;
  g_autoptr(GArray) sessions = NULL;
  g_autoptr(LimberSuggestion) suggestion = NULL;
  g_autoptr(GDateTime) now = NULL;
  LimberProgressSession session = { 0 };
  const char *routine_id;
  guint n_records = 0;

  if (self->finished_page == NULL || self->history == NULL)
    return;
  current = limber_finished_page_get_record (self->finished_page);
  if (current == NULL)
    {
      limber_finished_page_set_suggestion (self->finished_page, NULL);
      return;
    }
  routine_id = limber_history_record_get_routine_id (current);
  records = limber_history_peek_records (self->history, &n_records);
  checkins = limber_history_peek_checkins (self->history, &n_checkins);
  sessions = limber_progress_sessions_from_history (records, n_records, checkins, n_checkins, routine_id, current);

  /* The page's record comes last, with the answers as they are on the page. */
  session.date_time = limber_history_record_dup_start (current);
  session.level = limber_history_record_get_level (current);
  session.pain_before = limber_history_record_get_pain_before (current);
  session.pain_after = limber_finished_page_get_pain_answer (self->finished_page);
  session.effort = limber_finished_page_get_effort_answer (self->finished_page);
  session.finished = limber_history_record_get_completed (current);
  session.next_morning_pain = LIMBER_PAIN_UNSET;
  g_array_append_val (sessions, session);

  now = g_date_time_new_now_local ();
  suggestion = limber_progress_suggest (&g_array_index (sessions, LimberProgressSession, 0), sessions->len,
                                        limber_window_get_routine_level (self, routine_id),
                                        self->routine, now);
  limber_finished_page_set_suggestion (self->finished_page, suggestion);
}

/* The "get it checked" card on the routine page, while it holds for the
 * routine shown (docs/progression.md). */
void
limber_window_update_get_checked (LimberWindow *self)
{
  LimberRoutine *routine;
  LimberHistoryRecord * const *records;
  LimberHistoryCheckin * const *checkins;
  g_autoptr(GArray) sessions = NULL;
  const char *reason = NULL;
  guint n_records = 0, n_checkins = 0;

  if (self->routine_page == NULL)
    return;  /* disposed */
  routine = limber_routine_page_get_routine (self->routine_page);
  if (routine != NULL && self->history != NULL)
    {
      records = limber_history_peek_records (self->history, &n_records);
      checkins = limber_history_peek_checkins (self->history, &n_checkins);
      sessions = limber_progress_sessions_from_history (records, n_records, checkins, n_checkins,
                                                        limber_routine_get_id (routine), NULL);
      if (sessions->len > 0)
        reason = limber_progress_get_checked (&g_array_index (sessions, LimberProgressSession, 0), sessions->len);
    }
  limber_routine_page_set_get_checked (self->routine_page, reason);
}

static void
on_finished_page_answers_changed (LimberFinishedPage *page,
                                  LimberWindow       *self)
{
  update_suggestion (self);
}

/* Accepting or dismissing is saved at once, with the other answers. */
static void
on_finished_page_suggestion_closed (LimberFinishedPage *page,
                                    LimberWindow       *self)
{
  limber_window_save_answers (self);
}

static void
on_finished_page_suggestion_accepted (LimberFinishedPage *page,
                                      int                 level,
                                      LimberWindow       *self)
{
  LimberHistoryRecord *record = limber_finished_page_get_record (page);
  LimberRoutine *shown = limber_routine_page_get_routine (self->routine_page);
  const char *routine_id;
  g_autofree char *level_text = NULL;
  g_autofree char *text = NULL;

  if (record == NULL)
    return;
  routine_id = limber_history_record_get_routine_id (record);
  if (shown != NULL && g_str_equal (limber_routine_get_id (shown), routine_id))
    limber_routine_page_set_level (self->routine_page, level);
  else
    limber_window_set_routine_level (self, routine_id, level);
  level_text = limber_level_to_string (level);
  /* Translators: a toast after accepting a suggestion, "Level +1 from next time on" */
  text = g_strdup_printf (_("Level %s from next time on"), level_text);
  limber_window_add_toast (self, adw_toast_new (text));
}

/* The voice */

static gboolean
voice_on (LimberWindow *self)
{
  return self->speaker != NULL && self->settings != NULL &&
         g_settings_get_boolean (self->settings, "voice");
}

/* Hands the session the speaker and its options as the settings say; while
 * "voice" is off, no speaker at all (the rep ticks stay). */
static void
apply_voice (LimberWindow *self)
{
  LimberSpeaker *speaker = voice_on (self) ? self->speaker : NULL;
  LimberSpeechOptions options = { 0, FALSE };

  /* Disposed: the session is gone already. */
  if (self->settings == NULL)
    return;
  options.rate = g_settings_get_int (self->settings, "voice-rate");
  options.count_reps = g_settings_get_boolean (self->settings, "voice-count-reps");
  if (self->session != NULL)
    limber_session_set_speaker (self->session, speaker, &options);
  if (self->player_page != NULL)
    limber_player_page_set_speaker (self->player_page, speaker);
}

static void
on_settings_changed_voice (GSettings    *settings,
                           const char   *key,
                           LimberWindow *self)
{
  if (voice_on (self) && limber_window_get_visible_page (self) != LIMBER_WINDOW_PAGE_LIBRARY)
    limber_speaker_prepare (self->speaker);
  apply_voice (self);
}

void
limber_window_set_speaker (LimberWindow  *self,
                           LimberSpeaker *speaker)
{
  g_return_if_fail (LIMBER_IS_WINDOW (self));
  g_return_if_fail (speaker == NULL || LIMBER_IS_SPEAKER (speaker));

  if (self->session != NULL)
    limber_session_set_speaker (self->session, NULL, NULL);
  g_set_object (&self->speaker, speaker);
  apply_voice (self);
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

  limber_window_update_actions (self);
}

static void
on_session_cue (LimberSession *session,
                int            kind,
                gint64         planned_time,
                LimberWindow  *self)
{
  /* A countdown beep that comes late would count wrong: the main loop was
   * held up (showing the window the first time, with slow GL, after a
   * start whose session began before it, see limber-application.c). */
  if (kind == LIMBER_CUE_COUNTDOWN && limber_clock_get_time (self->clock) - planned_time > LATE_COUNTDOWN_US)
    {
      g_debug ("countdown cue %.1f s late: dropped",
               (double) (limber_clock_get_time (self->clock) - planned_time) / G_USEC_PER_SEC);
      return;
    }
  limber_cue_player_play (self->cue_player, (LimberCueKind) kind);
}

/* The background part of break reminders counts a session as a break. */
static void
report_session_running (LimberWindow *self,
                        gboolean      running)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  if (LIMBER_IS_APPLICATION (application))
    limber_application_set_session_running (LIMBER_APPLICATION (application), running);
}

static void
on_session_notify_state (LimberSession *session,
                         GParamSpec    *pspec,
                         LimberWindow  *self)
{
  LimberSessionState state = limber_session_get_state (session);

  if (state == LIMBER_SESSION_FINISHED || state == LIMBER_SESSION_STOPPED)
    {
      g_autoptr(LimberHistoryRecord) record = NULL;
      g_autoptr(GError) error = NULL;

      /* The session stays referenced (for the summary and the tests) until
       * the next start; it is final now. */
      g_signal_handlers_disconnect_by_data (session, self);
      uninhibit (self);
      report_session_running (self, FALSE);
      if (self->stop_dialog != NULL)
        gtk_window_destroy (self->stop_dialog);
      if (gtk_window_is_fullscreen (GTK_WINDOW (self)))
        gtk_window_unfullscreen (GTK_WINDOW (self));

      /* A session that did work is history; stopped early, it still shows
       * its summary and questions. */
      if (self->recorder != NULL)
        {
          g_autoptr(GDateTime) end = g_date_time_new_now_local ();

          record = limber_history_recorder_end (self->recorder, end, &error);
          if (error != NULL)
            limber_window_show_save_error (self, error->message);
        }
      if (state == LIMBER_SESSION_FINISHED || record != NULL)
        {
          LimberFinishedPage *page = ensure_finished_page (self);

          limber_finished_page_set_session (page, session);
          limber_finished_page_set_record (page, record);
          update_suggestion (self);
          limber_window_show_page (self, LIMBER_WINDOW_PAGE_FINISHED);
          if (state == LIMBER_SESSION_FINISHED)
            notify (self, _("Routine Finished"), limber_finished_page_get_summary (page));
        }
      else
        show_browse (self);

      limber_player_page_set_session (self->player_page, NULL);
    }

  limber_window_update_actions (self);
}

static void
end_session (LimberWindow *self)
{
  if (self->session == NULL)
    return;
  g_signal_handlers_disconnect_by_data (self->session, self);
  limber_session_stop (self->session);
  if (self->player_page != NULL)
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
  g_autoptr(GDateTime) now = NULL;

  if (limber_window_get_visible_page (self) == LIMBER_WINDOW_PAGE_FINISHED)
    limber_window_save_answers (self);
  end_session (self);
  if (self->stop_dialog != NULL)
    gtk_window_destroy (self->stop_dialog);

  g_set_object (&self->routine, routine);
  limber_routine_page_set_routine (self->routine_page, routine);

  self->session_easy_day = self->easy_day_next;
  self->easy_day_next = FALSE;
  self->session_level = limber_window_get_routine_level (self, limber_routine_get_id (routine));
  if (self->session_easy_day)
    self->session_level = MAX (self->session_level - 1, LIMBER_LEVEL_MIN);
  plan = limber_plan_new_at_level (routine, self->session_level);
  limber_cue_player_prepare (self->cue_player);
  self->session = limber_session_new (plan, self->clock);
  /* The computer going to sleep pauses the routine (the person is not
   * there): logind's signal, or a wall-clock jump the session notices. */
  limber_session_set_sleep_monitor (self->session, self->sleep_monitor);
  g_signal_connect (self->session, "step-changed", G_CALLBACK (on_session_step_changed), self);
  g_signal_connect (self->session, "cue", G_CALLBACK (on_session_cue), self);
  g_signal_connect (self->session, "notify::state", G_CALLBACK (on_session_notify_state), self);
  /* Before the start: the first phrase comes with the first cue. */
  if (voice_on (self))
    limber_speaker_prepare (self->speaker);

  limber_player_page_set_session (ensure_player_page (self), self->session);
  apply_voice (self);
  limber_window_show_page (self, LIMBER_WINDOW_PAGE_PLAYER);
  inhibit (self);
  now = g_date_time_new_now_local ();
  if (self->recorder != NULL)
    {
      limber_history_recorder_begin (self->recorder, self->session, now, pain_before);
      limber_history_recorder_set_easy_day (self->recorder, self->session_easy_day);
    }
  limber_session_start (self->session);
  report_session_running (self, TRUE);
  limber_window_update_actions (self);
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

  if (g_str_equal (response, "cancel") || self->routine == NULL || limber_window_session_is_live (self))
    return;
  start_routine (self, self->routine, pain);
}

void
limber_window_ask_pain_then_start (LimberWindow *self)
{
  GtkWidget *dialog;

  if (self->routine == NULL)
    return;
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

void
limber_window_ask_stop (LimberWindow *self,
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
  limber_window_update_actions (self);
}

static void
on_main_stack_notify_visible_child (GtkStack     *stack,
                                    GParamSpec   *pspec,
                                    LimberWindow *self)
{
  limber_window_update_actions (self);
}

static void
on_cue_player_notify_available (LimberCuePlayer *player,
                                GParamSpec      *pspec,
                                LimberWindow    *self)
{
  self->sound_available = limber_cue_player_get_available (player);
  if (self->player_page != NULL)
    limber_player_page_set_sound_available (self->player_page, self->sound_available);
}

static void
on_background_notice_response (AdwMessageDialog *dialog,
                               const char       *response,
                               LimberWindow     *self)
{
  g_settings_set_boolean (self->settings, "background-notice-shown", TRUE);
  if (g_str_equal (response, "off"))
    g_settings_set_boolean (self->settings, "break-reminders", FALSE);
  gtk_window_close (GTK_WINDOW (self));
}

/* Closing the window while break reminders are on leaves them running (in
 * limber-reminders); the first time, the window says so before it closes,
 * and offers to turn them off. Remembered in background-notice-shown. */
static gboolean
ask_background_notice (LimberWindow *self)
{
  GtkWidget *dialog;

  if (!g_settings_get_boolean (self->settings, "break-reminders") ||
      g_settings_get_boolean (self->settings, "background-notice-shown"))
    return FALSE;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Reminders Keep Running"),
                                   _("Limber reminds you to get up even with its window closed. "
                                     "To stop the reminders until the next start, choose Quit in the main menu; "
                                     "Preferences can pause them or turn them off."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "off", _("_Turn Off Reminders"),
                                    "close", _("_Keep Reminders"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "close",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_background_notice_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

static gboolean
limber_window_close_request (GtkWindow *window)
{
  LimberWindow *self = LIMBER_WINDOW (window);
  int width, height;

  if (limber_window_ask_editor_first (self))
    return TRUE;
  if (limber_window_session_is_live (self) && !self->close_confirmed)
    {
      limber_window_ask_stop (self, TRUE);
      return TRUE;
    }
  if (ask_background_notice (self))
    return TRUE;

  gtk_window_get_default_size (window, &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));

  if (self->session != NULL)
    report_session_running (self, FALSE);
  end_session (self);
  return GTK_WINDOW_CLASS (limber_window_parent_class)->close_request (window);
}

static void
limber_window_dispose (GObject *object)
{
  LimberWindow *self = LIMBER_WINDOW (object);

  end_session (self);
  limber_window_dispose_actions (self);
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
  /* The stack owned the pages made on first use. */
  self->player_page = NULL;
  self->finished_page = NULL;
  self->history_page = NULL;
  g_clear_object (&self->routine);
  g_clear_object (&self->clock);
  g_clear_object (&self->sleep_monitor);
  g_clear_object (&self->cue_player);
  g_clear_object (&self->speaker);
  g_clear_object (&self->library);
  g_clear_object (&self->settings);
  g_clear_object (&self->recorder);
  g_clear_object (&self->sitting_status);
  g_clear_object (&self->history);

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

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/limber-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LimberWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LimberWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, LimberWindow, reminder_revealer);
  gtk_widget_class_bind_template_child (widget_class, LimberWindow, reminder_title_label);
  gtk_widget_class_bind_template_child (widget_class, LimberWindow, reminder_body_label);
  gtk_widget_class_bind_template_child (widget_class, LimberWindow, reminder_start_button);
  gtk_widget_class_bind_template_child (widget_class, LimberWindow, reminder_snooze_button);
  gtk_widget_class_bind_template_child (widget_class, LimberWindow, reminder_skip_button);
  gtk_widget_class_bind_template_child (widget_class, LimberWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, LimberWindow, library_page);
  gtk_widget_class_bind_template_child (widget_class, LimberWindow, routine_page);
  gtk_widget_class_bind_template_callback (widget_class, on_library_page_routine_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_main_stack_notify_visible_child);

  limber_window_class_init_actions (widget_class);
}

static void
limber_window_init (LimberWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->clock = limber_real_clock_new ();
  self->sleep_monitor = limber_sleep_monitor_new ();
  limber_window_init_actions (self);
  g_signal_connect (self->leaflet, "notify::folded", G_CALLBACK (on_leaflet_notify), self);
  g_signal_connect (self->leaflet, "notify::visible-child", G_CALLBACK (on_leaflet_notify), self);
  on_leaflet_notify (G_OBJECT (self->leaflet), NULL, self);
}

static void
on_checkin_card_saved (LimberCheckinCard *card,
                       int                pain,
                       LimberWindow      *self)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  limber_window_add_toast (self, adw_toast_new (_("Check-in saved")));
  /* Its notification, if the background part sent one, goes. */
  if (LIMBER_IS_APPLICATION (application))
    limber_application_checkin_answered (LIMBER_APPLICATION (application));
}

static void
on_sitting_status_notify_text (LimberSittingStatus *status,
                               GParamSpec          *pspec,
                               LimberWindow        *self)
{
  limber_library_page_set_sitting_text (self->library_page, limber_sitting_status_get_text (status));
}

/* Takes what @application offers: settings, library, cue player, history. */
static void
set_application (LimberWindow      *self,
                 LimberApplication *application)
{
  self->settings = g_object_ref (limber_application_get_settings (application));
  self->cue_player = g_object_ref (limber_application_get_cue_player (application));
  self->library = g_object_ref (limber_application_get_library (application));
  limber_library_page_set_models (self->library_page, G_LIST_MODEL (self->library),
                                  limber_library_get_problems (self->library));
  limber_library_page_set_settings (self->library_page, self->settings);
  g_signal_connect_object (limber_library_page_get_checkin_card (self->library_page), "saved",
                           G_CALLBACK (on_checkin_card_saved), self, 0);
  limber_window_watch_library (self);
  limber_window_set_history (self, limber_application_get_history (application));
  if (limber_application_get_reminders_link (application) != NULL && self->history != NULL)
    {
      self->sitting_status = limber_sitting_status_new (limber_application_get_reminders_link (application),
                                                        self->history);
      g_signal_connect_object (self->sitting_status, "notify::text",
                               G_CALLBACK (on_sitting_status_notify_text), self, 0);
      on_sitting_status_notify_text (self->sitting_status, NULL, self);
    }

  g_signal_connect_object (self->cue_player, "notify::available",
                           G_CALLBACK (on_cue_player_notify_available), self, 0);
  on_cue_player_notify_available (self->cue_player, NULL, self);

  g_signal_connect_object (self->settings, "changed::voice",
                           G_CALLBACK (on_settings_changed_voice), self, 0);
  g_signal_connect_object (self->settings, "changed::voice-rate",
                           G_CALLBACK (on_settings_changed_voice), self, 0);
  g_signal_connect_object (self->settings, "changed::voice-count-reps",
                           G_CALLBACK (on_settings_changed_voice), self, 0);
  limber_window_set_speaker (self, limber_application_get_speaker (application));

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

LimberWindow *
limber_window_new (LimberApplication *application)
{
  LimberWindow *self;

  g_return_val_if_fail (LIMBER_IS_APPLICATION (application), NULL);
  /* After startup: the application has its settings, library and history. */
  g_return_val_if_fail (limber_application_get_settings (application) != NULL, NULL);

  self = g_object_new (LIMBER_TYPE_WINDOW, "application", application, NULL);
  set_application (self, application);
  limber_window_update_actions (self);
  return self;
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

  if (limber_window_session_is_live (self))
    return;
  g_set_object (&self->routine, routine);
  limber_routine_page_set_routine (self->routine_page, routine);
  if (routine == NULL)
    adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->library_page));
  /* A person who opens a routine is about to start one: the sound
   * connection opens now, so the first cue is on time. */
  else
    {
      limber_cue_player_prepare (self->cue_player);
      /* The speech service can take seconds to start. */
      if (voice_on (self))
        limber_speaker_prepare (self->speaker);
    }
  show_browse (self);
}

void
limber_window_replace_routine (LimberWindow  *self,
                               LimberRoutine *routine)
{
  g_return_if_fail (LIMBER_IS_WINDOW (self));
  g_return_if_fail (routine == NULL || LIMBER_IS_ROUTINE (routine));

  if (limber_window_session_is_live (self))
    return;
  if (routine == NULL && adw_leaflet_get_visible_child (self->leaflet) == GTK_WIDGET (self->routine_page))
    adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->library_page));
  g_set_object (&self->routine, routine);
  limber_routine_page_set_routine (self->routine_page, routine);
  limber_window_update_actions (self);
}

void
limber_window_add_toast (LimberWindow *self,
                         AdwToast     *toast)
{
  g_return_if_fail (LIMBER_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
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

int
limber_window_get_routine_level (LimberWindow *self,
                                 const char   *routine_id)
{
  g_autoptr(GVariant) levels = NULL;
  int level = 0;

  g_return_val_if_fail (LIMBER_IS_WINDOW (self), 0);
  g_return_val_if_fail (routine_id != NULL, 0);

  if (self->settings == NULL)
    return 0;
  levels = g_settings_get_value (self->settings, "routine-levels");
  if (!g_variant_lookup (levels, routine_id, "i", &level))
    return 0;
  /* A value set from outside may be out of range. */
  return CLAMP (level, LIMBER_LEVEL_MIN, LIMBER_LEVEL_MAX);
}

void
limber_window_set_routine_level (LimberWindow *self,
                                 const char   *routine_id,
                                 int           level)
{
  g_autoptr(GVariant) levels = NULL;
  g_auto(GVariantBuilder) builder = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE ("a{si}"));
  GVariantIter iter;
  const char *id;
  int value;

  g_return_if_fail (LIMBER_IS_WINDOW (self));
  g_return_if_fail (routine_id != NULL);
  g_return_if_fail (level >= LIMBER_LEVEL_MIN && level <= LIMBER_LEVEL_MAX);

  if (self->settings == NULL || limber_window_get_routine_level (self, routine_id) == level)
    return;
  levels = g_settings_get_value (self->settings, "routine-levels");
  g_variant_iter_init (&iter, levels);
  while (g_variant_iter_next (&iter, "{&si}", &id, &value))
    if (!g_str_equal (id, routine_id))
      g_variant_builder_add (&builder, "{si}", id, value);
  if (level != 0)
    g_variant_builder_add (&builder, "{si}", routine_id, level);
  g_settings_set_value (self->settings, "routine-levels", g_variant_builder_end (&builder));
}

LimberSession *
limber_window_get_session (LimberWindow *self)
{
  g_return_val_if_fail (LIMBER_IS_WINDOW (self), NULL);
  return self->session;
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
  return ensure_player_page (self);
}

LimberFinishedPage *
limber_window_get_finished_page (LimberWindow *self)
{
  g_return_val_if_fail (LIMBER_IS_WINDOW (self), NULL);
  return ensure_finished_page (self);
}

LimberHistoryPage *
limber_window_get_history_page (LimberWindow *self)
{
  g_return_val_if_fail (LIMBER_IS_WINDOW (self), NULL);
  return ensure_history_page (self);
}

GtkWindow *
limber_window_get_stop_dialog (LimberWindow *self)
{
  g_return_val_if_fail (LIMBER_IS_WINDOW (self), NULL);
  return self->stop_dialog;
}

GtkWindow *
limber_window_get_pain_dialog (LimberWindow *self)
{
  g_return_val_if_fail (LIMBER_IS_WINDOW (self), NULL);
  return self->pain_dialog;
}

static void
on_history_items_changed (GListModel   *history,
                          guint         position,
                          guint         removed,
                          guint         added,
                          LimberWindow *self)
{
  limber_window_update_get_checked (self);
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
  if (self->history != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->history, on_history_items_changed, self);
      g_signal_handlers_disconnect_by_func (self->history, limber_window_update_get_checked, self);
    }
  g_set_object (&self->history, history);
  if (history != NULL)
    {
      g_signal_connect_object (history, "items-changed", G_CALLBACK (on_history_items_changed), self, 0);
      /* A check-in worse than before the session: "get it checked". */
      g_signal_connect_object (history, "checkins-changed", G_CALLBACK (limber_window_update_get_checked),
                               self, G_CONNECT_SWAPPED);
    }
  if (self->history_page != NULL)
    limber_history_page_set_history (self->history_page, history, self->settings);
  limber_window_update_get_checked (self);
  limber_checkin_card_set_history (limber_library_page_get_checkin_card (self->library_page),
                                   history, self->settings);
}

void
limber_window_show_checkin (LimberWindow *self,
                            const char   *session_id)
{
  g_return_if_fail (LIMBER_IS_WINDOW (self));
  g_return_if_fail (session_id != NULL);

  /* Not in the middle of a session: the card waits on the library page. */
  if (!limber_window_session_is_live (self))
    limber_window_show_page (self, LIMBER_WINDOW_PAGE_LIBRARY);
  limber_checkin_card_show_session (limber_library_page_get_checkin_card (self->library_page), session_id);
}

void
limber_window_show_reminder (LimberWindow *self,
                             const char   *title,
                             const char   *body)
{
  g_return_if_fail (LIMBER_IS_WINDOW (self));
  g_return_if_fail (title != NULL && body != NULL);

  gtk_label_set_label (self->reminder_title_label, title);
  gtk_label_set_label (self->reminder_body_label, body);
  gtk_revealer_set_reveal_child (self->reminder_revealer, TRUE);
}

void
limber_window_hide_reminder (LimberWindow *self)
{
  g_return_if_fail (LIMBER_IS_WINDOW (self));

  gtk_revealer_set_reveal_child (self->reminder_revealer, FALSE);
}
