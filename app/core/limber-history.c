/* limber-history.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-history"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "limber-error.h"
#include "limber-history-private.h"
#include "limber-history-record-private.h"
#include "limber-object-private.h"
#include "limber-safe-file-private.h"

typedef struct
{
  guint token;
  LimberHistoryRecord *record;
  gboolean committing;  /* a worker thread is writing it: no undo */
} Removal;

struct _LimberHistory
{
  GObject parent_instance;

  GFile *file;
  GPtrArray *records;   /* LimberHistoryRecord, newest first */
  GPtrArray *checkins;  /* LimberHistoryCheckin, in file order */
  GPtrArray *breaks;    /* LimberBreakEvent, oldest first */
  GArray *removals;     /* Removal */
  guint last_token;
  guint n_damaged;
  guint damaged_lines[LIMBER_HISTORY_MAX_DAMAGED_LINES];
  guint newer_version;  /* the highest "v" above ours, or 0 */
  char *problem;
  GMutex write_lock;    /* held while the file is written (appends, rewrites) */
  guint loaded : 1;
  guint unreadable : 1;  /* the last load failed: never write over the file */
};

static void limber_history_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LimberHistory, limber_history, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      limber_history_list_model_init))

enum {
  PROP_0,
  PROP_FILE,
  PROP_LOADED,
  PROP_READ_ONLY,
  PROP_N_DAMAGED,
  PROP_PROBLEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  BREAKS_CHANGED,
  CHECKINS_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* GListModel ----------------------------------------------------------------- */

static GType
limber_history_get_item_type (GListModel *model)
{
  return LIMBER_TYPE_HISTORY_RECORD;
}

static guint
limber_history_get_n_items (GListModel *model)
{
  return LIMBER_HISTORY (model)->records->len;
}

static gpointer
limber_history_get_item (GListModel *model,
                         guint       position)
{
  LimberHistory *self = LIMBER_HISTORY (model);

  if (position >= self->records->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->records, position));
}

static void
limber_history_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = limber_history_get_item_type;
  iface->get_n_items = limber_history_get_n_items;
  iface->get_item = limber_history_get_item;
}

/* GObject -------------------------------------------------------------------- */

static void
limber_history_dispose (GObject *object)
{
  LimberHistory *self = (LimberHistory *) object;

  if (self->records != NULL)
    g_ptr_array_set_size (self->records, 0);
  if (self->checkins != NULL)
    g_ptr_array_set_size (self->checkins, 0);
  if (self->removals != NULL)
    {
      for (guint i = 0; i < self->removals->len; i++)
        g_clear_object (&g_array_index (self->removals, Removal, i).record);
      g_array_set_size (self->removals, 0);
    }
  g_clear_object (&self->file);

  G_OBJECT_CLASS (limber_history_parent_class)->dispose (object);
}

static void
limber_history_finalize (GObject *object)
{
  LimberHistory *self = (LimberHistory *) object;

  g_clear_pointer (&self->records, g_ptr_array_unref);
  g_clear_pointer (&self->checkins, g_ptr_array_unref);
  g_clear_pointer (&self->breaks, g_ptr_array_unref);
  g_clear_pointer (&self->removals, g_array_unref);
  g_clear_pointer (&self->problem, g_free);
  g_mutex_clear (&self->write_lock);

  G_OBJECT_CLASS (limber_history_parent_class)->finalize (object);
}

