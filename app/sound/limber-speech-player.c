/* limber-speech-player.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-speech"

#include "config.h"

#include <glib/gi18n.h>
#include <libspeechd.h>

#include "limber-object-private.h"
#include "limber-speech-player.h"

/*
 * The player and its worker thread share a Shared (an atomic GRcBox): the
 * requests queue, and the way back to the player (a weak reference and the
 * main context). The thread owns the SPDConnection alone. libspeechd calls
 * the begin/end callbacks from a thread of its own, without user data: a
 * table from the connection's client id to its Shared finds the way back.
 */

typedef enum {
  REQUEST_CONNECT,
  REQUEST_SAY,
  REQUEST_CANCEL,
  REQUEST_RATE,
  REQUEST_VOLUME,
  REQUEST_QUIT,
} RequestKind;

typedef struct
{
  RequestKind kind;
  char *text;
  gint64 latest_end;
  int value;
} Request;

typedef struct
{
  GAsyncQueue *requests;  /* Request */
  GWeakRef player;
  GMainContext *context;
} Shared;

struct _LimberSpeechPlayer
{
  GObject parent_instance;

  Shared *shared;
  GThread *thread;
  GSettings *settings;

  GError *error;
  char *error_message;
  gboolean available;
  gboolean ready;
  gboolean speaking;
  gboolean enabled;
  gboolean connecting;
};

static void limber_speech_player_speaker_init (LimberSpeakerInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LimberSpeechPlayer, limber_speech_player, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (LIMBER_TYPE_SPEAKER,
                                                      limber_speech_player_speaker_init))

G_DEFINE_QUARK (limber-speech-error-quark, limber_speech_error)

enum {
  PROP_0,
  PROP_READY,
  PROP_AVAILABLE,
  PROP_SPEAKING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static G_LOCK_DEFINE (clients);
static GHashTable *clients;   /* client id → Shared */

static void
request_free (gpointer data)
{
  Request *r = data;

  g_free (r->text);
  g_free (r);
}

static void
shared_clear (gpointer data)
{
  Shared *shared = data;

  g_async_queue_unref (shared->requests);
  g_weak_ref_clear (&shared->player);
  g_main_context_unref (shared->context);
}

static void
shared_unref (Shared *shared)
{
  g_atomic_rc_box_release_full (shared, shared_clear);
}

static void
push (LimberSpeechPlayer *self,
      RequestKind         kind,
      const char         *text,
      gint64              latest_end,
      int                 value)
{
  Request *r = g_new0 (Request, 1);

  r->kind = kind;
  r->text = g_strdup (text);
  r->latest_end = latest_end;
  r->value = value;
  g_async_queue_push (self->shared->requests, r);
}

/* Reports from the worker, run on the player's main context --------------- */

typedef struct
{
  Shared *shared;
  int what;          /* 0 ready, 1 failed, 2 speaking, 3 silent */
  GError *error;
} Report;

static void
report_free (gpointer data)
{
  Report *report = data;

  shared_unref (report->shared);
  g_clear_error (&report->error);
  g_free (report);
}

static void
set_speaking (LimberSpeechPlayer *self,
              gboolean            speaking)
{
  if (self->speaking == speaking)
    return;
  self->speaking = speaking;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPEAKING]);
}

static gboolean
on_report (gpointer data)
{
  Report *report = data;
  g_autoptr(LimberSpeechPlayer) self = g_weak_ref_get (&report->shared->player);

  if (self == NULL)
    return G_SOURCE_REMOVE;

  switch (report->what)
    {
    case 0:
      self->connecting = FALSE;
      if (!self->ready && self->available)
        {
          self->ready = TRUE;
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READY]);
        }
      break;

    case 1:
      self->connecting = FALSE;
      if (!self->available)
        break;
      self->error = g_steal_pointer (&report->error);
      /* Translators: %s says why, e.g. "no speech service answers" */
      self->error_message = g_strdup_printf (_("Voice unavailable: %s"), self->error->message);
      g_debug ("%s", self->error_message);
      self->available = FALSE;
      set_speaking (self, FALSE);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AVAILABLE]);
      break;

    case 2:
      set_speaking (self, self->available);
      break;

    case 3:
    default:
      set_speaking (self, FALSE);
      break;
    }

  return G_SOURCE_REMOVE;
}

