/* test-routine-editor.c: the GTK-free editing model and m:ss durations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "limber-duration.h"
#include "limber-routine-editor.h"
#include "limber-routine-editor-private.h"
#include "limber-routine-file.h"

static const char *routine_json =
  "{\n"
  "  \"format\": \"limber-routine\",\n"
  "  \"version\": 1,\n"
  "  \"id\": \"mine\",\n"
  "  \"title\": \"Mine\",\n"
  "  \"prepare\": 10,\n"
  "  \"rest_between_exercises\": 15,\n"
  "  \"exercises\": [\n"
  "    { \"name\": \"A\", \"duration\": 30 },\n"
  "    { \"name\": \"B\", \"reps\": 10, \"rep_duration\": 2, \"sets\": 2, \"rest\": 20 },\n"
  "    { \"name\": \"C\", \"reps\": 8 }\n"
  "  ]\n"
  "}\n";

static LimberRoutine *
make_routine (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (routine_json, strlen (routine_json));
  g_autoptr(GError) error = NULL;
  LimberRoutine *routine = limber_routine_load_bytes (bytes, "mine.json", &error);

  g_assert_no_error (error);
  return routine;
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *counter)
{
  (*counter)++;
}

static const char *
exercise_name (LimberRoutineEditor *editor,
               guint                i)
{
  return limber_exercise_get_name (limber_routine_get_exercise (limber_routine_editor_get_routine (editor), i));
}

static void
test_parse_duration (void)
{
  static const struct { const char *text; guint seconds; } good[] = {
    { "90", 90 }, { "1:30", 90 }, { "0:05", 5 }, { " 2:00 ", 120 }, { "0", 0 },
    { "1:00:00", 3600 }, { "60:00", 3600 }, { "10:59", 659 },
  };
  static const char *bad[] = {
    "1:75", "-1", "abc", "", " ", "1:5", "1:", ":30", "1:30:", "1.5", "1:2:3:4", "99999999999",
    "25:00:00", "1:005", "1 30",
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;
      guint seconds = 12345;

      g_assert_true (limber_parse_duration (good[i].text, &seconds, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (seconds, ==, good[i].seconds);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      guint seconds = 12345;

      g_test_message ("bad duration \"%s\"", bad[i]);
      g_assert_false (limber_parse_duration (bad[i], &seconds, &error));
      g_assert_error (error, LIMBER_ROUTINE_ERROR, LIMBER_ROUTINE_ERROR_INVALID);
      g_assert_cmpuint (seconds, ==, 12345);
    }

  {
    g_autoptr(GError) error = NULL;
    guint seconds;

    g_assert_false (limber_parse_duration ("1:75", &seconds, &error));
    g_assert_cmpstr (error->message, ==, "“1:75” is not a duration: after a colon come two digits from 00 to 59");
    g_clear_error (&error);
    g_assert_false (limber_parse_duration ("abc", &seconds, &error));
    g_assert_cmpstr (error->message, ==, "“abc” is not a duration: type seconds (90) or minutes and seconds (1:30)");
  }

  /* what the format prints, it parses back */
  for (guint s = 0; s <= 3 * 3600; s += 7)
    {
      g_autofree char *text = limber_format_duration (s);
      guint back = 0;

      g_assert_true (limber_parse_duration (text, &back, NULL));
      g_assert_cmpuint (back, ==, s);
    }
}

