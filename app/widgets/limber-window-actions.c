/* limber-window-actions.c: the window's commands, as class actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-window"

#include "config.h"

#include <glib/gi18n.h>

#include "limber-object-private.h"
#include "limber-routine-file.h"
#include "limber-window-private.h"

/* Esc stops at once during the first seconds; later it asks first. */
#define STOP_WITHOUT_ASKING_MS 5000
/* What "+10 s" and "−10 s" add to and take from a timed set. */
#define ADD_TIME_SECONDS 10

/* The session commands */

/* win.start, and win.start-easy-day: one session a level below the
 * routine's level, which stays. */
static void
action_start (GtkWidget  *widget,
              const char *name,
              GVariant   *parameter)
{
  LimberWindow *self = LIMBER_WINDOW (widget);

  self->easy_day_next = g_str_equal (name, "win.start-easy-day");
  limber_window_ask_pain_then_start (self);
}

static void
action_toggle_pause (GtkWidget  *widget,
                     const char *name,
                     GVariant   *parameter)
{
  LimberWindow *self = LIMBER_WINDOW (widget);

  if (limber_window_session_is_live (self))
    limber_session_toggle_pause (self->session);
}

static void
action_next (GtkWidget  *widget,
             const char *name,
             GVariant   *parameter)
{
  LimberWindow *self = LIMBER_WINDOW (widget);

  if (limber_window_session_is_live (self))
    limber_session_next (self->session);
}

static void
action_previous (GtkWidget  *widget,
                 const char *name,
                 GVariant   *parameter)
{
  LimberWindow *self = LIMBER_WINDOW (widget);

  if (limber_window_session_is_live (self))
    limber_session_previous (self->session);
}

static void
action_done (GtkWidget  *widget,
             const char *name,
             GVariant   *parameter)
{
  LimberWindow *self = LIMBER_WINDOW (widget);

  if (limber_window_session_is_live (self))
    limber_session_done (self->session);
}

/* win.add-time and win.remove-time */
static void
action_add_time (GtkWidget  *widget,
                 const char *name,
                 GVariant   *parameter)
{
  LimberWindow *self = LIMBER_WINDOW (widget);

  if (!limber_window_session_is_live (self))
    return;
  limber_session_add_time (self->session,
                           g_str_equal (name, "win.remove-time") ? -ADD_TIME_SECONDS : ADD_TIME_SECONDS);
  limber_player_page_refresh_time (self->player_page);
}

static void
action_stop (GtkWidget  *widget,
             const char *name,
             GVariant   *parameter)
{
  LimberWindow *self = LIMBER_WINDOW (widget);

  if (!limber_window_session_is_live (self))
    return;
  if (limber_session_get_active_ms (self->session) > STOP_WITHOUT_ASKING_MS)
    limber_window_ask_stop (self, FALSE);
  else
    limber_session_stop (self->session);
}

static void
action_fullscreen (GtkWidget  *widget,
                   const char *name,
                   GVariant   *parameter)
{
  GtkWindow *window = GTK_WINDOW (widget);

  if (gtk_window_is_fullscreen (window))
    gtk_window_unfullscreen (window);
  else
    gtk_window_fullscreen (window);
}

/* win.show-shortcuts (Ctrl+?): the keyboard shortcuts window, built the
 * first time it is asked for. In gtk/help-overlay.ui GtkApplication would
 * build it with every window, a tenth of the time to the first frame. */
static void
action_show_shortcuts (GtkWidget  *widget,
                       const char *name,
                       GVariant   *parameter)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (widget);
  GtkShortcutsWindow *shortcuts = gtk_application_window_get_help_overlay (window);

  if (shortcuts == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_BASE "/limber-shortcuts-window.ui");

      shortcuts = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      /* Modal over this window, and its accelerators shown. */
      gtk_application_window_set_help_overlay (window, shortcuts);
    }
  gtk_window_present (GTK_WINDOW (shortcuts));
}

