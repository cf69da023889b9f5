/* limber-routine-file.c: reading, validating and writing routine files (format v1 and v2)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-routine-file"

#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "limber-json-util.h"
#include "limber-routine-file.h"
#include "limber-routine-rules.h"
#include "limber-safe-file-private.h"

/* More than this many problems and the message ends with a count instead. */
#define MAX_PROBLEM_LINES 50
/* A routine needs 3 levels; "x-" values get the rest. */
#define MAX_DEPTH 64

LimberProblem *
limber_problem_new (const char *path,
                    const char *message)
{
  LimberProblem *problem = g_new0 (LimberProblem, 1);

  problem->path = g_strdup (path ? path : "");
  problem->message = g_strdup (message);
  return problem;
}

void
limber_problem_free (LimberProblem *problem)
{
  if (problem == NULL)
    return;
  g_free (problem->path);
  g_free (problem->message);
  g_free (problem);
}

static GPtrArray *
problems_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) limber_problem_free);
}

/* Adds a problem at @prefix + @key (@key may be NULL for @prefix itself); takes @message.
 * A NULL @message (a check that passed) adds nothing. Returns whether it added one. */
static gboolean
add_problem (GPtrArray  *problems,
             const char *prefix,
             const char *key,
             char       *message)
{
  g_autofree char *path = NULL;
  g_autofree char *owned = message;

  if (message == NULL)
    return FALSE;
  path = key ? limber_rule_path (prefix, key) : g_strdup (prefix);
  g_ptr_array_add (problems, limber_problem_new (path, owned));
  return TRUE;
}

static char *
element_path (const char *prefix,
              const char *key,
              guint       index)
{
  g_autofree char *path = limber_rule_path (prefix, key);

  return g_strdup_printf ("%s[%u]", path, index);
}

/* One line per problem, "NAME: PATH: message", at most MAX_PROBLEM_LINES lines. */
static char *
problems_to_message (GPtrArray  *problems,
                     const char *name)
{
  g_autoptr(GString) out = g_string_new (NULL);
  guint shown = problems->len;

  if (shown > MAX_PROBLEM_LINES)
    shown = MAX_PROBLEM_LINES - 1;

  for (guint i = 0; i < shown; i++)
    {
      LimberProblem *problem = g_ptr_array_index (problems, i);

      if (i > 0)
        g_string_append_c (out, '\n');
      if (problem->path[0] != '\0')
        g_string_append_printf (out, "%s: %s: %s", name, problem->path, problem->message);
      else
        g_string_append_printf (out, "%s: %s", name, problem->message);
    }
  if (shown < problems->len)
    {
      guint more = problems->len - shown;

      g_string_append_c (out, '\n');
      g_string_append_printf (out,
                              /* Translators: the last line of a list of problems in a file; %s is the file name */
                              g_dngettext (GETTEXT_PACKAGE, "%s: and %u more problem", "%s: and %u more problems", more),
                              name, more);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Reading JSON members --------------------------------------------------- */

static gboolean
node_is_type (JsonNode *node,
              GType     type)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == type;
}

/* The member for @rule, or NULL (and "is required" when it must be there). */
static JsonNode *
get_member (GPtrArray           *problems,
            JsonObject          *object,
            const char          *prefix,
            const LimberKeyRule *rule)
{
  if (json_object_has_member (object, rule->key))
    return json_object_get_member (object, rule->key);
  if (rule->required)
    add_problem (problems, prefix, rule->key, g_strdup (limber_rule_message (LIMBER_RULE_MESSAGE_REQUIRED)));
  return NULL;
}

/* The member for @rule when it holds a value of @type, or NULL (and the
 * problem, when it is missing but required or of another type). */
static JsonNode *
get_value_member (GPtrArray           *problems,
                  JsonObject          *object,
                  const char          *prefix,
                  const LimberKeyRule *rule,
                  GType                type)
{
  JsonNode *node = get_member (problems, object, prefix, rule);

  if (node == NULL || node_is_type (node, type))
    return node;
  add_problem (problems, prefix, rule->key, limber_rule_wrong_type (rule, node));
  return NULL;
}

static gboolean
read_integer (GPtrArray           *problems,
              JsonObject          *object,
              const char          *prefix,
              const LimberKeyRule *rule,
              guint               *out)
{
  JsonNode *node = get_value_member (problems, object, prefix, rule, G_TYPE_INT64);

  if (node == NULL ||
      add_problem (problems, prefix, rule->key, limber_rule_check_integer (rule, json_node_get_int (node))))
    return FALSE;

  *out = (guint) json_node_get_int (node);
  return TRUE;
}

/* The string, trimmed if the rule says so (free it), or NULL. */
static char *
read_text (GPtrArray           *problems,
           JsonObject          *object,
           const char          *prefix,
           const LimberKeyRule *rule)
{
  JsonNode *node = get_value_member (problems, object, prefix, rule, G_TYPE_STRING);
  const char *value;

  if (node == NULL)
    return NULL;

  value = json_node_get_string (node);
  if (add_problem (problems, prefix, rule->key,
                   rule->type == LIMBER_RULE_ID ? limber_rule_check_id (value) : limber_rule_check_text (rule, value)))
    return NULL;

  return rule->trim ? g_strstrip (g_strdup (value)) : g_strdup (value);
}

/* The value of the choice, or -1 (missing or wrong). */
static int
read_choice (GPtrArray           *problems,
             JsonObject          *object,
             const char          *prefix,
             const LimberKeyRule *rule)
{
  JsonNode *node = get_member (problems, object, prefix, rule);
  g_autofree char *found = NULL;
  int value;

  if (node == NULL)
    return -1;
  if (node_is_type (node, G_TYPE_STRING)
      && limber_enum_from_nick (rule->choices (), json_node_get_string (node), &value))
    return value;

  found = limber_rule_describe_value (node);
  add_problem (problems, prefix, rule->key, limber_rule_choice_message (rule, found));
  return -1;
}

/* Reports unknown keys and keeps "x-" keys in @extras, in file order. */
static void
read_other_keys (GPtrArray           *problems,
                 JsonObject          *object,
                 const char          *prefix,
                 const LimberKeyRule *rules,
                 guint                n_rules,
                 JsonObject          *extras)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &name, &node))
    {
      gboolean known = FALSE;
      const char *suggestion;

      for (guint i = 0; i < n_rules && !known; i++)
        known = strcmp (name, rules[i].key) == 0;
      if (known)
        continue;

      if (g_str_has_prefix (name, "x-"))
        {
          json_object_set_member (extras, name, json_node_copy (node));
          continue;
        }

      suggestion = limber_rule_suggest_key (rules, n_rules, name);
      if (suggestion != NULL)
        add_problem (problems, prefix, name,
                     /* Translators: %s is a key of the file format: keep the quotes as they are */
                     g_strdup_printf (_("unknown key; did you mean \"%s\"?"), suggestion));
      else
        add_problem (problems, prefix, name, g_strdup (_("unknown key")));
    }
}