static void
limber_history_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  LimberHistory *self = LIMBER_HISTORY (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_LOADED:
      g_value_set_boolean (value, self->loaded);
      break;
    case PROP_READ_ONLY:
      g_value_set_boolean (value, limber_history_get_read_only (self));
      break;
    case PROP_N_DAMAGED:
      g_value_set_uint (value, self->n_damaged);
      break;
    case PROP_PROBLEM:
      g_value_set_string (value, self->problem);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_history_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  LimberHistory *self = LIMBER_HISTORY (object);

  switch (prop_id)
    {
    case PROP_FILE:
      self->file = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_history_constructed (GObject *object)
{
  LimberHistory *self = LIMBER_HISTORY (object);

  G_OBJECT_CLASS (limber_history_parent_class)->constructed (object);

  if (self->file == NULL)
    self->file = limber_history_get_default_file ();
}

static void
limber_history_class_init (LimberHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = limber_history_constructed;
  object_class->dispose = limber_history_dispose;
  object_class->finalize = limber_history_finalize;
  object_class->get_property = limber_history_get_property;
  object_class->set_property = limber_history_set_property;

  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOADED] = g_param_spec_boolean ("loaded", NULL, NULL, FALSE, ro);
  properties[PROP_READ_ONLY] = g_param_spec_boolean ("read-only", NULL, NULL, FALSE, ro);
  properties[PROP_N_DAMAGED] = g_param_spec_uint ("n-damaged", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_PROBLEM] = g_param_spec_string ("problem", NULL, NULL, NULL, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LimberHistory::breaks-changed:
   *
   * The break lines changed (a load, or a break appended).
   */
  signals[BREAKS_CHANGED] = g_signal_new ("breaks-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * LimberHistory::checkins-changed:
   *
   * The check-ins changed (a load, or one appended).
   */
  signals[CHECKINS_CHANGED] = g_signal_new ("checkins-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                            0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
limber_history_init (LimberHistory *self)
{
  self->records = g_ptr_array_new_with_free_func (g_object_unref);
  self->checkins = g_ptr_array_new_with_free_func (g_object_unref);
  self->breaks = g_ptr_array_new_with_free_func ((GDestroyNotify) limber_break_event_free);
  self->removals = g_array_new (FALSE, FALSE, sizeof (Removal));
  g_mutex_init (&self->write_lock);
}

LimberHistory *
limber_history_new (GFile *file)
{
  g_return_val_if_fail (file == NULL || G_IS_FILE (file), NULL);

  return g_object_new (LIMBER_TYPE_HISTORY, "file", file, NULL);
}

GFile *
limber_history_get_default_file (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "limber", "history.jsonl", NULL);

  return g_file_new_for_path (path);
}

LIMBER_DEFINE_GETTER (LimberHistory, limber_history, LIMBER_IS_HISTORY,
                      GFile *, file, NULL)

LIMBER_DEFINE_GETTER (LimberHistory, limber_history, LIMBER_IS_HISTORY,
                      gboolean, loaded, FALSE)

gboolean
limber_history_get_read_only (LimberHistory *self)
{
  g_return_val_if_fail (LIMBER_IS_HISTORY (self), FALSE);
  return self->newer_version > 0 || self->unreadable;
}

LIMBER_DEFINE_GETTER (LimberHistory, limber_history, LIMBER_IS_HISTORY,
                      guint, n_damaged, 0)

const guint *
limber_history_get_damaged_lines (LimberHistory *self,
                                  guint         *n_lines)
{
  g_return_val_if_fail (LIMBER_IS_HISTORY (self), NULL);

  if (n_lines != NULL)
    *n_lines = MIN (self->n_damaged, LIMBER_HISTORY_MAX_DAMAGED_LINES);
  return self->damaged_lines;
}

LIMBER_DEFINE_GETTER (LimberHistory, limber_history, LIMBER_IS_HISTORY,
                      const char *, problem, NULL)

LimberHistoryRecord * const *
limber_history_peek_records (LimberHistory *self,
                             guint         *n_records)
{
  g_return_val_if_fail (LIMBER_IS_HISTORY (self), NULL);

  if (n_records != NULL)
    *n_records = self->records->len;
  return (LimberHistoryRecord * const *) self->records->pdata;
}

LimberBreakEvent * const *
limber_history_peek_breaks (LimberHistory *self,
                            guint         *n_breaks)
{
  g_return_val_if_fail (LIMBER_IS_HISTORY (self), NULL);

  if (n_breaks != NULL)
    *n_breaks = self->breaks->len;
  return (LimberBreakEvent * const *) self->breaks->pdata;
}

/* Helpers --------------------------------------------------------------------- */

static gint
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  LimberHistoryRecord *ra = *(LimberHistoryRecord **) a;
  LimberHistoryRecord *rb = *(LimberHistoryRecord **) b;
  gint64 sa = limber_history_record_get_start_unix (ra);
  gint64 sb = limber_history_record_get_start_unix (rb);

  return sa < sb ? 1 : sa > sb ? -1 : 0;
}

static gboolean
is_pending_removal (LimberHistory *self,
                    const char    *id)
{
  for (guint i = 0; i < self->removals->len; i++)
    if (g_strcmp0 (limber_history_record_get_id (g_array_index (self->removals, Removal, i).record), id) == 0)
      return TRUE;
  return FALSE;
}

/* Loading --------------------------------------------------------------------- */

typedef struct
{
  GPtrArray *records;
  GPtrArray *checkins;
  GPtrArray *breaks;    /* LimberBreakEvent, oldest first */
  guint n_damaged;
  guint damaged_lines[LIMBER_HISTORY_MAX_DAMAGED_LINES];
  guint newer_version;
} LoadResult;

static void
load_result_free (LoadResult *result)
{
  g_clear_pointer (&result->records, g_ptr_array_unref);
  g_clear_pointer (&result->checkins, g_ptr_array_unref);
  g_clear_pointer (&result->breaks, g_ptr_array_unref);
  g_free (result);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LoadResult, load_result_free)

typedef struct
{
  const char *line;
  gsize length;
  char *id;
} Amendment;

static void
note_damage (LoadResult *result,
             guint       line_number)
{
  if (result->n_damaged < LIMBER_HISTORY_MAX_DAMAGED_LINES)
    result->damaged_lines[result->n_damaged] = line_number;
  result->n_damaged++;
}

/* A line with a "kind": a check-in is kept (or damaged); other kinds are
 * skipped silently. */
static gboolean
is_blank (const char *line,
          gsize       length)
{
  for (gsize i = 0; i < length; i++)
    if (line[i] != ' ' && line[i] != '\t' && line[i] != '\r')
      return FALSE;
  return TRUE;
}

static gint
compare_break_time (gconstpointer a,
                    gconstpointer b)
{
  const LimberBreakEvent *ea = *(LimberBreakEvent **) a;
  const LimberBreakEvent *eb = *(LimberBreakEvent **) b;

  return ea->time < eb->time ? -1 : ea->time > eb->time ? 1 : 0;
}

/* Where @item goes in @array, sorted by @compare: before the items equal
 * to it, or after them with @after_equal. */
static guint
sorted_position (GPtrArray     *array,
                 gconstpointer  item,
                 GCompareFunc   compare,
                 gboolean       after_equal)
{
  guint lo = 0, hi = array->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      int cmp = compare (&array->pdata[mid], &item);

      if (cmp < 0 || (after_equal && cmp == 0))
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

static void
parse_contents (const char *contents,
                gsize       size,
                LoadResult *result)
{
  g_autoptr(GArray) amendments = g_array_new (FALSE, FALSE, sizeof (Amendment));
  g_autoptr(LimberHistoryLineReader) reader = NULL;
  const char *p, *end;
  guint line_number = 0;
  gboolean sorted = TRUE;

  result->records = g_ptr_array_new_full (size / 400 + 16, g_object_unref);
  result->checkins = g_ptr_array_new_with_free_func (g_object_unref);
  result->breaks = g_ptr_array_new_with_free_func ((GDestroyNotify) limber_break_event_free);
  /* An empty file maps to no memory at all (contents may be NULL). */
  if (contents == NULL || size == 0)
    return;

  reader = limber_history_line_reader_new ();
  p = contents;
  end = contents + size;

  while (p < end)
    {
      const char *nl = memchr (p, '\n', end - p);
      gsize length = (nl != NULL ? nl : end) - p;
      g_auto(LimberHistoryLine) read = { 0 };

      line_number++;
      if (!is_blank (p, length))
        {
          limber_history_line_reader_read_line (reader, p, length, &read, NULL);
          /* Lines of other kinds never make the history read-only. */
          if (read.version > LIMBER_HISTORY_FORMAT_VERSION && !read.has_kind)
            result->newer_version = MAX (result->newer_version, read.version);

          switch (read.type)
            {
            case LIMBER_HISTORY_LINE_RECORD:
              g_ptr_array_add (result->records, g_steal_pointer (&read.record));
              break;
            case LIMBER_HISTORY_LINE_AMENDMENT:
              {
                Amendment a = { p, length, g_steal_pointer (&read.amends_id) };

                g_array_append_val (amendments, a);
              }
              break;
            case LIMBER_HISTORY_LINE_BREAK:
              g_ptr_array_add (result->breaks, g_steal_pointer (&read.break_event));
              break;
            case LIMBER_HISTORY_LINE_CHECKIN:
              g_ptr_array_add (result->checkins, g_steal_pointer (&read.checkin));
              break;
            case LIMBER_HISTORY_LINE_OTHER_KIND:
              break;
            case LIMBER_HISTORY_LINE_DAMAGED:
            default:
              note_damage (result, line_number);
              break;
            }
        }

      p += length + 1;
    }

  if (amendments->len > 0)
    {
      g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint i = 0; i < result->records->len; i++)
        {
          LimberHistoryRecord *r = g_ptr_array_index (result->records, i);

          g_hash_table_insert (by_id, (gpointer) limber_history_record_get_id (r), r);
        }
      for (guint i = 0; i < amendments->len; i++)
        {
          Amendment *a = &g_array_index (amendments, Amendment, i);
          LimberHistoryRecord *r = g_hash_table_lookup (by_id, a->id);

          /* An amendment of a record that is damaged or gone is kept in the
           * file and has no effect. */
          if (r != NULL)
            limber_history_line_reader_apply_amendment (reader, r, a->line, a->length);
          g_free (a->id);
        }
    }

  /* File order is the order of appending; newest first, stable for ties.
   * Sessions are usually appended in time order: then reversing is enough. */
  for (guint i = 0, j = result->records->len; i + 1 < j; i++, j--)
    {
      gpointer tmp = result->records->pdata[i];

      result->records->pdata[i] = result->records->pdata[j - 1];
      result->records->pdata[j - 1] = tmp;
    }
  for (guint i = 1; i < result->records->len && sorted; i++)
    sorted = compare_newest_first (&result->records->pdata[i - 1], &result->records->pdata[i]) <= 0;
  if (!sorted)
    g_ptr_array_sort (result->records, compare_newest_first);

  /* Breaks are appended in time order, but two processes may race (and
   * clocks change): a stable sort puts them in order. */
  sorted = TRUE;
  for (guint i = 1; i < result->breaks->len && sorted; i++)
    sorted = compare_break_time (&result->breaks->pdata[i - 1], &result->breaks->pdata[i]) <= 0;
  if (!sorted)
    g_ptr_array_sort (result->breaks, compare_break_time);
}

/* Closes @fd (when open) and says that @name could not be read: @why. */
static LoadResult *
read_failed (GError     **error,
             const char  *name,
             int          fd,
             const char  *why)
{
  if (fd >= 0)
    close (fd);
  g_set_error (error, LIMBER_HISTORY_ERROR, LIMBER_HISTORY_ERROR_IO, _("%s could not be read: %s"), name, why);
  return NULL;
}

static LoadResult *
load_file (GFile         *file,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autoptr(LoadResult) result = g_new0 (LoadResult, 1);
  g_autoptr(GMappedFile) mapped = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = g_file_get_basename (file);
  const char *path = g_file_peek_path (file);
  struct stat st;
  int fd, saved_errno;

  if (path == NULL)
    {
      g_set_error (error, LIMBER_HISTORY_ERROR, LIMBER_HISTORY_ERROR_IO,
                   _("%s: the history must be a local file"), name);
      return NULL;
    }

  /* O_NONBLOCK: a named pipe in place of the file must not hang the load. */
  fd = g_open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY, 0);
  if (fd < 0)
    {
      saved_errno = errno;
      /* A missing file (or a link to one, whose target the first append
       * creates) is an empty history. */
      if (saved_errno == ENOENT)
        {
          parse_contents (NULL, 0, result);
          return g_steal_pointer (&result);
        }
      /* A socket cannot be opened: say what it is. */
      if (stat (path, &st) == 0 && !S_ISREG (st.st_mode))
        return read_failed (error, name, -1, limber_safe_file_describe_type (st.st_mode));
      return read_failed (error, name, -1, g_strerror (saved_errno));
    }

  if (fstat (fd, &st) != 0)
    return read_failed (error, name, fd, g_strerror (errno));
  if (S_ISDIR (st.st_mode))
    {
      close (fd);
      g_set_error (error, LIMBER_HISTORY_ERROR, LIMBER_HISTORY_ERROR_IO,
                   _("%s could not be read: it is a folder, not a file"), name);
      return NULL;
    }
  if (!S_ISREG (st.st_mode))
    return read_failed (error, name, fd, limber_safe_file_describe_type (st.st_mode));

  mapped = g_mapped_file_new_from_fd (fd, FALSE, &local_error);
  close (fd);
  if (mapped == NULL)
    return read_failed (error, name, -1, local_error->message);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  parse_contents (g_mapped_file_get_contents (mapped), g_mapped_file_get_length (mapped), result);
  return g_steal_pointer (&result);
}

static char *
make_problem (GFile      *file,
              LoadResult *result)
{
  g_autofree char *name = g_file_get_basename (file);
  GString *out = g_string_new (NULL);

  if (result->n_damaged == 1)
    g_string_append_printf (out, _("%s: line %u is damaged and was skipped; it stays in the file"),
                            name, result->damaged_lines[0]);
  else if (result->n_damaged > 1)
    {
      guint shown = MIN (result->n_damaged, LIMBER_HISTORY_MAX_DAMAGED_LINES);
      g_autoptr(GString) lines = g_string_new (NULL);

      for (guint i = 0; i < shown; i++)
        g_string_append_printf (lines, i == 0 ? "%u" : ", %u", result->damaged_lines[i]);
      if (shown < result->n_damaged)
        g_string_append (lines, ", …");
      g_string_append_printf (out,
                              g_dngettext (GETTEXT_PACKAGE,
                                           /* Translators: the first %s is the file name, %u the number of
                                            * damaged lines, the last %s their line numbers, as in "3, 17, 40" */
                                           "%s: %u line is damaged and was skipped (line %s); it stays in the file",
                                           "%s: %u lines are damaged and were skipped (lines %s); they stay in the file",
                                           result->n_damaged),
                              name, result->n_damaged, lines->str);
    }

  if (result->newer_version > 0)
    {
      if (out->len > 0)
        g_string_append_c (out, '\n');
      g_string_append_printf (out,
                              _("%s was written by a newer version of Limber (format %u): "
                                "it is shown as far as this version understands it, "
                                "and it is not changed. Update Limber to record sessions again."),
                              name, result->newer_version);
    }

  if (out->len == 0)
    {
      g_string_free (out, TRUE);
      return NULL;
    }
  return g_string_free (out, FALSE);
}

static void
apply_result (LimberHistory *self,
              LoadResult    *result)
{
  g_autoptr(GPtrArray) old = NULL;
  gboolean was_read_only = limber_history_get_read_only (self);
  guint old_damaged = self->n_damaged;
  g_autofree char *problem = make_problem (self->file, result);
  gboolean problem_changed = g_strcmp0 (problem, self->problem) != 0;
  gboolean was_loaded = self->loaded;
  guint n_old;

  /* Records with a removal pending stay out of the model. */
  if (self->removals->len > 0)
    {
      for (guint i = result->records->len; i > 0; i--)
        {
          LimberHistoryRecord *r = g_ptr_array_index (result->records, i - 1);

          if (is_pending_removal (self, limber_history_record_get_id (r)))
            g_ptr_array_remove_index (result->records, i - 1);
        }
    }

  old = g_steal_pointer (&self->records);
  n_old = old->len;
  self->records = g_steal_pointer (&result->records);
  g_clear_pointer (&self->checkins, g_ptr_array_unref);
  self->checkins = g_steal_pointer (&result->checkins);
  self->n_damaged = result->n_damaged;
  memcpy (self->damaged_lines, result->damaged_lines, sizeof self->damaged_lines);
  self->newer_version = result->newer_version;
  self->unreadable = FALSE;
  g_free (self->problem);
  self->problem = g_steal_pointer (&problem);
  self->loaded = TRUE;
  g_clear_pointer (&self->breaks, g_ptr_array_unref);
  self->breaks = g_steal_pointer (&result->breaks);

  g_list_model_items_changed (G_LIST_MODEL (self), 0, n_old, self->records->len);
  g_signal_emit (self, signals[BREAKS_CHANGED], 0);
  if (!was_loaded)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADED]);
  if (was_read_only != limber_history_get_read_only (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READ_ONLY]);
  if (old_damaged != self->n_damaged)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_DAMAGED]);
  if (problem_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROBLEM]);
  g_signal_emit (self, signals[CHECKINS_CHANGED], 0);
}

