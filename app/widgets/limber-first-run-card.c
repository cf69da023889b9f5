/* limber-first-run-card.c: the first run's safety note, then the offer of
 * move reminders
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-first-run"

#include "config.h"

#include <glib/gi18n.h>

#include "limber-first-run-card.h"
#include "limber-ui-format.h"

struct _LimberFirstRunCard
{
  GtkWidget parent_instance;

  GSettings *settings;

  GtkWidget *box;
  GtkWidget *safety_box;
  GtkWidget *offer_box;
  GtkLabel *safety_label;
  GtkButton *understood_button;
  GtkButton *not_now_button;
  GtkButton *turn_on_button;
};

G_DEFINE_FINAL_TYPE (LimberFirstRunCard, limber_first_run_card, GTK_TYPE_WIDGET)

/* The card's height follows from its width, never the other way round. A
 * scrolled window's viewport asks for its content's width at a given height
 * on every allocation, and a wrapping GtkLabel answers that by laying its
 * text out at a dozen widths: for the safety note, 150 layouts of 900
 * characters, a tenth of the start-up time. So the card answers with its
 * width for any height, and at a given height wants no more than its
 * minimum (the viewport gives it the width there is). */
static void
limber_first_run_card_measure (GtkWidget      *widget,
                               GtkOrientation  orientation,
                               int             for_size,
                               int            *minimum,
                               int            *natural,
                               int            *minimum_baseline,
                               int            *natural_baseline)
{
  LimberFirstRunCard *self = LIMBER_FIRST_RUN_CARD (widget);

  if (orientation == GTK_ORIENTATION_VERTICAL)
    {
      gtk_widget_measure (self->box, orientation, for_size,
                          minimum, natural, minimum_baseline, natural_baseline);
      return;
    }

  gtk_widget_measure (self->box, orientation, -1, minimum, natural, minimum_baseline, natural_baseline);
  if (for_size >= 0)
    *natural = *minimum;
}

static GtkSizeRequestMode
limber_first_run_card_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
limber_first_run_card_size_allocate (GtkWidget *widget,
                                     int        width,
                                     int        height,
                                     int        baseline)
{
  LimberFirstRunCard *self = LIMBER_FIRST_RUN_CARD (widget);

  gtk_widget_allocate (self->box, width, height, baseline, NULL);
}

static void
on_understood_button_clicked (LimberFirstRunCard *self)
{
  gtk_widget_set_visible (self->safety_box, FALSE);
  gtk_widget_set_visible (self->offer_box, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->turn_on_button));
}

static void
answer (LimberFirstRunCard *self,
        gboolean            turn_on)
{
  g_return_if_fail (self->settings != NULL);

  if (turn_on)
    g_settings_set_boolean (self->settings, "break-reminders", TRUE);
  g_settings_set_boolean (self->settings, "reminders-offered", TRUE);
}

static void
on_not_now_button_clicked (LimberFirstRunCard *self)
{
  answer (self, FALSE);
}

static void
on_turn_on_button_clicked (LimberFirstRunCard *self)
{
  answer (self, TRUE);
}

static void
limber_first_run_card_dispose (GObject *object)
{
  LimberFirstRunCard *self = LIMBER_FIRST_RUN_CARD (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), LIMBER_TYPE_FIRST_RUN_CARD);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (limber_first_run_card_parent_class)->dispose (object);
}

static void
limber_first_run_card_class_init (LimberFirstRunCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = limber_first_run_card_dispose;
  widget_class->get_request_mode = limber_first_run_card_get_request_mode;
  widget_class->measure = limber_first_run_card_measure;
  widget_class->size_allocate = limber_first_run_card_size_allocate;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/limber-first-run-card.ui");
  gtk_widget_class_bind_template_child (widget_class, LimberFirstRunCard, box);
  gtk_widget_class_bind_template_child (widget_class, LimberFirstRunCard, safety_box);
  gtk_widget_class_bind_template_child (widget_class, LimberFirstRunCard, offer_box);
  gtk_widget_class_bind_template_child (widget_class, LimberFirstRunCard, safety_label);
  gtk_widget_class_bind_template_child (widget_class, LimberFirstRunCard, understood_button);
  gtk_widget_class_bind_template_child (widget_class, LimberFirstRunCard, not_now_button);
  gtk_widget_class_bind_template_child (widget_class, LimberFirstRunCard, turn_on_button);
  gtk_widget_class_bind_template_callback (widget_class, on_understood_button_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_not_now_button_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_turn_on_button_clicked);
}

static void
limber_first_run_card_init (LimberFirstRunCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_label_set_label (self->safety_label, limber_ui_safety_note ());
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

void
limber_first_run_card_set_settings (LimberFirstRunCard *self,
                                    GSettings          *settings)
{
  g_return_if_fail (LIMBER_IS_FIRST_RUN_CARD (self));
  g_return_if_fail (settings == NULL || G_IS_SETTINGS (settings));

  if (self->settings != NULL)
    g_settings_unbind (self, "visible");
  g_set_object (&self->settings, settings);
  if (settings != NULL)
    g_settings_bind (settings, "reminders-offered", self, "visible",
                     G_SETTINGS_BIND_GET | G_SETTINGS_BIND_INVERT_BOOLEAN);
  else
    gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

const char *
limber_first_run_card_get_stage (LimberFirstRunCard *self)
{
  g_return_val_if_fail (LIMBER_IS_FIRST_RUN_CARD (self), NULL);
  return gtk_widget_get_visible (self->offer_box) ? "offer" : "safety";
}

GtkButton *
limber_first_run_card_get_understood_button (LimberFirstRunCard *self)
{
  g_return_val_if_fail (LIMBER_IS_FIRST_RUN_CARD (self), NULL);
  return self->understood_button;
}

GtkButton *
limber_first_run_card_get_not_now_button (LimberFirstRunCard *self)
{
  g_return_val_if_fail (LIMBER_IS_FIRST_RUN_CARD (self), NULL);
  return self->not_now_button;
}

GtkButton *
limber_first_run_card_get_turn_on_button (LimberFirstRunCard *self)
{
  g_return_val_if_fail (LIMBER_IS_FIRST_RUN_CARD (self), NULL);
  return self->turn_on_button;
}