/* The rules of "progression" for a timed exercise (seconds) or a counted one
 * (reps); an exercise is counted when it has reps and no duration. */
static const LimberKeyRule *
progression_rules (gboolean timed)
{
  return timed ? limber_progression_rules_timed : limber_progression_rules_counted;
}

/* progression.min or .max: against the exercise's value when that is known
 * (@value not 0), else against the range of the rule alone. */
static gboolean
read_progression_bound (GPtrArray           *problems,
                        JsonObject          *object,
                        const char          *prefix,
                        const LimberKeyRule *rule,
                        gboolean             timed,
                        guint                value,
                        guint               *out)
{
  JsonNode *node = get_value_member (problems, object, prefix, rule, G_TYPE_INT64);
  gint64 bound;
  char *message;

  if (node == NULL)
    return FALSE;

  bound = json_node_get_int (node);
  if (value == 0)
    message = limber_rule_check_integer (rule, bound);
  else if (strcmp (rule->key, "min") == 0)
    message = limber_rule_check_progression_min (timed, value, bound);
  else
    message = limber_rule_check_progression_max (timed, value, bound);
  if (add_problem (problems, prefix, rule->key, message))
    return FALSE;

  *out = (guint) bound;
  return TRUE;
}

/* The "progression" object of format v2 (@version is the file's, 0 when it
 * has none that counts: then the object is checked as in version 2). */
static void
read_progression (GPtrArray      *problems,
                  JsonObject     *object,
                  const char     *prefix,
                  gint64          version,
                  LimberExercise *exercise)
{
  const LimberKeyRule *rule = &limber_exercise_rules[LIMBER_EXERCISE_KEY_PROGRESSION];
  const LimberKeyRule *rules;
  g_autofree char *path = NULL;
  gboolean has_duration, has_reps, timed;
  JsonObject *progression;
  JsonNode *node;
  guint value = 0, step = 0, min = 0, max = 0;

  if (!json_object_has_member (object, rule->key))
    return;
  node = json_object_get_member (object, rule->key);
  if (version != 0 && version < LIMBER_ROUTINE_FORMAT_VERSION_PROGRESSION)
    {
      add_problem (problems, prefix, rule->key, g_strdup (limber_rule_message (LIMBER_RULE_MESSAGE_NEEDS_VERSION_2)));
      return;
    }
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      add_problem (problems, prefix, rule->key, limber_rule_wrong_type (rule, node));
      return;
    }
  progression = json_node_get_object (node);
  path = limber_rule_path (prefix, rule->key);

  has_duration = json_object_has_member (object, "duration");
  has_reps = json_object_has_member (object, "reps");
  timed = !(has_reps && !has_duration);
  rules = progression_rules (timed);
  /* Bounds are checked against the value only when the exercise has exactly
   * one, and a good one; otherwise its own problem says enough. */
  if (has_duration != has_reps)
    value = limber_exercise_get_value (exercise);

  read_integer (problems, progression, path, &rules[LIMBER_PROGRESSION_KEY_STEP], &step);
  read_progression_bound (problems, progression, path, &rules[LIMBER_PROGRESSION_KEY_MIN], timed, value, &min);
  read_progression_bound (problems, progression, path, &rules[LIMBER_PROGRESSION_KEY_MAX], timed, value, &max);
  read_other_keys (problems, progression, path, rules, LIMBER_PROGRESSION_N_KEYS,
                   limber_exercise_get_progression_extras (exercise));

  if (step != 0)
    {
      limber_exercise_set_progression_step (exercise, step);
      limber_exercise_set_progression_min (exercise, min);
      limber_exercise_set_progression_max (exercise, max);
    }
}

