/* limber-speech-script.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-speech"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "limber-speech-script.h"

/*
 * Each phrase follows a cue: it is said once that cue's sound is over (and
 * the sounds of the same instant: exercise-done rings with the rest cue),
 * and must be over a little before the next sound of the session (a
 * countdown beep, the halfway cue, a rep tick, the next step's cue). The
 * longest form that fits in that window by the estimate is said; when none
 * fits, nothing is. A rep count replaces the rep tick: it is said at the
 * tick's time and bounds the phrase before it like a sound.
 *
 * The cue rules below are those of LimberSession (limber-session.h);
 * test-speech-script checks a session's real cues against the script.
 */

#define MS ((gint64) 1000)
#define SEC ((gint64) G_USEC_PER_SEC)
#define GAP_AFTER_SOUND LIMBER_SPEECH_GAP_US
#define GUARD_BEFORE_SOUND LIMBER_SPEECH_GUARD_US
#define HALFWAY_MIN (20 * SEC)

/*
 * The duration estimate, calibrated on this machine (Debian 12,
 * speech-dispatcher 0.11.4, espeak-ng 1.51, its module's defaults:
 * EspeakMinRate 80, EspeakNormalRate 170, EspeakMaxRate 449 words a minute).
 *
 * How it was measured (build-aux/calibrate-voice.py does it again):
 *
 * 1. `calibrate-voice.py render`: 39 phrases, the ones Limber says in
 *    English (24) and German (15) with routine names of 1 to 4 words, each
 *    rendered by espeak-ng -w at 80, 125, 170, 310 and 449 words a minute;
 *    the voiced stretch of each (first to last sample above -26 dBFS, gaps
 *    under 0.3 s inside) measured. Least squares at 170 words a minute (the
 *    rate 0 of speech-dispatcher):
 *      voiced = 90 ms + 34.3 ms × letters + 162.4 ms × words
 *               + 199.6 ms × digits + 311.3 ms × pauses (",", ".", ":" … inside)
 *    errors −0.31 … +0.33 s over the phrases, both languages. Other rates
 *    scale it by 170 / words-a-minute (measured ratios: 80 wpm 2.03
 *    against 2.13; 125 wpm 1.37 against 1.36; 310 wpm 0.53 against 0.55;
 *    449 wpm 0.32 against 0.38).
 * 2. `calibrate-voice.py sink`: the 24 English phrases said with
 *    `spd-say -w -r 0` by speech-dispatcher into a private PulseAudio null
 *    sink, recorded as the audio tests do (load about 12 on 2 cores): each
 *    was as long as its render or longer, by 0 … 0.62 s (ratio 1.00 …
 *    1.50, median 1.12). Under a load of 18 the sink showed underruns that
 *    stretched phrases by up to 2.5 times; no estimate foresees that, the
 *    cancel at a phrase's latest end keeps the countdown clear.
 * 3. test-audio-voice: the voice began 6 … 281 ms after say() (median
 *    about 60 ms over three runs; the first phrase after connecting 117 …
 *    207 ms).
 *
 * A plan needs an estimate that is rarely short: 200 ms for the start, and
 * the model × 1.25. Against the 24 sink lengths (2.) that leaves 0.08 …
 * 1.47 s to spare (median 0.32 s), none short.
 */
#define EST_BASE_US 90000.0
#define EST_LETTER_US 34300.0
#define EST_WORD_US 162400.0
#define EST_DIGIT_US 199600.0
#define EST_PAUSE_US 311300.0
#define EST_MARGIN 1.25
#define EST_LATENCY_US (200 * MS)
#define WPM_MIN 80.0
#define WPM_NORMAL 170.0
#define WPM_MAX 449.0

struct _LimberSpeechScript
{
  gatomicrefcount ref_count;
  GArray *phrases;        /* LimberPhrase */
  GStringChunk *strings;
  GHashTable *step_first; /* step index + 1 → first phrase index + 1 */
};

G_DEFINE_BOXED_TYPE (LimberSpeechScript, limber_speech_script,
                     limber_speech_script_ref, limber_speech_script_unref)

