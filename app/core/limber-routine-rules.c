/* limber-routine-rules.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-loader"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "limber-json-util.h"
#include "limber-routine-rules.h"
#include "limber-types.h"

#define DESCRIBE_MAX_CHARS 40

const LimberKeyRule limber_routine_rules[LIMBER_ROUTINE_N_KEYS] = {
  { "format", LIMBER_RULE_FORMAT, TRUE, FALSE, FALSE, 0, 0, NULL },
  { "version", LIMBER_RULE_VERSION, TRUE, FALSE, FALSE, 1, 2, NULL },
  { "id", LIMBER_RULE_ID, TRUE, FALSE, FALSE, 1, 64, NULL },
  { "title", LIMBER_RULE_TEXT, TRUE, TRUE, FALSE, 1, 120, NULL },
  { "description", LIMBER_RULE_TEXT, FALSE, FALSE, FALSE, 0, 4000, NULL },
  { "tags", LIMBER_RULE_TAGS, FALSE, FALSE, FALSE, 0, 20, NULL },
  { "prepare", LIMBER_RULE_INTEGER, FALSE, FALSE, TRUE, 0, 600, NULL },
  { "rest_between_exercises", LIMBER_RULE_INTEGER, FALSE, FALSE, TRUE, 0, 3600, NULL },
  { "rounds", LIMBER_RULE_INTEGER, FALSE, FALSE, FALSE, 1, 20, NULL },
  { "exercises", LIMBER_RULE_EXERCISES, TRUE, FALSE, FALSE, 1, 200, NULL },
};

const LimberKeyRule limber_exercise_rules[LIMBER_EXERCISE_N_KEYS] = {
  { "name", LIMBER_RULE_TEXT, TRUE, TRUE, FALSE, 1, 120, NULL },
  { "kind", LIMBER_RULE_CHOICE, FALSE, FALSE, FALSE, 0, 0, limber_exercise_kind_get_type },
  { "duration", LIMBER_RULE_INTEGER, FALSE, FALSE, TRUE, 1, 3600, NULL },
  { "reps", LIMBER_RULE_INTEGER, FALSE, FALSE, FALSE, 1, 500, NULL },
  { "rep_duration", LIMBER_RULE_INTEGER, FALSE, FALSE, TRUE, 1, 60, NULL },
  { "sets", LIMBER_RULE_INTEGER, FALSE, FALSE, FALSE, 1, 50, NULL },
  { "rest", LIMBER_RULE_INTEGER, FALSE, FALSE, TRUE, 0, 3600, NULL },
  { "sides", LIMBER_RULE_CHOICE, FALSE, FALSE, FALSE, 0, 0, limber_sides_get_type },
  { "switch_time", LIMBER_RULE_INTEGER, FALSE, FALSE, TRUE, 0, 60, NULL },
  { "instructions", LIMBER_RULE_TEXT, FALSE, FALSE, FALSE, 0, 4000, NULL },
  { "caution", LIMBER_RULE_TEXT, FALSE, FALSE, FALSE, 0, 1000, NULL },
  { "progression", LIMBER_RULE_PROGRESSION, FALSE, FALSE, FALSE, 0, 0, NULL },
};

const LimberKeyRule limber_progression_rules_timed[LIMBER_PROGRESSION_N_KEYS] = {
  { "step", LIMBER_RULE_INTEGER, TRUE, FALSE, TRUE, 1, 600, NULL },
  { "min", LIMBER_RULE_INTEGER, FALSE, FALSE, TRUE, 1, 3600, NULL },
  { "max", LIMBER_RULE_INTEGER, FALSE, FALSE, TRUE, 1, 3600, NULL },
};

const LimberKeyRule limber_progression_rules_counted[LIMBER_PROGRESSION_N_KEYS] = {
  { "step", LIMBER_RULE_INTEGER, TRUE, FALSE, FALSE, 1, 50, NULL },
  { "min", LIMBER_RULE_INTEGER, FALSE, FALSE, FALSE, 1, 500, NULL },
  { "max", LIMBER_RULE_INTEGER, FALSE, FALSE, FALSE, 1, 500, NULL },
};

/* Messages of a missing key and of the rules that join several keys. */
static const char * const rule_messages[] = {
  /* Translators: this and the messages about routine files below follow a
   * key path and a colon, as in "hips.json: title: is required", and so
   * start with a lowercase letter. Key names and values in "double quotes"
   * are part of the file format: keep them as they are. */
  [LIMBER_RULE_MESSAGE_REQUIRED] = N_("is required"),
  /* Translators: a timed set lasts a number of seconds; a counted set is a
   * number of repetitions */
  [LIMBER_RULE_MESSAGE_NEITHER] = N_("needs \"duration\" (a timed set) or \"reps\" (a counted set)"),
  [LIMBER_RULE_MESSAGE_BOTH] = N_("has both \"duration\" and \"reps\"; keep one"),
  [LIMBER_RULE_MESSAGE_REP_DURATION] = N_("only applies to a counted set (one with \"reps\")"),
  [LIMBER_RULE_MESSAGE_SWITCH_TIME] = N_("only applies when \"sides\" is \"both\""),
  /* Translators: "progression" is only allowed in files that say
   * "version": 2; keep "version": 2 as it is */
  [LIMBER_RULE_MESSAGE_NEEDS_VERSION_2] = N_("needs \"version\": 2"),
};

