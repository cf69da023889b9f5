/* test-progress-rules.c: the suggestions after the sessions of a routine,
 * at and around every threshold of docs/progression.md
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "limber-progress-rules.h"

#define U LIMBER_PAIN_UNSET
#define EASY LIMBER_EFFORT_EASY
#define RIGHT LIMBER_EFFORT_RIGHT
#define HARD LIMBER_EFFORT_HARD
#define UNRATED LIMBER_EFFORT_UNSET

/* One session: the day (from 2 March 2026), the hour (0 means 9:00), the
 * level, pain before and after, effort, stopped early, next-morning pain. */
typedef struct
{
  int day;
  int hour;
  int level;
  int before;
  int after;
  LimberEffort effort;
  gboolean stopped;
  int morning;
} S;

#define MAX_SESSIONS 6

typedef struct
{
  const char *what;
  int level;                /* the routine's level now */
  int now_day;
  int now_hour;             /* 0 means 20:00 */
  guint n;
  S s[MAX_SESSIONS];
  LimberSuggestionKind kind;
  int new_level;
} Row;

/* Shorthands: a fine session (easy, no pain) and a painful one, on a day at level 0. */
#define FINE(d) { d, 0, 0, 1, 1, EASY, FALSE, U }
#define HURT(d, after) { d, 0, 0, 1, after, RIGHT, FALSE, U }