static void
test_fields (void)
{
  g_autoptr(LimberRoutine) original = make_routine ();
  g_autoptr(LimberRoutineEditor) editor = limber_routine_editor_new (NULL, original);
  LimberRoutine *copy = limber_routine_editor_get_routine (editor);
  guint dirty_notifies = 0, total_notifies = 0;
  const char *tags[] = { "a", NULL };

  g_assert_true (copy != original);
  g_assert_true (limber_routine_equal (copy, original));
  g_assert_false (limber_routine_editor_get_dirty (editor));
  g_assert_true (limber_routine_editor_get_valid (editor));
  g_assert_false (limber_routine_editor_get_is_new (editor));
  /* 10 + 30 + 15 + (20 + 20 + 20) + 15 + 0 */
  g_assert_cmpuint (limber_routine_editor_get_total_seconds (editor), ==, 130);

  g_signal_connect (editor, "notify::dirty", G_CALLBACK (count_notify), &dirty_notifies);
  g_signal_connect (editor, "notify::total-seconds", G_CALLBACK (count_notify), &total_notifies);

#define CHANGE_AND_BACK(set, changed, back) \
  G_STMT_START { \
    set (changed); \
    g_assert_true (limber_routine_editor_get_dirty (editor)); \
    set (back); \
    g_assert_false (limber_routine_editor_get_dirty (editor)); \
  } G_STMT_END

#define SET_TITLE(v) limber_routine_set_title (copy, v)
#define SET_DESC(v) limber_routine_set_description (copy, v)
#define SET_TAGS(v) limber_routine_set_tags (copy, v)
#define SET_ROUNDS(v) limber_routine_set_rounds (copy, v)
  CHANGE_AND_BACK (SET_TITLE, "Other", "Mine");
  CHANGE_AND_BACK (SET_DESC, "Words", "");
  CHANGE_AND_BACK (SET_TAGS, tags, NULL);
  CHANGE_AND_BACK (SET_ROUNDS, 2, 1);
  g_assert_cmpuint (dirty_notifies, ==, 8);
  /* the original is untouched by all this */
  g_assert_cmpstr (limber_routine_get_title (original), ==, "Mine");

  /* times: the total follows every field that counts */
  limber_routine_set_prepare (copy, 0);
  g_assert_cmpuint (limber_routine_editor_get_total_seconds (editor), ==, 120);
  limber_routine_set_rest_between_exercises (copy, 0);
  g_assert_cmpuint (limber_routine_editor_get_total_seconds (editor), ==, 90);
  limber_routine_set_rounds (copy, 2);
  g_assert_cmpuint (limber_routine_editor_get_total_seconds (editor), ==, 180);
  limber_routine_set_rounds (copy, 1);

  /* every exercise field marks the copy dirty and counts in the total */
  {
    LimberExercise *a = limber_routine_get_exercise (copy, 0);

    limber_exercise_set_duration (a, 45);
    g_assert_cmpuint (limber_routine_editor_get_total_seconds (editor), ==, 105);
    limber_exercise_set_sets (a, 2);
    g_assert_cmpuint (limber_routine_editor_get_total_seconds (editor), ==, 150);
    limber_exercise_set_rest (a, 10);
    g_assert_cmpuint (limber_routine_editor_get_total_seconds (editor), ==, 160);
    limber_routine_editor_set_exercise_sides (editor, 0, LIMBER_SIDES_BOTH);
    limber_exercise_set_switch_time (a, 4);
    /* two sets of 45 + 4 + 45, one rest of 10 */
    g_assert_cmpuint (limber_routine_editor_get_total_seconds (editor), ==, 198 + 60);
    limber_exercise_set_name (a, "A2");
    limber_exercise_set_kind (a, LIMBER_EXERCISE_KIND_STRETCH);
    limber_exercise_set_instructions (a, "Do it");
    limber_exercise_set_caution (a, "Careful");
    g_assert_true (limber_routine_editor_get_dirty (editor));
    g_assert_true (limber_routine_editor_get_valid (editor));
  }
  g_assert_cmpuint (total_notifies, >=, 8);

  /* tags as typed */
  limber_routine_editor_set_tags_text (editor, " hips, Lower back ,, ");
  {
    const char * const *t = limber_routine_get_tags (copy);

    g_assert_cmpuint (g_strv_length ((char **) t), ==, 2);
    g_assert_cmpstr (t[0], ==, "hips");
    g_assert_cmpstr (t[1], ==, "Lower back");
  }
  {
    g_autofree char *text = limber_routine_editor_get_tags_text (editor);
    g_assert_cmpstr (text, ==, "hips, Lower back");
  }

  /* revert brings back the starting point in a new copy */
  limber_routine_editor_revert (editor);
  g_assert_false (limber_routine_editor_get_dirty (editor));
  g_assert_true (limber_routine_equal (limber_routine_editor_get_routine (editor), original));
  g_assert_cmpuint (limber_routine_editor_get_total_seconds (editor), ==, 130);
#undef CHANGE_AND_BACK
#undef SET_TITLE
#undef SET_DESC
#undef SET_TAGS
#undef SET_ROUNDS
}

