/* limber-routine-row.c: one routine in the library list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-routine-row"

#include "config.h"

#include <glib/gi18n.h>

#include "limber-routine-row.h"
#include "limber-ui-format.h"

struct _LimberRoutineRow
{
  AdwActionRow parent_instance;

  LimberRoutine *routine;

  GtkLabel *tags_label;
  GtkImage *user_icon;
};

G_DEFINE_FINAL_TYPE (LimberRoutineRow, limber_routine_row, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_ROUTINE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update (LimberRoutineRow *self)
{
  g_autofree char *summary = NULL;
  g_autofree char *tags = NULL;
  g_autofree char *title = NULL;

  if (self->routine == NULL)
    return;

  title = g_markup_escape_text (limber_routine_get_title (self->routine), -1);
  summary = limber_ui_describe_routine (self->routine);
  tags = g_strjoinv (" · ", (char **) limber_routine_get_tags (self->routine));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), summary);
  gtk_label_set_label (self->tags_label, tags);
  gtk_widget_set_visible (GTK_WIDGET (self->tags_label), tags[0] != '\0');
  gtk_widget_set_visible (GTK_WIDGET (self->user_icon),
                          limber_routine_get_origin (self->routine) != LIMBER_ROUTINE_ORIGIN_BUNDLED);
}

static void
limber_routine_row_dispose (GObject *object)
{
  LimberRoutineRow *self = LIMBER_ROUTINE_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), LIMBER_TYPE_ROUTINE_ROW);
  g_clear_object (&self->routine);

  G_OBJECT_CLASS (limber_routine_row_parent_class)->dispose (object);
}

static void
limber_routine_row_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  LimberRoutineRow *self = LIMBER_ROUTINE_ROW (object);

  switch (prop_id)
    {
    case PROP_ROUTINE:
      g_value_set_object (value, self->routine);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_routine_row_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  LimberRoutineRow *self = LIMBER_ROUTINE_ROW (object);

  switch (prop_id)
    {
    case PROP_ROUTINE:
      g_set_object (&self->routine, g_value_get_object (value));
      update (self);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_routine_row_class_init (LimberRoutineRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = limber_routine_row_dispose;
  object_class->get_property = limber_routine_row_get_property;
  object_class->set_property = limber_routine_row_set_property;

  properties[PROP_ROUTINE] =
    g_param_spec_object ("routine", NULL, NULL, LIMBER_TYPE_ROUTINE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/limber-routine-row.ui");
  gtk_widget_class_bind_template_child (widget_class, LimberRoutineRow, tags_label);
  gtk_widget_class_bind_template_child (widget_class, LimberRoutineRow, user_icon);
}

static void
limber_routine_row_init (LimberRoutineRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
limber_routine_row_new (LimberRoutine *routine)
{
  g_return_val_if_fail (LIMBER_IS_ROUTINE (routine), NULL);
  return g_object_new (LIMBER_TYPE_ROUTINE_ROW, "routine", routine, NULL);
}

LimberRoutine *
limber_routine_row_get_routine (LimberRoutineRow *self)
{
  g_return_val_if_fail (LIMBER_IS_ROUTINE_ROW (self), NULL);
  return self->routine;
}
