/* limber-history-page.c: the sessions done, streaks, the week, back pain
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-history-page"

#include "config.h"

#include <glib/gi18n.h>

#include "limber-breaks-view.h"
#include "limber-history-calendar.h"
#include "limber-history-export.h"
#include "limber-history-page-private.h"
#include "limber-history-stats.h"
#include "limber-object-private.h"
#include "limber-report-period.h"
#include "limber-report-print.h"
#include "limber-report.h"
#include "limber-history-row.h"
#include "limber-pain-chart.h"

struct _LimberHistoryPage
{
  AdwBin parent_instance;

  LimberHistory *history;
  GSettings *settings;
  LimberHistoryStats *stats;
  GDate stats_day;           /* the day the statistics were computed on */
  AdwToast *undo_toast;      /* the last one shown, until dismissed */
  guint n_undo_toasts;
  GtkNativeDialog *chooser;  /* the export file chooser, while open */
  GCancellable *cancellable; /* the reports being written */
  guint n_reports;           /* reports being written */
  LimberLibrary *library;    /* the routines' current titles and progressions */
  GDate report_from;         /* the period last chosen for a report */
  GDate report_to;
  char *report_destination;  /* tests: where Save… and Print… write, or NULL */

  GtkWidget *problem_bar;
  GtkLabel *problem_label;
  AdwToastOverlay *toast_overlay;
  GtkStack *stack;
  AdwViewStack *view_stack;
  GtkListView *sessions_view;
  LimberBreaksView *breaks_view;
  GtkLabel *streak_value;
  GtkLabel *streak_caption;
  GtkLabel *best_value;
  GtkLabel *best_caption;
  GtkLabel *total_value;
  GtkLabel *total_caption;
  GtkLabel *week_label;
  GtkLevelBar *week_bar;
  LimberPainChart *pain_chart;
  GtkLabel *pain_summary;
  GtkDropDown *chart_routine;
  GtkStringList *chart_routines;      /* "All Routines", then the routines' titles */
  GPtrArray *chart_routine_ids;       /* NULL (all), then the routines' ids */
  char *chart_routine_id;             /* the routine the chart shows, NULL: all */
  LimberHistoryStats *chart_stats;    /* of that routine's sessions */
  gboolean updating_chart_routines;
  LimberHistoryCalendar *calendar;
  GtkListBox *routines_list;
};

G_DEFINE_FINAL_TYPE (LimberHistoryPage, limber_history_page, ADW_TYPE_BIN)

static void
show_toast (LimberHistoryPage *self,
            const char        *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
set_number (GtkLabel *value,
            guint     number)
{
  g_autofree char *text = g_strdup_printf ("%u", number);

  gtk_label_set_label (value, text);
}

/* @date: the day of @time. */
static void
set_day (GDate     *date,
         GDateTime *time)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, g_date_time_get_day_of_month (time), g_date_time_get_month (time),
                  g_date_time_get_year (time));
}

static void
update_problem (LimberHistoryPage *self)
{
  g_autoptr(GString) text = g_string_new (NULL);
  const char *problem = NULL;

  if (self->history != NULL)
    {
      problem = limber_history_get_problem (self->history);
      if (!limber_history_get_loaded (self->history) && problem != NULL)
        g_string_append (text, _("Your history could not be read. Limber leaves the file as "
                                 "it is, and new sessions are not saved until it can be read."));
      else if (limber_history_get_read_only (self->history))
        g_string_append (text, _("This history was written by a newer version of Limber. "
                                 "It is shown as far as this version understands it, and "
                                 "left unchanged: new sessions and deletions are not saved."));
    }
  if (problem != NULL)
    {
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, problem);
    }

  gtk_label_set_label (self->problem_label, text->str);
  gtk_widget_set_visible (self->problem_bar, text->len > 0);
}

static void
update_routines (LimberHistoryPage *self)
{
  GtkWidget *child;

  /* A handful of rows, rebuilt from the statistics. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->routines_list))) != NULL)
    gtk_list_box_remove (self->routines_list, child);

  for (guint i = 0; i < self->stats->routines->len; i++)
    {
      const LimberHistoryRoutineCount *count =
        &g_array_index (self->stats->routines, LimberHistoryRoutineCount, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *subtitle = NULL;
      g_autofree char *number = g_strdup_printf ("%u", count->n_sessions);
      GtkWidget *label = gtk_label_new (number);

      /* Translators: sessions of a routine: how many were completed */
      subtitle = g_strdup_printf (ngettext ("%u completed", "%u completed", count->n_completed),
                                  count->n_completed);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), count->routine_title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_widget_add_css_class (label, "routine-count");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
      /* Activated, it shows the routine in the pain chart. */
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_widget_set_tooltip_text (row, _("Show this routine’s back pain and level in the chart"));
      gtk_list_box_append (self->routines_list, row);
    }
}

