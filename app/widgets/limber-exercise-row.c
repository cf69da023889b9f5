/* limber-exercise-row.c: one exercise of the routine being edited
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-exercise-row"

#include "config.h"

#include <glib/gi18n.h>

#include "limber-exercise-row.h"
#include "limber-row-problem-private.h"
#include "limber-ui-format.h"

struct _LimberExerciseRow
{
  AdwExpanderRow parent_instance;

  LimberRoutineEditor *editor;
  LimberExercise *exercise;
  gboolean updating;

  GtkWidget *drag_handle;
  GtkWidget *problem_icon;
  AdwEntryRow *name_row;
  GtkLabel *name_problem;
  AdwComboRow *kind_row;
  AdwComboRow *mode_row;
  LimberDurationRow *duration_row;
  AdwActionRow *reps_row;
  GtkSpinButton *reps_spin;
  LimberDurationRow *rep_duration_row;
  AdwActionRow *sets_row;
  GtkSpinButton *sets_spin;
  LimberDurationRow *rest_row;
  GtkSwitch *sides_switch;
  LimberDurationRow *switch_row;
  LimberProgressionRow *progression_row;
  GtkTextView *instructions_view;
  AdwEntryRow *caution_row;
  GtkLabel *exercise_problem;
  GtkButton *up_button;
  GtkButton *down_button;
  GtkButton *duplicate_button;
  GtkButton *remove_button;
};

G_DEFINE_FINAL_TYPE (LimberExerciseRow, limber_exercise_row, ADW_TYPE_EXPANDER_ROW)

enum {
  PROP_0,
  PROP_INPUT_VALID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static int
get_position (LimberExerciseRow *self)
{
  if (gtk_widget_get_parent (GTK_WIDGET (self)) == NULL)
    return -1;
  return gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (self));
}

static const char *
problem_for (LimberExerciseRow *self,
             int                position,
             const char        *field)
{
  g_autofree char *path = NULL;

  if (position < 0)
    return NULL;
  path = field != NULL ? g_strdup_printf ("exercises[%d].%s", position, field)
                       : g_strdup_printf ("exercises[%d]", position);
  return limber_routine_editor_get_problem (self->editor, path);
}

/* The expander puts a label in a row of its own: show or hide that row. */
static GtkWidget *
row_of (gpointer widget)
{
  GtkWidget *parent = gtk_widget_get_parent (widget);

  return GTK_IS_LIST_BOX_ROW (parent) ? parent : widget;
}

static void
show_label_problem (GtkWidget  *field,
                    GtkLabel   *label,
                    const char *message)
{
  gtk_label_set_label (label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), TRUE);
  gtk_widget_set_visible (row_of (label), message != NULL);
  if (message != NULL)
    gtk_widget_add_css_class (field, "error");
  else
    gtk_widget_remove_css_class (field, "error");
}