static void
report (Shared *shared,
        int     what,
        GError *error)
{
  Report *r = g_new0 (Report, 1);

  r->shared = g_atomic_rc_box_acquire (shared);
  r->what = what;
  r->error = error;
  g_main_context_invoke_full (shared->context, G_PRIORITY_DEFAULT, on_report, r, report_free);
}

static void
on_spd_event (size_t              msg_id,
              size_t              client_id,
              SPDNotificationType state)
{
  Shared *shared;

  G_LOCK (clients);
  shared = clients != NULL ? g_hash_table_lookup (clients, GSIZE_TO_POINTER (client_id)) : NULL;
  if (shared != NULL)
    g_atomic_rc_box_acquire (shared);
  G_UNLOCK (clients);

  if (shared == NULL)
    return;

  report (shared, state == SPD_EVENT_BEGIN ? 2 : 3, NULL);
  shared_unref (shared);
}

/* Worker thread ----------------------------------------------------------- */

static SPDConnection *
connect_service (Shared  *shared,
                 GError **error)
{
  g_autofree char *address_error = NULL;
  char *open_error = NULL;
  SPDConnectionAddress *address;
  SPDConnection *conn;
  char **modules;
  gboolean has_module;

  address = spd_get_default_address (&address_error);
  if (address == NULL)
    {
      g_set_error (error, LIMBER_SPEECH_ERROR, LIMBER_SPEECH_ERROR_NO_SERVICE,
                   /* Translators: %s is speech-dispatcher's own message */
                   _("no speech service answers (%s)"),
                   address_error != NULL ? address_error : "?");
      return NULL;
    }

  conn = spd_open2 ("limber", "guidance", NULL, SPD_MODE_THREADED, address, TRUE, &open_error);
  SPDConnectionAddress__free (address);
  if (conn == NULL)
    {
      g_autofree char *reason = g_strstrip (g_strdup (open_error != NULL ? open_error : "?"));

      g_set_error (error, LIMBER_SPEECH_ERROR, LIMBER_SPEECH_ERROR_NO_SERVICE,
                   _("no speech service answers (%s)"), reason);
      free (open_error);
      return NULL;
    }

  modules = spd_list_modules (conn);
  has_module = modules != NULL && modules[0] != NULL;
  if (modules != NULL)
    free_spd_modules (modules);
  if (!has_module)
    {
      g_set_error_literal (error, LIMBER_SPEECH_ERROR, LIMBER_SPEECH_ERROR_NO_VOICE,
                           _("speech-dispatcher has no voice installed "
                             "(speech-dispatcher-espeak-ng, for one)"));
      spd_close (conn);
      return NULL;
    }

  spd_set_language (conn, limber_speech_language ());
  spd_set_punctuation (conn, SPD_PUNCT_NONE);

  conn->callback_begin = on_spd_event;
  conn->callback_end = on_spd_event;
  conn->callback_cancel = on_spd_event;
  spd_set_notification_on (conn, SPD_BEGIN);
  spd_set_notification_on (conn, SPD_END);
  spd_set_notification_on (conn, SPD_CANCEL);

  G_LOCK (clients);
  if (clients == NULL)
    clients = g_hash_table_new (NULL, NULL);
  g_hash_table_insert (clients, GSIZE_TO_POINTER ((gsize) spd_get_client_id (conn)), shared);
  G_UNLOCK (clients);

  return conn;
}

static void
disconnect_service (SPDConnection *conn)
{
  G_LOCK (clients);
  if (clients != NULL)
    g_hash_table_remove (clients, GSIZE_TO_POINTER ((gsize) spd_get_client_id (conn)));
  G_UNLOCK (clients);

  spd_close (conn);
}