static const Row rows[] = {
  /* stop for today: pain after ≥ 6 today */
  { "pain 6 today", 0, 0, 0, 1, { HURT (0, 6) }, LIMBER_SUGGESTION_STOP_TODAY, 0 },
  { "pain 10 today, nothing else recorded", 0, 0, 0, 1, { { 0, 0, 0, U, 10, UNRATED, TRUE, U } },
    LIMBER_SUGGESTION_STOP_TODAY, 0 },
  { "pain 5 today", 0, 0, 0, 1, { HURT (0, 5) }, LIMBER_SUGGESTION_NONE, 0 },
  { "pain 6 yesterday", 0, 1, 0, 1, { HURT (0, 6) }, LIMBER_SUGGESTION_NONE, 0 },
  { "pain 6 at 23:30, now 0:30 the next day", 0, 1, 1, 1, { { 0, 23, 0, 1, 6, RIGHT, FALSE, U } },
    LIMBER_SUGGESTION_NONE, 0 },
  { "pain 6 this morning, fine since", 0, 0, 0, 2, { { 0, 7, 0, 1, 6, RIGHT, FALSE, U }, { 0, 12, 0, 1, 1, EASY, FALSE, U } },
    LIMBER_SUGGESTION_STOP_TODAY, 0 },

  /* get it checked: twice within 14 days */
  { "pain 6 twice, 14 days apart", 0, 14, 0, 2, { HURT (0, 6), HURT (14, 6) }, LIMBER_SUGGESTION_GET_CHECKED, 0 },
  { "pain 6 twice, 15 days apart", 0, 15, 0, 2, { HURT (0, 6), HURT (15, 6) }, LIMBER_SUGGESTION_STOP_TODAY, 0 },
  { "pain 6 and 5, 3 days apart", 0, 3, 0, 2, { HURT (0, 6), HURT (3, 5) }, LIMBER_SUGGESTION_STEP_DOWN, -1 },
  { "still shown days later", 0, 30, 0, 2, { HURT (0, 6), HURT (10, 7) }, LIMBER_SUGGESTION_GET_CHECKED, 0 },
  { "still shown after a session with pain 4", 0, 12, 0, 3, { HURT (0, 6), HURT (10, 7), HURT (12, 4) },
    LIMBER_SUGGESTION_GET_CHECKED, 0 },
  { "still shown after a good session that was stopped", 0, 12, 0, 3,
    { HURT (0, 6), HURT (10, 7), { 12, 0, 0, 1, 1, EASY, TRUE, U } }, LIMBER_SUGGESTION_GET_CHECKED, 0 },
  { "still shown after a session without pain after", 0, 12, 0, 3,
    { HURT (0, 6), HURT (10, 7), { 12, 0, 0, 1, U, EASY, FALSE, U } }, LIMBER_SUGGESTION_GET_CHECKED, 0 },
  { "still shown after a session with pain above before", 0, 12, 0, 3,
    { HURT (0, 6), HURT (10, 7), { 12, 0, 0, 1, 2, EASY, FALSE, U } }, LIMBER_SUGGESTION_GET_CHECKED, 0 },
  { "ended by a session with pain 3 (2 of the last 3 still hurt)", 0, 12, 0, 3,
    { HURT (0, 6), HURT (10, 7), { 12, 0, 0, 3, 3, HARD, FALSE, U } }, LIMBER_SUGGESTION_STEP_DOWN, -1 },
  { "ended, and then two good sessions", 0, 14, 0, 4,
    { HURT (0, 6), HURT (10, 7), { 12, 0, 0, 3, 3, RIGHT, FALSE, U }, FINE (14) }, LIMBER_SUGGESTION_NONE, 0 },
  /* get it checked: worse the next morning than before */
  { "next morning 1 above before", 0, 1, 0, 1, { { 0, 0, 0, 2, 2, RIGHT, FALSE, 3 } }, LIMBER_SUGGESTION_GET_CHECKED, 0 },
  { "next morning as before", 0, 1, 0, 1, { { 0, 0, 0, 2, 2, RIGHT, FALSE, 2 } }, LIMBER_SUGGESTION_NONE, 0 },
  { "next morning better than after, above before", 0, 1, 0, 1, { { 0, 0, 0, 1, 3, RIGHT, FALSE, 2 } },
    LIMBER_SUGGESTION_GET_CHECKED, 0 },
  { "no pain before: next morning above after", 0, 1, 0, 1, { { 0, 0, 0, U, 3, RIGHT, FALSE, 4 } },
    LIMBER_SUGGESTION_GET_CHECKED, 0 },
  { "no pain before: next morning as after", 0, 1, 0, 1, { { 0, 0, 0, U, 3, RIGHT, FALSE, 3 } }, LIMBER_SUGGESTION_NONE, 0 },
  { "no pain recorded: next morning alone says nothing", 0, 1, 0, 1, { { 0, 0, 0, U, U, RIGHT, FALSE, 5 } },
    LIMBER_SUGGESTION_NONE, 0 },
  { "worse next morning, then a session that went well", 0, 3, 0, 2,
    { { 0, 0, 0, 2, 2, RIGHT, FALSE, 3 }, { 3, 0, 0, 2, 2, RIGHT, FALSE, U } }, LIMBER_SUGGESTION_NONE, 0 },
  { "get it checked comes before stop for today", 0, 5, 0, 2, { HURT (0, 6), HURT (5, 8) },
    LIMBER_SUGGESTION_GET_CHECKED, 0 },

  /* step down: pain after ≥ 4 in 2 of the last 3 */
  { "pain 4 in 2 of 3", 0, 4, 0, 3, { { 0, 0, 0, U, 4, RIGHT, FALSE, U }, FINE (2), { 4, 0, 0, 4, 4, EASY, FALSE, U } },
    LIMBER_SUGGESTION_STEP_DOWN, -1 },
  { "pain 4 in 2 of 4, not of the last 3", 0, 6, 0, 4, { HURT (0, 4), FINE (2), FINE (4), HURT (6, 4) },
    LIMBER_SUGGESTION_NONE, 0 },
  { "pain 3 in 3 of 3", 0, 4, 0, 3,
    { { 0, 0, 0, 3, 3, RIGHT, FALSE, U }, { 2, 0, 0, 2, 3, RIGHT, FALSE, U }, { 4, 0, 0, U, 3, RIGHT, FALSE, U } },
    LIMBER_SUGGESTION_NONE, 0 },
  { "pain 4 once", 0, 4, 0, 1, { HURT (4, 4) }, LIMBER_SUGGESTION_NONE, 0 },
  /* step down: 2 points above before, where recorded */
  { "2 above before, twice", 0, 2, 0, 2, { { 0, 0, 0, 1, 3, RIGHT, FALSE, U }, { 2, 0, 0, 0, 2, RIGHT, FALSE, U } },
    LIMBER_SUGGESTION_STEP_DOWN, -1 },
  { "1 above before, twice", 0, 2, 0, 2, { { 0, 0, 0, 1, 2, RIGHT, FALSE, U }, { 2, 0, 0, 2, 3, RIGHT, FALSE, U } },
    LIMBER_SUGGESTION_NONE, 0 },
  { "pain 3 twice, before not recorded", 0, 2, 0, 2, { { 0, 0, 0, U, 3, RIGHT, FALSE, U }, { 2, 0, 0, U, 3, RIGHT, FALSE, U } },
    LIMBER_SUGGESTION_NONE, 0 },
  /* step down: "Hard" twice in a row */
  { "hard twice in a row", 0, 2, 0, 2, { { 0, 0, 0, 1, 1, HARD, FALSE, U }, { 2, 0, 0, 1, 1, HARD, FALSE, U } },
    LIMBER_SUGGESTION_STEP_DOWN, -1 },
  { "hard, about right, hard", 0, 4, 0, 3,
    { { 0, 0, 0, 1, 1, HARD, FALSE, U }, FINE (2), { 4, 0, 0, 1, 1, HARD, FALSE, U } }, LIMBER_SUGGESTION_NONE, 0 },
  { "hard twice, the first at the level before", 0, 2, 0, 2,
    { { 0, 0, 1, 1, 1, HARD, FALSE, U }, { 2, 0, 0, 1, 1, HARD, FALSE, U } }, LIMBER_SUGGESTION_NONE, 0 },
  /* step down: only sessions at this level, never below −2 */
  { "painful sessions at the level before", -1, 4, 0, 3, { HURT (0, 5), HURT (2, 5), FINE (4) },
    LIMBER_SUGGESTION_NONE, -1 },
  { "at level +2", 2, 2, 0, 2, { { 0, 0, 2, 1, 4, RIGHT, FALSE, U }, { 2, 0, 2, 1, 5, RIGHT, FALSE, U } },
    LIMBER_SUGGESTION_STEP_DOWN, 1 },
  { "at level −2", -2, 2, 0, 2, { { 0, 0, -2, 1, 4, RIGHT, FALSE, U }, { 2, 0, -2, 1, 5, RIGHT, FALSE, U } },
    LIMBER_SUGGESTION_NONE, -2 },
  { "stop for today comes before step down", 0, 2, 0, 2, { HURT (0, 4), HURT (2, 6) }, LIMBER_SUGGESTION_STOP_TODAY, 0 },

  /* step up: 3 fine sessions at this level on 3 days spanning 7 */
  { "3 fine sessions over 7 days", 0, 7, 0, 3,
    { FINE (0), { 3, 0, 0, 2, 2, RIGHT, FALSE, 2 }, { 7, 0, 0, 3, 3, EASY, FALSE, U } }, LIMBER_SUGGESTION_STEP_UP, 1 },
  { "3 fine sessions over 6 days", 0, 6, 0, 3, { FINE (0), FINE (3), FINE (6) }, LIMBER_SUGGESTION_NONE, 0 },
  { "2 on the same day", 0, 7, 0, 3, { FINE (0), { 0, 18, 0, 1, 1, EASY, FALSE, U }, FINE (7) },
    LIMBER_SUGGESTION_NONE, 0 },
  { "2 fine sessions over 7 days", 0, 7, 0, 2, { FINE (0), FINE (7) }, LIMBER_SUGGESTION_NONE, 0 },
  { "only the last 3 count", 0, 10, 0, 4, { HURT (0, 5), FINE (3), FINE (6), FINE (10) }, LIMBER_SUGGESTION_STEP_UP, 1 },
  { "pain after 4 in one", 0, 7, 0, 3, { FINE (0), { 3, 0, 0, 4, 4, EASY, FALSE, U }, FINE (7) }, LIMBER_SUGGESTION_NONE, 0 },
  { "pain after not recorded in one", 0, 7, 0, 3, { FINE (0), { 3, 0, 0, 1, U, EASY, FALSE, U }, FINE (7) },
    LIMBER_SUGGESTION_NONE, 0 },
  { "pain after above before in one", 0, 7, 0, 3, { FINE (0), { 3, 0, 0, 1, 2, EASY, FALSE, U }, FINE (7) },
    LIMBER_SUGGESTION_NONE, 0 },
  { "pain before not recorded", 0, 7, 0, 3, { FINE (0), { 3, 0, 0, U, 3, EASY, FALSE, U }, FINE (7) },
    LIMBER_SUGGESTION_STEP_UP, 1 },
  { "rated hard once", 0, 7, 0, 3, { FINE (0), { 3, 0, 0, 1, 1, HARD, FALSE, U }, FINE (7) }, LIMBER_SUGGESTION_NONE, 0 },
  { "not rated once", 0, 7, 0, 3, { FINE (0), { 3, 0, 0, 1, 1, UNRATED, FALSE, U }, FINE (7) },
    LIMBER_SUGGESTION_NONE, 0 },
  { "stopped early once", 0, 7, 0, 3, { FINE (0), { 3, 0, 0, 1, 1, EASY, TRUE, U }, FINE (7) }, LIMBER_SUGGESTION_NONE, 0 },
  { "one at the level before", 1, 7, 0, 3, { FINE (0), { 3, 0, 1, 1, 1, EASY, FALSE, U }, { 7, 0, 1, 1, 1, EASY, FALSE, U } },
    LIMBER_SUGGESTION_NONE, 1 },
  { "a week after the last step up", 1, 8, 0, 4,
    { FINE (0), { 1, 0, 1, 1, 1, EASY, FALSE, U }, { 4, 0, 1, 1, 1, EASY, FALSE, U }, { 8, 0, 1, 1, 1, RIGHT, FALSE, U } },
    LIMBER_SUGGESTION_STEP_UP, 2 },
  { "at level +3", 3, 7, 0, 3,
    { { 0, 0, 3, 1, 1, EASY, FALSE, U }, { 3, 0, 3, 1, 1, EASY, FALSE, U }, { 7, 0, 3, 1, 1, EASY, FALSE, U } },
    LIMBER_SUGGESTION_NONE, 3 },
  { "no sessions", 0, 0, 0, 0, { FINE (0) }, LIMBER_SUGGESTION_NONE, 0 },
};

