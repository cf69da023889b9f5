/* test-routine-io.c: the routine file format (v1, and v2's progression): loading, validating, saving
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "limber-routine-file.h"

static char *
fixture_dir (const char *kind)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", "routines", kind, NULL);
}

/* The sorted names of the *.json files in fixtures/routines/@kind. */
static GPtrArray *
list_fixtures (const char *kind)
{
  g_autofree char *dir_path = fixture_dir (kind);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".json"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  return names;
}

static LimberRoutine *
load_fixture (const char  *kind,
              const char  *name,
              GError     **error)
{
  g_autofree char *dir = fixture_dir (kind);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return limber_routine_load_file (file, NULL, NULL, error);
}

static LimberRoutine *
load_string (const char  *text,
             GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return limber_routine_load_bytes (bytes, "test.json", error);
}

/* load → save → load gives an equal routine; save → load → save the same bytes. */
static void
assert_round_trip (LimberRoutine *routine)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LimberRoutine) again = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *head = g_strdup_printf ("{\n  \"format\": \"limber-routine\",\n  \"version\": %u,\n",
                                          limber_routine_get_format_version (routine));
  gsize first_len, second_len;

  first = limber_routine_to_json (routine, &first_len);
  g_assert_cmpuint (first_len, ==, strlen (first));
  g_assert_true (g_str_has_prefix (first, head));
  g_assert_true (g_str_has_suffix (first, "\n}\n"));

  again = load_string (first, &error);
  g_assert_no_error (error);
  g_assert_true (limber_routine_equal (routine, again));

  second = limber_routine_to_json (again, &second_len);
  g_assert_cmpstr (first, ==, second);
  g_assert_cmpuint (first_len, ==, second_len);
}

static void
test_good_fixtures (void)
{
  g_autoptr(GPtrArray) names = list_fixtures ("good");

  g_assert_cmpuint (names->len, >=, 10);
  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      g_autoptr(GError) error = NULL;
      g_autoptr(LimberRoutine) routine = load_fixture ("good", name, &error);
      g_autoptr(GPtrArray) problems = NULL;

      g_test_message ("good fixture %s", name);
      g_assert_no_error (error);
      g_assert_nonnull (routine);
      g_assert_cmpint (limber_routine_get_origin (routine), ==, LIMBER_ROUTINE_ORIGIN_FILE);
      g_assert_true (g_str_has_suffix (limber_routine_get_path (routine), name));
      g_assert_cmpuint (limber_routine_get_n_exercises (routine), >=, 1);

      problems = limber_routine_validate (routine);
      g_assert_cmpuint (problems->len, ==, 0);

      assert_round_trip (routine);
    }
}

static LimberRoutineError
expected_code (const char *name)
{
  if (g_str_has_prefix (name, "syntax-"))
    return LIMBER_ROUTINE_ERROR_SYNTAX;
  if (g_str_equal (name, "not-utf8.json"))
    return LIMBER_ROUTINE_ERROR_ENCODING;
  if (g_str_equal (name, "version-newer.json"))
    return LIMBER_ROUTINE_ERROR_NEWER_VERSION;
  return LIMBER_ROUTINE_ERROR_INVALID;
}

static void
test_bad_fixtures (void)
{
  g_autoptr(GPtrArray) names = list_fixtures ("bad");
  g_autofree char *dir = fixture_dir ("bad");

  g_assert_cmpuint (names->len, >=, 60);
  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      g_autofree char *stem = g_strndup (name, strlen (name) - strlen (".json"));
      g_autofree char *expected_path = g_strconcat (dir, G_DIR_SEPARATOR_S, stem, ".expected", NULL);
      g_autofree char *json_path = g_build_filename (dir, name, NULL);
      g_autofree char *expected = NULL;
      g_autofree char *contents = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GError) bytes_error = NULL;
      g_autoptr(LimberRoutine) routine = NULL;
      g_autoptr(LimberRoutine) from_bytes = NULL;
      g_autoptr(GBytes) bytes = NULL;
      gsize length;

      g_test_message ("bad fixture %s", name);
      g_assert_true (g_file_get_contents (expected_path, &expected, NULL, NULL));
      g_strchomp (expected);
      g_assert_cmpstr (expected, !=, "");

      routine = load_fixture ("bad", name, &error);
      g_assert_null (routine);
      g_assert_error (error, LIMBER_ROUTINE_ERROR, (gint) expected_code (name));
      g_assert_cmpstr (error->message, ==, expected);

      /* The same from memory. */
      g_assert_true (g_file_get_contents (json_path, &contents, &length, NULL));
      bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
      from_bytes = limber_routine_load_bytes (bytes, name, &bytes_error);
      g_assert_null (from_bytes);
      g_assert_error (bytes_error, LIMBER_ROUTINE_ERROR, (gint) expected_code (name));
      g_assert_cmpstr (bytes_error->message, ==, expected);
    }
}

