/* limber-speech-script.h: what the voice says during a plan, and when
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "limber-plan.h"

G_BEGIN_DECLS

/* Silence between the end of a cue sound and the voice, and the silence the
 * voice leaves before the next cue sound, µs. */
#define LIMBER_SPEECH_GAP_US ((gint64) 60000)
#define LIMBER_SPEECH_GUARD_US ((gint64) 150000)

/* How urgent a phrase is. A speaker may use it to choose the speech
 * service's priority; the script never lets two phrases overlap. */
typedef enum {
  LIMBER_SPEECH_PRIORITY_LOW,        /* a rep count */
  LIMBER_SPEECH_PRIORITY_NORMAL,     /* rest, next exercise, halfway */
  LIMBER_SPEECH_PRIORITY_IMPORTANT,  /* get ready, the set and side, switch, the end */
} LimberSpeechPriority;

/* What a phrase announces (the step kind and cue it follows). */
typedef enum {
  LIMBER_PHRASE_GET_READY,  /* after the get-ready cue: the first exercise */
  LIMBER_PHRASE_SET,        /* after "go": "Go", "Set 2 of 3", "Left side", … */
  LIMBER_PHRASE_COUNT,      /* a paced rep's number, instead of its tick */
  LIMBER_PHRASE_HALFWAY,    /* after the halfway cue */
  LIMBER_PHRASE_SWITCH,     /* after the switch-sides cue */
  LIMBER_PHRASE_REST,       /* after the rest cue of a rest between sets */
  LIMBER_PHRASE_NEXT,       /* after the rest cue of a rest between exercises */
  LIMBER_PHRASE_FINISHED,   /* after the session-finished cue */
} LimberPhraseKind;

/*
 * One phrase of the script. Times are µs from the start of the plan as
 * planned (manual-reps sets count 0, as in LimberStep.offset), and, for the
 * session, µs from the start of the phrase's step (step_*), which stay true
 * after a pause or a skip.
 *
 * text: what is said (NULL when the phrase was dropped).
 * full_text: the longest form, what would be said with time enough.
 * start: when it is said, after the cue sound that it follows has ended.
 * latest_end: when it must be over: a little before the next cue sound
 * (countdown beep, halfway, rep, the next step's cue), G_MAXINT64 when no
 * sound follows (the end of the routine, a manual-reps set).
 * estimate: the estimated time from say() to the end of the voice, µs.
 * shortened: a shorter form than full_text is said. dropped: not even the
 * shortest form fits: nothing is said.
 */
typedef struct
{
  LimberPhraseKind kind;
  LimberSpeechPriority priority;
  guint step_index;
  const char *text;
  const char *full_text;
  gint64 start;
  gint64 latest_end;
  gint64 step_start;
  gint64 step_latest_end;
  gint64 estimate;
  gboolean shortened;
  gboolean dropped;
} LimberPhrase;

/* count_reps: say the number of each paced rep (rep_duration of 2 s or
 * more) instead of its tick. rate: the speech rate, -100 … 100 (0 normal),
 * as speech-dispatcher takes it. */
typedef struct
{
  int rate;
  gboolean count_reps;
} LimberSpeechOptions;

typedef struct _LimberSpeechScript LimberSpeechScript;

#define LIMBER_TYPE_SPEECH_SCRIPT (limber_speech_script_get_type ())

GType               limber_speech_script_get_type       (void) G_GNUC_CONST;

/* The phrases of @plan in time order, in the language of the current
 * translation (routine texts as written). A pure function of the plan, the
 * options and the translation: no clock, no speech service. */
LimberSpeechScript *limber_speech_script_new            (LimberPlan                *plan,
                                                         const LimberSpeechOptions *options);
LimberSpeechScript *limber_speech_script_ref            (LimberSpeechScript        *script);
void                limber_speech_script_unref          (LimberSpeechScript        *script);

/* All phrases, the dropped ones included. */
guint               limber_speech_script_get_n_phrases  (LimberSpeechScript        *script);
const LimberPhrase *limber_speech_script_get_phrase     (LimberSpeechScript        *script,
                                                         guint                      index);
/* The phrases of step @step_index: *n_phrases of them from the returned
 * index on (n_phrases 0 when the step has none). */
guint               limber_speech_script_find_step      (LimberSpeechScript        *script,
                                                         guint                      step_index,
                                                         guint                     *n_phrases);
/* The count phrase said at the start of rep @rep (2 … reps) of @step_index,
 * or NULL. */
const LimberPhrase *limber_speech_script_get_count      (LimberSpeechScript        *script,
                                                         guint                      step_index,
                                                         guint                      rep);
/* Counts: phrases said (not dropped), of those shortened, dropped. */
void                limber_speech_script_get_counts     (LimberSpeechScript        *script,
                                                         guint                     *n_said,
                                                         guint                     *n_shortened,
                                                         guint                     *n_dropped);

/* The estimated time, µs, from asking speech-dispatcher (espeak-ng) to say
 * @text at @rate to the end of its voice; see the calibration in the .c. */
gint64              limber_speech_estimate              (const char                *text,
                                                         int                        rate);

/* The language code of the voice for the current translation ("en", "de"). */
const char         *limber_speech_language              (void);

/* How long each cue's sound lasts (data/sounds/limber), µs. */
gint64              limber_cue_sound_length             (LimberCueKind              kind);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LimberSpeechScript, limber_speech_script_unref)

G_END_DECLS