/* The lengths of data/sounds/limber/stereo/limber-*.oga (soxi -D). */
gint64
limber_cue_sound_length (LimberCueKind kind)
{
  static const gint64 lengths[] = {
    [LIMBER_CUE_GET_READY] = 475 * MS,
    [LIMBER_CUE_COUNTDOWN] = 125 * MS,
    [LIMBER_CUE_GO] = 425 * MS,
    [LIMBER_CUE_HALFWAY] = 575 * MS,
    [LIMBER_CUE_SWITCH_SIDES] = 180 * MS,
    [LIMBER_CUE_REST] = 575 * MS,
    [LIMBER_CUE_REP] = 70 * MS,
    [LIMBER_CUE_EXERCISE_DONE] = 585 * MS,
    [LIMBER_CUE_SESSION_FINISHED] = 1425 * MS,
  };

  g_return_val_if_fail (kind < LIMBER_N_CUE_KINDS, 0);
  return lengths[kind];
}

static double
words_per_minute (int rate)
{
  rate = CLAMP (rate, -100, 100);
  if (rate < 0)
    return WPM_NORMAL + (WPM_NORMAL - WPM_MIN) * rate / 100.0;
  return WPM_NORMAL + (WPM_MAX - WPM_NORMAL) * rate / 100.0;
}

gint64
limber_speech_estimate (const char *text,
                        int         rate)
{
  guint letters = 0, words = 0, digits = 0, pauses = 0;
  gboolean in_word = FALSE;
  double voiced;

  g_return_val_if_fail (text != NULL, 0);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isdigit (c))
        {
          digits++;
          in_word = FALSE;
        }
      else if (g_unichar_isalpha (c))
        {
          letters++;
          if (!in_word)
            words++;
          in_word = TRUE;
        }
      else
        {
          in_word = FALSE;
          /* punctuation inside the text is a pause; at the end it is not */
          if (g_unichar_ispunct (c) && c != '-' && c != '\'' && g_unichar_isspace (g_utf8_get_char (g_utf8_next_char (p))))
            pauses++;
        }
    }

  if (letters == 0 && digits == 0)
    return 0;

  voiced = EST_BASE_US + EST_LETTER_US * letters + EST_WORD_US * words +
           EST_DIGIT_US * digits + EST_PAUSE_US * pauses;
  voiced *= WPM_NORMAL / words_per_minute (rate);

  return EST_LATENCY_US + (gint64) (voiced * EST_MARGIN);
}

/* Texts --------------------------------------------------------------------- */

static char *
duration_text (guint seconds)
{
  guint minutes = seconds / 60;
  guint rest = seconds % 60;
  g_autofree char *m = NULL;

  if (minutes == 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u second", "%u seconds", seconds),
                            seconds);

  m = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u minute", "%u minutes", minutes), minutes);
  if (rest == 0)
    return g_steal_pointer (&m);

  {
    g_autofree char *sec = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u second",
                                                         "%u seconds", rest),
                                            rest);

    /* Translators: a spoken length: "1 minute 30 seconds" */
    return g_strdup_printf (C_("spoken", "%s %s"), m, sec);
  }
}

/* "30 seconds", "2 sets of 10 reps", "…, each side. Left side first" */
static char *
set_description (const LimberStep *work)
{
  g_autofree char *what = NULL;
  g_autofree char *sets = NULL;

  if (work->reps > 0)
    what = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u rep", "%u reps", work->reps),
                            work->reps);
  else
    what = duration_text (work->duration);

  if (work->n_sets > 1)
    /* Translators: "2 sets of 30 seconds", "3 sets of 10 reps"; spoken */
    sets = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u set of %s", "%u sets of %s",
                                         work->n_sets),
                            work->n_sets, what);
  else
    sets = g_steal_pointer (&what);

  if (work->side != LIMBER_SIDE_NONE)
    /* Translators: spoken after how many sets of how long: "2 sets of 30
     * seconds, each side. Left side first." */
    return g_strdup_printf (C_("spoken", "%s, each side. Left side first."), sets);

  /* Translators: a spoken sentence, here how many sets of how long */
  return g_strdup_printf (C_("spoken", "%s."), sets);
}

/* Adds @text (taken) to the forms of a phrase, longest first, unless it
 * is there already. */
static void
add_form (GPtrArray *forms,
          char      *text)
{
  for (guint i = 0; i < forms->len; i++)
    {
      if (g_str_equal (g_ptr_array_index (forms, i), text))
        {
          g_free (text);
          return;
        }
    }
  g_ptr_array_add (forms, text);
}