/* Applies the @result of a load, or fails with @local_error (both taken).
 * A history that could not be read at all says so (the History page shows
 * the problem) and takes no writes until a later load succeeds: the app
 * never writes over a file it could not read. */
static gboolean
finish_load (LimberHistory  *self,
             LoadResult     *result,
             GError         *local_error,
             GError        **error)
{
  gboolean was_read_only = limber_history_get_read_only (self);

  if (result != NULL)
    {
      apply_result (self, result);
      load_result_free (result);
      return TRUE;
    }
  if (local_error != NULL && !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      self->unreadable = TRUE;
      if (g_strcmp0 (self->problem, local_error->message) != 0)
        {
          g_free (self->problem);
          self->problem = g_strdup (local_error->message);
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROBLEM]);
        }
      if (!was_read_only)
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READ_ONLY]);
    }
  g_propagate_error (error, local_error);
  return FALSE;
}

gboolean
limber_history_load (LimberHistory  *self,
                     GCancellable   *cancellable,
                     GError        **error)
{
  GError *local_error = NULL;
  LoadResult *result;

  g_return_val_if_fail (LIMBER_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  result = load_file (self->file, cancellable, &local_error);
  return finish_load (self, result, local_error, error);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GFile *file = task_data;
  GError *error = NULL;
  LoadResult *result = load_file (file, cancellable, &error);

  if (result == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, result, (GDestroyNotify) load_result_free);
}

/* Reads the file in a worker thread; the task returns its LoadResult. */
static void
run_load_thread (LimberHistory       *self,
                 gpointer             source_tag,
                 GCancellable        *cancellable,
                 GAsyncReadyCallback  callback,
                 gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, g_object_ref (self->file), g_object_unref);
  g_task_run_in_thread (task, load_thread);
}

