/* limber-routine-page.c: what a routine holds, and Start
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-routine-page"

#include "config.h"

#include <glib/gi18n.h>

#include "limber-menu-button-private.h"
#include "limber-object-private.h"
#include "limber-plan.h"
#include "limber-progress-rules.h"
#include "limber-routine-page.h"
#include "limber-ui-format.h"

struct _LimberRoutinePage
{
  AdwBin parent_instance;

  LimberRoutine *routine;
  int level;

  AdwHeaderBar *header_bar;
  GtkMenuButton *routine_menu_button;
  GMenuModel *routine_menu;
  GtkWidget *back_button;
  AdwWindowTitle *window_title;
  GtkStack *stack;
  GtkLabel *title_label;
  GtkLabel *summary_label;
  GtkLabel *description_label;
  GtkLabel *rest_label;
  GtkListBox *exercises_list;
  GtkLabel *safety_label;
  GtkWidget *checked_card;
  GtkLabel *checked_reason;
  GtkLabel *checked_warning;
  AdwActionRow *level_row;
  GtkLabel *level_label;
  GtkWidget *easier_button;
  GtkWidget *harder_button;
  GtkWidget *start_button;
  GtkWidget *easy_day_button;
};

G_DEFINE_FINAL_TYPE (LimberRoutinePage, limber_routine_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_ROUTINE,
  PROP_LEVEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkWidget *
create_exercise_row (gpointer item,
                     gpointer user_data)
{
  LimberExercise *exercise = item;
  g_autofree char *title = g_markup_escape_text (limber_exercise_get_name (exercise), -1);
  g_autofree char *summary = limber_ui_describe_exercise (exercise);
  g_autofree char *subtitle = g_markup_escape_text (summary, -1);
  const char *caution = limber_exercise_get_caution (exercise);
  GtkWidget *row;

  row = g_object_new (ADW_TYPE_ACTION_ROW,
                      "title", title,
                      "subtitle", subtitle,
                      "subtitle-lines", 3,
                      "activatable", FALSE,
                      NULL);

  if (caution != NULL && caution[0] != '\0')
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      gtk_widget_set_tooltip_text (icon, caution);
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, caution,
                                      -1);
      gtk_widget_add_css_class (icon, "warning");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon);
    }

  return row;
}

/* The level, its buttons, and the total time at that level. */
static void
update_level (LimberRoutinePage *self)
{
  g_autofree char *level = limber_level_to_string (self->level);
  g_autofree char *level_name = NULL;
  g_autofree char *length = NULL;
  g_autofree char *subtitle = NULL;

  gtk_label_set_label (self->level_label, level);
  /* Translators: what a screen reader says for the level shown, "Level +1" */
  level_name = g_strdup_printf (_("Level %s"), level);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->level_label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, level_name,
                                  -1);
  gtk_widget_set_sensitive (self->easier_button, self->level > LIMBER_LEVEL_MIN);
  gtk_widget_set_sensitive (self->harder_button, self->level < LIMBER_LEVEL_MAX);

  if (self->routine == NULL)
    return;
  length = limber_ui_format_length (limber_routine_get_total_seconds_at_level (self->routine, self->level));
  if (self->level == 0)
    /* Translators: %s is the routine's total time, "12 min" */
    subtitle = g_strdup_printf (_("%s in all · as written"), length);
  else if (self->level > 0)
    /* Translators: %s is the routine's total time, "12 min" */
    subtitle = g_strdup_printf (_("%s in all · longer holds, more repetitions"), length);
  else
    /* Translators: %s is the routine's total time, "12 min" */
    subtitle = g_strdup_printf (_("%s in all · shorter holds, fewer repetitions"), length);
  adw_action_row_set_subtitle (self->level_row, subtitle);
}

static void
on_easier_button_clicked (GtkButton         *button,
                          LimberRoutinePage *self)
{
  limber_routine_page_set_level (self, self->level - 1);
}

static void
on_harder_button_clicked (GtkButton         *button,
                          LimberRoutinePage *self)
{
  limber_routine_page_set_level (self, self->level + 1);
}

