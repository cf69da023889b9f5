/* limber-finished-page.c: the summary after a session
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-finished-page"

#include "config.h"

#include <glib/gi18n.h>

#include "limber-finished-page.h"
#include "limber-format.h"
#include "limber-pain-scale.h"

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

  LimberHistoryRecord *record;
  gboolean syncing;
};

G_DEFINE_FINAL_TYPE (LimberFinishedPage, limber_finished_page, ADW_TYPE_BIN)

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
  if (self->syncing || !gtk_toggle_button_get_active (button))
    return;
  self->syncing = TRUE;
  for (LimberEffort e = LIMBER_EFFORT_EASY; e <= LIMBER_EFFORT_HARD; e++)
    if (effort_button (self, e) != button)
      gtk_toggle_button_set_active (effort_button (self, e), FALSE);
  self->syncing = FALSE;
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
  gtk_widget_class_bind_template_callback (widget_class, on_effort_button_toggled);
}

static void
limber_finished_page_init (LimberFinishedPage *self)
{
  g_type_ensure (LIMBER_TYPE_PAIN_SCALE);

  gtk_widget_init_template (GTK_WIDGET (self));
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

  /* A new session's questions start unanswered. */
  limber_pain_scale_set_value (self->pain_scale, LIMBER_PAIN_UNSET);
  for (LimberEffort e = LIMBER_EFFORT_EASY; e <= LIMBER_EFFORT_HARD; e++)
    gtk_toggle_button_set_active (effort_button (self, e), FALSE);
  gtk_editable_set_text (GTK_EDITABLE (self->note_entry), "");
}

LimberHistoryRecord *
limber_finished_page_get_record (LimberFinishedPage *self)
{
  g_return_val_if_fail (LIMBER_IS_FINISHED_PAGE (self), NULL);
  return self->record;
}

gboolean
limber_finished_page_apply_answers (LimberFinishedPage *self)
{
  g_autofree char *note = NULL;
  gint pain;
  LimberEffort effort;
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
  return changed;
}

LimberPainScale *
limber_finished_page_get_pain_scale (LimberFinishedPage *self)
{
  g_return_val_if_fail (LIMBER_IS_FINISHED_PAGE (self), NULL);
  return self->pain_scale;
}

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
