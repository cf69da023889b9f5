/* play-routine.c: play a routine file as a session does, with sound and voice
 *
 *   play-routine [--voice] [--count-reps] [--rate N] ROUTINE.json
 *
 * Runs the routine through LimberSession on the real clock, its cues played
 * by LimberCanberraPlayer and, with --voice, its script spoken by
 * LimberSpeechPlayer (speech-dispatcher), as the window will. Both players
 * are asked to prepare first (as when a routine is shown); the session
 * starts once both are ready (or unavailable), at most 15 s later.
 *
 * Prints, times in ms from the session's start (MONO in µs of
 * g_get_monotonic_time):
 *   plan START_MS LATEST_END_MS|- said|short|dropped TEXT   (the script, with --voice)
 *   start MONO
 *   cue KIND PLANNED_MS ACTUAL_MS
 *   say ACTUAL_MS LATEST_END_MS|- TEXT / cancel ACTUAL_MS
 *   speaking ACTUAL_MS / silent ACTUAL_MS   (speech-dispatcher's begin and end)
 *   unavailable: MESSAGE                    (once per player that fails)
 *   end ACTUAL_MS
 * and leaves once the session finished and the voice is silent (at most
 * 8 s later). Exit status 0; 2 for bad arguments or a routine that does
 * not load.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

#include <glib/gi18n.h>

#include "limber-canberra-player-private.h"
#include "limber-real-clock.h"
#include "limber-routine-file.h"
#include "limber-session.h"
#include "limber-test-speaker.h"
#if HAVE_VOICE
#include "limber-speech-player.h"
#endif

#define READY_TIMEOUT_MS 15000
#define SILENT_TIMEOUT_MS 8000
#define TAIL_MS 500

typedef struct
{
  GMainLoop *loop;
  LimberSession *session;
  LimberCanberraPlayer *cues;
  LimberSpeaker *speaker;     /* the logging speaker, or NULL */
  LimberSpeaker *voice;       /* the speech player, or NULL */
  gint64 start;
  gboolean started;
  gboolean finished;
  guint quit_id;
  guint ready_timeout_id;
} State;

static double
ms (State  *state,
    gint64  t)
{
  return (t - state->start) / 1000.0;
}

static gboolean
on_quit (gpointer user_data)
{
  State *state = user_data;

  state->quit_id = 0;
  g_print ("end %.1f\n", ms (state, g_get_monotonic_time ()));
  g_main_loop_quit (state->loop);
  return G_SOURCE_REMOVE;
}

static void
maybe_quit (State *state)
{
  if (!state->finished)
    return;
  if (state->voice != NULL && limber_speaker_get_speaking (state->voice))
    return;
  g_clear_handle_id (&state->quit_id, g_source_remove);
  state->quit_id = g_timeout_add (TAIL_MS, on_quit, state);
}

static void
on_cue (LimberSession *session,
        guint          kind,
        gint64         planned,
        State         *state)
{
  gint64 now = g_get_monotonic_time ();

  limber_cue_player_play (LIMBER_CUE_PLAYER (state->cues), kind);
  g_print ("cue %s %.1f %.1f\n", limber_enum_to_nick (LIMBER_TYPE_CUE_KIND, kind),
           ms (state, planned), ms (state, now));
}

static void
on_state (LimberSession *session,
          GParamSpec    *pspec,
          State         *state)
{
  if (limber_session_get_state (session) != LIMBER_SESSION_FINISHED)
    return;

  state->finished = TRUE;
  /* "Well done" comes 1.5 s after the end: wait for it, then silence. */
  g_clear_handle_id (&state->quit_id, g_source_remove);
  state->quit_id = g_timeout_add (state->voice != NULL ? SILENT_TIMEOUT_MS : 1600, on_quit, state);
}

static void
on_say (const char *text,
        gint64      latest_end,
        gint64      now,
        gpointer    user_data)
{
  State *state = user_data;

  if (text == NULL)
    {
      g_print ("cancel %.1f\n", ms (state, now));
      return;
    }

  if (latest_end == G_MAXINT64)
    g_print ("say %.1f - %s\n", ms (state, now), text);
  else
    g_print ("say %.1f %.1f %s\n", ms (state, now), ms (state, latest_end), text);
}

static void
on_speaking (GObject    *voice,
             GParamSpec *pspec,
             State      *state)
{
  gboolean speaking = limber_speaker_get_speaking (LIMBER_SPEAKER (voice));

  g_print ("%s %.1f\n", speaking ? "speaking" : "silent", ms (state, g_get_monotonic_time ()));
  if (!speaking)
    maybe_quit (state);
}

static gboolean
all_ready (State *state)
{
  gboolean cues = limber_canberra_player_get_ready (state->cues) ||
                  !limber_cue_player_get_available (LIMBER_CUE_PLAYER (state->cues));
  gboolean voice = TRUE;

#if HAVE_VOICE
  if (state->voice != NULL)
    voice = limber_speech_player_get_ready (LIMBER_SPEECH_PLAYER (state->voice)) ||
            !limber_speaker_get_available (state->voice);
#endif

  return cues && voice;
}

