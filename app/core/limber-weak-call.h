/* limber-weak-call.h: asynchronous D-Bus calls that do not keep their object
 * alive, and the end of a signal subscription
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/*
 * The user data of g_bus_get () or g_dbus_connection_call () made for
 * @object, without a reference to it. The reply is finished with one of the
 * functions below, which free the call and give the object back (a new
 * reference), or NULL when it is gone or disposed (@cancellable, the
 * object's own, is cancelled in its dispose): then the reply does nothing.
 */
typedef struct _LimberWeakCall LimberWeakCall;

LimberWeakCall  *limber_weak_call_new         (gpointer         object,
                                               GCancellable    *cancellable);

/* The bus, or NULL when the object is gone or it failed (said in a debug
 * message "@what: <the error>"); *@object is the object or NULL. */
GDBusConnection *limber_weak_call_bus_finish  (LimberWeakCall  *call,
                                               GAsyncResult    *result,
                                               const char      *what,
                                               gpointer        *object);
/* The reply of a g_dbus_connection_call () on @source, the same way. */
GVariant        *limber_weak_call_finish      (LimberWeakCall  *call,
                                               GObject         *source,
                                               GAsyncResult    *result,
                                               const char      *what,
                                               gpointer        *object);

/* Ends the signal subscription *@subscription (0: none) on @bus, and sets
 * it to 0. */
static inline void
limber_dbus_unsubscribe (GDBusConnection *bus,
                         guint           *subscription)
{
  if (*subscription != 0)
    g_dbus_connection_signal_unsubscribe (bus, *subscription);
  *subscription = 0;
}

G_END_DECLS
