/* limber-editor-window.c: writing a routine: its fields, its exercises, Save
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-editor-window"

#include "config.h"

#include <glib/gi18n.h>

#include "limber-editor-window.h"
#include "limber-duration.h"
#include "limber-object-private.h"
#include "limber-row-problem-private.h"

struct _LimberEditorWindow
{
  AdwWindow parent_instance;

  LimberLibrary *library;
  LimberRoutine *source;          /* the routine in the library we started from */
  LimberRoutineEditor *editor;
  GBindingGroup *bindings;        /* the copy's properties on the fields */
  GCancellable *cancellable;
  AdwMessageDialog *close_dialog; /* weak */
  char *total_text;
  gboolean updating;
  gboolean saving;
  gboolean close_confirmed;
  gboolean changed_on_disk;

  AdwToastOverlay *toast_overlay;
  AdwWindowTitle *window_title;
  GtkButton *cancel_button;
  GtkButton *save_button;
  GtkInfoBar *change_banner;
  GtkLabel *change_label;
  GtkWidget *reload_button;
  AdwEntryRow *title_row;
  GtkLabel *title_problem;
  GtkTextView *description_view;
  GtkLabel *description_problem;
  AdwEntryRow *tags_row;
  GtkLabel *tags_problem;
  LimberDurationRow *prepare_row;
  LimberDurationRow *rest_row;
  AdwActionRow *rounds_row;
  GtkSpinButton *rounds_spin;
  GtkButton *add_button;
  GtkListBox *exercises_list;
  GtkLabel *exercises_problem;
};

G_DEFINE_FINAL_TYPE (LimberEditorWindow, limber_editor_window, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_label_problem (GtkWidget  *field,
                    GtkLabel   *label,
                    const char *message)
{
  gtk_label_set_label (label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
  if (field == NULL)
    return;
  if (message != NULL)
    gtk_widget_add_css_class (field, "error");
  else
    gtk_widget_remove_css_class (field, "error");
}

static gboolean
inputs_valid (LimberEditorWindow *self)
{
  GtkWidget *child;

  if (!limber_duration_row_get_input_valid (self->prepare_row) ||
      !limber_duration_row_get_input_valid (self->rest_row))
    return FALSE;
  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->exercises_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (LIMBER_IS_EXERCISE_ROW (child) &&
        !limber_exercise_row_get_input_valid (LIMBER_EXERCISE_ROW (child)))
      return FALSE;
  return TRUE;
}

static void
update (LimberEditorWindow *self)
{
  LimberRoutineEditor *editor = self->editor;
  g_autofree char *total = limber_format_duration (limber_routine_editor_get_total_seconds (editor));
  const char *exercises_problem = limber_routine_editor_get_problem (editor, "exercises");
  gboolean can_save = limber_editor_window_get_can_save (self);
  const char *title;

  g_free (self->total_text);
  /* Translators: the planned time of the routine being edited, "Total 12:30" */
  self->total_text = g_strdup_printf (_("Total %s"), total);
  adw_window_title_set_subtitle (self->window_title, self->total_text);
  title = limber_routine_editor_get_is_new (editor) ? _("New Routine") : _("Edit Routine");
  adw_window_title_set_title (self->window_title, title);
  /* The window's own title: what a screen reader and the window list say. */
  gtk_window_set_title (GTK_WINDOW (self), title);

  show_label_problem (GTK_WIDGET (self->title_row), self->title_problem,
                      limber_routine_editor_get_problem (editor, "title"));
  show_label_problem (NULL, self->description_problem,
                      limber_routine_editor_get_problem (editor, "description"));
  show_label_problem (GTK_WIDGET (self->tags_row), self->tags_problem,
                      limber_routine_editor_get_problem (editor, "tags"));
  limber_duration_row_set_problem (self->prepare_row,
                                   limber_routine_editor_get_problem (editor, "prepare"));
  limber_duration_row_set_problem (self->rest_row,
                                   limber_routine_editor_get_problem (editor, "rest_between_exercises"));
  limber_row_show_problem (self->rounds_row, limber_routine_editor_get_problem (editor, "rounds"));
  show_label_problem (NULL, self->exercises_problem, exercises_problem);

  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), can_save);
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_button),
                            limber_routine_get_n_exercises (limber_routine_editor_get_routine (editor)) < 200);
  if (self->close_dialog != NULL)
    adw_message_dialog_set_response_enabled (self->close_dialog, "save", can_save);
}