void
limber_history_load_async (LimberHistory       *self,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_return_if_fail (LIMBER_IS_HISTORY (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  run_load_thread (self, limber_history_load_async, cancellable, callback, user_data);
}

gboolean
limber_history_load_finish (LimberHistory  *self,
                            GAsyncResult   *result,
                            GError        **error)
{
  GError *local_error = NULL;
  LoadResult *loaded;

  g_return_val_if_fail (LIMBER_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == limber_history_load_async, FALSE);

  loaded = g_task_propagate_pointer (G_TASK (result), &local_error);
  return finish_load (self, loaded, local_error, error);
}

/* Writing --------------------------------------------------------------------- */

static gboolean
refuse_if_read_only (LimberHistory  *self,
                     const char     *what,
                     GError        **error)
{
  g_autofree char *name = NULL;

  if (!limber_history_get_read_only (self))
    return TRUE;

  name = g_file_get_basename (self->file);
  if (self->unreadable)
    {
      g_set_error (error, LIMBER_HISTORY_ERROR, LIMBER_HISTORY_ERROR_READ_ONLY,
                   /* Translators: the first %s is an action, e.g. "record the session";
                    * the second the history file's name */
                   _("Cannot %s: %s could not be read, so Limber leaves it as it is. "
                     "Fix or move the file, then start Limber again."),
                   what, name);
      return FALSE;
    }
  g_set_error (error, LIMBER_HISTORY_ERROR, LIMBER_HISTORY_ERROR_READ_ONLY,
               /* Translators: the first %s is an action, e.g. "record the session" */
               _("Cannot %s: %s was written by a newer version of Limber and is not changed. "
                 "Update Limber to do this."),
               what, name);
  return FALSE;
}

static gboolean
io_error (GError     **error,
          GFile       *file,
          const char  *doing,
          const char  *why)
{
  g_autofree char *name = g_file_get_basename (file);

  g_set_error (error, LIMBER_HISTORY_ERROR, LIMBER_HISTORY_ERROR_IO,
               /* Translators: "Could not record the session in history.jsonl: No space left on device" */
               _("Could not %s in %s: %s"), doing, name, why);
  return FALSE;
}

/* Opens @path with @flags and takes an exclusive flock(2) on it: Limber's
 * window and limber-reminders both append to the history, and the window
 * rewrites it (deleting a session) by renaming a new file over it. Whoever
 * holds the lock may write; one who waited for it checks that @path still
 * names the file it locked, and locks the new one otherwise, so no line goes
 * to a file that a rewrite replaced. A file that is not a regular one is
 * returned unlocked (the caller refuses it). -1 with errno set on failure. */
static int
open_locked (const char *path,
             int         flags,
             mode_t      mode)
{
  for (guint attempt = 0; attempt < 100; attempt++)
    {
      struct stat locked, named;
      int fd = g_open (path, flags | O_CLOEXEC | O_NOCTTY | O_NONBLOCK, mode);
      int saved_errno;

      if (fd < 0)
        return -1;
      if (fstat (fd, &locked) != 0 || !S_ISREG (locked.st_mode))
        return fd;
      while (flock (fd, LOCK_EX) != 0)
        if (errno != EINTR)
          {
            /* No locks here (some network file systems): write as before. */
            return fd;
          }
      if (stat (path, &named) == 0 && named.st_dev == locked.st_dev && named.st_ino == locked.st_ino)
        return fd;
      saved_errno = errno;
      close (fd);
      errno = saved_errno;
    }
  errno = EAGAIN;
  return -1;
}

/* The newest "v" above ours among the session records and amendments of
 * @contents, or 0: such a history is not written to (kind lines do not
 * count). */
static guint
scan_newer_version (const char *contents,
                    gsize       size)
{
  g_autoptr(LimberHistoryLineReader) reader = NULL;
  const char *p, *end;
  guint newer = 0;

  if (contents == NULL || size == 0)
    return 0;
  reader = limber_history_line_reader_new ();
  for (p = contents, end = contents + size; p < end;)
    {
      const char *nl = memchr (p, '\n', end - p);
      gsize length = (nl != NULL ? nl : end) - p;

      /* Lines as Limber writes them start with their version: those of
       * version 1 need no reading. Any other line is read. */
      if (length >= 7 && memcmp (p, "{\"v\":1,", 7) == 0)
        ;
      else if (!is_blank (p, length) && g_strstr_len (p, length, "\"v\"") != NULL)
        {
          g_auto(LimberHistoryLine) read = { 0 };

          limber_history_line_reader_read_line (reader, p, length, &read, NULL);
          if (read.version > LIMBER_HISTORY_FORMAT_VERSION && !read.has_kind)
            newer = MAX (newer, read.version);
        }
      p += length + 1;
    }
  return newer;
}

/* Appends @line and a newline with one write(2) and one fsync, holding the
 * file's lock. If the file does not end with a newline (a torn last line),
 * the line starts with one so the torn bytes stay a line of their own.
 * With @check_version, the file is read first (under the lock) and nothing
 * is written when it holds records of a newer format. */
static gboolean
append_line (LimberHistory  *self,
             const char     *line,
             const char     *doing,
             gboolean        check_version,
             GError        **error)
{
  const char *path = g_file_peek_path (self->file);
  g_autofree char *dir = NULL;
  g_autoptr(GString) buffer = NULL;
  gboolean created;
  struct stat st;
  int fd, saved_errno;

  if (path == NULL)
    return io_error (error, self->file, doing, g_strerror (EINVAL));

  dir = g_path_get_dirname (path);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    return io_error (error, self->file, doing, g_strerror (errno));

  created = g_access (path, F_OK) != 0;
  /* O_NONBLOCK: never wait on a named pipe; it is refused below. */
  fd = open_locked (path, O_RDWR | O_APPEND | O_CREAT, 0600);
  if (fd < 0)
    return io_error (error, self->file, doing, g_strerror (errno));
  if (fstat (fd, &st) == 0 && !S_ISREG (st.st_mode))
    {
      close (fd);
      return io_error (error, self->file, doing, limber_safe_file_describe_type (st.st_mode));
    }

  if (check_version && st.st_size > 0)
    {
      g_autoptr(GMappedFile) mapped = g_mapped_file_new_from_fd (fd, FALSE, NULL);
      guint newer = mapped != NULL ? scan_newer_version (g_mapped_file_get_contents (mapped),
                                                         g_mapped_file_get_length (mapped)) : 0;

      if (newer > 0)
        {
          g_autofree char *name = g_file_get_basename (self->file);

          close (fd);
          g_set_error (error, LIMBER_HISTORY_ERROR, LIMBER_HISTORY_ERROR_READ_ONLY,
                       /* Translators: the first %s is an action, e.g. "record the session" */
                       _("Cannot %s: %s was written by a newer version of Limber and is not changed. "
                         "Update Limber to do this."),
                       doing, name);
          return FALSE;
        }
    }

  buffer = g_string_sized_new (strlen (line) + 2);
  if (st.st_size > 0)
    {
      char last = '\n';

      if (pread (fd, &last, 1, st.st_size - 1) == 1 && last != '\n')
        g_string_append_c (buffer, '\n');
    }
  g_string_append (buffer, line);
  g_string_append_c (buffer, '\n');

  if (!limber_safe_file_write_all (fd, buffer->str, buffer->len) || fsync (fd) != 0)
    {
      saved_errno = errno;
      close (fd);
      return io_error (error, self->file, doing, g_strerror (saved_errno));
    }
  if (close (fd) != 0)
    return io_error (error, self->file, doing, g_strerror (errno));

  if (created)
    limber_safe_file_fsync_dir (dir);
  return TRUE;
}

/* Appends @line unless the history is read-only (then says why @doing is
 * refused). A rewrite in a worker thread may be replacing the file: wait
 * for it, or the line would go to the file being replaced. */
static gboolean
append_if_writable (LimberHistory  *self,
                    const char     *line,
                    const char     *doing,
                    gboolean        check_version,
                    GError        **error)
{
  gboolean ok;

  if (!refuse_if_read_only (self, doing, error))
    return FALSE;
  g_mutex_lock (&self->write_lock);
  ok = append_line (self, line, doing, check_version, error);
  g_mutex_unlock (&self->write_lock);
  return ok;
}

gboolean
limber_history_append (LimberHistory        *self,
                       LimberHistoryRecord  *record,
                       GError              **error)
{
  g_autofree char *line = NULL;
  guint position;

  g_return_val_if_fail (LIMBER_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (LIMBER_IS_HISTORY_RECORD (record), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  line = limber_history_record_to_line (record);
  if (!append_if_writable (self, line, _("record the session"), FALSE, error))
    return FALSE;

  position = sorted_position (self->records, record, compare_newest_first, FALSE);
  g_ptr_array_insert (self->records, position, g_object_ref (record));
  g_list_model_items_changed (G_LIST_MODEL (self), position, 0, 1);
  return TRUE;
}

gboolean
limber_history_append_break (LimberHistory           *self,
                             const LimberBreakEvent  *event,
                             GError                 **error)
{
  g_autofree char *line = NULL;

  g_return_val_if_fail (LIMBER_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (event != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  line = limber_break_event_to_line (event);
  /* Not loaded (limber-reminders never loads it): the file says whether it
   * may be written. */
  if (!append_if_writable (self, line, _("record the break"), !self->loaded, error))
    return FALSE;

  if (self->loaded)
    {
      g_ptr_array_insert (self->breaks, sorted_position (self->breaks, event, compare_break_time, TRUE),
                          limber_break_event_copy (event));
      g_signal_emit (self, signals[BREAKS_CHANGED], 0);
    }
  return TRUE;
}

void
limber_history_reload_breaks_async (LimberHistory       *self,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_return_if_fail (LIMBER_IS_HISTORY (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  run_load_thread (self, limber_history_reload_breaks_async, cancellable, callback, user_data);
}

gboolean
limber_history_reload_breaks_finish (LimberHistory  *self,
                                     GAsyncResult   *result,
                                     GError        **error)
{
  g_autoptr(LoadResult) loaded = NULL;

  g_return_val_if_fail (LIMBER_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  loaded = g_task_propagate_pointer (G_TASK (result), error);
  if (loaded == NULL)
    return FALSE;
  g_clear_pointer (&self->breaks, g_ptr_array_unref);
  self->breaks = g_steal_pointer (&loaded->breaks);
  g_signal_emit (self, signals[BREAKS_CHANGED], 0);
  return TRUE;
}

gboolean
limber_history_save_answers (LimberHistory        *self,
                             LimberHistoryRecord  *record,
                             GError              **error)
{
  g_autofree char *line = NULL;
  guint position;

  g_return_val_if_fail (LIMBER_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (LIMBER_IS_HISTORY_RECORD (record), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  line = limber_history_record_to_amendment_line (record);
  if (!append_if_writable (self, line, _("save the answers"), FALSE, error))
    return FALSE;

  /* The record changed: views of the model show it again. */
  if (g_ptr_array_find (self->records, record, &position))
    g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 1);
  return TRUE;
}

LimberHistoryCheckin * const *
limber_history_peek_checkins (LimberHistory *self,
                              guint         *n_checkins)
{
  g_return_val_if_fail (LIMBER_IS_HISTORY (self), NULL);

  if (n_checkins != NULL)
    *n_checkins = self->checkins->len;
  return (LimberHistoryCheckin * const *) (void *) self->checkins->pdata;
}

gboolean
limber_history_append_checkin (LimberHistory         *self,
                               LimberHistoryCheckin  *checkin,
                               GError               **error)
{
  g_autofree char *line = NULL;

  g_return_val_if_fail (LIMBER_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (LIMBER_IS_HISTORY_CHECKIN (checkin), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  line = limber_history_checkin_to_line (checkin);
  if (!append_if_writable (self, line, _("record the check-in"), FALSE, error))
    return FALSE;

  g_ptr_array_add (self->checkins, g_object_ref (checkin));
  g_signal_emit (self, signals[CHECKINS_CHANGED], 0);
  return TRUE;
}

/* Removing -------------------------------------------------------------------- */

guint
limber_history_remove (LimberHistory        *self,
                       LimberHistoryRecord  *record,
                       GError              **error)
{
  Removal removal = { 0 };
  guint position;

  g_return_val_if_fail (LIMBER_IS_HISTORY (self), 0);
  g_return_val_if_fail (LIMBER_IS_HISTORY_RECORD (record), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!refuse_if_read_only (self, _("delete the session"), error))
    return 0;

  if (!g_ptr_array_find (self->records, record, &position))
    {
      g_set_error_literal (error, LIMBER_HISTORY_ERROR, LIMBER_HISTORY_ERROR_NOT_FOUND,
                           _("This session is not in the history any more"));
      return 0;
    }

  removal.token = ++self->last_token;
  removal.record = g_object_ref (record);
  g_array_append_val (self->removals, removal);
  g_ptr_array_remove_index (self->records, position);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 0);
  return removal.token;
}

gboolean
limber_history_undo_remove (LimberHistory *self,
                            guint          token)
{
  g_return_val_if_fail (LIMBER_IS_HISTORY (self), FALSE);

  for (guint i = 0; i < self->removals->len; i++)
    {
      Removal *removal = &g_array_index (self->removals, Removal, i);

      if (removal->token == token && removal->committing)
        return FALSE;
      if (removal->token == token)
        {
          LimberHistoryRecord *record = g_steal_pointer (&removal->record);
          guint position = sorted_position (self->records, record, compare_newest_first, FALSE);

          g_array_remove_index (self->removals, i);
          g_ptr_array_insert (self->records, position, record);
          g_list_model_items_changed (G_LIST_MODEL (self), position, 0, 1);
          return TRUE;
        }
    }
  return FALSE;
}

guint
limber_history_get_n_pending_removals (LimberHistory *self)
{
  g_return_val_if_fail (LIMBER_IS_HISTORY (self), 0);
  return self->removals->len;
}

/* Does @line belong to one of the records @ids (the record itself or one of
 * its amendments)? Damaged lines never do: they are kept. */
static gboolean
line_is_removed (GStrv        ids,
                 const char  *line,
                 gsize        length)
{
  g_autofree char *id = NULL;
  gboolean mentioned = FALSE;

  for (guint i = 0; ids[i] != NULL && !mentioned; i++)
    mentioned = g_strstr_len (line, length, ids[i]) != NULL;
  if (!mentioned)
    return FALSE;

  id = limber_history_line_peek_id (line, length);
  return id != NULL && g_strv_contains ((const char * const *) ids, id);
}

static gboolean
rewrite_without_unlocked (GFile         *file,
                 GStrv          ids,
                 GCancellable  *cancellable,
                 GError       **error)
{
  const char *path = g_file_peek_path (file);
  g_autofree char *contents = NULL;
  g_autoptr(GString) out = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *doing = _("delete the session");
  gsize size = 0;
  const char *p, *end;

  if (path == NULL)
    return io_error (error, file, doing, g_strerror (EINVAL));

  /* Never blocks on a pipe; a link is followed, and the rewrite below keeps
   * it a link (limber_safe_file_write). */
  if (!limber_safe_file_read_raw (path, G_MAXSSIZE, FALSE, &contents, &size, NULL, &local_error))
    return io_error (error, file, doing, local_error->message);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  out = g_string_sized_new (size);
  for (p = contents, end = contents + size; p < end;)
    {
      const char *nl = memchr (p, '\n', end - p);
      gsize length = (nl != NULL ? nl : end) - p;

      if (!line_is_removed (ids, p, length))
        {
          g_string_append_len (out, p, length);
          g_string_append_c (out, '\n');
        }
      p += length + 1;
    }

  if (!limber_safe_file_write_raw (path, out->str, out->len, 0600, &local_error))
    return io_error (error, file, doing, local_error->message);
  return TRUE;
}

/* Rewrites @file without the lines of the records @ids, atomically, holding
 * @self's write lock. Touches nothing else: runs in a worker thread as well.
 * Appends of other processes wait until the new file is in place (and then
 * append to it): closed, the old file's lock goes. */
static gboolean
rewrite_without (LimberHistory  *self,
                 GFile          *file,
                 GStrv           ids,
                 GCancellable   *cancellable,
                 GError        **error)
{
  const char *path = g_file_peek_path (file);
  int lock_fd;
  gboolean ok;

  g_mutex_lock (&self->write_lock);
  lock_fd = path != NULL ? open_locked (path, O_RDONLY, 0) : -1;
  ok = rewrite_without_unlocked (file, ids, cancellable, error);
  if (lock_fd >= 0)
    close (lock_fd);
  g_mutex_unlock (&self->write_lock);
  return ok;
}

/* The ids of the pending removals (also those a worker is writing, with
 * @with_committing), and their tokens. */
static GStrv
removal_ids (LimberHistory *self,
             gboolean       with_committing,
             GArray        *tokens)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < self->removals->len; i++)
    {
      Removal *removal = &g_array_index (self->removals, Removal, i);

      if (removal->committing && !with_committing)
        continue;
      g_strv_builder_add (builder, limber_history_record_get_id (removal->record));
      if (tokens != NULL)
        g_array_append_val (tokens, removal->token);
    }
  return g_strv_builder_end (builder);
}

/* Forgets the removals with these @tokens (written to the file), or, when
 * @written is FALSE, makes them pending again. */
static void
finish_removals (LimberHistory *self,
                 GArray        *tokens,
                 gboolean       written)
{
  for (guint i = self->removals->len; i > 0; i--)
    {
      Removal *removal = &g_array_index (self->removals, Removal, i - 1);
      gboolean listed = FALSE;

      for (guint j = 0; j < tokens->len && !listed; j++)
        listed = g_array_index (tokens, guint, j) == removal->token;
      if (!listed)
        continue;
      if (written)
        {
          g_clear_object (&removal->record);
          g_array_remove_index (self->removals, i - 1);
        }
      else
        removal->committing = FALSE;
    }
}

gboolean
limber_history_commit_removals (LimberHistory  *self,
                                GCancellable   *cancellable,
                                GError        **error)
{
  g_autoptr(GArray) tokens = NULL;
  g_auto(GStrv) ids = NULL;
  gboolean ok;

  g_return_val_if_fail (LIMBER_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->removals->len == 0)
    return TRUE;
  if (!refuse_if_read_only (self, _("delete the session"), error))
    return FALSE;

  /* Every pending removal, also those a worker is writing: once the lock is
   * ours, the worker is done, and its lines are gone or go now. */
  tokens = g_array_new (FALSE, FALSE, sizeof (guint));
  ids = removal_ids (self, TRUE, tokens);
  ok = rewrite_without (self, self->file, ids, cancellable, error);
  if (ok)
    finish_removals (self, tokens, TRUE);
  return ok;
}

typedef struct
{
  GFile *file;
  GStrv ids;
  GArray *tokens;
} CommitData;

static void
commit_data_free (CommitData *data)
{
  g_clear_object (&data->file);
  g_clear_pointer (&data->ids, g_strfreev);
  g_clear_pointer (&data->tokens, g_array_unref);
  g_free (data);
}

static void
commit_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  LimberHistory *self = source_object;
  CommitData *data = task_data;
  GError *error = NULL;

  /* The history lives as long as the task; only its lock is used here. */
  if (rewrite_without (self, data->file, data->ids, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
limber_history_commit_removals_async (LimberHistory       *self,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  CommitData *data;

  g_return_if_fail (LIMBER_IS_HISTORY (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, limber_history_commit_removals_async);

  if (!refuse_if_read_only (self, _("delete the session"), &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  data = g_new0 (CommitData, 1);
  data->file = g_object_ref (self->file);
  data->tokens = g_array_new (FALSE, FALSE, sizeof (guint));
  data->ids = removal_ids (self, FALSE, data->tokens);
  g_task_set_task_data (task, data, (GDestroyNotify) commit_data_free);
  if (data->tokens->len == 0)
    {
      g_task_return_boolean (task, TRUE);
      return;
    }
  for (guint i = 0; i < self->removals->len; i++)
    g_array_index (self->removals, Removal, i).committing = TRUE;
  g_task_run_in_thread (task, commit_thread);
}

gboolean
limber_history_commit_removals_finish (LimberHistory  *self,
                                       GAsyncResult   *result,
                                       GError        **error)
{
  CommitData *data;
  gboolean ok;

  g_return_val_if_fail (LIMBER_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == limber_history_commit_removals_async,
                        FALSE);

  ok = g_task_propagate_boolean (G_TASK (result), error);
  data = g_task_get_task_data (G_TASK (result));
  if (data != NULL)
    finish_removals (self, data->tokens, ok);
  return ok;
}