static LimberExercise *
read_exercise (GPtrArray  *problems,
               JsonNode   *node,
               const char *prefix,
               gint64      version)
{
  const LimberKeyRule *rules = limber_exercise_rules;
  g_autoptr(LimberExercise) exercise = limber_exercise_new ();
  g_autofree char *name = NULL;
  g_autofree char *instructions = NULL;
  g_autofree char *caution = NULL;
  JsonObject *object;
  gboolean has_duration, has_reps;
  int choice;
  guint value;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_autofree char *found = limber_rule_describe_value (node);

      /* Translators: %s is the value found, as in found "squat" */
      add_problem (problems, prefix, NULL, g_strdup_printf (_("must be an object (an exercise), found %s"), found));
      return NULL;
    }
  object = json_node_get_object (node);

  if ((name = read_text (problems, object, prefix, &rules[LIMBER_EXERCISE_KEY_NAME])))
    limber_exercise_set_name (exercise, name);
  if ((choice = read_choice (problems, object, prefix, &rules[LIMBER_EXERCISE_KEY_KIND])) >= 0)
    limber_exercise_set_kind (exercise, (LimberExerciseKind) choice);
  if (read_integer (problems, object, prefix, &rules[LIMBER_EXERCISE_KEY_DURATION], &value))
    limber_exercise_set_duration (exercise, value);
  if (read_integer (problems, object, prefix, &rules[LIMBER_EXERCISE_KEY_REPS], &value))
    limber_exercise_set_reps (exercise, value);
  if (read_integer (problems, object, prefix, &rules[LIMBER_EXERCISE_KEY_REP_DURATION], &value))
    limber_exercise_set_rep_duration (exercise, value);
  if (read_integer (problems, object, prefix, &rules[LIMBER_EXERCISE_KEY_SETS], &value))
    limber_exercise_set_sets (exercise, value);
  if (read_integer (problems, object, prefix, &rules[LIMBER_EXERCISE_KEY_REST], &value))
    limber_exercise_set_rest (exercise, value);
  if ((choice = read_choice (problems, object, prefix, &rules[LIMBER_EXERCISE_KEY_SIDES])) >= 0)
    limber_exercise_set_sides (exercise, (LimberSides) choice);
  if (read_integer (problems, object, prefix, &rules[LIMBER_EXERCISE_KEY_SWITCH_TIME], &value))
    limber_exercise_set_switch_time (exercise, value);
  if ((instructions = read_text (problems, object, prefix, &rules[LIMBER_EXERCISE_KEY_INSTRUCTIONS])))
    limber_exercise_set_instructions (exercise, instructions);
  if ((caution = read_text (problems, object, prefix, &rules[LIMBER_EXERCISE_KEY_CAUTION])))
    limber_exercise_set_caution (exercise, caution);

  /* The rules that join keys. */
  has_duration = json_object_has_member (object, "duration");
  has_reps = json_object_has_member (object, "reps");
  if (!has_duration && !has_reps)
    add_problem (problems, prefix, NULL, g_strdup (limber_rule_message (LIMBER_RULE_MESSAGE_NEITHER)));
  else if (has_duration && has_reps)
    add_problem (problems, prefix, NULL, g_strdup (limber_rule_message (LIMBER_RULE_MESSAGE_BOTH)));
  if (json_object_has_member (object, "rep_duration") && !has_reps)
    add_problem (problems, prefix, "rep_duration", g_strdup (limber_rule_message (LIMBER_RULE_MESSAGE_REP_DURATION)));
  if (json_object_has_member (object, "switch_time"))
    {
      JsonNode *sides = json_object_has_member (object, "sides") ? json_object_get_member (object, "sides") : NULL;

      /* With a wrong "sides", its own problem says enough. */
      if (sides == NULL ||
          (node_is_type (sides, G_TYPE_STRING) && strcmp (json_node_get_string (sides), "none") == 0))
        add_problem (problems, prefix, "switch_time", g_strdup (limber_rule_message (LIMBER_RULE_MESSAGE_SWITCH_TIME)));
    }

  read_progression (problems, object, prefix, version, exercise);

  read_other_keys (problems, object, prefix, rules, LIMBER_EXERCISE_N_KEYS,
                   limber_exercise_get_extras (exercise));

  return g_steal_pointer (&exercise);
}

/* A list member of the routine (tags, exercises): the array, or NULL when it
 * is missing or not a list (the problem is added). A wrong number of
 * elements is a problem too, but the array is still returned so that each
 * element gets checked; *@count_ok (if given) says whether the count was right. */
static JsonArray *
get_list_member (GPtrArray           *problems,
                 JsonObject          *object,
                 const LimberKeyRule *rule,
                 gboolean            *count_ok)
{
  JsonNode *node = get_member (problems, object, "", rule);
  JsonArray *array;
  gboolean wrong_count;

  if (node == NULL)
    return NULL;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      add_problem (problems, "", rule->key, limber_rule_wrong_type (rule, node));
      return NULL;
    }

  array = json_node_get_array (node);
  wrong_count = add_problem (problems, "", rule->key, limber_rule_check_count (rule, json_array_get_length (array)));
  if (count_ok != NULL)
    *count_ok = !wrong_count;
  return array;
}

static void
read_tags (GPtrArray     *problems,
           JsonObject    *object,
           LimberRoutine *routine)
{
  const LimberKeyRule *rule = &limber_routine_rules[LIMBER_ROUTINE_KEY_TAGS];
  g_autoptr(GPtrArray) tags = NULL;
  gboolean ok = TRUE;
  JsonArray *array;
  guint n;

  array = get_list_member (problems, object, rule, &ok);
  if (array == NULL)
    return;
  n = json_array_get_length (array);

  tags = g_ptr_array_new ();
  for (guint i = 0; i < n; i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      g_autofree char *path = element_path ("", rule->key, i);

      if (!node_is_type (element, G_TYPE_STRING))
        {
          add_problem (problems, path, NULL, limber_rule_not_a_string (element));
          ok = FALSE;
          continue;
        }
      if (add_problem (problems, path, NULL, limber_rule_check_tag (json_node_get_string (element))))
        {
          ok = FALSE;
          continue;
        }
      g_ptr_array_add (tags, (gpointer) json_node_get_string (element));
    }
  g_ptr_array_add (tags, NULL);

  if (ok)
    limber_routine_set_tags (routine, (const char * const *) tags->pdata);
}

