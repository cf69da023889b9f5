/* limber-report-period.c: the days a report covers: the last 30, 90 or
 * 365, every session, or two dates chosen on calendars
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-report-period"

#include "config.h"

#include <glib/gi18n.h>

#include "limber-report-period-private.h"

/* The earliest year a report can start in (as limber --report). */
#define FIRST_YEAR 1900

struct _LimberReportPeriod
{
  AdwBin parent_instance;

  GDate today;
  GDate first;
  char *problem;           /* why the dates make no period, or NULL */

  GtkDropDown *drop_down;
  GtkWidget *dates;
  GtkMenuButton *from_button;
  GtkCalendar *from_calendar;
  GtkMenuButton *to_button;
  GtkCalendar *to_calendar;
  GtkLabel *problem_label;
};

G_DEFINE_FINAL_TYPE (LimberReportPeriod, limber_report_period, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_VALID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
calendar_get_date (GtkCalendar *calendar,
                   GDate       *date)
{
  g_autoptr(GDateTime) date_time = gtk_calendar_get_date (calendar);

  g_date_clear (date, 1);
  g_date_set_dmy (date, g_date_time_get_day_of_month (date_time), g_date_time_get_month (date_time),
                  g_date_time_get_year (date_time));
}

static void
calendar_set_date (GtkCalendar *calendar,
                   const GDate *date)
{
  g_autoptr(GDateTime) date_time = g_date_time_new_local (g_date_get_year (date), g_date_get_month (date),
                                                          g_date_get_day (date), 12, 0, 0);

  gtk_calendar_select_day (calendar, date_time);
}

static char *
format_date (const GDate *date)
{
  char buffer[128];

  /* Translators: a date in the report's title, see strftime(3) */
  if (g_date_strftime (buffer, sizeof buffer, _("%-d %B %Y"), date) == 0)
    return g_strdup ("?");
  return g_strdup (buffer);
}

/* The buttons show their dates; the problem, if any, shows under them. */
static void
update (LimberReportPeriod *self)
{
  gboolean was_valid = self->problem == NULL;
  gboolean custom = limber_report_period_get_kind (self) == LIMBER_REPORT_PERIOD_CUSTOM;
  g_autofree char *from_text = NULL;
  g_autofree char *to_text = NULL;
  g_autofree char *from_name = NULL;
  g_autofree char *to_name = NULL;
  GDate from, to;

  /* The template's children are gone (dispose). */
  if (self->from_calendar == NULL || self->to_calendar == NULL)
    return;

  calendar_get_date (self->from_calendar, &from);
  calendar_get_date (self->to_calendar, &to);
  from_text = format_date (&from);
  to_text = format_date (&to);
  gtk_menu_button_set_label (self->from_button, from_text);
  gtk_menu_button_set_label (self->to_button, to_text);
  /* Translators: for screen readers, the button that chooses the first day
   * of the report's period; %s is the date it holds */
  from_name = g_strdup_printf (_("From %s"), from_text);
  /* Translators: for screen readers, the button that chooses the last day
   * of the report's period; %s is the date it holds */
  to_name = g_strdup_printf (_("To %s"), to_text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->from_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, from_name, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->to_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, to_name, -1);

  g_clear_pointer (&self->problem, g_free);
  if (custom && g_date_compare (&from, &to) > 0)
    self->problem = g_strdup_printf (_("The period would start on %s, after it ends on %s. "
                                       "Choose a “From” date on or before the “To” date."),
                                     from_text, to_text);
  else if (custom && g_date_get_year (&from) < FIRST_YEAR)
    self->problem = g_strdup_printf (_("Choose a “From” date from %u on."), FIRST_YEAR);

  gtk_widget_set_visible (self->dates, custom);
  gtk_label_set_text (self->problem_label, self->problem != NULL ? self->problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), self->problem != NULL);
  if (was_valid != (self->problem == NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALID]);
}

static void
on_drop_down_selected (GtkDropDown        *drop_down,
                       GParamSpec         *pspec,
                       LimberReportPeriod *self)
{
  update (self);
}