static void
on_editor_changed (LimberRoutineEditor *editor,
                   LimberEditorWindow  *self)
{
  update (self);
}

static void
on_input_valid_changed (GObject            *row,
                        GParamSpec         *pspec,
                        LimberEditorWindow *self)
{
  update (self);
}

/* The tags are typed as one line: "hips, lower back". */
static void
on_tags_row_changed (GtkEditable        *editable,
                     LimberEditorWindow *self)
{
  if (self->updating || self->editor == NULL)
    return;
  limber_routine_editor_set_tags_text (self->editor, gtk_editable_get_text (editable));
}

static GtkWidget *
create_exercise_row (gpointer item,
                     gpointer user_data)
{
  LimberEditorWindow *self = user_data;
  GtkWidget *row = limber_exercise_row_new (self->editor, LIMBER_EXERCISE (item));

  g_signal_connect_object (row, "notify::input-valid", G_CALLBACK (on_input_valid_changed), self, 0);
  return row;
}

/* Shows @editor's copy in the fields (at construction and on reload). */
static void
set_editor (LimberEditorWindow  *self,
            LimberRoutineEditor *editor)
{
  LimberRoutine *routine;
  g_autofree char *tags = NULL;

  if (self->editor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->editor, self);
      gtk_list_box_bind_model (self->exercises_list, NULL, NULL, NULL, NULL);
    }
  g_set_object (&self->editor, editor);
  routine = limber_routine_editor_get_routine (editor);
  g_binding_group_set_source (self->bindings, routine);

  tags = limber_routine_editor_get_tags_text (editor);
  self->updating = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->tags_row), tags);
  self->updating = FALSE;

  gtk_list_box_bind_model (self->exercises_list, limber_routine_get_exercises (routine),
                           create_exercise_row, self, NULL);
  /* A new routine's one exercise is open: its Name is the next field. */
  if (limber_routine_editor_get_is_new (editor) && limber_routine_get_n_exercises (routine) == 1)
    {
      GtkListBoxRow *first = gtk_list_box_get_row_at_index (self->exercises_list, 0);

      if (ADW_IS_EXPANDER_ROW (first))
        adw_expander_row_set_expanded (ADW_EXPANDER_ROW (first), TRUE);
    }
  g_signal_connect (editor, "changed", G_CALLBACK (on_editor_changed), self);
  update (self);
}

/* Saving */

static void
on_save_done (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(LimberEditorWindow) self = user_data;
  LimberRoutineEditor *editor = LIMBER_ROUTINE_EDITOR (object);
  g_autoptr(GError) error = NULL;
  LimberRoutine *saved;

  self->saving = FALSE;
  if (!limber_routine_editor_save_finish (editor, result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          AdwToast *toast = adw_toast_new (error->message);

          adw_toast_set_timeout (toast, 0);
          adw_toast_overlay_add_toast (self->toast_overlay, toast);
          update (self);
        }
      return;
    }
  if (editor != self->editor)
    return;

  saved = limber_library_lookup (self->library,
                                 limber_routine_get_id (limber_routine_editor_get_routine (editor)));
  if (saved != NULL)
    {
      g_set_object (&self->source, saved);
      g_signal_emit (self, signals[SAVED], 0, saved);
    }
  self->close_confirmed = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

void
limber_editor_window_save (LimberEditorWindow *self)
{
  g_return_if_fail (LIMBER_IS_EDITOR_WINDOW (self));

  if (self->saving || !limber_editor_window_get_can_save (self))
    return;
  self->saving = TRUE;
  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), FALSE);
  limber_routine_editor_save_async (self->editor, self->cancellable, on_save_done, g_object_ref (self));
}