static void
read_exercises (GPtrArray     *problems,
                JsonObject    *object,
                gint64         version,
                LimberRoutine *routine)
{
  const LimberKeyRule *rule = &limber_routine_rules[LIMBER_ROUTINE_KEY_EXERCISES];
  JsonArray *array;
  guint n;

  array = get_list_member (problems, object, rule, NULL);
  if (array == NULL)
    return;
  n = json_array_get_length (array);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *path = element_path ("", rule->key, i);
      g_autoptr(LimberExercise) exercise = read_exercise (problems, json_array_get_element (array, i), path, version);

      if (exercise != NULL)
        limber_routine_append_exercise (routine, exercise);
    }
}

/* FALSE if the file is from a newer Limber (and @error is set). *@version
 * is the file's version when it is one this Limber reads, else 0. */
static gboolean
read_format_and_version (GPtrArray   *problems,
                         JsonObject  *object,
                         const char  *name,
                         gint64      *version,
                         GError     **error)
{
  const LimberKeyRule *format_rule = &limber_routine_rules[LIMBER_ROUTINE_KEY_FORMAT];
  const LimberKeyRule *version_rule = &limber_routine_rules[LIMBER_ROUTINE_KEY_VERSION];
  JsonNode *node;

  node = get_value_member (problems, object, "", format_rule, G_TYPE_STRING);
  if (node != NULL && strcmp (json_node_get_string (node), LIMBER_ROUTINE_FORMAT) != 0)
    add_problem (problems, "", format_rule->key, limber_rule_wrong_type (format_rule, node));

  *version = 0;
  node = get_value_member (problems, object, "", version_rule, G_TYPE_INT64);
  if (node == NULL)
    return TRUE;
  if (json_node_get_int (node) > LIMBER_ROUTINE_FORMAT_VERSION)
    {
      g_set_error (error, LIMBER_ROUTINE_ERROR, LIMBER_ROUTINE_ERROR_NEWER_VERSION,
                   /* Translators: %s is the file name; "version" is a key of the file format */
                   _("%s: version: this file was made by a newer Limber (format version %lld); this Limber reads version %d"),
                   name, (long long) json_node_get_int (node), LIMBER_ROUTINE_FORMAT_VERSION);
      return FALSE;
    }
  if (json_node_get_int (node) < version_rule->min)
    add_problem (problems, "", version_rule->key, limber_rule_check_integer (version_rule, json_node_get_int (node)));
  else
    *version = json_node_get_int (node);
  return TRUE;
}

static LimberRoutine *
read_routine (JsonObject  *object,
              const char  *name,
              GError     **error)
{
  const LimberKeyRule *rules = limber_routine_rules;
  g_autoptr(GPtrArray) problems = problems_new ();
  g_autoptr(LimberRoutine) routine = limber_routine_new ();
  g_autofree char *id = NULL;
  g_autofree char *title = NULL;
  g_autofree char *description = NULL;
  gint64 version = 0;
  guint value;

  if (!read_format_and_version (problems, object, name, &version, error))
    return NULL;

  if ((id = read_text (problems, object, "", &rules[LIMBER_ROUTINE_KEY_ID])))
    limber_routine_set_id (routine, id);
  if ((title = read_text (problems, object, "", &rules[LIMBER_ROUTINE_KEY_TITLE])))
    limber_routine_set_title (routine, title);
  if ((description = read_text (problems, object, "", &rules[LIMBER_ROUTINE_KEY_DESCRIPTION])))
    limber_routine_set_description (routine, description);
  read_tags (problems, object, routine);
  if (read_integer (problems, object, "", &rules[LIMBER_ROUTINE_KEY_PREPARE], &value))
    limber_routine_set_prepare (routine, value);
  if (read_integer (problems, object, "", &rules[LIMBER_ROUTINE_KEY_REST_BETWEEN_EXERCISES], &value))
    limber_routine_set_rest_between_exercises (routine, value);
  if (read_integer (problems, object, "", &rules[LIMBER_ROUTINE_KEY_ROUNDS], &value))
    limber_routine_set_rounds (routine, value);
  read_exercises (problems, object, version, routine);
  read_other_keys (problems, object, "", rules, LIMBER_ROUTINE_N_KEYS, limber_routine_get_extras (routine));

  if (problems->len > 0)
    {
      g_autofree char *message = problems_to_message (problems, name);

      g_set_error_literal (error, LIMBER_ROUTINE_ERROR, LIMBER_ROUTINE_ERROR_INVALID, message);
      return NULL;
    }

  return g_steal_pointer (&routine);
}

/* "file is larger than 1 MiB", with its @size when known (else -1). */
static void
set_too_large (GError     **error,
               const char  *name,
               goffset      size)
{
  if (size >= 0)
    g_set_error (error, LIMBER_ROUTINE_ERROR, LIMBER_ROUTINE_ERROR_TOO_LARGE,
                 /* Translators: %s is the file name */
                 _("%s: file is larger than 1 MiB (%llu bytes)"), name, (unsigned long long) size);
  else
    g_set_error (error, LIMBER_ROUTINE_ERROR, LIMBER_ROUTINE_ERROR_TOO_LARGE,
                 /* Translators: %s is the file name */
                 _("%s: file is larger than 1 MiB (more than %d bytes)"), name, LIMBER_ROUTINE_MAX_FILE_SIZE);
}

