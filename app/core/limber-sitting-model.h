/* limber-sitting-model.h: how long the person has sat, and when to remind them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "limber-clock.h"
#include "limber-idle-source.h"

G_BEGIN_DECLS

/* The kinds of "break-event" (the "type" of a history line of kind "break"). */
typedef enum
{
  LIMBER_BREAK_REMINDED_STARTED,  /* Start on a reminder */
  LIMBER_BREAK_NATURAL,           /* away, locked, suspended, a session on one's own */
  LIMBER_BREAK_SKIPPED,           /* Skip on a reminder */
  LIMBER_BREAK_SNOOZED,           /* In 5 Minutes on a reminder */
} LimberBreakKind;

/* "reminded-started", "natural", "skipped", "snoozed" */
const char *limber_break_kind_to_string (LimberBreakKind kind);

/* Today's figures (the local calendar day of the wall clock). */
typedef struct
{
  guint breaks;               /* reminded-started + natural */
  guint skipped;
  guint snoozed;
  gint64 longest_sitting_us;  /* the longest stretch that ended today, or runs now */
} LimberSittingDay;

/* A snooze lasts this long. */
#define LIMBER_SITTING_SNOOZE_US (5 * G_TIME_SPAN_MINUTE)
/* A stretch shorter than this between two breaks (unlocking to glance at
 * something, then locking again) belongs to the break: no second break. */
#define LIMBER_SITTING_MIN_STRETCH_US (G_TIME_SPAN_MINUTE)
/* A session that starts within this time of Start on a reminder is that
 * break, not a second one. */
#define LIMBER_SITTING_START_GRACE_US (2 * G_TIME_SPAN_MINUTE)
/* A shorter interval set while counting never reminds sooner than this. */
#define LIMBER_SITTING_CHANGE_GRACE_US (G_TIME_SPAN_MINUTE)

#define LIMBER_TYPE_SITTING_MODEL (limber_sitting_model_get_type ())

G_DECLARE_FINAL_TYPE (LimberSittingModel, limber_sitting_model, LIMBER, SITTING_MODEL, GObject)

/*
 * The sitting count of issue #11, without GTK. The person sits while they are
 * not away (idle for natural-break minutes or more, from the idle source), the
 * screen is not locked, the computer is not suspended and no Limber session
 * runs; each of those ends the stretch (a break) and the count starts again
 * when all of them are over.
 *
 * While enabled, "remind" (guint minutes sat) comes interval minutes into a
 * stretch, within work hours and not while paused. A reminder outside work
 * hours or in a pause waits for their end. An unanswered reminder comes
 * again one interval later; start / snooze (5 minutes) / skip answer it; a
 * break taken meanwhile withdraws it ("withdraw").
 *
 * "break-event" (LimberBreakKind kind, GDateTime *time, guint sitting
 * minutes, const char *routine_id or NULL) is what the history records.
 * "sitting-changed" () comes when a stretch starts or ends.
 *
 * One clock deadline at a time, no list that grows: the state is a few
 * numbers. Properties (bound to GSettings by bind_settings ()): "enabled",
 * "interval" (minutes, 1–240), "natural-break" (minutes, 1–60), "work-days"
 * (strv of "mon".."sun"), "work-start", "work-end" ("HH:MM"; an end at or
 * before the start means the hours cross midnight, the shift belonging to
 * the day it starts on; equal means the whole day), "paused-until" (Unix µs
 * of the wall clock, 0 for none).
 */
LimberSittingModel *limber_sitting_model_new              (LimberClock        *clock);

void                limber_sitting_model_bind_settings    (LimberSittingModel *self,
                                                           GSettings          *settings);

/* Inputs. The idle source may be NULL (then nobody is ever away). */
void                limber_sitting_model_set_idle_source  (LimberSittingModel *self,
                                                           LimberIdleSource   *source);
void                limber_sitting_model_set_locked       (LimberSittingModel *self,
                                                           gboolean            locked);
void                limber_sitting_model_set_suspended    (LimberSittingModel *self,
                                                           gboolean            suspended);
void                limber_sitting_model_set_session_running (LimberSittingModel *self,
                                                           gboolean            running);

/* Settings (also properties). */
void                limber_sitting_model_set_enabled      (LimberSittingModel *self,
                                                           gboolean            enabled);
/* While counting, the new interval applies to the same stretch (or since the
 * last reminder or Skip): 20 minutes in, 30 → 45 reminds at 45; when the new
 * interval is already over, the reminder comes LIMBER_SITTING_CHANGE_GRACE_US
 * from now, not at once. A snooze keeps its time. */
void                limber_sitting_model_set_interval     (LimberSittingModel *self,
                                                           guint               minutes);
void                limber_sitting_model_set_natural_break (LimberSittingModel *self,
                                                           guint               minutes);
void                limber_sitting_model_set_work_days    (LimberSittingModel *self,
                                                           const char * const *days);
/* FALSE and a message naming the setting and the value when one of the two
 * is not "HH:MM" (00:00–23:59); the hours stay as they were. */
gboolean            limber_sitting_model_set_work_hours   (LimberSittingModel *self,
                                                           const char         *start,
                                                           const char         *end,
                                                           GError            **error);
void                limber_sitting_model_set_paused_until (LimberSittingModel *self,
                                                           gint64              unix_us);
gint64              limber_sitting_model_get_paused_until (LimberSittingModel *self);
/* Pause reminders for @us from now, or for today: to the end of the
 * current work hours, or to the next midnight outside them. */
void                limber_sitting_model_pause_for        (LimberSittingModel *self,
                                                           gint64              us);
void                limber_sitting_model_pause_today      (LimberSittingModel *self);

/* Answers to a reminder. start () is the break itself (the session that it
 * opens does not count again); snooze () and skip () return FALSE and do
 * nothing when no reminder is waiting (a late click on a withdrawn one). */
void                limber_sitting_model_start            (LimberSittingModel *self,
                                                           const char         *routine_id);
gboolean            limber_sitting_model_snooze           (LimberSittingModel *self);
gboolean            limber_sitting_model_skip             (LimberSittingModel *self);

/* State. */
gboolean            limber_sitting_model_is_sitting       (LimberSittingModel *self);
/* The length of the current stretch (0 when not sitting). */
gint64              limber_sitting_model_get_sitting_us   (LimberSittingModel *self);
gboolean            limber_sitting_model_get_reminder_waiting (LimberSittingModel *self);
void                limber_sitting_model_get_today        (LimberSittingModel *self,
                                                           LimberSittingDay   *day);
/* Whether @time lies within the work hours. */
gboolean            limber_sitting_model_in_work_hours    (LimberSittingModel *self,
                                                           GDateTime          *time);

G_END_DECLS