static void
test_validation_messages (void)
{
  g_autoptr(LimberRoutine) original = make_routine ();
  g_autoptr(LimberRoutineEditor) editor = limber_routine_editor_new (NULL, original);
  LimberRoutine *copy = limber_routine_editor_get_routine (editor);
  LimberExercise *b = limber_routine_get_exercise (copy, 1);
  guint valid_notifies = 0;

  g_signal_connect (editor, "notify::valid", G_CALLBACK (count_notify), &valid_notifies);
  g_assert_null (limber_routine_editor_get_problem (editor, "title"));

  limber_routine_set_title (copy, "   ");
  g_assert_false (limber_routine_editor_get_valid (editor));
  g_assert_cmpstr (limber_routine_editor_get_problem (editor, "title"), ==,
                   "must be 1 to 120 characters after trimming, found 0");
  limber_routine_set_title (copy, "Mine");
  g_assert_true (limber_routine_editor_get_valid (editor));
  g_assert_null (limber_routine_editor_get_problem (editor, "title"));
  g_assert_cmpuint (valid_notifies, ==, 2);

  limber_exercise_set_sets (b, 0);
  g_assert_cmpstr (limber_routine_editor_get_problem (editor, "exercises[1].sets"), ==,
                   "must be between 1 and 50, found 0");
  limber_exercise_set_rep_duration (b, 61);
  g_assert_cmpstr (limber_routine_editor_get_problem (editor, "exercises[1].rep_duration"), ==,
                   "must be between 1 and 60 seconds, found 61");
  g_assert_cmpuint (limber_routine_editor_get_problems (editor)->len, ==, 2);

  /* the same messages the loader gives for a file with those values */
  {
    g_autofree char *text = limber_routine_to_json (copy, NULL);
    g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
    g_autoptr(GError) error = NULL;
    g_autoptr(LimberRoutine) none = NULL;

    none = limber_routine_load_bytes (bytes, "x.json", &error);
    g_assert_null (none);
    g_assert_nonnull (strstr (error->message, "x.json: exercises[1].sets: must be between 1 and 50, found 0"));
    g_assert_nonnull (strstr (error->message,
                              "x.json: exercises[1].rep_duration: must be between 1 and 60 seconds, found 61"));
  }

  limber_exercise_set_sets (b, 2);
  limber_exercise_set_rep_duration (b, 2);
  g_assert_true (limber_routine_editor_get_valid (editor));

  /* neither duration nor reps: a problem of the whole exercise */
  limber_exercise_set_duration (limber_routine_get_exercise (copy, 0), 0);
  g_assert_cmpstr (limber_routine_editor_get_problem (editor, "exercises[0]"), ==,
                   "needs \"duration\" (a timed set) or \"reps\" (a counted set)");

  /* no exercises at all */
  while (limber_routine_get_n_exercises (copy) > 0)
    limber_routine_editor_remove_exercise (editor, 0);
  g_assert_nonnull (limber_routine_editor_get_problem (editor, "exercises"));
  g_assert_false (limber_routine_editor_get_valid (editor));
}

