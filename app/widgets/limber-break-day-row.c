/* limber-break-day-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-break-day-row"

#include "config.h"

#include <glib/gi18n.h>

#include "limber-break-day-row.h"
#include "limber-object-private.h"

struct _LimberBreakDayRow
{
  AdwBin parent_instance;

  LimberBreakDay *day;

  GtkLabel *day_label;
  GtkLabel *breaks_label;
  GtkLabel *answers_label;
  GtkLabel *longest_label;
  GtkLabel *longest_caption;
};

G_DEFINE_FINAL_TYPE (LimberBreakDayRow, limber_break_day_row, ADW_TYPE_BIN)

static void
limber_break_day_row_dispose (GObject *object)
{
  LimberBreakDayRow *self = LIMBER_BREAK_DAY_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), LIMBER_TYPE_BREAK_DAY_ROW);
  g_clear_object (&self->day);

  G_OBJECT_CLASS (limber_break_day_row_parent_class)->dispose (object);
}

static void
limber_break_day_row_class_init (LimberBreakDayRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = limber_break_day_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/limber-break-day-row.ui");
  gtk_widget_class_bind_template_child (widget_class, LimberBreakDayRow, day_label);
  gtk_widget_class_bind_template_child (widget_class, LimberBreakDayRow, breaks_label);
  gtk_widget_class_bind_template_child (widget_class, LimberBreakDayRow, answers_label);
  gtk_widget_class_bind_template_child (widget_class, LimberBreakDayRow, longest_label);
  gtk_widget_class_bind_template_child (widget_class, LimberBreakDayRow, longest_caption);
}

static void
limber_break_day_row_init (LimberBreakDayRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
limber_break_day_row_new (void)
{
  return g_object_new (LIMBER_TYPE_BREAK_DAY_ROW, NULL);
}

static char *
day_text (const GDate *date,
          const GDate *today)
{
  char buffer[128];
  int days = today != NULL && g_date_valid (today) ? (int) g_date_days_between (date, today) : -1;

  if (days == 0)
    return g_strdup (_("Today"));
  if (days == 1)
    return g_strdup (_("Yesterday"));
  /* Translators: a day in the Breaks view, see strftime(3): "Monday, 30 November" */
  if (g_date_strftime (buffer, sizeof buffer, _("%A, %-d %B"), date) == 0)
    return g_strdup ("?");
  return g_strdup (buffer);
}

void
limber_break_day_row_set_day (LimberBreakDayRow *self,
                              LimberBreakDay    *day,
                              const GDate       *today)
{
  g_autofree char *date = NULL;
  g_autofree char *breaks = NULL;
  g_autofree char *details = NULL;
  g_autofree char *answers = NULL;
  g_autofree char *longest = NULL;
  guint n;

  g_return_if_fail (LIMBER_IS_BREAK_DAY_ROW (self));
  g_return_if_fail (day == NULL || LIMBER_IS_BREAK_DAY (day));

  g_set_object (&self->day, day);
  if (day == NULL)
    {
      gtk_label_set_label (self->day_label, "");
      gtk_label_set_label (self->breaks_label, "");
      gtk_label_set_label (self->answers_label, "");
      gtk_label_set_label (self->longest_label, "");
      return;
    }

  date = day_text (limber_break_day_get_date (day), today);
  n = limber_break_day_get_breaks (day);
  /* Translators: breaks taken in a day; then how: "3 breaks: 1 after a reminder, 2 on your own" */
  breaks = g_strdup_printf (ngettext ("%u break", "%u breaks", n), n);
  if (n > 0)
    {
      /* Translators: how the day's breaks were taken: after a reminder (Start), on one's own */
      details = g_strdup_printf (_("%s: %u after a reminder, %u on your own"), breaks,
                                 limber_break_day_get_reminded (day), limber_break_day_get_natural (day));
    }
  /* Translators: reminders answered with Skip and with In 5 Minutes in a day */
  answers = g_strdup_printf (_("Reminders skipped: %u · snoozed: %u"),
                             limber_break_day_get_skipped (day), limber_break_day_get_snoozed (day));
  /* The longest time sat without a break in the day ("longest sitting" under it). */
  longest = g_strdup_printf (_("%u min"), limber_break_day_get_longest_minutes (day));

  gtk_label_set_label (self->day_label, date);
  gtk_label_set_label (self->breaks_label, details != NULL ? details : breaks);
  gtk_label_set_label (self->answers_label, answers);
  gtk_label_set_label (self->longest_label, longest);
}

LIMBER_DEFINE_GETTER (LimberBreakDayRow, limber_break_day_row, LIMBER_IS_BREAK_DAY_ROW,
                      LimberBreakDay *, day, NULL)

char *
limber_break_day_row_dup_text (LimberBreakDayRow *self)
{
  g_return_val_if_fail (LIMBER_IS_BREAK_DAY_ROW (self), NULL);

  return g_strjoin (" | ", gtk_label_get_label (self->day_label), gtk_label_get_label (self->breaks_label),
                    gtk_label_get_label (self->answers_label), gtk_label_get_label (self->longest_label),
                    gtk_label_get_label (self->longest_caption), NULL);
}