static void
update (LimberRoutinePage *self)
{
  g_autofree char *summary = NULL;
  g_autofree char *rest_text = NULL;
  g_autofree char *rest = NULL;
  g_autofree char *prepare = NULL;
  const char *description;

  if (self->routine == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      adw_window_title_set_title (self->window_title, "");
      gtk_list_box_bind_model (self->exercises_list, NULL, NULL, NULL, NULL);
      gtk_widget_set_sensitive (self->start_button, FALSE);
      return;
    }

  summary = limber_ui_describe_routine (self->routine);
  prepare = limber_ui_format_length (limber_routine_get_prepare (self->routine));
  rest = limber_ui_format_length (limber_routine_get_rest_between_exercises (self->routine));
  /* Translators: the first %s is a length ("10 s"), the second too */
  rest_text = g_strdup_printf (_("%s to get ready · %s rest between exercises"), prepare, rest);
  description = limber_routine_get_description (self->routine);

  adw_window_title_set_title (self->window_title, limber_routine_get_title (self->routine));
  gtk_label_set_label (self->title_label, limber_routine_get_title (self->routine));
  gtk_label_set_label (self->summary_label, summary);
  gtk_label_set_label (self->description_label, description);
  gtk_widget_set_visible (GTK_WIDGET (self->description_label), description[0] != '\0');
  gtk_label_set_label (self->rest_label, rest_text);
  gtk_list_box_bind_model (self->exercises_list, limber_routine_get_exercises (self->routine),
                           create_exercise_row, NULL, NULL);
  gtk_widget_set_sensitive (self->start_button, TRUE);
  update_level (self);
  gtk_stack_set_visible_child_name (self->stack, "routine");
}

static void
limber_routine_page_dispose (GObject *object)
{
  LimberRoutinePage *self = LIMBER_ROUTINE_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), LIMBER_TYPE_ROUTINE_PAGE);
  g_clear_object (&self->routine);

  G_OBJECT_CLASS (limber_routine_page_parent_class)->dispose (object);
}

