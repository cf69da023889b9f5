/* limber-canberra-player.c: the cue player that plays through libcanberra
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-sound"

#include "config.h"

#include <canberra.h>
#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "limber-canberra-player-private.h"
#include "limber-object-private.h"

#define THEME_NAME "limber"
/* Cues asked for before the sound connection is ready wait here; a backlog
 * longer than this is not worth playing. */
#define MAX_PENDING 8

struct _LimberCanberraPlayer
{
  GObject parent_instance;

  GSettings *settings;       /* nullable */
  ca_context *context;       /* owned; NULL until ready, and once unavailable */
  GError *error;             /* the first failure; NULL while available */
  GArray *pending;           /* LimberCueKind played before ready (lock) */
  /* The connection the worker thread opened, until the main thread takes
   * it (lock): a cue played meanwhile goes through it at once, and the
   * worker plays the waiting ones, so that the first cue of a start does
   * not wait for a main loop busy building and showing the window. */
  GMutex lock;
  ca_context *early;

  /* Settings, cached so that play() reads no GSettings. */
  gboolean sound_enabled;
  double volume;
  char volume_db[G_ASCII_DTOSTR_BUF_SIZE];
  gboolean cue_enabled[LIMBER_N_CUE_KINDS];


  guint ready : 1;
  guint available : 1;
  guint opening : 1;
};

static void cue_player_iface_init (LimberCuePlayerInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LimberCanberraPlayer, limber_canberra_player, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (LIMBER_TYPE_CUE_PLAYER, cue_player_iface_init))

G_DEFINE_QUARK (limber-sound-error-quark, limber_sound_error)

enum {
  PROP_0,
  PROP_SETTINGS,
  PROP_READY,
  PROP_ERROR_MESSAGE,
  N_PROPS,
  /* overridden from LimberCuePlayer */
  PROP_AVAILABLE = N_PROPS,
};

static GParamSpec *properties[N_PROPS];

static char *event_ids[LIMBER_N_CUE_KINDS];

/* Worker thread ----------------------------------------------------------- */

static void
context_free (gpointer context)
{
  ca_context_destroy (context);
}

/* Whether ALSA has a card at all: without one the ALSA driver prints noise
 * on every play and plays nothing. */
static gboolean
have_alsa_card (void)
{
  g_autofree char *cards = NULL;

  if (!g_file_get_contents ("/proc/asound/cards", &cards, NULL, NULL))
    return FALSE;

  return strstr (cards, "no soundcards") == NULL && strchr (cards, '[') != NULL;
}

static int
open_context (const char  *driver,
              ca_context **out_context)
{
  ca_context *context = NULL;
  int res;

  res = ca_context_create (&context);
  if (res < 0)
    return res;

  if (driver != NULL)
    res = ca_context_set_driver (context, driver);
  if (res == CA_SUCCESS)
    res = ca_context_change_props (context,
                                   CA_PROP_APPLICATION_NAME, "Limber",
                                   CA_PROP_APPLICATION_ID, APP_ID,
                                   CA_PROP_APPLICATION_ICON_NAME, APP_ID,
                                   CA_PROP_CANBERRA_XDG_THEME_NAME, THEME_NAME,
                                   NULL);
  if (res == CA_SUCCESS)
    res = ca_context_open (context);

  if (res < 0)
    {
      ca_context_destroy (context);
      return res;
    }

  *out_context = context;
  return CA_SUCCESS;
}

/* libcanberra locks each context: any thread may play through it. */
static int
play_through (ca_context    *context,
              LimberCueKind  kind,
              const char    *volume_db)
{
  g_log ("limber-timing", G_LOG_LEVEL_DEBUG, "cue %s played", event_ids[kind]);
  return ca_context_play (context, 0,
                          CA_PROP_EVENT_ID, event_ids[kind],
                          CA_PROP_CANBERRA_CACHE_CONTROL, "permanent",
                          CA_PROP_CANBERRA_VOLUME, volume_db,
                          NULL);
}