static void
action_search (GtkWidget  *widget,
               const char *name,
               GVariant   *parameter)
{
  LimberWindow *self = LIMBER_WINDOW (widget);

  limber_window_show_page (self, LIMBER_WINDOW_PAGE_LIBRARY);
  limber_library_page_start_search (self->library_page);
}

static void
action_again (GtkWidget  *widget,
              const char *name,
              GVariant   *parameter)
{
  LimberWindow *self = LIMBER_WINDOW (widget);

  /* Again plays the session as it was: an easy day stays easy. */
  self->easy_day_next = self->session_easy_day;
  limber_window_ask_pain_then_start (self);
}

static void
action_back (GtkWidget  *widget,
             const char *name,
             GVariant   *parameter)
{
  LimberWindow *self = LIMBER_WINDOW (widget);

  switch (limber_window_get_visible_page (self))
    {
    case LIMBER_WINDOW_PAGE_FINISHED:
      limber_window_save_answers (self);
      limber_window_show_page (self, LIMBER_WINDOW_PAGE_ROUTINE);
      break;
    case LIMBER_WINDOW_PAGE_HISTORY:
      limber_window_show_page (self, LIMBER_WINDOW_PAGE_ROUTINE);
      break;
    case LIMBER_WINDOW_PAGE_LIBRARY:
    case LIMBER_WINDOW_PAGE_ROUTINE:
    case LIMBER_WINDOW_PAGE_PLAYER:
    default:
      adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
      break;
    }
  limber_window_update_actions (self);
}

static void
action_history (GtkWidget  *widget,
                const char *name,
                GVariant   *parameter)
{
  LimberWindow *self = LIMBER_WINDOW (widget);

  if (limber_window_get_visible_page (self) == LIMBER_WINDOW_PAGE_FINISHED)
    limber_window_save_answers (self);
  limber_window_show_page (self, LIMBER_WINDOW_PAGE_HISTORY);
}

static void
action_retry_save (GtkWidget  *widget,
                   const char *name,
                   GVariant   *parameter)
{
  LimberWindow *self = LIMBER_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (self->recorder == NULL)
    return;
  if (limber_history_recorder_retry (self->recorder, &error))
    limber_window_add_toast (self, adw_toast_new (_("The session is saved")));
  else
    limber_window_show_save_error (self, error->message);
}

/* The library commands: they work on the routine the window shows. */

static LimberRoutine *
current_routine (LimberWindow *self)
{
  return limber_routine_page_get_routine (self->routine_page);
}

static gboolean
browsing (LimberWindow *self)
{
  LimberWindowPage page = limber_window_get_visible_page (self);

  return page == LIMBER_WINDOW_PAGE_LIBRARY || page == LIMBER_WINDOW_PAGE_ROUTINE;
}

static void
show_toast (LimberWindow *self,
            AdwToast     *toast)
{
  g_set_weak_pointer (&self->toast, toast);
  limber_window_add_toast (self, toast);
}

static void
show_text_toast (LimberWindow *self,
                 const char   *text)
{
  show_toast (self, adw_toast_new (text));
}

/* The window keeps showing the routine it showed: the new object after a
 * reload, the bundled one when the person's copy goes, nothing when it is
 * gone. */
static void
on_library_items_changed (GListModel   *model,
                          guint         position,
                          guint         removed,
                          guint         added,
                          LimberWindow *self)
{
  LimberRoutine *shown = current_routine (self);

  if (shown != NULL)
    {
      LimberRoutine *now = limber_library_lookup (self->library, limber_routine_get_id (shown));

      if (now != shown && browsing (self))
        limber_window_replace_routine (self, now);
    }
  limber_window_update_actions (self);
}

