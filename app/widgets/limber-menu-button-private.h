/* limber-menu-button-private.h: a menu button's menu, built when opened
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

static inline void
limber_menu_button_set_menu_on_open (GtkMenuButton *button,
                                     gpointer       model)
{
  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (model));
}

/* Gives @button the menu of @model when it is first opened (a click, or F10
 * for the primary menu): the GtkPopoverMenu that set_menu_model builds at
 * once costs a millisecond or two of every start. */
static inline void
limber_menu_button_defer_menu (GtkMenuButton *button,
                               GMenuModel    *model)
{
  gtk_menu_button_set_create_popup_func (button, limber_menu_button_set_menu_on_open,
                                         g_object_ref (model), g_object_unref);
}

G_END_DECLS