static void
test_exercise_list (void)
{
  g_autoptr(LimberRoutine) original = make_routine ();
  g_autoptr(LimberRoutineEditor) editor = limber_routine_editor_new (NULL, original);
  LimberRoutine *copy = limber_routine_editor_get_routine (editor);
  LimberExercise *added;
  LimberExercise *dup;
  guint changed = 0;

  g_signal_connect_swapped (editor, "changed", G_CALLBACK (g_atomic_int_inc), &changed);

  /* add: a timed exercise to name; invalid until named */
  added = limber_routine_editor_add_exercise (editor, 1);
  g_assert_cmpuint (limber_routine_get_n_exercises (copy), ==, 4);
  g_assert_true (limber_routine_get_exercise (copy, 1) == added);
  g_assert_cmpuint (limber_exercise_get_duration (added), ==, LIMBER_EDITOR_DEFAULT_DURATION);
  g_assert_nonnull (limber_routine_editor_get_problem (editor, "exercises[1].name"));
  g_assert_true (limber_routine_editor_get_dirty (editor));
  /* its changes are seen too */
  limber_exercise_set_name (added, "New");
  g_assert_null (limber_routine_editor_get_problem (editor, "exercises[1].name"));
  g_assert_true (limber_routine_editor_get_valid (editor));
  g_assert_cmpuint (changed, >=, 2);

  /* remove it: back to clean */
  limber_routine_editor_remove_exercise (editor, 1);
  g_assert_false (limber_routine_editor_get_dirty (editor));

  /* duplicate: a copy right after, independent of the original */
  dup = limber_routine_editor_duplicate_exercise (editor, 0);
  g_assert_cmpuint (limber_routine_get_n_exercises (copy), ==, 4);
  g_assert_true (limber_routine_get_exercise (copy, 1) == dup);
  g_assert_true (limber_exercise_equal (dup, limber_routine_get_exercise (copy, 0)));
  g_assert_cmpuint (limber_routine_editor_get_total_seconds (editor), ==, 130 + 30 + 15);
  limber_exercise_set_name (dup, "A copy");
  g_assert_cmpstr (exercise_name (editor, 0), ==, "A");
  limber_routine_editor_remove_exercise (editor, 1);
  g_assert_false (limber_routine_editor_get_dirty (editor));

  /* reorder: A B C */
  limber_routine_editor_move_exercise (editor, 0, 2);  /* drag A to the end */
  g_assert_cmpstr (exercise_name (editor, 0), ==, "B");
  g_assert_cmpstr (exercise_name (editor, 1), ==, "C");
  g_assert_cmpstr (exercise_name (editor, 2), ==, "A");
  g_assert_true (limber_routine_editor_get_dirty (editor));
  limber_routine_editor_move_exercise (editor, 2, 0);
  g_assert_false (limber_routine_editor_get_dirty (editor));

  g_assert_false (limber_routine_editor_move_up (editor, 0));
  g_assert_false (limber_routine_editor_move_down (editor, 2));
  g_assert_false (limber_routine_editor_get_dirty (editor));
  g_assert_true (limber_routine_editor_move_down (editor, 0));
  g_assert_cmpstr (exercise_name (editor, 0), ==, "B");
  g_assert_cmpstr (exercise_name (editor, 1), ==, "A");
  g_assert_true (limber_routine_editor_move_up (editor, 2));
  g_assert_cmpstr (exercise_name (editor, 1), ==, "C");
  g_assert_cmpstr (exercise_name (editor, 2), ==, "A");
  /* changes to a moved exercise are still seen */
  limber_exercise_set_name (limber_routine_get_exercise (copy, 2), "");
  g_assert_nonnull (limber_routine_editor_get_problem (editor, "exercises[2].name"));
}

