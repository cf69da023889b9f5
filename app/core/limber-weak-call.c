/* limber-weak-call.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-dbus"

#include "config.h"

#include "limber-weak-call.h"

struct _LimberWeakCall
{
  GWeakRef object;
  GCancellable *cancellable;
};

LimberWeakCall *
limber_weak_call_new (gpointer      object,
                      GCancellable *cancellable)
{
  LimberWeakCall *call = g_new0 (LimberWeakCall, 1);

  g_weak_ref_init (&call->object, object);
  call->cancellable = g_object_ref (cancellable);
  return call;
}

/* Frees @call and sets *@object to its object while it lives undisposed;
 * then says a failure. TRUE when there is an object. */
static gboolean
take (LimberWeakCall *call,
      const GError   *error,
      const char     *what,
      gpointer       *object)
{
  *object = g_weak_ref_get (&call->object);
  if (*object != NULL && g_cancellable_is_cancelled (call->cancellable))
    g_clear_object (object);
  else if (*object != NULL && error != NULL)
    g_debug ("%s: %s", what, error->message);

  g_weak_ref_clear (&call->object);
  g_object_unref (call->cancellable);
  g_free (call);
  return *object != NULL;
}

GDBusConnection *
limber_weak_call_bus_finish (LimberWeakCall  *call,
                             GAsyncResult    *result,
                             const char      *what,
                             gpointer        *object)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDBusConnection) bus = g_bus_get_finish (result, &error);

  return take (call, error, what, object) ? g_steal_pointer (&bus) : NULL;
}

GVariant *
limber_weak_call_finish (LimberWeakCall  *call,
                         GObject         *source,
                         GAsyncResult    *result,
                         const char      *what,
                         gpointer        *object)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply =
    g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result, &error);

  return take (call, error, what, object) ? g_steal_pointer (&reply) : NULL;
}