static void
start (State *state)
{
  if (state->started)
    return;

  state->started = TRUE;
  g_clear_handle_id (&state->ready_timeout_id, g_source_remove);
  state->start = g_get_monotonic_time ();
  g_print ("start %" G_GINT64_FORMAT "\n", state->start);
  fflush (stdout);
  limber_session_start (state->session);
}

static gboolean
on_ready_timeout (gpointer user_data)
{
  State *state = user_data;

  state->ready_timeout_id = 0;
  g_print ("# players not ready after %d ms: starting anyway\n", READY_TIMEOUT_MS);
  start (state);
  return G_SOURCE_REMOVE;
}

static void
on_player_notify (GObject    *player,
                  GParamSpec *pspec,
                  State      *state)
{
  if (g_str_equal (pspec->name, "available") &&
      !limber_cue_player_get_available (LIMBER_CUE_PLAYER (state->cues)) &&
      player == G_OBJECT (state->cues))
    g_print ("unavailable: %s\n", limber_canberra_player_get_error_message (state->cues));

#if HAVE_VOICE
  if (g_str_equal (pspec->name, "available") && player == G_OBJECT (state->voice))
    g_print ("unavailable: %s\n",
             limber_speech_player_get_error_message (LIMBER_SPEECH_PLAYER (state->voice)));
#endif

  if (!state->started && all_ready (state))
    start (state);
}

static void
print_script (LimberSpeechScript *script,
              LimberPlan         *plan)
{
  for (guint i = 0; i < limber_speech_script_get_n_phrases (script); i++)
    {
      const LimberPhrase *p = limber_speech_script_get_phrase (script, i);
      g_autofree char *end = p->latest_end == G_MAXINT64
                             ? g_strdup ("-")
                             : g_strdup_printf ("%.1f", p->latest_end / 1000.0);

      g_print ("plan %.1f %s %s %s\n", p->start / 1000.0, end,
               p->dropped ? "dropped" : p->shortened ? "short" : "said",
               p->dropped ? p->full_text : p->text);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("ROUTINE.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(LimberRoutine) routine = NULL;
  g_autoptr(LimberPlan) plan = NULL;
  g_autoptr(LimberClock) clock = NULL;
  g_autoptr(GFile) file = NULL;
  gboolean voice = FALSE;
  gboolean count_reps = FALSE;
  int rate = 0;
  State state = { 0 };
  const GOptionEntry entries[] = {
    { "voice", 0, 0, G_OPTION_ARG_NONE, &voice, "Speak the script (speech-dispatcher)", NULL },
    { "count-reps", 0, 0, G_OPTION_ARG_NONE, &count_reps, "Count paced reps aloud", NULL },
    { "rate", 0, 0, G_OPTION_ARG_INT, &rate, "Speech rate, -100 … 100", "N" },
    { NULL }
  };

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LIMBER_BUILD_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("play-routine: %s\n", error->message);
      return 2;
    }
  if (argc != 2)
    {
      g_printerr ("play-routine: give one routine file\n");
      return 2;
    }

  file = g_file_new_for_commandline_arg (argv[1]);
  routine = limber_routine_load_file (file, NULL, NULL, &error);
  if (routine == NULL)
    {
      g_printerr ("play-routine: %s\n", error->message);
      return 2;
    }

#if !HAVE_VOICE
  if (voice)
    {
      g_printerr ("play-routine: built without voice (meson option voice)\n");
      return 2;
    }
#endif

  plan = limber_plan_new (routine);
  clock = limber_real_clock_new ();
  state.loop = g_main_loop_new (NULL, FALSE);
  state.session = limber_session_new (plan, clock);
  state.cues = limber_canberra_player_new (NULL);
  g_signal_connect (state.cues, "notify", G_CALLBACK (on_player_notify), &state);
  g_signal_connect (state.session, "cue", G_CALLBACK (on_cue), &state);
  g_signal_connect (state.session, "notify::state", G_CALLBACK (on_state), &state);

#if HAVE_VOICE
  if (voice)
    {
      state.voice = LIMBER_SPEAKER (limber_speech_player_new (NULL));
      limber_speech_player_set_rate (LIMBER_SPEECH_PLAYER (state.voice), rate);
    }
#endif

  if (state.voice != NULL)
    {
      LimberSpeechOptions options = { rate, count_reps };

      g_signal_connect (state.voice, "notify", G_CALLBACK (on_player_notify), &state);
      g_signal_connect (state.voice, "notify::speaking", G_CALLBACK (on_speaking), &state);
      state.speaker = limber_test_speaker_new (state.voice, on_say, &state);
      limber_session_set_speaker (state.session, state.speaker, &options);
      print_script (limber_session_get_speech_script (state.session), plan);
    }

  /* As the window does when a routine is shown */
  limber_cue_player_prepare (LIMBER_CUE_PLAYER (state.cues));
  if (state.voice != NULL)
    limber_speaker_prepare (state.voice);
  if (all_ready (&state))
    start (&state);
  else
    state.ready_timeout_id = g_timeout_add (READY_TIMEOUT_MS, on_ready_timeout, &state);

  g_main_loop_run (state.loop);

  g_clear_object (&state.session);
  g_clear_object (&state.speaker);
  g_clear_object (&state.voice);
  g_clear_object (&state.cues);
  g_main_loop_unref (state.loop);
  return 0;
}
