/* limber-routine-actions.c: the window's commands that change the library
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-routine-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "limber-routine-actions.h"
#include "limber-routine-loader.h"
#include "limber-window.h"

struct _LimberRoutineActions
{
  GObject parent_instance;

  LimberWindow *window;           /* weak: the window owns us */
  LimberLibrary *library;
  GCancellable *cancellable;
  LimberEditorWindow *editor_window;  /* weak */
  AdwMessageDialog *dialog;       /* weak */
  AdwToast *toast;                /* weak */
  GtkNativeDialog *chooser;

  /* Importing: files waiting, and the messages of those that failed */
  GQueue import_queue;            /* GFile */
  GFile *importing;
  GString *import_errors;
  guint n_imported;
  gboolean exporting;
};

G_DEFINE_FINAL_TYPE (LimberRoutineActions, limber_routine_actions, G_TYPE_OBJECT)

static const char *action_names[] = {
  "new-routine", "edit", "duplicate", "delete", "restore-default", "import", "export",
};

static LimberRoutine *
current_routine (LimberRoutineActions *self)
{
  if (self->window == NULL)
    return NULL;
  return limber_routine_page_get_routine (limber_window_get_routine_page (self->window));
}

static gboolean
browsing (LimberRoutineActions *self)
{
  const char *page;

  if (self->window == NULL)
    return FALSE;
  page = limber_window_get_visible_page (self->window);
  return g_str_equal (page, "library") || g_str_equal (page, "routine");
}

static void
set_enabled (LimberRoutineActions *self,
             const char           *name,
             gboolean              enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self->window), name);

  if (action != NULL)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

static void
update_actions (LimberRoutineActions *self)
{
  LimberRoutine *routine = current_routine (self);
  const char *id = routine != NULL ? limber_routine_get_id (routine) : NULL;
  gboolean user = routine != NULL && limber_routine_get_origin (routine) == LIMBER_ROUTINE_ORIGIN_USER;

  if (self->window == NULL)
    return;
  set_enabled (self, "edit", routine != NULL);
  set_enabled (self, "duplicate", routine != NULL);
  set_enabled (self, "export", routine != NULL);
  set_enabled (self, "delete", user && !limber_library_can_restore_default (self->library, id));
  set_enabled (self, "restore-default", user && limber_library_can_restore_default (self->library, id));
}

static void
show_toast (LimberRoutineActions *self,
            AdwToast             *toast)
{
  if (self->toast != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->toast), (gpointer *) &self->toast);
  self->toast = toast;
  g_object_add_weak_pointer (G_OBJECT (toast), (gpointer *) &self->toast);
  limber_window_add_toast (self->window, toast);
}

static void
show_text_toast (LimberRoutineActions *self,
                 const char           *text)
{
  show_toast (self, adw_toast_new (text));
}

/* The window keeps showing the routine it showed: the new object after a
 * reload, the bundled one when the person's copy goes, nothing when it is
 * gone. */
static void
on_library_items_changed (GListModel           *model,
                          guint                 position,
                          guint                 removed,
                          guint                 added,
                          LimberRoutineActions *self)
{
  LimberRoutine *shown = current_routine (self);

  if (shown != NULL && self->window != NULL)
    {
      LimberRoutine *now = limber_library_lookup (self->library, limber_routine_get_id (shown));

      if (now != shown && browsing (self))
        limber_window_replace_routine (self->window, now);
    }
  update_actions (self);
}

/* Closing the window with unsaved changes in the editor asks there first. */
static gboolean
on_window_close_request (GtkWindow            *window,
                         LimberRoutineActions *self)
{
  if (self->editor_window == NULL ||
      !gtk_widget_get_visible (GTK_WIDGET (self->editor_window)) ||
      !limber_routine_editor_get_dirty (limber_editor_window_get_editor (self->editor_window)))
    return FALSE;
  gtk_window_present (GTK_WINDOW (self->editor_window));
  gtk_window_close (GTK_WINDOW (self->editor_window));
  return TRUE;
}

static void
on_routine_page_notify_routine (GObject              *page,
                                GParamSpec           *pspec,
                                LimberRoutineActions *self)
{
  update_actions (self);
}

