/* limber-break-event.h: one break of the reminders, as the history keeps it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "limber-sitting-model.h"

G_BEGIN_DECLS

/*
 * A line of kind "break" of the history file (docs/history-format.md,
 * "Break line"): a break taken ("reminded-started", "natural"), or a
 * reminder answered with Skip ("skipped") or In 5 Minutes ("snoozed"),
 * with the whole minutes sat before it. A plain value (boxed type).
 */
typedef struct
{
  gint64 time;             /* seconds since 1970 UTC */
  gint offset;             /* of @time, seconds east of UTC, as written */
  LimberBreakKind kind;
  guint sitting_minutes;
  char *routine_id;        /* only with LIMBER_BREAK_REMINDED_STARTED, else NULL */
} LimberBreakEvent;

#define LIMBER_TYPE_BREAK_EVENT (limber_break_event_get_type ())
GType             limber_break_event_get_type   (void) G_GNUC_CONST;

/* @time: when (its offset is kept); @routine_id is kept only with
 * LIMBER_BREAK_REMINDED_STARTED. */
LimberBreakEvent *limber_break_event_new        (LimberBreakKind         kind,
                                                 GDateTime              *time,
                                                 guint                   sitting_minutes,
                                                 const char             *routine_id);
LimberBreakEvent *limber_break_event_copy       (const LimberBreakEvent *event);
void              limber_break_event_free       (LimberBreakEvent       *event);
/* A new reference, in the offset it was written with. */
GDateTime        *limber_break_event_dup_time   (const LimberBreakEvent *event);
/* Whether the event is a break taken (reminded-started or natural). */
gboolean          limber_break_event_is_break   (const LimberBreakEvent *event);

/* The "type" of the line: the reverse of limber_break_kind_to_string ().
 * FALSE for anything else. */
gboolean          limber_break_kind_from_string (const char             *str,
                                                 LimberBreakKind        *kind);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LimberBreakEvent, limber_break_event_free)

G_END_DECLS
