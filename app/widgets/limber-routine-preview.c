/* limber-routine-preview.c: a routine file opened from outside, before it
 * is added to the person's routines
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-preview"

#include "config.h"

#include <glib/gi18n.h>

#include "limber-object-private.h"
#include "limber-routine-file.h"
#include "limber-routine-preview.h"
#include "limber-ui-format.h"

struct _LimberRoutinePreview
{
  AdwWindow parent_instance;

  GFile *file;
  GCancellable *cancellable;
  LimberRoutine *routine;
  char *problem;
  char *author_text;
  gboolean loaded;

  AdwWindowTitle *window_title;
  GtkStack *stack;
  GtkLabel *title_label;
  GtkLabel *summary_label;
  GtkLabel *author_label;
  GtkLabel *description_label;
  GtkListBox *exercises_list;
  AdwStatusPage *problem_page;
  GtkWidget *add_button;
};

G_DEFINE_FINAL_TYPE (LimberRoutinePreview, limber_routine_preview, ADW_TYPE_WINDOW)

enum
{
  PROP_0,
  PROP_FILE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum
{
  SIGNAL_ADD_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GtkWidget *
create_exercise_row (gpointer item,
                     gpointer user_data)
{
  LimberExercise *exercise = item;
  g_autofree char *title = g_markup_escape_text (limber_exercise_get_name (exercise), -1);
  g_autofree char *summary = limber_ui_describe_exercise (exercise);
  g_autofree char *subtitle = g_markup_escape_text (summary, -1);

  return g_object_new (ADW_TYPE_ACTION_ROW,
                       "title", title,
                       "subtitle", subtitle,
                       "subtitle-lines", 3,
                       "activatable", FALSE,
                       NULL);
}

/* The optional "x-author" key: a non-empty string, or nothing. */
static char *
author_of (LimberRoutine *routine)
{
  JsonObject *extras = limber_routine_get_extras (routine);
  JsonNode *node;
  g_autofree char *author = NULL;

  if (!json_object_has_member (extras, "x-author"))
    return NULL;
  node = json_object_get_member (extras, "x-author");
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  author = g_strstrip (g_strdup (json_node_get_string (node)));
  if (author[0] == '\0')
    return NULL;
  return g_steal_pointer (&author);
}

static void
show_routine (LimberRoutinePreview *self)
{
  g_autofree char *summary = limber_ui_describe_routine (self->routine);
  g_autofree char *author = author_of (self->routine);
  const char *description = limber_routine_get_description (self->routine);

  if (author != NULL)
    /* Translators: who wrote a routine file; %s is the file's "x-author" */
    self->author_text = g_strdup_printf (_("By %s"), author);

  gtk_label_set_label (self->title_label, limber_routine_get_title (self->routine));
  gtk_label_set_label (self->summary_label, summary);
  gtk_label_set_label (self->author_label, self->author_text != NULL ? self->author_text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->author_label), self->author_text != NULL);
  gtk_label_set_label (self->description_label, description);
  gtk_widget_set_visible (GTK_WIDGET (self->description_label), description[0] != '\0');
  gtk_list_box_bind_model (self->exercises_list, limber_routine_get_exercises (self->routine),
                           create_exercise_row, NULL, NULL);
  gtk_widget_set_sensitive (self->add_button, TRUE);
  gtk_stack_set_visible_child_name (self->stack, "routine");
  gtk_widget_grab_focus (self->add_button);
}

static void
show_problem (LimberRoutinePreview *self)
{
  adw_status_page_set_description (self->problem_page, self->problem);
  gtk_stack_set_visible_child_name (self->stack, "problem");
}

static void
load_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  GFile *file = task_data;
  g_autofree char *name = g_file_get_basename (file);
  g_autoptr(GError) error = NULL;
  LimberRoutine *routine = limber_routine_load_file (file, name, cancellable, &error);

  if (routine == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, routine, g_object_unref);
}

static void
on_loaded (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  LimberRoutine *routine = g_task_propagate_pointer (G_TASK (result), &error);
  LimberRoutinePreview *self;

  /* Closed meanwhile */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = LIMBER_ROUTINE_PREVIEW (object);
  self->loaded = TRUE;
  if (routine == NULL)
    {
      self->problem = g_strdup (error->message);
      show_problem (self);
    }
  else
    {
      self->routine = routine;
      show_routine (self);
    }
}

static void
on_add_button_clicked (GtkButton            *button,
                       LimberRoutinePreview *self)
{
  limber_routine_preview_add (self);
}