/* The editor */

static void
on_editor_saved (LimberEditorWindow   *editor,
                 LimberRoutine        *routine,
                 LimberRoutineActions *self)
{
  if (self->window != NULL)
    limber_window_show_routine (self->window, routine);
}

static void
open_editor (LimberRoutineActions *self,
             LimberRoutine        *routine)
{
  LimberEditorWindow *editor;

  if (self->editor_window != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->editor_window));
      return;
    }
  editor = limber_editor_window_new (GTK_WINDOW (self->window), self->library, routine);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_editor_saved), self, 0);
  self->editor_window = editor;
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &self->editor_window);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
action_new_routine (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  LimberRoutineActions *self = user_data;

  if (browsing (self))
    open_editor (self, NULL);
}

static void
action_edit (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  LimberRoutineActions *self = user_data;
  LimberRoutine *routine = current_routine (self);

  if (routine != NULL && browsing (self))
    open_editor (self, routine);
}

static void
action_duplicate (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  LimberRoutineActions *self = user_data;
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
  limber_window_show_routine (self->window, copy);
}

/* Deleting, with undo */

static void
on_delete_toast_button_clicked (AdwToast             *toast,
                                LimberRoutineActions *self)
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
  if (self->window != NULL && browsing (self) && limber_library_lookup (self->library, id) != NULL)
    limber_window_show_routine (self->window, limber_library_lookup (self->library, id));
}

static void
on_delete_toast_dismissed (AdwToast             *toast,
                           LimberRoutineActions *self)
{
  const char *id = g_object_get_data (G_OBJECT (toast), "routine-id");
  g_autoptr(GError) error = NULL;

  if (limber_library_is_delete_pending (self->library, id) &&
      !limber_library_commit_delete (self->library, id, &error))
    g_warning ("%s", error->message);
}

static void
show_undo_toast (LimberRoutineActions *self,
                 const char           *text,
                 const char           *id)
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
action_delete (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  LimberRoutineActions *self = user_data;
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
action_restore_default (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  LimberRoutineActions *self = user_data;
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

static void import_next (LimberRoutineActions *self);

/* An answered dialog asks nothing any more. */
static void
on_dialog_response (AdwMessageDialog     *dialog,
                    const char           *response,
                    LimberRoutineActions *self)
{
  if (self->dialog != dialog)
    return;
  g_object_remove_weak_pointer (G_OBJECT (dialog), (gpointer *) &self->dialog);
  self->dialog = NULL;
}

static AdwMessageDialog *
new_dialog (LimberRoutineActions *self,
            const char           *heading,
            const char           *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self->window), heading, body);

  if (self->dialog != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->dialog), (gpointer *) &self->dialog);
  self->dialog = ADW_MESSAGE_DIALOG (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &self->dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_dialog_response), self, G_CONNECT_AFTER);
  return ADW_MESSAGE_DIALOG (dialog);
}

static void import_file (LimberRoutineActions *self,
                         LimberImportChoice    choice);

static void
on_clash_dialog_response (AdwMessageDialog     *dialog,
                          const char           *response,
                          LimberRoutineActions *self)
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
ask_about_clash (LimberRoutineActions *self,
                 const char           *message)
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
  g_autoptr(LimberRoutineActions) self = user_data;
  g_autoptr(LimberRoutine) routine = NULL;
  g_autoptr(GError) error = NULL;

  routine = limber_library_import_finish (LIMBER_LIBRARY (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (g_error_matches (error, LIMBER_ROUTINE_ERROR, LIMBER_ROUTINE_ERROR_EXISTS) &&
      self->window != NULL)
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
      if (self->window != NULL && browsing (self))
        limber_window_show_routine (self->window, routine);
    }
  g_clear_object (&self->importing);
  import_next (self);
}

static void
import_file (LimberRoutineActions *self,
             LimberImportChoice    choice)
{
  limber_library_import_async (self->library, self->importing, choice, self->cancellable,
                               on_import_done, g_object_ref (self));
}

static void
import_next (LimberRoutineActions *self)
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
  if (self->window == NULL)
    return;
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
}

