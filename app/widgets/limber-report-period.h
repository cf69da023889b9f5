/* limber-report-period.h: the days a report covers: the last 30, 90 or
 * 365, every session, or two dates chosen on calendars
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define LIMBER_TYPE_REPORT_PERIOD (limber_report_period_get_type ())

G_DECLARE_FINAL_TYPE (LimberReportPeriod, limber_report_period, LIMBER, REPORT_PERIOD, AdwBin)

typedef enum {
  LIMBER_REPORT_PERIOD_LAST_30_DAYS,
  LIMBER_REPORT_PERIOD_LAST_90_DAYS,
  LIMBER_REPORT_PERIOD_LAST_YEAR,
  LIMBER_REPORT_PERIOD_EVERY_SESSION,
  LIMBER_REPORT_PERIOD_CUSTOM,        /* "Between Two Dates" */
} LimberReportPeriodKind;

/*
 * A drop-down of the periods; "Between Two Dates" shows a "From" and a "To"
 * button, each with a calendar in its popover (labelled for screen readers
 * with the date they hold), and under them why the dates do not make a
 * period, if they do not ("From" after "To", or before 1900). @today is the
 * last day of the fixed periods; @first (may be NULL: @today) the day of
 * the first session, where "Every Session" starts. The dates start as the
 * last 90 days. Property "valid": the chosen period can be reported.
 */
GtkWidget              *limber_report_period_new         (const GDate            *today,
                                                          const GDate            *first);
LimberReportPeriodKind  limber_report_period_get_kind    (LimberReportPeriod     *self);
void                    limber_report_period_set_kind    (LimberReportPeriod     *self,
                                                          LimberReportPeriodKind  kind);
/* The dates of "Between Two Dates" (@from may be after @to: then the
 * period is not valid). */
void                    limber_report_period_set_dates   (LimberReportPeriod     *self,
                                                          const GDate            *from,
                                                          const GDate            *to);
gboolean                limber_report_period_get_valid   (LimberReportPeriod     *self);
/* Why the period cannot be reported, or NULL. */
const char             *limber_report_period_get_problem (LimberReportPeriod     *self);
/* The first and last day of the chosen period (both included); FALSE and
 * nothing set when it is not valid. */
gboolean                limber_report_period_get_range   (LimberReportPeriod     *self,
                                                          GDate                  *from,
                                                          GDate                  *to);

G_END_DECLS