static void
on_save_button_clicked (GtkButton          *button,
                        LimberEditorWindow *self)
{
  limber_editor_window_save (self);
}

static void
on_cancel_button_clicked (GtkButton          *button,
                          LimberEditorWindow *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

static void
on_add_button_clicked (GtkButton          *button,
                       LimberEditorWindow *self)
{
  LimberRoutine *routine = limber_routine_editor_get_routine (self->editor);
  guint n = limber_routine_get_n_exercises (routine);
  GtkListBoxRow *row;

  limber_routine_editor_add_exercise (self->editor, n);
  row = gtk_list_box_get_row_at_index (self->exercises_list, n);
  if (row != NULL)
    {
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
      gtk_widget_grab_focus (GTK_WIDGET (limber_exercise_row_get_name_row (LIMBER_EXERCISE_ROW (row))));
    }
}

/* Closing with unsaved changes */

static void
on_close_dialog_response (AdwMessageDialog   *dialog,
                          const char         *response,
                          LimberEditorWindow *self)
{
  if (g_str_equal (response, "save"))
    limber_editor_window_save (self);
  else if (g_str_equal (response, "discard"))
    {
      self->close_confirmed = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
}

static gboolean
limber_editor_window_close_request (GtkWindow *window)
{
  LimberEditorWindow *self = LIMBER_EDITOR_WINDOW (window);
  GtkWidget *dialog;

  if (self->close_confirmed || !limber_routine_editor_get_dirty (self->editor))
    {
      g_cancellable_cancel (self->cancellable);
      return GTK_WINDOW_CLASS (limber_editor_window_parent_class)->close_request (window);
    }

  if (self->close_dialog != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->close_dialog));
      return TRUE;
    }

  dialog = adw_message_dialog_new (window, _("Save Changes?"),
                                   _("The routine has changes that are not saved yet."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save",
                                           limber_editor_window_get_can_save (self));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_close_dialog_response), self, 0);
  g_set_weak_pointer (&self->close_dialog, ADW_MESSAGE_DIALOG (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

/* The routine's file changed on disk */

static void
on_library_items_changed (GListModel         *model,
                          guint               position,
                          guint               removed,
                          guint               added,
                          LimberEditorWindow *self)
{
  LimberRoutine *current;
  const char *id;

  if (self->saving || self->source == NULL || limber_routine_editor_get_is_new (self->editor))
    return;

  id = limber_routine_get_id (self->source);
  current = limber_library_lookup (self->library, id);
  if (current == self->source)
    return;
  /* The same content under a new object (a reload): nothing to say. */
  if (current != NULL &&
      limber_routine_get_origin (current) == limber_routine_get_origin (self->source) &&
      limber_routine_equal (current, self->source))
    {
      g_set_object (&self->source, current);
      return;
    }

  self->changed_on_disk = TRUE;
  if (current != NULL && limber_routine_get_origin (current) == limber_routine_get_origin (self->source))
    {
      gtk_label_set_label (self->change_label,
                           _("This routine was changed by another program."));
      gtk_widget_set_visible (self->reload_button, TRUE);
    }
  else
    {
      gtk_label_set_label (self->change_label,
                           _("This routine’s file was changed or removed by another program, "
                             "and Limber cannot load it now. A file Limber cannot read is never overwritten."));
      gtk_widget_set_visible (self->reload_button, FALSE);
    }
  gtk_info_bar_set_revealed (self->change_banner, TRUE);
}

static void
on_change_banner_response (GtkInfoBar         *bar,
                           int                 response,
                           LimberEditorWindow *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    limber_editor_window_reload (self);
  else
    gtk_info_bar_set_revealed (bar, FALSE);
}

void
limber_editor_window_reload (LimberEditorWindow *self)
{
  LimberRoutine *current;
  g_autoptr(LimberRoutineEditor) editor = NULL;

  g_return_if_fail (LIMBER_IS_EDITOR_WINDOW (self));

  current = self->source != NULL ?
    limber_library_lookup (self->library, limber_routine_get_id (self->source)) : NULL;
  if (current == NULL)
    return;
  g_set_object (&self->source, current);
  editor = limber_routine_editor_new (self->library, current);
  set_editor (self, editor);
  self->changed_on_disk = FALSE;
  gtk_info_bar_set_revealed (self->change_banner, FALSE);
}

static void
limber_editor_window_dispose (GObject *object)
{
  LimberEditorWindow *self = LIMBER_EDITOR_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  if (self->close_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->close_dialog));
  g_clear_weak_pointer (&self->close_dialog);
  if (self->library != NULL)
    g_signal_handlers_disconnect_by_data (self->library, self);
  if (self->editor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->editor, self);
      g_binding_group_set_source (self->bindings, NULL);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), LIMBER_TYPE_EDITOR_WINDOW);
  g_clear_object (&self->editor);
  g_clear_object (&self->source);
  g_clear_object (&self->library);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (limber_editor_window_parent_class)->dispose (object);
}

