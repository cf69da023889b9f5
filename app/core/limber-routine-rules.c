/* limber-routine-rules.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-loader"

#include "config.h"

#include <string.h>

#include "limber-json-util.h"
#include "limber-routine-rules.h"

#define DESCRIBE_MAX_CHARS 40

static const char * const kinds[] = {
  "stretch", "strength", "mobility", "cardio", "breathing", NULL,
};

static const char * const sides[] = { "none", "both", NULL };

const LimberKeyRule limber_routine_rules[LIMBER_ROUTINE_N_KEYS] = {
  { "format", LIMBER_RULE_FORMAT, TRUE, FALSE, FALSE, 0, 0, NULL },
  { "version", LIMBER_RULE_VERSION, TRUE, FALSE, FALSE, 1, 1, NULL },
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
  { "kind", LIMBER_RULE_CHOICE, FALSE, FALSE, FALSE, 0, 0, kinds },
  { "duration", LIMBER_RULE_INTEGER, FALSE, FALSE, TRUE, 1, 3600, NULL },
  { "reps", LIMBER_RULE_INTEGER, FALSE, FALSE, FALSE, 1, 500, NULL },
  { "rep_duration", LIMBER_RULE_INTEGER, FALSE, FALSE, TRUE, 1, 60, NULL },
  { "sets", LIMBER_RULE_INTEGER, FALSE, FALSE, FALSE, 1, 50, NULL },
  { "rest", LIMBER_RULE_INTEGER, FALSE, FALSE, TRUE, 0, 3600, NULL },
  { "sides", LIMBER_RULE_CHOICE, FALSE, FALSE, FALSE, 0, 0, sides },
  { "switch_time", LIMBER_RULE_INTEGER, FALSE, FALSE, TRUE, 0, 60, NULL },
  { "instructions", LIMBER_RULE_TEXT, FALSE, FALSE, FALSE, 0, 4000, NULL },
  { "caution", LIMBER_RULE_TEXT, FALSE, FALSE, FALSE, 0, 1000, NULL },
};

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

char *
limber_rule_describe_string (const char *str)
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
    return g_strdup ("nothing");
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return limber_rule_describe_string (json_node_get_string (node));

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

  if (rule->type == LIMBER_RULE_VERSION)
    return g_strdup_printf ("must be %" G_GINT64_FORMAT ", found %" G_GINT64_FORMAT, rule->min, value);

  return g_strdup_printf ("must be between %" G_GINT64_FORMAT " and %" G_GINT64_FORMAT "%s, found %" G_GINT64_FORMAT,
                          rule->min, rule->max, rule->seconds ? " seconds" : "", value);
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

  if (rule->min == 0)
    return g_strdup_printf ("must be at most %" G_GINT64_FORMAT " characters, found %ld", rule->max, n);
  return g_strdup_printf ("must be %" G_GINT64_FORMAT " to %" G_GINT64_FORMAT " characters%s, found %ld",
                          rule->min, rule->max, rule->trim ? " after trimming" : "", n);
}

char *
limber_rule_check_tag (const char *tag)
{
  glong n = g_utf8_strlen (tag, -1);

  if (n >= 1 && n <= LIMBER_TAG_MAX_CHARS)
    return NULL;
  return g_strdup_printf ("must be 1 to %d characters, found %ld", LIMBER_TAG_MAX_CHARS, n);
}

char *
limber_rule_check_count (const LimberKeyRule *rule,
                         gint64               count)
{
  const char *what = rule->type == LIMBER_RULE_TAGS ? "tags" : "exercises";

  if (count >= rule->min && count <= rule->max)
    return NULL;
  if (rule->min == 0)
    return g_strdup_printf ("must have at most %" G_GINT64_FORMAT " %s, found %" G_GINT64_FORMAT,
                            rule->max, what, count);
  return g_strdup_printf ("must have %" G_GINT64_FORMAT " to %" G_GINT64_FORMAT " %s, found %" G_GINT64_FORMAT,
                          rule->min, rule->max, what, count);
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

  found = limber_rule_describe_string (id);
  return g_strdup_printf ("must be 1 to 64 lowercase letters, digits and hyphens, starting with a letter or digit, found %s",
                          found);
}

char *
limber_rule_choice_message (const LimberKeyRule *rule,
                            const char          *found)
{
  g_autoptr(GString) out = g_string_new ("must be one of ");

  for (guint i = 0; rule->choices[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      limber_json_append_string (out, rule->choices[i]);
    }
  g_string_append_printf (out, ", found %s", found);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

char *
limber_rule_wrong_type (const LimberKeyRule *rule,
                        JsonNode            *node)
{
  g_autofree char *found = limber_rule_describe_value (node);

  switch (rule->type)
    {
    case LIMBER_RULE_FORMAT:
      return g_strdup_printf ("must be \"limber-routine\", found %s", found);
    case LIMBER_RULE_VERSION:
    case LIMBER_RULE_INTEGER:
      return g_strdup_printf ("must be a whole number, found %s", found);
    case LIMBER_RULE_ID:
    case LIMBER_RULE_TEXT:
      return g_strdup_printf ("must be a string, found %s", found);
    case LIMBER_RULE_TAGS:
      return g_strdup_printf ("must be a list of strings, found %s", found);
    case LIMBER_RULE_CHOICE:
      return limber_rule_choice_message (rule, found);
    case LIMBER_RULE_EXERCISES:
      return g_strdup_printf ("must be a list of exercises, found %s", found);
    default:
      g_assert_not_reached ();
    }
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

  quoted = limber_rule_describe_string (key);
  return g_strdup_printf ("%s[%s]", prefix, quoted);
}
