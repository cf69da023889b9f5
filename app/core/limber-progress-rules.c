/* limber-progress-rules.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-progress"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "limber-progress-rules.h"

/* Every threshold of the rules, in one place; docs/progression.md explains
 * them to the people who use Limber: keep the two in step. Pains are on the
 * 0–10 scale, days are calendar days. */
static const struct
{
  /* Stop for today: pain after at least this, in any session today. */
  int stop_pain_after;
  /* Get it checked: two such sessions at most this many days apart ... */
  int get_checked_days;
  /* ... or a next-morning check-in at least this much above the pain
   * before the session (above the pain after when "before" was not
   * recorded). */
  int next_morning_worse_by;
  /* Step down: pain after at least this, or at least step_down_rise above
   * the pain before (when recorded), in step_down_count of the last
   * step_down_window sessions at this level ... */
  int step_down_pain_after;
  int step_down_rise;
  guint step_down_count;
  guint step_down_window;
  /* ... or rated "Hard" this many times in a row at this level. */
  guint step_down_hard_in_a_row;
  /* Step up: the last step_up_sessions sessions at this level, finished, on
   * as many different days spanning at least step_up_span_days days, rated
   * "Easy" or "About right", with pain after at most step_up_pain_after
   * and not above the pain before, and no worse next morning. As all of
   * them are at this level, the last rise of level was at least
   * step_up_span_days ago: at most one step up a week follows. */
  guint step_up_sessions;
  int step_up_span_days;
  int step_up_pain_after;
  /* A session "goes well" (it ends the "get it checked" card) when it is
   * finished with pain after at most this, not above the pain before, and
   * no worse next morning. */
  int well_pain_after;
} rules = {
  .stop_pain_after = 6,
  .get_checked_days = 14,
  .next_morning_worse_by = 1,
  .step_down_pain_after = 4,
  .step_down_rise = 2,
  .step_down_count = 2,
  .step_down_window = 3,
  .step_down_hard_in_a_row = 2,
  .step_up_sessions = 3,
  .step_up_span_days = 7,
  .step_up_pain_after = 3,
  .well_pain_after = 3,
};

void
limber_suggestion_free (LimberSuggestion *suggestion)
{
  if (suggestion == NULL)
    return;
  g_free (suggestion->reason);
  g_free (suggestion);
}

char *
limber_level_to_string (int level)
{
  if (level > 0)
    return g_strdup_printf ("+%d", level);
  if (level < 0)
    /* U+2212 MINUS SIGN */
    return g_strdup_printf ("\u2212%d", -level);
  return g_strdup ("0");
}

const char *
limber_effort_to_label (LimberEffort effort)
{
  switch (effort)
    {
    case LIMBER_EFFORT_EASY:
      return C_("effort", "Easy");
    case LIMBER_EFFORT_RIGHT:
      return C_("effort", "About right");
    case LIMBER_EFFORT_HARD:
      return C_("effort", "Hard");
    case LIMBER_EFFORT_UNSET:
    default:
      return NULL;
    }
}

static gboolean
pain_set (int pain)
{
  return pain >= 0 && pain <= 10;
}

/* The calendar day of @date_time in its own time zone, as a day count. */
static gint64
day_of (GDateTime *date_time)
{
  GDate date;
  int year, month, day;

  g_date_time_get_ymd (date_time, &year, &month, &day);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return g_date_get_julian (&date);
}

static gboolean
hurt_too_much (const LimberProgressSession *s)
{
  return pain_set (s->pain_after) && s->pain_after >= rules.stop_pain_after;
}

static gboolean
worse_next_morning (const LimberProgressSession *s)
{
  int reference = pain_set (s->pain_before) ? s->pain_before : s->pain_after;

  return pain_set (s->next_morning_pain) && pain_set (reference) &&
         s->next_morning_pain >= reference + rules.next_morning_worse_by;
}

static gboolean
above_before (const LimberProgressSession *s)
{
  return pain_set (s->pain_before) && pain_set (s->pain_after) && s->pain_after > s->pain_before;
}

static gboolean
went_well (const LimberProgressSession *s)
{
  return s->finished && pain_set (s->pain_after) && s->pain_after <= rules.well_pain_after &&
         !above_before (s) && !worse_next_morning (s);
}

static gboolean
bad_for_step_down (const LimberProgressSession *s)
{
  if (pain_set (s->pain_after) && s->pain_after >= rules.step_down_pain_after)
    return TRUE;
  return pain_set (s->pain_before) && pain_set (s->pain_after) &&
         s->pain_after - s->pain_before >= rules.step_down_rise;
}

static gboolean
fine_for_step_up (const LimberProgressSession *s)
{
  return s->finished &&
         (s->effort == LIMBER_EFFORT_EASY || s->effort == LIMBER_EFFORT_RIGHT) &&
         pain_set (s->pain_after) && s->pain_after <= rules.step_up_pain_after &&
         !above_before (s) && !worse_next_morning (s);
}