/* The chart: every routine, or the one chosen with its level over time. */
static void
update_chart (LimberHistoryPage *self)
{
  const LimberHistoryStats *stats = self->stats;
  g_autofree char *summary = NULL;
  g_autofree char *levels = NULL;
  g_autofree char *text = NULL;

  g_clear_pointer (&self->chart_stats, limber_history_stats_free);
  if (self->chart_routine_id != NULL && self->history != NULL)
    {
      LimberHistoryRecord * const *records;
      g_autoptr(GPtrArray) routine_records = g_ptr_array_new ();
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
      guint n_records = 0;

      records = limber_history_peek_records (self->history, &n_records);
      for (guint i = 0; i < n_records; i++)
        if (g_strcmp0 (limber_history_record_get_routine_id (records[i]), self->chart_routine_id) == 0)
          g_ptr_array_add (routine_records, records[i]);
      self->chart_stats = limber_history_stats_compute ((LimberHistoryRecord * const *) routine_records->pdata,
                                                        routine_records->len, now, tz,
                                                        limber_locale_get_first_weekday (),
                                                        LIMBER_HISTORY_DEFAULT_WEEKLY_GOAL);
      stats = self->chart_stats;
    }

  limber_pain_chart_set_points (self->pain_chart, stats->pain);
  limber_pain_chart_set_levels (self->pain_chart, stats->levels, self->chart_routine_id != NULL);
  summary = limber_pain_chart_describe (stats->pain);
  levels = limber_pain_chart_describe_levels (stats->levels);
  /* Without levels (NULL ends the list), the summary alone. */
  text = g_strjoin (" ", summary, levels, NULL);
  gtk_label_set_label (self->pain_summary, text);
}

/* The chart's choice of routines, from the statistics; the routine chosen
 * stays chosen while it has sessions. */
static void
update_chart_routines (LimberHistoryPage *self)
{
  g_autoptr(GPtrArray) titles = g_ptr_array_new ();
  guint selected = 0;

  g_ptr_array_set_size (self->chart_routine_ids, 0);
  g_ptr_array_add (self->chart_routine_ids, NULL);
  g_ptr_array_add (titles, (gpointer) _("All Routines"));
  for (guint i = 0; i < self->stats->routines->len; i++)
    {
      const LimberHistoryRoutineCount *count = &g_array_index (self->stats->routines, LimberHistoryRoutineCount, i);

      if (g_strcmp0 (count->routine_id, self->chart_routine_id) == 0)
        selected = i + 1;
      g_ptr_array_add (self->chart_routine_ids, g_strdup (count->routine_id));
      g_ptr_array_add (titles, (gpointer) count->routine_title);
    }
  g_ptr_array_add (titles, NULL);

  self->updating_chart_routines = TRUE;
  gtk_string_list_splice (self->chart_routines, 0, g_list_model_get_n_items (G_LIST_MODEL (self->chart_routines)),
                          (const char * const *) titles->pdata);
  gtk_drop_down_set_selected (self->chart_routine, selected);
  self->updating_chart_routines = FALSE;
  if (selected == 0)
    g_clear_pointer (&self->chart_routine_id, g_free);
}

static void
on_chart_routine_notify_selected (LimberHistoryPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->chart_routine);

  if (self->updating_chart_routines || self->stats == NULL || selected >= self->chart_routine_ids->len)
    return;
  g_free (self->chart_routine_id);
  self->chart_routine_id = g_strdup (g_ptr_array_index (self->chart_routine_ids, selected));
  update_chart (self);
}

/* A routine's row: that routine in the chart, the chart in view. */
static void
on_routines_list_row_activated (LimberHistoryPage *self,
                                GtkListBoxRow     *row)
{
  guint index = (guint) gtk_list_box_row_get_index (row) + 1;

  if (index >= self->chart_routine_ids->len)
    return;
  gtk_drop_down_set_selected (self->chart_routine, index);
  gtk_widget_grab_focus (GTK_WIDGET (self->chart_routine));
}

void
limber_history_page_set_chart_routine (LimberHistoryPage *self,
                                       const char        *routine_id)
{
  g_return_if_fail (LIMBER_IS_HISTORY_PAGE (self));

  for (guint i = 0; i < self->chart_routine_ids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->chart_routine_ids, i), routine_id) == 0)
      {
        gtk_drop_down_set_selected (self->chart_routine, i);
        return;
      }
  g_return_if_reached ();
}

