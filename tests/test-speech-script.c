/* test-speech-script.c: what the voice says, and when (no speech service)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "limber-session.h"
#include "limber-speech-script.h"
#include "limber-virtual-clock.h"

#define SEC ((gint64) G_USEC_PER_SEC)

static LimberExercise *
timed (const char *name,
       guint       duration,
       guint       sets,
       guint       rest,
       LimberSides sides,
       guint       switch_time)
{
  LimberExercise *e = limber_exercise_new ();

  limber_exercise_set_name (e, name);
  limber_exercise_set_duration (e, duration);
  limber_exercise_set_sets (e, sets);
  limber_exercise_set_rest (e, rest);
  limber_exercise_set_sides (e, sides);
  limber_exercise_set_switch_time (e, switch_time);
  return e;
}

static LimberExercise *
counted (const char *name,
         guint       reps,
         guint       rep_duration,
         guint       sets,
         guint       rest)
{
  LimberExercise *e = limber_exercise_new ();

  limber_exercise_set_name (e, name);
  limber_exercise_set_reps (e, reps);
  limber_exercise_set_rep_duration (e, rep_duration);
  limber_exercise_set_sets (e, sets);
  limber_exercise_set_rest (e, rest);
  return e;
}

/* Prepare 10 s; a stretch 30 s × 2 sets, both sides, switch 5 s, rest 10 s;
 * squats 4 paced reps of 2 s × 2 sets, rest 5 s; a stretch 45 s; 15 s
 * between exercises; @rounds rounds. */
static LimberPlan *
example_plan (guint rounds)
{
  g_autoptr(LimberRoutine) r = limber_routine_new ();
  g_autoptr(LimberExercise) a = timed ("Kneeling hip flexor stretch", 30, 2, 10, LIMBER_SIDES_BOTH, 5);
  g_autoptr(LimberExercise) b = counted ("Bodyweight squat", 4, 2, 2, 5);
  g_autoptr(LimberExercise) c = timed ("Lying hamstring stretch", 45, 1, 0, LIMBER_SIDES_NONE, 0);

  limber_routine_set_id (r, "example");
  limber_routine_set_title (r, "Example");
  limber_routine_set_prepare (r, 10);
  limber_routine_set_rest_between_exercises (r, 15);
  limber_routine_set_rounds (r, rounds);
  limber_routine_append_exercise (r, a);
  limber_routine_append_exercise (r, b);
  limber_routine_append_exercise (r, c);
  return limber_plan_new (r);
}

static const char *
kind_token (LimberPhraseKind kind)
{
  static const char *tokens[] = {
    "ready", "set", "count", "halfway", "switch", "rest", "next", "finished",
  };

  return tokens[kind];
}

/* One line per phrase: "start–latest_end kind [short|DROP] “text”", times
 * in ms from the start of the plan ("end" when none). */
static char *
script_text (LimberSpeechScript *script)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < limber_speech_script_get_n_phrases (script); i++)
    {
      const LimberPhrase *p = limber_speech_script_get_phrase (script, i);
      g_autofree char *end = p->latest_end == G_MAXINT64
                             ? g_strdup ("end")
                             : g_strdup_printf ("%" G_GINT64_FORMAT, p->latest_end / 1000);

      g_string_append_printf (s, "%" G_GINT64_FORMAT "-%s %s%s “%s”\n",
                              p->start / 1000, end, kind_token (p->kind),
                              p->dropped ? " DROP" : p->shortened ? " short" : "",
                              p->dropped ? p->full_text : p->text);
    }

  return g_string_free (s, FALSE);
}

