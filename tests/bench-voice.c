/* bench-voice.c: what the voice says in a long routine, and what it costs
 * the cues
 *
 *   bench-voice [--minutes N] [--count-reps] [--rate N] [--script-only]
 *
 * Builds a routine of N minutes (default 10; timed sets on both sides,
 * paced reps, plain timed sets, rests), prints how many phrases its speech
 * script plans, says in full, shortens and drops; then runs it twice on the
 * real clock in a GMainLoop, with the cues played by nothing (the session's
 * timing alone): once without a voice, once speaking through
 * speech-dispatcher (LimberSpeechPlayer); and prints for each run the error
 * between each cue's planned time and the moment it was emitted (median,
 * max) and, with the voice, how many phrases speech-dispatcher began to
 * speak. Goal: the same with and without voice (median <= 20 ms, max <= 50
 * ms). Run it with a sound server (or inside tests/audio/audio-harness.py)
 * so that the voice is really heard.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <stdlib.h>

#include <glib/gi18n.h>

#include "limber-bench.h"
#include "limber-real-clock.h"
#include "limber-session.h"
#include "limber-test-speaker.h"
#if HAVE_VOICE
#include "limber-speech-player.h"
#endif

static LimberExercise *
make_exercise (guint n)
{
  LimberExercise *e = limber_exercise_new ();

  switch (n % 4)
    {
    case 0:   /* timed, both sides: 30 + 5 + 30, 2 sets, rest 10 */
      limber_exercise_set_name (e, "Kneeling hip flexor stretch");
      limber_exercise_set_duration (e, 30);
      limber_exercise_set_sides (e, LIMBER_SIDES_BOTH);
      limber_exercise_set_switch_time (e, 5);
      limber_exercise_set_sets (e, 2);
      limber_exercise_set_rest (e, 10);
      break;
    case 1:   /* paced reps: 2 sets of 8 × 3 s, rest 5 */
      limber_exercise_set_name (e, "Bodyweight squat");
      limber_exercise_set_reps (e, 8);
      limber_exercise_set_rep_duration (e, 3);
      limber_exercise_set_sets (e, 2);
      limber_exercise_set_rest (e, 5);
      break;
    case 2:   /* short timed set: the phrases must be short */
      limber_exercise_set_name (e, "Glute bridge");
      limber_exercise_set_duration (e, 8);
      limber_exercise_set_sets (e, 3);
      limber_exercise_set_rest (e, 4);
      break;
    default:  /* timed 45 s */
      limber_exercise_set_name (e, "Lying hamstring stretch");
      limber_exercise_set_duration (e, 45);
      break;
    }

  return e;
}

/* A routine of about @seconds (whole exercises until it is reached). */
static LimberRoutine *
make_routine (guint seconds)
{
  LimberRoutine *r = limber_routine_new ();

  limber_routine_set_id (r, "bench-voice");
  limber_routine_set_title (r, "Bench voice");
  limber_routine_set_prepare (r, 10);
  limber_routine_set_rest_between_exercises (r, 12);

  for (guint n = 0; limber_routine_get_total_seconds (r) < seconds; n++)
    {
      g_autoptr(LimberExercise) e = make_exercise (n);

      limber_routine_append_exercise (r, e);
    }

  return r;
}

typedef struct
{
  GMainLoop *loop;
  LimberClock *clock;
  GArray *errors;     /* gint64 µs */
  guint n_says;
  guint n_begun;
} Run;

static void
on_cue (LimberSession *session,
        guint          kind,
        gint64         planned,
        Run           *run)
{
  gint64 error = limber_clock_get_time (run->clock) - planned;

  g_array_append_val (run->errors, error);
}

static gboolean
quit_later (gpointer user_data)
{
  g_main_loop_quit (user_data);
  return G_SOURCE_REMOVE;
}

static void
on_state (LimberSession *session,
          GParamSpec    *pspec,
          Run           *run)
{
  if (limber_session_get_state (session) == LIMBER_SESSION_FINISHED)
    g_timeout_add (4000, quit_later, run->loop);   /* "Well done" */
}

static void
on_say (const char *text,
        gint64      latest_end,
        gint64      now,
        gpointer    user_data)
{
  Run *run = user_data;

  if (text != NULL)
    run->n_says++;
}

static void
on_speaking (LimberSpeaker *voice,
             GParamSpec    *pspec,
             Run           *run)
{
  if (limber_speaker_get_speaking (voice))
    run->n_begun++;
}

#if HAVE_VOICE
static void
on_ready (GObject    *player,
          GParamSpec *pspec,
          GMainLoop  *loop)
{
  g_main_loop_quit (loop);
}
#endif

