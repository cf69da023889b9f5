/* limber-window.c: the main window (placeholder until the window issue lands)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-window"

#include "config.h"

#include <glib/gi18n.h>

#include "limber-window.h"

struct _LimberWindow
{
  AdwApplicationWindow parent_instance;

  AdwStatusPage *status_page;
};

G_DEFINE_FINAL_TYPE (LimberWindow, limber_window, ADW_TYPE_APPLICATION_WINDOW)

static void
limber_window_class_init (LimberWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/limber-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LimberWindow, status_page);
}

static void
limber_window_init (LimberWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

LimberWindow *
limber_window_new (gpointer application)
{
  return g_object_new (LIMBER_TYPE_WINDOW, "application", application, NULL);
}

void
limber_window_start_routine (LimberWindow  *self,
                             LimberRoutine *routine)
{
  g_return_if_fail (LIMBER_IS_WINDOW (self));
  g_return_if_fail (LIMBER_IS_ROUTINE (routine));

  adw_status_page_set_title (self->status_page, limber_routine_get_title (routine));
}

void
limber_window_show_error (LimberWindow *self,
                          const char   *title,
                          const char   *message)
{
  g_return_if_fail (LIMBER_IS_WINDOW (self));

  adw_status_page_set_icon_name (self->status_page, "dialog-warning-symbolic");
  adw_status_page_set_title (self->status_page, title);
  adw_status_page_set_description (self->status_page, message);
}
