/* limber-library-edits.c: saving, deleting, importing and exporting routines
 *
 * The model itself, loading and watching are in limber-library.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-library"

#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "limber-library-private.h"
#include "limber-routine-file.h"
#include "limber-routine-rules.h"
#include "limber-safe-file.h"

#define DELETED_SUFFIX ".deleted"

/* A deletion waiting for commit or undo. */
typedef struct
{
  GFile *original;
  GFile *hidden;
  LimberRoutine *routine;
} PendingDelete;

void
limber_library_pending_delete_free (gpointer data)
{
  PendingDelete *pending = data;

  g_clear_object (&pending->original);
  g_clear_object (&pending->hidden);
  g_clear_object (&pending->routine);
  g_free (pending);
}


/* What limber_safe_file_write() leaves behind when the process dies
 * between creating its temporary file and renaming it: "<name>.XXXXXX" in
 * the target's folder (six characters from [A-Za-z0-9]). The library does not
 * list such files (their names do not end in ".json"), and a later save of
 * <name> removes them. */
static gboolean
is_stale_temp_name (const char *name,
                    const char *target)
{
  gsize n = strlen (target);
  gboolean all_lower = TRUE;

  if (strlen (name) != n + 7 || strncmp (name, target, n) != 0 || name[n] != '.')
    return FALSE;
  for (gsize i = n + 1; i < n + 7; i++)
    {
      if (!g_ascii_isalnum (name[i]))
        return FALSE;
      all_lower = all_lower && g_ascii_islower (name[i]);
    }
  /* A person's "hips.json.backup" is not ours to remove: random names are
   * almost never all lowercase, and one left over is harmless. */
  return !all_lower;
}

/* The temporary files are next to the file really written: the target of
 * @file when it is a link (limber_safe_file_write()). */
static void
remove_stale_temp_files (GFile *file)
{
  g_autofree char *real = limber_safe_file_resolve (g_file_peek_path (file), NULL);
  g_autofree char *dir_path = NULL;
  g_autofree char *target_name = NULL;
  g_autoptr(GDir) gdir = NULL;
  const char *name;

  if (real == NULL)
    return;
  dir_path = g_path_get_dirname (real);
  target_name = g_path_get_basename (real);

  gdir = g_dir_open (dir_path, 0, NULL);
  if (gdir == NULL)
    return;
  while ((name = g_dir_read_name (gdir)) != NULL)
    if (is_stale_temp_name (name, target_name))
      {
        g_autofree char *path = g_build_filename (dir_path, name, NULL);

        g_debug ("Removing %s, left by an interrupted save", path);
        if (g_unlink (path) != 0)
          g_debug ("Cannot remove %s: %s", path, g_strerror (errno));
      }
}

/* The file a user routine with @id is saved to: the file that holds it now
 * when that is a routine file in the user folder, else <id>.json. @id must
 * be valid. */
static GFile *
user_file_for_id (LimberLibrary *self,
                  const char    *id)
{
  LimberRoutine *current = limber_library_lookup (self, id);
  g_autofree char *name = NULL;
  g_autofree char *rule_message = limber_rule_check_id (id);

  g_assert (rule_message == NULL);

  if (current != NULL &&
      limber_routine_get_origin (current) == LIMBER_ROUTINE_ORIGIN_USER &&
      limber_routine_get_path (current) != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_path (limber_routine_get_path (current));
      g_autoptr(GFile) parent = g_file_get_parent (file);
      g_autofree char *base = g_file_get_basename (file);

      if (parent != NULL && g_file_equal (parent, self->user_dir) &&
          base[0] != '.' && g_str_has_suffix (base, ".json"))
        return g_steal_pointer (&file);
    }

  name = g_strconcat (id, ".json", NULL);
  return g_file_get_child (self->user_dir, name);
}

static GFile *
hidden_file_for (GFile *file)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *base = g_file_get_basename (file);
  g_autofree char *hidden = g_strconcat (".", base, DELETED_SUFFIX, NULL);

  return g_file_get_child (parent, hidden);
}

