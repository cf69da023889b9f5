/* limber-pain-scale.c: "How does your back feel?" as eleven buttons, 0–10
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-pain-scale"

#include "config.h"

#include <glib/gi18n.h>

#include "limber-pain-scale.h"

#define N_BUTTONS 11

struct _LimberPainScale
{
  AdwBin parent_instance;

  gint value;
  gboolean syncing;
  GtkToggleButton *buttons[N_BUTTONS];

  GtkBox *buttons_box;
};

G_DEFINE_FINAL_TYPE (LimberPainScale, limber_pain_scale, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_VALUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sync_buttons (LimberPainScale *self)
{
  self->syncing = TRUE;
  for (guint i = 0; i < N_BUTTONS; i++)
    gtk_toggle_button_set_active (self->buttons[i], (gint) i == self->value);
  self->syncing = FALSE;
}

static void
on_button_toggled (GtkToggleButton *button,
                   LimberPainScale *self)
{
  gint value = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "value"));

  if (self->syncing)
    return;
  if (gtk_toggle_button_get_active (button))
    limber_pain_scale_set_value (self, value);
  else if (value == self->value)
    limber_pain_scale_set_value (self, -1);
}

static void
limber_pain_scale_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  LimberPainScale *self = LIMBER_PAIN_SCALE (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      g_value_set_int (value, self->value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_pain_scale_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  LimberPainScale *self = LIMBER_PAIN_SCALE (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      limber_pain_scale_set_value (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_pain_scale_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), LIMBER_TYPE_PAIN_SCALE);

  G_OBJECT_CLASS (limber_pain_scale_parent_class)->dispose (object);
}

static void
limber_pain_scale_class_init (LimberPainScaleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = limber_pain_scale_get_property;
  object_class->set_property = limber_pain_scale_set_property;
  object_class->dispose = limber_pain_scale_dispose;

  properties[PROP_VALUE] =
    g_param_spec_int ("value", NULL, NULL, -1, 10, -1,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/limber-pain-scale.ui");
  gtk_widget_class_bind_template_child (widget_class, LimberPainScale, buttons_box);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
limber_pain_scale_init (LimberPainScale *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->value = -1;

  for (guint i = 0; i < N_BUTTONS; i++)
    {
      g_autofree char *label = g_strdup_printf ("%u", i);
      g_autofree char *name = NULL;
      GtkWidget *button = gtk_toggle_button_new_with_label (label);

      if (i == 0)
        name = g_strdup (_("0, no pain"));
      else if (i == 10)
        name = g_strdup (_("10, the worst pain"));
      else
        /* Translators: a back-pain rating for screen readers */
        name = g_strdup_printf (_("%u of 10"), i);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      gtk_widget_add_css_class (button, "pain-button");
      gtk_widget_set_hexpand (button, TRUE);
      g_object_set_data (G_OBJECT (button), "value", GINT_TO_POINTER (i));
      g_signal_connect (button, "toggled", G_CALLBACK (on_button_toggled), self);
      gtk_box_append (self->buttons_box, button);
      self->buttons[i] = GTK_TOGGLE_BUTTON (button);
    }
}

GtkWidget *
limber_pain_scale_new (void)
{
  return g_object_new (LIMBER_TYPE_PAIN_SCALE, NULL);
}

gint
limber_pain_scale_get_value (LimberPainScale *self)
{
  g_return_val_if_fail (LIMBER_IS_PAIN_SCALE (self), -1);
  return self->value;
}

void
limber_pain_scale_set_value (LimberPainScale *self,
                             gint             value)
{
  g_return_if_fail (LIMBER_IS_PAIN_SCALE (self));
  g_return_if_fail (value >= -1 && value <= 10);

  if (self->value == value)
    return;
  self->value = value;
  sync_buttons (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
}

GtkToggleButton *
limber_pain_scale_get_button (LimberPainScale *self,
                              guint            value)
{
  g_return_val_if_fail (LIMBER_IS_PAIN_SCALE (self), NULL);
  g_return_val_if_fail (value < N_BUTTONS, NULL);
  return self->buttons[value];
}
