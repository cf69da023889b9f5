/* limber-ui-format.c: the words the window uses for times and exercises
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "limber-ui-format.h"
#if HAVE_VOICE
#include "limber-speech-player.h"
#endif

char *
limber_ui_format_length (guint seconds)
{
  guint minutes;

  if (seconds < 60)
    return g_strdup_printf (_("%u s"), seconds);

  minutes = (seconds + 30) / 60;
  if (minutes < 60)
    return g_strdup_printf (_("%u min"), minutes);
  if (minutes % 60 == 0)
    return g_strdup_printf (_("%u h"), minutes / 60);
  return g_strdup_printf (_("%u h %u min"), minutes / 60, minutes % 60);
}

char *
limber_ui_describe_routine (LimberRoutine *routine)
{
  g_autofree char *length = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  guint n_exercises, rounds;

  g_return_val_if_fail (LIMBER_IS_ROUTINE (routine), NULL);

  length = limber_ui_format_length (limber_routine_get_total_seconds (routine));
  n_exercises = limber_routine_get_n_exercises (routine);
  rounds = limber_routine_get_rounds (routine);

  g_string_append (text, length);
  g_string_append (text, " · ");
  g_string_append_printf (text, ngettext ("%u exercise", "%u exercises", n_exercises), n_exercises);
  if (rounds > 1)
    {
      g_string_append (text, " · ");
      g_string_append_printf (text, ngettext ("%u round", "%u rounds", rounds), rounds);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

char *
limber_ui_describe_exercise (LimberExercise *exercise)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint sets, rest;

  g_return_val_if_fail (LIMBER_IS_EXERCISE (exercise), NULL);

  sets = limber_exercise_get_sets (exercise);
  rest = limber_exercise_get_rest (exercise);

  if (limber_exercise_is_timed (exercise))
    {
      g_autofree char *length = limber_ui_format_length (limber_exercise_get_duration (exercise));

      if (sets > 1)
        g_string_append_printf (text, "%u × %s", sets, length);
      else
        g_string_append (text, length);
    }
  else
    {
      guint reps = limber_exercise_get_reps (exercise);
      g_autofree char *reps_text = g_strdup_printf (ngettext ("%u rep", "%u reps", reps), reps);

      if (sets > 1)
        g_string_append_printf (text, "%u × %s", sets, reps_text);
      else
        g_string_append (text, reps_text);

      if (limber_exercise_get_rep_duration (exercise) > 0)
        g_string_append_printf (text, _(" (%u s each)"), limber_exercise_get_rep_duration (exercise));
    }

  if (limber_exercise_get_sides (exercise) == LIMBER_SIDES_BOTH)
    {
      g_string_append (text, " · ");
      g_string_append (text, _("each side"));
    }

  if (sets > 1 && rest > 0)
    {
      g_autofree char *length = limber_ui_format_length (rest);

      g_string_append (text, " · ");
      g_string_append_printf (text, _("%s rest"), length);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

const char *
limber_ui_step_phase_label (const LimberStep *step)
{
  g_return_val_if_fail (step != NULL, "");

  switch (step->kind)
    {
    case LIMBER_STEP_PREPARE:
      return _("Get ready");
    case LIMBER_STEP_WORK:
      return _("Work");
    case LIMBER_STEP_SWITCH:
      return _("Switch sides");
    case LIMBER_STEP_REST:
    case LIMBER_STEP_REST_EXERCISE:
      return _("Rest");
    case LIMBER_STEP_FINISHED:
    default:
      return _("Finished");
    }
}

const char *
limber_ui_step_phase_class (const LimberStep *step)
{
  g_return_val_if_fail (step != NULL, "phase-finished");

  switch (step->kind)
    {
    case LIMBER_STEP_PREPARE:
      return "phase-prepare";
    case LIMBER_STEP_WORK:
      return "phase-work";
    case LIMBER_STEP_SWITCH:
      return "phase-switch";
    case LIMBER_STEP_REST:
    case LIMBER_STEP_REST_EXERCISE:
      return "phase-rest";
    case LIMBER_STEP_FINISHED:
    default:
      return "phase-finished";
    }
}

char *
limber_ui_describe_remaining (guint seconds)
{
  guint minutes = seconds / 60;
  guint secs = seconds % 60;

  if (minutes == 0)
    return g_strdup_printf (ngettext ("%u second remaining", "%u seconds remaining", secs), secs);
  if (secs == 0)
    return g_strdup_printf (ngettext ("%u minute remaining", "%u minutes remaining", minutes), minutes);
  {
    g_autofree char *min_text = g_strdup_printf (ngettext ("%u minute", "%u minutes", minutes), minutes);
    g_autofree char *sec_text = g_strdup_printf (ngettext ("%u second", "%u seconds", secs), secs);

    /* Translators: "1 minute 5 seconds remaining" */
    return g_strdup_printf (_("%s %s remaining"), min_text, sec_text);
  }
}

const char *
limber_ui_urgent_note (void)
{
  return _("Stop and get urgent medical help if you have numbness around the groin or buttocks, new "
           "trouble controlling the bladder or bowel, or weakness in both legs.");
}

const char *
limber_ui_warning_signs (void)
{
  return _("Warning signs: pain that does not improve, pain that spreads down a leg, numbness "
           "or tingling, weakness in the legs — see a doctor or physical therapist before "
           "you go on.");
}

static const char *
safety_note_start (void)
{
  return _("Start gently: the first sessions should feel easy, and you can always do more next time. "
           "Move slowly and with proper form, follow each exercise's instructions, and breathe "
           "steadily instead of holding your breath. A stretch should feel like a mild pull, never a "
           "sharp or shooting pain: if something hurts, stop, rest, and skip that exercise. If you "
           "have pain that does not improve, pain that spreads down a leg, or numbness or tingling, "
           "see a doctor or physical therapist before you go on. Limber is not medical advice and "
           "does not replace one.");
}

const char *
limber_ui_safety_note (void)
{
  /* The text of docs/safety.md: the advice, then when not to wait. The
   * language does not change while the program runs. */
  static char *note;

  if (g_once_init_enter (&note))
    g_once_init_leave (&note, g_strconcat (safety_note_start (), "\n\n", limber_ui_urgent_note (), NULL));
  return note;
}

char *
limber_ui_describe_voice_problem (LimberSpeaker *speaker)
{
  g_return_val_if_fail (LIMBER_IS_SPEAKER (speaker), NULL);

#if HAVE_VOICE
  if (LIMBER_IS_SPEECH_PLAYER (speaker) &&
      limber_speech_player_get_error_message (LIMBER_SPEECH_PLAYER (speaker)) != NULL)
    return g_strdup (limber_speech_player_get_error_message (LIMBER_SPEECH_PLAYER (speaker)));
#endif
  /* Translators: the voice cannot speak, and no reason is known */
  return g_strdup (_("Voice unavailable"));
}