static GDateTime *
at (GTimeZone *tz,
    int        day,
    int        hour,
    int        default_hour)
{
  g_autoptr(GDateTime) base = g_date_time_new (tz, 2026, 3, 2, hour ? hour : default_hour, 30, 0);

  return g_date_time_add_days (base, day);
}

static LimberSuggestion *
suggest_row (const Row     *row,
             LimberRoutine *routine)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("+01:00");
  g_autoptr(GDateTime) now = at (tz, row->now_day, row->now_hour, 20);
  LimberProgressSession sessions[MAX_SESSIONS];
  LimberSuggestion *suggestion;

  g_assert_nonnull (tz);
  for (guint i = 0; i < row->n; i++)
    {
      sessions[i].date_time = at (tz, row->s[i].day, row->s[i].hour, 9);
      sessions[i].level = row->s[i].level;
      sessions[i].pain_before = row->s[i].before;
      sessions[i].pain_after = row->s[i].after;
      sessions[i].effort = row->s[i].effort;
      sessions[i].finished = !row->s[i].stopped;
      sessions[i].next_morning_pain = row->s[i].morning;
    }

  suggestion = limber_progress_suggest (sessions, row->n, row->level, routine, now);
  for (guint i = 0; i < row->n; i++)
    g_date_time_unref (sessions[i].date_time);
  return suggestion;
}

