/* limber-speaker.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-core"

#include "config.h"

#include "limber-speaker.h"

G_DEFINE_INTERFACE (LimberSpeaker, limber_speaker, G_TYPE_OBJECT)

static void
limber_speaker_default_init (LimberSpeakerInterface *iface)
{
  g_object_interface_install_property (iface,
                                       g_param_spec_boolean ("available", NULL, NULL, TRUE,
                                                             G_PARAM_READABLE |
                                                             G_PARAM_EXPLICIT_NOTIFY |
                                                             G_PARAM_STATIC_STRINGS));
  g_object_interface_install_property (iface,
                                       g_param_spec_boolean ("speaking", NULL, NULL, FALSE,
                                                             G_PARAM_READABLE |
                                                             G_PARAM_EXPLICIT_NOTIFY |
                                                             G_PARAM_STATIC_STRINGS));
}

void
limber_speaker_say (LimberSpeaker        *self,
                    const char           *text,
                    LimberSpeechPriority  priority,
                    gint64                latest_end)
{
  g_return_if_fail (LIMBER_IS_SPEAKER (self));
  g_return_if_fail (text != NULL);

  LIMBER_SPEAKER_GET_IFACE (self)->say (self, text, priority, latest_end);
}

void
limber_speaker_cancel (LimberSpeaker *self)
{
  g_return_if_fail (LIMBER_IS_SPEAKER (self));

  LIMBER_SPEAKER_GET_IFACE (self)->cancel (self);
}

void
limber_speaker_prepare (LimberSpeaker *self)
{
  LimberSpeakerInterface *iface;

  g_return_if_fail (LIMBER_IS_SPEAKER (self));

  iface = LIMBER_SPEAKER_GET_IFACE (self);
  if (iface->prepare != NULL)
    iface->prepare (self);
}

gboolean
limber_speaker_get_available (LimberSpeaker *self)
{
  gboolean available = TRUE;

  g_return_val_if_fail (LIMBER_IS_SPEAKER (self), FALSE);

  g_object_get (self, "available", &available, NULL);
  return available;
}

gboolean
limber_speaker_get_speaking (LimberSpeaker *self)
{
  gboolean speaking = FALSE;

  g_return_val_if_fail (LIMBER_IS_SPEAKER (self), FALSE);

  g_object_get (self, "speaking", &speaking, NULL);
  return speaking;
}
