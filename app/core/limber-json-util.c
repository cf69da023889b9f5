/* limber-json-util.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What json-glib 1.6 lacks, and only that, is written here: a strict
 * syntax check (its parser accepts comments, single quotes, hex numbers and
 * trailing text, and wraps whole numbers beyond 64 bits) and a writer
 * (its generator writes a double such as 1e20 as "1e+20.0", which is not
 * JSON). The history's line reader (limber-history-line.c) is a strict
 * scanner of its own for speed; tests/bench-history measures it against
 * json-glib's JsonParser.
 */
#define G_LOG_DOMAIN "limber-core"

#include "config.h"

#include <math.h>
#include <stdarg.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "limber-json-util.h"

JsonObject *
limber_json_object_copy (JsonObject *object)
{
  JsonObject *copy = json_object_new ();
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  g_return_val_if_fail (object != NULL, copy);

  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &name, &node))
    json_object_set_member (copy, name, json_node_copy (node));

  return copy;
}

gboolean
limber_json_object_equal (JsonObject *a,
                          JsonObject *b)
{
  g_autoptr(JsonNode) na = json_node_init_object (json_node_alloc (), a);
  g_autoptr(JsonNode) nb = json_node_init_object (json_node_alloc (), b);

  return json_node_equal (na, nb);
}

/* The strict syntax check ------------------------------------------------ */

typedef struct
{
  const char *start;
  const char *p;
  const char *end;
  const char *line_start;
  guint line;
  guint depth;
  guint max_depth;
  LimberJsonCheck result;
  const char *error_at;
  const char *error_line_start;
  guint error_line;
  char *what;
} Scan;

static gboolean G_GNUC_PRINTF (4, 5)
scan_fail (Scan            *scan,
           LimberJsonCheck  result,
           const char      *at,
           const char      *format,
           ...)
{
  va_list args;

  if (scan->what != NULL)
    return FALSE;

  va_start (args, format);
  scan->what = g_strdup_vprintf (format, args);
  va_end (args);
  scan->result = result;
  scan->error_at = at;
  scan->error_line_start = scan->line_start;
  scan->error_line = scan->line;
  return FALSE;
}

/* What is at @p, for a message: "`x`", "end of file", "U+0007". */
static char *
describe_at (Scan       *scan,
             const char *p)
{
  char character[8] = { 0, };
  gunichar c;

  if (p >= scan->end)
    /* Translators: this and the three "character" strings name what a JSON
     * reader found; they fill the first %s of "unexpected %s, expected %s" */
    return g_strdup (_("end of file"));
  c = g_utf8_get_char (p);
  if (c < 0x20 || c == 0x7f)
    /* Translators: a character that cannot be seen, as in "control character U+0007" */
    return g_strdup_printf (_("control character U+%04X"), c);
  if (c == '`')
    /* Translators: the backquote character */
    return g_strdup (_("character '`'"));
  memcpy (character, p, MIN ((gsize) (g_utf8_next_char (p) - p), sizeof character - 1));
  /* Translators: %s is one character, as in "character `x`" */
  return g_strdup_printf (_("character `%s`"), character);
}

/* @expected names what would have been right (translated, a noun phrase). */
static gboolean
scan_unexpected (Scan       *scan,
                 const char *at,
                 const char *expected)
{
  g_autofree char *found = describe_at (scan, at);

  /* Translators: the first %s is what a JSON reader found, as in "end of
   * file" or "character `x`"; the second is what it expected, as in "a
   * digit" or "a key in "double quotes"". Both are translated separately. */
  return scan_fail (scan, LIMBER_JSON_CHECK_SYNTAX, at, _("unexpected %s, expected %s"), found, expected);
}

static void
scan_space (Scan *scan)
{
  while (scan->p < scan->end)
    {
      char c = *scan->p;

      if (c == '\n')
        {
          scan->line++;
          scan->line_start = scan->p + 1;
        }
      else if (c != ' ' && c != '\t' && c != '\r')
        break;
      scan->p++;
    }
}

