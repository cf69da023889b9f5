/* play-cues.c: play cues through LimberCanberraPlayer at planned times
 *
 *   play-cues [--settings] [--set KEY=VALUE]… [--early KIND]… KIND@MS…
 *
 * Waits until the player is ready, then plays each KIND (a cue name such as
 * "go") MS milliseconds after that moment, from GLib sources with absolute
 * ready times. For each play call it prints "play KIND PLANNED_MS
 * MONOTONIC_US DURATION_US" on stdout, then waits 1.6 s and exits. Exit status:
 * 0, 2 for bad arguments, 3 when the player became unavailable (its error
 * message goes to stdout as "unavailable: …").
 *
 * --settings gives the player GSettings (io.github.limber.Limber, whatever
 * backend the environment selects); each --set KEY=VALUE (a GVariant text,
 * e.g. cue-rep=false, volume=0.5) is applied after the player was created,
 * so the player must follow changes. Each --early KIND is played right after
 * that, before the player is ready ("early KIND" on stdout).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "limber-canberra-player.h"

/* After the last play call: longer than the longest cue (session-finished,
 * 1.43 s), since closing the sound connection cuts what still plays. */
#define QUIT_DELAY_MS 1600

typedef struct
{
  LimberCueKind kind;
  gint64 offset_ms;
} Planned;

typedef struct
{
  LimberCanberraPlayer *player;
  GMainLoop *loop;
  GArray *planned;
  gint64 start_us;
  guint remaining;
  guint n_unavailable_notifies;
} State;

typedef struct
{
  State *state;
  Planned cue;
} Shot;

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
  gint64 before, after;

  before = g_get_monotonic_time ();
  limber_cue_player_play (LIMBER_CUE_PLAYER (state->player), shot->cue.kind);
  after = g_get_monotonic_time ();

  g_print ("play %s %" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %" G_GINT64_FORMAT "\n",
           limber_cue_kind_to_string (shot->cue.kind), shot->cue.offset_ms,
           before, after - before);
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
      shot->cue = g_array_index (state->planned, Planned, i);
      /* an absolute deadline: no drift from earlier shots */
      g_source_set_ready_time (source, state->start_us + shot->cue.offset_ms * 1000);
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
parse_cue (const char *arg,
           Planned    *out)
{
  g_autofree char *name = g_strdup (arg);
  char *at = strchr (name, '@');
  char *end = NULL;

  if (at == NULL)
    return FALSE;
  *at = '\0';
  if (!limber_cue_kind_from_string (name, &out->kind))
    return FALSE;
  out->offset_ms = g_ascii_strtoll (at + 1, &end, 10);
  return end != at + 1 && *end == '\0' && out->offset_ms >= 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("KIND@MS…");
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

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("play-cues: %s\n", error->message);
      return 2;
    }

  for (int i = 1; i < argc; i++)
    {
      Planned cue;

      if (!parse_cue (argv[i], &cue))
        {
          g_printerr ("play-cues: “%s” is not KIND@MS (e.g. go@700)\n", argv[i]);
          return 2;
        }
      g_array_append_val (planned, cue);
    }

  if (use_settings || sets != NULL)
    settings = g_settings_new (APP_ID);

  loop = g_main_loop_new (NULL, FALSE);
  player = limber_canberra_player_new (settings);
  state.player = player;
  state.loop = loop;
  state.planned = planned;
  g_signal_connect (player, "notify::available", G_CALLBACK (on_available), &state);
  g_signal_connect (player, "notify::ready", G_CALLBACK (on_ready), &state);

  for (guint i = 0; sets != NULL && sets[i] != NULL; i++)
    {
      g_auto(GStrv) kv = g_strsplit (sets[i], "=", 2);
      g_autoptr(GVariant) value = NULL;
      g_autoptr(GSettingsSchema) schema = NULL;
      g_autoptr(GSettingsSchemaKey) key = NULL;

      g_object_get (settings, "settings-schema", &schema, NULL);
      if (kv[1] == NULL || !g_settings_schema_has_key (schema, kv[0]))
        {
          g_printerr ("play-cues: “%s” is not KEY=VALUE with a key of %s\n", sets[i], APP_ID);
          return 2;
        }
      key = g_settings_schema_get_key (schema, kv[0]);
      value = g_variant_parse (g_settings_schema_key_get_value_type (key), kv[1],
                               NULL, NULL, &error);
      if (value == NULL || !g_settings_set_value (settings, kv[0], value))
        {
          g_printerr ("play-cues: bad value for %s: %s\n", kv[0],
                      error != NULL ? error->message : "out of range");
          return 2;
        }
    }

  for (guint i = 0; early != NULL && early[i] != NULL; i++)
    {
      LimberCueKind kind;

      if (!limber_cue_kind_from_string (early[i], &kind))
        {
          g_printerr ("play-cues: “%s” is not a cue kind\n", early[i]);
          return 2;
        }
      g_print ("early %s ready=%d\n", early[i], limber_canberra_player_get_ready (player));
      limber_cue_player_play (LIMBER_CUE_PLAYER (player), kind);
    }

  if (limber_canberra_player_get_ready (player))
    on_ready (player, NULL, &state);

  g_main_loop_run (loop);

  if (state.n_unavailable_notifies > 1)
    {
      g_print ("error: \"available\" notified %u times\n", state.n_unavailable_notifies);
      return 1;
    }

  return limber_cue_player_get_available (LIMBER_CUE_PLAYER (player)) ? 0 : 3;
}