static void
limber_routine_page_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  LimberRoutinePage *self = LIMBER_ROUTINE_PAGE (object);

  switch (prop_id)
    {
    case PROP_ROUTINE:
      g_value_set_object (value, self->routine);
      break;
    case PROP_LEVEL:
      g_value_set_int (value, self->level);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_routine_page_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  LimberRoutinePage *self = LIMBER_ROUTINE_PAGE (object);

  switch (prop_id)
    {
    case PROP_ROUTINE:
      limber_routine_page_set_routine (self, g_value_get_object (value));
      break;
    case PROP_LEVEL:
      limber_routine_page_set_level (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_routine_page_class_init (LimberRoutinePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = limber_routine_page_dispose;
  object_class->get_property = limber_routine_page_get_property;
  object_class->set_property = limber_routine_page_set_property;

  properties[PROP_ROUTINE] =
    g_param_spec_object ("routine", NULL, NULL, LIMBER_TYPE_ROUTINE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LEVEL] =
    g_param_spec_int ("level", NULL, NULL, LIMBER_LEVEL_MIN, LIMBER_LEVEL_MAX, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/limber-routine-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LimberRoutinePage, header_bar);
  gtk_widget_class_bind_template_child (widget_class, LimberRoutinePage, routine_menu_button);
  gtk_widget_class_bind_template_child (widget_class, LimberRoutinePage, routine_menu);
  gtk_widget_class_bind_template_child (widget_class, LimberRoutinePage, back_button);
  gtk_widget_class_bind_template_child (widget_class, LimberRoutinePage, window_title);
  gtk_widget_class_bind_template_child (widget_class, LimberRoutinePage, stack);
  gtk_widget_class_bind_template_child (widget_class, LimberRoutinePage, title_label);
  gtk_widget_class_bind_template_child (widget_class, LimberRoutinePage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, LimberRoutinePage, description_label);
  gtk_widget_class_bind_template_child (widget_class, LimberRoutinePage, rest_label);
  gtk_widget_class_bind_template_child (widget_class, LimberRoutinePage, exercises_list);
  gtk_widget_class_bind_template_child (widget_class, LimberRoutinePage, safety_label);
  gtk_widget_class_bind_template_child (widget_class, LimberRoutinePage, checked_card);
  gtk_widget_class_bind_template_child (widget_class, LimberRoutinePage, checked_reason);
  gtk_widget_class_bind_template_child (widget_class, LimberRoutinePage, checked_warning);
  gtk_widget_class_bind_template_child (widget_class, LimberRoutinePage, level_row);
  gtk_widget_class_bind_template_child (widget_class, LimberRoutinePage, level_label);
  gtk_widget_class_bind_template_child (widget_class, LimberRoutinePage, easier_button);
  gtk_widget_class_bind_template_child (widget_class, LimberRoutinePage, harder_button);
  gtk_widget_class_bind_template_child (widget_class, LimberRoutinePage, start_button);
  gtk_widget_class_bind_template_child (widget_class, LimberRoutinePage, easy_day_button);
  gtk_widget_class_bind_template_callback (widget_class, on_easier_button_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_harder_button_clicked);
}

static void
limber_routine_page_init (LimberRoutinePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  limber_menu_button_defer_menu (self->routine_menu_button, self->routine_menu);
  gtk_label_set_label (self->safety_label, limber_ui_safety_note ());
  {
    g_autofree char *warning = g_strconcat (limber_ui_warning_signs (), "\n", limber_ui_urgent_note (), NULL);

    gtk_label_set_label (self->checked_warning, warning);
  }
  update (self);
  update_level (self);
}

LIMBER_DEFINE_GETTER (LimberRoutinePage, limber_routine_page, LIMBER_IS_ROUTINE_PAGE,
                      LimberRoutine *, routine, NULL)

void
limber_routine_page_set_routine (LimberRoutinePage *self,
                                 LimberRoutine     *routine)
{
  g_return_if_fail (LIMBER_IS_ROUTINE_PAGE (self));
  g_return_if_fail (routine == NULL || LIMBER_IS_ROUTINE (routine));

  if (!g_set_object (&self->routine, routine))
    return;
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROUTINE]);
}

GListModel *
limber_routine_page_get_exercises (LimberRoutinePage *self)
{
  g_return_val_if_fail (LIMBER_IS_ROUTINE_PAGE (self), NULL);
  return self->routine != NULL ? limber_routine_get_exercises (self->routine) : NULL;
}

void
limber_routine_page_set_folded (LimberRoutinePage *self,
                                gboolean           folded)
{
  g_return_if_fail (LIMBER_IS_ROUTINE_PAGE (self));

  gtk_widget_set_visible (self->back_button, folded);
  adw_header_bar_set_show_start_title_buttons (self->header_bar, folded);
}

LIMBER_DEFINE_GETTER (LimberRoutinePage, limber_routine_page, LIMBER_IS_ROUTINE_PAGE,
                      int, level, 0)

void
limber_routine_page_set_level (LimberRoutinePage *self,
                               int                level)
{
  g_return_if_fail (LIMBER_IS_ROUTINE_PAGE (self));

  level = CLAMP (level, LIMBER_LEVEL_MIN, LIMBER_LEVEL_MAX);
  if (level == self->level)
    return;
  self->level = level;
  update_level (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEVEL]);
}

const char *
limber_routine_page_get_level_text (LimberRoutinePage *self)
{
  g_return_val_if_fail (LIMBER_IS_ROUTINE_PAGE (self), NULL);
  return gtk_label_get_label (self->level_label);
}

const char *
limber_routine_page_get_level_total_text (LimberRoutinePage *self)
{
  g_return_val_if_fail (LIMBER_IS_ROUTINE_PAGE (self), NULL);
  return adw_action_row_get_subtitle (self->level_row);
}

GtkButton *
limber_routine_page_get_level_button (LimberRoutinePage *self,
                                      gboolean           harder)
{
  g_return_val_if_fail (LIMBER_IS_ROUTINE_PAGE (self), NULL);
  return GTK_BUTTON (harder ? self->harder_button : self->easier_button);
}

void
limber_routine_page_set_get_checked (LimberRoutinePage *self,
                                     const char        *reason)
{
  g_return_if_fail (LIMBER_IS_ROUTINE_PAGE (self));

  gtk_label_set_label (self->checked_reason, reason != NULL ? reason : "");
  gtk_widget_set_visible (self->checked_card, reason != NULL);
}

const char *
limber_routine_page_get_get_checked (LimberRoutinePage *self)
{
  g_return_val_if_fail (LIMBER_IS_ROUTINE_PAGE (self), NULL);

  if (!gtk_widget_get_visible (self->checked_card))
    return NULL;
  return gtk_label_get_label (self->checked_reason);
}