static void
on_routine_page_notify_routine (GObject      *page,
                                GParamSpec   *pspec,
                                LimberWindow *self)
{
  LimberRoutine *routine = current_routine (self);

  /* Each routine is shown at the level it was left at. */
  if (routine != NULL && self->settings != NULL)
    limber_routine_page_set_level (self->routine_page,
                                   limber_window_get_routine_level (self, limber_routine_get_id (routine)));
  limber_window_update_get_checked (self);
  limber_window_update_actions (self);
}

static void
on_routine_page_notify_level (GObject      *page,
                              GParamSpec   *pspec,
                              LimberWindow *self)
{
  LimberRoutine *routine = current_routine (self);

  if (routine != NULL && self->settings != NULL)
    limber_window_set_routine_level (self, limber_routine_get_id (routine),
                                     limber_routine_page_get_level (self->routine_page));
  limber_window_update_actions (self);
}

gboolean
limber_window_ask_editor_first (LimberWindow *self)
{
  if (self->editor_window == NULL ||
      !gtk_widget_get_visible (GTK_WIDGET (self->editor_window)) ||
      !limber_routine_editor_get_dirty (limber_editor_window_get_editor (self->editor_window)))
    return FALSE;
  gtk_window_present (GTK_WINDOW (self->editor_window));
  gtk_window_close (GTK_WINDOW (self->editor_window));
  return TRUE;
}

/* The editor */

static void
on_editor_saved (LimberEditorWindow *editor,
                 LimberRoutine      *routine,
                 LimberWindow       *self)
{
  limber_window_show_routine (self, routine);
}

static void
open_editor (LimberWindow  *self,
             LimberRoutine *routine)
{
  LimberEditorWindow *editor;

  if (self->editor_window != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->editor_window));
      return;
    }
  editor = limber_editor_window_new (GTK_WINDOW (self), self->library, routine);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_editor_saved), self, 0);
  g_set_weak_pointer (&self->editor_window, editor);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
action_new_routine (GtkWidget  *widget,
                    const char *name,
                    GVariant   *parameter)
{
  LimberWindow *self = LIMBER_WINDOW (widget);

  if (browsing (self))
    open_editor (self, NULL);
}

static void
action_edit (GtkWidget  *widget,
             const char *name,
             GVariant   *parameter)
{
  LimberWindow *self = LIMBER_WINDOW (widget);
  LimberRoutine *routine = current_routine (self);

  if (routine != NULL && browsing (self))
    open_editor (self, routine);
}

static void
action_duplicate (GtkWidget  *widget,
                  const char *name,
                  GVariant   *parameter)
{
  LimberWindow *self = LIMBER_WINDOW (widget);
  LimberRoutine *routine = current_routine (self);
  g_autoptr(LimberRoutine) copy = NULL;
  g_autoptr(GError) error = NULL;

  if (routine == NULL || !browsing (self))
    return;
  copy = limber_library_duplicate (self->library, limber_routine_get_id (routine), NULL, &error);
  if (copy == NULL)
    {
      show_text_toast (self, error->message);
      return;
    }
  limber_window_show_routine (self, copy);
}

/* Deleting, with undo */

static void
on_delete_toast_button_clicked (AdwToast     *toast,
                                LimberWindow *self)
{
  const char *id = g_object_get_data (G_OBJECT (toast), "routine-id");
  g_autoptr(GError) error = NULL;

  if (!limber_library_is_delete_pending (self->library, id))
    return;
  if (!limber_library_undo_delete (self->library, id, &error))
    {
      show_text_toast (self, error->message);
      return;
    }
  if (browsing (self) && limber_library_lookup (self->library, id) != NULL)
    limber_window_show_routine (self, limber_library_lookup (self->library, id));
}

static void
on_delete_toast_dismissed (AdwToast     *toast,
                           LimberWindow *self)
{
  const char *id = g_object_get_data (G_OBJECT (toast), "routine-id");
  g_autoptr(GError) error = NULL;

  if (limber_library_is_delete_pending (self->library, id) &&
      !limber_library_commit_delete (self->library, id, &error))
    g_warning ("%s", error->message);
}