LIMBER_DEFINE_GETTER (LimberHistoryPage, limber_history_page, LIMBER_IS_HISTORY_PAGE,
                      LimberPainChart *, pain_chart, NULL)

LIMBER_DEFINE_GETTER (LimberHistoryPage, limber_history_page, LIMBER_IS_HISTORY_PAGE,
                      GtkListBox *, routines_list, NULL)

const char *
limber_history_page_get_pain_summary (LimberHistoryPage *self)
{
  g_return_val_if_fail (LIMBER_IS_HISTORY_PAGE (self), NULL);
  return gtk_label_get_label (self->pain_summary);
}

void
limber_history_page_refresh (LimberHistoryPage *self)
{
  LimberHistoryRecord * const *records = NULL;
  guint n_records = 0, n_breaks = 0;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
  GDateWeekday first_weekday = limber_locale_get_first_weekday ();
  guint goal = LIMBER_HISTORY_DEFAULT_WEEKLY_GOAL;
  guint minutes;
  g_autofree char *week = NULL;

  g_return_if_fail (LIMBER_IS_HISTORY_PAGE (self));

  if (self->history != NULL)
    {
      records = limber_history_peek_records (self->history, &n_records);
      limber_history_peek_breaks (self->history, &n_breaks);
    }
  if (self->settings != NULL)
    goal = g_settings_get_uint (self->settings, "weekly-goal");

  g_clear_pointer (&self->stats, limber_history_stats_free);
  self->stats = limber_history_stats_compute (records, n_records, now, tz, first_weekday, goal);
  set_day (&self->stats_day, now);

  update_problem (self);
  /* Break lines alone (reminders on, no session yet) show the Breaks view. */
  gtk_stack_set_visible_child_name (self->stack, n_records + n_breaks > 0 ? "content" : "empty");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "history.delete",
                                 self->history != NULL && !limber_history_get_read_only (self->history));

  set_number (self->streak_value, self->stats->current_streak);
  gtk_label_set_label (self->streak_caption,
                       ngettext ("day in a row", "days in a row", self->stats->current_streak));
  set_number (self->best_value, self->stats->best_streak);
  gtk_label_set_label (self->best_caption,
                       ngettext ("best streak (day)", "best streak (days)", self->stats->best_streak));
  set_number (self->total_value, self->stats->n_sessions);
  gtk_label_set_label (self->total_caption,
                       ngettext ("session", "sessions", self->stats->n_sessions));

  minutes = limber_history_stats_get_week_minutes (self->stats);
  if (limber_history_stats_get_goal_reached (self->stats))
    /* Translators: minutes this week, the weekly goal in minutes */
    week = g_strdup_printf (_("Weekly goal reached: %u of %u minutes this week"), minutes, goal);
  else
    week = g_strdup_printf (_("%u of %u minutes this week"), minutes, goal);
  gtk_label_set_label (self->week_label, week);
  gtk_level_bar_set_max_value (self->week_bar, MAX (goal, 1));
  gtk_level_bar_set_value (self->week_bar, MIN (minutes, goal));

  update_chart_routines (self);
  update_chart (self);

  limber_history_calendar_set_stats (self->calendar, self->stats, first_weekday);
  update_routines (self);
}

/* Deleting with Undo */

static void
on_commit_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(LimberHistoryPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (limber_history_commit_removals_finish (LIMBER_HISTORY (source), result, &error))
    return;
  /* A page gone meanwhile has no toasts to show it in. */
  if (self->toast_overlay != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    show_toast (self, error->message);
}

static void
commit_removals_async (LimberHistoryPage *self)
{
  if (self->history == NULL || limber_history_get_n_pending_removals (self->history) == 0)
    return;
  limber_history_commit_removals_async (self->history, NULL, on_commit_done, g_object_ref (self));
}

static void
on_undo_toast_dismissed (AdwToast          *toast,
                         LimberHistoryPage *self)
{
  g_assert (self->n_undo_toasts > 0);
  self->n_undo_toasts--;
  if (self->undo_toast == toast)
    g_clear_object (&self->undo_toast);
  /* The file is rewritten once the last chance to undo is gone, in a
   * worker thread. */
  if (self->n_undo_toasts == 0)
    commit_removals_async (self);
}

static void
action_delete (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LimberHistoryPage *self = LIMBER_HISTORY_PAGE (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  LimberHistoryRecord * const *records;
  g_autoptr(LimberHistoryRecord) keep = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;
  guint n_records, token;

  if (self->history == NULL)
    return;
  records = limber_history_peek_records (self->history, &n_records);
  for (guint i = 0; i < n_records && keep == NULL; i++)
    if (g_strcmp0 (limber_history_record_get_id (records[i]), id) == 0)
      keep = g_object_ref (records[i]);
  if (keep == NULL)
    {
      show_toast (self, _("This session is not in the history any more"));
      return;
    }
  token = limber_history_remove (self->history, keep, &error);
  if (token == 0)
    {
      show_toast (self, error->message);
      return;
    }

  /* Translators: a toast after deleting a session of a routine */
  title = g_strdup_printf (_("Session of “%s” deleted"), limber_history_record_get_routine_title (keep));
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "history.undo-delete");
  adw_toast_set_action_target_value (toast, g_variant_new_uint32 (token));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  self->n_undo_toasts++;
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_undo_toast_dismissed), self, 0);
  g_set_object (&self->undo_toast, toast);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