static void
limber_editor_window_finalize (GObject *object)
{
  LimberEditorWindow *self = LIMBER_EDITOR_WINDOW (object);

  g_object_unref (self->bindings);
  g_free (self->total_text);

  G_OBJECT_CLASS (limber_editor_window_parent_class)->finalize (object);
}

static void action_save (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter);

static void
limber_editor_window_class_init (LimberEditorWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = limber_editor_window_dispose;
  object_class->finalize = limber_editor_window_finalize;
  window_class->close_request = limber_editor_window_close_request;

  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, LIMBER_TYPE_ROUTINE);

  g_type_ensure (LIMBER_TYPE_DURATION_ROW);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, action_save);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/limber-editor-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LimberEditorWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LimberEditorWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, LimberEditorWindow, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, LimberEditorWindow, save_button);
  gtk_widget_class_bind_template_child (widget_class, LimberEditorWindow, change_banner);
  gtk_widget_class_bind_template_child (widget_class, LimberEditorWindow, change_label);
  gtk_widget_class_bind_template_child (widget_class, LimberEditorWindow, reload_button);
  gtk_widget_class_bind_template_child (widget_class, LimberEditorWindow, title_row);
  gtk_widget_class_bind_template_child (widget_class, LimberEditorWindow, title_problem);
  gtk_widget_class_bind_template_child (widget_class, LimberEditorWindow, description_view);
  gtk_widget_class_bind_template_child (widget_class, LimberEditorWindow, description_problem);
  gtk_widget_class_bind_template_child (widget_class, LimberEditorWindow, tags_row);
  gtk_widget_class_bind_template_child (widget_class, LimberEditorWindow, tags_problem);
  gtk_widget_class_bind_template_child (widget_class, LimberEditorWindow, prepare_row);
  gtk_widget_class_bind_template_child (widget_class, LimberEditorWindow, rest_row);
  gtk_widget_class_bind_template_child (widget_class, LimberEditorWindow, rounds_row);
  gtk_widget_class_bind_template_child (widget_class, LimberEditorWindow, rounds_spin);
  gtk_widget_class_bind_template_child (widget_class, LimberEditorWindow, add_button);
  gtk_widget_class_bind_template_child (widget_class, LimberEditorWindow, exercises_list);
  gtk_widget_class_bind_template_child (widget_class, LimberEditorWindow, exercises_problem);
  gtk_widget_class_bind_template_callback (widget_class, on_save_button_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_button_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_add_button_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_tags_row_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_input_valid_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_change_banner_response);
}