static gpointer
worker (gpointer data)
{
  Shared *shared = data;
  SPDConnection *conn = NULL;
  gboolean failed = FALSE;
  int rate = 0, volume = 0;

  for (;;)
    {
      Request *r = g_async_queue_pop (shared->requests);
      int res = 0;

      if (r->kind == REQUEST_QUIT)
        {
          request_free (r);
          break;
        }

      if (failed)
        {
          request_free (r);
          continue;
        }

      if (conn == NULL && r->kind != REQUEST_RATE && r->kind != REQUEST_VOLUME)
        {
          g_autoptr(GError) error = NULL;
          gint64 begin = g_get_monotonic_time ();

          conn = connect_service (shared, &error);
          if (conn == NULL)
            {
              failed = TRUE;
              report (shared, 1, g_steal_pointer (&error));
              request_free (r);
              continue;
            }
          spd_set_voice_rate (conn, rate);
          spd_set_volume (conn, volume);
          g_debug ("Connected to speech-dispatcher in %.1f ms",
                   (g_get_monotonic_time () - begin) / 1e3);
          report (shared, 0, NULL);
        }

      switch (r->kind)
        {
        case REQUEST_SAY:
          if (r->latest_end != G_MAXINT64 && g_get_monotonic_time () >= r->latest_end)
            {
              g_debug ("Too late to say “%s”", r->text);
              break;
            }
          /* A new phrase replaces what may still be spoken. */
          res = spd_cancel (conn);
          if (res == 0)
            res = spd_say (conn, SPD_TEXT, r->text) < 0 ? -1 : 0;
          break;

        case REQUEST_CANCEL:
          res = spd_cancel (conn);
          break;

        case REQUEST_RATE:
          rate = r->value;
          if (conn != NULL)
            res = spd_set_voice_rate (conn, rate);
          break;

        case REQUEST_VOLUME:
          volume = r->value;
          if (conn != NULL)
            res = spd_set_volume (conn, volume);
          break;

        case REQUEST_CONNECT:
        case REQUEST_QUIT:
        default:
          break;
        }

      if (res != 0)
        {
          failed = TRUE;
          report (shared, 1, g_error_new_literal (LIMBER_SPEECH_ERROR, LIMBER_SPEECH_ERROR_DROPPED,
                                                  _("the speech service stopped answering")));
        }

      request_free (r);
    }

  if (conn != NULL)
    disconnect_service (conn);
  shared_unref (shared);
  return NULL;
}

static void
ensure_thread (LimberSpeechPlayer *self)
{
  if (self->thread != NULL)
    return;

  self->connecting = TRUE;
  self->thread = g_thread_new ("limber-speech", worker, g_atomic_rc_box_acquire (self->shared));
  push (self, REQUEST_CONNECT, NULL, 0, 0);
}

/* LimberSpeaker ----------------------------------------------------------- */

static void
limber_speech_player_say (LimberSpeaker        *speaker,
                          const char           *text,
                          LimberSpeechPriority  priority,
                          gint64                latest_end)
{
  LimberSpeechPlayer *self = LIMBER_SPEECH_PLAYER (speaker);

  if (!self->available || !self->enabled)
    return;

  ensure_thread (self);
  push (self, REQUEST_SAY, text, latest_end, 0);
}

static void
limber_speech_player_cancel (LimberSpeaker *speaker)
{
  LimberSpeechPlayer *self = LIMBER_SPEECH_PLAYER (speaker);

  if (!self->available || self->thread == NULL)
    return;

  /* Nothing said yet is waiting any more. */
  for (;;)
    {
      Request *r = g_async_queue_try_pop (self->shared->requests);

      if (r == NULL)
        break;
      if (r->kind != REQUEST_SAY && r->kind != REQUEST_CANCEL)
        {
          /* keep settings and connecting, in order */
          g_async_queue_push_front (self->shared->requests, r);
          break;
        }
      request_free (r);
    }
  push (self, REQUEST_CANCEL, NULL, 0, 0);
}

static void
limber_speech_player_prepare (LimberSpeaker *speaker)
{
  LimberSpeechPlayer *self = LIMBER_SPEECH_PLAYER (speaker);

  if (!self->available || !self->enabled)
    return;

  ensure_thread (self);
}

static void
limber_speech_player_speaker_init (LimberSpeakerInterface *iface)
{
  iface->say = limber_speech_player_say;
  iface->cancel = limber_speech_player_cancel;
  iface->prepare = limber_speech_player_prepare;
}

/* GObject ------------------------------------------------------------------ */

static void
on_settings_changed (GSettings          *settings,
                     const char         *key,
                     LimberSpeechPlayer *self)
{
  if (g_str_equal (key, "voice"))
    limber_speech_player_set_enabled (self, g_settings_get_boolean (settings, key));
  else if (g_str_equal (key, "voice-rate"))
    limber_speech_player_set_rate (self, g_settings_get_int (settings, key));
  else if (g_str_equal (key, "voice-volume"))
    limber_speech_player_set_volume (self, g_settings_get_int (settings, key));
}

