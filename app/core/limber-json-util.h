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

G_END_DECLS