action_undo_delete (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  LimberHistoryPage *self = LIMBER_HISTORY_PAGE (widget);

  if (self->history == NULL)
    return;
  if (!limber_history_undo_remove (self->history, g_variant_get_uint32 (parameter)))
    show_toast (self, _("The session was already deleted from the history file"));
}

void
limber_history_page_commit_removals (LimberHistoryPage *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (LIMBER_IS_HISTORY_PAGE (self));

  if (self->history == NULL || limber_history_get_n_pending_removals (self->history) == 0)
    return;
  if (!limber_history_commit_removals (self->history, NULL, &error))
    show_toast (self, error->message);
}

/* Export */

gboolean
limber_history_page_export_to_path (LimberHistoryPage *self,
                                    const char        *format_name,
                                    const char        *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *basename = NULL;
  LimberExportFormat format;

  g_return_val_if_fail (LIMBER_IS_HISTORY_PAGE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (self->history == NULL)
    return FALSE;
  if (!limber_export_format_from_string (format_name, &format, &error) ||
      !limber_history_export_to_path (self->history, format, path, &error))
    {
      show_toast (self, error->message);
      return FALSE;
    }

  basename = g_path_get_basename (path);
  /* Translators: a toast after exporting the history to a file */
  message = g_strdup_printf (_("History exported to “%s”"), basename);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
  return TRUE;
}

/* The local file accepted in @chooser, or NULL: cancelled, or not on this
 * computer (a toast says so). */
static char *
chosen_path (LimberHistoryPage *self,
             GtkNativeDialog   *chooser,
             int                response)
{
  g_autoptr(GFile) file = NULL;
  char *path;

  if (response != GTK_RESPONSE_ACCEPT)
    return NULL;
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  path = file != NULL ? g_file_get_path (file) : NULL;
  if (path == NULL)
    show_toast (self, _("Choose a file on this computer to export to"));
  return path;
}

static void
on_chooser_response (GtkNativeDialog   *chooser,
                     int                response,
                     LimberHistoryPage *self)
{
  g_autofree char *path = chosen_path (self, chooser, response);

  if (path != NULL)
    limber_history_page_export_to_path (self, g_object_get_data (G_OBJECT (chooser), "format"), path);
  gtk_native_dialog_destroy (chooser);
  g_clear_object (&self->chooser);
}

static void
action_export (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LimberHistoryPage *self = LIMBER_HISTORY_PAGE (widget);
  const char *format = g_variant_get_string (parameter, NULL);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;

  if (self->chooser != NULL)
    {
      gtk_native_dialog_show (self->chooser);
      return;
    }

  chooser = gtk_file_chooser_native_new (g_str_equal (format, "json") ? _("Export History as JSON")
                                                                     : _("Export History as CSV"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  g_object_set_data_full (G_OBJECT (chooser), "format", g_strdup (format), g_free);
  name = g_strdup_printf ("limber-history.%s", g_str_equal (format, "json") ? "json" : "csv");
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_chooser_response), self, 0);
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_show (self->chooser);
}

/* The report for the therapist: a period, then a PDF or the printer */

/* The day of the first session, or FALSE without one. */
static gboolean
first_session_day (LimberHistoryPage *self,
                   GDate             *first)
{
  LimberHistoryRecord * const *records;
  gboolean found = FALSE;
  guint n = 0;

  if (self->history == NULL)
    return FALSE;
  records = limber_history_peek_records (self->history, &n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GDateTime) start =
        g_date_time_new_from_unix_local (limber_history_record_get_start_unix (records[i]));
      GDate day;

      if (start == NULL)
        continue;
      set_day (&day, start);
      if (!found || g_date_compare (&day, first) < 0)
        *first = day;
      found = TRUE;
    }
  return found;
}

