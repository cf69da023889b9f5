/* limber-json-util.h: small json-glib helpers shared by the core
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* A new object with the same members, in the same order. Member values are
 * shared (json-glib nodes are copied shallowly); the core never changes a
 * value inside an "x-" member, it only keeps and writes it back. */
JsonObject *limber_json_object_copy  (JsonObject *object);
gboolean    limber_json_object_equal (JsonObject *a,
                                      JsonObject *b);


/* Why limber_json_check_syntax() refused the text. */
typedef enum {
  LIMBER_JSON_CHECK_OK,
  LIMBER_JSON_CHECK_SYNTAX,        /* not JSON as RFC 8259 defines it */
  LIMBER_JSON_CHECK_TOO_DEEP,      /* arrays and objects nested too deeply */
  LIMBER_JSON_CHECK_NUMBER_RANGE,  /* a whole number outside 64 bits, or a number too large for a double */
} LimberJsonCheck;

/*
 * A strict check of JSON text (RFC 8259), run before json-glib's parser,
 * which is lax (comments, single quotes, hex numbers, trailing text) and
 * wraps whole numbers that do not fit in 64 bits. @data must be valid UTF-8.
 * On failure sets @line and @column (from 1; the column counts characters)
 * and @what, a short description such as "unexpected character `}`,
 * expected a value".
 */
LimberJsonCheck limber_json_check_syntax (const char  *data,
                                          gsize        length,
                                          guint        max_depth,
                                          guint       *line,
                                          guint       *column,
                                          char       **what);

/* @str as a JSON string literal: quotes, escapes only where JSON requires
 * them (", \, \n, \r, \t, and the other control characters as \u00XX),
 * other characters written as is. The one JSON string writer of Limber:
 * routine files and history lines. */
void            limber_json_append_string (GString     *out,
                                           const char  *str);
/* @node as JSON text: with @indent >= 0, pretty-printed with two spaces per
 * level starting at level @indent (one member or element per line, "[]" and
 * "{}" when empty); with @indent < 0, on one line ("[1, 2]", {"a": 1}). */
void            limber_json_append_node   (GString     *out,
                                           JsonNode    *node,
                                           int          indent);

G_END_DECLS