static void
show_undo_toast (LimberWindow *self,
                 const char   *text,
                 const char   *id)
{
  AdwToast *toast = adw_toast_new (text);

  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (toast), "routine-id", g_strdup (id), g_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_delete_toast_button_clicked), self, 0);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_delete_toast_dismissed), self, 0);
  show_toast (self, toast);
}

static void
action_delete (GtkWidget  *widget,
               const char *name,
               GVariant   *parameter)
{
  LimberWindow *self = LIMBER_WINDOW (widget);
  LimberRoutine *routine = current_routine (self);
  g_autofree char *id = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  if (routine == NULL || !browsing (self))
    return;
  id = g_strdup (limber_routine_get_id (routine));
  /* Translators: a toast; %s is a routine title */
  text = g_strdup_printf (_("“%s” deleted"), limber_routine_get_title (routine));
  if (!limber_library_delete (self->library, id, &error))
    {
      show_text_toast (self, error->message);
      return;
    }
  show_undo_toast (self, text, id);
}

static void
action_restore_default (GtkWidget  *widget,
                        const char *name,
                        GVariant   *parameter)
{
  LimberWindow *self = LIMBER_WINDOW (widget);
  LimberRoutine *routine = current_routine (self);
  g_autofree char *id = NULL;
  g_autoptr(GError) error = NULL;

  if (routine == NULL || !browsing (self))
    return;
  id = g_strdup (limber_routine_get_id (routine));
  if (!limber_library_restore_default (self->library, id, &error))
    {
      show_text_toast (self, error->message);
      return;
    }
  show_undo_toast (self, _("The original routine is back"), id);
}

/* Importing */

static void import_next (LimberWindow *self);

static void show_next_preview (LimberWindow *self);

/* An answered dialog asks nothing any more. */
static void
on_dialog_response (AdwMessageDialog *dialog,
                    const char       *response,
                    LimberWindow     *self)
{
  if (self->dialog != dialog)
    return;
  g_clear_weak_pointer (&self->dialog);
  show_next_preview (self);
}

static AdwMessageDialog *
new_dialog (LimberWindow *self,
            const char   *heading,
            const char   *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  g_set_weak_pointer (&self->dialog, ADW_MESSAGE_DIALOG (dialog));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_dialog_response), self, G_CONNECT_AFTER);
  return ADW_MESSAGE_DIALOG (dialog);
}

static void import_file (LimberWindow       *self,
                         LimberImportChoice  choice);

static void
on_clash_dialog_response (AdwMessageDialog *dialog,
                          const char       *response,
                          LimberWindow     *self)
{
  if (g_str_equal (response, "replace"))
    import_file (self, LIMBER_IMPORT_REPLACE);
  else if (g_str_equal (response, "keep-both"))
    import_file (self, LIMBER_IMPORT_KEEP_BOTH);
  else
    {
      g_clear_object (&self->importing);
      import_next (self);
    }
}