LimberRoutine *
limber_routine_load_bytes (GBytes      *bytes,
                           const char  *name,
                           GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) parse_error = NULL;
  g_autofree char *what = NULL;
  const char *data;
  const char *invalid;
  gsize length;
  guint line = 0, column = 0;
  LimberJsonCheck check;
  JsonNode *root;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (name == NULL)
    /* Translators: stands for the file name in messages about a routine that has none */
    name = _("routine");
  data = g_bytes_get_data (bytes, &length);
  if (data == NULL)
    data = "";

  if (length > LIMBER_ROUTINE_MAX_FILE_SIZE)
    {
      set_too_large (error, name, (goffset) length);
      return NULL;
    }

  if (!g_utf8_validate_len (data, length, &invalid))
    {
      g_set_error (error, LIMBER_ROUTINE_ERROR, LIMBER_ROUTINE_ERROR_ENCODING,
                   /* Translators: %s is the file name */
                   _("%s: not valid UTF-8 text (at byte %llu)"), name,
                   (unsigned long long) (invalid - data) + 1);
      return NULL;
    }

  check = limber_json_check_syntax (data, length, MAX_DEPTH, &line, &column, &what);
  if (check == LIMBER_JSON_CHECK_SYNTAX)
    {
      g_set_error (error, LIMBER_ROUTINE_ERROR, LIMBER_ROUTINE_ERROR_SYNTAX,
                   /* Translators: file name, line, column, then what is wrong, as in
                    * "hips.json:3:5: not valid JSON: a comma after the last element of a list" */
                   _("%s:%u:%u: not valid JSON: %s"), name, line, column, what);
      return NULL;
    }
  else if (check != LIMBER_JSON_CHECK_OK)
    {
      g_set_error (error, LIMBER_ROUTINE_ERROR, LIMBER_ROUTINE_ERROR_INVALID,
                   "%s:%u:%u: %s", name, line, column, what);
      return NULL;
    }

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, (gssize) length, &parse_error))
    {
      /* The strict check above should have caught it; json-glib says "<data>:LINE:COL: Parse error: what". */
      const char *message = parse_error->message;
      const char *rest = g_str_has_prefix (message, "<data>:") ? message + strlen ("<data>:") : NULL;
      const char *colon = NULL;

      if (rest != NULL && sscanf (rest, "%u:%u:", &line, &column) == 2)
        colon = strstr (rest, ": ");
      else
        line = column = 1;
      g_set_error (error, LIMBER_ROUTINE_ERROR, LIMBER_ROUTINE_ERROR_SYNTAX,
                   _("%s:%u:%u: not valid JSON: %s"), name, line, column, colon ? colon + 2 : message);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_autofree char *found = limber_rule_describe_value (root);

      g_set_error (error, LIMBER_ROUTINE_ERROR, LIMBER_ROUTINE_ERROR_INVALID,
                   /* Translators: the first %s is the file name, the second the value found */
                   _("%s: a routine must be a JSON object ({ ... }), found %s"), name, found);
      return NULL;
    }

  return read_routine (json_node_get_object (root), name, error);
}

/* Reads a local file through limber_safe_file_read_raw(): never blocks on a
 * named pipe unless @allow_streams. */
static GBytes *
read_local (const char  *path,
            const char  *name,
            gboolean     allow_streams,
            GError     **error)
{
  g_autoptr(GError) read_error = NULL;
  char *contents = NULL;
  goffset size_found = -1;
  gsize length = 0;

  if (limber_safe_file_read_raw (path, LIMBER_ROUTINE_MAX_FILE_SIZE, allow_streams,
                                 &contents, &length, &size_found, &read_error))
    return g_bytes_new_take (contents, length);

  if (g_error_matches (read_error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE))
    set_too_large (error, name, size_found);
  else
    g_set_error (error, LIMBER_ROUTINE_ERROR, LIMBER_ROUTINE_ERROR_IO,
                 /* Translators: %s is the file name, then the reason */
                 _("%s: cannot read: %s"), name, read_error->message);
  return NULL;
}

/* Reads a file that GIO reaches but that has no local path. */
static GBytes *
read_remote (GFile         *file,
             const char    *name,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) io_error = NULL;
  g_autofree char *buffer = NULL;
  gsize size = LIMBER_ROUTINE_MAX_FILE_SIZE + 1;
  gsize n_read = 0;

  stream = g_file_read (file, cancellable, &io_error);
  if (stream != NULL)
    info = g_file_input_stream_query_info (stream, G_FILE_ATTRIBUTE_STANDARD_SIZE, cancellable, &io_error);
  if (info != NULL && g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_STANDARD_SIZE) &&
      g_file_info_get_size (info) > LIMBER_ROUTINE_MAX_FILE_SIZE)
    {
      set_too_large (error, name, g_file_info_get_size (info));
      return NULL;
    }

  if (info != NULL)
    {
      buffer = g_malloc (size);
      if (!g_input_stream_read_all (G_INPUT_STREAM (stream), buffer, size, &n_read, cancellable, &io_error))
        g_clear_pointer (&buffer, g_free);
    }

  if (buffer == NULL)
    {
      g_set_error (error, LIMBER_ROUTINE_ERROR, LIMBER_ROUTINE_ERROR_IO,
                   _("%s: cannot read: %s"), name, io_error ? io_error->message : g_strerror (EIO));
      return NULL;
    }

  if (n_read > LIMBER_ROUTINE_MAX_FILE_SIZE)
    {
      set_too_large (error, name, -1);
      return NULL;
    }

  return g_bytes_new_take (g_steal_pointer (&buffer), n_read);
}

