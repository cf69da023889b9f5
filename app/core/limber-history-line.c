/* limber-history-line.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The history's own reader and writer of JSON lines (most of this file: a
 * strict JSON reader of the line's object, then the record's fields).
 * json-glib's JsonParser is lax (see limber-json-util.c) and, measured by
 * tests/bench-history, about ten times slower on a whole history (1.4 s
 * against 0.14 s for 100,000 sessions). The writer produces plain JSON that
 * any parser reads (the tests check it with json-glib).
 */
#define G_LOG_DOMAIN "limber-history"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "limber-break-event.h"
#include "limber-error.h"
#include "limber-history-record-private.h"
#include "limber-json-util.h"

/* Dates: 0001-01-01 to 9999-12-31, as GDateTime allows. */
#define MIN_UNIX G_GINT64_CONSTANT (-62135596800)
#define MAX_UNIX G_GINT64_CONSTANT (253402300799)
#define MAX_DEPTH 32

/* @str read as g_date_time_new_from_iso8601 () reads it, in UTC when it
 * has no offset; NULL when it is not a date. @zone, when given, keeps a
 * reference to the date's zone: so GLib keeps it in its cache of zones,
 * where the next date with the same offset finds it (a third of the time
 * of reading a date). */
static GDateTime *
parse_iso8601 (const char  *str,
               GTimeZone  **zone)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  GDateTime *dt = g_date_time_new_from_iso8601 (str, utc);

  if (dt != NULL && zone != NULL && g_date_time_get_timezone (dt) != *zone)
    {
      g_clear_pointer (zone, g_time_zone_unref);
      *zone = g_time_zone_ref (g_date_time_get_timezone (dt));
    }
  return dt;
}

static gboolean
to_unix (GDateTime *dt,
         gint64    *unix_time,
         gint      *offset)
{
  if (dt == NULL)
    return FALSE;
  *unix_time = g_date_time_to_unix (dt);
  *offset = (gint) (g_date_time_get_utc_offset (dt) / G_TIME_SPAN_SECOND);
  g_date_time_unref (dt);
  return TRUE;
}

gboolean
limber_history_parse_iso8601 (const char *str,
                              gssize      length,
                              gint64     *unix_time,
                              gint       *offset)
{
  g_autofree char *copy = NULL;

  g_return_val_if_fail (str != NULL, FALSE);

  copy = g_strndup (str, length < 0 ? strlen (str) : (gsize) length);
  if (length >= 0 && strlen (copy) != (gsize) length)
    return FALSE;  /* a nul inside */
  return to_unix (parse_iso8601 (copy, NULL), unix_time, offset);
}

/* "2024-03-01T07:30:00+01:00": seconds, and the offset in whole minutes. */
static void
append_iso8601 (GString   *out,
                GDateTime *dt)
{
  gint offset = (gint) (g_date_time_get_utc_offset (dt) / G_TIME_SPAN_SECOND);

  g_string_append_printf (out, "\"%04d-%02d-%02dT%02d:%02d:%02d%c%02d:%02d\"",
                          g_date_time_get_year (dt), g_date_time_get_month (dt),
                          g_date_time_get_day_of_month (dt), g_date_time_get_hour (dt),
                          g_date_time_get_minute (dt), g_date_time_get_second (dt),
                          offset < 0 ? '-' : '+', ABS (offset) / 3600, ABS (offset) / 60 % 60);
}

/* The scanner ------------------------------------------------------------ */

typedef struct
{
  const char *p;
  const char *end;
} Scan;

/* A string as read: in the line itself when it has no escapes, else in a
 * scratch buffer of the reader. Never holds U+0000. */
typedef struct
{
  const char *str;
  gsize len;
} Span;

#define SPAN_IS(span, literal) \
  ((span)->len == sizeof (literal) - 1 && memcmp ((span)->str, literal, sizeof (literal) - 1) == 0)

/* @span with a nul at its end, in @scratch unless it is there already. */
static const char *
span_cstr (const Span *span,
           GString    *scratch)
{
  if (span->str != scratch->str)
    {
      g_string_truncate (scratch, 0);
      g_string_append_len (scratch, span->str, span->len);
    }
  return scratch->str;
}

struct _LimberHistoryLineReader
{
  GString *key;      /* the member name being read */
  GString *value;    /* the string value being read */
  GHashTable *strings;  /* GRefString → itself: routine ids, titles, exercise names */
  GTimeZone *zone;      /* of the last date read */
};

LimberHistoryLineReader *
limber_history_line_reader_new (void)
{
  LimberHistoryLineReader *reader = g_new0 (LimberHistoryLineReader, 1);

  reader->key = g_string_sized_new (32);
  reader->value = g_string_sized_new (64);
  reader->strings = g_hash_table_new_full (g_str_hash, g_str_equal,
                                           (GDestroyNotify) g_ref_string_release, NULL);
  return reader;
}

void
limber_history_line_reader_free (LimberHistoryLineReader *reader)
{
  if (reader == NULL)
    return;
  g_string_free (reader->key, TRUE);
  g_string_free (reader->value, TRUE);
  g_hash_table_unref (reader->strings);
  g_clear_pointer (&reader->zone, g_time_zone_unref);
  g_free (reader);
}

/* A new reference to the reader's copy of @span (a GRefString). */
static char *
intern (LimberHistoryLineReader *reader,
        const Span              *span)
{
  const char *str = span_cstr (span, reader->value);
  char *interned = g_hash_table_lookup (reader->strings, str);

  if (interned == NULL)
    {
      interned = g_ref_string_new_len (str, span->len);
      g_hash_table_add (reader->strings, interned);
    }
  return g_ref_string_acquire (interned);
}