const char *
limber_rule_message (LimberRuleMessage message)
{
  g_return_val_if_fail ((gsize) message < G_N_ELEMENTS (rule_messages), "");

  return _(rule_messages[message]);
}

/* The first @max_chars characters of @str, with "…" when cut. */
static char *
shorten (const char *str,
         glong       max_chars)
{
  const char *cut;

  if (g_utf8_strlen (str, -1) <= max_chars)
    return g_strdup (str);
  cut = g_utf8_offset_to_pointer (str, max_chars - 1);
  return g_strdup_printf ("%.*s…", (int) (cut - str), str);
}

static char *
describe_string (const char *str)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *shortened = shorten (str, DESCRIBE_MAX_CHARS);

  limber_json_append_string (out, shortened);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

char *
limber_rule_describe_value (JsonNode *node)
{
  g_autoptr(GString) out = NULL;

  if (node == NULL)
    /* Translators: what was found where a value was expected, as in
     * "must be a list of exercises, found nothing" */
    return g_strdup (_("nothing"));
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return describe_string (json_node_get_string (node));

  out = g_string_new (NULL);
  limber_json_append_node (out, node, -1);
  return shorten (out->str, DESCRIBE_MAX_CHARS + 2);
}

char *
limber_rule_check_integer (const LimberKeyRule *rule,
                           gint64               value)
{
  if (value >= rule->min && value <= rule->max)
    return NULL;

  if (rule->type == LIMBER_RULE_VERSION && rule->min == rule->max)
    /* Translators: about the format version of a routine file */
    return g_strdup_printf (_("must be %lld, found %lld"), (long long) rule->min, (long long) value);
  if (rule->seconds)
    /* Translators: as in "hips.json: exercises[2].duration: must be between
     * 1 and 3600 seconds, found 0" */
    return g_strdup_printf (_("must be between %lld and %lld seconds, found %lld"),
                            (long long) rule->min, (long long) rule->max, (long long) value);
  return g_strdup_printf (_("must be between %lld and %lld, found %lld"),
                          (long long) rule->min, (long long) rule->max, (long long) value);
}

char *
limber_rule_check_text (const LimberKeyRule *rule,
                        const char          *value)
{
  g_autofree char *trimmed = NULL;
  glong n;

  if (value == NULL)
    value = "";
  if (rule->trim)
    value = trimmed = g_strstrip (g_strdup (value));

  n = g_utf8_strlen (value, -1);
  if (n >= rule->min && n <= rule->max)
    return NULL;

  /* Translators: about a text in a routine file, such as its title; the
   * numbers count characters */
  if (rule->min == 0)
    return g_strdup_printf (_("must be at most %lld characters, found %ld"), (long long) rule->max, n);
  if (rule->trim)
    /* Translators: "trimming" removes the spaces at both ends of the text */
    return g_strdup_printf (_("must be %lld to %lld characters after trimming, found %ld"),
                            (long long) rule->min, (long long) rule->max, n);
  return g_strdup_printf (_("must be %lld to %lld characters, found %ld"),
                          (long long) rule->min, (long long) rule->max, n);
}