static void
limber_speech_player_dispose (GObject *object)
{
  LimberSpeechPlayer *self = LIMBER_SPEECH_PLAYER (object);

  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->settings);

  if (self->thread != NULL)
    {
      /* The thread leaves on its own (a hung service must not hang us). */
      push (self, REQUEST_QUIT, NULL, 0, 0);
      g_clear_pointer (&self->thread, g_thread_unref);
    }

  G_OBJECT_CLASS (limber_speech_player_parent_class)->dispose (object);
}

static void
limber_speech_player_finalize (GObject *object)
{
  LimberSpeechPlayer *self = LIMBER_SPEECH_PLAYER (object);

  g_clear_pointer (&self->shared, shared_unref);
  g_clear_error (&self->error);
  g_clear_pointer (&self->error_message, g_free);

  G_OBJECT_CLASS (limber_speech_player_parent_class)->finalize (object);
}

static void
limber_speech_player_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  LimberSpeechPlayer *self = LIMBER_SPEECH_PLAYER (object);

  switch (prop_id)
    {
    case PROP_READY:
      g_value_set_boolean (value, self->ready);
      break;
    case PROP_AVAILABLE:
      g_value_set_boolean (value, self->available);
      break;
    case PROP_SPEAKING:
      g_value_set_boolean (value, self->speaking);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_speech_player_class_init (LimberSpeechPlayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = limber_speech_player_dispose;
  object_class->finalize = limber_speech_player_finalize;
  object_class->get_property = limber_speech_player_get_property;

  properties[PROP_READY] =
    g_param_spec_boolean ("ready", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_property (object_class, PROP_READY, properties[PROP_READY]);

  g_object_class_override_property (object_class, PROP_AVAILABLE, "available");
  properties[PROP_AVAILABLE] = g_object_class_find_property (object_class, "available");
  g_object_class_override_property (object_class, PROP_SPEAKING, "speaking");
  properties[PROP_SPEAKING] = g_object_class_find_property (object_class, "speaking");
}

static void
limber_speech_player_init (LimberSpeechPlayer *self)
{
  self->available = TRUE;
  self->enabled = TRUE;
  self->shared = g_atomic_rc_box_new0 (Shared);
  self->shared->requests = g_async_queue_new_full (request_free);
  g_weak_ref_init (&self->shared->player, self);
  self->shared->context = g_main_context_ref_thread_default ();
}

LimberSpeechPlayer *
limber_speech_player_new (GSettings *settings)
{
  LimberSpeechPlayer *self;

  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  self = g_object_new (LIMBER_TYPE_SPEECH_PLAYER, NULL);
  if (settings != NULL)
    {
      self->settings = g_object_ref (settings);
      g_signal_connect (settings, "changed", G_CALLBACK (on_settings_changed), self);
      self->enabled = g_settings_get_boolean (settings, "voice");
      limber_speech_player_set_rate (self, g_settings_get_int (settings, "voice-rate"));
      limber_speech_player_set_volume (self, g_settings_get_int (settings, "voice-volume"));
    }

  return self;
}

LIMBER_DEFINE_GETTER (LimberSpeechPlayer, limber_speech_player, LIMBER_IS_SPEECH_PLAYER,
                      gboolean, ready, FALSE)

LIMBER_DEFINE_GETTER (LimberSpeechPlayer, limber_speech_player, LIMBER_IS_SPEECH_PLAYER,
                      const char *, error_message, NULL)

LIMBER_DEFINE_GETTER (LimberSpeechPlayer, limber_speech_player, LIMBER_IS_SPEECH_PLAYER,
                      const GError *, error, NULL)

void
limber_speech_player_set_rate (LimberSpeechPlayer *self,
                               int                 rate)
{
  g_return_if_fail (LIMBER_IS_SPEECH_PLAYER (self));

  push (self, REQUEST_RATE, NULL, 0, CLAMP (rate, -100, 100));
}

void
limber_speech_player_set_volume (LimberSpeechPlayer *self,
                                 int                 volume)
{
  g_return_if_fail (LIMBER_IS_SPEECH_PLAYER (self));

  push (self, REQUEST_VOLUME, NULL, 0, CLAMP (volume, -100, 100));
}

void
limber_speech_player_set_enabled (LimberSpeechPlayer *self,
                                  gboolean            enabled)
{
  g_return_if_fail (LIMBER_IS_SPEECH_PLAYER (self));

  enabled = !!enabled;
  if (self->enabled == enabled)
    return;

  self->enabled = enabled;
  if (!enabled)
    limber_speaker_cancel (LIMBER_SPEAKER (self));
}