static void
limber_routine_preview_constructed (GObject *object)
{
  LimberRoutinePreview *self = LIMBER_ROUTINE_PREVIEW (object);
  g_autoptr(GTask) task = NULL;
  g_autofree char *name = NULL;

  G_OBJECT_CLASS (limber_routine_preview_parent_class)->constructed (object);

  g_assert (self->file != NULL);
  name = g_file_get_basename (self->file);
  adw_window_title_set_subtitle (self->window_title, name);

  task = g_task_new (self, self->cancellable, on_loaded, NULL);
  g_task_set_source_tag (task, limber_routine_preview_constructed);
  g_task_set_task_data (task, g_object_ref (self->file), g_object_unref);
  g_task_run_in_thread (task, load_in_thread);
}

static void
limber_routine_preview_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  LimberRoutinePreview *self = LIMBER_ROUTINE_PREVIEW (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_routine_preview_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  LimberRoutinePreview *self = LIMBER_ROUTINE_PREVIEW (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_assert (self->file == NULL);
      self->file = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_routine_preview_dispose (GObject *object)
{
  LimberRoutinePreview *self = LIMBER_ROUTINE_PREVIEW (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), LIMBER_TYPE_ROUTINE_PREVIEW);
  g_clear_object (&self->routine);
  g_clear_object (&self->file);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (limber_routine_preview_parent_class)->dispose (object);
}

static void
limber_routine_preview_finalize (GObject *object)
{
  LimberRoutinePreview *self = LIMBER_ROUTINE_PREVIEW (object);

  g_free (self->problem);
  g_free (self->author_text);

  G_OBJECT_CLASS (limber_routine_preview_parent_class)->finalize (object);
}

static void
limber_routine_preview_class_init (LimberRoutinePreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = limber_routine_preview_constructed;
  object_class->dispose = limber_routine_preview_dispose;
  object_class->finalize = limber_routine_preview_finalize;
  object_class->get_property = limber_routine_preview_get_property;
  object_class->set_property = limber_routine_preview_set_property;

  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL,
                         G_TYPE_FILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LimberRoutinePreview::add-requested:
   * @file: the routine file
   *
   * The person pressed "Add to My Routines".
   */
  signals[SIGNAL_ADD_REQUESTED] =
    g_signal_new ("add-requested",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_FILE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/limber-routine-preview.ui");
  gtk_widget_class_bind_template_child (widget_class, LimberRoutinePreview, window_title);
  gtk_widget_class_bind_template_child (widget_class, LimberRoutinePreview, stack);
  gtk_widget_class_bind_template_child (widget_class, LimberRoutinePreview, title_label);
  gtk_widget_class_bind_template_child (widget_class, LimberRoutinePreview, summary_label);
  gtk_widget_class_bind_template_child (widget_class, LimberRoutinePreview, author_label);
  gtk_widget_class_bind_template_child (widget_class, LimberRoutinePreview, description_label);
  gtk_widget_class_bind_template_child (widget_class, LimberRoutinePreview, exercises_list);
  gtk_widget_class_bind_template_child (widget_class, LimberRoutinePreview, problem_page);
  gtk_widget_class_bind_template_child (widget_class, LimberRoutinePreview, add_button);
  gtk_widget_class_bind_template_callback (widget_class, on_add_button_clicked);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
limber_routine_preview_init (LimberRoutinePreview *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
}

LimberRoutinePreview *
limber_routine_preview_new (GtkWindow *parent,
                            GFile     *file)
{
  LimberRoutinePreview *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (LIMBER_TYPE_ROUTINE_PREVIEW,
                       "file", file,
                       "transient-for", parent,
                       "modal", parent != NULL,
                       NULL);
  return self;
}

#define GETTER(RetType, field, fail) \
  LIMBER_DEFINE_GETTER (LimberRoutinePreview, limber_routine_preview, LIMBER_IS_ROUTINE_PREVIEW, \
                        RetType, field, fail)

GETTER (GFile *, file, NULL)
GETTER (gboolean, loaded, FALSE)
GETTER (LimberRoutine *, routine, NULL)
GETTER (const char *, problem, NULL)
GETTER (const char *, author_text, NULL)

void
limber_routine_preview_add (LimberRoutinePreview *self)
{
  g_autoptr(GFile) file = NULL;

  g_return_if_fail (LIMBER_IS_ROUTINE_PREVIEW (self));

  if (self->routine == NULL)
    return;
  /* Asked before closing: a closed window has no handlers any more. */
  g_object_ref (self);
  file = g_object_ref (self->file);
  g_signal_emit (self, signals[SIGNAL_ADD_REQUESTED], 0, file);
  gtk_window_close (GTK_WINDOW (self));
  g_object_unref (self);
}