/* FALSE with the first problem as the error when @routine is invalid. */
static gboolean
check_valid (LimberRoutine  *routine,
             GError        **error)
{
  g_autoptr(GPtrArray) problems = limber_routine_validate (routine);
  LimberProblem *first;

  if (problems->len == 0)
    return TRUE;

  first = g_ptr_array_index (problems, 0);
  if (first->path == NULL || first->path[0] == '\0')
    g_set_error (error, LIMBER_ROUTINE_ERROR, LIMBER_ROUTINE_ERROR_INVALID,
                 _("Cannot save the routine: %s"), first->message);
  else
    g_set_error (error, LIMBER_ROUTINE_ERROR, LIMBER_ROUTINE_ERROR_INVALID,
                 _("Cannot save the routine: %s: %s"), first->path, first->message);
  return FALSE;
}

/* Refuses to overwrite a file that is not ours to overwrite: one that does
 * not load (the person may be fixing it in a text editor) or that holds
 * another routine. Thread-safe. */
static gboolean
check_overwrite (GFile         *file,
                 const char    *id,
                 GCancellable  *cancellable,
                 GError       **error)
{
  g_autoptr(LimberRoutine) existing = NULL;
  g_autoptr(GError) load_error = NULL;

  /* Nothing there (or a dangling link, whose target the save makes), or not
   * a regular file, which the save refuses, saying what it is. */
  if (g_file_query_file_type (file, G_FILE_QUERY_INFO_NONE, cancellable) != G_FILE_TYPE_REGULAR)
    return TRUE;

  existing = limber_routine_load_file (file, NULL, cancellable, &load_error);
  if (existing == NULL)
    {
      g_set_error (error, LIMBER_ROUTINE_ERROR, LIMBER_ROUTINE_ERROR_EXISTS,
                   _("%s exists and has problems, so Limber leaves it alone: fix it in a text editor or remove it, then save again"),
                   g_file_peek_path (file));
      return FALSE;
    }
  if (g_strcmp0 (limber_routine_get_id (existing), id) != 0)
    {
      g_set_error (error, LIMBER_ROUTINE_ERROR, LIMBER_ROUTINE_ERROR_EXISTS,
                   _("%s holds another routine (id “%s”), so Limber leaves it alone"),
                   g_file_peek_path (file), limber_routine_get_id (existing));
      return FALSE;
    }
  return TRUE;
}

/* Writes @routine to @file in @dir. Touches no state: runs in any thread. */
static gboolean
write_user_file (GFile          *dir,
                 GFile          *file,
                 LimberRoutine  *routine,
                 GCancellable   *cancellable,
                 GError        **error)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);

  /* Belt and braces: the name came from a validated id. */
  g_assert (parent != NULL && g_file_equal (parent, dir));

  if (!limber_library_ensure_user_dir (dir, error) ||
      !check_overwrite (file, limber_routine_get_id (routine), cancellable, error) ||
      !limber_routine_save_file (routine, file, cancellable, error))
    return FALSE;

  remove_stale_temp_files (file);
  return TRUE;
}

/* The saved routine as the model holds it. */
static LimberRoutine *
saved_copy (LimberRoutine *routine,
            GFile         *file)
{
  LimberRoutine *copy = limber_routine_copy (routine);

  limber_routine_set_origin (copy, LIMBER_ROUTINE_ORIGIN_USER);
  limber_routine_set_path (copy, g_file_peek_path (file));
  return copy;
}

static gboolean
id_taken (LimberLibrary *self,
          const char    *id)
{
  g_autofree char *name = g_strconcat (id, ".json", NULL);
  g_autoptr(GFile) file = g_file_get_child (self->user_dir, name);
  g_autoptr(GFile) hidden_file = hidden_file_for (file);

  return limber_library_lookup (self, id) != NULL ||
         g_hash_table_contains (self->bundled, id) ||
         g_hash_table_contains (self->pending, id) ||
         g_file_query_exists (file, NULL) ||
         g_file_query_exists (hidden_file, NULL);
}

/* "Hip Flexors!" → "hip-flexors"; "" when nothing is left. */
static char *
slugify (const char *text)
{
  g_autofree char *ascii = g_str_to_ascii (text, "C");
  GString *out = g_string_new (NULL);

  for (const char *p = ascii; *p != '\0' && out->len < 64; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (out, g_ascii_tolower (*p));
      else if (out->len > 0 && out->str[out->len - 1] != '-')
        g_string_append_c (out, '-');
    }
  while (out->len > 0 && out->str[out->len - 1] == '-')
    g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}

