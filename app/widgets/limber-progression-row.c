/* limber-progression-row.c: how an exercise gets easier or harder by level
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-progression-row"

#include "config.h"

#include <glib/gi18n.h>

#include "limber-duration.h"
#include "limber-object-private.h"
#include "limber-progression-row.h"
#include "limber-routine-rules.h"
#include "limber-row-problem-private.h"

struct _LimberProgressionRow
{
  AdwExpanderRow parent_instance;

  LimberExercise *exercise;
  gboolean timed;
  gboolean writing;    /* an entry is writing to the exercise */
  gboolean updating;   /* the row is writing to an entry */
  char *problem[LIMBER_PROGRESSION_N_FIELDS];      /* the validator's */
  char *input_error[LIMBER_PROGRESSION_N_FIELDS];  /* the entry's */
  AdwActionRow *rows[LIMBER_PROGRESSION_N_FIELDS];
  GtkEntry *entries[LIMBER_PROGRESSION_N_FIELDS];

  GtkWidget *problem_icon;
  AdwActionRow *step_row;
  GtkEntry *step_entry;
  AdwActionRow *min_row;
  GtkEntry *min_entry;
  AdwActionRow *max_row;
  GtkEntry *max_entry;
  GtkButton *defaults_button;
};

G_DEFINE_FINAL_TYPE (LimberProgressionRow, limber_progression_row, ADW_TYPE_EXPANDER_ROW)

enum {
  PROP_0,
  PROP_INPUT_VALID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static guint
get_field (LimberProgressionRow  *self,
           LimberProgressionField field)
{
  switch (field)
    {
    case LIMBER_PROGRESSION_FIELD_STEP: return limber_exercise_get_progression_step (self->exercise);
    case LIMBER_PROGRESSION_FIELD_MIN: return limber_exercise_get_progression_min (self->exercise);
    case LIMBER_PROGRESSION_FIELD_MAX: return limber_exercise_get_progression_max (self->exercise);
    case LIMBER_PROGRESSION_N_FIELDS:
    default: g_assert_not_reached ();
    }
}

static void
set_field (LimberProgressionRow  *self,
           LimberProgressionField field,
           guint                  value)
{
  self->writing = TRUE;
  switch (field)
    {
    case LIMBER_PROGRESSION_FIELD_STEP: limber_exercise_set_progression_step (self->exercise, value); break;
    case LIMBER_PROGRESSION_FIELD_MIN: limber_exercise_set_progression_min (self->exercise, value); break;
    case LIMBER_PROGRESSION_FIELD_MAX: limber_exercise_set_progression_max (self->exercise, value); break;
    case LIMBER_PROGRESSION_N_FIELDS:
    default: g_assert_not_reached ();
    }
  self->writing = FALSE;
}

/* Seconds as m:ss for a timed exercise, a plain number of reps otherwise. */
static char *
format_value (LimberProgressionRow *self,
              guint                 value)
{
  return self->timed ? limber_format_duration (value) : g_strdup_printf ("%u", value);
}

/* "0:45" or "12 reps": a value at a level, for the subtitle. */
static char *
describe_value (LimberProgressionRow *self,
                guint                 value)
{
  if (self->timed)
    return limber_format_duration (value);
  /* Translators: a number of repetitions at a level, as in "12 reps" */
  return g_strdup_printf (ngettext ("%u rep", "%u reps", value), value);
}

/* The exercise's own value when it is one the format allows, else 0 (then
 * the bounds are checked on their own, as the validator does). */
static guint
exercise_value (LimberProgressionRow *self)
{
  const LimberKeyRule *rule = &limber_exercise_rules[self->timed ? LIMBER_EXERCISE_KEY_DURATION
                                                                 : LIMBER_EXERCISE_KEY_REPS];
  guint value = limber_exercise_get_value (self->exercise);

  return value >= rule->min && value <= rule->max ? value : 0;
}

/* The loader's message for @value in @field, or NULL when the loader would
 * take it (for a bound: given the exercise's own value). */
static char *
check_value (LimberProgressionRow  *self,
             LimberProgressionField field,
             gint64                 value)
{
  const LimberKeyRule *rules = self->timed ? limber_progression_rules_timed : limber_progression_rules_counted;
  guint own = exercise_value (self);

  if (field == LIMBER_PROGRESSION_FIELD_MIN && own != 0)
    return limber_rule_check_progression_min (self->timed, own, value);
  if (field == LIMBER_PROGRESSION_FIELD_MAX && own != 0)
    return limber_rule_check_progression_max (self->timed, own, value);
  return limber_rule_check_integer (&rules[field], value);
}

/* Reads @text: TRUE with *@value (0 for an empty entry: not given), or
 * FALSE with the message to show. */
static gboolean
parse_text (LimberProgressionRow   *self,
            LimberProgressionField  field,
            const char             *text,
            guint                  *value,
            char                  **message)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  gint64 number;