static void
open_and_cache_thread (GTask        *task,
                       gpointer      source_object,
                       gpointer      task_data,
                       GCancellable *cancellable)
{
  const char *forced_driver = g_getenv ("CANBERRA_DRIVER");
  ca_context *context = NULL;
  int res;

  /* PulseAudio (or PipeWire's pulse server) fails fast and quietly when there
   * is no server; ALSA is only worth trying when there is a card. A driver
   * forced with CANBERRA_DRIVER is left to libcanberra. */
  if (forced_driver != NULL && *forced_driver != '\0')
    res = open_context (NULL, &context);
  else
    {
      res = open_context ("pulse", &context);
      if (res < 0 && have_alsa_card ())
        {
          g_debug ("PulseAudio: %s; trying ALSA", ca_strerror (res));
          res = open_context ("alsa", &context);
        }
    }

  if (res < 0)
    {
      g_task_return_new_error (task, LIMBER_SOUND_ERROR, LIMBER_SOUND_ERROR_NO_OUTPUT,
                               /* Translators: %s is the reason libcanberra gives, in English */
                               _("No sound output: Limber cannot connect to a sound server (%s). "
                                 "Check that PulseAudio or PipeWire runs and that an output is "
                                 "selected in the sound settings; the timer keeps running "
                                 "without sound cues."),
                               ca_strerror (res));
      return;
    }

  for (guint i = 0; i < LIMBER_N_CUE_KINDS; i++)
    {
      res = ca_context_cache (context,
                              CA_PROP_EVENT_ID, event_ids[i],
                              CA_PROP_CANBERRA_CACHE_CONTROL, "permanent",
                              NULL);
      /* The ALSA driver has no cache: it reads the file at each play. */
      if (res == CA_ERROR_NOTSUPPORTED)
        break;
      if (res < 0)
        {
          ca_context_destroy (context);
          g_task_return_new_error (task, LIMBER_SOUND_ERROR, LIMBER_SOUND_ERROR_MISSING_SOUND,
                                   /* Translators: the first %s is the sound's name (as
                                    * "limber-go"), the second the reason libcanberra gives,
                                    * in English, the third the name of the sound theme;
                                    * "<datadir>/sounds/" and "build-aux/dev run" stay as they are */
                                   _("The sound of the cue “%s” could not be loaded (%s). "
                                     "Reinstall Limber so its sound theme “%s” is in "
                                     "<datadir>/sounds/; from a build tree, start it with "
                                     "build-aux/dev run."),
                                   event_ids[i], ca_strerror (res), THEME_NAME);
          return;
        }
    }

  {
    LimberCanberraPlayer *self = LIMBER_CANBERRA_PLAYER (source_object);

    g_mutex_lock (&self->lock);
    self->early = context;
    for (guint i = 0; i < self->pending->len; i++)
      play_through (context, g_array_index (self->pending, LimberCueKind, i), self->volume_db);
    g_array_set_size (self->pending, 0);
    g_mutex_unlock (&self->lock);
  }
  g_task_return_pointer (task, context, context_free);
}

/* Main thread ------------------------------------------------------------- */

static void
set_unavailable (LimberCanberraPlayer *self,
                 GError               *error)
{
  g_assert (error != NULL);

  if (!self->available)
    {
      g_error_free (error);
      return;
    }

  g_debug ("Sound cues unavailable: %s", error->message);

  self->error = error;
  self->available = FALSE;
  g_clear_pointer (&self->context, ca_context_destroy);
  g_array_set_size (self->pending, 0);

  g_object_notify (G_OBJECT (self), "available");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR_MESSAGE]);
}