static guint
weekly_goal (LimberHistoryPage *self)
{
  return self->settings != NULL ? g_settings_get_uint (self->settings, "weekly-goal")
                                : LIMBER_HISTORY_DEFAULT_WEEKLY_GOAL;
}

typedef struct
{
  LimberReport *report;
  char *path;
} ReportJob;

static void
report_job_free (ReportJob *job)
{
  g_clear_object (&job->report);
  g_free (job->path);
  g_free (job);
}

/* In a worker thread: the report, collected from the history on the main
 * thread (which goes on changing the history), is laid out and written
 * here; its Pango context is made by this thread and used by it alone. */
static void
write_report_in_thread (GTask        *task,
                        gpointer      source_object,
                        gpointer      task_data,
                        GCancellable *cancellable)
{
  ReportJob *job = task_data;
  g_autoptr(GError) error = NULL;

  if (!limber_report_write_pdf (job->report, job->path, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
on_report_written (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  LimberHistoryPage *self = LIMBER_HISTORY_PAGE (object);
  ReportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *basename = g_path_get_basename (job->path);
  g_autofree char *message = NULL;

  self->n_reports--;
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      /* Translators: a toast; %s is the reason */
      message = g_strdup_printf (_("The report could not be saved: %s"), error->message);
      show_toast (self, message);
      return;
    }
  /* Translators: a toast after writing the report; %s is a file name */
  message = g_strdup_printf (_("Report saved as “%s”"), basename);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

void
limber_history_page_write_report (LimberHistoryPage *self,
                                  const GDate       *from,
                                  const GDate       *to,
                                  const char        *path)
{
  g_autoptr(GTask) task = NULL;
  ReportJob *job;

  g_return_if_fail (LIMBER_IS_HISTORY_PAGE (self));
  g_return_if_fail (from != NULL && to != NULL && g_date_compare (from, to) <= 0);
  g_return_if_fail (path != NULL);

  if (self->history == NULL)
    return;
  job = g_new0 (ReportJob, 1);
  job->report = limber_report_new (self->history, self->library, from, to, weekly_goal (self));
  job->path = g_strdup (path);
  if (self->cancellable == NULL)
    self->cancellable = g_cancellable_new ();
  self->n_reports++;
  task = g_task_new (self, self->cancellable, on_report_written, NULL);
  g_task_set_source_tag (task, limber_history_page_write_report);
  g_task_set_task_data (task, job, (GDestroyNotify) report_job_free);
  g_task_run_in_thread (task, write_report_in_thread);
}

gboolean
limber_history_page_get_writing_report (LimberHistoryPage *self)
{
  g_return_val_if_fail (LIMBER_IS_HISTORY_PAGE (self), FALSE);
  return self->n_reports > 0;
}

static void
on_report_chooser_response (GtkNativeDialog   *chooser,
                            int                response,
                            LimberHistoryPage *self)
{
  g_autofree char *path = chosen_path (self, chooser, response);

  if (path != NULL)
    limber_history_page_write_report (self, &self->report_from, &self->report_to, path);
  gtk_native_dialog_destroy (chooser);
  g_clear_object (&self->chooser);
}

static void
choose_report_file (LimberHistoryPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *name = g_strdup_printf ("limber-report-%s.pdf", date);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  if (self->report_destination != NULL)
    {
      limber_history_page_write_report (self, &self->report_from, &self->report_to,
                                        self->report_destination);
      return;
    }
  if (self->chooser != NULL)
    {
      gtk_native_dialog_show (self->chooser);
      return;
    }
  chooser = gtk_file_chooser_native_new (_("Save the Report"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("PDF Documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_report_chooser_response), self, 0);
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_show (self->chooser);
}

static void
print_report (LimberHistoryPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autoptr(LimberReport) report = NULL;
  g_autoptr(GError) error = NULL;
  GtkPrintOperationAction action = self->report_destination != NULL ? GTK_PRINT_OPERATION_ACTION_EXPORT
                                                                    : GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG;

  if (self->history == NULL)
    return;
  report = limber_report_new (self->history, self->library, &self->report_from, &self->report_to,
                              weekly_goal (self));
  if (limber_report_print (report, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                           action, self->report_destination, &error) ==
      GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      /* Translators: a toast; %s is the reason */
      g_autofree char *message = g_strdup_printf (_("The report could not be printed: %s"),
                                                  error != NULL ? error->message : "");

      show_toast (self, message);
    }
}

static void
on_period_dialog_response (AdwMessageDialog  *dialog,
                           const char        *response,
                           LimberHistoryPage *self)
{
  LimberReportPeriod *period = LIMBER_REPORT_PERIOD (adw_message_dialog_get_extra_child (dialog));

  if (g_str_equal (response, "cancel") ||
      !limber_report_period_get_range (period, &self->report_from, &self->report_to))
    return;

  if (g_str_equal (response, "save"))
    choose_report_file (self);
  else if (g_str_equal (response, "print"))
    print_report (self);
}

/* "Save…" or "Print…" only for a period that can be reported. */
static void
on_period_valid (LimberReportPeriod *period,
                 GParamSpec         *pspec,
                 AdwMessageDialog   *dialog)
{
  const char *then = adw_message_dialog_has_response (dialog, "print") ? "print" : "save";

  adw_message_dialog_set_response_enabled (dialog, then, limber_report_period_get_valid (period));
}

/* Asks for the period, then @then ("save" or "print"). */
static void
ask_report_period (LimberHistoryPage *self,
                   const char        *then)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GtkWidget *dialog;
  GtkWidget *period;
  GDate day, first;

  set_day (&day, now);
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Report for Your Therapist"),
                                   _("The sessions of which period should the report show?"));
  period = limber_report_period_new (&day, first_session_day (self, &first) ? &first : NULL);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), period);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"));
  if (g_str_equal (then, "print"))
    adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "print", _("_Print…"));
  else
    adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "save", _("_Save…"));
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), then,
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), then);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (period, "notify::valid", G_CALLBACK (on_period_valid), dialog, 0);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_period_dialog_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
action_report (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ask_report_period (LIMBER_HISTORY_PAGE (widget), "save");
}

