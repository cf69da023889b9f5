/* limber-finished-page.c: the summary after a session
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-finished-page"

#include "config.h"

#include <glib/gi18n.h>

#include "limber-finished-page.h"
#include "limber-duration.h"
#include "limber-object-private.h"
#include "limber-pain-scale.h"
#include "limber-ui-format.h"

struct _LimberFinishedPage
{
  AdwBin parent_instance;

  AdwStatusPage *status_page;
  AdwWindowTitle *window_title;
  GtkWidget *done_button;
  GtkWidget *questions;
  LimberPainScale *pain_scale;
  GtkToggleButton *easy_button;
  GtkToggleButton *right_button;
  GtkToggleButton *hard_button;
  GtkEntry *note_entry;
  GtkWidget *suggestion;
  GtkLabel *suggestion_title;
  GtkLabel *suggestion_reason;
  GtkLabel *suggestion_warning;
  GtkWidget *suggestion_accept_button;
  GtkWidget *suggestion_dismiss_button;
  GtkWidget *suggestion_ok_button;

  LimberHistoryRecord *record;
  gboolean syncing;
  LimberSuggestionKind suggestion_kind;   /* shown, or NONE */
  int suggestion_level;
  gboolean suggestion_closed;             /* accepted or dismissed for this record */
  /* The suggestion shown last for the record (NONE: none, or hidden again),
   * and what became of it: an answer, saved with the others. */
  LimberSuggestionKind shown_kind;
  int shown_level;
  LimberSuggestionResponse response;
};

G_DEFINE_FINAL_TYPE (LimberFinishedPage, limber_finished_page, ADW_TYPE_BIN)

enum {
  ANSWERS_CHANGED,
  SUGGESTION_ACCEPTED,
  SUGGESTION_CLOSED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_answer_changed (LimberFinishedPage *self)
{
  if (!self->syncing)
    g_signal_emit (self, signals[ANSWERS_CHANGED], 0);
}

static void
close_suggestion (LimberFinishedPage       *self,
                  LimberSuggestionResponse  response)
{
  self->suggestion_closed = TRUE;
  self->suggestion_kind = LIMBER_SUGGESTION_NONE;
  self->response = response;
  gtk_widget_set_visible (self->suggestion, FALSE);
}

static void
on_suggestion_dismiss_button_clicked (GtkButton          *button,
                                      LimberFinishedPage *self)
{
  close_suggestion (self, LIMBER_SUGGESTION_RESPONSE_DISMISSED);
  g_signal_emit (self, signals[SUGGESTION_CLOSED], 0);
}

static void
on_suggestion_accept_button_clicked (GtkButton          *button,
                                     LimberFinishedPage *self)
{
  int level = self->suggestion_level;

  close_suggestion (self, LIMBER_SUGGESTION_RESPONSE_ACCEPTED);
  g_signal_emit (self, signals[SUGGESTION_ACCEPTED], 0, level);
  g_signal_emit (self, signals[SUGGESTION_CLOSED], 0);
}

static GtkToggleButton *
effort_button (LimberFinishedPage *self,
               LimberEffort        effort)
{
  switch (effort)
    {
    case LIMBER_EFFORT_EASY:
      return self->easy_button;
    case LIMBER_EFFORT_RIGHT:
      return self->right_button;
    case LIMBER_EFFORT_HARD:
      return self->hard_button;
    case LIMBER_EFFORT_UNSET:
    default:
      return NULL;
    }
}

/* At most one effort; a second click on the chosen one clears it. */
static void
on_effort_button_toggled (GtkToggleButton    *button,
                          LimberFinishedPage *self)
{
  if (self->syncing)
    return;
  if (gtk_toggle_button_get_active (button))
    {
      self->syncing = TRUE;
      for (LimberEffort e = LIMBER_EFFORT_EASY; e <= LIMBER_EFFORT_HARD; e++)
        if (effort_button (self, e) != button)
          gtk_toggle_button_set_active (effort_button (self, e), FALSE);
      self->syncing = FALSE;
    }
  on_answer_changed (self);
}

static LimberEffort
get_effort (LimberFinishedPage *self)
{
  for (LimberEffort e = LIMBER_EFFORT_EASY; e <= LIMBER_EFFORT_HARD; e++)
    if (gtk_toggle_button_get_active (effort_button (self, e)))
      return e;
  return LIMBER_EFFORT_UNSET;
}

static void
limber_finished_page_dispose (GObject *object)
{
  LimberFinishedPage *self = LIMBER_FINISHED_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), LIMBER_TYPE_FINISHED_PAGE);
  g_clear_object (&self->record);

  G_OBJECT_CLASS (limber_finished_page_parent_class)->dispose (object);
}