static void
play_now (LimberCanberraPlayer *self,
          LimberCueKind         kind)
{
  int res;

  g_assert (self->context != NULL);

  res = play_through (self->context, kind, self->volume_db);
  if (res < 0)
    set_unavailable (self,
                     g_error_new (LIMBER_SOUND_ERROR, LIMBER_SOUND_ERROR_PLAY_FAILED,
                                  /* Translators: the first %s is the sound's name (as
                                   * "limber-go"), the second the reason libcanberra gives */
                                  _("Sound cues stopped working: playing “%s” failed (%s). "
                                    "Check the sound settings; the timer keeps running "
                                    "without sound cues."),
                                  event_ids[kind], ca_strerror (res)));
}

static void
on_opened (GObject      *source_object,
           GAsyncResult *result,
           gpointer      user_data)
{
  LimberCanberraPlayer *self = LIMBER_CANBERRA_PLAYER (source_object);
  g_autoptr(GError) error = NULL;
  ca_context *context;

  context = g_task_propagate_pointer (G_TASK (result), &error);
  g_mutex_lock (&self->lock);
  self->early = NULL;
  g_mutex_unlock (&self->lock);
  g_log ("limber-timing", G_LOG_LEVEL_DEBUG, "sound output %s", context != NULL ? "open" : "failed");
  if (context == NULL)
    set_unavailable (self, g_steal_pointer (&error));
  else
    self->context = context;

  self->ready = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READY]);

  for (guint i = 0; i < self->pending->len && self->available; i++)
    play_now (self, g_array_index (self->pending, LimberCueKind, i));
  g_array_set_size (self->pending, 0);
}

static void
read_settings (LimberCanberraPlayer *self)
{
  if (self->settings != NULL)
    {
      self->sound_enabled = g_settings_get_boolean (self->settings, "sound-enabled");
      self->volume = CLAMP (g_settings_get_double (self->settings, "volume"), 0.0, 1.0);

      for (guint i = 0; i < LIMBER_N_CUE_KINDS; i++)
        {
          /* "limber-go" → "cue-go" */
          g_autofree char *key = g_strconcat ("cue-", event_ids[i] + strlen ("limber-"), NULL);

          self->cue_enabled[i] = g_settings_get_boolean (self->settings, key);
        }
    }
  else
    {
      self->sound_enabled = TRUE;
      self->volume = 1.0;
      for (guint i = 0; i < LIMBER_N_CUE_KINDS; i++)
        self->cue_enabled[i] = TRUE;
    }

  /* libcanberra takes the volume in dB, 0 dB being the sound as recorded. */
  g_mutex_lock (&self->lock);
  g_ascii_formatd (self->volume_db, sizeof self->volume_db, "%.2f",
                   self->volume > 0.0 ? 20.0 * log10 (self->volume) : -120.0);
  g_mutex_unlock (&self->lock);
}

static void
on_settings_changed (GSettings            *settings,
                     const char           *key,
                     LimberCanberraPlayer *self)
{
  read_settings (self);
}

/* Starts opening the sound connection in a worker thread, once. */
static void
start_opening (LimberCanberraPlayer *self)
{
  g_autoptr(GTask) task = NULL;

  if (self->opening)
    return;
  self->opening = TRUE;

  task = g_task_new (self, NULL, on_opened, NULL);
  g_task_set_source_tag (task, start_opening);
  g_task_set_name (task, "[limber] open the sound connection");
  g_task_run_in_thread (task, open_and_cache_thread);
}

static void
limber_canberra_player_play (LimberCuePlayer *player,
                             LimberCueKind    kind)
{
  LimberCanberraPlayer *self = LIMBER_CANBERRA_PLAYER (player);

  if (!self->available || !self->sound_enabled || !self->cue_enabled[kind] ||
      self->volume <= 0.0)
    return;

  if (!self->ready)
    {
      g_mutex_lock (&self->lock);
      if (self->early != NULL)
        play_through (self->early, kind, self->volume_db);
      else if (self->pending->len < MAX_PENDING)
        g_array_append_val (self->pending, kind);
      g_mutex_unlock (&self->lock);
      start_opening (self);
      return;
    }

  play_now (self, kind);
}