/* Everything that depends on the exercise's values or its position. */
static void
update (LimberExerciseRow *self)
{
  int position = get_position (self);
  guint n = limber_routine_get_n_exercises (limber_routine_editor_get_routine (self->editor));
  LimberExerciseMode mode = limber_exercise_get_mode (self->exercise);
  gboolean both = limber_exercise_get_sides (self->exercise) == LIMBER_SIDES_BOTH;
  g_autofree char *summary = limber_ui_describe_exercise (self->exercise);
  const char *name = limber_exercise_get_name (self->exercise);
  const char *fields[] = { "name", "kind", "duration", "reps", "rep_duration", "sets",
                           "rest", "sides", "switch_time", "instructions", "caution",
                           "progression.step", "progression.min", "progression.max", NULL };
  gboolean any_problem = problem_for (self, position, NULL) != NULL;
  gboolean timed_unset, reps_unset;
  const char *whole;

  self->updating = TRUE;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self),
                                 name[0] != '\0' ? name : _("New Exercise"));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), summary);

  if (adw_combo_row_get_selected (self->mode_row) != (guint) mode)
    adw_combo_row_set_selected (self->mode_row, mode);
  if (adw_combo_row_get_selected (self->kind_row) != (guint) limber_exercise_get_kind (self->exercise))
    adw_combo_row_set_selected (self->kind_row, limber_exercise_get_kind (self->exercise));
  if (gtk_switch_get_active (self->sides_switch) != both)
    gtk_switch_set_active (self->sides_switch, both);

  gtk_widget_set_visible (GTK_WIDGET (self->duration_row), mode == LIMBER_EXERCISE_MODE_TIMED);
  gtk_widget_set_visible (GTK_WIDGET (self->reps_row), mode != LIMBER_EXERCISE_MODE_TIMED);
  gtk_widget_set_visible (GTK_WIDGET (self->rep_duration_row), mode == LIMBER_EXERCISE_MODE_PACED);
  gtk_widget_set_visible (GTK_WIDGET (self->switch_row), both);

  show_label_problem (GTK_WIDGET (self->name_row), self->name_problem,
                      problem_for (self, position, "name"));
  /* A duration or a number of reps of 0 is "not set": the rule of the
   * whole exercise (one of them is needed) concerns that field. */
  whole = problem_for (self, position, NULL);
  timed_unset = mode == LIMBER_EXERCISE_MODE_TIMED && limber_exercise_get_duration (self->exercise) == 0;
  reps_unset = mode != LIMBER_EXERCISE_MODE_TIMED && limber_exercise_get_reps (self->exercise) == 0;
  limber_duration_row_set_problem (self->duration_row,
                                   problem_for (self, position, "duration") != NULL ?
                                     problem_for (self, position, "duration") :
                                     timed_unset ? whole : NULL);
  limber_duration_row_set_problem (self->rep_duration_row, problem_for (self, position, "rep_duration"));
  limber_duration_row_set_problem (self->rest_row, problem_for (self, position, "rest"));
  limber_duration_row_set_problem (self->switch_row, problem_for (self, position, "switch_time"));
  limber_row_show_problem (self->reps_row,
                           problem_for (self, position, "reps") != NULL ?
                             problem_for (self, position, "reps") : reps_unset ? whole : NULL);
  limber_row_show_problem (self->sets_row, problem_for (self, position, "sets"));
  limber_progression_row_set_problems (self->progression_row,
                                       problem_for (self, position, "progression.step"),
                                       problem_for (self, position, "progression.min"),
                                       problem_for (self, position, "progression.max"));
  show_label_problem (GTK_WIDGET (self->caution_row), self->exercise_problem,
                      whole != NULL && !timed_unset && !reps_unset ? whole :
                        problem_for (self, position, "instructions") != NULL ?
                          problem_for (self, position, "instructions") :
                          problem_for (self, position, "caution"));

  for (guint i = 0; fields[i] != NULL; i++)
    if (problem_for (self, position, fields[i]) != NULL)
      any_problem = TRUE;
  gtk_widget_set_visible (self->problem_icon, any_problem || !limber_exercise_row_get_input_valid (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "exercise.move-up", position > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "exercise.move-down",
                                 position >= 0 && (guint) position + 1 < n);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "exercise.remove", n > 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "exercise.clear-progression",
                                 limber_exercise_has_progression (self->exercise));

  self->updating = FALSE;
}

static void
on_editor_changed (LimberRoutineEditor *editor,
                   LimberExerciseRow   *self)
{
  update (self);
}

static void
on_exercises_items_changed (GListModel        *model,
                            guint              position,
                            guint              removed,
                            guint              added,
                            LimberExerciseRow *self)
{
  /* Runs after the list has made its rows: positions are right now. */
  update (self);
}

static void
on_notify_parent (LimberExerciseRow *self,
                  GParamSpec        *pspec,
                  gpointer           user_data)
{
  if (self->editor != NULL)
    update (self);
}

static void
on_input_valid_changed (GObject           *row,
                        GParamSpec        *pspec,
                        LimberExerciseRow *self)
{
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INPUT_VALID]);
}