  *value = 0;
  *message = NULL;
  if (stripped[0] == '\0')
    return TRUE;

  if (self->timed)
    {
      g_autoptr(GError) error = NULL;
      guint seconds;

      if (!limber_parse_duration (stripped, &seconds, &error))
        {
          *message = g_strdup (error->message);
          return FALSE;
        }
      number = seconds;
    }
  else if (!g_ascii_string_to_signed (stripped, 10, G_MININT64, G_MAXINT64, &number, NULL))
    {
      g_autoptr(JsonNode) node = json_node_new (JSON_NODE_VALUE);

      json_node_set_string (node, stripped);
      *message = limber_rule_wrong_type (&limber_progression_rules_counted[field], node);
      return FALSE;
    }

  /* The exercise keeps 0 for "not given": 0 or less is the loader's
   * message for that number, as if the file said it. */
  if (number <= 0 || number > G_MAXUINT)
    {
      *message = check_value (self, field, number);
      g_assert (*message != NULL);
      return FALSE;
    }
  *value = (guint) number;
  return TRUE;
}

static const char *
field_message (LimberProgressionRow  *self,
               LimberProgressionField field)
{
  return self->input_error[field] != NULL ? self->input_error[field] : self->problem[field];
}

static gboolean
any_message (LimberProgressionRow *self)
{
  for (guint i = 0; i < LIMBER_PROGRESSION_N_FIELDS; i++)
    if (field_message (self, i) != NULL)
      return TRUE;
  return FALSE;
}

/* What levels −2 and +3 come to; nothing while a field is wrong. */
static void
update_subtitle (LimberProgressionRow *self)
{
  g_autofree char *easiest = NULL;
  g_autofree char *hardest = NULL;
  g_autofree char *subtitle = NULL;

  if (self->exercise == NULL)
    return;
  easiest = describe_value (self, limber_exercise_get_value_at_level (self->exercise, LIMBER_LEVEL_MIN));
  hardest = describe_value (self, limber_exercise_get_value_at_level (self->exercise, LIMBER_LEVEL_MAX));
  if (any_message (self))
    subtitle = g_strdup (_("Check the values below"));
  else if (limber_exercise_has_progression (self->exercise))
    /* Translators: the exercise's own progression; %s are a duration or a
     * number of reps, as in "Custom: 0:20 at level −2, 0:45 at level +3" */
    subtitle = g_strdup_printf (_("Custom: %s at level −2, %s at level +3"), easiest, hardest);
  else
    /* Translators: the format's default progression (5 s or 2 reps a level) */
    subtitle = g_strdup_printf (_("Default: %s at level −2, %s at level +3"), easiest, hardest);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle);
}

static void
show_message (LimberProgressionRow  *self,
              LimberProgressionField field)
{
  const char *message = field_message (self, field);

  limber_row_show_problem (self->rows[field], message);
  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->entries[field]), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->entries[field]), "error");

  gtk_widget_set_visible (self->problem_icon, any_message (self));
  update_subtitle (self);
}

static void
set_input_error (LimberProgressionRow  *self,
                 LimberProgressionField field,
                 char                  *message)
{
  gboolean was_valid = limber_progression_row_get_input_valid (self);

  if (g_strcmp0 (message, self->input_error[field]) == 0)
    {
      g_free (message);
      return;
    }
  g_free (self->input_error[field]);
  self->input_error[field] = message;
  show_message (self, field);
  if (was_valid != limber_progression_row_get_input_valid (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INPUT_VALID]);
}