static void
limber_finished_page_map (GtkWidget *widget)
{
  LimberFinishedPage *self = LIMBER_FINISHED_PAGE (widget);

  GTK_WIDGET_CLASS (limber_finished_page_parent_class)->map (widget);
  gtk_widget_grab_focus (self->done_button);
}

static void
limber_finished_page_class_init (LimberFinishedPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = limber_finished_page_dispose;
  widget_class->map = limber_finished_page_map;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/limber-finished-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LimberFinishedPage, status_page);
  gtk_widget_class_bind_template_child (widget_class, LimberFinishedPage, window_title);
  gtk_widget_class_bind_template_child (widget_class, LimberFinishedPage, done_button);
  gtk_widget_class_bind_template_child (widget_class, LimberFinishedPage, questions);
  gtk_widget_class_bind_template_child (widget_class, LimberFinishedPage, pain_scale);
  gtk_widget_class_bind_template_child (widget_class, LimberFinishedPage, easy_button);
  gtk_widget_class_bind_template_child (widget_class, LimberFinishedPage, right_button);
  gtk_widget_class_bind_template_child (widget_class, LimberFinishedPage, hard_button);
  gtk_widget_class_bind_template_child (widget_class, LimberFinishedPage, note_entry);
  gtk_widget_class_bind_template_child (widget_class, LimberFinishedPage, suggestion);
  gtk_widget_class_bind_template_child (widget_class, LimberFinishedPage, suggestion_title);
  gtk_widget_class_bind_template_child (widget_class, LimberFinishedPage, suggestion_reason);
  gtk_widget_class_bind_template_child (widget_class, LimberFinishedPage, suggestion_warning);
  gtk_widget_class_bind_template_child (widget_class, LimberFinishedPage, suggestion_accept_button);
  gtk_widget_class_bind_template_child (widget_class, LimberFinishedPage, suggestion_dismiss_button);
  gtk_widget_class_bind_template_child (widget_class, LimberFinishedPage, suggestion_ok_button);
  gtk_widget_class_bind_template_callback (widget_class, on_effort_button_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_suggestion_dismiss_button_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_suggestion_accept_button_clicked);

  /* The pain after or the effort changed (not yet applied to the record). */
  signals[ANSWERS_CHANGED] =
    g_signal_new ("answers-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* Accept on a step up or down: the level to play from next time. */
  signals[SUGGESTION_ACCEPTED] =
    g_signal_new ("suggestion-accepted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);
  /* Accept, Dismiss or OK closed the card (after "suggestion-accepted"):
   * the response is an answer to save. */
  signals[SUGGESTION_CLOSED] =
    g_signal_new ("suggestion-closed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
limber_finished_page_init (LimberFinishedPage *self)
{
  g_type_ensure (LIMBER_TYPE_PAIN_SCALE);

  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_swapped (self->pain_scale, "notify::value", G_CALLBACK (on_answer_changed), self);
}

void
limber_finished_page_set_session (LimberFinishedPage *self,
                                  LimberSession      *session)
{
  LimberPlan *plan;
  guint n_exercises, n_done = 0, n_skipped = 0;
  g_autofree char *active = NULL;
  g_autofree char *exercises = NULL;
  g_autofree char *summary = NULL;
  gboolean finished;

  g_return_if_fail (LIMBER_IS_FINISHED_PAGE (self));
  g_return_if_fail (LIMBER_IS_SESSION (session));

  plan = limber_session_get_plan (session);
  n_exercises = limber_plan_get_n_exercises (plan);
  for (guint i = 0; i < n_exercises; i++)
    {
      if (limber_session_get_skipped_sets (session, i) > 0)
        n_skipped++;
      else if (limber_session_get_completed_sets (session, i) > 0)
        n_done++;
    }

  finished = limber_session_get_state (session) == LIMBER_SESSION_FINISHED;
  active = limber_format_duration ((guint) (limber_session_get_active_ms (session) / 1000));
  /* Translators: "4 of 6 exercises done" */
  exercises = g_strdup_printf (ngettext ("%u of %u exercise done", "%u of %u exercises done", n_exercises),
                               n_done, n_exercises);
  if (n_skipped > 0)
    /* Translators: the time, the exercises done, the number skipped */
    summary = g_strdup_printf (ngettext ("%s of exercise · %s · %u skipped",
                                         "%s of exercise · %s · %u skipped", n_skipped),
                               active, exercises, n_skipped);
  else
    summary = g_strdup_printf (_("%s of exercise · %s"), active, exercises);

  adw_window_title_set_title (self->window_title, limber_plan_get_routine_title (plan));
  adw_status_page_set_title (self->status_page, finished ? _("Well Done!") : _("Stopped Early"));
  adw_status_page_set_icon_name (self->status_page,
                                 finished ? "emblem-ok-symbolic" : "media-playback-stop-symbolic");
  adw_status_page_set_description (self->status_page, summary);
}

const char *
limber_finished_page_get_summary (LimberFinishedPage *self)
{
  g_return_val_if_fail (LIMBER_IS_FINISHED_PAGE (self), NULL);
  return adw_status_page_get_description (self->status_page);
}

void
limber_finished_page_set_record (LimberFinishedPage  *self,
                                 LimberHistoryRecord *record)
{
  g_return_if_fail (LIMBER_IS_FINISHED_PAGE (self));
  g_return_if_fail (record == NULL || LIMBER_IS_HISTORY_RECORD (record));

  g_set_object (&self->record, record);
  gtk_widget_set_visible (self->questions, record != NULL);

  /* A new session's questions start unanswered, and its suggestion is
   * yet to come. */
  self->syncing = TRUE;
  limber_pain_scale_set_value (self->pain_scale, LIMBER_PAIN_UNSET);
  for (LimberEffort e = LIMBER_EFFORT_EASY; e <= LIMBER_EFFORT_HARD; e++)
    gtk_toggle_button_set_active (effort_button (self, e), FALSE);
  gtk_editable_set_text (GTK_EDITABLE (self->note_entry), "");
  self->syncing = FALSE;
  self->suggestion_closed = FALSE;
  self->suggestion_kind = LIMBER_SUGGESTION_NONE;
  self->shown_kind = LIMBER_SUGGESTION_NONE;
  self->shown_level = 0;
  self->response = LIMBER_SUGGESTION_RESPONSE_SHOWN;
  gtk_widget_set_visible (self->suggestion, FALSE);
}

LIMBER_DEFINE_GETTER (LimberFinishedPage, limber_finished_page, LIMBER_IS_FINISHED_PAGE,
                      LimberHistoryRecord *, record, NULL)

gboolean
limber_finished_page_apply_answers (LimberFinishedPage *self)
{
  g_autofree char *note = NULL;
  gint pain;
  LimberEffort effort;
  LimberSuggestionKind kind;
  LimberSuggestionResponse response;
  int level;
  gboolean changed = FALSE;

  g_return_val_if_fail (LIMBER_IS_FINISHED_PAGE (self), FALSE);

  if (self->record == NULL)
    return FALSE;

  pain = limber_pain_scale_get_value (self->pain_scale);
  effort = get_effort (self);
  note = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->note_entry))));
  if (note[0] == '\0')
    g_clear_pointer (&note, g_free);

  if (pain != limber_history_record_get_pain_after (self->record))
    {
      limber_history_record_set_pain_after (self->record, pain);
      changed = TRUE;
    }
  if (effort != limber_history_record_get_effort (self->record))
    {
      limber_history_record_set_effort (self->record, effort);
      changed = TRUE;
    }
  if (g_strcmp0 (note, limber_history_record_get_note (self->record)) != 0)
    {
      limber_history_record_set_note (self->record, note);
      changed = TRUE;
    }
  kind = limber_history_record_get_suggestion (self->record, &level, &response);
  if (kind != self->shown_kind ||
      (kind != LIMBER_SUGGESTION_NONE && (level != self->shown_level || response != self->response)))
    {
      limber_history_record_set_suggestion (self->record, self->shown_kind, self->shown_level, self->response);
      changed = TRUE;
    }
  return changed;
}