static void
limber_canberra_player_prepare (LimberCuePlayer *player)
{
  start_opening (LIMBER_CANBERRA_PLAYER (player));
}

static void
cue_player_iface_init (LimberCuePlayerInterface *iface)
{
  iface->play = limber_canberra_player_play;
  iface->prepare = limber_canberra_player_prepare;
}

static void
limber_canberra_player_constructed (GObject *object)
{
  LimberCanberraPlayer *self = LIMBER_CANBERRA_PLAYER (object);

  G_OBJECT_CLASS (limber_canberra_player_parent_class)->constructed (object);

  read_settings (self);
  if (self->settings != NULL)
    g_signal_connect_object (self->settings, "changed",
                             G_CALLBACK (on_settings_changed), self, 0);

  /* Opening the sound connection loads the sound server's client library
   * (some 2 MB) and the cue files: a program that only shows its library
   * does not need them. It opens when limber_cue_player_prepare() says a
   * session is near (a routine shown, a session started) or at the first
   * cue, whichever comes first. */
}

static void
limber_canberra_player_dispose (GObject *object)
{
  LimberCanberraPlayer *self = LIMBER_CANBERRA_PLAYER (object);

  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (limber_canberra_player_parent_class)->dispose (object);
}

static void
limber_canberra_player_finalize (GObject *object)
{
  LimberCanberraPlayer *self = LIMBER_CANBERRA_PLAYER (object);

  g_clear_pointer (&self->context, ca_context_destroy);
  g_clear_error (&self->error);
  g_clear_pointer (&self->pending, g_array_unref);
  g_mutex_clear (&self->lock);

  G_OBJECT_CLASS (limber_canberra_player_parent_class)->finalize (object);
}

static void
limber_canberra_player_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  LimberCanberraPlayer *self = LIMBER_CANBERRA_PLAYER (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    case PROP_READY:
      g_value_set_boolean (value, self->ready);
      break;
    case PROP_ERROR_MESSAGE:
      g_value_set_string (value, limber_canberra_player_get_error_message (self));
      break;
    case PROP_AVAILABLE:
      g_value_set_boolean (value, self->available);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_canberra_player_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  LimberCanberraPlayer *self = LIMBER_CANBERRA_PLAYER (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_canberra_player_class_init (LimberCanberraPlayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = limber_canberra_player_constructed;
  object_class->dispose = limber_canberra_player_dispose;
  object_class->finalize = limber_canberra_player_finalize;
  object_class->get_property = limber_canberra_player_get_property;
  object_class->set_property = limber_canberra_player_set_property;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_READY] =
    g_param_spec_boolean ("ready", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ERROR_MESSAGE] =
    g_param_spec_string ("error-message", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
  g_object_class_override_property (object_class, PROP_AVAILABLE, "available");

  for (guint i = 0; i < LIMBER_N_CUE_KINDS; i++)
    event_ids[i] = g_strconcat ("limber-", limber_enum_to_nick (LIMBER_TYPE_CUE_KIND, i), NULL);
}

static void
limber_canberra_player_init (LimberCanberraPlayer *self)
{
  g_mutex_init (&self->lock);
  self->available = TRUE;
  self->pending = g_array_new (FALSE, FALSE, sizeof (LimberCueKind));
}

LimberCanberraPlayer *
limber_canberra_player_new (GSettings *settings)
{
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  return g_object_new (LIMBER_TYPE_CANBERRA_PLAYER,
                       "settings", settings,
                       NULL);
}

LIMBER_DEFINE_GETTER (LimberCanberraPlayer, limber_canberra_player, LIMBER_IS_CANBERRA_PLAYER,
                      gboolean, ready, FALSE)

const char *
limber_canberra_player_get_error_message (LimberCanberraPlayer *self)
{
  g_return_val_if_fail (LIMBER_IS_CANBERRA_PLAYER (self), NULL);

  return self->error != NULL ? self->error->message : NULL;
}