static gboolean
is_hex4 (const char *p)
{
  return g_ascii_isxdigit (p[0]) && g_ascii_isxdigit (p[1]) && g_ascii_isxdigit (p[2]) &&
         g_ascii_isxdigit (p[3]);
}

static guint
hex4 (const char *p)
{
  guint v = 0;

  for (guint i = 0; i < 4; i++)
    v = (v << 4) | (guint) g_ascii_xdigit_value (p[i]);
  return v;
}

static gboolean
scan_string (Scan *scan)
{
  const char *open = scan->p;

  g_assert (*scan->p == '"');
  scan->p++;

  while (scan->p < scan->end)
    {
      guchar c = (guchar) *scan->p;

      if (c == '"')
        {
          scan->p++;
          return TRUE;
        }
      if (c == '\n' || c == '\r')
        return scan_fail (scan, LIMBER_JSON_CHECK_SYNTAX, open,
                          _("string not closed before the end of the line (a \" is missing; write a line break as \\n)"));
      if (c < 0x20)
        return scan_fail (scan, LIMBER_JSON_CHECK_SYNTAX, scan->p,
                          /* Translators: both numbers are the same character code, in hexadecimal */
                          _("control character U+%04X inside a string (write it as \\n, \\t or \\u%04X)"),
                          c, c);
      if (c == '\\')
        {
          const char *esc = scan->p;
          char e;

          if (scan->p + 1 >= scan->end)
            break;
          e = scan->p[1];
          if (strchr ("\"\\/bfnrt", e) != NULL && e != '\0')
            {
              scan->p += 2;
              continue;
            }
          if (e != 'u')
            return scan_fail (scan, LIMBER_JSON_CHECK_SYNTAX, esc,
                              _("unknown escape in a string (use \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX)"));
          if (scan->end - scan->p < 6 || !is_hex4 (scan->p + 2))
            return scan_fail (scan, LIMBER_JSON_CHECK_SYNTAX, esc, _("\\u must be followed by four hexadecimal digits"));

          {
            guint v = hex4 (scan->p + 2);

            if (v == 0)
              return scan_fail (scan, LIMBER_JSON_CHECK_SYNTAX, esc, _("\\u0000 is not allowed in a string"));
            if (v >= 0xdc00 && v <= 0xdfff)
              return scan_fail (scan, LIMBER_JSON_CHECK_SYNTAX, esc, _("\\u%04X is half of a surrogate pair without its first half"), v);
            if (v >= 0xd800 && v <= 0xdbff)
              {
                if (scan->end - scan->p < 12 || scan->p[6] != '\\' || scan->p[7] != 'u' ||
                    !is_hex4 (scan->p + 8) || hex4 (scan->p + 8) < 0xdc00 || hex4 (scan->p + 8) > 0xdfff)
                  return scan_fail (scan, LIMBER_JSON_CHECK_SYNTAX, esc, _("\\u%04X is half of a surrogate pair without its second half"), v);
                scan->p += 12;
                continue;
              }
            scan->p += 6;
          }
          continue;
        }
      scan->p++;
    }

  return scan_fail (scan, LIMBER_JSON_CHECK_SYNTAX, open, _("string not closed (a \" is missing)"));
}

/* Compares a run of decimal digits (no leading zero) with the magnitude limit of gint64. */
static gboolean
digits_fit_int64 (const char *digits,
                  gsize       n,
                  gboolean    negative)
{
  const char *limit = negative ? "9223372036854775808" : "9223372036854775807";
  gsize limit_len = strlen (limit);

  if (n != limit_len)
    return n < limit_len;
  return strncmp (digits, limit, n) <= 0;
}

static gboolean
number_too_large (Scan       *scan,
                  const char *begin)
{
  g_autofree char *number = g_strdup_printf ("%.*s%s", (int) MIN (scan->p - begin, 40), begin,
                                             scan->p - begin > 40 ? "…" : "");

  /* Translators: %s is a number from the file, as in "the number 1e999 is too large to read" */
  return scan_fail (scan, LIMBER_JSON_CHECK_NUMBER_RANGE, begin, _("the number %s is too large to read"), number);
}

