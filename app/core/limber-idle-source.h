/* limber-idle-source.h: tells when the person leaves the computer and comes back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* How a source learns about idleness: told by the desktop (watches, no
 * wakeups of its own), by asking now and then (polling), or not at all. */
typedef enum
{
  LIMBER_IDLE_CAPABILITY_NONE,
  LIMBER_IDLE_CAPABILITY_POLLING,
  LIMBER_IDLE_CAPABILITY_WATCHES,
} LimberIdleCapability;

#define LIMBER_TYPE_IDLE_SOURCE (limber_idle_source_get_type ())

G_DECLARE_INTERFACE (LimberIdleSource, limber_idle_source, LIMBER, IDLE_SOURCE, GObject)

/*
 * An idle source emits
 * - "idle" (gint64 idle_us) once when the person has given no keyboard or
 *   mouse input for the threshold (set_threshold) or more; idle_us is how
 *   long they have been idle at that moment (≥ the threshold), so the
 *   listener knows when they left;
 * - "active" () once when input comes again after "idle";
 * - "capability-changed" () when it found out what it can do (D-Bus sources
 *   learn that asynchronously; they start as NONE).
 */
struct _LimberIdleSourceInterface
{
  GTypeInterface parent_iface;

  LimberIdleCapability (*get_capability) (LimberIdleSource *self);
  void                 (*set_threshold)  (LimberIdleSource *self,
                                          gint64            threshold_us);
};

LimberIdleCapability limber_idle_source_get_capability (LimberIdleSource *self);
/* The idle time that makes "idle" fire, in µs (> 0). */
void                 limber_idle_source_set_threshold  (LimberIdleSource *self,
                                                        gint64            threshold_us);
const char          *limber_idle_capability_to_string  (LimberIdleCapability capability);

/* For implementations. */
void limber_idle_source_emit_idle               (LimberIdleSource *self,
                                                 gint64            idle_us);
void limber_idle_source_emit_active             (LimberIdleSource *self);
void limber_idle_source_emit_capability_changed (LimberIdleSource *self);

G_END_DECLS