static void
set_forms (const LimberStep *step,
           GPtrArray        *forms)
{
  g_autofree char *set = NULL;

  if (step->side == LIMBER_SIDE_RIGHT)
    {
      add_form (forms, g_strdup (C_("spoken", "Right side")));
      return;
    }

  if (step->set > 1 && step->set == step->n_sets)
    set = g_strdup (C_("spoken", "Last set"));
  else if (step->set > 1)
    /* Translators: spoken when a set starts: "Set 2 of 3" */
    set = g_strdup_printf (C_("spoken", "Set %u of %u"), step->set, step->n_sets);

  if (step->side == LIMBER_SIDE_LEFT)
    {
      if (set != NULL)
        /* Translators: spoken when a set starts on the left side: "Set 2 of
         * 3, left side", "Last set, left side" */
        add_form (forms, g_strdup_printf (C_("spoken", "%s, left side"), set));
      add_form (forms, g_strdup (C_("spoken", "Left side")));
      return;
    }

  add_form (forms, set != NULL ? g_steal_pointer (&set) : g_strdup (C_("spoken", "Go")));
}

/* Adds @lead (taken) followed by the sets of the first WORK step of the
 * exercise that @index (PREPARE or REST_EXERCISE) announces, then @lead
 * alone. */
static void
add_announcement (LimberPlan *plan,
                  guint       index,
                  GPtrArray  *forms,
                  char       *lead)
{
  const LimberStep *step = limber_plan_get_step (plan, index);

  for (guint i = index + 1; i < limber_plan_get_n_steps (plan); i++)
    {
      const LimberStep *s = limber_plan_get_step (plan, i);

      if (s->kind == LIMBER_STEP_WORK && s->exercise_index == step->exercise_index)
        {
          g_autofree char *desc = set_description (s);

          add_form (forms, g_strdup_printf ("%s %s", lead, desc));
          break;
        }
      if (s->kind == LIMBER_STEP_FINISHED)
        break;
    }
  add_form (forms, lead);
}

static void
get_ready_forms (LimberPlan *plan,
                 guint       index,
                 GPtrArray  *forms)
{
  const LimberStep *step = limber_plan_get_step (plan, index);

  add_announcement (plan, index, forms,
                    /* Translators: spoken at the start of a routine; %s is the first exercise */
                    g_strdup_printf (C_("spoken", "Get ready: %s."), step->name));
}

static void
next_forms (LimberPlan *plan,
            guint       index,
            GPtrArray  *forms)
{
  const LimberStep *step = limber_plan_get_step (plan, index);
  gboolean last = step->round == step->n_rounds &&
                  step->exercise_index + 1 == limber_plan_get_n_exercises (plan);
  g_autofree char *duration = duration_text (step->duration);
  /* Translators: spoken when a rest starts: "Rest, 10 seconds." */
  g_autofree char *rest = g_strdup_printf (C_("spoken", "Rest, %s."), duration);
  g_autofree char *round = NULL;
  g_autofree char *next = NULL;

  if (step->round > 1 && step->exercise_index == 0)
    /* Translators: spoken in the rest before a new round: "Round 2 of 3." */
    round = g_strdup_printf (C_("spoken", "Round %u of %u."), step->round, step->n_rounds);

  if (last)
    /* Translators: spoken in the rest before the routine's last exercise */
    next = g_strdup_printf (C_("spoken", "Last exercise: %s."), step->name);
  else
    /* Translators: spoken in a rest; %s is the next exercise */
    next = g_strdup_printf (C_("spoken", "Next: %s."), step->name);

  add_announcement (plan, index, forms,
                    round != NULL ? g_strdup_printf ("%s %s %s", rest, round, next)
                                  : g_strdup_printf ("%s %s", rest, next));
  if (round != NULL)
    add_form (forms, g_strdup_printf ("%s %s", round, next));
  add_form (forms, g_steal_pointer (&next));
}

const char *
limber_speech_language (void)
{
  /* Translators: the language code (ISO 639-1) of the voice that speaks
   * this translation: "de" for German */
  return C_("voice language", "en");
}

/* Timing --------------------------------------------------------------------- */