static gboolean
scan_number (Scan *scan)
{
  const char *begin = scan->p;
  const char *int_digits;
  gboolean negative = FALSE;
  gboolean is_integer = TRUE;

  if (*scan->p == '-')
    {
      negative = TRUE;
      scan->p++;
    }
  int_digits = scan->p;
  if (scan->p >= scan->end || !g_ascii_isdigit (*scan->p))
    /* Translators: the strings passed to scan_unexpected () name what a JSON
     * reader expected, and fill the second %s of "unexpected %s, expected %s" */
    return scan_unexpected (scan, scan->p, _("a digit"));
  if (*scan->p == '0')
    {
      scan->p++;
      if (scan->p < scan->end && g_ascii_isdigit (*scan->p))
        return scan_fail (scan, LIMBER_JSON_CHECK_SYNTAX, begin, _("a number must not start with 0"));
    }
  else
    {
      while (scan->p < scan->end && g_ascii_isdigit (*scan->p))
        scan->p++;
    }

  if (scan->p < scan->end && *scan->p == '.')
    {
      is_integer = FALSE;
      scan->p++;
      if (scan->p >= scan->end || !g_ascii_isdigit (*scan->p))
        return scan_unexpected (scan, scan->p, _("a digit after the decimal point"));
      while (scan->p < scan->end && g_ascii_isdigit (*scan->p))
        scan->p++;
    }
  if (scan->p < scan->end && (*scan->p == 'e' || *scan->p == 'E'))
    {
      is_integer = FALSE;
      scan->p++;
      if (scan->p < scan->end && (*scan->p == '+' || *scan->p == '-'))
        scan->p++;
      if (scan->p >= scan->end || !g_ascii_isdigit (*scan->p))
        return scan_unexpected (scan, scan->p, _("a digit in the exponent"));
      while (scan->p < scan->end && g_ascii_isdigit (*scan->p))
        scan->p++;
    }

  if (is_integer)
    {
      if (!digits_fit_int64 (int_digits, (gsize) (scan->p - int_digits), negative))
        return number_too_large (scan, begin);
    }
  else
    {
      g_autofree char *text = g_strndup (begin, (gsize) (scan->p - begin));

      if (!isfinite (g_ascii_strtod (text, NULL)))
        return number_too_large (scan, begin);
    }
  return TRUE;
}

static gboolean
scan_word (Scan       *scan,
           const char *word)
{
  gsize n = strlen (word);

  if ((gsize) (scan->end - scan->p) >= n && memcmp (scan->p, word, n) == 0 &&
      (scan->p + n == scan->end || !g_ascii_isalnum (scan->p[n])))
    {
      scan->p += n;
      return TRUE;
    }
  return scan_unexpected (scan, scan->p, _("a value (a string in \"double quotes\", a number, true, false, null, [ or {)"));
}

/* A key of an object and the `:` after it; @expected names what else
 * could stand there. */
static gboolean
scan_key (Scan       *scan,
          const char *expected)
{
  if (scan->p >= scan->end || *scan->p != '"')
    return scan_unexpected (scan, scan->p, expected);
  if (!scan_string (scan))
    return FALSE;
  scan_space (scan);
  if (scan->p >= scan->end || *scan->p != ':')
    return scan_unexpected (scan, scan->p, _("`:` after the key"));
  scan->p++;
  return TRUE;
}

