/* limber-history-row.c: one session in the History page's list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-history-row"

#include "config.h"

#include <glib/gi18n.h>

#include "limber-history-row.h"
#include "limber-object-private.h"
#include "limber-progress-rules.h"
#include "limber-ui-format.h"

struct _LimberHistoryRow
{
  AdwBin parent_instance;

  LimberHistoryRecord *record;

  GtkImage *status_icon;
  GtkLabel *text_label;
  GtkButton *delete_button;
};

G_DEFINE_FINAL_TYPE (LimberHistoryRow, limber_history_row, ADW_TYPE_BIN)

char *
limber_history_describe_when (LimberHistoryRecord *record)
{
  g_autoptr(GDateTime) start = NULL;
  g_autofree char *date = NULL;
  g_autofree char *length = NULL;
  GString *text;
  int level;

  g_return_val_if_fail (LIMBER_IS_HISTORY_RECORD (record), NULL);

  start = limber_history_record_dup_start (record);
  /* Translators: a session's date and time, see strftime(3) */
  date = g_date_time_format (start, _("%a %-d %b %Y · %H:%M"));
  length = limber_ui_format_length (limber_history_record_get_active_seconds (record));
  text = g_string_new (NULL);
  g_string_append_printf (text, "%s · %s · %s", date, length,
                          limber_history_record_get_completed (record) ?
                            _("Completed") : _("Stopped early"));
  /* The level played, when not as written; an easy day says so. */
  level = limber_history_record_get_level (record);
  if (level != 0)
    {
      g_autofree char *level_text = limber_level_to_string (level);

      g_string_append (text, " · ");
      /* Translators: the level a session was played at, "Level +1" */
      g_string_append_printf (text, _("Level %s"), level_text);
    }
  if (limber_history_record_get_easy_day (record))
    {
      g_string_append (text, " · ");
      g_string_append (text, _("easy day"));
    }
  return g_string_free (text, FALSE);
}

char *
limber_history_describe_answers (LimberHistoryRecord *record)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  gint before, after;
  const char *effort, *note;

  g_return_val_if_fail (LIMBER_IS_HISTORY_RECORD (record), NULL);

  before = limber_history_record_get_pain_before (record);
  after = limber_history_record_get_pain_after (record);
  if (before != LIMBER_PAIN_UNSET && after != LIMBER_PAIN_UNSET)
    /* Translators: back pain before → after a session, 0–10 */
    g_ptr_array_add (parts, g_strdup_printf (_("Back %d → %d"), before, after));
  else if (after != LIMBER_PAIN_UNSET)
    g_ptr_array_add (parts, g_strdup_printf (_("Back %d after"), after));
  else if (before != LIMBER_PAIN_UNSET)
    g_ptr_array_add (parts, g_strdup_printf (_("Back %d before"), before));

  effort = limber_effort_to_label (limber_history_record_get_effort (record));
  if (effort != NULL)
    g_ptr_array_add (parts, g_strdup (effort));

  note = limber_history_record_get_note (record);
  if (note != NULL)
    g_ptr_array_add (parts, g_strdup_printf (_("“%s”"), note));

  if (parts->len == 0)
    return NULL;
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

static void
limber_history_row_dispose (GObject *object)
{
  LimberHistoryRow *self = LIMBER_HISTORY_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), LIMBER_TYPE_HISTORY_ROW);
  g_clear_object (&self->record);

  G_OBJECT_CLASS (limber_history_row_parent_class)->dispose (object);
}

static void
limber_history_row_class_init (LimberHistoryRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = limber_history_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/limber-history-row.ui");
  gtk_widget_class_bind_template_child (widget_class, LimberHistoryRow, status_icon);
  gtk_widget_class_bind_template_child (widget_class, LimberHistoryRow, text_label);
  gtk_widget_class_bind_template_child (widget_class, LimberHistoryRow, delete_button);
}

static void
limber_history_row_init (LimberHistoryRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
limber_history_row_new (void)
{
  return g_object_new (LIMBER_TYPE_HISTORY_ROW, NULL);
}

void
limber_history_row_set_record (LimberHistoryRow    *self,
                               LimberHistoryRecord *record)
{
  g_autofree char *when = NULL;
  g_autofree char *answers = NULL;
  g_autofree char *delete_name = NULL;
  g_autofree char *text = NULL;
  gboolean completed;

  g_return_if_fail (LIMBER_IS_HISTORY_ROW (self));
  g_return_if_fail (record == NULL || LIMBER_IS_HISTORY_RECORD (record));

  if (!g_set_object (&self->record, record) || record == NULL)
    return;

  completed = limber_history_record_get_completed (record);
  when = limber_history_describe_when (record);
  answers = limber_history_describe_answers (record);
  /* The routine, then the details smaller and dimmed (as a caption). */
  text = g_markup_printf_escaped ("%s\n<span size=\"small\" alpha=\"55%%\">%s%s%s</span>",
                                  limber_history_record_get_routine_title (record), when,
                                  answers != NULL ? "\n" : "", answers != NULL ? answers : "");
  gtk_label_set_markup (self->text_label, text);
  gtk_image_set_from_icon_name (self->status_icon,
                                completed ? "emblem-ok-symbolic" : "media-playback-stop-symbolic");
  gtk_widget_remove_css_class (GTK_WIDGET (self->status_icon), completed ? "dim-label" : "success");
  gtk_widget_add_css_class (GTK_WIDGET (self->status_icon), completed ? "success" : "dim-label");

  /* The target first: an action without its parameter is a warning. */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->delete_button), "s",
                                    limber_history_record_get_id (record));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->delete_button), "history.delete");
  /* Translators: the accessible name of a history row's delete button */
  delete_name = g_strdup_printf (_("Delete the session of %s, %s"),
                                 limber_history_record_get_routine_title (record), when);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->delete_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, delete_name, -1);
}

LIMBER_DEFINE_GETTER (LimberHistoryRow, limber_history_row, LIMBER_IS_HISTORY_ROW,
                      LimberHistoryRecord *, record, NULL)

LIMBER_DEFINE_GETTER (LimberHistoryRow, limber_history_row, LIMBER_IS_HISTORY_ROW,
                      GtkButton *, delete_button, NULL)