static gboolean
is_timed_work (const LimberStep *step)
{
  return step->kind == LIMBER_STEP_WORK && step->reps == 0 && step->duration > 0;
}

static gboolean
is_manual (const LimberStep *step)
{
  return step->kind == LIMBER_STEP_WORK && step->reps > 0 && step->rep_duration == 0;
}

static gboolean
says_counts (const LimberStep          *step,
             const LimberSpeechOptions *options)
{
  return options->count_reps && step->kind == LIMBER_STEP_WORK &&
         step->reps > 1 && step->rep_duration >= 2;
}

/* The first sound (or count) of the step strictly after @after, µs in the
 * step; the step's end when none comes before; G_MAXINT64 when the step has
 * no end (manual reps, FINISHED). */
static gint64
next_sound (const LimberStep *step,
            gint64            after)
{
  gint64 d = (gint64) step->duration * SEC;
  gint64 next = G_MAXINT64;

  if (step->kind == LIMBER_STEP_FINISHED || is_manual (step))
    return G_MAXINT64;

  if (step->kind == LIMBER_STEP_PREPARE || step->kind == LIMBER_STEP_REST ||
      step->kind == LIMBER_STEP_REST_EXERCISE || is_timed_work (step))
    {
      for (int s = 3; s >= 1; s--)
        {
          gint64 t = d - s * SEC;

          if (t > 0 && t > after)
            next = MIN (next, t);
        }
    }

  if (is_timed_work (step) && d >= HALFWAY_MIN && d / 2 > after)
    next = MIN (next, d / 2);

  if (step->kind == LIMBER_STEP_WORK && step->reps > 0 && step->rep_duration > 0)
    {
      for (guint k = 1; k < step->reps; k++)
        {
          gint64 t = (gint64) k * step->rep_duration * SEC;

          if (t < d && t > after)
            {
              next = MIN (next, t);
              break;
            }
        }
    }

  return MIN (next, d);
}

/* The length of the sounds at the start of step @index. */
static gint64
start_sound_length (LimberPlan *plan,
                    guint       index)
{
  const LimberStep *step = limber_plan_get_step (plan, index);
  gint64 len = 0;

  switch (step->kind)
    {
    case LIMBER_STEP_PREPARE:
      len = limber_cue_sound_length (LIMBER_CUE_GET_READY);
      break;
    case LIMBER_STEP_WORK:
      len = limber_cue_sound_length (LIMBER_CUE_GO);
      break;
    case LIMBER_STEP_SWITCH:
      len = limber_cue_sound_length (LIMBER_CUE_SWITCH_SIDES);
      break;
    case LIMBER_STEP_REST:
    case LIMBER_STEP_REST_EXERCISE:
      len = limber_cue_sound_length (LIMBER_CUE_REST);
      break;
    case LIMBER_STEP_FINISHED:
    default:
      len = limber_cue_sound_length (LIMBER_CUE_SESSION_FINISHED);
      break;
    }

  if (index > 0)
    {
      const LimberStep *prev = limber_plan_get_step (plan, index - 1);

      if (prev->kind == LIMBER_STEP_WORK && prev->last_set_of_exercise)
        len = MAX (len, limber_cue_sound_length (LIMBER_CUE_EXERCISE_DONE));
    }

  return len;
}

/* Adds a phrase of step @index that follows the sound at @anchor (µs in
 * the step) and is said at @step_start: the longest of @forms that fits
 * before the next sound after @anchor. */