static LimberRoutine *
load_file (GFile         *file,
           const char    *name,
           gboolean       allow_streams,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autofree char *basename = NULL;
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GBytes) bytes = NULL;
  LimberRoutine *routine;

  if (name == NULL)
    name = basename = g_file_get_basename (file);
  if (name == NULL)
    /* Translators: stands for the file name in messages about a routine that has none */
    name = _("routine");

  if (path != NULL)
    bytes = read_local (path, name, allow_streams, error);
  else
    bytes = read_remote (file, name, cancellable, error);
  if (bytes == NULL)
    return NULL;

  routine = limber_routine_load_bytes (bytes, name, error);
  if (routine != NULL)
    {
      g_autofree char *uri = path ? NULL : g_file_get_uri (file);

      limber_routine_set_path (routine, path ? path : uri);
      limber_routine_set_origin (routine, LIMBER_ROUTINE_ORIGIN_FILE);
    }
  return routine;
}

LimberRoutine *
limber_routine_load_file (GFile         *file,
                          const char    *name,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return load_file (file, name, FALSE, cancellable, error);
}

LimberRoutine *
limber_routine_load_file_or_stream (GFile         *file,
                                    const char    *name,
                                    GCancellable  *cancellable,
                                    GError       **error)
{
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return load_file (file, name, TRUE, cancellable, error);
}

/* Validating a routine in memory ----------------------------------------- */

static void
check_text (GPtrArray           *problems,
            const char          *prefix,
            const LimberKeyRule *rule,
            const char          *value)
{
  add_problem (problems, prefix, rule->key,
               rule->type == LIMBER_RULE_ID ? limber_rule_check_id (value ? value : "")
                                            : limber_rule_check_text (rule, value));
}

static void
check_integer (GPtrArray           *problems,
               const char          *prefix,
               const LimberKeyRule *rule,
               guint                value)
{
  add_problem (problems, prefix, rule->key, limber_rule_check_integer (rule, value));
}

static void
check_choice (GPtrArray           *problems,
              const char          *prefix,
              const LimberKeyRule *rule,
              guint                value)
{
  g_autofree char *found = NULL;

  if (limber_enum_to_nick (rule->choices (), value) != NULL)
    return;
  found = g_strdup_printf ("%u", value);
  add_problem (problems, prefix, rule->key, limber_rule_choice_message (rule, found));
}

/* As read_progression, on what an exercise holds (0: not set). */
static void
check_progression (GPtrArray      *problems,
                   const char     *prefix,
                   LimberExercise *exercise)
{
  guint duration = limber_exercise_get_duration (exercise);
  guint reps = limber_exercise_get_reps (exercise);
  guint step = limber_exercise_get_progression_step (exercise);
  guint min = limber_exercise_get_progression_min (exercise);
  guint max = limber_exercise_get_progression_max (exercise);
  gboolean timed = !(reps != 0 && duration == 0);
  const LimberKeyRule *rules = progression_rules (timed);
  g_autofree char *path = NULL;
  guint value = 0;

  if (step == 0 && min == 0 && max == 0)
    return;
  path = limber_rule_path (prefix, "progression");

  if ((duration != 0) != (reps != 0))
    {
      const LimberKeyRule *value_rule = &limber_exercise_rules[timed ? LIMBER_EXERCISE_KEY_DURATION
                                                                      : LIMBER_EXERCISE_KEY_REPS];
      guint v = timed ? duration : reps;

      if (v >= value_rule->min && v <= value_rule->max)
        value = v;
    }

  if (step == 0)
    add_problem (problems, path, "step", g_strdup (limber_rule_message (LIMBER_RULE_MESSAGE_REQUIRED)));
  else
    check_integer (problems, path, &rules[LIMBER_PROGRESSION_KEY_STEP], step);

  if (min != 0)
    add_problem (problems, path, "min",
                 value != 0 ? limber_rule_check_progression_min (timed, value, min)
                            : limber_rule_check_integer (&rules[LIMBER_PROGRESSION_KEY_MIN], min));
  if (max != 0)
    add_problem (problems, path, "max",
                 value != 0 ? limber_rule_check_progression_max (timed, value, max)
                            : limber_rule_check_integer (&rules[LIMBER_PROGRESSION_KEY_MAX], max));
}

static void
check_exercise (GPtrArray      *problems,
                const char     *prefix,
                LimberExercise *exercise)
{
  const LimberKeyRule *rules = limber_exercise_rules;
  guint duration = limber_exercise_get_duration (exercise);
  guint reps = limber_exercise_get_reps (exercise);
  guint rep_duration = limber_exercise_get_rep_duration (exercise);
  LimberSides sides = limber_exercise_get_sides (exercise);

  check_text (problems, prefix, &rules[LIMBER_EXERCISE_KEY_NAME], limber_exercise_get_name (exercise));
  check_choice (problems, prefix, &rules[LIMBER_EXERCISE_KEY_KIND], limber_exercise_get_kind (exercise));
  /* 0 means "not set" for these three. */
  if (duration != 0)
    check_integer (problems, prefix, &rules[LIMBER_EXERCISE_KEY_DURATION], duration);
  if (reps != 0)
    check_integer (problems, prefix, &rules[LIMBER_EXERCISE_KEY_REPS], reps);
  if (rep_duration != 0)
    check_integer (problems, prefix, &rules[LIMBER_EXERCISE_KEY_REP_DURATION], rep_duration);
  check_integer (problems, prefix, &rules[LIMBER_EXERCISE_KEY_SETS], limber_exercise_get_sets (exercise));
  check_integer (problems, prefix, &rules[LIMBER_EXERCISE_KEY_REST], limber_exercise_get_rest (exercise));
  check_choice (problems, prefix, &rules[LIMBER_EXERCISE_KEY_SIDES], sides);
  check_integer (problems, prefix, &rules[LIMBER_EXERCISE_KEY_SWITCH_TIME], limber_exercise_get_switch_time (exercise));
  check_text (problems, prefix, &rules[LIMBER_EXERCISE_KEY_INSTRUCTIONS], limber_exercise_get_instructions (exercise));
  check_text (problems, prefix, &rules[LIMBER_EXERCISE_KEY_CAUTION], limber_exercise_get_caution (exercise));

  if (duration == 0 && reps == 0)
    add_problem (problems, prefix, NULL, g_strdup (limber_rule_message (LIMBER_RULE_MESSAGE_NEITHER)));
  else if (duration != 0 && reps != 0)
    add_problem (problems, prefix, NULL, g_strdup (limber_rule_message (LIMBER_RULE_MESSAGE_BOTH)));
  if (rep_duration != 0 && reps == 0)
    add_problem (problems, prefix, "rep_duration", g_strdup (limber_rule_message (LIMBER_RULE_MESSAGE_REP_DURATION)));
  /* The saver writes switch_time only when it differs from the default. */
  if (sides == LIMBER_SIDES_NONE && limber_exercise_get_switch_time (exercise) != LIMBER_EXERCISE_DEFAULT_SWITCH_TIME)
    add_problem (problems, prefix, "switch_time", g_strdup (limber_rule_message (LIMBER_RULE_MESSAGE_SWITCH_TIME)));

  check_progression (problems, prefix, exercise);
}

