/* limber-duration-row.c: a row with an m:ss entry and the message of its field
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-duration-row"

#include "config.h"

#include <glib/gi18n.h>

#include "limber-duration-row.h"
#include "limber-duration.h"
#include "limber-row-problem-private.h"

struct _LimberDurationRow
{
  AdwActionRow parent_instance;

  guint seconds;
  char *problem;        /* the validator's */
  char *input_error;    /* the parser's */
  gboolean updating;

  GtkEntry *entry;
};

G_DEFINE_FINAL_TYPE (LimberDurationRow, limber_duration_row, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_SECONDS,
  PROP_PROBLEM,
  PROP_INPUT_VALID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_message (LimberDurationRow *self)
{
  const char *message = limber_duration_row_get_message (self);

  limber_row_show_problem (ADW_ACTION_ROW (self), message);
  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->entry), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->entry), "error");
}

static void
show_seconds (LimberDurationRow *self)
{
  g_autofree char *text = limber_format_duration (self->seconds);

  self->updating = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->entry), text);
  self->updating = FALSE;
}

static void
set_input_error (LimberDurationRow *self,
                 const char        *message)
{
  gboolean was_valid = self->input_error == NULL;

  if (g_strcmp0 (message, self->input_error) == 0)
    return;
  g_free (self->input_error);
  self->input_error = g_strdup (message);
  update_message (self);
  if (was_valid != (self->input_error == NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INPUT_VALID]);
}

static void
on_entry_changed (GtkEditable       *entry,
                  LimberDurationRow *self)
{
  g_autoptr(GError) error = NULL;
  guint seconds;

  if (self->updating)
    return;

  if (!limber_parse_duration (gtk_editable_get_text (entry), &seconds, &error))
    {
      set_input_error (self, error->message);
      return;
    }
  set_input_error (self, NULL);
  if (seconds != self->seconds)
    {
      self->seconds = seconds;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECONDS]);
    }
}

/* Leaving the field writes the value back the way it is read: "90" → "1:30". */
static void
on_entry_activate (GtkEntry          *entry,
                   LimberDurationRow *self)
{
  if (self->input_error == NULL)
    show_seconds (self);
}

static void
limber_duration_row_finalize (GObject *object)
{
  LimberDurationRow *self = LIMBER_DURATION_ROW (object);

  g_free (self->problem);
  g_free (self->input_error);

  G_OBJECT_CLASS (limber_duration_row_parent_class)->finalize (object);
}

static void
limber_duration_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), LIMBER_TYPE_DURATION_ROW);

  G_OBJECT_CLASS (limber_duration_row_parent_class)->dispose (object);
}

static void
limber_duration_row_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  LimberDurationRow *self = LIMBER_DURATION_ROW (object);

  switch (prop_id)
    {
    case PROP_SECONDS: g_value_set_uint (value, self->seconds); break;
    case PROP_PROBLEM: g_value_set_string (value, self->problem); break;
    case PROP_INPUT_VALID: g_value_set_boolean (value, self->input_error == NULL); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_duration_row_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  LimberDurationRow *self = LIMBER_DURATION_ROW (object);

  switch (prop_id)
    {
    case PROP_SECONDS: limber_duration_row_set_seconds (self, g_value_get_uint (value)); break;
    case PROP_PROBLEM: limber_duration_row_set_problem (self, g_value_get_string (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_duration_row_class_init (LimberDurationRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = limber_duration_row_finalize;
  object_class->dispose = limber_duration_row_dispose;
  object_class->get_property = limber_duration_row_get_property;
  object_class->set_property = limber_duration_row_set_property;

  properties[PROP_SECONDS] =
    g_param_spec_uint ("seconds", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROBLEM] =
    g_param_spec_string ("problem", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_INPUT_VALID] =
    g_param_spec_boolean ("input-valid", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/limber-duration-row.ui");
  gtk_widget_class_bind_template_child (widget_class, LimberDurationRow, entry);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activate);
}

static void
limber_duration_row_init (LimberDurationRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  show_seconds (self);
}

GtkWidget *
limber_duration_row_new (void)
{
  return g_object_new (LIMBER_TYPE_DURATION_ROW, NULL);
}

guint
limber_duration_row_get_seconds (LimberDurationRow *self)
{
  g_return_val_if_fail (LIMBER_IS_DURATION_ROW (self), 0);
  return self->seconds;
}

void
limber_duration_row_set_seconds (LimberDurationRow *self,
                                 guint              seconds)
{
  g_return_if_fail (LIMBER_IS_DURATION_ROW (self));

  if (seconds == self->seconds && self->input_error == NULL)
    return;
  self->seconds = seconds;
  show_seconds (self);
  set_input_error (self, NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECONDS]);
}

const char *
limber_duration_row_get_problem (LimberDurationRow *self)
{
  g_return_val_if_fail (LIMBER_IS_DURATION_ROW (self), NULL);
  return self->problem;
}

void
limber_duration_row_set_problem (LimberDurationRow *self,
                                 const char        *problem)
{
  g_return_if_fail (LIMBER_IS_DURATION_ROW (self));

  if (g_strcmp0 (problem, self->problem) == 0)
    return;
  g_free (self->problem);
  self->problem = g_strdup (problem);
  update_message (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROBLEM]);
}

gboolean
limber_duration_row_get_input_valid (LimberDurationRow *self)
{
  g_return_val_if_fail (LIMBER_IS_DURATION_ROW (self), FALSE);
  return self->input_error == NULL;
}

const char *
limber_duration_row_get_message (LimberDurationRow *self)
{
  g_return_val_if_fail (LIMBER_IS_DURATION_ROW (self), NULL);
  return self->input_error != NULL ? self->input_error : self->problem;
}

GtkEditable *
limber_duration_row_get_editable (LimberDurationRow *self)
{
  g_return_val_if_fail (LIMBER_IS_DURATION_ROW (self), NULL);
  return GTK_EDITABLE (self->entry);
}
