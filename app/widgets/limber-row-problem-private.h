/* limber-row-problem-private.h: a problem shown on an editor row
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* @message (plain text) as @row's subtitle, and the row marked as a field
 * with a problem; NULL clears both. */
static inline void
limber_row_show_problem (AdwActionRow *row,
                         const char   *message)
{
  g_autofree char *escaped = message != NULL ? g_markup_escape_text (message, -1) : NULL;

  adw_action_row_set_subtitle (row, escaped != NULL ? escaped : "");
  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (row), "field-problem");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "field-problem");
}

G_END_DECLS