GPtrArray *
limber_routine_validate (LimberRoutine *routine)
{
  const LimberKeyRule *rules = limber_routine_rules;
  g_autoptr(GPtrArray) problems = problems_new ();
  const char * const *tags;
  guint n_tags, n;

  g_return_val_if_fail (LIMBER_IS_ROUTINE (routine), NULL);

  check_text (problems, "", &rules[LIMBER_ROUTINE_KEY_ID], limber_routine_get_id (routine));
  check_text (problems, "", &rules[LIMBER_ROUTINE_KEY_TITLE], limber_routine_get_title (routine));
  check_text (problems, "", &rules[LIMBER_ROUTINE_KEY_DESCRIPTION], limber_routine_get_description (routine));

  tags = limber_routine_get_tags (routine);
  n_tags = g_strv_length ((char **) tags);
  add_problem (problems, "", "tags", limber_rule_check_count (&rules[LIMBER_ROUTINE_KEY_TAGS], n_tags));
  for (guint i = 0; i < n_tags; i++)
    {
      g_autofree char *path = element_path ("", "tags", i);

      add_problem (problems, path, NULL, limber_rule_check_tag (tags[i]));
    }

  check_integer (problems, "", &rules[LIMBER_ROUTINE_KEY_PREPARE], limber_routine_get_prepare (routine));
  check_integer (problems, "", &rules[LIMBER_ROUTINE_KEY_REST_BETWEEN_EXERCISES],
                 limber_routine_get_rest_between_exercises (routine));
  check_integer (problems, "", &rules[LIMBER_ROUTINE_KEY_ROUNDS], limber_routine_get_rounds (routine));

  n = limber_routine_get_n_exercises (routine);
  add_problem (problems, "", "exercises", limber_rule_check_count (&rules[LIMBER_ROUTINE_KEY_EXERCISES], n));
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *path = element_path ("", "exercises", i);

      check_exercise (problems, path, limber_routine_get_exercise (routine, i));
    }

  return g_steal_pointer (&problems);
}

/* Writing ----------------------------------------------------------------- */

static void
write_key (GString    *out,
           int         level,
           const char *key)
{
  g_string_append (out, ",\n");
  for (int i = 0; i < level; i++)
    g_string_append (out, "  ");
  limber_json_append_string (out, key);
  g_string_append (out, ": ");
}

static void
write_string (GString    *out,
              int         level,
              const char *key,
              const char *value)
{
  write_key (out, level, key);
  limber_json_append_string (out, value ? value : "");
}

static void
write_uint (GString    *out,
            int         level,
            const char *key,
            guint       value)
{
  write_key (out, level, key);
  g_string_append_printf (out, "%u", value);
}

static void
write_extras (GString    *out,
              int         level,
              JsonObject *extras)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  json_object_iter_init_ordered (&iter, extras);
  while (json_object_iter_next_ordered (&iter, &name, &node))
    {
      write_key (out, level, name);
      limber_json_append_node (out, node, level);
    }
}

static char *
trimmed (const char *str)
{
  return g_strstrip (g_strdup (str ? str : ""));
}

