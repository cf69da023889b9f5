/* limber-library.c: the model, loading and watching
 *
 * Saving, deleting, importing and exporting are in limber-library-edits.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-library"

#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "limber-file-problem.h"
#include "limber-library-private.h"
#include "limber-routine-file.h"

#define BUNDLED_PREFIX RESOURCE_BASE "/routines/"

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LimberLibrary, limber_library, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_USER_DIR,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* What one load found; made in a worker thread, applied in the main one. */
typedef struct
{
  GPtrArray *routines;  /* sorted */
  GHashTable *bundled;
  GPtrArray *problems;  /* LimberFileProblem */
} LoadResult;

static void
load_result_free (LoadResult *result)
{
  g_clear_pointer (&result->routines, g_ptr_array_unref);
  g_clear_pointer (&result->bundled, g_hash_table_unref);
  g_clear_pointer (&result->problems, g_ptr_array_unref);
  g_free (result);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LoadResult, load_result_free)

static GType
limber_library_get_item_type (GListModel *model)
{
  return LIMBER_TYPE_ROUTINE;
}

static guint
limber_library_get_n_items (GListModel *model)
{
  return LIMBER_LIBRARY (model)->routines->len;
}

static gpointer
limber_library_get_item (GListModel *model,
                         guint       position)
{
  LimberLibrary *self = LIMBER_LIBRARY (model);

  if (position >= self->routines->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->routines, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = limber_library_get_item_type;
  iface->get_n_items = limber_library_get_n_items;
  iface->get_item = limber_library_get_item;
}

static void
limber_library_dispose (GObject *object)
{
  LimberLibrary *self = (LimberLibrary *) object;

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->reload_source, g_source_remove);
  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->monitor, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->pending, g_hash_table_unref);
  g_clear_object (&self->user_dir);
  g_clear_object (&self->problems);
  g_clear_pointer (&self->bundled, g_hash_table_unref);
  if (self->routines != NULL)
    g_ptr_array_set_size (self->routines, 0);

  G_OBJECT_CLASS (limber_library_parent_class)->dispose (object);
}

static void
limber_library_finalize (GObject *object)
{
  LimberLibrary *self = (LimberLibrary *) object;

  g_clear_pointer (&self->routines, g_ptr_array_unref);

  G_OBJECT_CLASS (limber_library_parent_class)->finalize (object);
}