/* Writes the exercise's value into the entry of @field ("" for none). */
static void
write_value (LimberProgressionRow  *self,
             LimberProgressionField field)
{
  guint value = get_field (self, field);
  g_autofree char *text = value != 0 ? format_value (self, value) : g_strdup ("");

  self->updating = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->entries[field]), text);
  self->updating = FALSE;
}

/* Writes the exercise's value into the entry, unless the text already
 * reads as that value; @force also drops what the person typed that was
 * no value. */
static void
show_field (LimberProgressionRow  *self,
            LimberProgressionField field,
            gboolean               force)
{
  guint value = get_field (self, field);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->entries[field]));
  g_autofree char *message = NULL;
  guint shown;

  if (!force && self->input_error[field] != NULL)
    return;
  if (!parse_text (self, field, text, &shown, &message) || shown != value)
    write_value (self, field);
  set_input_error (self, field, NULL);
}

/* Titles, placeholders and the subtitle follow the exercise's values. */
static void
update (LimberProgressionRow *self)
{
  gboolean timed = limber_exercise_is_timed (self->exercise);
  g_autofree char *step = NULL;
  g_autofree char *min = NULL;
  g_autofree char *max = NULL;

  if (timed != self->timed)
    {
      self->timed = timed;
      for (guint i = 0; i < LIMBER_PROGRESSION_N_FIELDS; i++)
        show_field (self, i, TRUE);
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->step_row),
                                 timed ? _("Time per Level") : _("Reps per Level"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->min_row),
                                 timed ? _("Shortest Time") : _("Fewest Reps"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->max_row),
                                 timed ? _("Longest Time") : _("Most Reps"));
  for (guint i = 0; i < LIMBER_PROGRESSION_N_FIELDS; i++)
    gtk_widget_set_tooltip_text (GTK_WIDGET (self->entries[i]),
                                 timed ? _("Minutes and seconds, like 1:30") : NULL);

  /* What applies when a key is not given. */
  step = format_value (self, limber_exercise_get_level_step (self->exercise));
  min = format_value (self, limber_exercise_get_level_min (self->exercise));
  max = format_value (self, limber_exercise_get_level_max (self->exercise));
  gtk_entry_set_placeholder_text (self->step_entry, step);
  gtk_entry_set_placeholder_text (self->min_entry, min);
  gtk_entry_set_placeholder_text (self->max_entry, max);

  update_subtitle (self);
}

static void
on_exercise_notify (LimberExercise       *exercise,
                    GParamSpec           *pspec,
                    LimberProgressionRow *self)
{
  /* A change of the progression made elsewhere (Use Defaults, a change of
   * mode, revert) replaces whatever the entries hold. */
  if (!self->writing && g_str_has_prefix (pspec->name, "progression-"))
    for (guint i = 0; i < LIMBER_PROGRESSION_N_FIELDS; i++)
      show_field (self, i, TRUE);
  update (self);
}

static void
entry_changed (LimberProgressionRow  *self,
               LimberProgressionField field)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->entries[field]));
  char *message;
  guint value;

  if (self->updating || self->exercise == NULL)
    return;
  if (!parse_text (self, field, text, &value, &message))
    {
      set_input_error (self, field, message);
      return;
    }
  set_input_error (self, field, NULL);
  if (value != get_field (self, field))
    set_field (self, field, value);
}

static void
on_step_entry_changed (GtkEditable          *entry,
                       LimberProgressionRow *self)
{
  entry_changed (self, LIMBER_PROGRESSION_FIELD_STEP);
}

static void
on_min_entry_changed (GtkEditable          *entry,
                      LimberProgressionRow *self)
{
  entry_changed (self, LIMBER_PROGRESSION_FIELD_MIN);
}

static void
on_max_entry_changed (GtkEditable          *entry,
                      LimberProgressionRow *self)
{
  entry_changed (self, LIMBER_PROGRESSION_FIELD_MAX);
}