char *
limber_library_unique_id (LimberLibrary *self,
                          const char    *base)
{
  g_autofree char *slug = NULL;
  gsize stem_len;

  g_return_val_if_fail (LIMBER_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (base != NULL, NULL);

  slug = slugify (base);
  if (slug[0] == '\0')
    {
      g_free (slug);
      slug = g_strdup ("routine");
    }
  if (!id_taken (self, slug))
    return g_steal_pointer (&slug);

  /* "stretch-2" is taken: try "stretch-3", not "stretch-2-2" */
  stem_len = strlen (slug);
  while (stem_len > 0 && g_ascii_isdigit (slug[stem_len - 1]))
    stem_len--;
  if (stem_len > 1 && stem_len < strlen (slug) && slug[stem_len - 1] == '-')
    slug[stem_len - 1] = '\0';

  for (guint n = 2; ; n++)
    {
      g_autofree char *suffix = g_strdup_printf ("-%u", n);
      gsize keep = MIN (strlen (slug), 64 - strlen (suffix));
      g_autofree char *candidate = NULL;

      while (keep > 1 && slug[keep - 1] == '-')
        keep--;
      candidate = g_strdup_printf ("%.*s%s", (int) keep, slug, suffix);
      if (!id_taken (self, candidate))
        return g_steal_pointer (&candidate);
    }
}

LimberRoutine *
limber_library_save (LimberLibrary  *self,
                     LimberRoutine  *routine,
                     GCancellable   *cancellable,
                     GError        **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(LimberRoutine) copy = NULL;

  g_return_val_if_fail (LIMBER_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (LIMBER_IS_ROUTINE (routine), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_valid (routine, error))
    return NULL;

  file = user_file_for_id (self, limber_routine_get_id (routine));
  self->write_serial++;
  if (!write_user_file (self->user_dir, file, routine, cancellable, error))
    return NULL;

  copy = saved_copy (routine, file);
  limber_library_put_routine (self, copy);
  return g_steal_pointer (&copy);
}

typedef struct
{
  GFile *dir;
  GFile *file;
  LimberRoutine *routine;
} SaveData;

static void
save_data_free (SaveData *data)
{
  g_clear_object (&data->dir);
  g_clear_object (&data->file);
  g_clear_object (&data->routine);
  g_free (data);
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  SaveData *data = task_data;
  GError *error = NULL;

  if (write_user_file (data->dir, data->file, data->routine, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
save_written_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  LimberLibrary *self = LIMBER_LIBRARY (source);
  g_autoptr(GTask) outer = user_data;
  SaveData *data = g_task_get_task_data (G_TASK (result));
  g_autoptr(LimberRoutine) copy = NULL;
  GError *error = NULL;

  self->write_serial++;
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_task_return_error (outer, error);
      return;
    }

  copy = saved_copy (data->routine, data->file);
  limber_library_put_routine (self, copy);
  g_task_return_pointer (outer, g_steal_pointer (&copy), g_object_unref);
}

/* Saves @routine in a worker thread; @outer (taken) returns the saved copy,
 * for limber_library_save_async () and limber_library_import_async (). */
static void
save_in_thread (LimberLibrary *self,
                LimberRoutine *routine,
                GTask         *outer)
{
  g_autoptr(GTask) inner = NULL;
  GError *error = NULL;
  SaveData *data;

  if (!check_valid (routine, &error))
    {
      g_task_return_error (outer, error);
      g_object_unref (outer);
      return;
    }

  data = g_new0 (SaveData, 1);
  data->dir = g_object_ref (self->user_dir);
  data->file = user_file_for_id (self, limber_routine_get_id (routine));
  data->routine = limber_routine_copy (routine);

  self->write_serial++;
  inner = g_task_new (self, g_task_get_cancellable (outer), save_written_cb, outer);
  g_task_set_task_data (inner, data, (GDestroyNotify) save_data_free);
  g_task_run_in_thread (inner, save_thread);
}

void
limber_library_save_async (LimberLibrary       *self,
                           LimberRoutine       *routine,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  GTask *outer;

  g_return_if_fail (LIMBER_IS_LIBRARY (self));
  g_return_if_fail (LIMBER_IS_ROUTINE (routine));

  outer = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (outer, limber_library_save_async);
  save_in_thread (self, routine, outer);
}

LimberRoutine *
limber_library_save_finish (LimberLibrary  *self,
                            GAsyncResult   *result,
                            GError        **error)
{
  g_return_val_if_fail (LIMBER_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

LimberRoutine *
limber_library_duplicate (LimberLibrary  *self,
                          const char     *id,
                          GCancellable   *cancellable,
                          GError        **error)
{
  LimberRoutine *source;
  g_autoptr(LimberRoutine) copy = NULL;
  g_autofree char *new_id = NULL;
  g_autofree char *title = NULL;
  glong max_chars = limber_routine_rules[LIMBER_ROUTINE_KEY_TITLE].max;

  g_return_val_if_fail (LIMBER_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  source = limber_library_lookup (self, id);
  if (source == NULL)
    {
      g_set_error (error, LIMBER_ROUTINE_ERROR, LIMBER_ROUTINE_ERROR_NOT_FOUND,
                   _("There is no routine with the id “%s”"), id);
      return NULL;
    }

  copy = limber_routine_copy (source);
  new_id = limber_library_unique_id (self, id);
  limber_routine_set_id (copy, new_id);
  /* TRANSLATORS: the title of a duplicated routine; %s is the original's title */
  title = g_strdup_printf (_("Copy of %s"), limber_routine_get_title (source));
  if (g_utf8_strlen (title, -1) > max_chars)
    *g_utf8_offset_to_pointer (title, max_chars) = '\0';
  limber_routine_set_title (copy, title);

  return limber_library_save (self, copy, cancellable, error);
}

gboolean
limber_library_is_delete_pending (LimberLibrary *self,
                                  const char    *id)
{
  g_return_val_if_fail (LIMBER_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  return g_hash_table_contains (self->pending, id);
}

static gboolean
rename_file (GFile   *from,
             GFile   *to,
             GError **error)
{
  int saved_errno;

  if (g_rename (g_file_peek_path (from), g_file_peek_path (to)) == 0)
    return TRUE;

  saved_errno = errno;
  g_set_error (error, LIMBER_ROUTINE_ERROR, LIMBER_ROUTINE_ERROR_IO,
               _("Cannot rename %s to %s: %s"),
               g_file_peek_path (from), g_file_peek_path (to), g_strerror (saved_errno));
  return FALSE;
}

gboolean
limber_library_delete (LimberLibrary  *self,
                       const char     *id,
                       GError        **error)
{
  LimberRoutine *routine;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) hidden = NULL;
  PendingDelete *pending;

  g_return_val_if_fail (LIMBER_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  routine = limber_library_lookup (self, id);
  if (routine == NULL)
    {
      g_set_error (error, LIMBER_ROUTINE_ERROR, LIMBER_ROUTINE_ERROR_NOT_FOUND,
                   _("There is no routine with the id “%s”"), id);
      return FALSE;
    }
  if (limber_routine_get_origin (routine) != LIMBER_ROUTINE_ORIGIN_USER)
    {
      g_set_error (error, LIMBER_ROUTINE_ERROR, LIMBER_ROUTINE_ERROR_NOT_FOUND,
                   _("“%s” comes with Limber and cannot be deleted"),
                   limber_routine_get_title (routine));
      return FALSE;
    }

  /* An older deletion of the same id (deleted, saved again, deleted again)
   * is final now. */
  if (g_hash_table_contains (self->pending, id) &&
      !limber_library_commit_delete (self, id, error))
    return FALSE;

  file = user_file_for_id (self, id);
  hidden = hidden_file_for (file);
  self->write_serial++;
  if (!rename_file (file, hidden, error))
    return FALSE;

  pending = g_new0 (PendingDelete, 1);
  pending->original = g_steal_pointer (&file);
  pending->hidden = g_steal_pointer (&hidden);
  pending->routine = g_object_ref (routine);
  g_hash_table_replace (self->pending, g_strdup (id), pending);

  limber_library_take_out_routine (self, id);
  return TRUE;
}

gboolean
limber_library_commit_delete (LimberLibrary  *self,
                              const char     *id,
                              GError        **error)
{
  PendingDelete *pending;
  int saved_errno;

  g_return_val_if_fail (LIMBER_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  pending = g_hash_table_lookup (self->pending, id);
  if (pending == NULL)
    {
      g_set_error (error, LIMBER_ROUTINE_ERROR, LIMBER_ROUTINE_ERROR_NOT_FOUND,
                   _("No deletion of “%s” is waiting"), id);
      return FALSE;
    }

  if (g_unlink (g_file_peek_path (pending->hidden)) != 0 && errno != ENOENT)
    {
      saved_errno = errno;
      g_set_error (error, LIMBER_ROUTINE_ERROR, LIMBER_ROUTINE_ERROR_IO,
                   _("Cannot remove %s: %s"), g_file_peek_path (pending->hidden),
                   g_strerror (saved_errno));
      return FALSE;
    }

  g_hash_table_remove (self->pending, id);
  return TRUE;
}

void
limber_library_commit_all (LimberLibrary *self)
{
  g_autofree gpointer *ids = NULL;
  guint n;

  g_return_if_fail (LIMBER_IS_LIBRARY (self));

  ids = g_hash_table_get_keys_as_array (self->pending, &n);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup (ids[i]);
      g_autoptr(GError) error = NULL;

      if (!limber_library_commit_delete (self, id, &error))
        g_warning ("%s", error->message);
    }
}

gboolean
limber_library_undo_delete (LimberLibrary  *self,
                            const char     *id,
                            GError        **error)
{
  PendingDelete *pending;
  g_autoptr(LimberRoutine) routine = NULL;

  g_return_val_if_fail (LIMBER_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  pending = g_hash_table_lookup (self->pending, id);
  if (pending == NULL)
    {
      g_set_error (error, LIMBER_ROUTINE_ERROR, LIMBER_ROUTINE_ERROR_NOT_FOUND,
                   _("No deletion of “%s” is waiting"), id);
      return FALSE;
    }
  if (g_file_query_exists (pending->original, NULL))
    {
      g_set_error (error, LIMBER_ROUTINE_ERROR, LIMBER_ROUTINE_ERROR_EXISTS,
                   _("Cannot bring back “%s”: %s exists again; the deleted routine is kept as %s"),
                   limber_routine_get_title (pending->routine),
                   g_file_peek_path (pending->original), g_file_peek_path (pending->hidden));
      return FALSE;
    }

  self->write_serial++;
  if (!rename_file (pending->hidden, pending->original, error))
    return FALSE;

  routine = g_object_ref (pending->routine);
  g_hash_table_remove (self->pending, id);
  limber_library_put_routine (self, routine);
  return TRUE;
}

gboolean
limber_library_can_restore_default (LimberLibrary *self,
                                    const char    *id)
{
  LimberRoutine *routine;

  g_return_val_if_fail (LIMBER_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  routine = limber_library_lookup (self, id);
  return routine != NULL &&
         limber_routine_get_origin (routine) == LIMBER_ROUTINE_ORIGIN_USER &&
         g_hash_table_contains (self->bundled, id);
}

gboolean
limber_library_restore_default (LimberLibrary  *self,
                                const char     *id,
                                GError        **error)
{
  g_return_val_if_fail (LIMBER_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  if (!limber_library_can_restore_default (self, id))
    {
      g_set_error (error, LIMBER_ROUTINE_ERROR, LIMBER_ROUTINE_ERROR_NOT_FOUND,
                   _("“%s” is not a changed copy of a routine that comes with Limber"), id);
      return FALSE;
    }
  return limber_library_delete (self, id, error);
}

/* Decides the id of a routine to import. */
static gboolean
resolve_clash (LimberLibrary       *self,
               LimberRoutine       *routine,
               LimberImportChoice   choice,
               const char          *name,
               GError             **error)
{
  const char *id = limber_routine_get_id (routine);
  LimberRoutine *existing;
  g_autofree char *new_id = NULL;

  if (!id_taken (self, id))
    return TRUE;

  switch (choice)
    {
    case LIMBER_IMPORT_REPLACE:
      return TRUE;
    case LIMBER_IMPORT_KEEP_BOTH:
      new_id = limber_library_unique_id (self, id);
      limber_routine_set_id (routine, new_id);
      return TRUE;
    case LIMBER_IMPORT_ASK:
    default:
      existing = limber_library_lookup (self, id);
      if (existing != NULL)
        g_set_error (error, LIMBER_ROUTINE_ERROR, LIMBER_ROUTINE_ERROR_EXISTS,
                     _("%s: the id “%s” is already used by “%s”"),
                     name, id, limber_routine_get_title (existing));
      else
        g_set_error (error, LIMBER_ROUTINE_ERROR, LIMBER_ROUTINE_ERROR_EXISTS,
                     _("%s: the id “%s” is already used by a file in the routines folder"),
                     name, id);
      return FALSE;
    }
}

LimberRoutine *
limber_library_import (LimberLibrary       *self,
                       GFile               *file,
                       LimberImportChoice   choice,
                       GCancellable        *cancellable,
                       GError             **error)
{
  g_autoptr(LimberRoutine) routine = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (LIMBER_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  routine = limber_routine_load_file (file, NULL, cancellable, error);
  if (routine == NULL)
    return NULL;

  name = g_file_get_basename (file);
  if (!resolve_clash (self, routine, choice, name, error))
    return NULL;
  return limber_library_save (self, routine, cancellable, error);
}

static void
import_load_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  GError *error = NULL;
  LimberRoutine *routine = limber_routine_load_file (task_data, NULL, cancellable, &error);

  if (routine == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, routine, g_object_unref);
}

static void
import_loaded_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  LimberLibrary *self = LIMBER_LIBRARY (source);
  g_autoptr(GTask) outer = user_data;
  g_autoptr(LimberRoutine) routine = NULL;
  g_autofree char *name = g_file_get_basename (g_task_get_task_data (G_TASK (result)));
  GError *error = NULL;

  routine = g_task_propagate_pointer (G_TASK (result), &error);
  if (routine == NULL ||
      !resolve_clash (self, routine, GPOINTER_TO_INT (g_task_get_task_data (outer)), name, &error))
    {
      g_task_return_error (outer, error);
      return;
    }

  save_in_thread (self, routine, g_steal_pointer (&outer));
}

void
limber_library_import_async (LimberLibrary       *self,
                             GFile               *file,
                             LimberImportChoice   choice,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) outer = NULL;
  g_autoptr(GTask) inner = NULL;

  g_return_if_fail (LIMBER_IS_LIBRARY (self));
  g_return_if_fail (G_IS_FILE (file));

  outer = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (outer, limber_library_import_async);
  g_task_set_task_data (outer, GINT_TO_POINTER (choice), NULL);

  inner = g_task_new (self, cancellable, import_loaded_cb, g_steal_pointer (&outer));
  g_task_set_task_data (inner, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (inner, import_load_thread);
}

LimberRoutine *
limber_library_import_finish (LimberLibrary  *self,
                              GAsyncResult   *result,
                              GError        **error)
{
  g_return_val_if_fail (LIMBER_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

gboolean
limber_library_export (LimberRoutine  *routine,
                       GFile          *file,
                       GCancellable   *cancellable,
                       GError        **error)
{
  g_return_val_if_fail (LIMBER_IS_ROUTINE (routine), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  return check_valid (routine, error) &&
         limber_routine_save_file (routine, file, cancellable, error);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  SaveData *data = task_data;
  GError *error = NULL;

  if (limber_library_export (data->routine, data->file, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
limber_library_export_async (LimberRoutine       *routine,
                             GFile               *file,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  SaveData *data;

  g_return_if_fail (LIMBER_IS_ROUTINE (routine));
  g_return_if_fail (G_IS_FILE (file));

  data = g_new0 (SaveData, 1);
  data->file = g_object_ref (file);
  data->routine = limber_routine_copy (routine);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, limber_library_export_async);
  g_task_set_task_data (task, data, (GDestroyNotify) save_data_free);
  g_task_run_in_thread (task, export_thread);
}

gboolean
limber_library_export_finish (GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