/* The spec's own example message. */
static void
test_spec_example_message (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LimberRoutine) routine = load_fixture ("bad", "hips.json", &error);

  g_assert_null (routine);
  g_assert_error (error, LIMBER_ROUTINE_ERROR, LIMBER_ROUTINE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "hips.json: exercises[2].duration: must be between 1 and 3600 seconds, found 0");
}

static void
test_example_values (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LimberRoutine) routine = load_fixture ("good", "example.json", &error);
  const char * const expected_tags[] = { "stretch", "hips", "lower-back", NULL };
  LimberExercise *e;

  g_assert_no_error (error);
  g_assert_cmpstr (limber_routine_get_id (routine), ==, "hip-flexor-release");
  g_assert_cmpstr (limber_routine_get_title (routine), ==, "Hip Flexor Release");
  g_assert_true (g_strv_equal (limber_routine_get_tags (routine), expected_tags));
  g_assert_cmpuint (limber_routine_get_prepare (routine), ==, 10);
  g_assert_cmpuint (limber_routine_get_rest_between_exercises (routine), ==, 15);
  g_assert_cmpuint (limber_routine_get_rounds (routine), ==, 1);
  g_assert_cmpuint (limber_routine_get_n_exercises (routine), ==, 3);

  e = limber_routine_get_exercise (routine, 0);
  g_assert_cmpint (limber_exercise_get_kind (e), ==, LIMBER_EXERCISE_KIND_STRETCH);
  g_assert_cmpuint (limber_exercise_get_duration (e), ==, 30);
  g_assert_cmpuint (limber_exercise_get_reps (e), ==, 0);
  g_assert_cmpuint (limber_exercise_get_sets (e), ==, 2);
  g_assert_cmpuint (limber_exercise_get_rest (e), ==, 10);
  g_assert_cmpint (limber_exercise_get_sides (e), ==, LIMBER_SIDES_BOTH);
  g_assert_cmpuint (limber_exercise_get_switch_time (e), ==, 5);
  g_assert_cmpstr (limber_exercise_get_caution (e), ==, "Ease off if you feel sharp pain.");

  e = limber_routine_get_exercise (routine, 1);
  g_assert_cmpuint (limber_exercise_get_reps (e), ==, 12);
  g_assert_cmpuint (limber_exercise_get_rep_duration (e), ==, 3);
  g_assert_cmpuint (limber_exercise_get_sets (e), ==, 3);

  e = limber_routine_get_exercise (routine, 2);
  g_assert_cmpuint (limber_exercise_get_reps (e), ==, 8);
  g_assert_cmpuint (limber_exercise_get_rep_duration (e), ==, 0);
  g_assert_cmpint (limber_exercise_get_sides (e), ==, LIMBER_SIDES_BOTH);
}

/* The saver's exact output: canonical order, defaults left out, UTF-8 as is. */
static void
test_canonical_bytes (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LimberRoutine) routine = load_fixture ("good", "canonical.json", &error);
  g_autofree char *dir = fixture_dir ("good");
  g_autofree char *path = g_build_filename (dir, "canonical.json", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *json = NULL;

  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  json = limber_routine_to_json (routine, NULL);
  g_assert_cmpstr (json, ==, contents);
}

