/* limber-finished-page.c: the summary after a session
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-finished-page"

#include "config.h"

#include <glib/gi18n.h>

#include "limber-finished-page.h"
#include "limber-format.h"

struct _LimberFinishedPage
{
  AdwBin parent_instance;

  AdwStatusPage *status_page;
  AdwWindowTitle *window_title;
  GtkWidget *done_button;
};

G_DEFINE_FINAL_TYPE (LimberFinishedPage, limber_finished_page, ADW_TYPE_BIN)

static void
limber_finished_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), LIMBER_TYPE_FINISHED_PAGE);

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
}

static void
limber_finished_page_init (LimberFinishedPage *self)
{
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
  adw_status_page_set_title (self->status_page, finished ? _("Well Done!") : _("Routine Stopped"));
  adw_status_page_set_description (self->status_page, summary);
}

const char *
limber_finished_page_get_summary (LimberFinishedPage *self)
{
  g_return_val_if_fail (LIMBER_IS_FINISHED_PAGE (self), NULL);
  return adw_status_page_get_description (self->status_page);
}