/* Enter writes the value back the way it is read: "90" → "1:30". */
static void
on_entry_activate (GtkEntry             *entry,
                   LimberProgressionRow *self)
{
  for (guint i = 0; i < LIMBER_PROGRESSION_N_FIELDS; i++)
    if (self->entries[i] == entry && self->input_error[i] == NULL)
      write_value (self, i);
}

static void
limber_progression_row_dispose (GObject *object)
{
  LimberProgressionRow *self = LIMBER_PROGRESSION_ROW (object);

  if (self->exercise != NULL)
    g_signal_handlers_disconnect_by_data (self->exercise, self);
  g_clear_object (&self->exercise);
  gtk_widget_dispose_template (GTK_WIDGET (self), LIMBER_TYPE_PROGRESSION_ROW);

  G_OBJECT_CLASS (limber_progression_row_parent_class)->dispose (object);
}

static void
limber_progression_row_finalize (GObject *object)
{
  LimberProgressionRow *self = LIMBER_PROGRESSION_ROW (object);

  for (guint i = 0; i < LIMBER_PROGRESSION_N_FIELDS; i++)
    {
      g_free (self->problem[i]);
      g_free (self->input_error[i]);
    }

  G_OBJECT_CLASS (limber_progression_row_parent_class)->finalize (object);
}