const char *
limber_progress_get_checked (const LimberProgressSession *sessions,
                             guint                        n)
{
  const char *reason = NULL;
  gint64 cause = -1;

  g_return_val_if_fail (sessions != NULL || n == 0, NULL);

  for (guint i = 0; i < n; i++)
    {
      if (hurt_too_much (&sessions[i]))
        for (guint j = 0; j < i; j++)
          if (hurt_too_much (&sessions[j]) &&
              day_of (sessions[i].date_time) - day_of (sessions[j].date_time) <= rules.get_checked_days)
            {
              cause = i;
              reason = _("This routine has hurt more than it should twice within two weeks. "
                         "Please get your back checked by a doctor or physical therapist before you go on.");
              break;
            }
      if (worse_next_morning (&sessions[i]))
        {
          cause = i;
          reason = _("Your back was worse the morning after this routine than before it. "
                     "Please get it checked by a doctor or physical therapist before you go on.");
        }
    }

  if (cause < 0)
    return NULL;
  for (guint k = (guint) cause + 1; k < n; k++)
    if (went_well (&sessions[k]))
      return NULL;
  return reason;
}

static gboolean
stop_today (const LimberProgressSession *sessions,
            guint                        n,
            GDateTime                   *now)
{
  gint64 today = day_of (now);

  for (guint i = 0; i < n; i++)
    if (hurt_too_much (&sessions[i]) && day_of (sessions[i].date_time) == today)
      return TRUE;
  return FALSE;
}

static gboolean
step_down (const LimberProgressSession *sessions,
           guint                        n,
           int                          level)
{
  guint bad = 0, hard = 0;

  for (guint i = n > rules.step_down_window ? n - rules.step_down_window : 0; i < n; i++)
    if (sessions[i].level == level && bad_for_step_down (&sessions[i]))
      bad++;
  if (bad >= rules.step_down_count)
    return TRUE;

  for (guint i = n; i > 0 && hard < rules.step_down_hard_in_a_row; i--)
    {
      if (sessions[i - 1].level != level || sessions[i - 1].effort != LIMBER_EFFORT_HARD)
        break;
      hard++;
    }
  return hard >= rules.step_down_hard_in_a_row;
}

static gboolean
step_up (const LimberProgressSession *sessions,
         guint                        n,
         int                          level)
{
  guint first;

  if (n < rules.step_up_sessions)
    return FALSE;
  first = n - rules.step_up_sessions;

  for (guint i = first; i < n; i++)
    {
      if (sessions[i].level != level || !fine_for_step_up (&sessions[i]))
        return FALSE;
      /* on different days (newest last: a later day each time) */
      if (i > first && day_of (sessions[i].date_time) <= day_of (sessions[i - 1].date_time))
        return FALSE;
    }
  return day_of (sessions[n - 1].date_time) - day_of (sessions[first].date_time) >= rules.step_up_span_days;
}

/* The first exercise whose duration changes from @level to @level + 1, else
 * the first whose reps do. */
static void
find_example (LimberSuggestion *suggestion,
              LimberRoutine    *routine,
              int               level)
{
  guint n = limber_routine_get_n_exercises (routine);

  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < n; i++)
      {
        LimberExercise *exercise = limber_routine_get_exercise (routine, i);
        gboolean timed = limber_exercise_is_timed (exercise);
        guint from, to;

        if (timed != (pass == 0))
          continue;
        from = limber_exercise_get_value_at_level (exercise, level);
        to = limber_exercise_get_value_at_level (exercise, level + 1);
        if (from != to && from != 0)
          {
            suggestion->example_timed = timed;
            suggestion->example_from = from;
            suggestion->example_to = to;
            return;
          }
      }
}

static char *
step_up_reason (LimberSuggestion *suggestion)
{
  g_autofree char *level = limber_level_to_string (suggestion->level);
  guint n = rules.step_up_sessions;

  if (suggestion->example_from == 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         /* Translators: %u counts sessions (3); %s is the level
                                          * suggested, as in "+1" */
                                         "Your back has been fine after the last %u session. Try level %s next time?",
                                         "Your back has been fine after the last %u sessions. Try level %s next time?",
                                         n),
                            n, level);
  if (suggestion->example_timed)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         /* Translators: %u counts sessions (3); %s is the level
                                          * suggested, as in "+1"; then the seconds of a hold at
                                          * that level and now, as in "(35 s holds instead of 30 s)" */
                                         "Your back has been fine after the last %u session. Try level %s next time? "
                                         "(%u s holds instead of %u s)",
                                         "Your back has been fine after the last %u sessions. Try level %s next time? "
                                         "(%u s holds instead of %u s)",
                                         n),
                            n, level, suggestion->example_to, suggestion->example_from);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: %u counts sessions (3); %s is the level
                                        * suggested, as in "+1"; then the repetitions of an
                                        * exercise at that level and now, as in "(14 reps instead of 12)" */
                                       "Your back has been fine after the last %u session. Try level %s next time? "
                                       "(%u reps instead of %u)",
                                       "Your back has been fine after the last %u sessions. Try level %s next time? "
                                       "(%u reps instead of %u)",
                                       n),
                          n, level, suggestion->example_to, suggestion->example_from);
}

