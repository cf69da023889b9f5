/* limber-routine-rules.h: the rules of the routine file format (v1 and v2), shared by
 * the file loader and the in-memory validator so both say the same thing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef enum {
  LIMBER_RULE_FORMAT,     /* exactly "limber-routine" */
  LIMBER_RULE_VERSION,    /* a whole number in min..max (the versions this Limber reads) */
  LIMBER_RULE_ID,         /* ^[a-z0-9][a-z0-9-]{0,63}$ */
  LIMBER_RULE_TEXT,       /* a string of min..max characters (after trimming if trim) */
  LIMBER_RULE_TAGS,       /* a list of at most max strings of 1..40 characters */
  LIMBER_RULE_INTEGER,    /* a whole number in min..max (seconds if seconds) */
  LIMBER_RULE_CHOICE,     /* a nick of the enumeration choices () */
  LIMBER_RULE_EXERCISES,  /* a list of min..max exercises */
  LIMBER_RULE_PROGRESSION, /* the object of format v2 (see limber_progression_rules) */
} LimberRuleType;

typedef struct
{
  const char         *key;
  LimberRuleType      type;
  gboolean            required;
  gboolean            trim;
  gboolean            seconds;
  gint64              min;
  gint64              max;
  GType             (*choices) (void);  /* the enumeration whose nicks are allowed */
} LimberKeyRule;

/* Rows of the format's "Routine keys" table, in its order. */
enum {
  LIMBER_ROUTINE_KEY_FORMAT,
  LIMBER_ROUTINE_KEY_VERSION,
  LIMBER_ROUTINE_KEY_ID,
  LIMBER_ROUTINE_KEY_TITLE,
  LIMBER_ROUTINE_KEY_DESCRIPTION,
  LIMBER_ROUTINE_KEY_TAGS,
  LIMBER_ROUTINE_KEY_PREPARE,
  LIMBER_ROUTINE_KEY_REST_BETWEEN_EXERCISES,
  LIMBER_ROUTINE_KEY_ROUNDS,
  LIMBER_ROUTINE_KEY_EXERCISES,
  LIMBER_ROUTINE_N_KEYS
};

/* Rows of the format's "Exercise keys" table, in its order. */
enum {
  LIMBER_EXERCISE_KEY_NAME,
  LIMBER_EXERCISE_KEY_KIND,
  LIMBER_EXERCISE_KEY_DURATION,
  LIMBER_EXERCISE_KEY_REPS,
  LIMBER_EXERCISE_KEY_REP_DURATION,
  LIMBER_EXERCISE_KEY_SETS,
  LIMBER_EXERCISE_KEY_REST,
  LIMBER_EXERCISE_KEY_SIDES,
  LIMBER_EXERCISE_KEY_SWITCH_TIME,
  LIMBER_EXERCISE_KEY_INSTRUCTIONS,
  LIMBER_EXERCISE_KEY_CAUTION,
  LIMBER_EXERCISE_KEY_PROGRESSION,
  LIMBER_EXERCISE_N_KEYS
};

/* Rows of the format's "progression" table (version 2), in its order. */
enum {
  LIMBER_PROGRESSION_KEY_STEP,
  LIMBER_PROGRESSION_KEY_MIN,
  LIMBER_PROGRESSION_KEY_MAX,
  LIMBER_PROGRESSION_N_KEYS
};

extern const LimberKeyRule limber_routine_rules[LIMBER_ROUTINE_N_KEYS];
extern const LimberKeyRule limber_exercise_rules[LIMBER_EXERCISE_N_KEYS];
/* The keys of "progression" for a timed exercise (seconds) and for a counted
 * one (reps): the ranges that do not depend on the exercise's own value. */
extern const LimberKeyRule limber_progression_rules_timed[LIMBER_PROGRESSION_N_KEYS];
extern const LimberKeyRule limber_progression_rules_counted[LIMBER_PROGRESSION_N_KEYS];

/* The first format version with "progression". */
#define LIMBER_ROUTINE_FORMAT_VERSION_PROGRESSION 2

#define LIMBER_TAG_MAX_CHARS 40

/* Messages of a missing key and of the rules that join several keys. */
typedef enum
{
  LIMBER_RULE_MESSAGE_REQUIRED,
  LIMBER_RULE_MESSAGE_NEITHER,
  LIMBER_RULE_MESSAGE_BOTH,
  LIMBER_RULE_MESSAGE_REP_DURATION,
  LIMBER_RULE_MESSAGE_SWITCH_TIME,
  LIMBER_RULE_MESSAGE_NEEDS_VERSION_2,
} LimberRuleMessage;

/* The message, translated. */
const char *limber_rule_message          (LimberRuleMessage    message);

/* A value as a message shows it: JSON, strings quoted, long ones shortened. */
char       *limber_rule_describe_value   (JsonNode            *node);

/* Each returns NULL when the value follows the rule, else the message. */
char       *limber_rule_check_integer    (const LimberKeyRule *rule,
                                          gint64               value);
char       *limber_rule_check_text       (const LimberKeyRule *rule,
                                          const char          *value);
char       *limber_rule_check_tag        (const char          *tag);
char       *limber_rule_check_count      (const LimberKeyRule *rule,
                                          gint64               count);
char       *limber_rule_check_id         (const char          *id);
/* @found is already described ("\"yoga\"", "3"). */
char       *limber_rule_choice_message   (const LimberKeyRule *rule,
                                          const char          *found);
/* The message for a value of the wrong JSON type. */
char       *limber_rule_wrong_type       (const LimberKeyRule *rule,
                                          JsonNode            *node);
/* The message for one element of the tags list that is not a string. */
char       *limber_rule_not_a_string     (JsonNode            *node);

/* "progression.min" and "progression.max" against the exercise's own value
 * (@value: its duration, or its reps when @timed is FALSE): NULL when
 * @min (@max) is 1 … value (value … 3600 or 500), else the message. */
char       *limber_rule_check_progression_min (gboolean  timed,
                                               guint     value,
                                               gint64    min);
char       *limber_rule_check_progression_max (gboolean  timed,
                                               guint     value,
                                               gint64    max);

/* The known key nearest to @key by edit distance, if close enough, or NULL. */
const char *limber_rule_suggest_key      (const LimberKeyRule *rules,
                                          guint                n_rules,
                                          const char          *key);
/* "title", "exercises[2].duration", or ["odd key"] for keys that are not plain. */
char       *limber_rule_path             (const char          *prefix,
                                          const char          *key);

G_END_DECLS
