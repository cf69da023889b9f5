/* limber-routine-editor.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "limber-object-private.h"
#include "limber-plan.h"
#include "limber-routine-editor-private.h"
#include "limber-routine-file.h"

struct _LimberRoutineEditor
{
  GObject parent_instance;

  LimberLibrary *library;
  LimberRoutine *routine;     /* the working copy */
  LimberRoutine *saved;       /* what was last saved (or the starting point) */
  GPtrArray *watched;         /* LimberExercise with our notify handler */
  GPtrArray *problems;        /* LimberProblem */
  GHashTable *problem_index;  /* path → message (borrowed from problems) */

  guint total_seconds;
  gboolean dirty;
  gboolean valid;
  gboolean is_new;
  gboolean updating;
};

G_DEFINE_FINAL_TYPE (LimberRoutineEditor, limber_routine_editor, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_LIBRARY,
  PROP_ROUTINE,
  PROP_DIRTY,
  PROP_VALID,
  PROP_IS_NEW,
  PROP_TOTAL_SECONDS,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void watch_routine (LimberRoutineEditor *self);
static void unwatch_routine (LimberRoutineEditor *self);

LimberExerciseMode
limber_exercise_get_mode (LimberExercise *exercise)
{
  g_return_val_if_fail (LIMBER_IS_EXERCISE (exercise), LIMBER_EXERCISE_MODE_TIMED);

  if (limber_exercise_get_reps (exercise) == 0)
    return LIMBER_EXERCISE_MODE_TIMED;
  if (limber_exercise_get_rep_duration (exercise) != 0)
    return LIMBER_EXERCISE_MODE_PACED;
  return LIMBER_EXERCISE_MODE_MANUAL;
}

static void
set_boolean (LimberRoutineEditor *self,
             gboolean            *field,
             gboolean             value,
             guint                prop)
{
  value = !!value;
  if (*field == value)
    return;
  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

/* Brings everything derived from the copy up to date. */
static void
update (LimberRoutineEditor *self)
{
  if (self->updating)
    return;
  self->updating = TRUE;

  /* A new routine's id follows its title until the first save. */
  if (self->is_new && self->library != NULL)
    {
      g_autofree char *id = limber_library_unique_id (self->library,
                                                      limber_routine_get_title (self->routine));

      if (g_strcmp0 (id, limber_routine_get_id (self->routine)) != 0)
        {
          limber_routine_set_id (self->routine, id);
          limber_routine_set_id (self->saved, id);
        }
    }

  g_clear_pointer (&self->problems, g_ptr_array_unref);
  g_hash_table_remove_all (self->problem_index);
  self->problems = limber_routine_validate (self->routine);
  for (guint i = 0; i < self->problems->len; i++)
    {
      LimberProblem *problem = g_ptr_array_index (self->problems, i);

      /* the first message for a field is the one shown */
      if (!g_hash_table_contains (self->problem_index, problem->path))
        g_hash_table_insert (self->problem_index, problem->path, problem->message);
    }

  limber_object_set_uint (G_OBJECT (self), &self->total_seconds,
                          limber_routine_get_total_seconds (self->routine),
                          properties[PROP_TOTAL_SECONDS]);
  set_boolean (self, &self->valid, self->problems->len == 0, PROP_VALID);
  set_boolean (self, &self->dirty, !limber_routine_equal (self->routine, self->saved), PROP_DIRTY);

  self->updating = FALSE;
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_copy_notify (GObject             *object,
                GParamSpec          *pspec,
                LimberRoutineEditor *self)
{
  update (self);
}

static void
rewatch_exercises (LimberRoutineEditor *self)
{
  GListModel *exercises = limber_routine_get_exercises (self->routine);
  guint n = g_list_model_get_n_items (exercises);

  for (guint i = 0; i < self->watched->len; i++)
    g_signal_handlers_disconnect_by_data (g_ptr_array_index (self->watched, i), self);
  g_ptr_array_set_size (self->watched, 0);

  for (guint i = 0; i < n; i++)
    {
      LimberExercise *exercise = g_list_model_get_item (exercises, i);

      g_signal_connect (exercise, "notify", G_CALLBACK (on_copy_notify), self);
      g_ptr_array_add (self->watched, exercise);
    }
}

static void
on_exercises_changed (GListModel          *model,
                      guint                position,
                      guint                removed,
                      guint                added,
                      LimberRoutineEditor *self)
{
  rewatch_exercises (self);
  update (self);
}

static void
watch_routine (LimberRoutineEditor *self)
{
  g_signal_connect (self->routine, "notify", G_CALLBACK (on_copy_notify), self);
  g_signal_connect (limber_routine_get_exercises (self->routine), "items-changed",
                    G_CALLBACK (on_exercises_changed), self);
  rewatch_exercises (self);
}

static void
unwatch_routine (LimberRoutineEditor *self)
{
  if (self->routine == NULL)
    return;
  for (guint i = 0; i < self->watched->len; i++)
    g_signal_handlers_disconnect_by_data (g_ptr_array_index (self->watched, i), self);
  g_ptr_array_set_size (self->watched, 0);
  g_signal_handlers_disconnect_by_data (limber_routine_get_exercises (self->routine), self);
  g_signal_handlers_disconnect_by_data (self->routine, self);
}

static LimberExercise *
new_exercise (void)
{
  LimberExercise *exercise = limber_exercise_new ();

  limber_exercise_set_duration (exercise, LIMBER_EDITOR_DEFAULT_DURATION);
  return exercise;
}

/* Starts editing a copy of @source (NULL: a new routine). */
static void
set_source (LimberRoutineEditor *self,
            LimberRoutine       *source)
{
  unwatch_routine (self);
  g_clear_object (&self->routine);
  g_clear_object (&self->saved);

  if (source != NULL)
    self->routine = limber_routine_copy (source);
  else
    {
      g_autoptr(LimberExercise) exercise = new_exercise ();

      self->routine = limber_routine_new ();
      limber_routine_set_id (self->routine, "routine");
      limber_routine_append_exercise (self->routine, exercise);
      self->is_new = TRUE;
    }
  self->saved = limber_routine_copy (self->routine);
  watch_routine (self);
}

static void
limber_routine_editor_constructed (GObject *object)
{
  LimberRoutineEditor *self = LIMBER_ROUTINE_EDITOR (object);

  G_OBJECT_CLASS (limber_routine_editor_parent_class)->constructed (object);

  if (self->routine == NULL)
    set_source (self, NULL);
  update (self);
}

static void
limber_routine_editor_dispose (GObject *object)
{
  LimberRoutineEditor *self = LIMBER_ROUTINE_EDITOR (object);

  unwatch_routine (self);
  g_clear_object (&self->routine);
  g_clear_object (&self->saved);
  g_clear_object (&self->library);

  G_OBJECT_CLASS (limber_routine_editor_parent_class)->dispose (object);
}

static void
limber_routine_editor_finalize (GObject *object)
{
  LimberRoutineEditor *self = LIMBER_ROUTINE_EDITOR (object);

  g_clear_pointer (&self->watched, g_ptr_array_unref);
  g_clear_pointer (&self->problem_index, g_hash_table_unref);
  g_clear_pointer (&self->problems, g_ptr_array_unref);

  G_OBJECT_CLASS (limber_routine_editor_parent_class)->finalize (object);
}

static void
limber_routine_editor_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  LimberRoutineEditor *self = LIMBER_ROUTINE_EDITOR (object);

  switch (prop_id)
    {
    case PROP_LIBRARY: g_value_set_object (value, self->library); break;
    case PROP_ROUTINE: g_value_set_object (value, self->routine); break;
    case PROP_DIRTY: g_value_set_boolean (value, self->dirty); break;
    case PROP_VALID: g_value_set_boolean (value, self->valid); break;
    case PROP_IS_NEW: g_value_set_boolean (value, self->is_new); break;
    case PROP_TOTAL_SECONDS: g_value_set_uint (value, self->total_seconds); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_routine_editor_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  LimberRoutineEditor *self = LIMBER_ROUTINE_EDITOR (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      self->library = g_value_dup_object (value);
      break;
    case PROP_ROUTINE:
      if (g_value_get_object (value) != NULL)
        set_source (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

#define RO (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
limber_routine_editor_class_init (LimberRoutineEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = limber_routine_editor_constructed;
  object_class->dispose = limber_routine_editor_dispose;
  object_class->finalize = limber_routine_editor_finalize;
  object_class->get_property = limber_routine_editor_get_property;
  object_class->set_property = limber_routine_editor_set_property;

  properties[PROP_LIBRARY] =
    g_param_spec_object ("library", NULL, NULL, LIMBER_TYPE_LIBRARY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* Written once at construction: the routine to copy. Read: the copy. */
  properties[PROP_ROUTINE] =
    g_param_spec_object ("routine", NULL, NULL, LIMBER_TYPE_ROUTINE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DIRTY] = g_param_spec_boolean ("dirty", NULL, NULL, FALSE, RO);
  properties[PROP_VALID] = g_param_spec_boolean ("valid", NULL, NULL, FALSE, RO);
  properties[PROP_IS_NEW] = g_param_spec_boolean ("is-new", NULL, NULL, FALSE, RO);
  properties[PROP_TOTAL_SECONDS] =
    g_param_spec_uint ("total-seconds", NULL, NULL, 0, G_MAXUINT, 0, RO);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* After any change of the copy, once everything derived is up to date. */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
limber_routine_editor_init (LimberRoutineEditor *self)
{
  self->watched = g_ptr_array_new_with_free_func (g_object_unref);
  self->problem_index = g_hash_table_new (g_str_hash, g_str_equal);
}

LimberRoutineEditor *
limber_routine_editor_new (LimberLibrary *library,
                           LimberRoutine *routine)
{
  g_return_val_if_fail (library == NULL || LIMBER_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (routine == NULL || LIMBER_IS_ROUTINE (routine), NULL);

  return g_object_new (LIMBER_TYPE_ROUTINE_EDITOR, "library", library, "routine", routine, NULL);
}

#define GETTER(RetType, field, fail) \
  LIMBER_DEFINE_GETTER (LimberRoutineEditor, limber_routine_editor, LIMBER_IS_ROUTINE_EDITOR, RetType, field, fail)

GETTER (LimberRoutine *, routine, NULL)
GETTER (gboolean, dirty, FALSE)
GETTER (gboolean, valid, FALSE)
GETTER (gboolean, is_new, FALSE)
GETTER (guint, total_seconds, 0)

const char *
limber_routine_editor_get_problem (LimberRoutineEditor *self,
                                   const char          *path)
{
  g_return_val_if_fail (LIMBER_IS_ROUTINE_EDITOR (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  return g_hash_table_lookup (self->problem_index, path);
}

GETTER (GPtrArray *, problems, NULL)

static GListStore *
exercise_store (LimberRoutineEditor *self)
{
  return G_LIST_STORE (limber_routine_get_exercises (self->routine));
}

LimberExercise *
limber_routine_editor_add_exercise (LimberRoutineEditor *self,
                                    guint                position)
{
  g_autoptr(LimberExercise) exercise = NULL;

  g_return_val_if_fail (LIMBER_IS_ROUTINE_EDITOR (self), NULL);
  g_return_val_if_fail (position <= limber_routine_get_n_exercises (self->routine), NULL);

  exercise = new_exercise ();
  g_list_store_insert (exercise_store (self), position, exercise);
  return exercise;
}

void
limber_routine_editor_remove_exercise (LimberRoutineEditor *self,
                                       guint                position)
{
  g_return_if_fail (LIMBER_IS_ROUTINE_EDITOR (self));
  g_return_if_fail (position < limber_routine_get_n_exercises (self->routine));

  g_list_store_remove (exercise_store (self), position);
}

LimberExercise *
limber_routine_editor_duplicate_exercise (LimberRoutineEditor *self,
                                          guint                position)
{
  g_autoptr(LimberExercise) copy = NULL;

  g_return_val_if_fail (LIMBER_IS_ROUTINE_EDITOR (self), NULL);
  g_return_val_if_fail (position < limber_routine_get_n_exercises (self->routine), NULL);

  copy = limber_exercise_copy (limber_routine_get_exercise (self->routine, position));
  g_list_store_insert (exercise_store (self), position + 1, copy);
  return copy;
}

void
limber_routine_editor_move_exercise (LimberRoutineEditor *self,
                                     guint                from,
                                     guint                to)
{
  guint n;
  g_autoptr(LimberExercise) exercise = NULL;

  g_return_if_fail (LIMBER_IS_ROUTINE_EDITOR (self));
  n = limber_routine_get_n_exercises (self->routine);
  g_return_if_fail (from < n && to < n);

  if (from == to)
    return;

  exercise = g_object_ref (limber_routine_get_exercise (self->routine, from));
  /* One splice-free pair of changes; update() runs after each, and the
   * intermediate state (one exercise fewer) is never saved. */
  self->updating = TRUE;
  g_list_store_remove (exercise_store (self), from);
  self->updating = FALSE;
  g_list_store_insert (exercise_store (self), to, exercise);
}

gboolean
limber_routine_editor_move_up (LimberRoutineEditor *self,
                               guint                position)
{
  g_return_val_if_fail (LIMBER_IS_ROUTINE_EDITOR (self), FALSE);

  if (position == 0 || position >= limber_routine_get_n_exercises (self->routine))
    return FALSE;
  limber_routine_editor_move_exercise (self, position, position - 1);
  return TRUE;
}

gboolean
limber_routine_editor_move_down (LimberRoutineEditor *self,
                                 guint                position)
{
  g_return_val_if_fail (LIMBER_IS_ROUTINE_EDITOR (self), FALSE);

  if (position + 1 >= limber_routine_get_n_exercises (self->routine))
    return FALSE;
  limber_routine_editor_move_exercise (self, position, position + 1);
  return TRUE;
}

/* Several changes to the copy, announced once. */
static void
begin_changes (LimberRoutineEditor *self)
{
  self->updating = TRUE;
}

static void
end_changes (LimberRoutineEditor *self)
{
  self->updating = FALSE;
  update (self);
}

void
limber_routine_editor_set_exercise_mode (LimberRoutineEditor *self,
                                         guint                position,
                                         LimberExerciseMode   mode)
{
  LimberExercise *exercise;

  g_return_if_fail (LIMBER_IS_ROUTINE_EDITOR (self));
  g_return_if_fail (position < limber_routine_get_n_exercises (self->routine));

  exercise = limber_routine_get_exercise (self->routine, position);
  begin_changes (self);
  /* A progression counts seconds or reps: it does not survive a change
   * between the two (paced and manual both count reps). */
  if ((mode == LIMBER_EXERCISE_MODE_TIMED) != limber_exercise_is_timed (exercise))
    limber_exercise_clear_progression (exercise);
  switch (mode)
    {
    case LIMBER_EXERCISE_MODE_TIMED:
      limber_exercise_set_reps (exercise, 0);
      limber_exercise_set_rep_duration (exercise, 0);
      if (limber_exercise_get_duration (exercise) == 0)
        limber_exercise_set_duration (exercise, LIMBER_EDITOR_DEFAULT_DURATION);
      break;
    case LIMBER_EXERCISE_MODE_PACED:
      limber_exercise_set_duration (exercise, 0);
      if (limber_exercise_get_reps (exercise) == 0)
        limber_exercise_set_reps (exercise, LIMBER_EDITOR_DEFAULT_REPS);
      if (limber_exercise_get_rep_duration (exercise) == 0)
        limber_exercise_set_rep_duration (exercise, LIMBER_EDITOR_DEFAULT_REP_DURATION);
      break;
    case LIMBER_EXERCISE_MODE_MANUAL:
      limber_exercise_set_duration (exercise, 0);
      limber_exercise_set_rep_duration (exercise, 0);
      if (limber_exercise_get_reps (exercise) == 0)
        limber_exercise_set_reps (exercise, LIMBER_EDITOR_DEFAULT_REPS);
      break;
    default:
      g_critical ("Unknown exercise mode %d", mode);
    }
  end_changes (self);
}

void
limber_routine_editor_clear_exercise_progression (LimberRoutineEditor *self,
                                                  guint                position)
{
  g_return_if_fail (LIMBER_IS_ROUTINE_EDITOR (self));
  g_return_if_fail (position < limber_routine_get_n_exercises (self->routine));

  begin_changes (self);
  limber_exercise_clear_progression (limber_routine_get_exercise (self->routine, position));
  end_changes (self);
}

void
limber_routine_editor_set_exercise_sides (LimberRoutineEditor *self,
                                          guint                position,
                                          LimberSides          sides)
{
  LimberExercise *exercise;

  g_return_if_fail (LIMBER_IS_ROUTINE_EDITOR (self));
  g_return_if_fail (position < limber_routine_get_n_exercises (self->routine));

  exercise = limber_routine_get_exercise (self->routine, position);
  begin_changes (self);
  limber_exercise_set_sides (exercise, sides);
  if (sides == LIMBER_SIDES_NONE)
    limber_exercise_set_switch_time (exercise, LIMBER_EXERCISE_DEFAULT_SWITCH_TIME);
  end_changes (self);
}

void
limber_routine_editor_set_tags_text (LimberRoutineEditor *self,
                                     const char          *text)
{
  g_auto(GStrv) parts = NULL;
  g_autoptr(GPtrArray) tags = g_ptr_array_new_with_free_func (g_free);

  g_return_if_fail (LIMBER_IS_ROUTINE_EDITOR (self));
  g_return_if_fail (text != NULL);

  parts = g_strsplit (text, ",", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *tag = g_strstrip (parts[i]);

      if (tag[0] != '\0')
        g_ptr_array_add (tags, g_strdup (tag));
    }
  g_ptr_array_add (tags, NULL);
  limber_routine_set_tags (self->routine, (const char * const *) tags->pdata);
}

char *
limber_routine_editor_get_tags_text (LimberRoutineEditor *self)
{
  g_return_val_if_fail (LIMBER_IS_ROUTINE_EDITOR (self), NULL);

  return g_strjoinv (", ", (char **) limber_routine_get_tags (self->routine));
}

/* The routine @saved (what the library wrote) is now the clean state. */
static void
mark_saved (LimberRoutineEditor *self,
            LimberRoutine       *saved)
{
  begin_changes (self);
  g_set_object (&self->saved, saved);
  limber_routine_set_origin (self->routine, LIMBER_ROUTINE_ORIGIN_USER);
  limber_routine_set_path (self->routine, limber_routine_get_path (saved));
  set_boolean (self, &self->is_new, FALSE, PROP_IS_NEW);
  end_changes (self);
}

static gboolean
check_can_save (LimberRoutineEditor  *self,
                GError              **error)
{
  if (self->library == NULL)
    {
      g_set_error_literal (error, LIMBER_ROUTINE_ERROR, LIMBER_ROUTINE_ERROR_IO,
                           _("This routine has no library to be saved in"));
      return FALSE;
    }
  return TRUE;
}

gboolean
limber_routine_editor_save (LimberRoutineEditor  *self,
                            GCancellable         *cancellable,
                            GError              **error)
{
  g_autoptr(LimberRoutine) saved = NULL;

  g_return_val_if_fail (LIMBER_IS_ROUTINE_EDITOR (self), FALSE);

  if (!check_can_save (self, error))
    return FALSE;
  saved = limber_library_save (self->library, self->routine, cancellable, error);
  if (saved == NULL)
    return FALSE;
  mark_saved (self, saved);
  return TRUE;
}

static void
save_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  LimberRoutineEditor *self = g_task_get_source_object (task);
  g_autoptr(LimberRoutine) saved = NULL;
  GError *error = NULL;

  saved = limber_library_save_finish (LIMBER_LIBRARY (source), result, &error);
  if (saved == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  /* Changes made while the file was written keep the editor dirty. */
  mark_saved (self, saved);
  g_task_return_boolean (task, TRUE);
}

void
limber_routine_editor_save_async (LimberRoutineEditor *self,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  GError *error = NULL;

  g_return_if_fail (LIMBER_IS_ROUTINE_EDITOR (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, limber_routine_editor_save_async);
  if (!check_can_save (self, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  limber_library_save_async (self->library, self->routine, cancellable, save_cb,
                             g_steal_pointer (&task));
}

gboolean
limber_routine_editor_save_finish (LimberRoutineEditor  *self,
                                   GAsyncResult         *result,
                                   GError              **error)
{
  g_return_val_if_fail (LIMBER_IS_ROUTINE_EDITOR (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

void
limber_routine_editor_revert (LimberRoutineEditor *self)
{
  g_autoptr(LimberRoutine) saved = NULL;
  gboolean is_new;

  g_return_if_fail (LIMBER_IS_ROUTINE_EDITOR (self));

  saved = g_object_ref (self->saved);
  is_new = self->is_new;
  set_source (self, saved);
  self->is_new = is_new;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROUTINE]);
  update (self);
}
