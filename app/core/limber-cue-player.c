/* limber-cue-player.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-core"

#include "config.h"

#include "limber-cue-player.h"

G_DEFINE_INTERFACE (LimberCuePlayer, limber_cue_player, G_TYPE_OBJECT)

static void
limber_cue_player_default_init (LimberCuePlayerInterface *iface)
{
  g_object_interface_install_property (iface,
                                       g_param_spec_boolean ("available", NULL, NULL, TRUE,
                                                             G_PARAM_READABLE |
                                                             G_PARAM_EXPLICIT_NOTIFY |
                                                             G_PARAM_STATIC_STRINGS));
}

void
limber_cue_player_play (LimberCuePlayer *self,
                        LimberCueKind    kind)
{
  g_return_if_fail (LIMBER_IS_CUE_PLAYER (self));
  g_return_if_fail (kind < LIMBER_N_CUE_KINDS);

  LIMBER_CUE_PLAYER_GET_IFACE (self)->play (self, kind);
}

void
limber_cue_player_prepare (LimberCuePlayer *self)
{
  LimberCuePlayerInterface *iface;

  g_return_if_fail (LIMBER_IS_CUE_PLAYER (self));

  iface = LIMBER_CUE_PLAYER_GET_IFACE (self);
  if (iface->prepare != NULL)
    iface->prepare (self);
}

gboolean
limber_cue_player_get_available (LimberCuePlayer *self)
{
  gboolean available = TRUE;

  g_return_val_if_fail (LIMBER_IS_CUE_PLAYER (self), FALSE);

  g_object_get (self, "available", &available, NULL);
  return available;
}