char *
limber_rule_check_tag (const char *tag)
{
  glong n = g_utf8_strlen (tag, -1);

  if (n >= 1 && n <= LIMBER_TAG_MAX_CHARS)
    return NULL;
  /* Translators: about one tag of a routine; the numbers count characters */
  return g_strdup_printf (_("must be 1 to %d characters, found %ld"), LIMBER_TAG_MAX_CHARS, n);
}

char *
limber_rule_check_count (const LimberKeyRule *rule,
                         gint64               count)
{
  gboolean tags = rule->type == LIMBER_RULE_TAGS;

  if (count >= rule->min && count <= rule->max)
    return NULL;
  if (rule->min == 0)
    return g_strdup_printf (tags ? _("must have at most %lld tags, found %lld")
                                 : _("must have at most %lld exercises, found %lld"),
                            (long long) rule->max, (long long) count);
  return g_strdup_printf (tags ? _("must have %lld to %lld tags, found %lld")
                               : _("must have %lld to %lld exercises, found %lld"),
                          (long long) rule->min, (long long) rule->max, (long long) count);
}

char *
limber_rule_check_id (const char *id)
{
  gsize n = strlen (id);
  gboolean ok = n >= 1 && n <= 64 && (g_ascii_islower (id[0]) || g_ascii_isdigit (id[0]));
  g_autofree char *found = NULL;

  for (gsize i = 0; ok && i < n; i++)
    ok = g_ascii_islower (id[i]) || g_ascii_isdigit (id[i]) || id[i] == '-';
  if (ok)
    return NULL;

  found = describe_string (id);
  /* Translators: about the id of a routine; %s is the id found, in JSON quotes */
  return g_strdup_printf (_("must be 1 to 64 lowercase letters, digits and hyphens, starting with a letter or digit, found %s"),
                          found);
}

char *
limber_rule_choice_message (const LimberKeyRule *rule,
                            const char          *found)
{
  g_autoptr(GString) choices = g_string_new (NULL);
  g_autoptr(GEnumClass) klass = g_type_class_ref (rule->choices ());

  for (guint i = 0; i < klass->n_values; i++)
    {
      if (i > 0)
        g_string_append (choices, ", ");
      limber_json_append_string (choices, klass->values[i].value_nick);
    }
  /* Translators: the first %s lists the values the file format allows, as
   * in "none", "both" (they stay as they are); the second %s is the
   * value found */
  return g_strdup_printf (_("must be one of %s, found %s"), choices->str, found);
}

char *
limber_rule_wrong_type (const LimberKeyRule *rule,
                        JsonNode            *node)
{
  g_autofree char *found = limber_rule_describe_value (node);

  switch (rule->type)
    {
    case LIMBER_RULE_FORMAT:
      /* Translators: "limber-routine" is the value a routine file must have
       * for "format": keep it as it is. %s is the value found, as in
       * found 12, found "text" or found nothing. */
      return g_strdup_printf (_("must be \"limber-routine\", found %s"), found);
    case LIMBER_RULE_VERSION:
    case LIMBER_RULE_INTEGER:
      /* Translators: %s is the value found, as in found "ten" */
      return g_strdup_printf (_("must be a whole number, found %s"), found);
    case LIMBER_RULE_ID:
    case LIMBER_RULE_TEXT:
      return limber_rule_not_a_string (node);
    case LIMBER_RULE_TAGS:
      /* Translators: %s is the value found */
      return g_strdup_printf (_("must be a list of strings, found %s"), found);
    case LIMBER_RULE_CHOICE:
      return limber_rule_choice_message (rule, found);
    case LIMBER_RULE_EXERCISES:
      /* Translators: %s is the value found */
      return g_strdup_printf (_("must be a list of exercises, found %s"), found);
    case LIMBER_RULE_PROGRESSION:
      /* Translators: "step" is a key of the file format: keep the quotes as
       * they are; %s is the value found */
      return g_strdup_printf (_("must be an object with \"step\" (and \"min\", \"max\"), found %s"), found);
    default:
      g_assert_not_reached ();
    }
}

char *
limber_rule_not_a_string (JsonNode *node)
{
  g_autofree char *found = limber_rule_describe_value (node);

  /* Translators: "string" is the JSON type; %s is the value found */
  return g_strdup_printf (_("must be a string, found %s"), found);
}