static void
add_phrase (LimberSpeechScript        *script,
            LimberPlan                *plan,
            guint                      index,
            LimberPhraseKind           kind,
            LimberSpeechPriority       priority,
            gint64                     anchor,
            gint64                     step_start,
            GPtrArray                 *forms,
            const LimberSpeechOptions *options)
{
  const LimberStep *step = limber_plan_get_step (plan, index);
  gint64 end = next_sound (step, anchor);
  LimberPhrase phrase = { 0 };

  g_assert (forms->len > 0);

  phrase.kind = kind;
  phrase.priority = priority;
  phrase.step_index = index;
  phrase.step_start = step_start;
  phrase.step_latest_end = end == G_MAXINT64 ? G_MAXINT64 : end - GUARD_BEFORE_SOUND;
  phrase.start = (gint64) step->offset * SEC + step_start;
  phrase.latest_end = end == G_MAXINT64 ? G_MAXINT64 : (gint64) step->offset * SEC + phrase.step_latest_end;
  phrase.full_text = g_string_chunk_insert_const (script->strings, g_ptr_array_index (forms, 0));
  phrase.dropped = TRUE;

  for (guint i = 0; i < forms->len; i++)
    {
      const char *text = g_ptr_array_index (forms, i);
      gint64 estimate = limber_speech_estimate (text, options->rate);

      if (phrase.step_latest_end == G_MAXINT64 ||
          step_start + estimate <= phrase.step_latest_end)
        {
          phrase.text = g_string_chunk_insert_const (script->strings, text);
          phrase.estimate = estimate;
          phrase.shortened = i > 0;
          phrase.dropped = FALSE;
          break;
        }
    }

  if (phrase.dropped)
    phrase.estimate = limber_speech_estimate (g_ptr_array_index (forms, forms->len - 1),
                                              options->rate);

  g_array_append_val (script->phrases, phrase);
}

LimberSpeechScript *
limber_speech_script_new (LimberPlan                *plan,
                          const LimberSpeechOptions *options)
{
  LimberSpeechScript *script;
  const LimberSpeechOptions defaults = { 0, FALSE };

  g_return_val_if_fail (plan != NULL, NULL);

  if (options == NULL)
    options = &defaults;

  script = g_new0 (LimberSpeechScript, 1);
  g_atomic_ref_count_init (&script->ref_count);
  script->phrases = g_array_new (FALSE, TRUE, sizeof (LimberPhrase));
  script->strings = g_string_chunk_new (512);
  script->step_first = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < limber_plan_get_n_steps (plan); i++)
    {
      const LimberStep *step = limber_plan_get_step (plan, i);
      gint64 after_sound = start_sound_length (plan, i) + GAP_AFTER_SOUND;
      g_autoptr(GPtrArray) forms = g_ptr_array_new_with_free_func (g_free);
      guint first = script->phrases->len;

      switch (step->kind)
        {
        case LIMBER_STEP_PREPARE:
          get_ready_forms (plan, i, forms);
          add_phrase (script, plan, i, LIMBER_PHRASE_GET_READY, LIMBER_SPEECH_PRIORITY_IMPORTANT,
                      0, after_sound, forms, options);
          break;

        case LIMBER_STEP_WORK:
          set_forms (step, forms);
          add_phrase (script, plan, i, LIMBER_PHRASE_SET, LIMBER_SPEECH_PRIORITY_IMPORTANT,
                      0, after_sound, forms, options);

          if (is_timed_work (step) && (gint64) step->duration * SEC >= HALFWAY_MIN)
            {
              g_ptr_array_set_size (forms, 0);
              add_form (forms, g_strdup (C_("spoken", "Halfway")));
              add_phrase (script, plan, i, LIMBER_PHRASE_HALFWAY, LIMBER_SPEECH_PRIORITY_NORMAL,
                          (gint64) step->duration * SEC / 2,
                          (gint64) step->duration * SEC / 2 +
                          limber_cue_sound_length (LIMBER_CUE_HALFWAY) + GAP_AFTER_SOUND,
                          forms, options);
            }

          if (says_counts (step, options))
            {
              for (guint k = 1; k < step->reps; k++)
                {
                  gint64 t = (gint64) k * step->rep_duration * SEC;

                  if (t >= (gint64) step->duration * SEC)
                    break;
                  g_ptr_array_set_size (forms, 0);
                  add_form (forms, g_strdup_printf ("%u", k + 1));
                  add_phrase (script, plan, i, LIMBER_PHRASE_COUNT, LIMBER_SPEECH_PRIORITY_LOW,
                              t, t, forms, options);
                }
            }
          break;

        case LIMBER_STEP_SWITCH:
          add_form (forms, g_strdup (C_("spoken", "Switch sides")));
          add_phrase (script, plan, i, LIMBER_PHRASE_SWITCH, LIMBER_SPEECH_PRIORITY_IMPORTANT,
                      0, after_sound, forms, options);
          break;

        case LIMBER_STEP_REST:
          {
            g_autofree char *duration = duration_text (step->duration);

            add_form (forms, g_strdup_printf (C_("spoken", "Rest, %s."), duration));
            /* Translators: the short form of "Rest, 10 seconds." */
            add_form (forms, g_strdup (C_("spoken", "Rest.")));
            add_phrase (script, plan, i, LIMBER_PHRASE_REST, LIMBER_SPEECH_PRIORITY_NORMAL,
                        0, after_sound, forms, options);
          }
          break;

        case LIMBER_STEP_REST_EXERCISE:
          next_forms (plan, i, forms);
          add_phrase (script, plan, i, LIMBER_PHRASE_NEXT, LIMBER_SPEECH_PRIORITY_NORMAL,
                      0, after_sound, forms, options);
          break;

        case LIMBER_STEP_FINISHED:
        default:
          add_form (forms, g_strdup (C_("spoken", "Well done. Routine complete.")));
          add_phrase (script, plan, i, LIMBER_PHRASE_FINISHED, LIMBER_SPEECH_PRIORITY_IMPORTANT,
                      0, after_sound, forms, options);
          break;
        }

      if (script->phrases->len > first)
        g_hash_table_insert (script->step_first, GUINT_TO_POINTER (i + 1),
                             GUINT_TO_POINTER (first + 1));
    }

  return script;
}

