/* limber-types.h: the enumerations of the Limber core
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The "kind" key of an exercise (format v1). */
typedef enum {
  LIMBER_EXERCISE_KIND_STRETCH,
  LIMBER_EXERCISE_KIND_STRENGTH,
  LIMBER_EXERCISE_KIND_MOBILITY,
  LIMBER_EXERCISE_KIND_CARDIO,
  LIMBER_EXERCISE_KIND_BREATHING,
} LimberExerciseKind;

/* The "sides" key of an exercise (format v1). */
typedef enum {
  LIMBER_SIDES_NONE,
  LIMBER_SIDES_BOTH,
} LimberSides;

/* Which side a step of the plan is done on. */
typedef enum {
  LIMBER_SIDE_NONE,
  LIMBER_SIDE_LEFT,
  LIMBER_SIDE_RIGHT,
} LimberSide;

/* Where a routine in the library came from. */
typedef enum {
  LIMBER_ROUTINE_ORIGIN_BUNDLED,
  LIMBER_ROUTINE_ORIGIN_USER,
  LIMBER_ROUTINE_ORIGIN_FILE,
} LimberRoutineOrigin;

/* The kind of a step of the plan (the format's "How a routine runs"). */
typedef enum {
  LIMBER_STEP_PREPARE,        /* the "get ready" countdown before the first exercise */
  LIMBER_STEP_WORK,           /* one set of an exercise (on one side when sides is "both") */
  LIMBER_STEP_SWITCH,         /* switch_time between the left and the right side of a set */
  LIMBER_STEP_REST,           /* rest between sets of an exercise */
  LIMBER_STEP_REST_EXERCISE,  /* rest_between_exercises */
  LIMBER_STEP_FINISHED,       /* the end marker; always the last step, length 0 */
} LimberStepKind;

/* The sound cues. The engine emits them; a LimberCuePlayer plays them. */
typedef enum {
  LIMBER_CUE_GET_READY,        /* start of prepare */
  LIMBER_CUE_COUNTDOWN,        /* each of the last 3 s of prepare, rest and timed work */
  LIMBER_CUE_GO,               /* work starts */
  LIMBER_CUE_HALFWAY,          /* half of a timed work step of 20 s or more */
  LIMBER_CUE_SWITCH_SIDES,     /* switch step starts */
  LIMBER_CUE_REST,             /* a rest starts */
  LIMBER_CUE_REP,              /* each paced rep */
  LIMBER_CUE_EXERCISE_DONE,    /* last set of an exercise done */
  LIMBER_CUE_SESSION_FINISHED, /* the routine is finished */
} LimberCueKind;

#define LIMBER_N_CUE_KINDS (LIMBER_CUE_SESSION_FINISHED + 1)

/* Enumerations with a name in a file or in a log have it as their GEnum
 * nick: "stretch"…"breathing", "none" and "both", "prepare", "work",
 * "switch", "rest", "rest-exercise", "finished", and the cues' "get-ready",
 * "countdown", "go", "halfway", "switch-sides", "rest", "rep",
 * "exercise-done", "session-finished" (also their sound theme event ids,
 * after "limber-"). */
#define LIMBER_TYPE_EXERCISE_KIND (limber_exercise_kind_get_type ())
GType limber_exercise_kind_get_type (void) G_GNUC_CONST;
#define LIMBER_TYPE_SIDES (limber_sides_get_type ())
GType limber_sides_get_type (void) G_GNUC_CONST;
#define LIMBER_TYPE_STEP_KIND (limber_step_kind_get_type ())
GType limber_step_kind_get_type (void) G_GNUC_CONST;
#define LIMBER_TYPE_CUE_KIND (limber_cue_kind_get_type ())
GType limber_cue_kind_get_type (void) G_GNUC_CONST;

/* The nick of @value of the enumeration @type; NULL when it has none. */
const char *limber_enum_to_nick   (GType       type,
                                   int         value);
/* The value of the enumeration @type with the nick @nick; FALSE when none. */
gboolean    limber_enum_from_nick (GType       type,
                                   const char *nick,
                                   int        *value);

G_END_DECLS