/* Iterative, so that the depth of the C stack does not depend on the input. */
static gboolean
scan_value (Scan *scan)
{
  g_autoptr(GByteArray) stack = g_byte_array_new ();

  for (;;)
    {
      /* A value. */
      scan_space (scan);
      if (scan->p >= scan->end)
        return scan_unexpected (scan, scan->p, _("a value"));

      switch (*scan->p)
        {
        case '{':
        case '[':
          {
            guint8 open = (guint8) *scan->p;

            if (stack->len >= scan->max_depth)
              return scan_fail (scan, LIMBER_JSON_CHECK_TOO_DEEP, scan->p,
                                _("lists and objects are nested more than %u levels deep"), scan->max_depth);
            g_byte_array_append (stack, &open, 1);
            scan->p++;
            scan_space (scan);
            if (scan->p < scan->end && *scan->p == (open == '{' ? '}' : ']'))
              {
                scan->p++;
                g_byte_array_set_size (stack, stack->len - 1);
                break;
              }
            if (open == '[')
              continue;
            /* first key of an object */
            if (!scan_key (scan, _("a key in \"double quotes\" or }")))
              return FALSE;
            continue;
          }
        case '"':
          if (!scan_string (scan))
            return FALSE;
          break;
        case 't':
        case 'f':
        case 'n':
          if (!scan_word (scan, *scan->p == 't' ? "true" : *scan->p == 'f' ? "false" : "null"))
            return FALSE;
          break;
        default:
          if (*scan->p == '-' || g_ascii_isdigit (*scan->p))
            {
              if (!scan_number (scan))
                return FALSE;
              break;
            }
          return scan_unexpected (scan, scan->p, _("a value (a string in \"double quotes\", a number, true, false, null, [ or {)"));
        }

      /* After a value: close containers, or go on after a comma. */
      for (;;)
        {
          guint8 top;

          if (stack->len == 0)
            return TRUE;
          top = stack->data[stack->len - 1];
          scan_space (scan);
          if (scan->p < scan->end && *scan->p == (top == '{' ? '}' : ']'))
            {
              scan->p++;
              g_byte_array_set_size (stack, stack->len - 1);
              continue;
            }
          if (scan->p < scan->end && *scan->p == ',')
            {
              const char *comma = scan->p;

              scan->p++;
              scan_space (scan);
              if (scan->p < scan->end && (*scan->p == ']' || *scan->p == '}'))
                return scan_fail (scan, LIMBER_JSON_CHECK_SYNTAX, comma, "%s",
                                  top == '{' ? _("a comma after the last member of an object")
                                             : _("a comma after the last element of a list"));
              if (top == '{' && !scan_key (scan, _("a key in \"double quotes\"")))
                return FALSE;
              break;
            }
          return scan_unexpected (scan, scan->p, top == '{' ? _("`,` or `}`") : _("`,` or `]`"));
        }
    }
}

LimberJsonCheck
limber_json_check_syntax (const char  *data,
                          gsize        length,
                          guint        max_depth,
                          guint       *line,
                          guint       *column,
                          char       **what)
{
  Scan scan = { 0, };

  g_return_val_if_fail (data != NULL || length == 0, LIMBER_JSON_CHECK_SYNTAX);

  scan.start = scan.p = scan.line_start = data ? data : "";
  scan.end = scan.start + length;
  scan.line = 1;
  scan.max_depth = max_depth;

  scan_space (&scan);
  if (scan.p >= scan.end)
    scan_fail (&scan, LIMBER_JSON_CHECK_SYNTAX, scan.p, _("the file is empty (a routine is a JSON object: { ... })"));
  else if (scan_value (&scan))
    {
      scan_space (&scan);
      if (scan.p < scan.end)
        scan_fail (&scan, LIMBER_JSON_CHECK_SYNTAX, scan.p, _("more text after the end of the JSON value"));
    }

  if (scan.what == NULL)
    return LIMBER_JSON_CHECK_OK;

  if (line)
    *line = scan.error_line;
  if (column)
    {
      /* error_at may be before line_start only if it is on an earlier line;
       * errors are always reported on the line they were found on. */
      const char *from = scan.error_line_start;
      const char *at = MAX (scan.error_at, from);

      *column = 1 + (guint) g_utf8_strlen (from, at - from);
    }
  if (what)
    *what = g_steal_pointer (&scan.what);
  g_free (scan.what);
  return scan.result;
}

/* Writing JSON ----------------------------------------------------------- */

