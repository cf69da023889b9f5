/* limber-history-recorder.c: puts finished and stopped sessions into the history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-history"

#include "config.h"

#include "limber-history-recorder-private.h"

struct _LimberHistoryRecorder
{
  GObject parent_instance;

  LimberHistory *history;
  GPtrArray *unsaved;  /* LimberHistoryRecord, oldest first */

  /* The session that runs now (begin … end) */
  LimberSession *session;
  GDateTime *start;
  gint pain_before;
  gboolean easy_day;
};

G_DEFINE_FINAL_TYPE (LimberHistoryRecorder, limber_history_recorder, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_HISTORY,
  PROP_N_UNSAVED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
limber_history_recorder_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  LimberHistoryRecorder *self = LIMBER_HISTORY_RECORDER (object);

  switch (prop_id)
    {
    case PROP_HISTORY:
      g_value_set_object (value, self->history);
      break;
    case PROP_N_UNSAVED:
      g_value_set_uint (value, self->unsaved->len);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_history_recorder_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  LimberHistoryRecorder *self = LIMBER_HISTORY_RECORDER (object);

  switch (prop_id)
    {
    case PROP_HISTORY:
      self->history = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_history_recorder_dispose (GObject *object)
{
  LimberHistoryRecorder *self = LIMBER_HISTORY_RECORDER (object);

  g_clear_object (&self->history);
  g_clear_object (&self->session);
  g_clear_pointer (&self->start, g_date_time_unref);
  g_ptr_array_set_size (self->unsaved, 0);

  G_OBJECT_CLASS (limber_history_recorder_parent_class)->dispose (object);
}

static void
limber_history_recorder_finalize (GObject *object)
{
  LimberHistoryRecorder *self = LIMBER_HISTORY_RECORDER (object);

  g_ptr_array_unref (self->unsaved);

  G_OBJECT_CLASS (limber_history_recorder_parent_class)->finalize (object);
}

static void
limber_history_recorder_class_init (LimberHistoryRecorderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = limber_history_recorder_get_property;
  object_class->set_property = limber_history_recorder_set_property;
  object_class->dispose = limber_history_recorder_dispose;
  object_class->finalize = limber_history_recorder_finalize;

  properties[PROP_HISTORY] =
    g_param_spec_object ("history", NULL, NULL, LIMBER_TYPE_HISTORY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_UNSAVED] =
    g_param_spec_uint ("n-unsaved", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
limber_history_recorder_init (LimberHistoryRecorder *self)
{
  self->unsaved = g_ptr_array_new_with_free_func (g_object_unref);
  self->pain_before = LIMBER_PAIN_UNSET;
}

LimberHistoryRecorder *
limber_history_recorder_new (LimberHistory *history)
{
  g_return_val_if_fail (LIMBER_IS_HISTORY (history), NULL);
  return g_object_new (LIMBER_TYPE_HISTORY_RECORDER, "history", history, NULL);
}

gboolean
limber_history_recorder_retry (LimberHistoryRecorder  *self,
                               GError                **error)
{
  guint before;
  gboolean ok = TRUE;

  g_return_val_if_fail (LIMBER_IS_HISTORY_RECORDER (self), FALSE);

  before = self->unsaved->len;
  while (self->unsaved->len > 0)
    {
      LimberHistoryRecord *record = g_ptr_array_index (self->unsaved, 0);

      if (!limber_history_append (self->history, record, error))
        {
          ok = FALSE;
          break;
        }
      g_ptr_array_remove_index (self->unsaved, 0);
    }

  if (self->unsaved->len != before)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_UNSAVED]);
  return ok;
}

static LimberHistoryRecord *
record_session (LimberHistoryRecorder  *self,
                LimberSession          *session,
                GDateTime              *start,
                GDateTime              *end,
                gint                    pain_before,
                gboolean                easy_day,
                GError                **error)
{
  g_autoptr(LimberHistoryRecord) record = NULL;

  record = limber_history_record_new_from_session (session, start, end);
  if (record == NULL)
    return NULL;
  limber_history_record_set_pain_before (record, pain_before);
  limber_history_record_set_easy_day (record, easy_day);

  /* Oldest first: the new one goes after any still unsaved. */
  g_ptr_array_add (self->unsaved, g_object_ref (record));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_UNSAVED]);
  limber_history_recorder_retry (self, error);
  return g_steal_pointer (&record);
}

LimberHistoryRecord *
limber_history_recorder_record (LimberHistoryRecorder  *self,
                                LimberSession          *session,
                                GDateTime              *start,
                                GDateTime              *end,
                                gint                    pain_before,
                                GError                **error)
{
  g_return_val_if_fail (LIMBER_IS_HISTORY_RECORDER (self), NULL);
  g_return_val_if_fail (LIMBER_IS_SESSION (session), NULL);
  g_return_val_if_fail (pain_before >= LIMBER_PAIN_UNSET && pain_before <= 10, NULL);

  return record_session (self, session, start, end, pain_before, FALSE, error);
}

void
limber_history_recorder_begin (LimberHistoryRecorder *self,
                               LimberSession         *session,
                               GDateTime             *start,
                               gint                   pain_before)
{
  g_return_if_fail (LIMBER_IS_HISTORY_RECORDER (self));
  g_return_if_fail (LIMBER_IS_SESSION (session));
  g_return_if_fail (start != NULL);
  g_return_if_fail (pain_before >= LIMBER_PAIN_UNSET && pain_before <= 10);

  g_set_object (&self->session, session);
  g_clear_pointer (&self->start, g_date_time_unref);
  self->start = g_date_time_ref (start);
  self->pain_before = pain_before;
  self->easy_day = FALSE;
}

void
limber_history_recorder_set_easy_day (LimberHistoryRecorder *self,
                                      gboolean               easy_day)
{
  g_return_if_fail (LIMBER_IS_HISTORY_RECORDER (self));
  g_return_if_fail (self->session != NULL);
  self->easy_day = !!easy_day;
}

LimberSession *
limber_history_recorder_get_session (LimberHistoryRecorder *self)
{
  g_return_val_if_fail (LIMBER_IS_HISTORY_RECORDER (self), NULL);
  return self->session;
}

GDateTime *
limber_history_recorder_get_start (LimberHistoryRecorder *self)
{
  g_return_val_if_fail (LIMBER_IS_HISTORY_RECORDER (self), NULL);
  return self->start;
}

gint
limber_history_recorder_get_pain_before (LimberHistoryRecorder *self)
{
  g_return_val_if_fail (LIMBER_IS_HISTORY_RECORDER (self), LIMBER_PAIN_UNSET);
  return self->pain_before;
}

LimberHistoryRecord *
limber_history_recorder_end (LimberHistoryRecorder  *self,
                             GDateTime              *end,
                             GError                **error)
{
  g_autoptr(LimberSession) session = NULL;
  g_autoptr(GDateTime) start = NULL;
  gint pain_before;
  gboolean easy_day;

  g_return_val_if_fail (LIMBER_IS_HISTORY_RECORDER (self), NULL);
  g_return_val_if_fail (end != NULL, NULL);

  if (self->session == NULL)
    return NULL;
  session = g_steal_pointer (&self->session);
  start = g_steal_pointer (&self->start);
  pain_before = self->pain_before;
  easy_day = self->easy_day;
  self->pain_before = LIMBER_PAIN_UNSET;
  self->easy_day = FALSE;
  return record_session (self, session, start, end, pain_before, easy_day, error);
}

static gboolean
is_unsaved (LimberHistoryRecorder *self,
            LimberHistoryRecord   *record)
{
  return g_ptr_array_find (self->unsaved, record, NULL);
}

gboolean
limber_history_recorder_save_answers (LimberHistoryRecorder  *self,
                                      LimberHistoryRecord    *record,
                                      GError                **error)
{
  g_return_val_if_fail (LIMBER_IS_HISTORY_RECORDER (self), FALSE);
  g_return_val_if_fail (LIMBER_IS_HISTORY_RECORD (record), FALSE);

  /* An unsaved record carries its answers into its own line. */
  if (is_unsaved (self, record))
    return limber_history_recorder_retry (self, error);
  return limber_history_save_answers (self->history, record, error);
}

guint
limber_history_recorder_get_n_unsaved (LimberHistoryRecorder *self)
{
  g_return_val_if_fail (LIMBER_IS_HISTORY_RECORDER (self), 0);
  return self->unsaved->len;
}
