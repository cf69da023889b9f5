/* limber-history-record.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reader of a history line is a small strict JSON scanner of its own:
 * json-glib 1.6 needs about 11 µs for a typical record, which would make a
 * 100,000-session history take over a second to open. The writer produces
 * plain JSON that any parser reads (the tests check it with json-glib).
 */
#define G_LOG_DOMAIN "limber-history"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "limber-error.h"
#include "limber-history-record-private.h"

struct _LimberHistoryRecord
{
  GObject parent_instance;

  char *id;
  gint64 start_unix;
  gint64 end_unix;
  gint start_offset;
  gint end_offset;
  char *routine_id;     /* GRefString, interned */
  char *routine_title;  /* GRefString, interned */
  guint planned_seconds;
  guint active_seconds;
  guint version;
  gboolean completed;
  gint pain_before;
  gint pain_after;
  LimberEffort effort;
  char *note;
  guint n_exercises;
  LimberHistoryExercise *exercises;  /* names are interned GRefStrings */
};

G_DEFINE_FINAL_TYPE (LimberHistoryRecord, limber_history_record, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (LimberEffort, limber_effort,
                    G_DEFINE_ENUM_VALUE (LIMBER_EFFORT_UNSET, "unset"),
                    G_DEFINE_ENUM_VALUE (LIMBER_EFFORT_EASY, "easy"),
                    G_DEFINE_ENUM_VALUE (LIMBER_EFFORT_RIGHT, "right"),
                    G_DEFINE_ENUM_VALUE (LIMBER_EFFORT_HARD, "hard"))

enum {
  PROP_0,
  PROP_ID,
  PROP_START,
  PROP_END,
  PROP_ROUTINE_ID,
  PROP_ROUTINE_TITLE,
  PROP_PLANNED_SECONDS,
  PROP_ACTIVE_SECONDS,
  PROP_COMPLETED,
  PROP_N_EXERCISES,
  PROP_PAIN_BEFORE,
  PROP_PAIN_AFTER,
  PROP_EFFORT,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Dates: 0001-01-01 to 9999-12-31, as GDateTime allows. */
#define MIN_UNIX G_GINT64_CONSTANT (-62135596800)
#define MAX_UNIX G_GINT64_CONSTANT (253402300799)
#define MAX_OFFSET (24 * 3600 - 1)
#define MAX_DEPTH 32

const char *
limber_effort_to_string (LimberEffort effort)
{
  switch (effort)
    {
    case LIMBER_EFFORT_EASY:
      return "easy";
    case LIMBER_EFFORT_RIGHT:
      return "right";
    case LIMBER_EFFORT_HARD:
      return "hard";
    case LIMBER_EFFORT_UNSET:
    default:
      return NULL;
    }
}

gboolean
limber_effort_from_string (const char   *str,
                           LimberEffort *effort)
{
  LimberEffort value;

  if (g_strcmp0 (str, "easy") == 0)
    value = LIMBER_EFFORT_EASY;
  else if (g_strcmp0 (str, "right") == 0)
    value = LIMBER_EFFORT_RIGHT;
  else if (g_strcmp0 (str, "hard") == 0)
    value = LIMBER_EFFORT_HARD;
  else
    return FALSE;

  if (effort != NULL)
    *effort = value;
  return TRUE;
}

/* Civil dates (proleptic Gregorian) from and to days since 1970-01-01. */
static gint64
days_from_civil (gint64 y,
                 guint  m,
                 guint  d)
{
  gint64 era, yoe, doy, doe;

  y -= m <= 2;
  era = (y >= 0 ? y : y - 399) / 400;
  yoe = y - era * 400;
  doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

static void
civil_from_days (gint64  z,
                 gint64 *year,
                 guint  *month,
                 guint  *day)
{
  gint64 era, doe, yoe, y, doy, mp;

  z += 719468;
  era = (z >= 0 ? z : z - 146096) / 146097;
  doe = z - era * 146097;
  yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  y = yoe + era * 400;
  doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  mp = (5 * doy + 2) / 153;
  *day = doy - (153 * mp + 2) / 5 + 1;
  *month = mp < 10 ? mp + 3 : mp - 9;
  *year = y + (*month <= 2);
}

static gint64
floor_div (gint64 a,
           gint64 b)
{
  return a / b - (a % b != 0 && ((a < 0) != (b < 0)));
}

static void
append_iso8601 (GString *out,
                gint64   unix_time,
                gint     offset)
{
  gint64 local = unix_time + offset;
  gint64 days = floor_div (local, 86400);
  gint64 secs = local - days * 86400;
  gint64 year;
  guint month, day;
  gint abs_offset = ABS (offset);

  civil_from_days (days, &year, &month, &day);
  g_string_append_printf (out, "%04" G_GINT64_FORMAT "-%02u-%02uT%02u:%02u:%02u%c%02u:%02u",
                          year, month, day,
                          (guint) (secs / 3600), (guint) (secs / 60 % 60), (guint) (secs % 60),
                          offset < 0 ? '-' : '+',
                          (guint) (abs_offset / 3600), (guint) (abs_offset / 60 % 60));
}

static inline gboolean
two_digits (const char *p,
            guint      *value)
{
  if (!g_ascii_isdigit (p[0]) || !g_ascii_isdigit (p[1]))
    return FALSE;
  *value = (p[0] - '0') * 10 + (p[1] - '0');
  return TRUE;
}

/* The layout Limber writes, "YYYY-MM-DDTHH:MM:SS[.fffffffff](Z|±HH:MM)", by
 * hand; FALSE when @str is anything else (even a valid date in another
 * form), so that the caller asks GDateTime. Where it answers, it answers as
 * g_date_time_new_from_iso8601 () would (the tests compare them): fractions
 * of a second are dropped, as g_date_time_to_unix () does. */
gboolean
limber_history_parse_iso8601_fast (const char *str,
                                   gsize       length,
                                   gint64     *unix_time,
                                   gint       *offset)
{
  static const guint8 month_days[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
  const char *p, *end = str + length;
  guint y1, y2, month, day, hour, minute, second;
  guint year;
  gint off;

  if (length < 20
      || !two_digits (str, &y1) || !two_digits (str + 2, &y2) || str[4] != '-'
      || !two_digits (str + 5, &month) || str[7] != '-' || !two_digits (str + 8, &day)
      || str[10] != 'T' || !two_digits (str + 11, &hour) || str[13] != ':'
      || !two_digits (str + 14, &minute) || str[16] != ':' || !two_digits (str + 17, &second))
    return FALSE;

  year = y1 * 100 + y2;
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > month_days[month - 1]
      || (month == 2 && day == 29 && !g_date_is_leap_year (year))
      || hour > 23 || minute > 59 || second > 59)
    return FALSE;

  p = str + 19;
  if (*p == '.')
    {
      const char *fraction = ++p;

      while (p < end && g_ascii_isdigit (*p))
        p++;
      /* Up to nanoseconds: GDateTime's rounding of longer ones is its own. */
      if (p == fraction || p - fraction > 9)
        return FALSE;
    }

  if (end - p == 1 && p[0] == 'Z')
    off = 0;
  else if (end - p == 6 && (p[0] == '+' || p[0] == '-') && p[3] == ':')
    {
      guint oh, om;

      if (!two_digits (p + 1, &oh) || !two_digits (p + 4, &om) || oh > 23 || om > 59)
        return FALSE;
      off = (gint) (oh * 3600 + om * 60) * (p[0] == '-' ? -1 : 1);
    }
  else
    return FALSE;

  *unix_time = days_from_civil (year, month, day) * 86400
               + hour * 3600 + minute * 60 + second - off;
  *offset = off;
  return TRUE;
}

gboolean
limber_history_parse_iso8601 (const char *str,
                              gssize      length,
                              gint64     *unix_time,
                              gint       *offset)
{
  g_autoptr(GTimeZone) utc = NULL;
  g_autoptr(GDateTime) dt = NULL;
  g_autofree char *copy = NULL;
  gsize len;

  g_return_val_if_fail (str != NULL, FALSE);

  len = length < 0 ? strlen (str) : (gsize) length;
  if (limber_history_parse_iso8601_fast (str, len, unix_time, offset))
    return TRUE;

  /* Other ISO 8601 forms (a newer writer might use them), and whatever is
   * not a date. */
  if (memchr (str, '\0', len) != NULL)
    return FALSE;
  copy = g_strndup (str, len);
  utc = g_time_zone_new_utc ();
  dt = g_date_time_new_from_iso8601 (copy, utc);
  if (dt == NULL)
    return FALSE;
  *unix_time = g_date_time_to_unix (dt);
  *offset = (gint) (g_date_time_get_utc_offset (dt) / G_TIME_SPAN_SECOND);
  return TRUE;
}

/* JSON string escaping (RFC 8259). */
static void
append_json_string (GString    *out,
                    const char *str)
{
  const char *run = str;

  g_string_append_c (out, '"');
  for (const char *p = str; *p != '\0'; p++)
    {
      guchar c = *p;

      if (c >= 0x20 && c != '"' && c != '\\')
        continue;

      g_string_append_len (out, run, p - run);
      run = p + 1;
      switch (c)
        {
        case '"':
          g_string_append (out, "\\\"");
          break;
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\r':
          g_string_append (out, "\\r");
          break;
        case '\t':
          g_string_append (out, "\\t");
          break;
        default:
          g_string_append_printf (out, "\\u%04x", c);
        }
    }
  g_string_append (out, run);
  g_string_append_c (out, '"');
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

static inline gboolean
span_is (const Span *span,
         const char *word,
         gsize       word_len)
{
  return span->len == word_len && memcmp (span->str, word, word_len) == 0;
}

#define SPAN_IS(span, literal) span_is ((span), "" literal, sizeof (literal) - 1)

/* Routine ids, titles and exercise names repeat from line to line: a reader
 * keeps one GRefString of each and gives the records references to it
 * (no global lock, unlike g_ref_string_new_intern ()). Open addressing. */
typedef struct
{
  char *str;  /* GRefString; NULL for a free slot */
  gsize len;
  guint hash;
} PoolSlot;

typedef struct
{
  PoolSlot *slots;
  guint mask;  /* the number of slots (a power of two) minus one */
  guint n_used;
} StringPool;

static guint
span_hash (const char *str,
           gsize       len)
{
  guint64 h = len * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);

  while (len >= 8)
    {
      guint64 w;

      memcpy (&w, str, 8);
      h = (h ^ w) * G_GUINT64_CONSTANT (0xFF51AFD7ED558CCD);
      h ^= h >> 29;
      str += 8;
      len -= 8;
    }
  if (len > 0)
    {
      guint64 w = 0;

      memcpy (&w, str, len);
      h = (h ^ w) * G_GUINT64_CONSTANT (0xFF51AFD7ED558CCD);
    }
  h ^= h >> 32;
  return (guint) h;
}

static void
string_pool_clear (StringPool *pool)
{
  if (pool->slots != NULL)
    for (guint i = 0; i <= pool->mask; i++)
      g_clear_pointer (&pool->slots[i].str, g_ref_string_release);
  g_clear_pointer (&pool->slots, g_free);
  pool->mask = 0;
  pool->n_used = 0;
}

static PoolSlot *
string_pool_find_slot (StringPool *pool,
                       const char *str,
                       gsize       len,
                       guint       hash)
{
  guint i = hash & pool->mask;

  while (pool->slots[i].str != NULL)
    {
      PoolSlot *slot = &pool->slots[i];

      if (slot->hash == hash && slot->len == len && memcmp (slot->str, str, len) == 0)
        return slot;
      i = (i + 1) & pool->mask;
    }
  return &pool->slots[i];
}

/* A new reference to the pooled copy of @span (a GRefString). */
static char *
string_pool_acquire (StringPool *pool,
                     const Span *span)
{
  guint hash = span_hash (span->str, span->len);
  PoolSlot *slot;

  if (pool->slots == NULL)
    {
      pool->mask = 63;
      pool->slots = g_new0 (PoolSlot, pool->mask + 1);
    }

  slot = string_pool_find_slot (pool, span->str, span->len, hash);
  if (slot->str != NULL)
    return g_ref_string_acquire (slot->str);

  if ((pool->n_used + 1) * 2 > pool->mask + 1)
    {
      PoolSlot *old = pool->slots;
      guint old_mask = pool->mask;

      pool->mask = old_mask * 2 + 1;
      pool->slots = g_new0 (PoolSlot, pool->mask + 1);
      for (guint i = 0; i <= old_mask; i++)
        if (old[i].str != NULL)
          *string_pool_find_slot (pool, old[i].str, old[i].len, old[i].hash) = old[i];
      g_free (old);
      slot = string_pool_find_slot (pool, span->str, span->len, hash);
    }

  slot->str = g_ref_string_new_len (span->str, span->len);
  slot->len = span->len;
  slot->hash = hash;
  pool->n_used++;
  return g_ref_string_acquire (slot->str);
}

struct _LimberHistoryLineReader
{
  GString *key;      /* member names with escapes */
  GString *value;    /* string values with escapes */
  GArray *exercises; /* LimberHistoryExercise of the line being read */
  StringPool pool;
};

LimberHistoryLineReader *
limber_history_line_reader_new (void)
{
  LimberHistoryLineReader *reader = g_new0 (LimberHistoryLineReader, 1);

  reader->key = g_string_sized_new (32);
  reader->value = g_string_sized_new (64);
  reader->exercises = g_array_new (FALSE, FALSE, sizeof (LimberHistoryExercise));
  return reader;
}

void
limber_history_line_reader_free (LimberHistoryLineReader *reader)
{
  if (reader == NULL)
    return;
  g_string_free (reader->key, TRUE);
  g_string_free (reader->value, TRUE);
  g_array_unref (reader->exercises);
  string_pool_clear (&reader->pool);
  g_free (reader);
}

static inline void
skip_ws (Scan *s)
{
  /* Limber writes no white space: one test for the usual case. */
  while (s->p < s->end && (guchar) *s->p <= ' '
         && (*s->p == ' ' || *s->p == '\t' || *s->p == '\r' || *s->p == '\n'))
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

static inline void
skip_plain_chars (Scan *s)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  const guint64 highs = G_GUINT64_CONSTANT (0x8080808080808080);

  /* Eight bytes at a time while none is '"', '\\' or below 0x20. */
  while (s->end - s->p >= 8)
    {
      guint64 w, quote, backslash;

      memcpy (&w, s->p, 8);
      quote = w ^ (ones * '"');
      backslash = w ^ (ones * '\\');
      if ((((quote - ones) & ~quote) | ((backslash - ones) & ~backslash) | ((w - ones * 0x20) & ~w)) & highs)
        break;
      s->p += 8;
    }
  while (s->p < s->end && *s->p != '"' && *s->p != '\\' && (guchar) *s->p >= 0x20)
    s->p++;
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

  run = s->p;
  skip_plain_chars (s);
  if (s->p >= s->end || (guchar) *s->p < 0x20)
    return FALSE;
  if (*s->p == '"')
    {
      if (out != NULL)
        {
          out->str = run;
          out->len = s->p - run;
        }
      s->p++;
      return TRUE;
    }

  /* Escapes: the string is decoded into @scratch. */
  if (out != NULL)
    g_string_truncate (scratch, 0);
  for (;;)
    {
      gunichar u;

      if (out != NULL && s->p > run)
        g_string_append_len (scratch, run, s->p - run);
      if (s->p >= s->end || (guchar) *s->p < 0x20)
        return FALSE;
      if (*s->p == '"')
        {
          s->p++;
          if (out != NULL)
            {
              out->str = scratch->str;
              out->len = scratch->len;
            }
          return TRUE;
        }

      s->p++;  /* the backslash */
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
          if (!scan_hex4 (s, &u))
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
          else if (u >= 0xDC00 && u <= 0xDFFF)
            return FALSE;
          else if (u == 0)
            return FALSE;
          break;
        default:
          return FALSE;
        }
      if (out != NULL)
        g_string_append_unichar (scratch, u);

      run = s->p;
      skip_plain_chars (s);
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
      while (s->p < s->end && g_ascii_isdigit (*s->p))
        {
          if (n_digits < 15)
            v = v * 10 + (*s->p - '0');
          n_digits++;
          s->p++;
        }
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

static inline gboolean
scan_word (Scan       *s,
           const char *word,
           gsize       len)
{
  skip_ws (s);
  if ((gsize) (s->end - s->p) < len || memcmp (s->p, word, len) != 0)
    return FALSE;
  s->p += len;
  return TRUE;
}

#define scan_literal(s, literal) scan_word ((s), "" literal, sizeof (literal) - 1)

static gboolean skip_value (Scan *s, guint depth);

static gboolean
skip_container (Scan  *s,
                char   close,
                guint  depth)
{
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
skip_value (Scan  *s,
            guint  depth)
{
  gint64 v;
  gboolean is_int;

  skip_ws (s);
  if (s->p >= s->end)
    return FALSE;
  switch (*s->p)
    {
    case '"':
      return scan_string (s, NULL, NULL);
    case '{':
      s->p++;
      return skip_container (s, '}', depth);
    case '[':
      s->p++;
      return skip_container (s, ']', depth);
    case 't':
      return scan_literal (s, "true");
    case 'f':
      return scan_literal (s, "false");
    case 'n':
      return scan_literal (s, "null");
    default:
      return scan_number (s, &v, &is_int);
    }
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

/* What a line holds. */
typedef struct
{
  LimberHistoryLineReader *reader;
  guint version;
  char *id;
  char *amends;
  gboolean has_start, has_end, has_planned, has_active, has_completed, has_exercises;
  gint64 start_unix, end_unix;
  gint start_offset, end_offset;
  char *routine_id;     /* GRefString from the reader's pool */
  char *routine_title;  /* GRefString from the reader's pool */
  guint planned_seconds;
  guint active_seconds;
  gboolean completed;
  gint pain_before;
  gint pain_after;
  LimberEffort effort;
  gboolean bad_answer;  /* an answer with an unknown value */
  char *note;
  GArray *exercises;    /* the reader's, once the line has "exercises" */
} Parsed;

static void
parsed_clear (Parsed *parsed)
{
  g_clear_pointer (&parsed->id, g_free);
  g_clear_pointer (&parsed->amends, g_free);
  g_clear_pointer (&parsed->routine_id, g_ref_string_release);
  g_clear_pointer (&parsed->routine_title, g_ref_string_release);
  g_clear_pointer (&parsed->note, g_free);
  if (parsed->exercises != NULL)
    {
      for (guint i = 0; i < parsed->exercises->len; i++)
        g_ref_string_release ((char *) g_array_index (parsed->exercises, LimberHistoryExercise, i).name);
      g_array_set_size (parsed->exercises, 0);
      parsed->exercises = NULL;
    }
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
  if (v > 10)
    {
      parsed->bad_answer = TRUE;
      *pain = LIMBER_PAIN_UNSET;
    }
  else
    *pain = (gint) v;
  return TRUE;
}

static gboolean
scan_exercise (Scan                    *s,
               LimberHistoryLineReader *reader,
               GArray                  *exercises)
{
  LimberHistoryExercise ex = { NULL, 0, 0, 0 };
  gboolean has_name = FALSE, has_done = FALSE, has_planned = FALSE;
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
                  ex.name = string_pool_acquire (&reader->pool, &value);
                  has_name = TRUE;
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

  if (!ok || !has_name || !has_done || !has_planned)
    {
      g_clear_pointer ((char **) &ex.name, g_ref_string_release);
      return FALSE;
    }
  g_array_append_val (exercises, ex);
  return TRUE;
}

/* "id" and "amends": a non-empty string. */
static gboolean
scan_id (Scan    *s,
         GString *scratch,
         char   **target)
{
  Span value;

  if (!scan_string (s, scratch, &value) || value.len == 0)
    return FALSE;
  g_free (*target);
  *target = g_strndup (value.str, value.len);
  return TRUE;
}

static gboolean
scan_date (Scan     *s,
           GString  *scratch,
           gint64   *unix_time,
           gint     *offset,
           gboolean *has_date)
{
  Span value;

  if (!scan_string (s, scratch, &value)
      || !limber_history_parse_iso8601 (value.str, value.len, unix_time, offset))
    return FALSE;
  *has_date = TRUE;
  return TRUE;
}

static gboolean
scan_pooled (Scan                    *s,
             LimberHistoryLineReader *reader,
             char                   **target)
{
  Span value;

  if (!scan_string (s, reader->value, &value))
    return FALSE;
  g_clear_pointer (target, g_ref_string_release);
  *target = string_pool_acquire (&reader->pool, &value);
  return TRUE;
}

static gboolean
scan_effort (Scan    *s,
             GString *scratch,
             Parsed  *parsed)
{
  Span value;

  if (scan_literal (s, "null"))
    {
      parsed->effort = LIMBER_EFFORT_UNSET;
      return TRUE;
    }
  if (!scan_string (s, scratch, &value))
    return FALSE;
  if (SPAN_IS (&value, "easy"))
    parsed->effort = LIMBER_EFFORT_EASY;
  else if (SPAN_IS (&value, "right"))
    parsed->effort = LIMBER_EFFORT_RIGHT;
  else if (SPAN_IS (&value, "hard"))
    parsed->effort = LIMBER_EFFORT_HARD;
  else
    {
      parsed->effort = LIMBER_EFFORT_UNSET;
      parsed->bad_answer = TRUE;
    }
  return TRUE;
}

static gboolean
scan_note (Scan    *s,
           GString *scratch,
           Parsed  *parsed)
{
  Span value;

  if (scan_literal (s, "null"))
    {
      g_clear_pointer (&parsed->note, g_free);
      return TRUE;
    }
  if (!scan_string (s, scratch, &value))
    return FALSE;
  g_free (parsed->note);
  parsed->note = value.len > 0 ? g_strndup (value.str, value.len) : NULL;
  return TRUE;
}

static gboolean
scan_exercises (Scan   *s,
                Parsed *parsed)
{
  if (!expect (s, '['))
    return FALSE;
  if (parsed->exercises == NULL)
    parsed->exercises = parsed->reader->exercises;
  parsed->has_exercises = TRUE;
  if (expect (s, ']'))
    return TRUE;
  do
    {
      if (!scan_exercise (s, parsed->reader, parsed->exercises))
        return FALSE;
    }
  while (expect (s, ','));
  return expect (s, ']');
}

/* One member, by the length of its name first; unknown ones are skipped. */
static gboolean
scan_member (Scan       *s,
             const Span *key,
             Parsed     *parsed)
{
  LimberHistoryLineReader *reader = parsed->reader;
  GString *scratch = reader->value;

  switch (key->len)
    {
    case 1:
      if (key->str[0] == 'v')
        return scan_uint (s, &parsed->version) && parsed->version >= 1;
      break;
    case 2:
      if (SPAN_IS (key, "id"))
        return scan_id (s, scratch, &parsed->id);
      break;
    case 3:
      if (SPAN_IS (key, "end"))
        return scan_date (s, scratch, &parsed->end_unix, &parsed->end_offset, &parsed->has_end);
      break;
    case 4:
      if (SPAN_IS (key, "note"))
        return scan_note (s, scratch, parsed);
      break;
    case 5:
      if (SPAN_IS (key, "start"))
        return scan_date (s, scratch, &parsed->start_unix, &parsed->start_offset, &parsed->has_start);
      break;
    case 6:
      if (SPAN_IS (key, "amends"))
        return scan_id (s, scratch, &parsed->amends);
      if (SPAN_IS (key, "effort"))
        return scan_effort (s, scratch, parsed);
      break;
    case 9:
      if (SPAN_IS (key, "completed"))
        return parsed->has_completed = scan_bool (s, &parsed->completed);
      if (SPAN_IS (key, "exercises"))
        return scan_exercises (s, parsed);
      break;
    case 10:
      if (SPAN_IS (key, "routine_id"))
        return scan_pooled (s, reader, &parsed->routine_id);
      if (SPAN_IS (key, "pain_after"))
        return scan_pain (s, parsed, &parsed->pain_after);
      break;
    case 11:
      if (SPAN_IS (key, "pain_before"))
        return scan_pain (s, parsed, &parsed->pain_before);
      break;
    case 13:
      if (SPAN_IS (key, "routine_title"))
        return scan_pooled (s, reader, &parsed->routine_title);
      break;
    case 14:
      if (SPAN_IS (key, "active_seconds"))
        return parsed->has_active = scan_uint (s, &parsed->active_seconds);
      break;
    case 15:
      if (SPAN_IS (key, "planned_seconds"))
        return parsed->has_planned = scan_uint (s, &parsed->planned_seconds);
      break;
    default:
      break;
    }

  return skip_value (s, 1);
}

/* g_utf8_validate_len (), with a fast path for ASCII without U+0000 (what
 * nearly every line is), eight bytes at a time. */
static gboolean
validate_utf8 (const char *str,
               gsize       length)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  const guint64 highs = G_GUINT64_CONSTANT (0x8080808080808080);
  gsize i = 0;

  for (; i + 8 <= length; i += 8)
    {
      guint64 w;

      memcpy (&w, str + i, 8);
      /* A byte ≥ 0x80, or a zero byte. */
      if (((w | ((w - ones) & ~w)) & highs) != 0)
        return g_utf8_validate_len (str, length, NULL);
    }
  for (; i < length; i++)
    if ((guint) (guchar) str[i] - 1u >= 0x7Fu)
      return g_utf8_validate_len (str, length, NULL);
  return TRUE;
}

/* Parses the object of a line; FALSE when it is not a JSON object. */
static gboolean
scan_line (LimberHistoryLineReader *reader,
           const char              *line,
           gsize                    length,
           Parsed                  *parsed)
{
  Scan s = { line, line + length };

  parsed->reader = reader;
  parsed->pain_before = LIMBER_PAIN_UNSET;
  parsed->pain_after = LIMBER_PAIN_UNSET;

  if (!validate_utf8 (line, length))
    return FALSE;
  if (!expect (&s, '{'))
    return FALSE;

  if (!expect (&s, '}'))
    {
      do
        {
          Span key;

          if (!scan_string (&s, reader->key, &key) || !expect (&s, ':'))
            return FALSE;
          if (!scan_member (&s, &key, parsed))
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
  if (parsed->version == 0)
    return damaged (error, _("it has no format version “v”"));
  if (parsed->id == NULL)
    return damaged (error, _("it has no “id”"));
  if (!parsed->has_start || !parsed->has_end)
    return damaged (error, _("its “start” or “end” is missing or not a date"));
  if (parsed->start_unix < MIN_UNIX || parsed->start_unix > MAX_UNIX
      || parsed->end_unix < MIN_UNIX || parsed->end_unix > MAX_UNIX)
    return damaged (error, _("its dates are out of range"));
  if (parsed->routine_id == NULL || parsed->routine_title == NULL)
    return damaged (error, _("its “routine_id” or “routine_title” is missing"));
  if (!parsed->has_planned || !parsed->has_active || !parsed->has_completed)
    return damaged (error, _("its “planned_seconds”, “active_seconds” or “completed” is missing"));
  if (parsed->bad_answer && parsed->version <= LIMBER_HISTORY_FORMAT_VERSION)
    return damaged (error, _("a rating is out of range"));
  return TRUE;
}

LimberHistoryRecord *
limber_history_line_reader_read (LimberHistoryLineReader  *reader,
                                 const char               *line,
                                 gsize                     length,
                                 guint                    *version,
                                 char                    **amends_id,
                                 GError                  **error)
{
  g_auto(Parsed) parsed = { 0 };
  LimberHistoryRecord *self;

  g_return_val_if_fail (reader != NULL, NULL);
  g_return_val_if_fail (line != NULL, NULL);

  if (version != NULL)
    *version = 0;
  if (amends_id != NULL)
    *amends_id = NULL;

  if (!scan_line (reader, line, length, &parsed))
    {
      damaged (error, _("it is not a complete JSON object"));
      return NULL;
    }
  if (version != NULL)
    *version = parsed.version;

  if (parsed.amends != NULL)
    {
      if (parsed.version == 0)
        {
          damaged (error, _("it has no format version “v”"));
          return NULL;
        }
      if (amends_id != NULL)
        *amends_id = g_steal_pointer (&parsed.amends);
      return NULL;
    }

  if (!check_record (&parsed, error))
    return NULL;

  self = g_object_new (LIMBER_TYPE_HISTORY_RECORD, NULL);
  self->version = parsed.version;
  self->id = g_steal_pointer (&parsed.id);
  self->start_unix = parsed.start_unix;
  self->start_offset = parsed.start_offset;
  self->end_unix = parsed.end_unix;
  self->end_offset = parsed.end_offset;
  self->routine_id = g_steal_pointer (&parsed.routine_id);
  self->routine_title = g_steal_pointer (&parsed.routine_title);
  self->planned_seconds = parsed.planned_seconds;
  self->active_seconds = parsed.active_seconds;
  self->completed = parsed.completed;
  self->pain_before = parsed.pain_before;
  self->pain_after = parsed.pain_after;
  self->effort = parsed.effort;
  self->note = g_steal_pointer (&parsed.note);
  if (parsed.exercises != NULL && parsed.exercises->len > 0)
    {
      /* The names move to the record with the copy. */
      self->n_exercises = parsed.exercises->len;
      self->exercises = g_memdup2 (parsed.exercises->data,
                                   parsed.exercises->len * sizeof (LimberHistoryExercise));
      g_array_set_size (parsed.exercises, 0);
    }

  return self;
}

LimberHistoryRecord *
limber_history_record_new_from_line (const char  *line,
                                     gsize        length,
                                     guint       *version,
                                     char       **amends_id,
                                     GError     **error)
{
  g_autoptr(LimberHistoryLineReader) reader = NULL;

  g_return_val_if_fail (line != NULL, NULL);

  reader = limber_history_line_reader_new ();
  return limber_history_line_reader_read (reader, line, length, version, amends_id, error);
}

gboolean
limber_history_line_reader_apply_amendment (LimberHistoryLineReader *reader,
                                            LimberHistoryRecord     *self,
                                            const char              *line,
                                            gsize                    length)
{
  g_auto(Parsed) parsed = { 0 };

  g_return_val_if_fail (reader != NULL, FALSE);
  g_return_val_if_fail (LIMBER_IS_HISTORY_RECORD (self), FALSE);
  g_return_val_if_fail (line != NULL, FALSE);

  if (!scan_line (reader, line, length, &parsed) || parsed.version == 0
      || g_strcmp0 (parsed.amends, self->id) != 0)
    return FALSE;
  if (parsed.bad_answer && parsed.version <= LIMBER_HISTORY_FORMAT_VERSION)
    return FALSE;

  /* An amendment holds all the answers: what it leaves out is unset. */
  limber_history_record_set_pain_before (self, parsed.pain_before);
  limber_history_record_set_pain_after (self, parsed.pain_after);
  limber_history_record_set_effort (self, parsed.effort);
  limber_history_record_set_note (self, parsed.note);
  return TRUE;
}

gboolean
limber_history_record_apply_amendment (LimberHistoryRecord *self,
                                       const char          *line,
                                       gsize                length)
{
  g_autoptr(LimberHistoryLineReader) reader = NULL;

  g_return_val_if_fail (LIMBER_IS_HISTORY_RECORD (self), FALSE);
  g_return_val_if_fail (line != NULL, FALSE);

  reader = limber_history_line_reader_new ();
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
  if (parsed.amends != NULL)
    return g_steal_pointer (&parsed.amends);
  return g_steal_pointer (&parsed.id);
}

static void
append_answers (LimberHistoryRecord *self,
                GString             *out)
{
  if (self->pain_before != LIMBER_PAIN_UNSET)
    g_string_append_printf (out, ",\"pain_before\":%d", self->pain_before);
  if (self->pain_after != LIMBER_PAIN_UNSET)
    g_string_append_printf (out, ",\"pain_after\":%d", self->pain_after);
  if (self->effort != LIMBER_EFFORT_UNSET)
    g_string_append_printf (out, ",\"effort\":\"%s\"", limber_effort_to_string (self->effort));
  if (self->note != NULL)
    {
      g_string_append (out, ",\"note\":");
      append_json_string (out, self->note);
    }
}

char *
limber_history_record_to_line (LimberHistoryRecord *self)
{
  GString *out;

  g_return_val_if_fail (LIMBER_IS_HISTORY_RECORD (self), NULL);

  out = g_string_sized_new (256 + self->n_exercises * 64);
  g_string_append_printf (out, "{\"v\":%u,\"id\":", LIMBER_HISTORY_FORMAT_VERSION);
  append_json_string (out, self->id);
  g_string_append (out, ",\"start\":\"");
  append_iso8601 (out, self->start_unix, self->start_offset);
  g_string_append (out, "\",\"end\":\"");
  append_iso8601 (out, self->end_unix, self->end_offset);
  g_string_append (out, "\",\"routine_id\":");
  append_json_string (out, self->routine_id);
  g_string_append (out, ",\"routine_title\":");
  append_json_string (out, self->routine_title);
  g_string_append_printf (out, ",\"planned_seconds\":%u,\"active_seconds\":%u,\"completed\":%s",
                          self->planned_seconds, self->active_seconds,
                          self->completed ? "true" : "false");
  append_answers (self, out);
  g_string_append (out, ",\"exercises\":[");
  for (guint i = 0; i < self->n_exercises; i++)
    {
      const LimberHistoryExercise *ex = &self->exercises[i];

      if (i > 0)
        g_string_append_c (out, ',');
      g_string_append (out, "{\"name\":");
      append_json_string (out, ex->name);
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
  append_json_string (out, self->id);
  append_answers (self, out);
  g_string_append_c (out, '}');
  return g_string_free (out, FALSE);
}

/* GObject ----------------------------------------------------------------- */

static void
limber_history_record_finalize (GObject *object)
{
  LimberHistoryRecord *self = (LimberHistoryRecord *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->routine_id, g_ref_string_release);
  g_clear_pointer (&self->routine_title, g_ref_string_release);
  g_clear_pointer (&self->note, g_free);
  for (guint i = 0; i < self->n_exercises; i++)
    g_ref_string_release ((char *) self->exercises[i].name);
  g_clear_pointer (&self->exercises, g_free);

  G_OBJECT_CLASS (limber_history_record_parent_class)->finalize (object);
}

static void
limber_history_record_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  LimberHistoryRecord *self = LIMBER_HISTORY_RECORD (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_START:
      g_value_take_boxed (value, limber_history_record_dup_start (self));
      break;
    case PROP_END:
      g_value_take_boxed (value, limber_history_record_dup_end (self));
      break;
    case PROP_ROUTINE_ID:
      g_value_set_string (value, self->routine_id);
      break;
    case PROP_ROUTINE_TITLE:
      g_value_set_string (value, self->routine_title);
      break;
    case PROP_PLANNED_SECONDS:
      g_value_set_uint (value, self->planned_seconds);
      break;
    case PROP_ACTIVE_SECONDS:
      g_value_set_uint (value, self->active_seconds);
      break;
    case PROP_COMPLETED:
      g_value_set_boolean (value, self->completed);
      break;
    case PROP_N_EXERCISES:
      g_value_set_uint (value, self->n_exercises);
      break;
    case PROP_PAIN_BEFORE:
      g_value_set_int (value, self->pain_before);
      break;
    case PROP_PAIN_AFTER:
      g_value_set_int (value, self->pain_after);
      break;
    case PROP_EFFORT:
      g_value_set_enum (value, self->effort);
      break;
    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_history_record_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  LimberHistoryRecord *self = LIMBER_HISTORY_RECORD (object);

  switch (prop_id)
    {
    case PROP_PAIN_BEFORE:
      limber_history_record_set_pain_before (self, g_value_get_int (value));
      break;
    case PROP_PAIN_AFTER:
      limber_history_record_set_pain_after (self, g_value_get_int (value));
      break;
    case PROP_EFFORT:
      limber_history_record_set_effort (self, g_value_get_enum (value));
      break;
    case PROP_NOTE:
      limber_history_record_set_note (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_history_record_class_init (LimberHistoryRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = limber_history_record_finalize;
  object_class->get_property = limber_history_record_get_property;
  object_class->set_property = limber_history_record_set_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, ro);
  properties[PROP_START] = g_param_spec_boxed ("start", NULL, NULL, G_TYPE_DATE_TIME, ro);
  properties[PROP_END] = g_param_spec_boxed ("end", NULL, NULL, G_TYPE_DATE_TIME, ro);
  properties[PROP_ROUTINE_ID] = g_param_spec_string ("routine-id", NULL, NULL, NULL, ro);
  properties[PROP_ROUTINE_TITLE] = g_param_spec_string ("routine-title", NULL, NULL, NULL, ro);
  properties[PROP_PLANNED_SECONDS] =
    g_param_spec_uint ("planned-seconds", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_ACTIVE_SECONDS] =
    g_param_spec_uint ("active-seconds", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_COMPLETED] = g_param_spec_boolean ("completed", NULL, NULL, FALSE, ro);
  properties[PROP_N_EXERCISES] =
    g_param_spec_uint ("n-exercises", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_PAIN_BEFORE] =
    g_param_spec_int ("pain-before", NULL, NULL, LIMBER_PAIN_UNSET, 10, LIMBER_PAIN_UNSET, rw);
  properties[PROP_PAIN_AFTER] =
    g_param_spec_int ("pain-after", NULL, NULL, LIMBER_PAIN_UNSET, 10, LIMBER_PAIN_UNSET, rw);
  properties[PROP_EFFORT] =
    g_param_spec_enum ("effort", NULL, NULL, LIMBER_TYPE_EFFORT, LIMBER_EFFORT_UNSET, rw);
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, NULL, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
limber_history_record_init (LimberHistoryRecord *self)
{
  self->version = LIMBER_HISTORY_FORMAT_VERSION;
  self->pain_before = LIMBER_PAIN_UNSET;
  self->pain_after = LIMBER_PAIN_UNSET;
}

LimberHistoryRecord *
limber_history_record_new (const char *routine_id,
                           const char *routine_title,
                           GDateTime  *start,
                           GDateTime  *end,
                           guint       planned_seconds,
                           guint       active_seconds,
                           gboolean    completed)
{
  LimberHistoryRecord *self;

  g_return_val_if_fail (routine_id != NULL, NULL);
  g_return_val_if_fail (routine_title != NULL, NULL);
  g_return_val_if_fail (start != NULL, NULL);
  g_return_val_if_fail (end != NULL, NULL);

  self = g_object_new (LIMBER_TYPE_HISTORY_RECORD, NULL);
  self->id = g_uuid_string_random ();
  self->routine_id = g_ref_string_new_intern (routine_id);
  self->routine_title = g_ref_string_new_intern (routine_title);
  self->start_unix = g_date_time_to_unix (start);
  self->start_offset = (gint) (g_date_time_get_utc_offset (start) / G_TIME_SPAN_SECOND);
  self->end_unix = g_date_time_to_unix (end);
  self->end_offset = (gint) (g_date_time_get_utc_offset (end) / G_TIME_SPAN_SECOND);
  self->planned_seconds = planned_seconds;
  self->active_seconds = active_seconds;
  self->completed = !!completed;
  return self;
}

void
limber_history_record_add_exercise (LimberHistoryRecord *self,
                                    const char          *name,
                                    guint                sets_done,
                                    guint                sets_planned,
                                    guint                sets_skipped)
{
  LimberHistoryExercise *ex;

  g_return_if_fail (LIMBER_IS_HISTORY_RECORD (self));
  g_return_if_fail (name != NULL);

  self->exercises = g_renew (LimberHistoryExercise, self->exercises, self->n_exercises + 1);
  ex = &self->exercises[self->n_exercises++];
  ex->name = g_ref_string_new_intern (name);
  ex->sets_done = sets_done;
  ex->sets_planned = sets_planned;
  ex->sets_skipped = sets_skipped;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_EXERCISES]);
}

LimberHistoryRecord *
limber_history_record_new_from_session (LimberSession *session,
                                        GDateTime     *start,
                                        GDateTime     *end)
{
  LimberSessionState state;
  LimberHistoryRecord *self;
  LimberPlan *plan;
  guint n_exercises, n_steps;
  g_autofree const LimberStep **first_work = NULL;
  gint64 active_ms;

  g_return_val_if_fail (LIMBER_IS_SESSION (session), NULL);
  g_return_val_if_fail (start != NULL, NULL);
  g_return_val_if_fail (end != NULL, NULL);
  state = limber_session_get_state (session);
  g_return_val_if_fail (state == LIMBER_SESSION_FINISHED || state == LIMBER_SESSION_STOPPED, NULL);

  if (!limber_session_get_did_work (session))
    return NULL;

  plan = limber_session_get_plan (session);
  active_ms = MAX (limber_session_get_active_ms (session), 0);
  self = limber_history_record_new (limber_plan_get_routine_id (plan),
                                    limber_plan_get_routine_title (plan),
                                    start, end,
                                    limber_plan_get_total_seconds (plan),
                                    (guint) MIN ((active_ms + 500) / 1000, G_MAXUINT),
                                    state == LIMBER_SESSION_FINISHED);

  n_exercises = limber_plan_get_n_exercises (plan);
  n_steps = limber_plan_get_n_steps (plan);
  first_work = g_new0 (const LimberStep *, MAX (n_exercises, 1));
  for (guint i = 0; i < n_steps; i++)
    {
      const LimberStep *step = limber_plan_get_step (plan, i);

      if (step->kind == LIMBER_STEP_WORK && step->exercise_index < n_exercises
          && first_work[step->exercise_index] == NULL)
        first_work[step->exercise_index] = step;
    }

  for (guint i = 0; i < n_exercises; i++)
    {
      const LimberStep *step = first_work[i];

      limber_history_record_add_exercise (self,
                                          step != NULL ? step->name : "",
                                          limber_session_get_completed_sets (session, i),
                                          step != NULL ? step->n_sets * step->n_rounds : 0,
                                          limber_session_get_skipped_sets (session, i));
    }

  return self;
}

/* Accessors --------------------------------------------------------------- */

const char *
limber_history_record_get_id (LimberHistoryRecord *self)
{
  g_return_val_if_fail (LIMBER_IS_HISTORY_RECORD (self), NULL);
  return self->id;
}

static GDateTime *
make_date_time (gint64 unix_time,
                gint   offset)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_offset (offset);
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (unix_time);

  return g_date_time_to_timezone (utc, tz);
}

GDateTime *
limber_history_record_dup_start (LimberHistoryRecord *self)
{
  g_return_val_if_fail (LIMBER_IS_HISTORY_RECORD (self), NULL);
  return make_date_time (self->start_unix, self->start_offset);
}

GDateTime *
limber_history_record_dup_end (LimberHistoryRecord *self)
{
  g_return_val_if_fail (LIMBER_IS_HISTORY_RECORD (self), NULL);
  return make_date_time (self->end_unix, self->end_offset);
}

gint64
limber_history_record_get_start_unix (LimberHistoryRecord *self)
{
  g_return_val_if_fail (LIMBER_IS_HISTORY_RECORD (self), 0);
  return self->start_unix;
}

gint
limber_history_record_get_start_offset (LimberHistoryRecord *self)
{
  g_return_val_if_fail (LIMBER_IS_HISTORY_RECORD (self), 0);
  return self->start_offset;
}

gint64
limber_history_record_get_end_unix (LimberHistoryRecord *self)
{
  g_return_val_if_fail (LIMBER_IS_HISTORY_RECORD (self), 0);
  return self->end_unix;
}

gint
limber_history_record_get_end_offset (LimberHistoryRecord *self)
{
  g_return_val_if_fail (LIMBER_IS_HISTORY_RECORD (self), 0);
  return self->end_offset;
}

void
limber_history_record_peek_summary (LimberHistoryRecord        *self,
                                    LimberHistoryRecordSummary *summary)
{
  g_return_if_fail (LIMBER_IS_HISTORY_RECORD (self));

  summary->start_unix = self->start_unix;
  summary->routine_id = self->routine_id;
  summary->routine_title = self->routine_title;
  summary->active_seconds = self->active_seconds;
  summary->completed = self->completed;
  summary->pain_before = self->pain_before;
  summary->pain_after = self->pain_after;
}

const char *
limber_history_record_get_routine_id (LimberHistoryRecord *self)
{
  g_return_val_if_fail (LIMBER_IS_HISTORY_RECORD (self), NULL);
  return self->routine_id;
}

const char *
limber_history_record_get_routine_title (LimberHistoryRecord *self)
{
  g_return_val_if_fail (LIMBER_IS_HISTORY_RECORD (self), NULL);
  return self->routine_title;
}

guint
limber_history_record_get_planned_seconds (LimberHistoryRecord *self)
{
  g_return_val_if_fail (LIMBER_IS_HISTORY_RECORD (self), 0);
  return self->planned_seconds;
}

guint
limber_history_record_get_active_seconds (LimberHistoryRecord *self)
{
  g_return_val_if_fail (LIMBER_IS_HISTORY_RECORD (self), 0);
  return self->active_seconds;
}

gboolean
limber_history_record_get_completed (LimberHistoryRecord *self)
{
  g_return_val_if_fail (LIMBER_IS_HISTORY_RECORD (self), FALSE);
  return self->completed;
}

guint
limber_history_record_get_version (LimberHistoryRecord *self)
{
  g_return_val_if_fail (LIMBER_IS_HISTORY_RECORD (self), 0);
  return self->version;
}

guint
limber_history_record_get_n_exercises (LimberHistoryRecord *self)
{
  g_return_val_if_fail (LIMBER_IS_HISTORY_RECORD (self), 0);
  return self->n_exercises;
}

const LimberHistoryExercise *
limber_history_record_get_exercise (LimberHistoryRecord *self,
                                    guint                index)
{
  g_return_val_if_fail (LIMBER_IS_HISTORY_RECORD (self), NULL);
  if (index >= self->n_exercises)
    return NULL;
  return &self->exercises[index];
}

void
limber_history_record_get_set_totals (LimberHistoryRecord *self,
                                      guint               *done,
                                      guint               *planned,
                                      guint               *skipped)
{
  guint d = 0, p = 0, s = 0;

  g_return_if_fail (LIMBER_IS_HISTORY_RECORD (self));

  for (guint i = 0; i < self->n_exercises; i++)
    {
      d += self->exercises[i].sets_done;
      p += self->exercises[i].sets_planned;
      s += self->exercises[i].sets_skipped;
    }
  if (done != NULL)
    *done = d;
  if (planned != NULL)
    *planned = p;
  if (skipped != NULL)
    *skipped = s;
}

gint
limber_history_record_get_pain_before (LimberHistoryRecord *self)
{
  g_return_val_if_fail (LIMBER_IS_HISTORY_RECORD (self), LIMBER_PAIN_UNSET);
  return self->pain_before;
}

void
limber_history_record_set_pain_before (LimberHistoryRecord *self,
                                       gint                 pain)
{
  g_return_if_fail (LIMBER_IS_HISTORY_RECORD (self));
  g_return_if_fail (pain >= LIMBER_PAIN_UNSET && pain <= 10);

  if (self->pain_before == pain)
    return;
  self->pain_before = pain;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAIN_BEFORE]);
}

gint
limber_history_record_get_pain_after (LimberHistoryRecord *self)
{
  g_return_val_if_fail (LIMBER_IS_HISTORY_RECORD (self), LIMBER_PAIN_UNSET);
  return self->pain_after;
}

void
limber_history_record_set_pain_after (LimberHistoryRecord *self,
                                      gint                 pain)
{
  g_return_if_fail (LIMBER_IS_HISTORY_RECORD (self));
  g_return_if_fail (pain >= LIMBER_PAIN_UNSET && pain <= 10);

  if (self->pain_after == pain)
    return;
  self->pain_after = pain;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAIN_AFTER]);
}

LimberEffort
limber_history_record_get_effort (LimberHistoryRecord *self)
{
  g_return_val_if_fail (LIMBER_IS_HISTORY_RECORD (self), LIMBER_EFFORT_UNSET);
  return self->effort;
}

void
limber_history_record_set_effort (LimberHistoryRecord *self,
                                  LimberEffort         effort)
{
  g_return_if_fail (LIMBER_IS_HISTORY_RECORD (self));
  g_return_if_fail (effort >= LIMBER_EFFORT_UNSET && effort <= LIMBER_EFFORT_HARD);

  if (self->effort == effort)
    return;
  self->effort = effort;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EFFORT]);
}

const char *
limber_history_record_get_note (LimberHistoryRecord *self)
{
  g_return_val_if_fail (LIMBER_IS_HISTORY_RECORD (self), NULL);
  return self->note;
}

void
limber_history_record_set_note (LimberHistoryRecord *self,
                                const char          *note)
{
  g_return_if_fail (LIMBER_IS_HISTORY_RECORD (self));
  g_return_if_fail (note == NULL || g_utf8_validate (note, -1, NULL));

  if (note != NULL && note[0] == '\0')
    note = NULL;
  if (g_strcmp0 (self->note, note) == 0)
    return;
  g_free (self->note);
  self->note = g_strdup (note);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
}
