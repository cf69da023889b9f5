/* limber-canberra-player.c: STUB until the sound work lands
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-sound"

#include "config.h"

#include "limber-canberra-player.h"

struct _LimberCanberraPlayer
{
  GObject parent_instance;
};

static void cue_player_iface_init (LimberCuePlayerInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LimberCanberraPlayer, limber_canberra_player, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (LIMBER_TYPE_CUE_PLAYER, cue_player_iface_init))

enum {
  PROP_0,
  PROP_AVAILABLE,
};

static void
limber_canberra_player_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_AVAILABLE:
      g_value_set_boolean (value, FALSE);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_canberra_player_play (LimberCuePlayer *player,
                             LimberCueKind    kind)
{
}

static void
cue_player_iface_init (LimberCuePlayerInterface *iface)
{
  iface->play = limber_canberra_player_play;
}

static void
limber_canberra_player_class_init (LimberCanberraPlayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = limber_canberra_player_get_property;
  g_object_class_override_property (object_class, PROP_AVAILABLE, "available");
}

static void
limber_canberra_player_init (LimberCanberraPlayer *self)
{
}

LimberCanberraPlayer *
limber_canberra_player_new (void)
{
  return g_object_new (LIMBER_TYPE_CANBERRA_PLAYER, NULL);
}