static void
write_exercise (GString        *out,
                LimberExercise *exercise)
{
  g_autofree char *name = trimmed (limber_exercise_get_name (exercise));
  const char *text;

  /* The first key has no comma before it: write it by hand. */
  g_string_append (out, "{\n      ");
  limber_json_append_string (out, "name");
  g_string_append (out, ": ");
  limber_json_append_string (out, name);

  if (limber_exercise_get_kind (exercise) != LIMBER_EXERCISE_KIND_STRENGTH &&
      limber_exercise_get_kind (exercise) <= LIMBER_EXERCISE_KIND_BREATHING)
    write_string (out, 3, "kind", limber_enum_to_nick (LIMBER_TYPE_EXERCISE_KIND, limber_exercise_get_kind (exercise)));
  if (limber_exercise_get_duration (exercise) != 0)
    write_uint (out, 3, "duration", limber_exercise_get_duration (exercise));
  if (limber_exercise_get_reps (exercise) != 0)
    write_uint (out, 3, "reps", limber_exercise_get_reps (exercise));
  if (limber_exercise_get_rep_duration (exercise) != 0)
    write_uint (out, 3, "rep_duration", limber_exercise_get_rep_duration (exercise));
  if (limber_exercise_get_sets (exercise) != LIMBER_EXERCISE_DEFAULT_SETS)
    write_uint (out, 3, "sets", limber_exercise_get_sets (exercise));
  if (limber_exercise_get_rest (exercise) != LIMBER_EXERCISE_DEFAULT_REST)
    write_uint (out, 3, "rest", limber_exercise_get_rest (exercise));
  if (limber_exercise_get_sides (exercise) == LIMBER_SIDES_BOTH)
    write_string (out, 3, "sides", "both");
  if (limber_exercise_get_switch_time (exercise) != LIMBER_EXERCISE_DEFAULT_SWITCH_TIME)
    write_uint (out, 3, "switch_time", limber_exercise_get_switch_time (exercise));
  if ((text = limber_exercise_get_instructions (exercise)) != NULL && *text != '\0')
    write_string (out, 3, "instructions", text);
  if ((text = limber_exercise_get_caution (exercise)) != NULL && *text != '\0')
    write_string (out, 3, "caution", text);
  if (limber_exercise_has_progression (exercise))
    {
      g_autoptr(GString) members = g_string_new (NULL);

      /* Without a step (an invalid routine in the editor), the rest is still
       * written, so that loading it says what validating it says. */
      if (limber_exercise_get_progression_step (exercise) != 0)
        write_uint (members, 4, "step", limber_exercise_get_progression_step (exercise));
      if (limber_exercise_get_progression_min (exercise) != 0)
        write_uint (members, 4, "min", limber_exercise_get_progression_min (exercise));
      if (limber_exercise_get_progression_max (exercise) != 0)
        write_uint (members, 4, "max", limber_exercise_get_progression_max (exercise));
      write_extras (members, 4, limber_exercise_get_progression_extras (exercise));

      write_key (out, 3, "progression");
      /* Each member starts with ",\n": the first needs no comma. */
      g_string_append_c (out, '{');
      g_string_append (out, members->str + 1);
      g_string_append (out, "\n      }");
    }
  write_extras (out, 3, limber_exercise_get_extras (exercise));

  g_string_append (out, "\n    }");
}

char *
limber_routine_to_json (LimberRoutine *routine,
                        gsize         *length)
{
  g_autoptr(GString) out = NULL;
  g_autofree char *title = NULL;
  const char * const *tags;
  const char *description;
  guint n;

  g_return_val_if_fail (LIMBER_IS_ROUTINE (routine), NULL);

  out = g_string_new ("{\n  \"format\": ");
  limber_json_append_string (out, LIMBER_ROUTINE_FORMAT);
  /* Version 1 whenever nothing of version 2 is used: older Limber reads it. */
  write_uint (out, 1, "version", limber_routine_get_format_version (routine));
  write_string (out, 1, "id", limber_routine_get_id (routine));
  title = trimmed (limber_routine_get_title (routine));
  write_string (out, 1, "title", title);
  if ((description = limber_routine_get_description (routine)) != NULL && *description != '\0')
    write_string (out, 1, "description", description);

  tags = limber_routine_get_tags (routine);
  if (tags != NULL && tags[0] != NULL)
    {
      write_key (out, 1, "tags");
      g_string_append_c (out, '[');
      for (guint i = 0; tags[i] != NULL; i++)
        {
          g_string_append (out, i > 0 ? ",\n    " : "\n    ");
          limber_json_append_string (out, tags[i]);
        }
      g_string_append (out, "\n  ]");
    }

  if (limber_routine_get_prepare (routine) != LIMBER_ROUTINE_DEFAULT_PREPARE)
    write_uint (out, 1, "prepare", limber_routine_get_prepare (routine));
  if (limber_routine_get_rest_between_exercises (routine) != LIMBER_ROUTINE_DEFAULT_REST_BETWEEN_EXERCISES)
    write_uint (out, 1, "rest_between_exercises", limber_routine_get_rest_between_exercises (routine));
  if (limber_routine_get_rounds (routine) != LIMBER_ROUTINE_DEFAULT_ROUNDS)
    write_uint (out, 1, "rounds", limber_routine_get_rounds (routine));

  write_key (out, 1, "exercises");
  n = limber_routine_get_n_exercises (routine);
  if (n == 0)
    g_string_append (out, "[]");
  else
    {
      g_string_append_c (out, '[');
      for (guint i = 0; i < n; i++)
        {
          g_string_append (out, i > 0 ? ",\n    " : "\n    ");
          write_exercise (out, limber_routine_get_exercise (routine, i));
        }
      g_string_append (out, "\n  ]");
    }

  write_extras (out, 1, limber_routine_get_extras (routine));
  g_string_append (out, "\n}\n");

  if (length != NULL)
    *length = out->len;
  return g_string_free (g_steal_pointer (&out), FALSE);
}

gboolean
limber_routine_save_file (LimberRoutine  *routine,
                          GFile          *file,
                          GCancellable   *cancellable,
                          GError        **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *path = NULL;
  gsize length;

  g_return_val_if_fail (LIMBER_IS_ROUTINE (routine), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);

      g_set_error (error, LIMBER_ROUTINE_ERROR, LIMBER_ROUTINE_ERROR_IO,
                   _("Cannot save “%s”: only local files can be saved"), uri);
      return FALSE;
    }

  if (g_cancellable_set_error_if_cancelled (cancellable, &local_error))
    {
      g_set_error (error, LIMBER_ROUTINE_ERROR, LIMBER_ROUTINE_ERROR_IO,
                   _("Cannot save “%s”: %s"), path, local_error->message);
      return FALSE;
    }

  data = limber_routine_to_json (routine, &length);
  if (!limber_safe_file_write (path, data, length, &local_error))
    {
      g_set_error_literal (error, LIMBER_ROUTINE_ERROR, LIMBER_ROUTINE_ERROR_IO, local_error->message);
      return FALSE;
    }

  return TRUE;
}
