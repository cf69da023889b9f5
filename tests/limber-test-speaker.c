/* limber-test-speaker.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "limber-test-speaker.h"

struct _LimberTestSpeaker
{
  GObject parent_instance;
  LimberSpeaker *inner;
  LimberTestSpeakerFunc func;
  gpointer user_data;
};

enum {
  PROP_0,
  PROP_AVAILABLE,
  PROP_SPEAKING,
};

static void limber_test_speaker_iface_init (LimberSpeakerInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LimberTestSpeaker, limber_test_speaker, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (LIMBER_TYPE_SPEAKER,
                                                      limber_test_speaker_iface_init))

static void
say (LimberSpeaker        *speaker,
     const char           *text,
     LimberSpeechPriority  priority,
     gint64                latest_end)
{
  LimberTestSpeaker *self = LIMBER_TEST_SPEAKER (speaker);

  self->func (text, latest_end, g_get_monotonic_time (), self->user_data);
  limber_speaker_say (self->inner, text, priority, latest_end);
}

static void
cancel (LimberSpeaker *speaker)
{
  LimberTestSpeaker *self = LIMBER_TEST_SPEAKER (speaker);

  self->func (NULL, 0, g_get_monotonic_time (), self->user_data);
  limber_speaker_cancel (self->inner);
}

static void
prepare (LimberSpeaker *speaker)
{
  limber_speaker_prepare (LIMBER_TEST_SPEAKER (speaker)->inner);
}

static void
limber_test_speaker_iface_init (LimberSpeakerInterface *iface)
{
  iface->say = say;
  iface->cancel = cancel;
  iface->prepare = prepare;
}

static void
get_property (GObject    *object,
              guint       prop_id,
              GValue     *value,
              GParamSpec *pspec)
{
  LimberTestSpeaker *self = LIMBER_TEST_SPEAKER (object);

  switch (prop_id)
    {
    case PROP_AVAILABLE:
      g_value_set_boolean (value, limber_speaker_get_available (self->inner));
      break;
    case PROP_SPEAKING:
      g_value_set_boolean (value, limber_speaker_get_speaking (self->inner));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
finalize (GObject *object)
{
  g_clear_object (&LIMBER_TEST_SPEAKER (object)->inner);
  G_OBJECT_CLASS (limber_test_speaker_parent_class)->finalize (object);
}

static void
limber_test_speaker_class_init (LimberTestSpeakerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = get_property;
  object_class->finalize = finalize;
  g_object_class_override_property (object_class, PROP_AVAILABLE, "available");
  g_object_class_override_property (object_class, PROP_SPEAKING, "speaking");
}

static void
limber_test_speaker_init (LimberTestSpeaker *self)
{
}

LimberSpeaker *
limber_test_speaker_new (LimberSpeaker         *inner,
                         LimberTestSpeakerFunc  func,
                         gpointer               user_data)
{
  LimberTestSpeaker *self = g_object_new (LIMBER_TYPE_TEST_SPEAKER, NULL);

  self->inner = g_object_ref (inner);
  self->func = func;
  self->user_data = user_data;
  return LIMBER_SPEAKER (self);
}
