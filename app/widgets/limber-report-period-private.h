/* limber-report-period-private.h: what tests see of the report's period
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "limber-report-period.h"

G_BEGIN_DECLS

GtkDropDown   *limber_report_period_get_drop_down (LimberReportPeriod *self);
/* The "From" (@to FALSE) or "To" button, and the calendar in its popover. */
GtkMenuButton *limber_report_period_get_button    (LimberReportPeriod *self,
                                                   gboolean            to);
GtkCalendar   *limber_report_period_get_calendar  (LimberReportPeriod *self,
                                                   gboolean            to);
/* The dates' grid and the label that says what is wrong with them. */
GtkWidget     *limber_report_period_get_dates     (LimberReportPeriod *self);
GtkLabel      *limber_report_period_get_problem_label (LimberReportPeriod *self);

G_END_DECLS
