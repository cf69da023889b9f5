/* play-cues.c: play cues through LimberCanberraPlayer at planned times
 *
 *   play-cues [--settings] [--set KEY=VALUE]… [--early KIND]… EVENT@MS…
 *
 * Asks the player to prepare (as the window does when a session is near),
 * waits until it is ready, then does each EVENT MS milliseconds after
 * that moment, from GLib sources with absolute ready times. An EVENT is a cue
 * kind ("go", "switch-sides", …), played with limber_cue_player_play(), or
 * KEY=VALUE, a change of the player's settings (e.g. sound-enabled=false,
 * volume=0.5, cue-rep=false: a GVariant text).
 *
 * For each play call it prints "play KIND PLANNED_MS MONOTONIC_US
 * DURATION_US" on stdout, for each setting "set KEY=VALUE PLANNED_MS
 * MONOTONIC_US"; after the last event it waits 1.6 s (longer than the longest
 * cue) and exits. Exit status: 0; 2 for bad arguments; 3 when the player
 * became unavailable ("unavailable: MESSAGE" on stdout, once per notify).
 *
 * --settings gives the player GSettings (io.github.limber.Limber, in whatever
 * backend the environment selects; implied by --set and timed settings). Each
 * --set KEY=VALUE is applied right after the player was created, so the
 * player must follow changes. Each --early KIND is played right after that,
 * before the player is ready ("early KIND ready=0" on stdout).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "limber-canberra-player.h"
#include "limber-canberra-player-private.h"

/* After the last event: longer than the longest cue (session-finished,
 * 1.43 s), since closing the sound connection cuts what still plays. */
#define QUIT_DELAY_MS 1600

typedef struct
{
  LimberCueKind kind;
  char *setting;       /* KEY=VALUE, or NULL for a cue */
  gint64 offset_ms;
} Planned;

typedef struct
{
  LimberCanberraPlayer *player;
  GSettings *settings;
  GMainLoop *loop;
  GArray *planned;
  gint64 start_us;
  guint remaining;
  guint n_unavailable_notifies;
  gboolean failed;
} State;

typedef struct
{
  State *state;
  const Planned *event;
} Shot;

static void
planned_clear (gpointer data)
{
  Planned *p = data;

  g_clear_pointer (&p->setting, g_free);
}

static gboolean
apply_setting (GSettings  *settings,
               const char *assignment,
               GError    **error)
{
  g_auto(GStrv) kv = g_strsplit (assignment, "=", 2);
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettingsSchemaKey) key = NULL;
  g_autoptr(GVariant) value = NULL;

  g_object_get (settings, "settings-schema", &schema, NULL);
  if (kv[0] == NULL || kv[1] == NULL || !g_settings_schema_has_key (schema, kv[0]))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   "“%s” is not KEY=VALUE with a key of %s", assignment, APP_ID);
      return FALSE;
    }

  key = g_settings_schema_get_key (schema, kv[0]);
  value = g_variant_parse (g_settings_schema_key_get_value_type (key), kv[1], NULL, NULL, error);
  if (value == NULL)
    return FALSE;
  if (!g_settings_schema_key_range_check (key, value))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   "%s is out of the range of %s", kv[1], kv[0]);
      return FALSE;
    }

  return g_settings_set_value (settings, kv[0], value);
}

static gboolean
on_quit (gpointer user_data)
{
  g_main_loop_quit (user_data);
  return G_SOURCE_REMOVE;
}

static gboolean
on_shot (gpointer user_data)
{
  Shot *shot = user_data;
  State *state = shot->state;
  const Planned *event = shot->event;
  gint64 before, after;

  before = g_get_monotonic_time ();
  if (event->setting != NULL)
    {
      g_autoptr(GError) error = NULL;

      if (!apply_setting (state->settings, event->setting, &error))
        {
          g_printerr ("play-cues: %s\n", error->message);
          state->failed = TRUE;
        }
      g_print ("set %s %" G_GINT64_FORMAT " %" G_GINT64_FORMAT "\n",
               event->setting, event->offset_ms, before);
    }
  else
    {
      limber_cue_player_play (LIMBER_CUE_PLAYER (state->player), event->kind);
      after = g_get_monotonic_time ();
      g_print ("play %s %" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %" G_GINT64_FORMAT "\n",
               limber_enum_to_nick (LIMBER_TYPE_CUE_KIND, event->kind), event->offset_ms,
               before, after - before);
    }
  fflush (stdout);

  if (--state->remaining == 0)
    g_timeout_add (QUIT_DELAY_MS, on_quit, state->loop);

  return G_SOURCE_REMOVE;
}