static void
on_mode_row_notify_selected (AdwComboRow       *row,
                             GParamSpec        *pspec,
                             LimberExerciseRow *self)
{
  int position = get_position (self);
  guint mode = adw_combo_row_get_selected (row);

  if (self->updating || position < 0 || mode > LIMBER_EXERCISE_MODE_MANUAL)
    return;
  if (mode != (guint) limber_exercise_get_mode (self->exercise))
    limber_routine_editor_set_exercise_mode (self->editor, position, mode);
}

static void
on_kind_row_notify_selected (AdwComboRow       *row,
                             GParamSpec        *pspec,
                             LimberExerciseRow *self)
{
  guint kind = adw_combo_row_get_selected (row);

  if (self->updating || kind > LIMBER_EXERCISE_KIND_BREATHING)
    return;
  limber_exercise_set_kind (self->exercise, kind);
}

static void
on_sides_switch_notify_active (GtkSwitch         *sw,
                               GParamSpec        *pspec,
                               LimberExerciseRow *self)
{
  int position = get_position (self);

  if (self->updating || position < 0)
    return;
  limber_routine_editor_set_exercise_sides (self->editor, position,
                                            gtk_switch_get_active (sw) ? LIMBER_SIDES_BOTH
                                                                       : LIMBER_SIDES_NONE);
}

/* Moving: the list makes a new row for the moved exercise; give it the
 * focus (and keep it open) so that the keyboard can move it again. */
static void
move (LimberExerciseRow *self,
      int                delta)
{
  int position = get_position (self);
  g_autoptr(GtkWidget) list = NULL;
  gboolean expanded = adw_expander_row_get_expanded (ADW_EXPANDER_ROW (self));
  LimberRoutineEditor *editor = self->editor;
  GtkListBoxRow *row;
  gboolean moved;

  if (position < 0)
    return;
  list = g_object_ref (gtk_widget_get_parent (GTK_WIDGET (self)));
  /* @self is destroyed by the move. */
  moved = delta < 0 ? limber_routine_editor_move_up (editor, position)
                    : limber_routine_editor_move_down (editor, position);
  if (!moved)
    return;
  row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), position + delta);
  if (row != NULL)
    {
      if (ADW_IS_EXPANDER_ROW (row))
        adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), expanded);
      gtk_widget_grab_focus (GTK_WIDGET (row));
    }
}

static void
action_move_up (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  move (LIMBER_EXERCISE_ROW (widget), -1);
}

static void
action_move_down (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  move (LIMBER_EXERCISE_ROW (widget), 1);
}

static void
action_duplicate (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  LimberExerciseRow *self = LIMBER_EXERCISE_ROW (widget);
  int position = get_position (self);

  if (position >= 0)
    limber_routine_editor_duplicate_exercise (self->editor, position);
}

static void
action_remove (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LimberExerciseRow *self = LIMBER_EXERCISE_ROW (widget);
  int position = get_position (self);

  if (position >= 0 &&
      limber_routine_get_n_exercises (limber_routine_editor_get_routine (self->editor)) > 1)
    limber_routine_editor_remove_exercise (self->editor, position);
}

static void
action_clear_progression (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  LimberExerciseRow *self = LIMBER_EXERCISE_ROW (widget);
  int position = get_position (self);

  if (position >= 0)
    limber_routine_editor_clear_exercise_progression (self->editor, position);
}

/* Drag and drop: the handle drags the row's position; a row takes a drop. */

static GdkContentProvider *
on_drag_prepare (GtkDragSource     *source,
                 double             x,
                 double             y,
                 LimberExerciseRow *self)
{
  int position = get_position (self);

  if (position < 0)
    return NULL;
  return gdk_content_provider_new_typed (G_TYPE_UINT, (guint) position);
}

static void
on_drag_begin (GtkDragSource     *source,
               GdkDrag           *drag,
               LimberExerciseRow *self)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (self));

  gtk_drag_source_set_icon (source, paintable, 0, 0);
}

static gboolean
on_drop (GtkDropTarget     *target,
         const GValue      *value,
         double             x,
         double             y,
         LimberExerciseRow *self)
{
  int to = get_position (self);
  guint from;

  if (!G_VALUE_HOLDS_UINT (value) || to < 0)
    return FALSE;
  from = g_value_get_uint (value);
  if (from == (guint) to ||
      from >= limber_routine_get_n_exercises (limber_routine_editor_get_routine (self->editor)))
    return FALSE;
  limber_routine_editor_move_exercise (self->editor, from, to);
  return TRUE;
}