void
limber_json_append_string (GString    *out,
                           const char *str)
{
  const char *run = str;

  g_string_append_c (out, '"');
  for (const char *p = str; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      if (c >= 0x20 && c != '"' && c != '\\')
        continue;
      g_string_append_len (out, run, p - run);
      run = p + 1;
      if (c == '"' || c == '\\')
        {
          g_string_append_c (out, '\\');
          g_string_append_c (out, (char) c);
        }
      else if (c == '\n')
        g_string_append (out, "\\n");
      else if (c == '\r')
        g_string_append (out, "\\r");
      else if (c == '\t')
        g_string_append (out, "\\t");
      else
        g_string_append_printf (out, "\\u%04x", c);
    }
  g_string_append (out, run);
  g_string_append_c (out, '"');
}

/* The shortest text that reads back as the same double, always with a "."
 * or an exponent so it reads back as a double. */
static void
append_double (GString *out,
                           double   value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (!isfinite (value))
    {
      /* JSON has no infinity; the syntax check keeps them out of files. */
      g_string_append (out, "null");
      return;
    }

  for (int precision = 1; precision <= 17; precision++)
    {
      char fmt[8];
      int integer_digits = fabs (value) >= 1.0 ? (int) floor (log10 (fabs (value))) + 1 : 1;

      /* Enough precision for the whole part, so 30.0 is "30" and not "3e+01". */
      if (integer_digits <= 17 && integer_digits > precision)
        precision = integer_digits;
      g_snprintf (fmt, sizeof fmt, "%%.%dg", precision);
      g_ascii_formatd (buf, sizeof buf, fmt, value);
      if (g_ascii_strtod (buf, NULL) == value)
        break;
    }

  g_string_append (out, buf);
  if (strpbrk (buf, ".eEn") == NULL)
    g_string_append (out, ".0");
}

static void
append_indent (GString *out,
               int      level)
{
  g_string_append_c (out, '\n');
  for (int i = 0; i < level; i++)
    g_string_append (out, "  ");
}

void
limber_json_append_node (GString  *out,
                         JsonNode *node,
                         int       indent)
{
  if (node == NULL)
    {
      g_string_append (out, "null");
      return;
    }

  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_NULL:
      g_string_append (out, "null");
      break;

    case JSON_NODE_VALUE:
      {
        GType type = json_node_get_value_type (node);

        if (type == G_TYPE_INT64)
          g_string_append_printf (out, "%" G_GINT64_FORMAT, json_node_get_int (node));
        else if (type == G_TYPE_DOUBLE)
          append_double (out, json_node_get_double (node));
        else if (type == G_TYPE_BOOLEAN)
          g_string_append (out, json_node_get_boolean (node) ? "true" : "false");
        else if (type == G_TYPE_STRING)
          limber_json_append_string (out, json_node_get_string (node));
        else
          g_string_append (out, "null");
      }
      break;

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        guint n = json_array_get_length (array);

        g_string_append_c (out, '[');
        for (guint i = 0; i < n; i++)
          {
            if (i > 0)
              g_string_append (out, indent >= 0 ? "," : ", ");
            if (indent >= 0)
              append_indent (out, indent + 1);
            limber_json_append_node (out, json_array_get_element (array, i), indent >= 0 ? indent + 1 : -1);
          }
        if (n > 0 && indent >= 0)
          append_indent (out, indent);
        g_string_append_c (out, ']');
      }
      break;

    case JSON_NODE_OBJECT:
      {
        JsonObject *object = json_node_get_object (node);
        JsonObjectIter iter;
        const char *name;
        JsonNode *member;
        gboolean first = TRUE;

        g_string_append_c (out, '{');
        json_object_iter_init_ordered (&iter, object);
        while (json_object_iter_next_ordered (&iter, &name, &member))
          {
            if (!first)
              g_string_append (out, indent >= 0 ? "," : ", ");
            first = FALSE;
            if (indent >= 0)
              append_indent (out, indent + 1);
            limber_json_append_string (out, name);
            g_string_append (out, ": ");
            limber_json_append_node (out, member, indent >= 0 ? indent + 1 : -1);
          }
        if (!first && indent >= 0)
          append_indent (out, indent);
        g_string_append_c (out, '}');
      }
      break;

    default:
      g_assert_not_reached ();
    }
}