static void
action_print (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  ask_report_period (LIMBER_HISTORY_PAGE (widget), "print");
}

/* The list */

static void
on_session_setup (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  LimberHistoryPage        *self)
{
  gtk_list_item_set_activatable (item, FALSE);
  gtk_list_item_set_child (item, limber_history_row_new ());
}

static void
on_session_bind (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 LimberHistoryPage        *self)
{
  limber_history_row_set_record (LIMBER_HISTORY_ROW (gtk_list_item_get_child (item)),
                                 LIMBER_HISTORY_RECORD (gtk_list_item_get_item (item)));
}

static void
on_session_unbind (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   LimberHistoryPage        *self)
{
  limber_history_row_set_record (LIMBER_HISTORY_ROW (gtk_list_item_get_child (item)), NULL);
}

/* The list view gets the history when the sessions are first shown: until
 * then, opening the page makes no rows. */
static void
update_sessions_model (LimberHistoryPage *self)
{
  g_autoptr(GtkNoSelection) selection = NULL;
  const char *view = adw_view_stack_get_visible_child_name (self->view_stack);

  if (self->history == NULL || gtk_list_view_get_model (self->sessions_view) != NULL ||
      g_strcmp0 (view, "sessions") != 0)
    return;
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->history)));
  gtk_list_view_set_model (self->sessions_view, GTK_SELECTION_MODEL (selection));
}

static void
limber_history_page_map (GtkWidget *widget)
{
  LimberHistoryPage *self = LIMBER_HISTORY_PAGE (widget);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDate today;

  GTK_WIDGET_CLASS (limber_history_page_parent_class)->map (widget);
  /* The day may have changed since the page was last shown (every change
   * of the history refreshes it at once). */
  set_day (&today, now);
  if (!g_date_valid (&self->stats_day) || g_date_compare (&today, &self->stats_day) != 0)
    limber_history_page_refresh (self);
}

static void
disconnect (LimberHistoryPage *self)
{
  if (self->history != NULL)
    g_signal_handlers_disconnect_by_data (self->history, self);
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
}

static void
limber_history_page_dispose (GObject *object)
{
  LimberHistoryPage *self = LIMBER_HISTORY_PAGE (object);

  /* Deletions whose toast is still up are final when the page goes. */
  if (self->undo_toast != NULL)
    g_signal_handlers_disconnect_by_data (self->undo_toast, self);
  g_clear_object (&self->undo_toast);
  limber_history_page_commit_removals (self);
  if (self->chooser != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->chooser, self);
      gtk_native_dialog_destroy (self->chooser);
      g_clear_object (&self->chooser);
    }
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  disconnect (self);
  if (self->sessions_view != NULL)
    gtk_list_view_set_model (self->sessions_view, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), LIMBER_TYPE_HISTORY_PAGE);
  g_clear_object (&self->history);
  g_clear_object (&self->settings);
  g_clear_object (&self->library);
  g_clear_pointer (&self->report_destination, g_free);
  g_clear_pointer (&self->stats, limber_history_stats_free);
  g_clear_pointer (&self->chart_stats, limber_history_stats_free);
  g_clear_pointer (&self->chart_routine_ids, g_ptr_array_unref);
  g_clear_pointer (&self->chart_routine_id, g_free);
  g_clear_object (&self->chart_routines);

  G_OBJECT_CLASS (limber_history_page_parent_class)->dispose (object);
}