char *
limber_rule_check_progression_min (gboolean timed,
                                   guint    value,
                                   gint64   min)
{
  if (min >= 1 && min <= value)
    return NULL;
  if (min < 1)
    /* Translators: about "progression.min" of an exercise */
    return g_strdup_printf (_("must be at least 1, found %lld"), (long long) min);
  if (timed)
    /* Translators: about "progression.min"; the first number is the
     * exercise's "duration" in seconds, as in "must be at most the
     * exercise's duration (30), found 40" */
    return g_strdup_printf (_("must be at most the exercise's duration (%u), found %lld"), value, (long long) min);
  /* Translators: about "progression.min"; the first number is the exercise's "reps" */
  return g_strdup_printf (_("must be at most the exercise's reps (%u), found %lld"), value, (long long) min);
}

char *
limber_rule_check_progression_max (gboolean timed,
                                   guint    value,
                                   gint64   max)
{
  gint64 top = timed ? limber_progression_rules_timed[LIMBER_PROGRESSION_KEY_MAX].max
                     : limber_progression_rules_counted[LIMBER_PROGRESSION_KEY_MAX].max;

  if (max >= value && max <= top)
    return NULL;
  if (max > top)
    return g_strdup_printf (timed ? _("must be at most %lld seconds, found %lld")
                                  : _("must be at most %lld, found %lld"),
                            (long long) top, (long long) max);
  if (timed)
    /* Translators: about "progression.max"; the first number is the
     * exercise's "duration" in seconds */
    return g_strdup_printf (_("must be at least the exercise's duration (%u), found %lld"), value, (long long) max);
  /* Translators: about "progression.max"; the first number is the exercise's "reps" */
  return g_strdup_printf (_("must be at least the exercise's reps (%u), found %lld"), value, (long long) max);
}

/* Optimal string alignment distance (Levenshtein plus swapping two neighbours). */
static guint
edit_distance (const char *a,
               const char *b)
{
  gsize la = strlen (a);
  gsize lb = strlen (b);
  g_autofree guint *d = g_new0 (guint, (la + 1) * (lb + 1));

#define D(i, j) d[(i) * (lb + 1) + (j)]
  for (gsize i = 0; i <= la; i++)
    D (i, 0) = (guint) i;
  for (gsize j = 0; j <= lb; j++)
    D (0, j) = (guint) j;
  for (gsize i = 1; i <= la; i++)
    for (gsize j = 1; j <= lb; j++)
      {
        guint cost = g_ascii_tolower (a[i - 1]) == g_ascii_tolower (b[j - 1]) ? 0 : 1;
        guint best = MIN (D (i - 1, j) + 1, D (i, j - 1) + 1);

        best = MIN (best, D (i - 1, j - 1) + cost);
        if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
          best = MIN (best, D (i - 2, j - 2) + 1);
        D (i, j) = best;
      }
  return D (la, lb);
#undef D
}

const char *
limber_rule_suggest_key (const LimberKeyRule *rules,
                         guint                n_rules,
                         const char          *key)
{
  gsize len = strlen (key);
  const char *best = NULL;
  guint best_distance = G_MAXUINT;
  guint limit;

  if (len == 0 || len > 64)
    return NULL;
  limit = len <= 4 ? 1 : len <= 8 ? 2 : 3;

  for (guint i = 0; i < n_rules; i++)
    {
      guint distance = edit_distance (key, rules[i].key);

      if (distance < best_distance)
        {
          best_distance = distance;
          best = rules[i].key;
        }
    }

  return best_distance <= limit ? best : NULL;
}

static gboolean
is_plain_key (const char *key)
{
  gsize n = strlen (key);

  if (n == 0 || n > 64)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isalnum (key[i]) && key[i] != '_' && key[i] != '-')
      return FALSE;
  return TRUE;
}

char *
limber_rule_path (const char *prefix,
                  const char *key)
{
  g_autofree char *quoted = NULL;

  if (is_plain_key (key))
    return *prefix != '\0' ? g_strconcat (prefix, ".", key, NULL) : g_strdup (key);

  quoted = describe_string (key);
  return g_strdup_printf ("%s[%s]", prefix, quoted);
}