static void
schedule (State *state)
{
  state->start_us = g_get_monotonic_time ();
  g_print ("start %" G_GINT64_FORMAT "\n", state->start_us);
  state->remaining = state->planned->len;

  if (state->remaining == 0)
    {
      g_timeout_add (QUIT_DELAY_MS, on_quit, state->loop);
      return;
    }

  for (guint i = 0; i < state->planned->len; i++)
    {
      Shot *shot = g_new0 (Shot, 1);
      GSource *source = g_timeout_source_new (G_MAXUINT);

      shot->state = state;
      shot->event = &g_array_index (state->planned, Planned, i);
      /* an absolute deadline: no drift from earlier events */
      g_source_set_ready_time (source, state->start_us + shot->event->offset_ms * 1000);
      g_source_set_callback (source, on_shot, shot, g_free);
      g_source_attach (source, NULL);
      g_source_unref (source);
    }
}

static void
on_ready (LimberCanberraPlayer *player,
          GParamSpec           *pspec,
          State                *state)
{
  if (!limber_canberra_player_get_ready (player))
    return;
  g_print ("ready available=%d\n",
           limber_cue_player_get_available (LIMBER_CUE_PLAYER (player)));
  schedule (state);
}

static void
on_available (LimberCanberraPlayer *player,
              GParamSpec           *pspec,
              State                *state)
{
  state->n_unavailable_notifies++;
  g_print ("unavailable: %s\n", limber_canberra_player_get_error_message (player));
}

static gboolean
parse_event (const char *arg,
             Planned    *out)
{
  g_autofree char *name = g_strdup (arg);
  char *at = strrchr (name, '@');
  char *end = NULL;
  int kind;

  if (at == NULL)
    return FALSE;
  *at = '\0';
  out->offset_ms = g_ascii_strtoll (at + 1, &end, 10);
  if (end == at + 1 || *end != '\0' || out->offset_ms < 0)
    return FALSE;

  if (strchr (name, '=') != NULL)
    {
      out->setting = g_steal_pointer (&name);
      return TRUE;
    }

  out->setting = NULL;
  if (!limber_enum_from_nick (LIMBER_TYPE_CUE_KIND, name, &kind))
    return FALSE;
  out->kind = kind;
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("EVENT@MS…");
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(LimberCanberraPlayer) player = NULL;
  g_autoptr(GMainLoop) loop = NULL;
  g_autoptr(GArray) planned = g_array_new (FALSE, FALSE, sizeof (Planned));
  g_auto(GStrv) sets = NULL;
  g_auto(GStrv) early = NULL;
  gboolean use_settings = FALSE;
  State state = { 0 };
  const GOptionEntry entries[] = {
    { "settings", 0, 0, G_OPTION_ARG_NONE, &use_settings, "Give the player GSettings", NULL },
    { "set", 0, 0, G_OPTION_ARG_STRING_ARRAY, &sets, "Set a key after creating the player",
      "KEY=VALUE" },
    { "early", 0, 0, G_OPTION_ARG_STRING_ARRAY, &early, "Play before the player is ready",
      "KIND" },
    { NULL }
  };

  g_array_set_clear_func (planned, planned_clear);
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("play-cues: %s\n", error->message);
      return 2;
    }

  for (int i = 1; i < argc; i++)
    {
      Planned event = { 0 };

      if (!parse_event (argv[i], &event))
        {
          g_printerr ("play-cues: “%s” is not KIND@MS or KEY=VALUE@MS (e.g. go@700)\n",
                      argv[i]);
          return 2;
        }
      if (event.setting != NULL)
        use_settings = TRUE;
      g_array_append_val (planned, event);
    }

  if (use_settings || sets != NULL)
    settings = g_settings_new (APP_ID);

  loop = g_main_loop_new (NULL, FALSE);
  player = limber_canberra_player_new (settings);
  state.player = player;
  state.settings = settings;
  state.loop = loop;
  state.planned = planned;
  g_signal_connect (player, "notify::available", G_CALLBACK (on_available), &state);
  g_signal_connect (player, "notify::ready", G_CALLBACK (on_ready), &state);

  for (guint i = 0; sets != NULL && sets[i] != NULL; i++)
    {
      if (!apply_setting (settings, sets[i], &error))
        {
          g_printerr ("play-cues: %s\n", error->message);
          return 2;
        }
    }

  for (guint i = 0; early != NULL && early[i] != NULL; i++)
    {
      int kind;

      if (!limber_enum_from_nick (LIMBER_TYPE_CUE_KIND, early[i], &kind))
        {
          g_printerr ("play-cues: “%s” is not a cue kind\n", early[i]);
          return 2;
        }
      g_print ("early %s ready=%d\n", early[i], limber_canberra_player_get_ready (player));
      limber_cue_player_play (LIMBER_CUE_PLAYER (player), kind);
    }

  /* As the window does when a session is near */
  limber_cue_player_prepare (LIMBER_CUE_PLAYER (player));
  if (limber_canberra_player_get_ready (player))
    on_ready (player, NULL, &state);

  g_main_loop_run (loop);

  if (state.failed)
    return 2;

  if (state.n_unavailable_notifies > 1)
    {
      g_print ("error: \"available\" notified %u times\n", state.n_unavailable_notifies);
      return 1;
    }

  return limber_cue_player_get_available (LIMBER_CUE_PLAYER (player)) ? 0 : 3;
}