static void
limber_history_page_class_init (LimberHistoryPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = limber_history_page_dispose;
  widget_class->map = limber_history_page_map;

  g_type_ensure (LIMBER_TYPE_PAIN_CHART);
  g_type_ensure (LIMBER_TYPE_HISTORY_CALENDAR);
  g_type_ensure (LIMBER_TYPE_BREAKS_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/limber-history-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LimberHistoryPage, problem_bar);
  gtk_widget_class_bind_template_child (widget_class, LimberHistoryPage, problem_label);
  gtk_widget_class_bind_template_child (widget_class, LimberHistoryPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LimberHistoryPage, stack);
  gtk_widget_class_bind_template_child (widget_class, LimberHistoryPage, streak_value);
  gtk_widget_class_bind_template_child (widget_class, LimberHistoryPage, streak_caption);
  gtk_widget_class_bind_template_child (widget_class, LimberHistoryPage, best_value);
  gtk_widget_class_bind_template_child (widget_class, LimberHistoryPage, best_caption);
  gtk_widget_class_bind_template_child (widget_class, LimberHistoryPage, total_value);
  gtk_widget_class_bind_template_child (widget_class, LimberHistoryPage, total_caption);
  gtk_widget_class_bind_template_child (widget_class, LimberHistoryPage, week_label);
  gtk_widget_class_bind_template_child (widget_class, LimberHistoryPage, week_bar);
  gtk_widget_class_bind_template_child (widget_class, LimberHistoryPage, pain_chart);
  gtk_widget_class_bind_template_child (widget_class, LimberHistoryPage, chart_routine);
  gtk_widget_class_bind_template_callback (widget_class, on_chart_routine_notify_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_routines_list_row_activated);
  gtk_widget_class_bind_template_child (widget_class, LimberHistoryPage, pain_summary);
  gtk_widget_class_bind_template_child (widget_class, LimberHistoryPage, calendar);
  gtk_widget_class_bind_template_child (widget_class, LimberHistoryPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, LimberHistoryPage, sessions_view);
  gtk_widget_class_bind_template_child (widget_class, LimberHistoryPage, breaks_view);
  gtk_widget_class_bind_template_callback (widget_class, update_sessions_model);
  gtk_widget_class_bind_template_callback (widget_class, on_session_setup);
  gtk_widget_class_bind_template_callback (widget_class, on_session_bind);
  gtk_widget_class_bind_template_callback (widget_class, on_session_unbind);
  gtk_widget_class_bind_template_child (widget_class, LimberHistoryPage, routines_list);

  gtk_widget_class_install_action (widget_class, "history.export", "s", action_export);
  gtk_widget_class_install_action (widget_class, "history.report", NULL, action_report);
  gtk_widget_class_install_action (widget_class, "history.print", NULL, action_print);
  gtk_widget_class_install_action (widget_class, "history.delete", "s", action_delete);
  gtk_widget_class_install_action (widget_class, "history.undo-delete", "u", action_undo_delete);
}

static void
limber_history_page_init (LimberHistoryPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_date_clear (&self->stats_day, 1);
  self->chart_routines = gtk_string_list_new (NULL);
  self->chart_routine_ids = g_ptr_array_new_with_free_func (g_free);
  gtk_drop_down_set_model (self->chart_routine, G_LIST_MODEL (self->chart_routines));
  g_date_clear (&self->report_from, 1);
  g_date_clear (&self->report_to, 1);
  limber_history_page_refresh (self);
}

GtkWidget *
limber_history_page_new (void)
{
  return g_object_new (LIMBER_TYPE_HISTORY_PAGE, NULL);
}

static void
refresh_cb (LimberHistoryPage *self)
{
  limber_history_page_refresh (self);
}