static void
test_example_english (void)
{
  g_autoptr(LimberPlan) plan = example_plan (1);
  LimberSpeechOptions options = { 0, TRUE };
  g_autoptr(LimberSpeechScript) script = limber_speech_script_new (plan, &options);
  g_autofree char *text = script_text (script);
  guint said, shortened, dropped;

  g_assert_cmpstr (limber_speech_language (), ==, "en");

  /* Sounds: get-ready 0.475 s, go 0.425 s, halfway 0.575 s, switch 0.18 s,
   * rest 0.575 s, exercise-done 0.585 s, session-finished 1.425 s; the
   * voice 60 ms after a sound, over 150 ms before the next one. The full
   * get-ready phrase (estimated 8.8 s) does not fit the 10 s prepare before
   * its countdown at 7 s: the short form is said. */
  g_assert_cmpstr (text, ==,
                   "535-6850 ready short “Get ready: Kneeling hip flexor stretch.”\n"
                   "10485-24850 set “Left side”\n"
                   "25635-36850 halfway “Halfway”\n"
                   "40240-44850 switch “Switch sides”\n"
                   "45485-59850 set “Right side”\n"
                   "60635-71850 halfway “Halfway”\n"
                   "75635-81850 rest “Rest, 10 seconds.”\n"
                   "85485-99850 set “Last set, left side”\n"
                   "100635-111850 halfway “Halfway”\n"
                   "115240-119850 switch “Switch sides”\n"
                   "120485-134850 set “Right side”\n"
                   "135635-146850 halfway “Halfway”\n"
                   "150645-161850 next “Rest, 15 seconds. Next: Bodyweight squat. 2 sets of 4 reps.”\n"
                   "165485-166850 set “Go”\n"
                   "167000-168850 count “2”\n"
                   "169000-170850 count “3”\n"
                   "171000-172850 count “4”\n"
                   "173635-174850 rest short “Rest.”\n"
                   "178485-179850 set “Last set”\n"
                   "180000-181850 count “2”\n"
                   "182000-183850 count “3”\n"
                   "184000-185850 count “4”\n"
                   "186645-197850 next “Rest, 15 seconds. Last exercise: Lying hamstring stretch. 45 seconds.”\n"
                   "201485-223350 set “Go”\n"
                   "224135-242850 halfway “Halfway”\n"
                   "247485-end finished “Well done. Routine complete.”\n");

  g_assert_cmpstr (limber_speech_script_get_phrase (script, 0)->full_text, ==,
                   "Get ready: Kneeling hip flexor stretch. 2 sets of 30 seconds, each side. "
                   "Left side first.");
  g_assert_cmpstr (limber_speech_script_get_phrase (script, 17)->full_text, ==,
                   "Rest, 5 seconds.");

  limber_speech_script_get_counts (script, &said, &shortened, &dropped);
  g_assert_cmpuint (said, ==, 26);
  g_assert_cmpuint (shortened, ==, 2);
  g_assert_cmpuint (dropped, ==, 0);

  /* Each phrase's estimate fits its window. */
  for (guint i = 0; i < limber_speech_script_get_n_phrases (script); i++)
    {
      const LimberPhrase *p = limber_speech_script_get_phrase (script, i);

      g_assert_cmpint (p->start + p->estimate, <=, p->latest_end);
      g_assert_cmpint (p->start, ==,
                       limber_plan_get_step (plan, p->step_index)->offset * SEC + p->step_start);
    }
}

/* No counting: no count phrases, and the rep ticks stay. A rep of 1 s is
 * too short to count even when counting is on. Rounds: the rest before
 * round 2 says so, and "Last exercise" comes only in the last round. */
static void
test_counts_and_rounds (void)
{
  g_autoptr(LimberPlan) plan = example_plan (2);
  LimberSpeechOptions options = { 0, FALSE };
  g_autoptr(LimberSpeechScript) script = limber_speech_script_new (plan, &options);
  g_autoptr(LimberRoutine) r = limber_routine_new ();
  g_autoptr(LimberExercise) fast = counted ("Jumping jacks", 10, 1, 1, 0);
  g_autoptr(LimberPlan) fast_plan = NULL;
  g_autoptr(LimberSpeechScript) fast_script = NULL;
  guint n_next = 0, n_last = 0;

  for (guint i = 0; i < limber_speech_script_get_n_phrases (script); i++)
    {
      const LimberPhrase *p = limber_speech_script_get_phrase (script, i);

      g_assert_cmpint (p->kind, !=, LIMBER_PHRASE_COUNT);
      if (p->kind != LIMBER_PHRASE_NEXT)
        continue;
      n_next++;
      if (g_str_has_prefix (p->full_text, "Rest, 15 seconds. Last exercise:"))
        n_last++;
    }
  g_assert_cmpuint (n_next, ==, 5);
  g_assert_cmpuint (n_last, ==, 1);

  {
    guint n;
    guint first;
    const LimberPhrase *p;

    /* step 14 is the rest before round 2 */
    g_assert_cmpint (limber_plan_get_step (plan, 14)->kind, ==, LIMBER_STEP_REST_EXERCISE);
    first = limber_speech_script_find_step (script, 14, &n);
    g_assert_cmpuint (n, ==, 1);
    p = limber_speech_script_get_phrase (script, first);
    g_assert_cmpstr (p->full_text, ==,
                     "Rest, 15 seconds. Round 2 of 2. Next: Kneeling hip flexor stretch. "
                     "2 sets of 30 seconds, each side. Left side first.");
    g_assert_true (p->shortened);
    g_assert_cmpstr (p->text, ==,
                     "Rest, 15 seconds. Round 2 of 2. Next: Kneeling hip flexor stretch.");
  }

  limber_routine_set_id (r, "fast");
  limber_routine_set_title (r, "Fast");
  limber_routine_append_exercise (r, fast);
  fast_plan = limber_plan_new (r);
  options.count_reps = TRUE;
  fast_script = limber_speech_script_new (fast_plan, &options);
  for (guint i = 0; i < limber_speech_script_get_n_phrases (fast_script); i++)
    g_assert_cmpint (limber_speech_script_get_phrase (fast_script, i)->kind, !=, LIMBER_PHRASE_COUNT);
}