static void
test_table (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr(LimberSuggestion) suggestion = suggest_row (&rows[i], NULL);

      g_test_message ("%s", rows[i].what);
      g_assert_nonnull (suggestion);
      g_assert_cmpint (suggestion->kind, ==, rows[i].kind);
      g_assert_cmpint (suggestion->level, ==, rows[i].new_level);
      if (rows[i].kind == LIMBER_SUGGESTION_NONE)
        g_assert_null (suggestion->reason);
      else
        g_assert_nonnull (suggestion->reason);
    }
}

static const Row *
find_row (const char *what)
{
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    if (strcmp (rows[i].what, what) == 0)
      return &rows[i];
  g_assert_not_reached ();
}

/* The texts, verbatim. */
static void
test_reasons (void)
{
  static const struct { const char *what; const char *reason; } cases[] = {
    { "pain 6 today", "That hurt more than it should. Stop this routine for today; if it keeps happening, "
                      "see a doctor or physical therapist." },
    { "pain 6 twice, 14 days apart", "This routine has hurt more than it should twice within two weeks. "
                                     "Please get your back checked by a doctor or physical therapist before you go on." },
    { "next morning 1 above before", "Your back was worse the morning after this routine than before it. "
                                     "Please get it checked by a doctor or physical therapist before you go on." },
    { "pain 4 in 2 of 3", "Ease off: try level \u22121 for a few sessions." },
    { "at level +2", "Ease off: try level +1 for a few sessions." },
    { "3 fine sessions over 7 days", "Your back has been fine after the last 3 sessions. Try level +1 next time?" },
    { "a week after the last step up", "Your back has been fine after the last 3 sessions. Try level +2 next time?" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(LimberSuggestion) suggestion = suggest_row (find_row (cases[i].what), NULL);

      g_assert_cmpstr (suggestion->reason, ==, cases[i].reason);
    }
}

static LimberExercise *
exercise (guint duration,
          guint reps,
          guint step,
          guint max)
{
  LimberExercise *e = limber_exercise_new ();

  limber_exercise_set_name (e, "E");
  limber_exercise_set_duration (e, duration);
  limber_exercise_set_reps (e, reps);
  limber_exercise_set_progression_step (e, step);
  limber_exercise_set_progression_max (e, max);
  return e;
}

/* The step up's example: the first hold that changes, else the first reps. */
static void
test_step_up_example (void)
{
  const Row *row = find_row ("3 fine sessions over 7 days");
  const Row *row_up = find_row ("a week after the last step up");
  g_autoptr(LimberRoutine) holds = limber_routine_new ();
  g_autoptr(LimberRoutine) reps = limber_routine_new ();
  g_autoptr(LimberRoutine) fixed = limber_routine_new ();
  g_autoptr(LimberExercise) squat = exercise (0, 12, 0, 0);
  g_autoptr(LimberExercise) hold = exercise (30, 0, 0, 0);
  g_autoptr(LimberExercise) capped = exercise (30, 0, 5, 30);
  g_autoptr(LimberExercise) lunge = exercise (0, 8, 3, 0);
  g_autoptr(LimberExercise) capped_reps = exercise (0, 8, 3, 8);
  g_autoptr(LimberSuggestion) a = NULL;
  g_autoptr(LimberSuggestion) b = NULL;
  g_autoptr(LimberSuggestion) c = NULL;
  g_autoptr(LimberSuggestion) d = NULL;

  limber_routine_append_exercise (holds, squat);
  limber_routine_append_exercise (holds, hold);
  a = suggest_row (row, holds);
  g_assert_cmpint (a->kind, ==, LIMBER_SUGGESTION_STEP_UP);
  g_assert_true (a->example_timed);
  g_assert_cmpuint (a->example_from, ==, 30);
  g_assert_cmpuint (a->example_to, ==, 35);
  g_assert_cmpstr (a->reason, ==, "Your back has been fine after the last 3 sessions. Try level +1 next time? "
                                  "(35 s holds instead of 30 s)");

  /* from +1 to +2: 35 s → 40 s */
  b = suggest_row (row_up, holds);
  g_assert_cmpstr (b->reason, ==, "Your back has been fine after the last 3 sessions. Try level +2 next time? "
                                  "(40 s holds instead of 35 s)");

  /* a hold already at its max does not change: the reps are the example */
  limber_routine_append_exercise (reps, capped);
  limber_routine_append_exercise (reps, lunge);
  c = suggest_row (row, reps);
  g_assert_false (c->example_timed);
  g_assert_cmpuint (c->example_from, ==, 8);
  g_assert_cmpuint (c->example_to, ==, 11);
  g_assert_cmpstr (c->reason, ==, "Your back has been fine after the last 3 sessions. Try level +1 next time? "
                                  "(11 reps instead of 8)");

  /* nothing changes: no example */
  limber_routine_append_exercise (fixed, capped);
  limber_routine_append_exercise (fixed, capped_reps);
  d = suggest_row (row, fixed);
  g_assert_cmpint (d->kind, ==, LIMBER_SUGGESTION_STEP_UP);
  g_assert_cmpuint (d->example_from, ==, 0);
  g_assert_cmpstr (d->reason, ==, "Your back has been fine after the last 3 sessions. Try level +1 next time?");
}

static void
test_level_to_string (void)
{
  static const struct { int level; const char *text; } cases[] = {
    { -2, "\u22122" }, { -1, "\u22121" }, { 0, "0" }, { 1, "+1" }, { 3, "+3" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = limber_level_to_string (cases[i].level);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

/* The "get it checked" state alone: when it starts and when it ends, over
 * a routine's sessions, whatever would be suggested besides. */
typedef enum { NOT_SHOWN, TWICE, MORNING } Checked;

static const struct
{
  const char *what;
  guint n;
  S s[MAX_SESSIONS];
  Checked checked;
} checked_rows[] = {
  { "no sessions", 0, { FINE (0) }, NOT_SHOWN },
  { "pain 6 once", 1, { HURT (0, 6) }, NOT_SHOWN },
  { "pain 6 twice, the same day", 2, { HURT (0, 6), { 0, 12, 0, 1, 9, HARD, TRUE, U } }, TWICE },
  { "pain 6 twice, 14 days apart", 2, { HURT (0, 6), HURT (14, 6) }, TWICE },
  { "pain 6 twice, 15 days apart", 2, { HURT (0, 6), HURT (15, 6) }, NOT_SHOWN },
  { "pain 6 and 5, 2 days apart", 2, { HURT (0, 6), HURT (2, 5) }, NOT_SHOWN },
  { "pain 6 twice with a fine session between", 3, { HURT (0, 6), FINE (3), HURT (6, 6) }, TWICE },
  { "pain 6 three times, 20 and 10 days apart", 3, { HURT (0, 6), HURT (20, 6), HURT (30, 6) }, TWICE },
  { "pain 6 twice at different levels", 2, { HURT (0, 6), { 5, 0, -1, 1, 7, RIGHT, FALSE, U } }, TWICE },
  { "held by a stopped session with pain 1", 3, { HURT (0, 6), HURT (1, 6), { 2, 0, 0, 1, 1, EASY, TRUE, U } }, TWICE },
  { "held by a session with pain 4", 3, { HURT (0, 6), HURT (1, 6), HURT (2, 4) }, TWICE },
  { "held by a session without pain after", 3, { HURT (0, 6), HURT (1, 6), { 2, 0, 0, 1, U, EASY, FALSE, U } }, TWICE },
  { "held by a session with pain 3 above 2 before", 3, { HURT (0, 6), HURT (1, 6), { 2, 0, 0, 2, 3, EASY, FALSE, U } },
    TWICE },
  { "held by a session worse next morning", 3, { HURT (0, 6), HURT (1, 6), { 2, 0, 0, 1, 1, EASY, FALSE, 2 } }, MORNING },
  { "ended by a session with pain 3, not above before", 3, { HURT (0, 6), HURT (1, 6), { 2, 0, 0, 3, 3, HARD, FALSE, U } },
    NOT_SHOWN },
  { "ended by a session with pain 0, nothing before", 3, { HURT (0, 6), HURT (1, 6), { 2, 0, 0, U, 0, UNRATED, FALSE, U } },
    NOT_SHOWN },
  { "ended, then pain 6 once more", 4, { HURT (0, 6), HURT (1, 6), FINE (2), HURT (20, 6) }, NOT_SHOWN },
  { "ended, then pain 6 twice more", 5, { HURT (0, 6), HURT (1, 6), FINE (2), HURT (20, 6), HURT (21, 8) }, TWICE },
  { "the session that went well came before the second", 3, { HURT (0, 6), FINE (1), HURT (2, 6) }, TWICE },
  { "worse next morning", 1, { { 0, 0, 0, 2, 2, RIGHT, FALSE, 3 } }, MORNING },
  { "as before next morning", 1, { { 0, 0, 0, 2, 2, RIGHT, FALSE, 2 } }, NOT_SHOWN },
  { "worse next morning, then two sessions that did not go well", 3,
    { { 0, 0, 0, 2, 2, RIGHT, FALSE, 3 }, HURT (1, 5), { 2, 0, 0, 1, 1, EASY, TRUE, U } }, MORNING },
  { "worse next morning, then one that went well", 2, { { 0, 0, 0, 2, 2, RIGHT, FALSE, 3 }, FINE (1) }, NOT_SHOWN },
  { "twice, then worse next morning: the newest cause", 3,
    { HURT (0, 6), HURT (1, 6), { 2, 0, 0, 1, 1, EASY, FALSE, 4 } }, MORNING },
  { "worse next morning, then twice: the newest cause", 3,
    { { 0, 0, 0, 2, 2, RIGHT, FALSE, 3 }, HURT (1, 6), HURT (2, 6) }, TWICE },
};

static void
test_get_checked (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("+01:00");

  for (guint r = 0; r < G_N_ELEMENTS (checked_rows); r++)
    {
      LimberProgressSession sessions[MAX_SESSIONS];
      const char *reason;

      g_test_message ("%s", checked_rows[r].what);
      for (guint i = 0; i < checked_rows[r].n; i++)
        {
          const S *row = &checked_rows[r].s[i];

          sessions[i].date_time = at (tz, row->day, row->hour, 9);
          sessions[i].level = row->level;
          sessions[i].pain_before = row->before;
          sessions[i].pain_after = row->after;
          sessions[i].effort = row->effort;
          sessions[i].finished = !row->stopped;
          sessions[i].next_morning_pain = row->morning;
        }

      reason = limber_progress_get_checked (checked_rows[r].n > 0 ? sessions : NULL, checked_rows[r].n);
      switch (checked_rows[r].checked)
        {
        case NOT_SHOWN:
          g_assert_null (reason);
          break;
        case TWICE:
          g_assert_cmpstr (reason, ==, "This routine has hurt more than it should twice within two weeks. "
                                       "Please get your back checked by a doctor or physical therapist before you go on.");
          break;
        case MORNING:
          g_assert_cmpstr (reason, ==, "Your back was worse the morning after this routine than before it. "
                                       "Please get it checked by a doctor or physical therapist before you go on.");
          break;
        default:
          g_assert_not_reached ();
        }
      for (guint i = 0; i < checked_rows[r].n; i++)
        g_date_time_unref (sessions[i].date_time);
    }
}

/* The sessions of one routine in a history (newest first), oldest first,
 * with their answers; the record left out is not among them. */
static void
test_sessions_from_records (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("+01:00");
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) sessions = NULL;
  g_autoptr(GArray) none = NULL;
  const LimberProgressSession *s;

  /* Newest first: day 3 (a), day 2 (b), day 1 (a, left out), day 0 (a). */
  for (int day = 3; day >= 0; day--)
    {
      g_autoptr(GDateTime) start = at (tz, day, 0, 9);
      g_autoptr(GDateTime) end = g_date_time_add_minutes (start, 10);
      LimberHistoryRecord *record =
        limber_history_record_new (day == 2 ? "b" : "a", "A", start, end, 600, 600, day != 3);

      limber_history_record_set_level (record, day - 2);
      limber_history_record_set_pain_before (record, day == 0 ? LIMBER_PAIN_UNSET : day);
      limber_history_record_set_pain_after (record, 6 + day);
      limber_history_record_set_effort (record, day == 3 ? LIMBER_EFFORT_HARD : LIMBER_EFFORT_UNSET);
      g_ptr_array_add (records, record);
    }

  sessions = limber_progress_sessions_from_records ((LimberHistoryRecord * const *) records->pdata, records->len,
                                                    "a", g_ptr_array_index (records, 2));
  g_assert_cmpuint (sessions->len, ==, 2);
  s = &g_array_index (sessions, LimberProgressSession, 0);
  g_assert_cmpint (g_date_time_get_day_of_month (s->date_time), ==, 2);
  g_assert_cmpint (s->level, ==, -2);
  g_assert_cmpint (s->pain_before, ==, LIMBER_PAIN_UNSET);
  g_assert_cmpint (s->pain_after, ==, 6);
  g_assert_cmpint (s->effort, ==, LIMBER_EFFORT_UNSET);
  g_assert_true (s->finished);
  g_assert_cmpint (s->next_morning_pain, ==, LIMBER_PAIN_UNSET);
  s = &g_array_index (sessions, LimberProgressSession, 1);
  g_assert_cmpint (g_date_time_get_day_of_month (s->date_time), ==, 5);
  g_assert_cmpint (s->level, ==, 1);
  g_assert_cmpint (s->pain_before, ==, 3);
  g_assert_cmpint (s->pain_after, ==, 9);
  g_assert_cmpint (s->effort, ==, LIMBER_EFFORT_HARD);
  g_assert_false (s->finished);

  /* Days 0 and 3 hurt 6 and 9, within 14 days: the card holds. */
  g_assert_nonnull (limber_progress_get_checked (&g_array_index (sessions, LimberProgressSession, 0), sessions->len));

  none = limber_progress_sessions_from_records ((LimberHistoryRecord * const *) records->pdata, records->len, "c", NULL);
  g_assert_cmpuint (none->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/progress-rules/table", test_table);
  g_test_add_func ("/progress-rules/reasons", test_reasons);
  g_test_add_func ("/progress-rules/step-up-example", test_step_up_example);
  g_test_add_func ("/progress-rules/level-to-string", test_level_to_string);
  g_test_add_func ("/progress-rules/get-checked", test_get_checked);
  g_test_add_func ("/progress-rules/sessions-from-records", test_sessions_from_records);

  return g_test_run ();
}