static void
test_defaults_left_out (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LimberRoutine) routine = load_fixture ("good", "example.json", &error);
  g_autofree char *json = NULL;

  g_assert_no_error (error);
  json = limber_routine_to_json (routine, NULL);
  g_assert_null (strstr (json, "\"prepare\""));
  g_assert_null (strstr (json, "\"rest_between_exercises\""));
  g_assert_null (strstr (json, "\"rounds\""));
  g_assert_null (strstr (json, "\"switch_time\""));
  g_assert_null (strstr (json, "\"kind\": \"strength\""));
  g_assert_nonnull (strstr (json, "\"kind\": \"stretch\""));
  g_assert_nonnull (strstr (json, "\"rep_duration\": 3"));
  /* Keys in the table's order. */
  g_assert_true (strstr (json, "\"id\"") < strstr (json, "\"title\""));
  g_assert_true (strstr (json, "\"title\"") < strstr (json, "\"description\""));
  g_assert_true (strstr (json, "\"tags\"") < strstr (json, "\"exercises\""));
  g_assert_true (strstr (json, "\"duration\": 30") < strstr (json, "\"sets\": 2"));
  g_assert_true (strstr (json, "\"sides\": \"both\"") < strstr (json, "\"instructions\""));
}

static void
test_extras_kept (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LimberRoutine) routine = load_fixture ("good", "x-keys.json", &error);
  g_autoptr(GList) members = NULL;
  JsonObject *extras;
  g_autofree char *json = NULL;
  LimberExercise *e;

  g_assert_no_error (error);
  extras = limber_routine_get_extras (routine);
  members = json_object_get_members (extras);
  g_assert_cmpuint (g_list_length (members), ==, 3);
  g_assert_cmpstr (g_list_nth_data (members, 0), ==, "x-editor");
  g_assert_cmpstr (g_list_nth_data (members, 1), ==, "x-note");
  g_assert_cmpstr (g_list_nth_data (members, 2), ==, "x-last");
  g_assert_cmpstr (json_object_get_string_member (extras, "x-note"), ==, "kept");

  e = limber_routine_get_exercise (routine, 0);
  g_assert_cmpuint (json_object_get_size (limber_exercise_get_extras (e)), ==, 3);
  g_assert_cmpint (json_object_get_int_member (limber_exercise_get_extras (e), "x-first"), ==, 1);

  json = limber_routine_to_json (routine, NULL);
  /* After the known keys, in their original order. */
  g_assert_true (strstr (json, "\"exercises\"") < strstr (json, "\"x-editor\""));
  g_assert_true (strstr (json, "\"x-editor\"") < strstr (json, "\"x-note\""));
  g_assert_true (strstr (json, "\"x-note\"") < strstr (json, "\"x-last\": {}"));
  g_assert_true (strstr (json, "\"duration\": 20") < strstr (json, "\"x-first\": 1"));
  g_assert_nonnull (strstr (json, "2.5"));
  assert_round_trip (routine);
}

static void
test_trim_and_unicode (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LimberRoutine) routine = load_fixture ("good", "unicode.json", &error);
  g_autofree char *json = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (limber_routine_get_title (routine), ==, "Étirements du matin — 朝のストレッチ 🧘");
  json = limber_routine_to_json (routine, NULL);
  g_assert_nonnull (strstr (json, "\"title\": \"Étirements du matin — 朝のストレッチ 🧘\""));
  g_assert_nonnull (strstr (json, "Quotes \\\" backslash \\\\ tab\\tnewline\\nand emoji 💪."));
  g_assert_null (strstr (json, "\\u"));
}