void
limber_routine_actions_import_files (LimberRoutineActions *self,
                                     GListModel           *files)
{
  guint n;

  g_return_if_fail (LIMBER_IS_ROUTINE_ACTIONS (self));
  g_return_if_fail (G_IS_LIST_MODEL (files));

  n = g_list_model_get_n_items (files);
  for (guint i = 0; i < n; i++)
    g_queue_push_tail (&self->import_queue, g_list_model_get_item (files, i));
  import_next (self);
}

static void
on_import_chooser_response (GtkNativeDialog      *chooser,
                            int                   response,
                            LimberRoutineActions *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));

      limber_routine_actions_import_files (self, files);
    }
  gtk_native_dialog_destroy (chooser);
  g_clear_object (&self->chooser);
}

static GtkFileFilter *
json_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Routine Files"));
  gtk_file_filter_add_mime_type (filter, "application/json");
  gtk_file_filter_add_suffix (filter, "json");
  return filter;
}

static void
action_import (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  LimberRoutineActions *self = user_data;
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = json_filter ();

  if (self->chooser != NULL || !browsing (self))
    return;
  chooser = gtk_file_chooser_native_new (_("Import Routines"), GTK_WINDOW (self->window),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), NULL);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_import_chooser_response), self, 0);
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_show (self->chooser);
}

/* Exporting */

static void
on_export_done (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(LimberRoutineActions) self = user_data;
  g_autoptr(GFile) file = g_object_steal_data (G_OBJECT (self), "export-file");
  g_autoptr(GError) error = NULL;

  self->exporting = FALSE;
  if (!limber_library_export_finish (result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) && self->window != NULL)
        show_text_toast (self, error->message);
      return;
    }
  if (self->window != NULL && file != NULL)
    {
      g_autofree char *name = g_file_get_basename (file);
      /* Translators: a toast; %s is a file name */
      g_autofree char *text = g_strdup_printf (_("Saved as “%s”"), name);

      show_text_toast (self, text);
    }
}

void
limber_routine_actions_export_to_file (LimberRoutineActions *self,
                                       LimberRoutine        *routine,
                                       GFile                *file)
{
  g_return_if_fail (LIMBER_IS_ROUTINE_ACTIONS (self));
  g_return_if_fail (LIMBER_IS_ROUTINE (routine));
  g_return_if_fail (G_IS_FILE (file));

  self->exporting = TRUE;
  g_object_set_data_full (G_OBJECT (self), "export-file", g_object_ref (file), g_object_unref);
  limber_library_export_async (routine, file, self->cancellable, on_export_done, g_object_ref (self));
}

static void
on_export_chooser_response (GtkNativeDialog      *chooser,
                            int                   response,
                            LimberRoutineActions *self)
{
  LimberRoutine *routine = g_object_get_data (G_OBJECT (chooser), "routine");

  if (response == GTK_RESPONSE_ACCEPT && routine != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        limber_routine_actions_export_to_file (self, routine, file);
    }
  gtk_native_dialog_destroy (chooser);
  g_clear_object (&self->chooser);
}

static void
action_export (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  LimberRoutineActions *self = user_data;
  LimberRoutine *routine = current_routine (self);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = json_filter ();
  g_autofree char *name = NULL;

  if (routine == NULL || self->chooser != NULL || !browsing (self))
    return;
  chooser = gtk_file_chooser_native_new (_("Export Routine"), GTK_WINDOW (self->window),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), NULL);
  name = g_strconcat (limber_routine_get_id (routine), ".json", NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_object_set_data_full (G_OBJECT (chooser), "routine", g_object_ref (routine), g_object_unref);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_export_chooser_response), self, 0);
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_show (self->chooser);
}

static const GActionEntry actions[] = {
  { "new-routine", action_new_routine },
  { "edit", action_edit },
  { "duplicate", action_duplicate },
  { "delete", action_delete },
  { "restore-default", action_restore_default },
  { "import", action_import },
  { "export", action_export },
};