/* The shorter forms, and nothing when even the shortest does not fit
 * before the countdown. */
static void
test_short_and_dropped (void)
{
  struct {
    guint rest;
    const char *expected;
  } cases[] = {
    /* windows from 0.635 s to 3 s before the end, minus 0.15 s */
    { 20, "next “Rest, 20 seconds. Next: Plank. 30 seconds.”" },
    { 8, "next short “Rest, 8 seconds. Next: Plank.”" },
    { 6, "next short “Next: Plank.”" },
    { 5, "next DROP “Rest, 5 seconds. Next: Plank. 30 seconds.”" },
    { 3, "next DROP “Rest, 3 seconds. Next: Plank. 30 seconds.”" },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(LimberRoutine) r = limber_routine_new ();
      g_autoptr(LimberExercise) a = timed ("Squat hold", 20, 1, 0, LIMBER_SIDES_NONE, 0);
      g_autoptr(LimberExercise) b = timed ("Plank", 30, 1, 0, LIMBER_SIDES_NONE, 0);
      g_autoptr(LimberExercise) z = timed ("Bridge", 30, 1, 0, LIMBER_SIDES_NONE, 0);
      g_autoptr(LimberPlan) plan = NULL;
      g_autoptr(LimberSpeechScript) script = NULL;
      g_autofree char *line = NULL;
      const LimberPhrase *p = NULL;

      limber_routine_set_id (r, "short");
      limber_routine_set_title (r, "Short");
      limber_routine_set_prepare (r, 0);
      limber_routine_set_rest_between_exercises (r, cases[c].rest);
      limber_routine_append_exercise (r, a);
      limber_routine_append_exercise (r, b);
      limber_routine_append_exercise (r, z);
      plan = limber_plan_new (r);
      script = limber_speech_script_new (plan, NULL);

      for (guint i = 0; i < limber_speech_script_get_n_phrases (script); i++)
        if (p == NULL && limber_speech_script_get_phrase (script, i)->kind == LIMBER_PHRASE_NEXT)
          p = limber_speech_script_get_phrase (script, i);
      g_assert_nonnull (p);
      line = g_strdup_printf ("next%s “%s”", p->dropped ? " DROP" : p->shortened ? " short" : "",
                              p->dropped ? p->full_text : p->text);
      g_test_message ("%u: %s (est %" G_GINT64_FORMAT ")", cases[c].rest, line, p->estimate);
      g_assert_cmpstr (line, ==, cases[c].expected);
    }
}

/* The estimate grows with the text and shrinks with the rate. */
static void
test_estimate (void)
{
  gint64 go = limber_speech_estimate ("Go", 0);
  gint64 long_one = limber_speech_estimate ("Rest, 10 seconds. Next: Lying hamstring stretch.", 0);

  /* 200 ms latency + 1.25 × (90 + 2 × 34.3 + 162.4) ms */
  g_assert_cmpint (go, ==, 200000 + (gint64) (1.25 * (90000.0 + 2 * 34300.0 + 162400.0)));
  /* measured 3.68 s at rate 0 */
  g_assert_cmpint (long_one, >=, 3680000);
  g_assert_cmpint (long_one, <=, 5500000);
  g_assert_cmpint (limber_speech_estimate ("Go", 100), <, go);
  g_assert_cmpint (limber_speech_estimate ("Go", -100), >, go);
  g_assert_cmpint (limber_speech_estimate ("", 0), ==, 0);
  g_assert_cmpint (limber_speech_estimate ("…", 0), ==, 0);
}