static void
test_integers_strict (void)
{
  const char *head = "{\"format\": \"limber-routine\", \"version\": 1, \"id\": \"a\", \"title\": \"A\","
                     " \"exercises\": [{\"name\": \"n\", \"duration\": ";
  const struct { const char *value; const char *message; } cases[] = {
    { "30.0", "test.json: exercises[0].duration: must be a whole number, found 30.0" },
    { "1e3", "test.json: exercises[0].duration: must be a whole number, found 1000.0" },
    { "true", "test.json: exercises[0].duration: must be a whole number, found true" },
    { "\"30\"", "test.json: exercises[0].duration: must be a whole number, found \"30\"" },
    { "-9223372036854775808", "test.json: exercises[0].duration: must be between 1 and 3600 seconds, found -9223372036854775808" },
    { "9223372036854775807", "test.json: exercises[0].duration: must be between 1 and 3600 seconds, found 9223372036854775807" },
    { "9223372036854775808", "test.json:1:109: the number 9223372036854775808 is too large to read" },
    { "1e999", "test.json:1:109: the number 1e999 is too large to read" },
    { "4294967326", "test.json: exercises[0].duration: must be between 1 and 3600 seconds, found 4294967326" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strconcat (head, cases[i].value, "}]}", NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(LimberRoutine) routine = load_string (text, &error);

      g_assert_null (routine);
      g_assert_error (error, LIMBER_ROUTINE_ERROR, LIMBER_ROUTINE_ERROR_INVALID);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

static void
write_sized_file (const char *path,
                  gsize       size)
{
  const char *routine = "{\"format\": \"limber-routine\", \"version\": 1, \"id\": \"big\", \"title\": \"Big\","
                        " \"exercises\": [{\"name\": \"n\", \"duration\": 5}]}";
  g_autofree char *data = g_malloc (size);
  gsize n = strlen (routine);

  g_assert_cmpuint (size, >=, n);
  memcpy (data, routine, n);
  memset (data + n, ' ', size - n);
  g_assert_true (g_file_set_contents (path, data, (gssize) size, NULL));
}

static void
test_file_size_limit (void)
{
  g_autofree char *dir = g_dir_make_tmp ("limber-test-XXXXXX", NULL);
  g_autofree char *big = g_build_filename (dir, "big.json", NULL);
  g_autofree char *limit = g_build_filename (dir, "limit.json", NULL);
  g_autoptr(GFile) big_file = g_file_new_for_path (big);
  g_autoptr(GFile) limit_file = g_file_new_for_path (limit);
  g_autoptr(GError) error = NULL;
  g_autoptr(LimberRoutine) routine = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *data = NULL;
  gsize length;

  write_sized_file (big, LIMBER_ROUTINE_MAX_FILE_SIZE + 1);
  routine = limber_routine_load_file (big_file, NULL, NULL, &error);
  g_assert_null (routine);
  g_assert_error (error, LIMBER_ROUTINE_ERROR, LIMBER_ROUTINE_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==, "big.json: file is larger than 1 MiB (1048577 bytes)");
  g_clear_error (&error);

  g_assert_true (g_file_get_contents (big, &data, &length, NULL));
  bytes = g_bytes_new_take (g_steal_pointer (&data), length);
  routine = limber_routine_load_bytes (bytes, "big.json", &error);
  g_assert_null (routine);
  g_assert_error (error, LIMBER_ROUTINE_ERROR, LIMBER_ROUTINE_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==, "big.json: file is larger than 1 MiB (1048577 bytes)");
  g_clear_error (&error);

  /* Exactly 1 MiB is allowed. */
  write_sized_file (limit, LIMBER_ROUTINE_MAX_FILE_SIZE);
  routine = limber_routine_load_file (limit_file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (routine);
  g_assert_cmpstr (limber_routine_get_id (routine), ==, "big");

  g_assert_cmpint (g_unlink (big), ==, 0);
  g_assert_cmpint (g_unlink (limit), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_unreadable (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/limber/routine.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(LimberRoutine) routine = limber_routine_load_file (file, NULL, NULL, &error);

  g_assert_null (routine);
  g_assert_error (error, LIMBER_ROUTINE_ERROR, LIMBER_ROUTINE_ERROR_IO);
  g_assert_true (g_str_has_prefix (error->message, "routine.json: cannot read: "));
  g_assert_null (strchr (error->message, '\n'));
}

static void
test_save_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("limber-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "example.json", NULL);
  g_autofree char *blocker = g_build_filename (dir, "not-a-dir", NULL);
  g_autofree char *under_file = g_build_filename (blocker, "r.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) bad_file = g_file_new_for_path (under_file);
  g_autoptr(GError) error = NULL;
  g_autoptr(LimberRoutine) routine = load_fixture ("good", "example.json", &error);
  g_autoptr(LimberRoutine) again = NULL;
  g_autoptr(GDir) listing = NULL;
  g_autofree char *written = NULL;
  g_autofree char *json = NULL;
  g_autofree char *expected_message = NULL;
  struct stat st;
  guint n_files = 0;

  g_assert_no_error (error);

  /* Twice: creating, then replacing. */
  for (guint i = 0; i < 2; i++)
    {
      g_assert_true (limber_routine_save_file (routine, file, NULL, &error));
      g_assert_no_error (error);
    }

  json = limber_routine_to_json (routine, NULL);
  g_assert_true (g_file_get_contents (path, &written, NULL, NULL));
  g_assert_cmpstr (written, ==, json);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0644);

  /* No temporary file left behind. */
  listing = g_dir_open (dir, 0, NULL);
  while (g_dir_read_name (listing) != NULL)
    n_files++;
  g_assert_cmpuint (n_files, ==, 1);

  again = limber_routine_load_file (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (limber_routine_equal (routine, again));

  /* A parent that is a regular file fails, even for root. */
  g_assert_true (g_file_set_contents (blocker, "x", 1, NULL));
  g_assert_false (limber_routine_save_file (routine, bad_file, NULL, &error));
  g_assert_error (error, LIMBER_ROUTINE_ERROR, LIMBER_ROUTINE_ERROR_IO);
  expected_message = g_strdup_printf ("Cannot save “%s”: ", under_file);
  g_assert_true (g_str_has_prefix (error->message, expected_message));
  g_assert_cmpuint (strlen (error->message), >, strlen (expected_message));
  g_clear_error (&error);

  /* A read-only folder (root ignores permissions: skip that part as root). */
  if (geteuid () != 0)
    {
      g_autofree char *ro_dir = g_build_filename (dir, "ro", NULL);
      g_autofree char *ro_path = g_build_filename (ro_dir, "r.json", NULL);
      g_autoptr(GFile) ro_file = g_file_new_for_path (ro_path);
      g_autofree char *ro_message = g_strdup_printf ("Cannot save “%s”: %s", ro_path, g_strerror (EACCES));

      g_assert_cmpint (g_mkdir (ro_dir, 0555), ==, 0);
      g_assert_false (limber_routine_save_file (routine, ro_file, NULL, &error));
      g_assert_error (error, LIMBER_ROUTINE_ERROR, LIMBER_ROUTINE_ERROR_IO);
      g_assert_cmpstr (error->message, ==, ro_message);
      g_clear_error (&error);
      g_assert_cmpint (g_rmdir (ro_dir), ==, 0);
    }
  else
    g_test_message ("running as root: read-only folder case skipped");

  g_assert_cmpint (g_unlink (blocker), ==, 0);
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* validate() on a routine in memory says what loading its saved JSON says. */
static void
assert_validate_matches_loader (LimberRoutine *routine,
                                const char    *expected_first)
{
  g_autoptr(GPtrArray) problems = limber_routine_validate (routine);
  g_autoptr(GString) lines = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LimberRoutine) loaded = NULL;
  g_autofree char *json = limber_routine_to_json (routine, NULL);

  g_assert_cmpuint (problems->len, >, 0);
  for (guint i = 0; i < problems->len; i++)
    {
      LimberProblem *problem = g_ptr_array_index (problems, i);

      if (i > 0)
        g_string_append_c (lines, '\n');
      if (problem->path[0] != '\0')
        g_string_append_printf (lines, "test.json: %s: %s", problem->path, problem->message);
      else
        g_string_append_printf (lines, "test.json: %s", problem->message);
    }
  g_assert_true (g_str_has_prefix (lines->str, expected_first));

  loaded = load_string (json, &error);
  g_assert_null (loaded);
  g_assert_error (error, LIMBER_ROUTINE_ERROR, LIMBER_ROUTINE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, lines->str);
}

static void
test_validate_in_memory (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LimberRoutine) example = load_fixture ("good", "example.json", &error);
  g_autoptr(LimberRoutine) empty = limber_routine_new ();
  g_autoptr(LimberExercise) extra = limber_exercise_new ();
  const char * const bad_tags[] = { "ok", "", "this tag is far too long to be a useful tag", NULL };
  LimberRoutine *r;

  g_assert_no_error (error);

  /* A new routine: no id, no title, no exercises. */
  assert_validate_matches_loader (empty, "test.json: id: must be 1 to 64 lowercase letters");

  r = limber_routine_copy (example);
  limber_exercise_set_duration (limber_routine_get_exercise (r, 2), 0);
  limber_exercise_set_duration (limber_routine_get_exercise (r, 1), 5000);
  assert_validate_matches_loader (r, "test.json: exercises[1].duration: must be between 1 and 3600 seconds, found 5000");
  g_object_unref (r);

  r = limber_routine_copy (example);
  limber_routine_set_id (r, "Hip Flexor");
  limber_routine_set_title (r, "   ");
  limber_routine_set_tags (r, bad_tags);
  limber_routine_set_prepare (r, 900);
  limber_routine_set_rounds (r, 0);
  limber_exercise_set_rep_duration (limber_routine_get_exercise (r, 0), 3);
  limber_exercise_set_switch_time (limber_routine_get_exercise (r, 1), 7);
  limber_exercise_set_sets (limber_routine_get_exercise (r, 2), 51);
  limber_routine_append_exercise (r, extra);
  assert_validate_matches_loader (r, "test.json: id: must be 1 to 64 lowercase letters, digits and hyphens, "
                                     "starting with a letter or digit, found \"Hip Flexor\"\n"
                                     "test.json: title: must be 1 to 120 characters after trimming, found 0\n"
                                     "test.json: tags[1]: must be 1 to 40 characters, found 0\n"
                                     "test.json: tags[2]: must be 1 to 40 characters, found 43\n"
                                     "test.json: prepare: must be between 0 and 600 seconds, found 900\n"
                                     "test.json: rounds: must be between 1 and 20, found 0\n"
                                     "test.json: exercises[0].rep_duration: only applies to a counted set");
  g_object_unref (r);
}

/* Format v2: the values of "progression", and the version the saver writes. */
static void
test_progression_values (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LimberRoutine) routine = load_fixture ("good", "progression.json", &error);
  g_autoptr(LimberRoutine) plain = NULL;
  g_autofree char *json = NULL;
  LimberExercise *e;

  g_assert_no_error (error);
  g_assert_cmpuint (limber_routine_get_format_version (routine), ==, 2);

  e = limber_routine_get_exercise (routine, 0);
  g_assert_true (limber_exercise_has_progression (e));
  g_assert_cmpuint (limber_exercise_get_progression_step (e), ==, 5);
  g_assert_cmpuint (limber_exercise_get_progression_min (e), ==, 20);
  g_assert_cmpuint (limber_exercise_get_progression_max (e), ==, 60);
  e = limber_routine_get_exercise (routine, 1);
  g_assert_cmpuint (limber_exercise_get_progression_step (e), ==, 2);
  g_assert_cmpuint (limber_exercise_get_progression_min (e), ==, 0);
  g_assert_cmpuint (limber_exercise_get_progression_max (e), ==, 0);
  e = limber_routine_get_exercise (routine, 2);
  g_assert_cmpuint (limber_exercise_get_progression_step (e), ==, 15);
  g_assert_cmpuint (limber_exercise_get_progression_max (e), ==, 90);

  /* Without any progression the saver writes version 1 again. */
  plain = limber_routine_copy (routine);
  for (guint i = 0; i < limber_routine_get_n_exercises (plain); i++)
    limber_exercise_clear_progression (limber_routine_get_exercise (plain, i));
  g_assert_false (limber_routine_equal (plain, routine));
  g_assert_cmpuint (limber_routine_get_format_version (plain), ==, 1);
  json = limber_routine_to_json (plain, NULL);
  g_assert_true (g_str_has_prefix (json, "{\n  \"format\": \"limber-routine\",\n  \"version\": 1,\n"));
  g_assert_null (strstr (json, "\"progression\":"));
  assert_round_trip (plain);
}

/* The saver's output for v2 is byte for byte the fixture. */
static void
test_progression_canonical_bytes (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LimberRoutine) routine = load_fixture ("good", "progression.json", &error);
  g_autofree char *dir = fixture_dir ("good");
  g_autofree char *path = g_build_filename (dir, "progression.json", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *json = NULL;

  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  json = limber_routine_to_json (routine, NULL);
  g_assert_cmpstr (json, ==, contents);
}

/* A version-2 file that uses nothing of version 2 is saved as version 1;
 * "x-" keys inside "progression" are kept, after the known keys. */
static void
test_progression_version_written (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LimberRoutine) plain = load_fixture ("good", "version-2-plain.json", &error);
  g_autoptr(LimberRoutine) x_keys = NULL;
  g_autofree char *json = NULL;
  g_autofree char *x_json = NULL;

  g_assert_no_error (error);
  json = limber_routine_to_json (plain, NULL);
  g_assert_true (g_str_has_prefix (json, "{\n  \"format\": \"limber-routine\",\n  \"version\": 1,\n"));

  x_keys = load_fixture ("good", "progression-x-keys.json", &error);
  g_assert_no_error (error);
  x_json = limber_routine_to_json (x_keys, NULL);
  g_assert_nonnull (strstr (x_json, "  \"version\": 2,\n"));
  g_assert_nonnull (strstr (x_json, "      \"progression\": {\n"
                                    "        \"step\": 5,\n"
                                    "        \"min\": 25,\n"
                                    "        \"x-note\": \"gentle\"\n"
                                    "      }\n"));
}

/* In memory, progression follows the same rules with the same messages. */
static void
test_progression_validate_in_memory (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LimberRoutine) example = load_fixture ("good", "example.json", &error);
  g_autoptr(GPtrArray) problems = NULL;
  LimberRoutine *r;

  g_assert_no_error (error);

  /* exercise 0 is a 30 s hold, 1 is 12 paced reps, 2 is 8 manual reps */
  r = limber_routine_copy (example);
  limber_exercise_set_progression_step (limber_routine_get_exercise (r, 0), 5);
  limber_exercise_set_progression_min (limber_routine_get_exercise (r, 0), 40);
  assert_validate_matches_loader (r, "test.json: exercises[0].progression.min: "
                                     "must be at most the exercise's duration (30), found 40");
  g_object_unref (r);

  r = limber_routine_copy (example);
  limber_exercise_set_progression_step (limber_routine_get_exercise (r, 0), 601);
  limber_exercise_set_progression_max (limber_routine_get_exercise (r, 0), 29);
  limber_exercise_set_progression_step (limber_routine_get_exercise (r, 1), 51);
  limber_exercise_set_progression_min (limber_routine_get_exercise (r, 1), 13);
  limber_exercise_set_progression_max (limber_routine_get_exercise (r, 1), 501);
  limber_exercise_set_progression_min (limber_routine_get_exercise (r, 2), 3);
  assert_validate_matches_loader (r, "test.json: exercises[0].progression.step: must be between 1 and 600 seconds, found 601\n"
                                     "test.json: exercises[0].progression.max: must be at least the exercise's duration (30), found 29\n"
                                     "test.json: exercises[1].progression.step: must be between 1 and 50, found 51\n"
                                     "test.json: exercises[1].progression.min: must be at most the exercise's reps (12), found 13\n"
                                     "test.json: exercises[1].progression.max: must be at most 500, found 501\n"
                                     "test.json: exercises[2].progression.step: is required");
  g_object_unref (r);

  /* Good bounds: no problem. */
  r = limber_routine_copy (example);
  limber_exercise_set_progression_step (limber_routine_get_exercise (r, 0), 600);
  limber_exercise_set_progression_min (limber_routine_get_exercise (r, 0), 1);
  limber_exercise_set_progression_max (limber_routine_get_exercise (r, 0), 3600);
  limber_exercise_set_progression_step (limber_routine_get_exercise (r, 1), 50);
  limber_exercise_set_progression_min (limber_routine_get_exercise (r, 1), 12);
  limber_exercise_set_progression_max (limber_routine_get_exercise (r, 1), 12);
  problems = limber_routine_validate (r);
  g_assert_cmpuint (problems->len, ==, 0);
  assert_round_trip (r);
  g_object_unref (r);
}

/* Every prefix and many one-byte changes of a valid file: an error or a
 * routine, never a crash or a CRITICAL (which GTest makes fatal). */
static void
test_mangled_input (void)
{
  g_autofree char *dir = fixture_dir ("good");
  g_autofree char *path = g_build_filename (dir, "x-keys.json", NULL);
  g_autofree char *contents = NULL;
  const char specials[] = "{}[]\",:\\0-e.tn \n\x80\xff";
  g_autoptr(GRand) rand = g_rand_new_with_seed (1);
  gsize length;
  guint n_loaded = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));

  for (gsize cut = 0; cut <= length; cut++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new (contents, cut);
      g_autoptr(GError) error = NULL;
      g_autoptr(LimberRoutine) routine = limber_routine_load_bytes (bytes, "cut.json", &error);

      g_assert_true ((routine == NULL) != (error == NULL));
      if (routine != NULL)
        n_loaded++;
    }
  /* Only the whole file (or it with its final newline cut) loads. */
  g_assert_cmpuint (n_loaded, ==, 2);

  for (guint i = 0; i < 20000; i++)
    {
      g_autofree char *copy = g_memdup2 (contents, length);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(LimberRoutine) routine = NULL;
      guint n_changes = (guint) g_rand_int_range (rand, 1, 4);

      for (guint c = 0; c < n_changes; c++)
        copy[g_rand_int_range (rand, 0, (gint32) length)] =
          specials[g_rand_int_range (rand, 0, sizeof specials - 1)];
      bytes = g_bytes_new_take (g_steal_pointer (&copy), length);
      routine = limber_routine_load_bytes (bytes, "mangled.json", &error);
      g_assert_true ((routine == NULL) != (error == NULL));
      if (error != NULL)
        {
          g_assert_true (g_str_has_prefix (error->message, "mangled.json"));
          g_assert_true (g_utf8_validate (error->message, -1, NULL));
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/routine-io/good-fixtures", test_good_fixtures);
  g_test_add_func ("/routine-io/bad-fixtures", test_bad_fixtures);
  g_test_add_func ("/routine-io/spec-example-message", test_spec_example_message);
  g_test_add_func ("/routine-io/example-values", test_example_values);
  g_test_add_func ("/routine-io/canonical-bytes", test_canonical_bytes);
  g_test_add_func ("/routine-io/defaults-left-out", test_defaults_left_out);
  g_test_add_func ("/routine-io/extras-kept", test_extras_kept);
  g_test_add_func ("/routine-io/trim-and-unicode", test_trim_and_unicode);
  g_test_add_func ("/routine-io/integers-strict", test_integers_strict);
  g_test_add_func ("/routine-io/file-size-limit", test_file_size_limit);
  g_test_add_func ("/routine-io/unreadable", test_unreadable);
  g_test_add_func ("/routine-io/save-file", test_save_file);
  g_test_add_func ("/routine-io/validate-in-memory", test_validate_in_memory);
  g_test_add_func ("/routine-io/mangled-input", test_mangled_input);
  g_test_add_func ("/routine-io/progression-values", test_progression_values);
  g_test_add_func ("/routine-io/progression-canonical-bytes", test_progression_canonical_bytes);
  g_test_add_func ("/routine-io/progression-version-written", test_progression_version_written);
  g_test_add_func ("/routine-io/progression-validate-in-memory", test_progression_validate_in_memory);

  return g_test_run ();
}
