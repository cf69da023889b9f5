/* limber-progression-row.h: how an exercise gets easier or harder by level
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "limber-exercise.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_PROGRESSION_ROW (limber_progression_row_get_type ())

G_DECLARE_FINAL_TYPE (LimberProgressionRow, limber_progression_row, LIMBER, PROGRESSION_ROW, AdwExpanderRow)

/* The three keys of "progression" (format version 2), in the format's order. */
typedef enum {
  LIMBER_PROGRESSION_FIELD_STEP,
  LIMBER_PROGRESSION_FIELD_MIN,
  LIMBER_PROGRESSION_FIELD_MAX,
  LIMBER_PROGRESSION_N_FIELDS,
} LimberProgressionField;

/*
 * An expandable "Progression" row with an entry for each key of an
 * exercise's "progression": m:ss for a timed exercise, a number of reps for
 * a counted one. An empty entry is a key not given; its placeholder shows
 * what applies instead (the format's defaults). The subtitle says what
 * levels −2 and +3 come to. Text that is no value, or a value the exercise
 * cannot hold (0 or less), shows the loader's message for it and turns
 * "input-valid" FALSE; the validator's messages are given with
 * limber_progression_row_set_problems(). The row's "Use Defaults" button
 * activates "exercise.clear-progression" (the exercise row's action).
 */
void          limber_progression_row_set_exercise    (LimberProgressionRow  *self,
                                                      LimberExercise        *exercise);
/* The validator's messages for "progression.step", ".min" and ".max" (NULL
 * when fine). The row opens when one appears. */
void          limber_progression_row_set_problems    (LimberProgressionRow  *self,
                                                      const char            *step,
                                                      const char            *min,
                                                      const char            *max);
gboolean      limber_progression_row_get_input_valid (LimberProgressionRow  *self);
/* What @field's row shows under its title: the input's or the validator's
 * message, or NULL. */
const char   *limber_progression_row_get_message     (LimberProgressionRow  *self,
                                                      LimberProgressionField field);

/* The fields, for tests. */
GtkEditable  *limber_progression_row_get_editable    (LimberProgressionRow  *self,
                                                      LimberProgressionField field);
AdwActionRow *limber_progression_row_get_field_row   (LimberProgressionRow  *self,
                                                      LimberProgressionField field);
GtkButton    *limber_progression_row_get_defaults_button (LimberProgressionRow *self);

G_END_DECLS