static void
on_calendar_changed (GtkCalendar        *calendar,
                     GParamSpec         *pspec,
                     LimberReportPeriod *self)
{
  update (self);
}

/* A day chosen: the popover has done its work. */
static void
on_calendar_day_selected (GtkCalendar        *calendar,
                          LimberReportPeriod *self)
{
  GtkMenuButton *button = calendar == self->from_calendar ? self->from_button : self->to_button;

  update (self);
  gtk_menu_button_popdown (button);
}

static void
limber_report_period_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  LimberReportPeriod *self = LIMBER_REPORT_PERIOD (object);

  switch (prop_id)
    {
    case PROP_VALID:
      g_value_set_boolean (value, limber_report_period_get_valid (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_report_period_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), LIMBER_TYPE_REPORT_PERIOD);

  G_OBJECT_CLASS (limber_report_period_parent_class)->dispose (object);
}

static void
limber_report_period_finalize (GObject *object)
{
  LimberReportPeriod *self = LIMBER_REPORT_PERIOD (object);

  g_clear_pointer (&self->problem, g_free);

  G_OBJECT_CLASS (limber_report_period_parent_class)->finalize (object);
}

static void
limber_report_period_class_init (LimberReportPeriodClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = limber_report_period_get_property;
  object_class->dispose = limber_report_period_dispose;
  object_class->finalize = limber_report_period_finalize;

  properties[PROP_VALID] =
    g_param_spec_boolean ("valid", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/limber-report-period.ui");
  gtk_widget_class_bind_template_child (widget_class, LimberReportPeriod, drop_down);
  gtk_widget_class_bind_template_child (widget_class, LimberReportPeriod, dates);
  gtk_widget_class_bind_template_child (widget_class, LimberReportPeriod, from_button);
  gtk_widget_class_bind_template_child (widget_class, LimberReportPeriod, from_calendar);
  gtk_widget_class_bind_template_child (widget_class, LimberReportPeriod, to_button);
  gtk_widget_class_bind_template_child (widget_class, LimberReportPeriod, to_calendar);
  gtk_widget_class_bind_template_child (widget_class, LimberReportPeriod, problem_label);
  gtk_widget_class_bind_template_callback (widget_class, on_drop_down_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_calendar_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_calendar_day_selected);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
limber_report_period_init (LimberReportPeriod *self)
{
  const char * const periods[] = {
    [LIMBER_REPORT_PERIOD_LAST_30_DAYS] = _("The Last 30 Days"),
    [LIMBER_REPORT_PERIOD_LAST_90_DAYS] = _("The Last 90 Days"),
    [LIMBER_REPORT_PERIOD_LAST_YEAR] = _("The Last Year"),
    [LIMBER_REPORT_PERIOD_EVERY_SESSION] = _("Every Session"),
    [LIMBER_REPORT_PERIOD_CUSTOM] = _("Between Two Dates"),
    NULL
  };
  g_autoptr(GtkStringList) model = gtk_string_list_new (periods);

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drop_down_set_model (self->drop_down, G_LIST_MODEL (model));
}

GtkWidget *
limber_report_period_new (const GDate *today,
                          const GDate *first)
{
  LimberReportPeriod *self;
  GDate from;

  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);
  g_return_val_if_fail (first == NULL || g_date_valid (first), NULL);

  self = g_object_new (LIMBER_TYPE_REPORT_PERIOD, NULL);
  self->today = *today;
  self->first = first != NULL && g_date_compare (first, today) < 0 ? *first : *today;
  from = *today;
  g_date_subtract_days (&from, MIN (89, g_date_get_julian (today) - 1));
  limber_report_period_set_dates (self, &from, today);
  limber_report_period_set_kind (self, LIMBER_REPORT_PERIOD_LAST_90_DAYS);
  update (self);
  return GTK_WIDGET (self);
}

LimberReportPeriodKind
limber_report_period_get_kind (LimberReportPeriod *self)
{
  g_return_val_if_fail (LIMBER_IS_REPORT_PERIOD (self), LIMBER_REPORT_PERIOD_LAST_90_DAYS);
  return MIN (gtk_drop_down_get_selected (self->drop_down), LIMBER_REPORT_PERIOD_CUSTOM);
}

void
limber_report_period_set_kind (LimberReportPeriod     *self,
                               LimberReportPeriodKind  kind)
{
  g_return_if_fail (LIMBER_IS_REPORT_PERIOD (self));
  g_return_if_fail (kind <= LIMBER_REPORT_PERIOD_CUSTOM);

  gtk_drop_down_set_selected (self->drop_down, kind);
}

void
limber_report_period_set_dates (LimberReportPeriod *self,
                                const GDate        *from,
                                const GDate        *to)
{
  g_return_if_fail (LIMBER_IS_REPORT_PERIOD (self));
  g_return_if_fail (from != NULL && g_date_valid (from));
  g_return_if_fail (to != NULL && g_date_valid (to));

  calendar_set_date (self->from_calendar, from);
  calendar_set_date (self->to_calendar, to);
  update (self);
}

gboolean
limber_report_period_get_valid (LimberReportPeriod *self)
{
  g_return_val_if_fail (LIMBER_IS_REPORT_PERIOD (self), FALSE);
  return self->problem == NULL;
}

const char *
limber_report_period_get_problem (LimberReportPeriod *self)
{
  g_return_val_if_fail (LIMBER_IS_REPORT_PERIOD (self), NULL);
  return self->problem;
}

gboolean
limber_report_period_get_range (LimberReportPeriod *self,
                                GDate              *from,
                                GDate              *to)
{
  static const guint days[] = {
    [LIMBER_REPORT_PERIOD_LAST_30_DAYS] = 30,
    [LIMBER_REPORT_PERIOD_LAST_90_DAYS] = 90,
    [LIMBER_REPORT_PERIOD_LAST_YEAR] = 365,
  };
  LimberReportPeriodKind kind;

  g_return_val_if_fail (LIMBER_IS_REPORT_PERIOD (self), FALSE);
  g_return_val_if_fail (from != NULL && to != NULL, FALSE);

  if (self->problem != NULL)
    return FALSE;

  kind = limber_report_period_get_kind (self);
  switch (kind)
    {
    case LIMBER_REPORT_PERIOD_LAST_30_DAYS:
    case LIMBER_REPORT_PERIOD_LAST_90_DAYS:
    case LIMBER_REPORT_PERIOD_LAST_YEAR:
      *to = self->today;
      *from = self->today;
      g_date_subtract_days (from, MIN (days[kind] - 1, g_date_get_julian (&self->today) - 1));
      break;
    case LIMBER_REPORT_PERIOD_EVERY_SESSION:
      *from = self->first;
      *to = self->today;
      break;
    case LIMBER_REPORT_PERIOD_CUSTOM:
    default:
      calendar_get_date (self->from_calendar, from);
      calendar_get_date (self->to_calendar, to);
      break;
    }
  return TRUE;
}

GtkDropDown *
limber_report_period_get_drop_down (LimberReportPeriod *self)
{
  g_return_val_if_fail (LIMBER_IS_REPORT_PERIOD (self), NULL);
  return self->drop_down;
}

GtkMenuButton *
limber_report_period_get_button (LimberReportPeriod *self,
                                 gboolean            to)
{
  g_return_val_if_fail (LIMBER_IS_REPORT_PERIOD (self), NULL);
  return to ? self->to_button : self->from_button;
}

GtkCalendar *
limber_report_period_get_calendar (LimberReportPeriod *self,
                                   gboolean            to)
{
  g_return_val_if_fail (LIMBER_IS_REPORT_PERIOD (self), NULL);
  return to ? self->to_calendar : self->from_calendar;
}

GtkWidget *
limber_report_period_get_dates (LimberReportPeriod *self)
{
  g_return_val_if_fail (LIMBER_IS_REPORT_PERIOD (self), NULL);
  return self->dates;
}

GtkLabel *
limber_report_period_get_problem_label (LimberReportPeriod *self)
{
  g_return_val_if_fail (LIMBER_IS_REPORT_PERIOD (self), NULL);
  return self->problem_label;
}