static void
limber_routine_actions_dispose (GObject *object)
{
  LimberRoutineActions *self = LIMBER_ROUTINE_ACTIONS (object);

  g_cancellable_cancel (self->cancellable);
  if (self->chooser != NULL)
    {
      gtk_native_dialog_destroy (self->chooser);
      g_clear_object (&self->chooser);
    }
  if (self->editor_window != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->editor_window), (gpointer *) &self->editor_window);
      self->editor_window = NULL;
    }
  if (self->dialog != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->dialog), (gpointer *) &self->dialog);
      gtk_window_destroy (GTK_WINDOW (self->dialog));
      self->dialog = NULL;
    }
  if (self->toast != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->toast), (gpointer *) &self->toast);
      self->toast = NULL;
    }
  if (self->window != NULL)
    {
      for (guint i = 0; i < G_N_ELEMENTS (action_names); i++)
        g_action_map_remove_action (G_ACTION_MAP (self->window), action_names[i]);
      g_signal_handlers_disconnect_by_data (limber_window_get_routine_page (self->window), self);
      g_object_remove_weak_pointer (G_OBJECT (self->window), (gpointer *) &self->window);
      self->window = NULL;
    }
  if (self->library != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->library, self);
      /* The window closes: the deletions waiting for undo are final. */
      limber_library_commit_all (self->library);
    }
  g_queue_clear_full (&self->import_queue, g_object_unref);
  g_clear_object (&self->importing);
  g_clear_object (&self->library);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (limber_routine_actions_parent_class)->dispose (object);
}

static void
limber_routine_actions_finalize (GObject *object)
{
  LimberRoutineActions *self = LIMBER_ROUTINE_ACTIONS (object);

  g_string_free (self->import_errors, TRUE);

  G_OBJECT_CLASS (limber_routine_actions_parent_class)->finalize (object);
}

static void
limber_routine_actions_class_init (LimberRoutineActionsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = limber_routine_actions_dispose;
  object_class->finalize = limber_routine_actions_finalize;
}

static void
limber_routine_actions_init (LimberRoutineActions *self)
{
  self->cancellable = g_cancellable_new ();
  self->import_errors = g_string_new (NULL);
  g_queue_init (&self->import_queue);
}

LimberRoutineActions *
limber_routine_actions_new (gpointer       window,
                            LimberLibrary *library)
{
  LimberRoutineActions *self;
  GtkEventController *shortcuts;

  g_return_val_if_fail (LIMBER_IS_WINDOW (window), NULL);
  g_return_val_if_fail (LIMBER_IS_LIBRARY (library), NULL);

  self = g_object_new (LIMBER_TYPE_ROUTINE_ACTIONS, NULL);
  self->window = window;
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &self->window);
  self->library = g_object_ref (library);

  g_action_map_add_action_entries (G_ACTION_MAP (window), actions, G_N_ELEMENTS (actions), self);

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
  gtk_widget_add_controller (GTK_WIDGET (window), shortcuts);

  g_signal_connect (library, "items-changed", G_CALLBACK (on_library_items_changed), self);
  g_signal_connect_object (window, "close-request", G_CALLBACK (on_window_close_request), self, 0);
  g_signal_connect (limber_window_get_routine_page (window), "notify::routine",
                    G_CALLBACK (on_routine_page_notify_routine), self);
  update_actions (self);
  return self;
}

gboolean
limber_routine_actions_get_busy (LimberRoutineActions *self)
{
  g_return_val_if_fail (LIMBER_IS_ROUTINE_ACTIONS (self), FALSE);
  return self->importing != NULL || !g_queue_is_empty (&self->import_queue) || self->exporting;
}

LimberEditorWindow *
limber_routine_actions_get_editor_window (LimberRoutineActions *self)
{
  g_return_val_if_fail (LIMBER_IS_ROUTINE_ACTIONS (self), NULL);
  return self->editor_window;
}

AdwMessageDialog *
limber_routine_actions_get_dialog (LimberRoutineActions *self)
{
  g_return_val_if_fail (LIMBER_IS_ROUTINE_ACTIONS (self), NULL);
  return self->dialog;
}

AdwToast *
limber_routine_actions_get_toast (LimberRoutineActions *self)
{
  g_return_val_if_fail (LIMBER_IS_ROUTINE_ACTIONS (self), NULL);
  return self->toast;
}