static void
test_modes (void)
{
  g_autoptr(LimberRoutine) original = make_routine ();
  g_autoptr(LimberRoutineEditor) editor = limber_routine_editor_new (NULL, original);
  LimberRoutine *copy = limber_routine_editor_get_routine (editor);
  LimberExercise *a = limber_routine_get_exercise (copy, 0);
  LimberExercise *b = limber_routine_get_exercise (copy, 1);
  LimberExercise *c = limber_routine_get_exercise (copy, 2);
  guint changed = 0;

  g_assert_cmpint (limber_exercise_get_mode (a), ==, LIMBER_EXERCISE_MODE_TIMED);
  g_assert_cmpint (limber_exercise_get_mode (b), ==, LIMBER_EXERCISE_MODE_PACED);
  g_assert_cmpint (limber_exercise_get_mode (c), ==, LIMBER_EXERCISE_MODE_MANUAL);

  g_signal_connect_swapped (editor, "changed", G_CALLBACK (g_atomic_int_inc), &changed);

  /* timed → paced: duration cleared, reps and pace set; one change */
  limber_routine_editor_set_exercise_mode (editor, 0, LIMBER_EXERCISE_MODE_PACED);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpuint (limber_exercise_get_duration (a), ==, 0);
  g_assert_cmpuint (limber_exercise_get_reps (a), ==, LIMBER_EDITOR_DEFAULT_REPS);
  g_assert_cmpuint (limber_exercise_get_rep_duration (a), ==, LIMBER_EDITOR_DEFAULT_REP_DURATION);
  g_assert_true (limber_routine_editor_get_valid (editor));

  /* paced → manual: the pace goes, the reps stay */
  limber_routine_editor_set_exercise_mode (editor, 1, LIMBER_EXERCISE_MODE_MANUAL);
  g_assert_cmpuint (limber_exercise_get_reps (b), ==, 10);
  g_assert_cmpuint (limber_exercise_get_rep_duration (b), ==, 0);
  g_assert_true (limber_routine_editor_get_valid (editor));

  /* manual → timed */
  limber_routine_editor_set_exercise_mode (editor, 2, LIMBER_EXERCISE_MODE_TIMED);
  g_assert_cmpuint (limber_exercise_get_reps (c), ==, 0);
  g_assert_cmpuint (limber_exercise_get_duration (c), ==, LIMBER_EDITOR_DEFAULT_DURATION);
  g_assert_true (limber_routine_editor_get_valid (editor));

  /* manual → paced keeps the reps */
  limber_routine_editor_set_exercise_mode (editor, 1, LIMBER_EXERCISE_MODE_PACED);
  g_assert_cmpuint (limber_exercise_get_reps (b), ==, 10);
  g_assert_cmpuint (limber_exercise_get_rep_duration (b), ==, LIMBER_EDITOR_DEFAULT_REP_DURATION);

  /* sides back to none resets switch_time, which would be invalid */
  limber_routine_editor_set_exercise_sides (editor, 2, LIMBER_SIDES_BOTH);
  limber_exercise_set_switch_time (c, 12);
  g_assert_true (limber_routine_editor_get_valid (editor));
  limber_routine_editor_set_exercise_sides (editor, 2, LIMBER_SIDES_NONE);
  g_assert_cmpuint (limber_exercise_get_switch_time (c), ==, LIMBER_EXERCISE_DEFAULT_SWITCH_TIME);
  g_assert_true (limber_routine_editor_get_valid (editor));
  /* setting switch_time by hand without both sides is the loader's problem */
  limber_exercise_set_switch_time (c, 12);
  g_assert_cmpstr (limber_routine_editor_get_problem (editor, "exercises[2].switch_time"), ==,
                   "only applies when \"sides\" is \"both\"");
}

static void
on_saved (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (limber_routine_editor_save_finish (LIMBER_ROUTINE_EDITOR (source), result, &error));
  g_assert_no_error (error);
  *(gboolean *) user_data = TRUE;
}

