/* limber-break-recorder.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-history"

#include "config.h"

#include "limber-break-recorder.h"
#include "limber-object-private.h"

struct _LimberBreakRecorder
{
  GObject parent_instance;

  LimberSittingModel *model;
  LimberHistory *history;
  guint n_recorded;
  guint n_failed;
};

G_DEFINE_FINAL_TYPE (LimberBreakRecorder, limber_break_recorder, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_N_RECORDED,
  PROP_N_FAILED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
on_break_event (LimberSittingModel  *model,
                LimberBreakKind      kind,
                GDateTime           *time,
                guint                minutes,
                const char          *routine_id,
                LimberBreakRecorder *self)
{
  g_autoptr(LimberBreakEvent) event = limber_break_event_new (kind, time, minutes, routine_id);
  g_autoptr(GError) error = NULL;

  if (limber_history_append_break (self->history, event, &error))
    {
      self->n_recorded++;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_RECORDED]);
    }
  else
    {
      g_message ("%s", error->message);
      self->n_failed++;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_FAILED]);
    }
}

static void
limber_break_recorder_dispose (GObject *object)
{
  LimberBreakRecorder *self = LIMBER_BREAK_RECORDER (object);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_clear_object (&self->model);
  g_clear_object (&self->history);

  G_OBJECT_CLASS (limber_break_recorder_parent_class)->dispose (object);
}

static void
limber_break_recorder_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  LimberBreakRecorder *self = LIMBER_BREAK_RECORDER (object);

  switch (prop_id)
    {
    case PROP_N_RECORDED:
      g_value_set_uint (value, self->n_recorded);
      break;
    case PROP_N_FAILED:
      g_value_set_uint (value, self->n_failed);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_break_recorder_class_init (LimberBreakRecorderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = limber_break_recorder_dispose;
  object_class->get_property = limber_break_recorder_get_property;

  properties[PROP_N_RECORDED] = g_param_spec_uint ("n-recorded", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_N_FAILED] = g_param_spec_uint ("n-failed", NULL, NULL, 0, G_MAXUINT, 0, ro);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
limber_break_recorder_init (LimberBreakRecorder *self)
{
}

LimberBreakRecorder *
limber_break_recorder_new (LimberSittingModel *model,
                           LimberHistory      *history)
{
  LimberBreakRecorder *self;

  g_return_val_if_fail (LIMBER_IS_SITTING_MODEL (model), NULL);
  g_return_val_if_fail (LIMBER_IS_HISTORY (history), NULL);

  self = g_object_new (LIMBER_TYPE_BREAK_RECORDER, NULL);
  self->model = g_object_ref (model);
  self->history = g_object_ref (history);
  g_signal_connect (model, "break-event", G_CALLBACK (on_break_event), self);
  return self;
}

LIMBER_DEFINE_GETTER (LimberBreakRecorder, limber_break_recorder, LIMBER_IS_BREAK_RECORDER,
                      guint, n_recorded, 0)
LIMBER_DEFINE_GETTER (LimberBreakRecorder, limber_break_recorder, LIMBER_IS_BREAK_RECORDER,
                      guint, n_failed, 0)