static void
action_save (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  limber_editor_window_save (LIMBER_EDITOR_WINDOW (widget));
}

static void
limber_editor_window_init (LimberEditorWindow *self)
{
  const GBindingFlags flags = G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE;

  self->cancellable = g_cancellable_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  self->bindings = g_binding_group_new ();
  g_binding_group_bind (self->bindings, "title", self->title_row, "text", flags);
  g_binding_group_bind (self->bindings, "description", gtk_text_view_get_buffer (self->description_view), "text",
                        flags);
  g_binding_group_bind (self->bindings, "prepare", self->prepare_row, "seconds", flags);
  g_binding_group_bind (self->bindings, "rest-between-exercises", self->rest_row, "seconds", flags);
  g_binding_group_bind (self->bindings, "rounds", self->rounds_spin, "value", flags);
}

LimberEditorWindow *
limber_editor_window_new (GtkWindow     *parent,
                          LimberLibrary *library,
                          LimberRoutine *routine)
{
  LimberEditorWindow *self;
  g_autoptr(LimberRoutineEditor) editor = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (LIMBER_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (routine == NULL || LIMBER_IS_ROUTINE (routine), NULL);

  self = g_object_new (LIMBER_TYPE_EDITOR_WINDOW,
                       "transient-for", parent,
                       "modal", parent != NULL,
                       NULL);
  self->library = g_object_ref (library);
  if (routine != NULL)
    self->source = g_object_ref (routine);
  editor = limber_routine_editor_new (library, routine);
  set_editor (self, editor);
  g_signal_connect (library, "items-changed", G_CALLBACK (on_library_items_changed), self);
  return self;
}

LIMBER_DEFINE_GETTER (LimberEditorWindow, limber_editor_window, LIMBER_IS_EDITOR_WINDOW,
                      LimberRoutineEditor *, editor, NULL)

gboolean
limber_editor_window_get_can_save (LimberEditorWindow *self)
{
  g_return_val_if_fail (LIMBER_IS_EDITOR_WINDOW (self), FALSE);
  return !self->saving && limber_routine_editor_get_valid (self->editor) && inputs_valid (self);
}

#define GETTER(RetType, field) \
  LIMBER_DEFINE_GETTER (LimberEditorWindow, limber_editor_window, LIMBER_IS_EDITOR_WINDOW, RetType, field, NULL)

GETTER (const char *, total_text)
GETTER (AdwMessageDialog *, close_dialog)
GETTER (AdwEntryRow *, title_row)
GETTER (AdwEntryRow *, tags_row)
GETTER (GtkTextView *, description_view)
GETTER (LimberDurationRow *, prepare_row)
GETTER (LimberDurationRow *, rest_row)
GETTER (GtkSpinButton *, rounds_spin)
GETTER (GtkButton *, save_button)
GETTER (GtkButton *, cancel_button)
GETTER (GtkButton *, add_button)
#undef GETTER

LIMBER_DEFINE_GETTER (LimberEditorWindow, limber_editor_window, LIMBER_IS_EDITOR_WINDOW,
                      gboolean, changed_on_disk, FALSE)

const char *
limber_editor_window_get_title_problem (LimberEditorWindow *self)
{
  g_return_val_if_fail (LIMBER_IS_EDITOR_WINDOW (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->title_problem)) ?
    gtk_label_get_label (self->title_problem) : NULL;
}

LimberExerciseRow *
limber_editor_window_get_exercise_row (LimberEditorWindow *self,
                                       guint               position)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (LIMBER_IS_EDITOR_WINDOW (self), NULL);

  row = gtk_list_box_get_row_at_index (self->exercises_list, position);
  return LIMBER_IS_EXERCISE_ROW (row) ? LIMBER_EXERCISE_ROW (row) : NULL;
}