LIMBER_DEFINE_GETTER (LimberFinishedPage, limber_finished_page, LIMBER_IS_FINISHED_PAGE,
                      LimberPainScale *, pain_scale, NULL)

GtkToggleButton *
limber_finished_page_get_effort_button (LimberFinishedPage *self,
                                        LimberEffort        effort)
{
  g_return_val_if_fail (LIMBER_IS_FINISHED_PAGE (self), NULL);
  return effort_button (self, effort);
}

GtkEditable *
limber_finished_page_get_note_entry (LimberFinishedPage *self)
{
  g_return_val_if_fail (LIMBER_IS_FINISHED_PAGE (self), NULL);
  return GTK_EDITABLE (self->note_entry);
}

int
limber_finished_page_get_pain_answer (LimberFinishedPage *self)
{
  g_return_val_if_fail (LIMBER_IS_FINISHED_PAGE (self), LIMBER_PAIN_UNSET);
  return limber_pain_scale_get_value (self->pain_scale);
}

LimberEffort
limber_finished_page_get_effort_answer (LimberFinishedPage *self)
{
  g_return_val_if_fail (LIMBER_IS_FINISHED_PAGE (self), LIMBER_EFFORT_UNSET);
  return get_effort (self);
}

static const char *
suggestion_title (LimberSuggestionKind kind)
{
  switch (kind)
    {
    case LIMBER_SUGGESTION_STOP_TODAY:
      return _("Stop for Today");
    case LIMBER_SUGGESTION_GET_CHECKED:
      return _("Get Your Back Checked");
    case LIMBER_SUGGESTION_STEP_DOWN:
      return _("Ease Off");
    case LIMBER_SUGGESTION_STEP_UP:
      return _("Try a Level Up");
    case LIMBER_SUGGESTION_NONE:
    default:
      return "";
    }
}