static void
test_save (void)
{
  g_autoptr(LimberLibrary) library = limber_library_new (NULL);
  g_autoptr(LimberRoutineEditor) editor = NULL;
  g_autoptr(GError) error = NULL;
  LimberRoutine *copy;
  LimberRoutine *in_library;

  g_assert_true (limber_library_load (library, NULL, &error));

  /* a new routine: its id follows its title; invalid until filled in */
  editor = limber_routine_editor_new (library, NULL);
  copy = limber_routine_editor_get_routine (editor);
  g_assert_true (limber_routine_editor_get_is_new (editor));
  g_assert_false (limber_routine_editor_get_dirty (editor));
  g_assert_false (limber_routine_editor_get_valid (editor));
  g_assert_cmpstr (limber_routine_get_id (copy), ==, "routine");

  g_assert_false (limber_routine_editor_save (editor, NULL, &error));
  g_assert_error (error, LIMBER_ROUTINE_ERROR, LIMBER_ROUTINE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Cannot save the routine: title: must be 1 to 120 characters after trimming, found 0");
  g_clear_error (&error);

  limber_routine_set_title (copy, "Morning Stretch");
  limber_exercise_set_name (limber_routine_get_exercise (copy, 0), "Reach");
  g_assert_cmpstr (limber_routine_get_id (copy), ==, "morning-stretch");
  g_assert_true (limber_routine_editor_get_valid (editor));
  g_assert_true (limber_routine_editor_get_dirty (editor));

  g_assert_true (limber_routine_editor_save (editor, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (limber_routine_editor_get_dirty (editor));
  g_assert_false (limber_routine_editor_get_is_new (editor));
  in_library = limber_library_lookup (library, "morning-stretch");
  g_assert_nonnull (in_library);
  g_assert_true (limber_routine_equal (in_library, copy));
  g_assert_true (in_library != copy);

  /* after the first save the id stays */
  limber_routine_set_title (copy, "Evening Stretch");
  g_assert_cmpstr (limber_routine_get_id (copy), ==, "morning-stretch");
  g_assert_true (limber_routine_editor_get_dirty (editor));

  /* async save */
  {
    gboolean done = FALSE;

    limber_routine_editor_save_async (editor, NULL, on_saved, &done);
    while (!done)
      g_main_context_iteration (NULL, TRUE);
    g_assert_false (limber_routine_editor_get_dirty (editor));
  }
  g_assert_cmpstr (limber_routine_get_title (limber_library_lookup (library, "morning-stretch")), ==,
                   "Evening Stretch");
}

/* The editor keeps "progression" as it is, except where its units change: a switch between timed and counted. */
static void
test_progression_carried (void)
{
  static const char *json =
    "{ \"format\": \"limber-routine\", \"version\": 2, \"id\": \"lv\", \"title\": \"Lv\",\n"
    "  \"exercises\": [ { \"name\": \"A\", \"duration\": 30, \"progression\": { \"step\": 5, \"min\": 20, \"x-k\": 1 } },\n"
    "                 { \"name\": \"B\", \"reps\": 10, \"rep_duration\": 2, \"progression\": { \"step\": 2 } } ] }\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, strlen (json));
  g_autoptr(GError) error = NULL;
  g_autoptr(LimberRoutine) original = limber_routine_load_bytes (bytes, "lv.json", &error);
  g_autoptr(LimberRoutineEditor) editor = NULL;
  g_autofree char *saved = NULL;
  LimberRoutine *copy;
  LimberExercise *a, *b;

  g_assert_no_error (error);
  editor = limber_routine_editor_new (NULL, original);
  copy = limber_routine_editor_get_routine (editor);
  a = limber_routine_get_exercise (copy, 0);
  b = limber_routine_get_exercise (copy, 1);
  g_assert_true (limber_routine_equal (copy, original));
  g_assert_cmpuint (limber_exercise_get_progression_step (a), ==, 5);
  g_assert_cmpuint (limber_exercise_get_progression_min (a), ==, 20);
  g_assert_false (limber_routine_editor_get_dirty (editor));

  /* other edits keep it; the routine still saves as version 2 */
  limber_exercise_set_name (a, "A2");
  limber_routine_editor_duplicate_exercise (editor, 0);
  limber_routine_editor_set_exercise_sides (editor, 0, LIMBER_SIDES_BOTH);
  limber_routine_editor_set_exercise_mode (editor, 2, LIMBER_EXERCISE_MODE_MANUAL);
  g_assert_true (limber_routine_editor_get_valid (editor));
  g_assert_cmpuint (limber_exercise_get_progression_step (a), ==, 5);
  g_assert_cmpuint (limber_exercise_get_progression_step (limber_routine_get_exercise (copy, 1)), ==, 5);
  g_assert_cmpuint (limber_exercise_get_progression_min (limber_routine_get_exercise (copy, 1)), ==, 20);
  g_assert_cmpuint (limber_exercise_get_progression_step (b), ==, 2);
  saved = limber_routine_to_json (copy, NULL);
  g_assert_nonnull (strstr (saved, "  \"version\": 2,\n"));
  g_assert_nonnull (strstr (saved, "\"progression\": {\n        \"step\": 5,\n        \"min\": 20,\n        \"x-k\": 1\n      }"));

  /* a progression in seconds does not become one in reps, nor back */
  limber_routine_editor_set_exercise_mode (editor, 0, LIMBER_EXERCISE_MODE_PACED);
  g_assert_false (limber_exercise_has_progression (a));
  g_assert_cmpuint (json_object_get_size (limber_exercise_get_progression_extras (a)), ==, 0);
  limber_routine_editor_set_exercise_mode (editor, 2, LIMBER_EXERCISE_MODE_TIMED);
  g_assert_false (limber_exercise_has_progression (b));
  g_assert_true (limber_routine_editor_get_valid (editor));

  /* a bad progression is a problem at its path, as the loader says it */
  limber_exercise_set_progression_step (limber_routine_get_exercise (copy, 1), 601);
  g_assert_false (limber_routine_editor_get_valid (editor));
  g_assert_cmpstr (limber_routine_editor_get_problem (editor, "exercises[1].progression.step"), ==,
                   "must be between 1 and 600 seconds, found 601");
}

static void
count_changed (LimberRoutineEditor *editor,
               guint               *counter)
{
  (*counter)++;
}

/* Use Defaults: the progression goes in one change; with none left the
 * routine is written as version 1 again. */
static void
test_clear_progression (void)
{
  static const char *json =
    "{ \"format\": \"limber-routine\", \"version\": 2, \"id\": \"lv\", \"title\": \"Lv\",\n"
    "  \"exercises\": [ { \"name\": \"A\", \"duration\": 30, \"progression\": { \"step\": 5, \"min\": 20, \"max\": 40, \"x-k\": 1 } },\n"
    "                 { \"name\": \"B\", \"reps\": 10, \"progression\": { \"step\": 2 } } ] }\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, strlen (json));
  g_autoptr(GError) error = NULL;
  g_autoptr(LimberRoutine) original = limber_routine_load_bytes (bytes, "lv.json", &error);
  g_autoptr(LimberRoutineEditor) editor = NULL;
  g_autofree char *saved = NULL;
  LimberExercise *a;
  guint changed = 0;

  g_assert_no_error (error);
  editor = limber_routine_editor_new (NULL, original);
  a = limber_routine_get_exercise (limber_routine_editor_get_routine (editor), 0);
  g_signal_connect (editor, "changed", G_CALLBACK (count_changed), &changed);

  /* A bound made invalid by a shorter exercise, then cleared. */
  limber_exercise_set_duration (a, 15);
  g_assert_cmpstr (limber_routine_editor_get_problem (editor, "exercises[0].progression.min"), ==,
                   "must be at most the exercise's duration (15), found 20");
  changed = 0;
  limber_routine_editor_clear_exercise_progression (editor, 0);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_false (limber_exercise_has_progression (a));
  g_assert_cmpuint (json_object_get_size (limber_exercise_get_progression_extras (a)), ==, 0);
  g_assert_null (limber_routine_editor_get_problem (editor, "exercises[0].progression.min"));
  g_assert_true (limber_routine_editor_get_valid (editor));
  g_assert_true (limber_routine_editor_get_dirty (editor));
  saved = limber_routine_to_json (limber_routine_editor_get_routine (editor), NULL);
  g_assert_nonnull (strstr (saved, "  \"version\": 2,\n"));
  g_clear_pointer (&saved, g_free);

  limber_routine_editor_clear_exercise_progression (editor, 1);
  g_assert_cmpuint (changed, ==, 2);
  saved = limber_routine_to_json (limber_routine_editor_get_routine (editor), NULL);
  g_assert_nonnull (strstr (saved, "  \"version\": 1,\n"));
  g_assert_null (strstr (saved, "progression"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/format/parse-duration", test_parse_duration);
  g_test_add_func ("/editor/fields", test_fields);
  g_test_add_func ("/editor/validation-messages", test_validation_messages);
  g_test_add_func ("/editor/exercise-list", test_exercise_list);
  g_test_add_func ("/editor/modes", test_modes);
  g_test_add_func ("/editor/save", test_save);
  g_test_add_func ("/editor/progression-carried", test_progression_carried);
  g_test_add_func ("/editor/clear-progression", test_clear_progression);

  return g_test_run ();
}