static void
limber_library_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  LimberLibrary *self = LIMBER_LIBRARY (object);

  switch (prop_id)
    {
    case PROP_USER_DIR:
      g_value_set_object (value, self->user_dir);
      break;
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->routines->len);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_library_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  LimberLibrary *self = LIMBER_LIBRARY (object);

  switch (prop_id)
    {
    case PROP_USER_DIR:
      self->user_dir = g_value_dup_object (value);
      if (self->user_dir == NULL)
        self->user_dir = limber_library_default_dir ();
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_library_class_init (LimberLibraryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = limber_library_dispose;
  object_class->finalize = limber_library_finalize;
  object_class->get_property = limber_library_get_property;
  object_class->set_property = limber_library_set_property;

  properties[PROP_USER_DIR] =
    g_param_spec_object ("user-dir", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
limber_library_init (LimberLibrary *self)
{
  self->routines = g_ptr_array_new_with_free_func (g_object_unref);
  self->bundled = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  self->problems = g_list_store_new (LIMBER_TYPE_FILE_PROBLEM);
  self->pending = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                         limber_library_pending_delete_free);
  self->cancellable = g_cancellable_new ();
}

LimberLibrary *
limber_library_new (GFile *user_dir)
{
  g_return_val_if_fail (user_dir == NULL || G_IS_FILE (user_dir), NULL);

  return g_object_new (LIMBER_TYPE_LIBRARY, "user-dir", user_dir, NULL);
}

GFile *
limber_library_default_dir (void)
{
  return g_file_new_build_filename (g_get_user_data_dir (), "limber", "routines", NULL);
}

GFile *
limber_library_get_user_dir (LimberLibrary *self)
{
  g_return_val_if_fail (LIMBER_IS_LIBRARY (self), NULL);
  return self->user_dir;
}

GListModel *
limber_library_get_problems (LimberLibrary *self)
{
  g_return_val_if_fail (LIMBER_IS_LIBRARY (self), NULL);
  return G_LIST_MODEL (self->problems);
}

/* Bundled texts are written in English and translated through gettext
 * (data/routines/routine-strings.c lists them for xgettext). */
static void
translate_bundled (LimberRoutine *routine)
{
  guint n = limber_routine_get_n_exercises (routine);

#define TR(s) (*(s) ? g_dgettext (GETTEXT_PACKAGE, (s)) : (s))
  limber_routine_set_title (routine, TR (limber_routine_get_title (routine)));
  limber_routine_set_description (routine, TR (limber_routine_get_description (routine)));

  for (guint i = 0; i < n; i++)
    {
      LimberExercise *exercise = limber_routine_get_exercise (routine, i);

      limber_exercise_set_name (exercise, TR (limber_exercise_get_name (exercise)));
      limber_exercise_set_instructions (exercise, TR (limber_exercise_get_instructions (exercise)));
      limber_exercise_set_caution (exercise, TR (limber_exercise_get_caution (exercise)));
    }
#undef TR
}

static void
load_bundled (LoadResult *result)
{
  g_auto(GStrv) names = NULL;

  names = g_resources_enumerate_children (BUNDLED_PREFIX, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  if (names == NULL)
    return;

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *path = g_strconcat (BUNDLED_PREFIX, names[i], NULL);
      g_autofree char *uri = g_strconcat ("resource://", path, NULL);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(LimberRoutine) routine = NULL;
      g_autoptr(GError) error = NULL;

      if (!g_str_has_suffix (names[i], ".json"))
        continue;

      bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
      if (bytes != NULL)
        routine = limber_routine_load_bytes (bytes, names[i], &error);

      if (routine == NULL)
        {
          /* A bundled routine that does not load is a bug the data tests catch;
           * show it like any other bad file rather than hide it. */
          g_ptr_array_add (result->problems, limber_file_problem_new (uri, error->message));
          continue;
        }

      limber_routine_set_origin (routine, LIMBER_ROUTINE_ORIGIN_BUNDLED);
      limber_routine_set_path (routine, uri);
      translate_bundled (routine);
      g_hash_table_replace (result->bundled, (gpointer) limber_routine_get_id (routine),
                            g_object_ref (routine));
    }
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static gboolean
load_user (LoadResult    *result,
           GFile         *dir,
           GHashTable    *by_id,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autoptr(GFileEnumerator) enumerator = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) local_error = NULL;
  GHashTable *user_ids;
  GFileInfo *info;

  enumerator = g_file_enumerate_children (dir,
                                          G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                          G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                                          G_FILE_ATTRIBUTE_STANDARD_IS_HIDDEN,
                                          G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    return TRUE;  /* no routines of one's own yet */

  while (enumerator != NULL &&
         g_file_enumerator_iterate (enumerator, &info, NULL, cancellable, &local_error) && info != NULL)
    {
      const char *name = g_file_info_get_name (info);

      if (g_file_info_get_is_hidden (info) ||
          g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY ||
          !g_str_has_suffix (name, ".json"))
        continue;

      g_ptr_array_add (names, g_strdup (name));
    }
  if (local_error != NULL)
    {
      g_set_error (error, G_IO_ERROR, local_error->code,
                   _("Cannot read the routines folder %s: %s"),
                   g_file_peek_path (dir), local_error->message);
      return FALSE;
    }

  /* A stable order, so that which of two files with the same id wins does not
   * depend on the file system. */
  g_ptr_array_sort (names, compare_names);

  user_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      g_autoptr(GFile) file = g_file_get_child (dir, name);
      g_autoptr(GError) load_error = NULL;
      g_autoptr(LimberRoutine) routine = NULL;
      const char *id, *other;

      routine = limber_routine_load_file (file, NULL, cancellable, &load_error);
      if (routine == NULL)
        {
          g_ptr_array_add (result->problems,
                           limber_file_problem_new (g_file_peek_path (file), load_error->message));
          continue;
        }

      id = limber_routine_get_id (routine);
      other = g_hash_table_lookup (user_ids, id);
      if (other != NULL)
        {
          /* Two files claim one id. The file named <id>.json (the name the
           * app saves under) wins; otherwise the first by name. The loser is
           * listed as a problem and left alone. */
          g_autofree char *canonical = g_strconcat (id, ".json", NULL);
          const char *loser = name, *winner = other;
          g_autofree char *message = NULL;
          g_autoptr(GFile) loser_file = NULL;

          if (g_str_equal (name, canonical))
            {
              loser = other;
              winner = name;
            }

          message = g_strdup_printf (_("%s: id: \"%s\" is already used by %s"), loser, id, winner);
          loser_file = g_file_get_child (dir, loser);
          g_ptr_array_add (result->problems,
                           limber_file_problem_new (g_file_peek_path (loser_file), message));
          if (loser == name)
            continue;
        }

      g_hash_table_insert (user_ids, g_strdup (id), g_strdup (name));
      limber_routine_set_origin (routine, LIMBER_ROUTINE_ORIGIN_USER);
      g_hash_table_replace (by_id, (gpointer) limber_routine_get_id (routine), g_object_ref (routine));
    }

  g_hash_table_unref (user_ids);
  return TRUE;
}

static int
compare_routines (gconstpointer a,
                  gconstpointer b)
{
  LimberRoutine *ra = *(LimberRoutine * const *) a;
  LimberRoutine *rb = *(LimberRoutine * const *) b;
  g_autofree char *ka = g_utf8_collate_key (limber_routine_get_title (ra), -1);
  g_autofree char *kb = g_utf8_collate_key (limber_routine_get_title (rb), -1);
  int cmp = strcmp (ka, kb);

  return cmp != 0 ? cmp : strcmp (limber_routine_get_id (ra), limber_routine_get_id (rb));
}

static LoadResult *
load_all (GFile         *user_dir,
          GCancellable  *cancellable,
          GError       **error)
{
  g_autoptr(LoadResult) result = g_new0 (LoadResult, 1);
  g_autoptr(GHashTable) by_id = NULL;
  GHashTableIter iter;
  gpointer value;

  result->routines = g_ptr_array_new_with_free_func (g_object_unref);
  result->bundled = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  result->problems = g_ptr_array_new_with_free_func (g_object_unref);

  load_bundled (result);

  by_id = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  g_hash_table_iter_init (&iter, result->bundled);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_hash_table_insert (by_id, (gpointer) limber_routine_get_id (value), g_object_ref (value));

  if (!load_user (result, user_dir, by_id, cancellable, error))
    return NULL;

  g_hash_table_iter_init (&iter, by_id);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_add (result->routines, g_object_ref (value));
  g_ptr_array_sort (result->routines, compare_routines);

  return g_steal_pointer (&result);
}

/* The same routine, from the same place: the object can stay. */
static gboolean
same_routine (LimberRoutine *a,
              LimberRoutine *b)
{
  return a != NULL && b != NULL &&
         limber_routine_get_origin (a) == limber_routine_get_origin (b) &&
         g_strcmp0 (limber_routine_get_path (a), limber_routine_get_path (b)) == 0 &&
         limber_routine_equal (a, b);
}

static gboolean
same_problems (GListModel *old,
               GPtrArray  *new)
{
  if (g_list_model_get_n_items (old) != new->len)
    return FALSE;

  for (guint i = 0; i < new->len; i++)
    {
      g_autoptr(LimberFileProblem) a = g_list_model_get_item (old, i);
      LimberFileProblem *b = g_ptr_array_index (new, i);

      if (g_strcmp0 (limber_file_problem_get_path (a), limber_file_problem_get_path (b)) != 0 ||
          g_strcmp0 (limber_file_problem_get_message (a), limber_file_problem_get_message (b)) != 0)
        return FALSE;
    }
  return TRUE;
}

/* Applies a load. Routines that did not change keep their objects, and only
 * the range that changed is announced, so that a reload that finds nothing
 * new (the library's own writes, seen by the monitor) emits nothing. */
static void
apply_result (LimberLibrary *self,
              LoadResult    *result)
{
  g_autoptr(GPtrArray) old = g_steal_pointer (&self->routines);
  GPtrArray *new = result->routines;
  GHashTable *bundled;
  GHashTableIter iter;
  gpointer key, value;
  guint prefix = 0, suffix = 0;

  /* keep the objects of unchanged bundled routines (the keys are the
   * routines' own ids, so the table is built again) */
  bundled = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  g_hash_table_iter_init (&iter, result->bundled);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      LimberRoutine *before = self->bundled ? g_hash_table_lookup (self->bundled, key) : NULL;
      LimberRoutine *chosen = same_routine (before, value) ? before : value;

      g_hash_table_insert (bundled, (gpointer) limber_routine_get_id (chosen), g_object_ref (chosen));
    }
  g_hash_table_unref (result->bundled);
  result->bundled = bundled;
  for (guint i = 0; i < new->len; i++)
    {
      LimberRoutine *routine = g_ptr_array_index (new, i);
      LimberRoutine *keep = NULL;

      if (limber_routine_get_origin (routine) == LIMBER_ROUTINE_ORIGIN_BUNDLED)
        keep = g_hash_table_lookup (result->bundled, limber_routine_get_id (routine));
      else
        for (guint j = 0; j < old->len && keep == NULL; j++)
          if (same_routine (g_ptr_array_index (old, j), routine))
            keep = g_ptr_array_index (old, j);

      if (keep != NULL && keep != routine)
        {
          g_object_unref (routine);
          new->pdata[i] = g_object_ref (keep);
        }
    }

  g_clear_pointer (&self->bundled, g_hash_table_unref);
  self->bundled = g_steal_pointer (&result->bundled);
  self->routines = g_steal_pointer (&result->routines);

  if (!same_problems (G_LIST_MODEL (self->problems), result->problems))
    g_list_store_splice (self->problems, 0, g_list_model_get_n_items (G_LIST_MODEL (self->problems)),
                         result->problems->pdata, result->problems->len);

  while (prefix < old->len && prefix < new->len &&
         g_ptr_array_index (old, prefix) == g_ptr_array_index (new, prefix))
    prefix++;
  while (suffix < old->len - prefix && suffix < new->len - prefix &&
         g_ptr_array_index (old, old->len - 1 - suffix) == g_ptr_array_index (new, new->len - 1 - suffix))
    suffix++;

  if (prefix + suffix < old->len || prefix + suffix < new->len)
    g_list_model_items_changed (G_LIST_MODEL (self), prefix,
                                old->len - prefix - suffix, new->len - prefix - suffix);
  if (old->len != new->len)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

gboolean
limber_library_load (LimberLibrary  *self,
                     GCancellable   *cancellable,
                     GError        **error)
{
  g_autoptr(LoadResult) result = NULL;

  g_return_val_if_fail (LIMBER_IS_LIBRARY (self), FALSE);

  result = load_all (self->user_dir, cancellable, error);
  if (result == NULL)
    return FALSE;

  apply_result (self, result);
  return TRUE;
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GFile *user_dir = task_data;
  GError *error = NULL;
  LoadResult *result;

  result = load_all (user_dir, cancellable, &error);
  if (result == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, result, (GDestroyNotify) load_result_free);
}

void
limber_library_load_async (LimberLibrary       *self,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (LIMBER_IS_LIBRARY (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, limber_library_load_async);
  g_task_set_task_data (task, g_object_ref (self->user_dir), g_object_unref);
  g_task_run_in_thread (task, load_thread);
}

gboolean
limber_library_load_finish (LimberLibrary  *self,
                            GAsyncResult   *result,
                            GError        **error)
{
  g_autoptr(LoadResult) load_result = NULL;

  g_return_val_if_fail (LIMBER_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  load_result = g_task_propagate_pointer (G_TASK (result), error);
  if (load_result == NULL)
    return FALSE;

  apply_result (self, load_result);
  return TRUE;
}

static gboolean
find_position (LimberLibrary *self,
               const char    *id,
               guint         *position)
{
  for (guint i = 0; i < self->routines->len; i++)
    if (g_strcmp0 (limber_routine_get_id (g_ptr_array_index (self->routines, i)), id) == 0)
      {
        *position = i;
        return TRUE;
      }
  return FALSE;
}

LimberRoutine *
limber_library_lookup (LimberLibrary *self,
                       const char    *id)
{
  guint position;

  g_return_val_if_fail (LIMBER_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return find_position (self, id, &position) ? g_ptr_array_index (self->routines, position) : NULL;
}

LimberRoutine *
limber_library_lookup_bundled (LimberLibrary *self,
                               const char    *id)
{
  g_return_val_if_fail (LIMBER_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->bundled, id);
}

/* Changing the model (for limber-library-edits.c) ------------------------ */

static guint
sorted_position (LimberLibrary *self,
                 LimberRoutine *routine)
{
  guint lo = 0, hi = self->routines->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (compare_routines (&self->routines->pdata[mid], &routine) < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

void
limber_library_put_routine (LimberLibrary *self,
                            LimberRoutine *routine)
{
  guint old_len = self->routines->len;
  guint old_pos, new_pos;
  gboolean had = find_position (self, limber_routine_get_id (routine), &old_pos);

  if (had)
    {
      if (g_ptr_array_index (self->routines, old_pos) == routine)
        return;
      g_ptr_array_remove_index (self->routines, old_pos);
    }

  new_pos = sorted_position (self, routine);
  g_ptr_array_insert (self->routines, new_pos, g_object_ref (routine));

  if (had && old_pos == new_pos)
    g_list_model_items_changed (G_LIST_MODEL (self), new_pos, 1, 1);
  else
    {
      if (had)
        g_list_model_items_changed (G_LIST_MODEL (self), old_pos, 1, 0);
      g_list_model_items_changed (G_LIST_MODEL (self), new_pos, 0, 1);
    }
  if (old_len != self->routines->len)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

void
limber_library_take_out_routine (LimberLibrary *self,
                                 const char    *id)
{
  LimberRoutine *bundled = g_hash_table_lookup (self->bundled, id);
  guint pos;

  if (bundled != NULL)
    {
      limber_library_put_routine (self, bundled);
      return;
    }
  if (!find_position (self, id, &pos))
    return;
  g_ptr_array_remove_index (self->routines, pos);
  g_list_model_items_changed (G_LIST_MODEL (self), pos, 1, 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

gboolean
limber_library_ensure_user_dir (GFile   *dir,
                                GError **error)
{
  g_autofree char *path = g_file_get_path (dir);
  int saved_errno;

  if (path == NULL)
    {
      g_set_error_literal (error, LIMBER_ROUTINE_ERROR, LIMBER_ROUTINE_ERROR_IO,
                           _("The routines folder must be a local folder"));
      return FALSE;
    }
  if (g_mkdir_with_parents (path, 0700) == 0)
    return TRUE;

  saved_errno = errno;
  g_set_error (error, LIMBER_ROUTINE_ERROR, LIMBER_ROUTINE_ERROR_IO,
               _("Cannot create the routines folder %s: %s"), path, g_strerror (saved_errno));
  return FALSE;
}

/* Watching the folder ------------------------------------------------------ */

#define RELOAD_DELAY_MS 200
#define RELOAD_MAX_WAIT_US (2 * G_USEC_PER_SEC)

static void start_reload (LimberLibrary *self);

static void
reload_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  LimberLibrary *self = LIMBER_LIBRARY (source);
  guint64 serial = GPOINTER_TO_SIZE (user_data);
  g_autoptr(LoadResult) load_result = NULL;
  g_autoptr(GError) error = NULL;

  self->reload_running = FALSE;
  load_result = g_task_propagate_pointer (G_TASK (result), &error);
  if (load_result == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Cannot reload the routines: %s", error->message);
      return;
    }

  if (serial != self->write_serial || self->reload_again)
    {
      /* the library wrote something meanwhile; look again */
      self->reload_again = FALSE;
      start_reload (self);
      return;
    }

  g_debug ("Reloaded the routines folder after a change");
  apply_result (self, load_result);
}

static void
start_reload (LimberLibrary *self)
{
  g_autoptr(GTask) task = NULL;

  if (self->reload_running)
    {
      self->reload_again = TRUE;
      return;
    }

  self->reload_running = TRUE;
  task = g_task_new (self, self->cancellable, reload_done_cb,
                     GSIZE_TO_POINTER ((gsize) self->write_serial));
  g_task_set_source_tag (task, start_reload);
  g_task_set_task_data (task, g_object_ref (self->user_dir), g_object_unref);
  g_task_run_in_thread (task, load_thread);
}

static gboolean
reload_timeout_cb (gpointer user_data)
{
  LimberLibrary *self = user_data;

  self->reload_source = 0;
  start_reload (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_reload (LimberLibrary *self)
{
  gint64 now = g_get_monotonic_time ();

  /* Wait for a quiet moment, but not for ever in a long burst. */
  if (self->reload_source != 0)
    {
      if (now - self->reload_first_request > RELOAD_MAX_WAIT_US)
        return;
      g_source_remove (self->reload_source);
    }
  else
    self->reload_first_request = now;

  self->reload_source = g_timeout_add (RELOAD_DELAY_MS, reload_timeout_cb, self);
}

static gboolean
is_routine_file (LimberLibrary *self,
                 GFile         *file)
{
  g_autofree char *name = NULL;

  if (file == NULL)
    return FALSE;
  if (g_file_equal (file, self->user_dir))
    return TRUE;
  name = g_file_get_basename (file);
  return name[0] != '.' && g_str_has_suffix (name, ".json");
}

static void
on_monitor_changed (GFileMonitor      *monitor,
                    GFile             *file,
                    GFile             *other_file,
                    GFileMonitorEvent  event,
                    LimberLibrary     *self)
{
  if (event == G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED ||
      event == G_FILE_MONITOR_EVENT_PRE_UNMOUNT)
    return;
  if (!is_routine_file (self, file) && !is_routine_file (self, other_file))
    return;

  schedule_reload (self);
}

gboolean
limber_library_watch (LimberLibrary  *self,
                      GError        **error)
{
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (LIMBER_IS_LIBRARY (self), FALSE);

  if (self->monitor != NULL)
    return TRUE;
  if (!limber_library_ensure_user_dir (self->user_dir, error))
    return FALSE;

  self->monitor = g_file_monitor_directory (self->user_dir, G_FILE_MONITOR_WATCH_MOVES,
                                            NULL, &local_error);
  if (self->monitor == NULL)
    {
      g_set_error (error, LIMBER_ROUTINE_ERROR, LIMBER_ROUTINE_ERROR_IO,
                   _("Cannot watch the routines folder %s: %s"),
                   g_file_peek_path (self->user_dir), local_error->message);
      return FALSE;
    }
  g_signal_connect (self->monitor, "changed", G_CALLBACK (on_monitor_changed), self);
  return TRUE;
}
