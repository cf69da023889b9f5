/* limber-object-private.h: the properties of the core's value objects (specs,
 * setters that notify on a change, public accessors), and the plain getters
 * of the core's objects and the widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Read-write properties that notify explicitly: a guint from 0 to @max,
 * and a string that defaults to "". */
static inline GParamSpec *
limber_pspec_uint (const char *name,
                   guint       max,
                   guint       def)
{
  return g_param_spec_uint (name, NULL, NULL, 0, max, def,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
}

static inline GParamSpec *
limber_pspec_string (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, "",
                              G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
}

/* Stores a copy of @value (NULL stands for "") in *@field and notifies
 * @pspec, only when the text changes. */
static inline void
limber_object_set_string (GObject     *object,
                          char       **field,
                          const char  *value,
                          GParamSpec  *pspec)
{
  if (value == NULL)
    value = "";
  if (g_strcmp0 (*field, value) == 0)
    return;
  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (object, pspec);
}

/* Stores @value in *@field and notifies @pspec, only when it changes. */
static inline void
limber_object_set_uint (GObject    *object,
                        guint      *field,
                        guint       value,
                        GParamSpec *pspec)
{
  if (*field == value)
    return;
  *field = value;
  g_object_notify_by_pspec (object, pspec);
}

/* The public getter prefix_get_field of the member @field (a @RetType) of
 * @Type; @IS_TYPE is the instance check, @fail what it returns when that
 * fails. */
#define LIMBER_DEFINE_GETTER(Type, prefix, IS_TYPE, RetType, field, fail) \
  RetType \
  prefix##_get_##field (Type *self) \
  { \
    g_return_val_if_fail (IS_TYPE (self), fail); \
    return self->field; \
  }

/* The public getter and setter of the string or guint member @field of
 * @Type, named prefix_get_field and prefix_set_field; @IS_TYPE is the
 * instance check and properties[@PROP] (the file's own array) the property
 * they notify. */
#define LIMBER_DEFINE_STRING_ACCESSORS(Type, prefix, IS_TYPE, field, PROP) \
  const char * \
  prefix##_get_##field (Type *self) \
  { \
    g_return_val_if_fail (IS_TYPE (self), NULL); \
    return self->field; \
  } \
  void \
  prefix##_set_##field (Type       *self, \
                        const char *value) \
  { \
    g_return_if_fail (IS_TYPE (self)); \
    limber_object_set_string (G_OBJECT (self), &self->field, value, properties[PROP]); \
  }

#define LIMBER_DEFINE_UINT_ACCESSORS(Type, prefix, IS_TYPE, field, PROP) \
  guint \
  prefix##_get_##field (Type *self) \
  { \
    g_return_val_if_fail (IS_TYPE (self), 0); \
    return self->field; \
  } \
  void \
  prefix##_set_##field (Type  *self, \
                        guint  value) \
  { \
    g_return_if_fail (IS_TYPE (self)); \
    limber_object_set_uint (G_OBJECT (self), &self->field, value, properties[PROP]); \
  }

G_END_DECLS