LimberSuggestion *
limber_progress_suggest (const LimberProgressSession *sessions,
                         guint                        n_sessions,
                         int                          level,
                         LimberRoutine               *routine,
                         GDateTime                   *now)
{
  g_autoptr(LimberSuggestion) suggestion = g_new0 (LimberSuggestion, 1);
  const char *checked;

  g_return_val_if_fail (sessions != NULL || n_sessions == 0, NULL);
  g_return_val_if_fail (routine == NULL || LIMBER_IS_ROUTINE (routine), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  level = CLAMP (level, LIMBER_LEVEL_MIN, LIMBER_LEVEL_MAX);
  suggestion->kind = LIMBER_SUGGESTION_NONE;
  suggestion->level = level;

  if ((checked = limber_progress_get_checked (sessions, n_sessions)) != NULL)
    {
      suggestion->kind = LIMBER_SUGGESTION_GET_CHECKED;
      suggestion->reason = g_strdup (checked);
    }
  else if (stop_today (sessions, n_sessions, now))
    {
      suggestion->kind = LIMBER_SUGGESTION_STOP_TODAY;
      suggestion->reason = g_strdup (_("That hurt more than it should. Stop this routine for today; "
                                       "if it keeps happening, see a doctor or physical therapist."));
    }
  else if (level > LIMBER_LEVEL_MIN && step_down (sessions, n_sessions, level))
    {
      g_autofree char *lower = limber_level_to_string (level - 1);

      suggestion->kind = LIMBER_SUGGESTION_STEP_DOWN;
      suggestion->level = level - 1;
      /* Translators: %s is the level suggested, as in "−1" */
      suggestion->reason = g_strdup_printf (_("Ease off: try level %s for a few sessions."), lower);
    }
  else if (level < LIMBER_LEVEL_MAX && step_up (sessions, n_sessions, level))
    {
      suggestion->kind = LIMBER_SUGGESTION_STEP_UP;
      suggestion->level = level + 1;
      if (routine != NULL)
        find_example (suggestion, routine, level);
      suggestion->reason = step_up_reason (suggestion);
    }

  return g_steal_pointer (&suggestion);
}

static void
clear_session (LimberProgressSession *session)
{
  g_clear_pointer (&session->date_time, g_date_time_unref);
}

GArray *
limber_progress_sessions_from_records (LimberHistoryRecord * const *records,
                                       guint                        n_records,
                                       const char                  *routine_id,
                                       LimberHistoryRecord         *except)
{
  return limber_progress_sessions_from_history (records, n_records, NULL, 0, routine_id, except);
}

GArray *
limber_progress_sessions_from_history (LimberHistoryRecord * const  *records,
                                       guint                         n_records,
                                       LimberHistoryCheckin * const *checkins,
                                       guint                         n_checkins,
                                       const char                   *routine_id,
                                       LimberHistoryRecord          *except)
{
  GArray *sessions;

  g_return_val_if_fail (records != NULL || n_records == 0, NULL);
  g_return_val_if_fail (checkins != NULL || n_checkins == 0, NULL);
  g_return_val_if_fail (routine_id != NULL, NULL);

  sessions = g_array_new (FALSE, TRUE, sizeof (LimberProgressSession));
  g_array_set_clear_func (sessions, (GDestroyNotify) clear_session);

  /* Newest first in the history: walk it backwards. */
  for (guint i = n_records; i-- > 0;)
    {
      LimberHistoryRecord *record = records[i];
      LimberProgressSession session = { 0 };

      if (record == except || g_strcmp0 (limber_history_record_get_routine_id (record), routine_id) != 0)
        continue;
      session.date_time = limber_history_record_dup_start (record);
      session.level = limber_history_record_get_level (record);
      session.pain_before = limber_history_record_get_pain_before (record);
      session.pain_after = limber_history_record_get_pain_after (record);
      session.effort = limber_history_record_get_effort (record);
      session.finished = limber_history_record_get_completed (record);
      session.next_morning_pain = limber_history_checkins_lookup_pain (checkins, n_checkins,
                                                                       limber_history_record_get_id (record));
      g_array_append_val (sessions, session);
    }
  return sessions;
}