static void
ask_about_clash (LimberWindow *self,
                 const char   *message)
{
  AdwMessageDialog *dialog = new_dialog (self, _("Replace the Routine?"), message);

  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "keep-both", _("_Keep Both"),
                                    "replace", _("_Replace"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "replace", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "keep-both");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_clash_dialog_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_import_done (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(LimberWindow) self = user_data;
  g_autoptr(LimberRoutine) routine = NULL;
  g_autoptr(GError) error = NULL;

  routine = limber_library_import_finish (LIMBER_LIBRARY (object), result, &error);
  /* Cancelled, or the window is gone (disposed) meanwhile. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->cancellable == NULL)
    return;
  if (g_error_matches (error, LIMBER_ROUTINE_ERROR, LIMBER_ROUTINE_ERROR_EXISTS))
    {
      ask_about_clash (self, error->message);
      return;
    }

  if (routine == NULL)
    {
      if (self->import_errors->len > 0)
        g_string_append (self->import_errors, "\n\n");
      g_string_append (self->import_errors, error->message);
    }
  else
    {
      self->n_imported++;
      if (browsing (self))
        limber_window_show_routine (self, routine);
    }
  g_clear_object (&self->importing);
  import_next (self);
}

static void
import_file (LimberWindow       *self,
             LimberImportChoice  choice)
{
  limber_library_import_async (self->library, self->importing, choice, self->cancellable,
                               on_import_done, g_object_ref (self));
}

static void
import_next (LimberWindow *self)
{
  if (self->importing != NULL)
    return;

  self->importing = g_queue_pop_head (&self->import_queue);
  if (self->importing != NULL)
    {
      import_file (self, LIMBER_IMPORT_ASK);
      return;
    }

  /* All done: say what happened. */
  if (self->import_errors->len > 0)
    {
      AdwMessageDialog *dialog = new_dialog (self, _("Some Files Could Not Be Imported"),
                                             self->import_errors->str);

      adw_message_dialog_add_response (dialog, "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      g_string_truncate (self->import_errors, 0);
    }
  if (self->n_imported > 0)
    {
      g_autofree char *text = g_strdup_printf (ngettext ("%u routine imported",
                                                         "%u routines imported",
                                                         self->n_imported),
                                               self->n_imported);

      show_text_toast (self, text);
    }
  self->n_imported = 0;
  show_next_preview (self);
}

void
limber_window_import_files (LimberWindow *self,
                            GListModel   *files)
{
  guint n;

  g_return_if_fail (LIMBER_IS_WINDOW (self));
  g_return_if_fail (G_IS_LIST_MODEL (files));

  n = g_list_model_get_n_items (files);
  for (guint i = 0; i < n; i++)
    g_queue_push_tail (&self->import_queue, g_list_model_get_item (files, i));
  import_next (self);
}

/* Opening files from outside: a preview of each, one after the other. The
 * next one shows when the last is closed and its import (if the person
 * asked for it) is over. */

static void
on_preview_add_requested (LimberRoutinePreview *preview,
                          GFile                *file,
                          LimberWindow         *self)
{
  g_autoptr(GListStore) files = g_list_store_new (G_TYPE_FILE);

  g_list_store_append (files, file);
  limber_window_import_files (self, G_LIST_MODEL (files));
}

static void
on_preview_destroy (GtkWidget    *preview,
                    LimberWindow *self)
{
  if (self->preview != LIMBER_ROUTINE_PREVIEW (preview))
    return;
  g_clear_weak_pointer (&self->preview);
  show_next_preview (self);
}

static void
show_next_preview (LimberWindow *self)
{
  g_autoptr(GFile) file = NULL;

  if (self->preview != NULL || self->cancellable == NULL ||
      self->importing != NULL || !g_queue_is_empty (&self->import_queue) || self->dialog != NULL)
    return;
  file = g_queue_pop_head (&self->preview_queue);
  if (file == NULL)
    return;
  g_set_weak_pointer (&self->preview, limber_routine_preview_new (GTK_WINDOW (self), file));
  g_signal_connect_object (self->preview, "add-requested",
                           G_CALLBACK (on_preview_add_requested), self, 0);
  g_signal_connect_object (self->preview, "destroy", G_CALLBACK (on_preview_destroy), self, 0);
  gtk_window_present (GTK_WINDOW (self->preview));
}

void
limber_window_open_files (LimberWindow  *self,
                          GFile        **files,
                          int            n_files)
{
  g_return_if_fail (LIMBER_IS_WINDOW (self));
  g_return_if_fail (n_files == 0 || files != NULL);

  for (int i = 0; i < n_files; i++)
    g_queue_push_tail (&self->preview_queue, g_object_ref (files[i]));
  show_next_preview (self);
}

LIMBER_DEFINE_GETTER (LimberWindow, limber_window, LIMBER_IS_WINDOW,
                      LimberRoutinePreview *, preview, NULL)

static void
on_import_chooser_response (GtkNativeDialog *chooser,
                            int              response,
                            LimberWindow    *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));

      limber_window_import_files (self, files);
    }
  gtk_native_dialog_destroy (chooser);
  g_clear_object (&self->chooser);
}