LimberSpeechScript *
limber_speech_script_ref (LimberSpeechScript *script)
{
  g_return_val_if_fail (script != NULL, NULL);
  g_atomic_ref_count_inc (&script->ref_count);
  return script;
}

void
limber_speech_script_unref (LimberSpeechScript *script)
{
  g_return_if_fail (script != NULL);

  if (!g_atomic_ref_count_dec (&script->ref_count))
    return;

  g_array_unref (script->phrases);
  g_string_chunk_free (script->strings);
  g_hash_table_unref (script->step_first);
  g_free (script);
}

guint
limber_speech_script_get_n_phrases (LimberSpeechScript *script)
{
  g_return_val_if_fail (script != NULL, 0);
  return script->phrases->len;
}

const LimberPhrase *
limber_speech_script_get_phrase (LimberSpeechScript *script,
                                 guint               index)
{
  g_return_val_if_fail (script != NULL, NULL);
  g_return_val_if_fail (index < script->phrases->len, NULL);
  return &g_array_index (script->phrases, LimberPhrase, index);
}

guint
limber_speech_script_find_step (LimberSpeechScript *script,
                                guint               step_index,
                                guint              *n_phrases)
{
  guint first;
  guint n = 0;

  g_return_val_if_fail (script != NULL, 0);

  first = GPOINTER_TO_UINT (g_hash_table_lookup (script->step_first,
                                                 GUINT_TO_POINTER (step_index + 1)));
  if (first > 0)
    {
      first--;
      while (first + n < script->phrases->len &&
             g_array_index (script->phrases, LimberPhrase, first + n).step_index == step_index)
        n++;
    }

  if (n_phrases != NULL)
    *n_phrases = n;
  return first;
}

const LimberPhrase *
limber_speech_script_get_count (LimberSpeechScript *script,
                                guint               step_index,
                                guint               rep)
{
  guint n;
  guint first = limber_speech_script_find_step (script, step_index, &n);

  for (guint i = first; i < first + n; i++)
    {
      const LimberPhrase *p = &g_array_index (script->phrases, LimberPhrase, i);
      g_autofree char *number = g_strdup_printf ("%u", rep);

      if (p->kind == LIMBER_PHRASE_COUNT && g_str_equal (p->full_text, number))
        return p;
    }

  return NULL;
}

void
limber_speech_script_get_counts (LimberSpeechScript *script,
                                 guint              *n_said,
                                 guint              *n_shortened,
                                 guint              *n_dropped)
{
  guint said = 0, shortened = 0, dropped = 0;

  g_return_if_fail (script != NULL);

  for (guint i = 0; i < script->phrases->len; i++)
    {
      const LimberPhrase *p = &g_array_index (script->phrases, LimberPhrase, i);

      if (p->dropped)
        dropped++;
      else
        said++;
      if (p->shortened)
        shortened++;
    }

  if (n_said != NULL)
    *n_said = said;
  if (n_shortened != NULL)
    *n_shortened = shortened;
  if (n_dropped != NULL)
    *n_dropped = dropped;
}