static void
limber_progression_row_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  LimberProgressionRow *self = LIMBER_PROGRESSION_ROW (object);

  switch (prop_id)
    {
    case PROP_INPUT_VALID:
      g_value_set_boolean (value, limber_progression_row_get_input_valid (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_progression_row_class_init (LimberProgressionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = limber_progression_row_dispose;
  object_class->finalize = limber_progression_row_finalize;
  object_class->get_property = limber_progression_row_get_property;

  properties[PROP_INPUT_VALID] =
    g_param_spec_boolean ("input-valid", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/limber-progression-row.ui");
  gtk_widget_class_bind_template_child (widget_class, LimberProgressionRow, problem_icon);
  gtk_widget_class_bind_template_child (widget_class, LimberProgressionRow, step_row);
  gtk_widget_class_bind_template_child (widget_class, LimberProgressionRow, step_entry);
  gtk_widget_class_bind_template_child (widget_class, LimberProgressionRow, min_row);
  gtk_widget_class_bind_template_child (widget_class, LimberProgressionRow, min_entry);
  gtk_widget_class_bind_template_child (widget_class, LimberProgressionRow, max_row);
  gtk_widget_class_bind_template_child (widget_class, LimberProgressionRow, max_entry);
  gtk_widget_class_bind_template_child (widget_class, LimberProgressionRow, defaults_button);
  gtk_widget_class_bind_template_callback (widget_class, on_step_entry_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_min_entry_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_max_entry_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activate);
}

/* AdwExpanderRow 1.2 does not tell assistive technology whether it is
 * open: say it on its header row (as the exercise row does). */
static void
update_expanded_state (LimberProgressionRow *self)
{
  GtkWidget *header = gtk_widget_get_first_child (GTK_WIDGET (self));

  /* box > list > header row */
  while (header != NULL && !GTK_IS_LIST_BOX_ROW (header))
    header = gtk_widget_get_first_child (header);
  if (header != NULL)
    gtk_accessible_update_state (GTK_ACCESSIBLE (header), GTK_ACCESSIBLE_STATE_EXPANDED,
                                 adw_expander_row_get_expanded (ADW_EXPANDER_ROW (self)), -1);
}

static void
on_notify_expanded (LimberProgressionRow *self,
                    GParamSpec           *pspec,
                    gpointer              user_data)
{
  update_expanded_state (self);
}

static void
limber_progression_row_init (LimberProgressionRow *self)
{
  GtkWidget *holder;

  gtk_widget_init_template (GTK_WIDGET (self));
  update_expanded_state (self);
  g_signal_connect (self, "notify::expanded", G_CALLBACK (on_notify_expanded), NULL);
  self->timed = TRUE;
  self->rows[LIMBER_PROGRESSION_FIELD_STEP] = self->step_row;
  self->rows[LIMBER_PROGRESSION_FIELD_MIN] = self->min_row;
  self->rows[LIMBER_PROGRESSION_FIELD_MAX] = self->max_row;
  self->entries[LIMBER_PROGRESSION_FIELD_STEP] = self->step_entry;
  self->entries[LIMBER_PROGRESSION_FIELD_MIN] = self->min_entry;
  self->entries[LIMBER_PROGRESSION_FIELD_MAX] = self->max_entry;

  /* The row that only holds the button does nothing when activated. */
  holder = gtk_widget_get_parent (gtk_widget_get_parent (GTK_WIDGET (self->defaults_button)));
  if (GTK_IS_LIST_BOX_ROW (holder))
    gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (holder), FALSE);
}

void
limber_progression_row_set_exercise (LimberProgressionRow *self,
                                     LimberExercise       *exercise)
{
  g_return_if_fail (LIMBER_IS_PROGRESSION_ROW (self));
  g_return_if_fail (LIMBER_IS_EXERCISE (exercise));

  if (self->exercise != NULL)
    g_signal_handlers_disconnect_by_data (self->exercise, self);
  g_set_object (&self->exercise, exercise);
  g_signal_connect (exercise, "notify", G_CALLBACK (on_exercise_notify), self);
  self->timed = limber_exercise_is_timed (exercise);
  for (guint i = 0; i < LIMBER_PROGRESSION_N_FIELDS; i++)
    show_field (self, i, TRUE);
  update (self);
}

void
limber_progression_row_set_problems (LimberProgressionRow *self,
                                     const char           *step,
                                     const char           *min,
                                     const char           *max)
{
  const char *problems[LIMBER_PROGRESSION_N_FIELDS] = { step, min, max };
  gboolean had_problem = FALSE;
  gboolean has_problem = FALSE;

  g_return_if_fail (LIMBER_IS_PROGRESSION_ROW (self));

  for (guint i = 0; i < LIMBER_PROGRESSION_N_FIELDS; i++)
    {
      had_problem = had_problem || self->problem[i] != NULL;
      has_problem = has_problem || problems[i] != NULL;
      if (g_strcmp0 (self->problem[i], problems[i]) != 0)
        {
          g_free (self->problem[i]);
          self->problem[i] = g_strdup (problems[i]);
          show_message (self, i);
        }
    }
  /* A problem that appears (a duration made shorter than the smallest
   * value, say) is shown, not hidden in a closed row. */
  if (has_problem && !had_problem)
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (self), TRUE);
}

gboolean
limber_progression_row_get_input_valid (LimberProgressionRow *self)
{
  g_return_val_if_fail (LIMBER_IS_PROGRESSION_ROW (self), FALSE);

  for (guint i = 0; i < LIMBER_PROGRESSION_N_FIELDS; i++)
    if (self->input_error[i] != NULL)
      return FALSE;
  return TRUE;
}

const char *
limber_progression_row_get_message (LimberProgressionRow  *self,
                                    LimberProgressionField field)
{
  g_return_val_if_fail (LIMBER_IS_PROGRESSION_ROW (self), NULL);
  g_return_val_if_fail (field < LIMBER_PROGRESSION_N_FIELDS, NULL);

  return field_message (self, field);
}

GtkEditable *
limber_progression_row_get_editable (LimberProgressionRow  *self,
                                     LimberProgressionField field)
{
  g_return_val_if_fail (LIMBER_IS_PROGRESSION_ROW (self), NULL);
  g_return_val_if_fail (field < LIMBER_PROGRESSION_N_FIELDS, NULL);

  return GTK_EDITABLE (self->entries[field]);
}

AdwActionRow *
limber_progression_row_get_field_row (LimberProgressionRow  *self,
                                      LimberProgressionField field)
{
  g_return_val_if_fail (LIMBER_IS_PROGRESSION_ROW (self), NULL);
  g_return_val_if_fail (field < LIMBER_PROGRESSION_N_FIELDS, NULL);

  return self->rows[field];
}

LIMBER_DEFINE_GETTER (LimberProgressionRow, limber_progression_row, LIMBER_IS_PROGRESSION_ROW,
                      GtkButton *, defaults_button, NULL)