/* A modal chooser of routine files, kept in self->chooser until
 * @on_response has the answer. */
static GtkFileChooser *
new_chooser (LimberWindow         *self,
             const char           *title,
             GtkFileChooserAction  action,
             const char           *accept,
             GCallback             on_response)
{
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), action, accept, NULL);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Routine Files"));
  gtk_file_filter_add_mime_type (filter, "application/json");
  gtk_file_filter_add_suffix (filter, "json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", on_response, self, 0);
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  return GTK_FILE_CHOOSER (chooser);
}

static void
action_import (GtkWidget  *widget,
               const char *name,
               GVariant   *parameter)
{
  LimberWindow *self = LIMBER_WINDOW (widget);
  GtkFileChooser *chooser;

  if (self->chooser != NULL || !browsing (self))
    return;
  chooser = new_chooser (self, _("Import Routines"), GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"),
                         G_CALLBACK (on_import_chooser_response));
  gtk_file_chooser_set_select_multiple (chooser, TRUE);
  gtk_native_dialog_show (self->chooser);
}

/* Exporting */

static void
on_export_done (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(LimberWindow) self = user_data;
  g_autoptr(GFile) file = g_steal_pointer (&self->exporting);
  g_autoptr(GError) error = NULL;

  if (!limber_library_export_finish (result, &error) || self->cancellable == NULL)
    {
      if (self->cancellable == NULL)
        return;
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_text_toast (self, error->message);
      return;
    }
  if (file != NULL)
    {
      g_autofree char *name = g_file_get_basename (file);
      /* Translators: a toast; %s is a file name */
      g_autofree char *text = g_strdup_printf (_("Saved as “%s”"), name);

      show_text_toast (self, text);
    }
}

void
limber_window_export_to_file (LimberWindow  *self,
                              LimberRoutine *routine,
                              GFile         *file)
{
  g_return_if_fail (LIMBER_IS_WINDOW (self));
  g_return_if_fail (LIMBER_IS_ROUTINE (routine));
  g_return_if_fail (G_IS_FILE (file));

  g_set_object (&self->exporting, file);
  limber_library_export_async (routine, file, self->cancellable, on_export_done, g_object_ref (self));
}

static void
on_export_chooser_response (GtkNativeDialog *chooser,
                            int              response,
                            LimberWindow    *self)
{
  LimberRoutine *routine = g_object_get_data (G_OBJECT (chooser), "routine");

  if (response == GTK_RESPONSE_ACCEPT && routine != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        limber_window_export_to_file (self, routine, file);
    }
  gtk_native_dialog_destroy (chooser);
  g_clear_object (&self->chooser);
}