static inline void
skip_ws (Scan *s)
{
  while (s->p < s->end && (*s->p == ' ' || *s->p == '\t' || *s->p == '\r' || *s->p == '\n'))
    s->p++;
}

static inline gboolean
expect (Scan *s,
        char  c)
{
  skip_ws (s);
  if (s->p < s->end && *s->p == c)
    {
      s->p++;
      return TRUE;
    }
  return FALSE;
}

static gboolean
scan_hex4 (Scan     *s,
           gunichar *value)
{
  gunichar v = 0;

  if (s->end - s->p < 4)
    return FALSE;
  for (guint i = 0; i < 4; i++)
    {
      int d = g_ascii_xdigit_value (s->p[i]);

      if (d < 0)
        return FALSE;
      v = v * 16 + d;
    }
  s->p += 4;
  *value = v;
  return TRUE;
}

/* A string into *@out, or skipped when @out is NULL; @scratch holds it when
 * it has escapes. The line was checked to be UTF-8 before. Strings with
 * U+0000 are refused. */
static gboolean
scan_string (Scan    *s,
             GString *scratch,
             Span    *out)
{
  const char *run;

  if (!expect (s, '"'))
    return FALSE;
  if (out != NULL)
    g_string_truncate (scratch, 0);

  for (run = s->p;; run = s->p)
    {
      gunichar u;

      while (s->p < s->end && *s->p != '"' && *s->p != '\\' && (guchar) *s->p >= 0x20)
        s->p++;
      if (s->p >= s->end || (guchar) *s->p < 0x20)
        return FALSE;
      if (*s->p == '"' && out != NULL && scratch->len == 0)
        {
          /* No escapes: the string in the line. */
          *out = (Span) { run, s->p++ - run };
          return TRUE;
        }
      if (out != NULL)
        g_string_append_len (scratch, run, s->p - run);
      if (*s->p++ == '"')
        {
          if (out != NULL)
            *out = (Span) { scratch->str, scratch->len };
          return TRUE;
        }

      /* After a backslash. */
      if (s->p >= s->end)
        return FALSE;
      switch (*s->p++)
        {
        case '"':  u = '"'; break;
        case '\\': u = '\\'; break;
        case '/':  u = '/'; break;
        case 'b':  u = '\b'; break;
        case 'f':  u = '\f'; break;
        case 'n':  u = '\n'; break;
        case 'r':  u = '\r'; break;
        case 't':  u = '\t'; break;
        case 'u':
          if (!scan_hex4 (s, &u) || u == 0 || (u >= 0xDC00 && u <= 0xDFFF))
            return FALSE;
          if (u >= 0xD800 && u <= 0xDBFF)
            {
              gunichar low;

              if (s->end - s->p < 6 || s->p[0] != '\\' || s->p[1] != 'u')
                return FALSE;
              s->p += 2;
              if (!scan_hex4 (s, &low) || low < 0xDC00 || low > 0xDFFF)
                return FALSE;
              u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00);
            }
          break;
        default:
          return FALSE;
        }
      if (out != NULL)
        g_string_append_unichar (scratch, u);
    }
}

/* A JSON number; *@value is set when it is an integer of at most 15 digits. */
static gboolean
scan_number (Scan     *s,
             gint64   *value,
             gboolean *is_integer)
{
  gboolean negative = FALSE, integer = TRUE;
  gint64 v = 0;
  guint n_digits = 0;

  skip_ws (s);
  if (s->p < s->end && *s->p == '-')
    {
      negative = TRUE;
      s->p++;
    }
  if (s->p >= s->end || !g_ascii_isdigit (*s->p))
    return FALSE;
  if (*s->p == '0')
    {
      s->p++;
      n_digits = 1;
    }
  else
    {
      for (; s->p < s->end && g_ascii_isdigit (*s->p); s->p++, n_digits++)
        if (n_digits < 15)
          v = v * 10 + (*s->p - '0');
    }
  if (s->p < s->end && *s->p == '.')
    {
      integer = FALSE;
      s->p++;
      if (s->p >= s->end || !g_ascii_isdigit (*s->p))
        return FALSE;
      while (s->p < s->end && g_ascii_isdigit (*s->p))
        s->p++;
    }
  if (s->p < s->end && (*s->p == 'e' || *s->p == 'E'))
    {
      integer = FALSE;
      s->p++;
      if (s->p < s->end && (*s->p == '+' || *s->p == '-'))
        s->p++;
      if (s->p >= s->end || !g_ascii_isdigit (*s->p))
        return FALSE;
      while (s->p < s->end && g_ascii_isdigit (*s->p))
        s->p++;
    }

  *is_integer = integer && n_digits <= 15;
  *value = negative ? -v : v;
  return TRUE;
}

static gboolean
scan_literal (Scan       *s,
              const char *word)
{
  gsize len = strlen (word);

  skip_ws (s);
  if ((gsize) (s->end - s->p) < len || memcmp (s->p, word, len) != 0)
    return FALSE;
  s->p += len;
  return TRUE;
}

/* Any value; @depth counts the containers around it. */
static gboolean
skip_value (Scan  *s,
            guint  depth)
{
  gint64 v;
  gboolean is_int;
  char close;

  skip_ws (s);
  if (s->p >= s->end)
    return FALSE;
  switch (*s->p)
    {
    case '"':
      return scan_string (s, NULL, NULL);
    case '{':
      close = '}';
      break;
    case '[':
      close = ']';
      break;
    case 't':
      return scan_literal (s, "true");
    case 'f':
      return scan_literal (s, "false");
    case 'n':
      return scan_literal (s, "null");
    default:
      return scan_number (s, &v, &is_int);
    }

  s->p++;
  if (depth > MAX_DEPTH)
    return FALSE;
  if (expect (s, close))
    return TRUE;
  do
    {
      if (close == '}' && (!scan_string (s, NULL, NULL) || !expect (s, ':')))
        return FALSE;
      if (!skip_value (s, depth + 1))
        return FALSE;
    }
  while (expect (s, ','));
  return expect (s, close);
}