void
limber_history_page_set_history (LimberHistoryPage *self,
                                 LimberHistory     *history,
                                 GSettings         *settings)
{
  g_return_if_fail (LIMBER_IS_HISTORY_PAGE (self));
  g_return_if_fail (history == NULL || LIMBER_IS_HISTORY (history));
  g_return_if_fail (settings == NULL || G_IS_SETTINGS (settings));

  limber_history_page_commit_removals (self);
  disconnect (self);
  g_set_object (&self->history, history);
  g_set_object (&self->settings, settings);

  if (self->history != NULL)
    {
      g_signal_connect_object (self->history, "items-changed", G_CALLBACK (refresh_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (self->history, "notify::loaded", G_CALLBACK (refresh_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (self->history, "notify::read-only", G_CALLBACK (refresh_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (self->history, "notify::problem", G_CALLBACK (refresh_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (self->history, "breaks-changed", G_CALLBACK (refresh_cb), self,
                               G_CONNECT_SWAPPED);
    }
  limber_breaks_view_set_history (self->breaks_view, self->history, self->settings);
  if (self->settings != NULL)
    g_signal_connect_object (self->settings, "changed::weekly-goal", G_CALLBACK (refresh_cb), self,
                             G_CONNECT_SWAPPED);

  gtk_list_view_set_model (self->sessions_view, NULL);
  update_sessions_model (self);
  limber_history_page_refresh (self);
}

LIMBER_DEFINE_GETTER (LimberHistoryPage, limber_history_page, LIMBER_IS_HISTORY_PAGE,
                      LimberHistory *, history, NULL)

LIMBER_DEFINE_GETTER (LimberHistoryPage, limber_history_page, LIMBER_IS_HISTORY_PAGE,
                      const LimberHistoryStats *, stats, NULL)

const char *
limber_history_page_get_state (LimberHistoryPage *self)
{
  g_return_val_if_fail (LIMBER_IS_HISTORY_PAGE (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

const char *
limber_history_page_get_problem_text (LimberHistoryPage *self)
{
  g_return_val_if_fail (LIMBER_IS_HISTORY_PAGE (self), NULL);
  if (!gtk_widget_get_visible (self->problem_bar))
    return NULL;
  return gtk_label_get_label (self->problem_label);
}

LIMBER_DEFINE_GETTER (LimberHistoryPage, limber_history_page, LIMBER_IS_HISTORY_PAGE,
                      GtkListView *, sessions_view, NULL)

void
limber_history_page_set_view (LimberHistoryPage *self,
                              const char        *name)
{
  g_return_if_fail (LIMBER_IS_HISTORY_PAGE (self));
  adw_view_stack_set_visible_child_name (self->view_stack, name);
}

LIMBER_DEFINE_GETTER (LimberHistoryPage, limber_history_page, LIMBER_IS_HISTORY_PAGE,
                      LimberBreaksView *, breaks_view, NULL)

LimberHistoryRow *
limber_history_page_get_session_row (LimberHistoryPage *self,
                                     guint              position)
{
  g_autoptr(LimberHistoryRecord) record = NULL;

  g_return_val_if_fail (LIMBER_IS_HISTORY_PAGE (self), NULL);

  if (self->history == NULL)
    return NULL;
  record = g_list_model_get_item (G_LIST_MODEL (self->history), position);
  if (record == NULL)
    return NULL;
  /* The list view's children hold the rows made for what is on screen. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->sessions_view));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *row = gtk_widget_get_first_child (child);

      if (LIMBER_IS_HISTORY_ROW (row) &&
          limber_history_row_get_record (LIMBER_HISTORY_ROW (row)) == record)
        return LIMBER_HISTORY_ROW (row);
    }
  return NULL;
}

LIMBER_DEFINE_GETTER (LimberHistoryPage, limber_history_page, LIMBER_IS_HISTORY_PAGE,
                      AdwToast *, undo_toast, NULL)

const char *
limber_history_page_get_week_text (LimberHistoryPage *self)
{
  g_return_val_if_fail (LIMBER_IS_HISTORY_PAGE (self), NULL);
  return gtk_label_get_label (self->week_label);
}

void
limber_history_page_set_library (LimberHistoryPage *self,
                                 LimberLibrary     *library)
{
  g_return_if_fail (LIMBER_IS_HISTORY_PAGE (self));
  g_return_if_fail (library == NULL || LIMBER_IS_LIBRARY (library));

  g_set_object (&self->library, library);
}

void
limber_history_page_get_report_period (LimberHistoryPage *self,
                                       GDate             *from,
                                       GDate             *to)
{
  g_return_if_fail (LIMBER_IS_HISTORY_PAGE (self));
  g_return_if_fail (from != NULL && to != NULL);

  *from = self->report_from;
  *to = self->report_to;
}

void
limber_history_page_set_report_destination (LimberHistoryPage *self,
                                            const char        *path)
{
  g_return_if_fail (LIMBER_IS_HISTORY_PAGE (self));

  g_free (self->report_destination);
  self->report_destination = g_strdup (path);
}