static void
action_export (GtkWidget  *widget,
               const char *name,
               GVariant   *parameter)
{
  LimberWindow *self = LIMBER_WINDOW (widget);
  LimberRoutine *routine = current_routine (self);
  GtkFileChooser *chooser;
  g_autofree char *file_name = NULL;

  if (routine == NULL || self->chooser != NULL || !browsing (self))
    return;
  chooser = new_chooser (self, _("Export Routine"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                         G_CALLBACK (on_export_chooser_response));
  file_name = g_strconcat (limber_routine_get_id (routine), ".limber.json", NULL);
  gtk_file_chooser_set_current_name (chooser, file_name);
  g_object_set_data_full (G_OBJECT (chooser), "routine", g_object_ref (routine), g_object_unref);
  gtk_native_dialog_show (self->chooser);
}

/* The table: every action, and where it applies */

typedef struct
{
  const char *name;                   /* without "win." */
  GtkWidgetActionActivateFunc activate;
} WindowAction;

static const WindowAction window_actions[] = {
  { "start", action_start },
  { "start-easy-day", action_start },
  { "toggle-pause", action_toggle_pause },
  { "next", action_next },
  { "previous", action_previous },
  { "done", action_done },
  { "add-time", action_add_time },
  { "remove-time", action_add_time },
  { "stop", action_stop },
  { "fullscreen", action_fullscreen },
  { "show-shortcuts", action_show_shortcuts },
  { "search", action_search },
  { "again", action_again },
  { "back", action_back },
  { "history", action_history },
  { "retry-save", action_retry_save },
  { "new-routine", action_new_routine },
  { "edit", action_edit },
  { "duplicate", action_duplicate },
  { "delete", action_delete },
  { "restore-default", action_restore_default },
  { "import", action_import },
  { "export", action_export },
};

G_STATIC_ASSERT (G_N_ELEMENTS (window_actions) <= sizeof (guint) * 8);

static int
action_index (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (window_actions); i++)
    if (g_str_equal (window_actions[i].name, name))
      return (int) i;
  return -1;
}

static void
set_enabled (LimberWindow *self,
             const char   *name,
             gboolean      enabled)
{
  int i = action_index (name);
  g_autofree char *full_name = g_strconcat ("win.", name, NULL);

  g_assert (i >= 0);
  if (enabled)
    self->disabled_actions &= ~(1u << i);
  else
    self->disabled_actions |= 1u << i;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), full_name, enabled);
}

void
limber_window_update_actions (LimberWindow *self)
{
  LimberWindowPage page = limber_window_get_visible_page (self);
  gboolean browse = page == LIMBER_WINDOW_PAGE_LIBRARY || page == LIMBER_WINDOW_PAGE_ROUTINE;
  gboolean playing = page == LIMBER_WINDOW_PAGE_PLAYER && limber_window_session_is_live (self);
  gboolean manual = FALSE;
  gboolean timed_set = FALSE;
  LimberRoutine *shown = current_routine (self);
  const char *id = shown != NULL ? limber_routine_get_id (shown) : NULL;
  gboolean user = shown != NULL && limber_routine_get_origin (shown) == LIMBER_ROUTINE_ORIGIN_USER;
  gboolean can_restore = user && self->library != NULL &&
                         limber_library_can_restore_default (self->library, id);

  if (playing)
    {
      const LimberStep *step = limber_session_get_step (self->session);

      manual = step->kind == LIMBER_STEP_WORK && step->duration == 0;
      timed_set = step->kind == LIMBER_STEP_WORK && step->duration > 0;
    }

  set_enabled (self, "start", browse && self->routine != NULL);
  set_enabled (self, "start-easy-day", browse && self->routine != NULL &&
               limber_routine_page_get_level (self->routine_page) > LIMBER_LEVEL_MIN);
  set_enabled (self, "search", browse);
  set_enabled (self, "toggle-pause", playing);
  set_enabled (self, "next", playing);
  set_enabled (self, "previous", playing);
  set_enabled (self, "stop", playing);
  set_enabled (self, "done", playing && manual);
  set_enabled (self, "add-time", playing && timed_set);
  set_enabled (self, "remove-time", playing && timed_set);
  set_enabled (self, "again", page == LIMBER_WINDOW_PAGE_FINISHED && self->routine != NULL);
  set_enabled (self, "history", browse || page == LIMBER_WINDOW_PAGE_FINISHED);
  set_enabled (self, "back",
               page == LIMBER_WINDOW_PAGE_FINISHED || page == LIMBER_WINDOW_PAGE_HISTORY ||
               (page == LIMBER_WINDOW_PAGE_ROUTINE && adw_leaflet_get_folded (self->leaflet)));
  set_enabled (self, "new-routine", self->library != NULL);
  set_enabled (self, "import", self->library != NULL);
  set_enabled (self, "edit", shown != NULL);
  set_enabled (self, "duplicate", shown != NULL);
  set_enabled (self, "export", shown != NULL);
  set_enabled (self, "delete", user && !can_restore);
  set_enabled (self, "restore-default", can_restore);
}