static void
run_session (LimberPlan                *plan,
             LimberSpeaker             *voice,
             const LimberSpeechOptions *options,
             const char                *label)
{
  g_autoptr(LimberSession) session = NULL;
  g_autoptr(LimberSpeaker) logger = NULL;
  g_autoptr(GArray) sorted = NULL;
  Run run = { 0 };
  guint n;

  run.loop = g_main_loop_new (NULL, FALSE);
  run.clock = limber_real_clock_new ();
  run.errors = g_array_new (FALSE, FALSE, sizeof (gint64));
  session = limber_session_new (plan, run.clock);
  g_signal_connect (session, "cue", G_CALLBACK (on_cue), &run);
  g_signal_connect (session, "notify::state", G_CALLBACK (on_state), &run);

  if (voice != NULL)
    {
      logger = limber_test_speaker_new (voice, on_say, &run);
      limber_session_set_speaker (session, logger, options);
      g_signal_connect (voice, "notify::speaking", G_CALLBACK (on_speaking), &run);
    }

  limber_session_start (session);
  g_main_loop_run (run.loop);

  n = run.errors->len;
  sorted = g_array_copy (run.errors);
  g_array_sort (sorted, limber_bench_compare_gint64);
  g_print ("%-9s cues %u: error median %.3f ms, max %.3f ms",
           label, n, g_array_index (sorted, gint64, n / 2) / 1e3,
           g_array_index (sorted, gint64, n - 1) / 1e3);
  if (voice != NULL)
    g_print ("; phrases said %u, begun by speech-dispatcher %u%s",
             run.n_says, run.n_begun,
             limber_speaker_get_available (voice) ? "" : " (voice unavailable)");
  g_print ("\n");

  if (voice != NULL)
    g_signal_handlers_disconnect_by_data (voice, &run);
  g_clear_object (&session);
  g_clear_object (&run.clock);
  g_main_loop_unref (run.loop);
  g_array_unref (run.errors);
}

int
main (int   argc,
      char *argv[])
{
  int minutes = 10;
  int rate = 0;
  gboolean count_reps = FALSE;
  gboolean script_only = FALSE;
  GOptionEntry entries[] = {
    { "minutes", 'm', 0, G_OPTION_ARG_INT, &minutes, "Length of the routine (default 10)", "N" },
    { "count-reps", 0, 0, G_OPTION_ARG_NONE, &count_reps, "Count paced reps aloud", NULL },
    { "rate", 0, 0, G_OPTION_ARG_INT, &rate, "Speech rate, -100 … 100", "N" },
    { "script-only", 0, 0, G_OPTION_ARG_NONE, &script_only, "Only the script's figures", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("- spoken guidance benchmark");
  g_autoptr(GError) error = NULL;
  g_autoptr(LimberRoutine) routine = NULL;
  g_autoptr(LimberPlan) plan = NULL;
  g_autoptr(LimberSpeechScript) script = NULL;
  LimberSpeechOptions options;
  guint said, shortened, dropped, counts = 0;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LIMBER_BUILD_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }
  if (minutes < 1 || minutes > 24 * 60)
    {
      g_printerr ("--minutes must be between 1 and 1440, found %d\n", minutes);
      return EXIT_FAILURE;
    }

  options.rate = CLAMP (rate, -100, 100);
  options.count_reps = count_reps;
  routine = make_routine ((guint) minutes * 60);
  plan = limber_plan_new (routine);
  script = limber_speech_script_new (plan, &options);
  limber_speech_script_get_counts (script, &said, &shortened, &dropped);
  for (guint i = 0; i < limber_speech_script_get_n_phrases (script); i++)
    if (limber_speech_script_get_phrase (script, i)->kind == LIMBER_PHRASE_COUNT)
      counts++;

  g_print ("Routine: %u exercises, %u steps, %u s; voice rate %d, counting reps %s, language %s\n",
           limber_routine_get_n_exercises (routine), limber_plan_get_n_steps (plan),
           limber_plan_get_total_seconds (plan), options.rate, count_reps ? "on" : "off",
           limber_speech_language ());
  g_print ("Phrases: planned %u (%u rep counts), said %u (in full %u, shortened %u), dropped %u\n",
           said + dropped, counts, said, said - shortened, shortened, dropped);
  for (guint i = 0; i < limber_speech_script_get_n_phrases (script); i++)
    {
      const LimberPhrase *p = limber_speech_script_get_phrase (script, i);

      if (p->shortened || p->dropped)
        g_print ("  %8.3f s %-9s “%s”\n", p->start / 1e6, p->dropped ? "dropped" : "shortened",
                 p->dropped ? p->full_text : p->text);
    }

  if (script_only)
    return EXIT_SUCCESS;

  run_session (plan, NULL, NULL, "No voice:");

#if HAVE_VOICE
  {
    g_autoptr(LimberSpeechPlayer) player = limber_speech_player_new (NULL);
    g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);

    limber_speech_player_set_rate (player, options.rate);
    g_signal_connect (player, "notify::ready", G_CALLBACK (on_ready), loop);
    g_signal_connect (player, "notify::available", G_CALLBACK (on_ready), loop);
    limber_speaker_prepare (LIMBER_SPEAKER (player));
    g_main_loop_run (loop);
    g_signal_handlers_disconnect_by_data (player, loop);
    if (!limber_speaker_get_available (LIMBER_SPEAKER (player)))
      g_print ("%s\n", limber_speech_player_get_error_message (player));
    run_session (plan, LIMBER_SPEAKER (player), &options, "Voice:");
  }
#else
  g_print ("Voice: not built (meson feature voice)\n");
#endif

  return EXIT_SUCCESS;
}