void
limber_finished_page_set_suggestion (LimberFinishedPage     *self,
                                     const LimberSuggestion *suggestion)
{
  LimberSuggestionKind kind;
  gboolean accept;
  g_autofree char *warning = NULL;

  g_return_if_fail (LIMBER_IS_FINISHED_PAGE (self));

  kind = suggestion != NULL ? suggestion->kind : LIMBER_SUGGESTION_NONE;
  if (self->suggestion_closed)
    return;
  self->suggestion_kind = kind;
  self->suggestion_level = suggestion != NULL ? suggestion->level : 0;
  self->shown_kind = kind;
  self->shown_level = self->suggestion_level;
  gtk_widget_set_visible (self->suggestion, kind != LIMBER_SUGGESTION_NONE);
  if (kind == LIMBER_SUGGESTION_NONE)
    return;

  accept = kind == LIMBER_SUGGESTION_STEP_UP || kind == LIMBER_SUGGESTION_STEP_DOWN;
  gtk_label_set_label (self->suggestion_title, suggestion_title (kind));
  gtk_label_set_label (self->suggestion_reason, suggestion->reason != NULL ? suggestion->reason : "");
  /* When it hurts: the warning signs, and when not to wait. */
  if (kind == LIMBER_SUGGESTION_GET_CHECKED)
    warning = g_strconcat (limber_ui_warning_signs (), "\n", limber_ui_urgent_note (), NULL);
  else if (kind != LIMBER_SUGGESTION_STEP_UP)
    warning = g_strdup (limber_ui_urgent_note ());
  gtk_label_set_label (self->suggestion_warning, warning != NULL ? warning : "");
  gtk_widget_set_visible (GTK_WIDGET (self->suggestion_warning), warning != NULL);
  gtk_widget_set_visible (self->suggestion_accept_button, accept);
  gtk_widget_set_visible (self->suggestion_dismiss_button, accept);
  gtk_widget_set_visible (self->suggestion_ok_button, !accept);
}

LimberSuggestionKind
limber_finished_page_get_suggestion_kind (LimberFinishedPage *self)
{
  g_return_val_if_fail (LIMBER_IS_FINISHED_PAGE (self), LIMBER_SUGGESTION_NONE);
  return gtk_widget_get_visible (self->suggestion) ? self->suggestion_kind : LIMBER_SUGGESTION_NONE;
}

char *
limber_finished_page_dup_suggestion_text (LimberFinishedPage *self)
{
  g_return_val_if_fail (LIMBER_IS_FINISHED_PAGE (self), NULL);
  return g_strjoin ("\n", gtk_label_get_label (self->suggestion_title),
                    gtk_label_get_label (self->suggestion_reason),
                    gtk_label_get_label (self->suggestion_warning), NULL);
}

GtkButton *
limber_finished_page_get_suggestion_button (LimberFinishedPage *self,
                                            const char         *name)
{
  g_return_val_if_fail (LIMBER_IS_FINISHED_PAGE (self), NULL);

  if (g_str_equal (name, "accept"))
    return GTK_BUTTON (self->suggestion_accept_button);
  if (g_str_equal (name, "dismiss"))
    return GTK_BUTTON (self->suggestion_dismiss_button);
  g_return_val_if_fail (g_str_equal (name, "ok"), NULL);
  return GTK_BUTTON (self->suggestion_ok_button);
}