gboolean
limber_window_get_action_enabled (LimberWindow *self,
                                  const char   *name)
{
  int i;

  g_return_val_if_fail (LIMBER_IS_WINDOW (self), FALSE);

  i = action_index (name);
  g_return_val_if_fail (i >= 0, FALSE);
  return (self->disabled_actions & (1u << i)) == 0;
}

void
limber_window_class_init_actions (GtkWidgetClass *widget_class)
{
  for (guint i = 0; i < G_N_ELEMENTS (window_actions); i++)
    {
      g_autofree char *full_name = g_strconcat ("win.", window_actions[i].name, NULL);

      gtk_widget_class_install_action (widget_class, full_name, NULL, window_actions[i].activate);
    }
}

void
limber_window_init_actions (LimberWindow *self)
{
  GtkEventController *shortcuts;

  self->cancellable = g_cancellable_new ();
  self->import_errors = g_string_new (NULL);
  g_queue_init (&self->import_queue);
  g_queue_init (&self->preview_queue);

  /* Delete acts on the routine only when the focused widget (the search
   * entry, say) does not use the key itself. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_BUBBLE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Delete, 0),
                                                          gtk_named_action_new ("win.delete")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_KP_Delete, 0),
                                                          gtk_named_action_new ("win.delete")));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  g_signal_connect (self->routine_page, "notify::routine",
                    G_CALLBACK (on_routine_page_notify_routine), self);
  g_signal_connect (self->routine_page, "notify::level",
                    G_CALLBACK (on_routine_page_notify_level), self);
}

/* Connects to the library, once the window has it. */
void
limber_window_watch_library (LimberWindow *self)
{
  g_signal_connect_object (self->library, "items-changed",
                           G_CALLBACK (on_library_items_changed), self, 0);
}

void
limber_window_dispose_actions (LimberWindow *self)
{
  g_cancellable_cancel (self->cancellable);
  if (self->chooser != NULL)
    {
      gtk_native_dialog_destroy (self->chooser);
      g_clear_object (&self->chooser);
    }
  g_clear_weak_pointer (&self->editor_window);
  if (self->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->dialog));
  g_clear_weak_pointer (&self->dialog);
  g_clear_weak_pointer (&self->toast);
  if (self->library != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->library, self);
      /* The window closes: the deletions waiting for undo are final. */
      limber_library_commit_all (self->library);
    }
  g_queue_clear_full (&self->import_queue, g_object_unref);
  g_queue_clear_full (&self->preview_queue, g_object_unref);
  if (self->preview != NULL)
    {
      GtkWindow *preview = GTK_WINDOW (self->preview);

      g_clear_weak_pointer (&self->preview);
      gtk_window_destroy (preview);
    }
  g_clear_object (&self->importing);
  g_clear_object (&self->exporting);
  g_clear_object (&self->cancellable);
  if (self->import_errors != NULL)
    g_string_free (g_steal_pointer (&self->import_errors), TRUE);
}

gboolean
limber_window_get_busy (LimberWindow *self)
{
  g_return_val_if_fail (LIMBER_IS_WINDOW (self), FALSE);
  return self->importing != NULL || !g_queue_is_empty (&self->import_queue) || self->exporting != NULL;
}

LIMBER_DEFINE_GETTER (LimberWindow, limber_window, LIMBER_IS_WINDOW,
                      LimberEditorWindow *, editor_window, NULL)

LIMBER_DEFINE_GETTER (LimberWindow, limber_window, LIMBER_IS_WINDOW,
                      AdwMessageDialog *, dialog, NULL)

LIMBER_DEFINE_GETTER (LimberWindow, limber_window, LIMBER_IS_WINDOW,
                      AdwToast *, toast, NULL)
