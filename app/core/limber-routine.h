/* limber-routine.h: a routine (format "Routine keys")
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "limber-exercise.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_ROUTINE (limber_routine_get_type ())

G_DECLARE_FINAL_TYPE (LimberRoutine, limber_routine, LIMBER, ROUTINE, GObject)

/* Defaults of format v1. */
#define LIMBER_ROUTINE_DEFAULT_PREPARE                10
#define LIMBER_ROUTINE_DEFAULT_REST_BETWEEN_EXERCISES 15
#define LIMBER_ROUTINE_DEFAULT_ROUNDS                 1

/*
 * A new routine has empty id and title, no exercises and the format's
 * defaults. Setters do no validation (see limber-routine-file.h).
 * The exercises are a GListModel of LimberExercise that the routine owns.
 */
LimberRoutine       *limber_routine_new                        (void);
/* A deep copy: exercises are copied, origin and path too. */
LimberRoutine       *limber_routine_copy                       (LimberRoutine      *self);
/* Compares the content (all keys of the format, and "x-" keys); not origin or path. */
gboolean             limber_routine_equal                      (LimberRoutine      *a,
                                                                LimberRoutine      *b);

const char          *limber_routine_get_id                     (LimberRoutine      *self);
void                 limber_routine_set_id                     (LimberRoutine      *self,
                                                                const char         *id);
const char          *limber_routine_get_title                  (LimberRoutine      *self);
void                 limber_routine_set_title                  (LimberRoutine      *self,
                                                                const char         *title);
const char          *limber_routine_get_description            (LimberRoutine      *self);
void                 limber_routine_set_description            (LimberRoutine      *self,
                                                                const char         *description);
/* Never NULL (an empty vector for no tags). */
const char * const  *limber_routine_get_tags                   (LimberRoutine      *self);
void                 limber_routine_set_tags                   (LimberRoutine      *self,
                                                                const char * const *tags);
guint                limber_routine_get_prepare                (LimberRoutine      *self);
void                 limber_routine_set_prepare                (LimberRoutine      *self,
                                                                guint               prepare);
guint                limber_routine_get_rest_between_exercises (LimberRoutine      *self);
void                 limber_routine_set_rest_between_exercises (LimberRoutine      *self,
                                                                guint               rest);
guint                limber_routine_get_rounds                 (LimberRoutine      *self);
void                 limber_routine_set_rounds                 (LimberRoutine      *self,
                                                                guint               rounds);

/* The exercises, in order (a GListStore of LimberExercise; change it with the
 * functions below or through g_list_store_* on the returned model). */
GListModel          *limber_routine_get_exercises              (LimberRoutine      *self);
guint                limber_routine_get_n_exercises            (LimberRoutine      *self);
/* Borrowed; NULL past the end. */
LimberExercise      *limber_routine_get_exercise               (LimberRoutine      *self,
                                                                guint               position);
void                 limber_routine_append_exercise            (LimberRoutine      *self,
                                                                LimberExercise     *exercise);

/* The lowest format version that holds the routine: 2 when an exercise has
 * a "progression", else 1. */
guint                limber_routine_get_format_version         (LimberRoutine      *self);

/* "x-" keys at the top level of the file, kept and written back. Never NULL. */
JsonObject          *limber_routine_get_extras                 (LimberRoutine      *self);

/* Where the routine came from (set by the library and the loader). */
LimberRoutineOrigin  limber_routine_get_origin                 (LimberRoutine      *self);
void                 limber_routine_set_origin                 (LimberRoutine      *self,
                                                                LimberRoutineOrigin origin);
/* The file it was loaded from (a path, or a resource:// URI for bundled
 * routines); NULL for a routine that was never saved. */
const char          *limber_routine_get_path                   (LimberRoutine      *self);
void                 limber_routine_set_path                   (LimberRoutine      *self,
                                                                const char         *path);

G_END_DECLS
