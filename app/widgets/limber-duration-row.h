/* limber-duration-row.h: a row with an m:ss entry and the message of its field
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define LIMBER_TYPE_DURATION_ROW (limber_duration_row_get_type ())

G_DECLARE_FINAL_TYPE (LimberDurationRow, limber_duration_row, LIMBER, DURATION_ROW, AdwActionRow)

/*
 * "seconds" follows what the person types ("1:30", "90") as soon as it
 * reads as a duration; text that does not shows the parser's message under
 * the title and leaves "seconds" alone ("input-valid" turns FALSE).
 * "problem" is the validator's message for the field (NULL when fine); it
 * shows the same way.
 */
GtkWidget  *limber_duration_row_new             (void);
guint       limber_duration_row_get_seconds     (LimberDurationRow *self);
void        limber_duration_row_set_seconds     (LimberDurationRow *self,
                                                 guint              seconds);
const char *limber_duration_row_get_problem     (LimberDurationRow *self);
void        limber_duration_row_set_problem     (LimberDurationRow *self,
                                                 const char        *problem);
gboolean    limber_duration_row_get_input_valid (LimberDurationRow *self);
/* What the row shows under its title: the input's or the field's message. */
const char *limber_duration_row_get_message     (LimberDurationRow *self);
/* The entry the person types in. */
GtkEditable *limber_duration_row_get_editable   (LimberDurationRow *self);

G_END_DECLS