static void
limber_exercise_row_dispose (GObject *object)
{
  LimberExerciseRow *self = LIMBER_EXERCISE_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), LIMBER_TYPE_EXERCISE_ROW);
  g_clear_object (&self->exercise);
  g_clear_object (&self->editor);

  G_OBJECT_CLASS (limber_exercise_row_parent_class)->dispose (object);
}

static void
limber_exercise_row_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  LimberExerciseRow *self = LIMBER_EXERCISE_ROW (object);

  switch (prop_id)
    {
    case PROP_INPUT_VALID:
      g_value_set_boolean (value, limber_exercise_row_get_input_valid (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_exercise_row_class_init (LimberExerciseRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = limber_exercise_row_dispose;
  object_class->get_property = limber_exercise_row_get_property;

  properties[PROP_INPUT_VALID] =
    g_param_spec_boolean ("input-valid", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (LIMBER_TYPE_DURATION_ROW);
  g_type_ensure (LIMBER_TYPE_PROGRESSION_ROW);

  gtk_widget_class_install_action (widget_class, "exercise.move-up", NULL, action_move_up);
  gtk_widget_class_install_action (widget_class, "exercise.move-down", NULL, action_move_down);
  gtk_widget_class_install_action (widget_class, "exercise.duplicate", NULL, action_duplicate);
  gtk_widget_class_install_action (widget_class, "exercise.remove", NULL, action_remove);
  gtk_widget_class_install_action (widget_class, "exercise.clear-progression", NULL,
                                   action_clear_progression);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "exercise.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "exercise.move-down", NULL);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/limber-exercise-row.ui");
  gtk_widget_class_bind_template_child (widget_class, LimberExerciseRow, drag_handle);
  gtk_widget_class_bind_template_child (widget_class, LimberExerciseRow, problem_icon);
  gtk_widget_class_bind_template_child (widget_class, LimberExerciseRow, name_row);
  gtk_widget_class_bind_template_child (widget_class, LimberExerciseRow, name_problem);
  gtk_widget_class_bind_template_child (widget_class, LimberExerciseRow, kind_row);
  gtk_widget_class_bind_template_child (widget_class, LimberExerciseRow, mode_row);
  gtk_widget_class_bind_template_child (widget_class, LimberExerciseRow, duration_row);
  gtk_widget_class_bind_template_child (widget_class, LimberExerciseRow, reps_row);
  gtk_widget_class_bind_template_child (widget_class, LimberExerciseRow, reps_spin);
  gtk_widget_class_bind_template_child (widget_class, LimberExerciseRow, rep_duration_row);
  gtk_widget_class_bind_template_child (widget_class, LimberExerciseRow, sets_row);
  gtk_widget_class_bind_template_child (widget_class, LimberExerciseRow, sets_spin);
  gtk_widget_class_bind_template_child (widget_class, LimberExerciseRow, rest_row);
  gtk_widget_class_bind_template_child (widget_class, LimberExerciseRow, sides_switch);
  gtk_widget_class_bind_template_child (widget_class, LimberExerciseRow, switch_row);
  gtk_widget_class_bind_template_child (widget_class, LimberExerciseRow, progression_row);
  gtk_widget_class_bind_template_child (widget_class, LimberExerciseRow, instructions_view);
  gtk_widget_class_bind_template_child (widget_class, LimberExerciseRow, caution_row);
  gtk_widget_class_bind_template_child (widget_class, LimberExerciseRow, exercise_problem);
  gtk_widget_class_bind_template_child (widget_class, LimberExerciseRow, up_button);
  gtk_widget_class_bind_template_child (widget_class, LimberExerciseRow, down_button);
  gtk_widget_class_bind_template_child (widget_class, LimberExerciseRow, duplicate_button);
  gtk_widget_class_bind_template_child (widget_class, LimberExerciseRow, remove_button);
  gtk_widget_class_bind_template_callback (widget_class, on_mode_row_notify_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_kind_row_notify_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_sides_switch_notify_active);
  gtk_widget_class_bind_template_callback (widget_class, on_input_valid_changed);
}

/* AdwExpanderRow 1.2 does not tell assistive technology whether it is
 * open: say it on its header row (the one with the exercise's name, which
 * takes the focus and the click). */
static GtkWidget *
header_row (LimberExerciseRow *self)
{
  GtkWidget *widget = gtk_widget_get_first_child (GTK_WIDGET (self));

  /* box > list > header row */
  while (widget != NULL && !GTK_IS_LIST_BOX_ROW (widget))
    widget = gtk_widget_get_first_child (widget);
  return widget;
}

static void
update_expanded_state (LimberExerciseRow *self)
{
  GtkWidget *header = header_row (self);
  gboolean expanded = adw_expander_row_get_expanded (ADW_EXPANDER_ROW (self));

  if (header != NULL)
    gtk_accessible_update_state (GTK_ACCESSIBLE (header), GTK_ACCESSIBLE_STATE_EXPANDED, expanded, -1);
}

static void
on_notify_expanded (LimberExerciseRow *self,
                    GParamSpec        *pspec,
                    gpointer           user_data)
{
  update_expanded_state (self);
}

static void
limber_exercise_row_init (LimberExerciseRow *self)
{
  GtkDragSource *source;
  GtkDropTarget *target;

  gtk_widget_init_template (GTK_WIDGET (self));
  update_expanded_state (self);
  g_signal_connect (self, "notify::expanded", G_CALLBACK (on_notify_expanded), NULL);

  /* Rows that only hold other widgets do nothing when activated. */
  {
    GtkWidget *holders[] = { row_of (self->name_problem), row_of (self->exercise_problem),
                             row_of (gtk_widget_get_parent (GTK_WIDGET (self->instructions_view))),
                             row_of (gtk_widget_get_parent (GTK_WIDGET (self->up_button))) };

    for (guint i = 0; i < G_N_ELEMENTS (holders); i++)
      if (GTK_IS_LIST_BOX_ROW (holders[i]))
        gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (holders[i]), FALSE);
  }

  source = gtk_drag_source_new ();
  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (on_drag_prepare), self);
  g_signal_connect (source, "drag-begin", G_CALLBACK (on_drag_begin), self);
  gtk_widget_add_controller (self->drag_handle, GTK_EVENT_CONTROLLER (source));

  target = gtk_drop_target_new (G_TYPE_UINT, GDK_ACTION_MOVE);
  g_signal_connect (target, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}

static void
bind (gpointer    source,
      const char *source_property,
      gpointer    target,
      const char *target_property)
{
  g_object_bind_property (source, source_property, target, target_property,
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
}

GtkWidget *
limber_exercise_row_new (LimberRoutineEditor *editor,
                         LimberExercise      *exercise)
{
  LimberExerciseRow *self;

  g_return_val_if_fail (LIMBER_IS_ROUTINE_EDITOR (editor), NULL);
  g_return_val_if_fail (LIMBER_IS_EXERCISE (exercise), NULL);

  self = g_object_new (LIMBER_TYPE_EXERCISE_ROW, NULL);
  self->editor = g_object_ref (editor);
  self->exercise = g_object_ref (exercise);

  bind (exercise, "name", self->name_row, "text");
  bind (exercise, "duration", self->duration_row, "seconds");
  bind (exercise, "reps", self->reps_spin, "value");
  bind (exercise, "rep-duration", self->rep_duration_row, "seconds");
  bind (exercise, "sets", self->sets_spin, "value");
  bind (exercise, "rest", self->rest_row, "seconds");
  bind (exercise, "switch-time", self->switch_row, "seconds");
  bind (exercise, "instructions", gtk_text_view_get_buffer (self->instructions_view), "text");
  bind (exercise, "caution", self->caution_row, "text");
  limber_progression_row_set_exercise (self->progression_row, exercise);

  g_signal_connect_object (editor, "changed", G_CALLBACK (on_editor_changed), self, 0);
  g_signal_connect_object (limber_routine_get_exercises (limber_routine_editor_get_routine (editor)),
                           "items-changed", G_CALLBACK (on_exercises_items_changed), self,
                           G_CONNECT_AFTER);
  g_signal_connect (self, "notify::parent", G_CALLBACK (on_notify_parent), NULL);
  update (self);
  return GTK_WIDGET (self);
}

LimberExercise *
limber_exercise_row_get_exercise (LimberExerciseRow *self)
{
  g_return_val_if_fail (LIMBER_IS_EXERCISE_ROW (self), NULL);
  return self->exercise;
}

gboolean
limber_exercise_row_get_input_valid (LimberExerciseRow *self)
{
  LimberDurationRow *rows[] = { self->duration_row, self->rep_duration_row,
                                self->rest_row, self->switch_row };

  g_return_val_if_fail (LIMBER_IS_EXERCISE_ROW (self), FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    if (gtk_widget_get_visible (GTK_WIDGET (rows[i])) &&
        !limber_duration_row_get_input_valid (rows[i]))
      return FALSE;
  return limber_progression_row_get_input_valid (self->progression_row);
}

AdwEntryRow *
limber_exercise_row_get_name_row (LimberExerciseRow *self)
{
  g_return_val_if_fail (LIMBER_IS_EXERCISE_ROW (self), NULL);
  return self->name_row;
}

const char *
limber_exercise_row_get_name_problem (LimberExerciseRow *self)
{
  g_return_val_if_fail (LIMBER_IS_EXERCISE_ROW (self), NULL);
  return gtk_widget_get_visible (row_of (self->name_problem)) ?
    gtk_label_get_label (self->name_problem) : NULL;
}

AdwComboRow *
limber_exercise_row_get_mode_row (LimberExerciseRow *self)
{
  g_return_val_if_fail (LIMBER_IS_EXERCISE_ROW (self), NULL);
  return self->mode_row;
}

LimberDurationRow *
limber_exercise_row_get_duration_row (LimberExerciseRow *self)
{
  g_return_val_if_fail (LIMBER_IS_EXERCISE_ROW (self), NULL);
  return self->duration_row;
}

GtkSpinButton *
limber_exercise_row_get_reps_spin (LimberExerciseRow *self)
{
  g_return_val_if_fail (LIMBER_IS_EXERCISE_ROW (self), NULL);
  return self->reps_spin;
}

LimberDurationRow *
limber_exercise_row_get_rep_duration_row (LimberExerciseRow *self)
{
  g_return_val_if_fail (LIMBER_IS_EXERCISE_ROW (self), NULL);
  return self->rep_duration_row;
}

GtkSpinButton *
limber_exercise_row_get_sets_spin (LimberExerciseRow *self)
{
  g_return_val_if_fail (LIMBER_IS_EXERCISE_ROW (self), NULL);
  return self->sets_spin;
}

LimberDurationRow *
limber_exercise_row_get_rest_row (LimberExerciseRow *self)
{
  g_return_val_if_fail (LIMBER_IS_EXERCISE_ROW (self), NULL);
  return self->rest_row;
}

GtkSwitch *
limber_exercise_row_get_sides_switch (LimberExerciseRow *self)
{
  g_return_val_if_fail (LIMBER_IS_EXERCISE_ROW (self), NULL);
  return self->sides_switch;
}

LimberProgressionRow *
limber_exercise_row_get_progression_row (LimberExerciseRow *self)
{
  g_return_val_if_fail (LIMBER_IS_EXERCISE_ROW (self), NULL);
  return self->progression_row;
}

GtkButton *
limber_exercise_row_get_button (LimberExerciseRow *self,
                                const char        *name)
{
  g_return_val_if_fail (LIMBER_IS_EXERCISE_ROW (self), NULL);

  if (g_str_equal (name, "up"))
    return self->up_button;
  if (g_str_equal (name, "down"))
    return self->down_button;
  if (g_str_equal (name, "duplicate"))
    return self->duplicate_button;
  if (g_str_equal (name, "remove"))
    return self->remove_button;
  g_return_val_if_reached (NULL);
}