/* German, through the real translation of the build tree. */
static void
test_german (void)
{
  g_autoptr(LimberPlan) plan = example_plan (2);
  LimberSpeechOptions options = { 0, TRUE };
  g_autoptr(LimberSpeechScript) script = NULL;
  g_autofree char *text = NULL;

  g_setenv ("LANGUAGE", "de", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  script = limber_speech_script_new (plan, &options);
  text = script_text (script);

  g_assert_cmpstr (limber_speech_language (), ==, "de");
  g_assert_cmpstr (limber_speech_script_get_phrase (script, 0)->full_text, ==,
                   "Mach dich bereit: Kneeling hip flexor stretch. 2 Sätze zu 30 Sekunden, "
                   "jede Seite. Zuerst links.");
  g_assert_true (g_str_has_prefix (text,
                                   "535-6850 ready short “Mach dich bereit: Kneeling hip flexor stretch.”\n"
                                   "10485-24850 set “Linke Seite”\n"
                                   "25635-36850 halfway “Halbzeit”\n"
                                   "40240-44850 switch “Seite wechseln”\n"
                                   "45485-59850 set “Rechte Seite”\n"
                                   "60635-71850 halfway “Halbzeit”\n"
                                   "75635-81850 rest “Pause, 10 Sekunden.”\n"
                                   "85485-99850 set “Letzter Satz, linke Seite”\n"));
  g_assert_nonnull (strstr (text, "next “Pause, 15 Sekunden. Als Nächstes: Bodyweight squat. "
                                  "2 Sätze zu 4 Wiederholungen.”\n"
                                  "165485-166850 set “Los”\n"
                                  "167000-168850 count “2”\n"));
  g_assert_nonnull (strstr (text, "rest short “Pause.”\n"));
  g_assert_nonnull (strstr (text, "set “Letzter Satz”\n"));
  g_assert_nonnull (strstr (text, "next short “Pause, 15 Sekunden. Runde 2 von 2. Als Nächstes: "
                                  "Kneeling hip flexor stretch.”\n"));
  g_assert_nonnull (strstr (text, "next “Pause, 15 Sekunden. Letzte Übung: Lying hamstring "
                                  "stretch. 45 Sekunden.”\n"));
  g_assert_true (g_str_has_suffix (text, "finished “Gut gemacht. Routine abgeschlossen.”\n"));

  {
    g_autoptr(LimberRoutine) r = limber_routine_new ();
    g_autoptr(LimberExercise) a = timed ("Dehnen", 90, 3, 0, LIMBER_SIDES_NONE, 0);
    g_autoptr(LimberPlan) p = NULL;
    g_autoptr(LimberSpeechScript) s = NULL;

    limber_routine_set_id (r, "lang");
    limber_routine_set_title (r, "Lang");
    limber_routine_set_prepare (r, 30);
    limber_routine_append_exercise (r, a);
    p = limber_plan_new (r);
    s = limber_speech_script_new (p, NULL);
    g_assert_cmpstr (limber_speech_script_get_phrase (s, 0)->text, ==,
                     "Mach dich bereit: Dehnen. 3 Sätze zu 1 Minute 30 Sekunden.");
    g_assert_cmpstr (limber_speech_script_get_phrase (s, 3)->text, ==, "Satz 2 von 3");
  }

  /* gettext keeps what it found: the German test runs last. */
  g_unsetenv ("LANGUAGE");
}

static void
on_cue (LimberSession *session,
        guint          kind,
        gint64         planned,
        GArray        *times)
{
  g_array_append_val (times, planned);
}

/* The script's model of the cues is the session's: over a whole run, no
 * cue falls between a phrase's start and its latest end (+ the guard). */
static void
test_agrees_with_session (void)
{
  g_autoptr(LimberPlan) plan = example_plan (2);
  LimberSpeechOptions options = { 0, FALSE };
  g_autoptr(LimberSpeechScript) script = limber_speech_script_new (plan, &options);
  g_autoptr(LimberClock) clock = limber_virtual_clock_new (0);
  g_autoptr(LimberSession) session = limber_session_new (plan, clock);
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_signal_connect (session, "cue", G_CALLBACK (on_cue), times);
  limber_session_start (session);
  limber_virtual_clock_run_until_idle (LIMBER_VIRTUAL_CLOCK (clock), G_MAXINT64);
  g_assert_cmpint (limber_session_get_state (session), ==, LIMBER_SESSION_FINISHED);
  g_assert_cmpuint (times->len, >, 100);

  for (guint i = 0; i < limber_speech_script_get_n_phrases (script); i++)
    {
      const LimberPhrase *p = limber_speech_script_get_phrase (script, i);
      gint64 until = p->latest_end == G_MAXINT64 ? G_MAXINT64 : p->latest_end + LIMBER_SPEECH_GUARD_US;
      gint64 before = G_MININT64;

      for (guint c = 0; c < times->len; c++)
        {
          gint64 t = g_array_index (times, gint64, c);

          if (t < p->start)
            before = MAX (before, t);
          else
            {
              /* the next cue is exactly the window's end */
              g_assert_cmpint (t, >=, until);
              if (p->latest_end != G_MAXINT64)
                g_assert_cmpint (t, ==, until);
              break;
            }
        }
      /* a phrase starts after the sound it follows */
      g_assert_cmpint (p->start - before, >=, LIMBER_SPEECH_GAP_US);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_unsetenv ("LANGUAGE");
  bindtextdomain (GETTEXT_PACKAGE, LIMBER_BUILD_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/speech-script/example-english", test_example_english);
  g_test_add_func ("/speech-script/counts-and-rounds", test_counts_and_rounds);
  g_test_add_func ("/speech-script/short-and-dropped", test_short_and_dropped);
  g_test_add_func ("/speech-script/estimate", test_estimate);
  g_test_add_func ("/speech-script/agrees-with-session", test_agrees_with_session);
  g_test_add_func ("/speech-script/german", test_german);

  return g_test_run ();
}