static gboolean
scan_uint (Scan  *s,
           guint *value)
{
  gint64 v;
  gboolean is_int;

  if (!scan_number (s, &v, &is_int) || !is_int || v < 0 || v > G_MAXUINT)
    return FALSE;
  *value = (guint) v;
  return TRUE;
}

static gboolean
scan_bool (Scan     *s,
           gboolean *value)
{
  if (scan_literal (s, "true"))
    *value = TRUE;
  else if (scan_literal (s, "false"))
    *value = FALSE;
  else
    return FALSE;
  return TRUE;
}

/* A line being read: into a record, and what the record cannot hold. */
typedef struct
{
  LimberHistoryLineReader *reader;
  LimberHistoryRecord *record;
  char *amends;
  char *kind;           /* lines of other kinds: "kind", and a check-in's members */
  char *session;
  gint64 time_unix;
  gint time_offset;
  guint pain;
  gboolean has_time, has_pain;
  gboolean has_start, has_end, has_planned, has_active, has_completed;
  gboolean bad_answer;  /* an answer with an unknown value */
} Parsed;

static void
parsed_clear (Parsed *parsed)
{
  g_clear_object (&parsed->record);
  g_clear_pointer (&parsed->amends, g_free);
  g_clear_pointer (&parsed->kind, g_free);
  g_clear_pointer (&parsed->session, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Parsed, parsed_clear)

static gboolean
scan_pain (Scan     *s,
           Parsed   *parsed,
           gint     *pain)
{
  guint v;

  if (scan_literal (s, "null"))
    {
      *pain = LIMBER_PAIN_UNSET;
      return TRUE;
    }
  if (!scan_uint (s, &v))
    return FALSE;
  parsed->bad_answer |= v > 10;
  *pain = v > 10 ? LIMBER_PAIN_UNSET : (gint) v;
  return TRUE;
}

/* "level": an integer LIMBER_LEVEL_MIN … LIMBER_LEVEL_MAX. */
static gboolean
scan_level (Scan *s,
            int  *level)
{
  gint64 v;
  gboolean is_int;

  if (!scan_number (s, &v, &is_int) || !is_int || v < LIMBER_LEVEL_MIN || v > LIMBER_LEVEL_MAX)
    return FALSE;
  *level = (int) v;
  return TRUE;
}

static gboolean
scan_exercise (Scan                    *s,
               LimberHistoryLineReader *reader,
               LimberHistoryRecord     *record)
{
  LimberHistoryExercise ex = { NULL, 0, 0, 0 };
  gboolean has_done = FALSE, has_planned = FALSE;
  gboolean ok = TRUE;

  if (!expect (s, '{'))
    return FALSE;
  if (!expect (s, '}'))
    {
      do
        {
          Span key, value;

          if (!scan_string (s, reader->key, &key) || !expect (s, ':'))
            ok = FALSE;
          else if (SPAN_IS (&key, "name"))
            {
              ok = scan_string (s, reader->value, &value);
              if (ok)
                {
                  g_clear_pointer ((char **) &ex.name, g_ref_string_release);
                  ex.name = intern (reader, &value);
                }
            }
          else if (SPAN_IS (&key, "done"))
            ok = has_done = scan_uint (s, &ex.sets_done);
          else if (SPAN_IS (&key, "planned"))
            ok = has_planned = scan_uint (s, &ex.sets_planned);
          else if (SPAN_IS (&key, "skipped"))
            ok = scan_uint (s, &ex.sets_skipped);
          else
            ok = skip_value (s, 2);
        }
      while (ok && expect (s, ','));
      ok = ok && expect (s, '}');
    }

  if (!ok || ex.name == NULL || !has_done || !has_planned)
    {
      g_clear_pointer ((char **) &ex.name, g_ref_string_release);
      return FALSE;
    }
  /* Room for 4, then twice as many each time they are full. */
  if (record->n_exercises == 0 || (record->n_exercises >= 4 && (record->n_exercises & (record->n_exercises - 1)) == 0))
    record->exercises = g_renew (LimberHistoryExercise, record->exercises, MAX (4, record->n_exercises * 2));
  record->exercises[record->n_exercises++] = ex;
  return TRUE;
}

static gboolean
scan_exercises (Scan   *s,
                Parsed *parsed)
{
  if (!expect (s, '['))
    return FALSE;
  if (expect (s, ']'))
    return TRUE;
  do
    {
      if (!scan_exercise (s, parsed->reader, parsed->record))
        return FALSE;
    }
  while (expect (s, ','));
  return expect (s, ']');
}

/* A string member into *@target: "id" and "amends" (not empty), or "note"
 * (null or empty for none). */
static gboolean
scan_text (Scan     *s,
           GString  *scratch,
           gboolean  optional,
           char    **target)
{
  Span value = { NULL, 0 };

  if (!(optional && scan_literal (s, "null"))
      && (!scan_string (s, scratch, &value) || (!optional && value.len == 0)))
    return FALSE;
  g_free (*target);
  *target = value.len > 0 ? g_strndup (value.str, value.len) : NULL;
  return TRUE;
}

static gboolean
scan_date (Scan                    *s,
           LimberHistoryLineReader *reader,
           gint64                  *unix_time,
           gint                    *offset,
           gboolean                *has_date)
{
  Span value;

  if (!scan_string (s, reader->value, &value)
      || !to_unix (parse_iso8601 (span_cstr (&value, reader->value), &reader->zone), unix_time, offset))
    return FALSE;
  *has_date = TRUE;
  return TRUE;
}

static gboolean
scan_interned (Scan                    *s,
               LimberHistoryLineReader *reader,
               char                   **target)
{
  Span value;

  if (!scan_string (s, reader->value, &value))
    return FALSE;
  g_clear_pointer (target, g_ref_string_release);
  *target = intern (reader, &value);
  return TRUE;
}

static gboolean
scan_effort (Scan    *s,
             GString *scratch,
             Parsed  *parsed)
{
  Span value;
  int effort;

  parsed->record->effort = LIMBER_EFFORT_UNSET;
  if (scan_literal (s, "null"))
    return TRUE;
  if (!scan_string (s, scratch, &value))
    return FALSE;
  /* Only the nicks of answers: "unset" is not one. */
  if (!limber_enum_from_nick (LIMBER_TYPE_EFFORT, span_cstr (&value, scratch), &effort) || effort == LIMBER_EFFORT_UNSET)
    parsed->bad_answer = TRUE;
  else
    parsed->record->effort = effort;
  return TRUE;
}

/* "suggestion": {"type", "level", "response"}, or null for none. Unknown
 * members are skipped; an unknown type or response, or one missing, is a
 * bad answer (damaged in version 1, ignored in later versions). */
static gboolean
scan_suggestion (Scan    *s,
                 GString *scratch,
                 Parsed  *parsed)
{
  LimberHistoryRecord *r = parsed->record;
  int kind = LIMBER_SUGGESTION_NONE, response = -1, level = 0;
  gboolean has_level = FALSE;

  r->suggestion = LIMBER_SUGGESTION_NONE;
  if (scan_literal (s, "null"))
    return TRUE;
  if (!expect (s, '{'))
    return FALSE;
  if (!expect (s, '}'))
    {
      do
        {
          Span key, value;

          if (!scan_string (s, parsed->reader->key, &key) || !expect (s, ':'))
            return FALSE;
          if (SPAN_IS (&key, "type") || SPAN_IS (&key, "response"))
            {
              gboolean is_type = SPAN_IS (&key, "type");
              int v;

              if (!scan_string (s, scratch, &value))
                return FALSE;
              if (!limber_enum_from_nick (is_type ? LIMBER_TYPE_SUGGESTION_KIND : LIMBER_TYPE_SUGGESTION_RESPONSE,
                                          span_cstr (&value, scratch), &v))
                v = -1;
              if (is_type)
                kind = v;
              else
                response = v;
            }
          else if (SPAN_IS (&key, "level"))
            {
              if (!scan_level (s, &level))
                return FALSE;
              has_level = TRUE;
            }
          else if (!skip_value (s, 2))
            return FALSE;
        }
      while (expect (s, ','));
      if (!expect (s, '}'))
        return FALSE;
    }

  /* Only the nicks of suggestions: "none" is not one. */
  if (kind <= LIMBER_SUGGESTION_NONE || response < 0 || !has_level)
    {
      parsed->bad_answer = TRUE;
      return TRUE;
    }
  r->suggestion = kind;
  r->suggestion_level = level;
  r->suggestion_response = response;
  return TRUE;
}

/* One member; unknown ones are skipped. */
static gboolean
scan_member (Scan       *s,
             const Span *key,
             Parsed     *parsed)
{
  LimberHistoryLineReader *reader = parsed->reader;
  LimberHistoryRecord *r = parsed->record;
  GString *scratch = reader->value;

  if (SPAN_IS (key, "v"))
    return scan_uint (s, &r->version) && r->version >= 1;
  if (SPAN_IS (key, "id"))
    return scan_text (s, scratch, FALSE, &r->id);
  if (SPAN_IS (key, "amends"))
    return scan_text (s, scratch, FALSE, &parsed->amends);
  if (SPAN_IS (key, "start"))
    return scan_date (s, reader, &r->start_unix, &r->start_offset, &parsed->has_start);
  if (SPAN_IS (key, "end"))
    return scan_date (s, reader, &r->end_unix, &r->end_offset, &parsed->has_end);
  if (SPAN_IS (key, "routine_id"))
    return scan_interned (s, reader, &r->routine_id);
  if (SPAN_IS (key, "routine_title"))
    return scan_interned (s, reader, &r->routine_title);
  if (SPAN_IS (key, "planned_seconds"))
    return parsed->has_planned = scan_uint (s, &r->planned_seconds);
  if (SPAN_IS (key, "active_seconds"))
    return parsed->has_active = scan_uint (s, &r->active_seconds);
  if (SPAN_IS (key, "completed"))
    return parsed->has_completed = scan_bool (s, &r->completed);
  if (SPAN_IS (key, "pain_before"))
    return scan_pain (s, parsed, &r->pain_before);
  if (SPAN_IS (key, "pain_after"))
    return scan_pain (s, parsed, &r->pain_after);
  if (SPAN_IS (key, "effort"))
    return scan_effort (s, scratch, parsed);
  if (SPAN_IS (key, "note"))
    return scan_text (s, scratch, TRUE, &r->note);
  if (SPAN_IS (key, "exercises"))
    return scan_exercises (s, parsed);
  if (SPAN_IS (key, "level"))
    return scan_level (s, &r->level);
  if (SPAN_IS (key, "easy_day"))
    return scan_bool (s, &r->easy_day);
  if (SPAN_IS (key, "suggestion"))
    return scan_suggestion (s, scratch, parsed);
  if (SPAN_IS (key, "kind"))
    return scan_text (s, scratch, FALSE, &parsed->kind);
  if (SPAN_IS (key, "time"))
    return scan_date (s, reader, &parsed->time_unix, &parsed->time_offset, &parsed->has_time);
  if (SPAN_IS (key, "session"))
    return scan_text (s, scratch, FALSE, &parsed->session);
  if (SPAN_IS (key, "pain"))
    return parsed->has_pain = scan_uint (s, &parsed->pain);
  return skip_value (s, 1);
}

/* Parses the object of a line into a new record (its "v" 0 when it has
 * none); FALSE when it is not a JSON object. */
static gboolean
scan_line (LimberHistoryLineReader *reader,
           const char              *line,
           gsize                    length,
           Parsed                  *parsed)
{
  Scan s = { line, line + length };

  parsed->reader = reader;
  parsed->record = g_object_new (LIMBER_TYPE_HISTORY_RECORD, NULL);
  parsed->record->version = 0;

  if (!g_utf8_validate_len (line, length, NULL) || !expect (&s, '{'))
    return FALSE;

  if (!expect (&s, '}'))
    {
      do
        {
          Span key;

          if (!scan_string (&s, reader->key, &key) || !expect (&s, ':')
              || !scan_member (&s, &key, parsed))
            return FALSE;
        }
      while (expect (&s, ','));
      if (!expect (&s, '}'))
        return FALSE;
    }

  skip_ws (&s);
  return s.p == s.end;
}

static gboolean
damaged (GError     **error,
         const char  *why)
{
  g_set_error_literal (error, LIMBER_HISTORY_ERROR, LIMBER_HISTORY_ERROR_DAMAGED, why);
  return FALSE;
}

static gboolean
check_record (Parsed  *parsed,
              GError **error)
{
  LimberHistoryRecord *r = parsed->record;

  if (r->version == 0)
    return damaged (error, _("it has no format version “v”"));
  if (r->id == NULL)
    return damaged (error, _("it has no “id”"));
  if (!parsed->has_start || !parsed->has_end)
    return damaged (error, _("its “start” or “end” is missing or not a date"));
  if (r->start_unix < MIN_UNIX || r->start_unix > MAX_UNIX
      || r->end_unix < MIN_UNIX || r->end_unix > MAX_UNIX)
    return damaged (error, _("its dates are out of range"));
  if (r->routine_id == NULL || r->routine_title == NULL)
    return damaged (error, _("its “routine_id” or “routine_title” is missing"));
  if (!parsed->has_planned || !parsed->has_active || !parsed->has_completed)
    return damaged (error, _("its “planned_seconds”, “active_seconds” or “completed” is missing"));
  if (parsed->bad_answer && r->version <= LIMBER_HISTORY_FORMAT_VERSION)
    return damaged (error, _("a rating is out of range"));
  return TRUE;
}

/* Lines of other kinds --------------------------------------------------- */

typedef enum
{
  PEEK_NO_KIND,   /* no "kind" member (or not a JSON object: the record reader says why) */
  PEEK_BAD_KIND,  /* a "kind" that is not a string */
  PEEK_KIND,      /* a JSON object with a "kind" string, in *@kind */
} PeekKind;

/* The "kind" member of the line's object. @kind points into the line or
 * into reader->value, valid until the reader reads the next string. */
static PeekKind
peek_kind (LimberHistoryLineReader *reader,
           const char              *line,
           gsize                    length,
           Span                    *kind)
{
  Scan s = { line, line + length };
  gboolean has_kind = FALSE, bad_kind = FALSE;

  /* Session lines (nearly every line) have no such member: a quick look. */
  if (length < 6 || g_strstr_len (line, length, "\"kind\"") == NULL)
    return PEEK_NO_KIND;
  if (!g_utf8_validate_len (line, length, NULL) || !expect (&s, '{'))
    return PEEK_NO_KIND;
  if (!expect (&s, '}'))
    {
      do
        {
          Span key;

          if (!scan_string (&s, reader->key, &key) || !expect (&s, ':'))
            return PEEK_NO_KIND;
          if (SPAN_IS (&key, "kind"))
            {
              skip_ws (&s);
              if (s.p < s.end && *s.p == '"')
                {
                  if (!scan_string (&s, reader->value, kind))
                    return PEEK_NO_KIND;
                  has_kind = TRUE;
                  bad_kind = FALSE;
                  continue;
                }
              bad_kind = TRUE;
            }
          if (!skip_value (&s, 1))
            return PEEK_NO_KIND;
        }
      while (expect (&s, ','));
      if (!expect (&s, '}'))
        return PEEK_NO_KIND;
    }
  skip_ws (&s);
  if (s.p != s.end)
    return PEEK_NO_KIND;
  return bad_kind ? PEEK_BAD_KIND : has_kind ? PEEK_KIND : PEEK_NO_KIND;
}

static LimberHistoryCheckin *read_checkin (LimberHistoryLineReader *reader,
                                           const char              *line,
                                           gsize                    length,
                                           guint                   *version,
                                           GError                 **error);

/* A line of kind "break" (docs/history-format.md, "Break line"). */
static void
read_break_line (LimberHistoryLineReader *reader,
                 const char              *line,
                 gsize                    length,
                 LimberHistoryLine       *out,
                 GError                 **error)
{
  Scan s = { line, line + length };
  g_autoptr(LimberBreakEvent) event = g_new0 (LimberBreakEvent, 1);
  gboolean has_time = FALSE, has_type = FALSE, known_type = FALSE, has_minutes = FALSE;
  gboolean ok = expect (&s, '{');

  /* peek_kind () found it a whole JSON object: only the values matter. */
  if (ok && !expect (&s, '}'))
    {
      do
        {
          Span key, value;

          if (!scan_string (&s, reader->key, &key) || !expect (&s, ':'))
            ok = FALSE;
          else if (SPAN_IS (&key, "v"))
            ok = scan_uint (&s, &out->version);
          else if (SPAN_IS (&key, "time"))
            {
              /* A string that is not a date: missing, not of the wrong type. */
              ok = scan_string (&s, reader->value, &value);
              has_time = ok && to_unix (parse_iso8601 (span_cstr (&value, reader->value), &reader->zone),
                                        &event->time, &event->offset);
            }
          else if (SPAN_IS (&key, "type"))
            {
              ok = has_type = scan_string (&s, reader->value, &value);
              known_type = ok && limber_break_kind_from_string (span_cstr (&value, reader->value), &event->kind);
            }
          else if (SPAN_IS (&key, "sitting_minutes"))
            ok = has_minutes = scan_uint (&s, &event->sitting_minutes);
          else if (SPAN_IS (&key, "routine_id") && !scan_literal (&s, "null"))
            {
              ok = scan_string (&s, reader->value, &value);
              g_clear_pointer (&event->routine_id, g_free);
              if (ok && value.len > 0)
                event->routine_id = g_strndup (value.str, value.len);
            }
          else if (!SPAN_IS (&key, "routine_id"))
            ok = skip_value (&s, 1);
        }
      while (ok && expect (&s, ','));
    }

  if (!ok)
    {
      /* A value of the wrong type (a "time" that is a number, say). */
      out->type = LIMBER_HISTORY_LINE_DAMAGED;
      damaged (error, _("it is a break with a member of the wrong type"));
      return;
    }
  out->type = LIMBER_HISTORY_LINE_DAMAGED;
  if (out->version == 0)
    damaged (error, _("it has no format version “v”"));
  else if (!has_time)
    damaged (error, _("its “time” is missing or not a date"));
  else if (event->time < MIN_UNIX || event->time > MAX_UNIX)
    damaged (error, _("its dates are out of range"));
  else if (!has_minutes)
    damaged (error, _("its “sitting_minutes” is missing"));
  else if (!known_type && has_type && out->version > LIMBER_HISTORY_FORMAT_VERSION)
    out->type = LIMBER_HISTORY_LINE_OTHER_KIND;  /* a newer kind of break: not ours to count */
  else if (!known_type)
    damaged (error, _("its “type” is missing or not a kind of break"));
  else
    {
      if (event->kind != LIMBER_BREAK_REMINDED_STARTED)
        g_clear_pointer (&event->routine_id, g_free);
      out->type = LIMBER_HISTORY_LINE_BREAK;
      out->break_event = g_steal_pointer (&event);
    }
}

void
limber_history_line_clear (LimberHistoryLine *line)
{
  g_clear_object (&line->record);
  g_clear_pointer (&line->amends_id, g_free);
  g_clear_pointer (&line->break_event, limber_break_event_free);
  g_clear_object (&line->checkin);
  line->type = LIMBER_HISTORY_LINE_DAMAGED;
  line->version = 0;
  line->has_kind = FALSE;
}

void
limber_history_line_reader_read_line (LimberHistoryLineReader  *reader,
                                      const char               *line,
                                      gsize                     length,
                                      LimberHistoryLine        *out,
                                      GError                  **error)
{
  g_auto(Parsed) parsed = { 0 };
  Span kind;

  g_return_if_fail (reader != NULL);
  g_return_if_fail (line != NULL);
  g_return_if_fail (out != NULL);

  memset (out, 0, sizeof *out);
  out->type = LIMBER_HISTORY_LINE_DAMAGED;

  switch (peek_kind (reader, line, length, &kind))
    {
    case PEEK_KIND:
      out->has_kind = TRUE;
      if (SPAN_IS (&kind, "break"))
        read_break_line (reader, line, length, out, error);
      else if (SPAN_IS (&kind, "checkin"))
        {
          out->checkin = read_checkin (reader, line, length, &out->version, error);
          if (out->checkin != NULL)
            out->type = LIMBER_HISTORY_LINE_CHECKIN;
        }
      else
        out->type = LIMBER_HISTORY_LINE_OTHER_KIND;  /* skipped silently */
      return;
    case PEEK_BAD_KIND:
      out->has_kind = TRUE;
      damaged (error, _("its “kind” is not a string"));
      return;
    case PEEK_NO_KIND:
    default:
      break;
    }

  if (!scan_line (reader, line, length, &parsed))
    {
      damaged (error, _("it is not a complete JSON object"));
      return;
    }
  out->version = parsed.record->version;
  if (parsed.amends != NULL && parsed.record->version == 0)
    damaged (error, _("it has no format version “v”"));
  else if (parsed.amends != NULL)
    {
      out->type = LIMBER_HISTORY_LINE_AMENDMENT;
      out->amends_id = g_steal_pointer (&parsed.amends);
    }
  else if (check_record (&parsed, error))
    {
      out->type = LIMBER_HISTORY_LINE_RECORD;
      out->record = g_steal_pointer (&parsed.record);
    }
}

LimberHistoryRecord *
limber_history_line_reader_read (LimberHistoryLineReader  *reader,
                                 const char               *line,
                                 gsize                     length,
                                 guint                    *version,
                                 char                    **amends_id,
                                 GError                  **error)
{
  g_auto(LimberHistoryLine) read = { 0 };

  g_return_val_if_fail (reader != NULL, NULL);
  g_return_val_if_fail (line != NULL, NULL);

  if (amends_id != NULL)
    *amends_id = NULL;

  limber_history_line_reader_read_line (reader, line, length, &read, error);
  if (version != NULL)
    *version = read.version;
  switch (read.type)
    {
    case LIMBER_HISTORY_LINE_RECORD:
      return g_steal_pointer (&read.record);
    case LIMBER_HISTORY_LINE_AMENDMENT:
      if (amends_id != NULL)
        *amends_id = g_steal_pointer (&read.amends_id);
      return NULL;
    case LIMBER_HISTORY_LINE_BREAK:
    case LIMBER_HISTORY_LINE_CHECKIN:
    case LIMBER_HISTORY_LINE_OTHER_KIND:
      damaged (error, _("it is a line of another kind, not a session"));
      return NULL;
    case LIMBER_HISTORY_LINE_DAMAGED:
    default:
      return NULL;
    }
}

LimberHistoryRecord *
limber_history_record_new_from_line (const char  *line,
                                     gsize        length,
                                     guint       *version,
                                     char       **amends_id,
                                     GError     **error)
{
  g_autoptr(LimberHistoryLineReader) reader = limber_history_line_reader_new ();

  return limber_history_line_reader_read (reader, line, length, version, amends_id, error);
}

gboolean
limber_history_line_reader_apply_amendment (LimberHistoryLineReader *reader,
                                            LimberHistoryRecord     *self,
                                            const char              *line,
                                            gsize                    length)
{
  g_auto(Parsed) parsed = { 0 };
  LimberHistoryRecord *answers;

  g_return_val_if_fail (reader != NULL, FALSE);
  g_return_val_if_fail (LIMBER_IS_HISTORY_RECORD (self), FALSE);
  g_return_val_if_fail (line != NULL, FALSE);

  if (!scan_line (reader, line, length, &parsed) || parsed.record->version == 0
      || g_strcmp0 (parsed.amends, self->id) != 0)
    return FALSE;
  answers = parsed.record;
  if (parsed.bad_answer && answers->version <= LIMBER_HISTORY_FORMAT_VERSION)
    return FALSE;

  /* An amendment holds all the answers: what it leaves out is unset. */
  limber_history_record_set_pain_before (self, answers->pain_before);
  limber_history_record_set_pain_after (self, answers->pain_after);
  limber_history_record_set_effort (self, answers->effort);
  limber_history_record_set_note (self, answers->note);
  limber_history_record_set_suggestion (self, answers->suggestion, answers->suggestion_level,
                                        answers->suggestion_response);
  return TRUE;
}

gboolean
limber_history_record_apply_amendment (LimberHistoryRecord *self,
                                       const char          *line,
                                       gsize                length)
{
  g_autoptr(LimberHistoryLineReader) reader = limber_history_line_reader_new ();

  return limber_history_line_reader_apply_amendment (reader, self, line, length);
}

char *
limber_history_line_peek_id (const char *line,
                             gsize       length)
{
  g_autoptr(LimberHistoryLineReader) reader = NULL;
  g_auto(Parsed) parsed = { 0 };

  g_return_val_if_fail (line != NULL, NULL);

  reader = limber_history_line_reader_new ();
  if (!scan_line (reader, line, length, &parsed))
    return NULL;
  /* A line with a "kind" is of that kind, whatever else it holds (as the
   * reader reads it): a check-in goes with the session it names. */
  if (g_strcmp0 (parsed.kind, "checkin") == 0)
    return g_steal_pointer (&parsed.session);
  if (parsed.kind != NULL)
    return NULL;
  if (parsed.amends != NULL)
    return g_steal_pointer (&parsed.amends);
  return g_steal_pointer (&parsed.record->id);
}

/* Check-in lines ------------------------------------------------------------ */

/* A line of kind "checkin" (docs/history-format.md, "Check-in line"). */
static LimberHistoryCheckin *
read_checkin (LimberHistoryLineReader *reader,
              const char              *line,
              gsize                    length,
              guint                   *version,
              GError                 **error)
{
  g_auto(Parsed) parsed = { 0 };

  if (!scan_line (reader, line, length, &parsed))
    damaged (error, _("it is not a complete JSON object"));
  else if (g_strcmp0 (parsed.kind, "checkin") != 0)
    damaged (error, _("it is not a check-in"));
  else
    {
      if (version != NULL)
        *version = parsed.record->version;
      if (parsed.record->version == 0)
        damaged (error, _("it has no format version “v”"));
      else if (!parsed.has_time || parsed.time_unix < MIN_UNIX || parsed.time_unix > MAX_UNIX)
        damaged (error, _("its “time” is missing or not a date"));
      else if (parsed.session == NULL)
        damaged (error, _("it has no “session”"));
      else if (!parsed.has_pain || parsed.pain > 10)
        damaged (error, _("its “pain” is missing or not 0 to 10"));
      else
        {
          g_autoptr(GTimeZone) zone = g_time_zone_new_offset (parsed.time_offset);
          g_autoptr(GDateTime) time = g_date_time_new_from_unix_utc (parsed.time_unix);
          g_autoptr(GDateTime) local = g_date_time_to_timezone (time, zone);

          return limber_history_checkin_new (parsed.session, local, (int) parsed.pain);
        }
    }
  return NULL;
}

LimberHistoryCheckin *
limber_history_checkin_new_from_line (const char  *line,
                                      gsize        length,
                                      GError     **error)
{
  g_autoptr(LimberHistoryLineReader) reader = NULL;

  g_return_val_if_fail (line != NULL, NULL);

  reader = limber_history_line_reader_new ();
  return read_checkin (reader, line, length, NULL, error);
}

char *
limber_history_checkin_to_line (LimberHistoryCheckin *self)
{
  g_autoptr(GDateTime) time = NULL;
  GString *out;

  g_return_val_if_fail (LIMBER_IS_HISTORY_CHECKIN (self), NULL);

  time = limber_history_checkin_dup_time (self);
  out = g_string_new (NULL);
  g_string_append_printf (out, "{\"v\":%u,\"kind\":\"checkin\",\"time\":", LIMBER_HISTORY_FORMAT_VERSION);
  append_iso8601 (out, time);
  g_string_append (out, ",\"session\":");
  limber_json_append_string (out, limber_history_checkin_get_session_id (self));
  g_string_append_printf (out, ",\"pain\":%d}", limber_history_checkin_get_pain (self));
  return g_string_free (out, FALSE);
}

/* The writer -------------------------------------------------------------- */

static void
append_answers (LimberHistoryRecord *self,
                GString             *out)
{
  if (self->pain_before != LIMBER_PAIN_UNSET)
    g_string_append_printf (out, ",\"pain_before\":%d", self->pain_before);
  if (self->pain_after != LIMBER_PAIN_UNSET)
    g_string_append_printf (out, ",\"pain_after\":%d", self->pain_after);
  if (self->effort != LIMBER_EFFORT_UNSET)
    g_string_append_printf (out, ",\"effort\":\"%s\"", limber_enum_to_nick (LIMBER_TYPE_EFFORT, self->effort));
  if (self->note != NULL)
    {
      g_string_append (out, ",\"note\":");
      limber_json_append_string (out, self->note);
    }
  if (self->suggestion != LIMBER_SUGGESTION_NONE)
    g_string_append_printf (out, ",\"suggestion\":{\"type\":\"%s\",\"level\":%d,\"response\":\"%s\"}",
                            limber_enum_to_nick (LIMBER_TYPE_SUGGESTION_KIND, self->suggestion),
                            self->suggestion_level,
                            limber_enum_to_nick (LIMBER_TYPE_SUGGESTION_RESPONSE, self->suggestion_response));
}

char *
limber_history_record_to_line (LimberHistoryRecord *self)
{
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;
  GString *out;

  g_return_val_if_fail (LIMBER_IS_HISTORY_RECORD (self), NULL);

  start = limber_history_record_dup_start (self);
  end = limber_history_record_dup_end (self);
  out = g_string_sized_new (256 + self->n_exercises * 64);
  g_string_append_printf (out, "{\"v\":%u,\"id\":", LIMBER_HISTORY_FORMAT_VERSION);
  limber_json_append_string (out, self->id);
  g_string_append (out, ",\"start\":");
  append_iso8601 (out, start);
  g_string_append (out, ",\"end\":");
  append_iso8601 (out, end);
  g_string_append (out, ",\"routine_id\":");
  limber_json_append_string (out, self->routine_id);
  g_string_append (out, ",\"routine_title\":");
  limber_json_append_string (out, self->routine_title);
  g_string_append_printf (out, ",\"planned_seconds\":%u,\"active_seconds\":%u,\"completed\":%s",
                          self->planned_seconds, self->active_seconds,
                          self->completed ? "true" : "false");
  if (self->level != 0)
    g_string_append_printf (out, ",\"level\":%d", self->level);
  if (self->easy_day)
    g_string_append (out, ",\"easy_day\":true");
  append_answers (self, out);
  g_string_append (out, ",\"exercises\":[");
  for (guint i = 0; i < self->n_exercises; i++)
    {
      const LimberHistoryExercise *ex = &self->exercises[i];

      g_string_append (out, i > 0 ? ",{\"name\":" : "{\"name\":");
      limber_json_append_string (out, ex->name);
      g_string_append_printf (out, ",\"done\":%u,\"planned\":%u,\"skipped\":%u}",
                              ex->sets_done, ex->sets_planned, ex->sets_skipped);
    }
  g_string_append (out, "]}");

  return g_string_free (out, FALSE);
}

char *
limber_history_record_to_amendment_line (LimberHistoryRecord *self)
{
  GString *out;

  g_return_val_if_fail (LIMBER_IS_HISTORY_RECORD (self), NULL);

  out = g_string_new (NULL);
  g_string_append_printf (out, "{\"v\":%u,\"amends\":", LIMBER_HISTORY_FORMAT_VERSION);
  limber_json_append_string (out, self->id);
  append_answers (self, out);
  g_string_append_c (out, '}');
  return g_string_free (out, FALSE);
}

char *
limber_break_event_to_line (const LimberBreakEvent *event)
{
  g_autoptr(GDateTime) time = NULL;
  GString *out;

  g_return_val_if_fail (event != NULL, NULL);

  time = limber_break_event_dup_time (event);
  out = g_string_sized_new (128);
  g_string_append_printf (out, "{\"v\":%u,\"kind\":\"break\",\"time\":", LIMBER_HISTORY_FORMAT_VERSION);
  append_iso8601 (out, time);
  g_string_append_printf (out, ",\"type\":\"%s\",\"sitting_minutes\":%u",
                          limber_break_kind_to_string (event->kind), event->sitting_minutes);
  if (event->kind == LIMBER_BREAK_REMINDED_STARTED && event->routine_id != NULL)
    {
      g_string_append (out, ",\"routine_id\":");
      limber_json_append_string (out, event->routine_id);
    }
  g_string_append_c (out, '}');
  return g_string_free (out, FALSE);
}
