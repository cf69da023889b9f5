/* limber-report.c: the report for the therapist, drawn page by page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-report"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <langinfo.h>
#include <locale.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "limber-history-stats.h"
#include "limber-progress-rules.h"
#include "limber-report.h"
#include "limber-safe-file.h"

/* Page furniture, in points. */
#define MARGIN 42.0
#define FOOTER_HEIGHT 26.0
#define GAP 16.0          /* between sections */
#define CELL_PAD 4.0
#define WEEKS_PLOT_HEIGHT 130.0
#define PAIN_PLOT_HEIGHT 140.0
#define AXIS_WIDTH 34.0
#define AXIS_LABEL_HEIGHT 20.0
/* More pain ratings than this are drawn as weekly averages. */
#define MAX_PAIN_POINTS 40

typedef enum {
  STYLE_TITLE,
  STYLE_SUBTITLE,
  STYLE_HEADING,
  STYLE_BODY,
  STYLE_BODY_BOLD,
  STYLE_TABLE,
  STYLE_TABLE_BOLD,
  STYLE_TABLE_ITALIC,
  N_STYLES
} Style;

static const char * const style_fonts[N_STYLES] = {
  [STYLE_TITLE] = "Sans Bold 22",
  [STYLE_SUBTITLE] = "Sans 14",
  [STYLE_HEADING] = "Sans Bold 15",
  [STYLE_BODY] = "Sans 12",
  [STYLE_BODY_BOLD] = "Sans Bold 12",
  [STYLE_TABLE] = "Sans 11",
  [STYLE_TABLE_BOLD] = "Sans Bold 11",
  [STYLE_TABLE_ITALIC] = "Sans Italic 11",
};

typedef enum {
  ITEM_TITLE,
  ITEM_SUMMARY,
  ITEM_WEEKS,
  ITEM_PAIN,
  ITEM_SAFETY,
  ITEM_TABLE_HEADING,
  ITEM_TABLE_HEADER,
  ITEM_ROW,
  ITEM_NO_SESSIONS,
} ItemKind;

typedef struct
{
  ItemKind kind;
  guint index;   /* the row of ITEM_ROW */
  double y;
  double height;
} Item;

typedef struct
{
  LimberHistoryRecord *record;  /* owned */
  GDate date;                   /* local calendar day it started */
  double day_fraction;          /* and the time of day, 0 to 1 */
  const char *title;            /* borrowed from the library or the record */
  guint week;                   /* index into weeks */
} Row;

typedef struct
{
  GDate start;
  guint n_sessions;
  guint seconds;
} Week;

/* One point of the pain chart: x in days from the start of the period. */
typedef struct
{
  double day;
  double value;
} PainPoint;

/* The table's columns. */
typedef enum {
  COLUMN_DATE,
  COLUMN_ROUTINE,
  COLUMN_LEVEL,
  COLUMN_MINUTES,
  COLUMN_SETS,
  COLUMN_PAIN,
  COLUMN_EFFORT,
  N_COLUMNS
} Column;

/* Their widths as fractions of the text width, without the level (0) and
 * with it. With it, on A4 (511 pt of text) at 11 pt, "Wed 27 Sep 2024"
 * (96 pt), "About right" (62 pt), "easy day" (51 pt) and the headings'
 * words ("Back pain" 60 pt bold, "Minutes" 50 pt) still fit on one line
 * each; a long routine title takes two. */
static const double column_widths[2][N_COLUMNS] = {
  { 0.21, 0.24, 0, 0.12, 0.14, 0.15, 0.14 },
  { 0.21, 0.17, 0.115, 0.115, 0.115, 0.135, 0.14 },
};

struct _LimberReport
{
  GObject parent_instance;

  GDate from;
  GDate to;
  guint weekly_goal_minutes;
  char *problem;          /* the history's problem, or NULL */

  GArray *rows;           /* Row, oldest first */
  GArray *weeks;          /* Week, in order */
  guint n_completed;
  guint64 total_seconds;
  GArray *pain_before;    /* PainPoint */
  GArray *pain_after;
  gboolean pain_weekly;   /* the points are weekly averages */
  gboolean show_level;    /* the table has a Level column */
  double pain_before_mean;
  double pain_after_mean;
  guint n_pain_before;
  guint n_pain_after;

  PangoContext *pango;
  PangoFontDescription *fonts[N_STYLES];

  /* The pagination for one paper size. */
  double layout_width;
  double layout_height;
  GPtrArray *pages;       /* GArray of Item, per page */
};

G_DEFINE_FINAL_TYPE (LimberReport, limber_report, G_TYPE_OBJECT)

static void
row_clear (Row *row)
{
  g_clear_object (&row->record);
}

static void
limber_report_finalize (GObject *object)
{
  LimberReport *self = LIMBER_REPORT (object);

  g_clear_pointer (&self->rows, g_array_unref);
  g_clear_pointer (&self->weeks, g_array_unref);
  g_clear_pointer (&self->pain_before, g_array_unref);
  g_clear_pointer (&self->pain_after, g_array_unref);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->problem, g_free);
  for (guint i = 0; i < N_STYLES; i++)
    g_clear_pointer (&self->fonts[i], pango_font_description_free);
  g_clear_object (&self->pango);

  G_OBJECT_CLASS (limber_report_parent_class)->finalize (object);
}

static void
limber_report_class_init (LimberReportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = limber_report_finalize;
}

static void
limber_report_init (LimberReport *self)
{
  self->rows = g_array_new (FALSE, TRUE, sizeof (Row));
  g_array_set_clear_func (self->rows, (GDestroyNotify) row_clear);
  self->weeks = g_array_new (FALSE, TRUE, sizeof (Week));
  self->pain_before = g_array_new (FALSE, TRUE, sizeof (PainPoint));
  self->pain_after = g_array_new (FALSE, TRUE, sizeof (PainPoint));

  for (guint i = 0; i < N_STYLES; i++)
    self->fonts[i] = pango_font_description_from_string (style_fonts[i]);
}

/* Collecting */

static guint
days_between (const GDate *a,
              const GDate *b)
{
  return g_date_get_julian (b) - g_date_get_julian (a);
}

static void
week_start_of (const GDate  *date,
               GDateWeekday  first_weekday,
               GDate        *start)
{
  guint back = (g_date_get_weekday (date) + 7 - first_weekday) % 7;

  *start = *date;
  g_date_subtract_days (start, back);
}

static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  gint64 ta = limber_history_record_get_start_unix (((const Row *) a)->record);
  gint64 tb = limber_history_record_get_start_unix (((const Row *) b)->record);

  return (ta > tb) - (ta < tb);
}

/* @values: a PainPoint per session, oldest first; @points gets them as
 * they are, or the mean of each week at the middle of its days within the
 * period. */
static void
add_pain_points (LimberReport *self,
                 GArray       *points,
                 GArray       *values,
                 gboolean      weekly)
{
  const GDate *first_week = &g_array_index (self->weeks, Week, 0).start;
  guint offset = days_between (first_week, &self->from);  /* days of week 0 before the period */
  guint last_day = days_between (&self->from, &self->to);

  if (!weekly)
    {
      g_array_append_vals (points, values->data, values->len);
      return;
    }

  for (guint i = 0; i < values->len;)
    {
      guint week = ((guint) g_array_index (values, PainPoint, i).day + offset) / 7;
      guint start = week * 7 > offset ? week * 7 - offset : 0;
      guint end = MIN (week * 7 + 6 - offset, last_day);
      double sum = 0;
      guint j;
      PainPoint mean;

      for (j = i; j < values->len && ((guint) g_array_index (values, PainPoint, j).day + offset) / 7 == week; j++)
        sum += g_array_index (values, PainPoint, j).value;

      mean.day = (start + end + 1) / 2.0;
      mean.value = sum / (j - i);
      g_array_append_val (points, mean);
      i = j;
    }
}

static void
collect (LimberReport  *self,
         LimberHistory *history,
         LimberLibrary *library)
{
  GDateWeekday first_weekday = limber_locale_get_first_weekday ();
  LimberHistoryRecord * const *records;
  g_autoptr(GArray) before = g_array_new (FALSE, FALSE, sizeof (PainPoint));
  g_autoptr(GArray) after = g_array_new (FALSE, FALSE, sizeof (PainPoint));
  GDate week, last_week;
  guint n_records = 0;
  guint first_julian = g_date_get_julian (&self->from);
  double sum_before = 0, sum_after = 0;

  records = limber_history_peek_records (history, &n_records);
  for (guint i = 0; i < n_records; i++)
    {
      g_autoptr(GDateTime) start = NULL;
      Row row = { 0 };

      start = g_date_time_new_from_unix_local (limber_history_record_get_start_unix (records[i]));
      if (start == NULL)
        continue;
      g_date_clear (&row.date, 1);
      g_date_set_dmy (&row.date, g_date_time_get_day_of_month (start),
                      g_date_time_get_month (start), g_date_time_get_year (start));
      if (g_date_compare (&row.date, &self->from) < 0 || g_date_compare (&row.date, &self->to) > 0)
        continue;
      row.day_fraction = (g_date_time_get_hour (start) * 3600 + g_date_time_get_minute (start) * 60 +
                          g_date_time_get_second (start)) / 86400.0;
      row.record = g_object_ref (records[i]);
      g_array_append_val (self->rows, row);
    }
  g_array_sort (self->rows, compare_rows);

  /* The weeks the period touches, the first possibly partial. */
  week_start_of (&self->from, first_weekday, &week);
  week_start_of (&self->to, first_weekday, &last_week);
  while (g_date_compare (&week, &last_week) <= 0)
    {
      Week w = { .start = week };

      g_array_append_val (self->weeks, w);
      g_date_add_days (&week, 7);
    }

  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = &g_array_index (self->rows, Row, i);
      LimberHistoryRecord *record = row->record;
      LimberRoutine *routine = NULL;
      GDate row_week;
      Week *w;
      gint pain;
      double day;

      if (library != NULL)
        routine = limber_library_lookup (library, limber_history_record_get_routine_id (record));
      row->title = routine != NULL ? limber_routine_get_title (routine)
                                   : limber_history_record_get_routine_title (record);
      /* Levels matter when one was played, or the routine was written
       * with a progression (format version 2). */
      if (limber_history_record_get_level (record) != 0 || limber_history_record_get_easy_day (record) ||
          (routine != NULL && limber_routine_get_format_version (routine) >= 2))
        self->show_level = TRUE;

      /* On the pain chart at its time of day. */
      day = (double) (g_date_get_julian (&row->date) - first_julian) + row->day_fraction;
      week_start_of (&row->date, first_weekday, &row_week);
      row->week = days_between (&g_array_index (self->weeks, Week, 0).start, &row_week) / 7;
      w = &g_array_index (self->weeks, Week, row->week);
      w->n_sessions++;
      w->seconds += limber_history_record_get_active_seconds (record);

      if (limber_history_record_get_completed (record))
        self->n_completed++;
      self->total_seconds += limber_history_record_get_active_seconds (record);

      pain = limber_history_record_get_pain_before (record);
      if (pain != LIMBER_PAIN_UNSET)
        {
          PainPoint p = { day, pain };

          g_array_append_val (before, p);
          sum_before += pain;
        }
      pain = limber_history_record_get_pain_after (record);
      if (pain != LIMBER_PAIN_UNSET)
        {
          PainPoint p = { day, pain };

          g_array_append_val (after, p);
          sum_after += pain;
        }
    }

  self->n_pain_before = before->len;
  self->n_pain_after = after->len;
  self->pain_before_mean = before->len > 0 ? sum_before / before->len : 0;
  self->pain_after_mean = after->len > 0 ? sum_after / after->len : 0;
  self->pain_weekly = MAX (before->len, after->len) > MAX_PAIN_POINTS;
  add_pain_points (self, self->pain_before, before, self->pain_weekly);
  add_pain_points (self, self->pain_after, after, self->pain_weekly);
}

LimberReport *
limber_report_new (LimberHistory *history,
                   LimberLibrary *library,
                   const GDate   *from,
                   const GDate   *to,
                   guint          weekly_goal_minutes)
{
  LimberReport *self;

  g_return_val_if_fail (LIMBER_IS_HISTORY (history), NULL);
  g_return_val_if_fail (library == NULL || LIMBER_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (from != NULL && g_date_valid (from), NULL);
  g_return_val_if_fail (to != NULL && g_date_valid (to), NULL);
  g_return_val_if_fail (g_date_compare (from, to) <= 0, NULL);
  /* A week before it still has to be a date. */
  g_return_val_if_fail (g_date_get_julian (from) > 7, NULL);

  self = g_object_new (LIMBER_TYPE_REPORT, NULL);
  self->from = *from;
  self->to = *to;
  self->weekly_goal_minutes = MAX (weekly_goal_minutes, 1);
  self->problem = g_strdup (limber_history_get_problem (history));
  collect (self, history, library);
  return self;
}

guint
limber_report_get_n_sessions (LimberReport *self)
{
  g_return_val_if_fail (LIMBER_IS_REPORT (self), 0);
  return self->rows->len;
}

/* Text */

/* The Pango context, made by the first layout of text: the default font
 * map is the calling thread's, so a report collected on the main thread
 * may be laid out and written in a worker thread (and then only there). */
static PangoContext *
pango_context (LimberReport *self)
{
  if (self->pango == NULL)
    {
      cairo_font_options_t *options = cairo_font_options_create ();

      /* Unhinted metrics at 72 dpi: one point is one unit, and text
       * measures the same on a PDF surface, a printer and an image. */
      self->pango = pango_font_map_create_context (pango_cairo_font_map_get_default ());
      pango_cairo_context_set_resolution (self->pango, 72.0);
      cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
      cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
      pango_cairo_context_set_font_options (self->pango, options);
      cairo_font_options_destroy (options);
      pango_context_set_round_glyph_positions (self->pango, FALSE);
    }
  return self->pango;
}

static PangoLayout *
text_layout (LimberReport *self,
             Style         style,
             const char   *text,
             double        width)
{
  PangoLayout *layout = pango_layout_new (pango_context (self));

  pango_layout_set_font_description (layout, self->fonts[style]);
  pango_layout_set_text (layout, text, -1);
  if (width > 0)
    {
      pango_layout_set_width (layout, pango_units_from_double (width));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int width, height;

  pango_layout_get_size (layout, &width, &height);
  return pango_units_to_double (height);
}

static double
layout_width (PangoLayout *layout)
{
  int width, height;

  pango_layout_get_size (layout, &width, &height);
  return pango_units_to_double (width);
}

static void
show_layout (cairo_t     *cr,
             PangoLayout *layout,
             double       x,
             double       y)
{
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

/* A paragraph at (x, y), wrapped at @width; its height. @cr NULL: measure. */
static double
paragraph (LimberReport *self,
           cairo_t      *cr,
           Style         style,
           const char   *text,
           double        x,
           double        y,
           double        width)
{
  g_autoptr(PangoLayout) layout = text_layout (self, style, text, width);

  if (cr != NULL)
    show_layout (cr, layout, x, y);
  return layout_height (layout);
}

static char *
format_date (const GDate *date,
             const char  *format)
{
  char buffer[128];

  if (g_date_strftime (buffer, sizeof buffer, format, date) == 0)
    return g_strdup ("?");
  return g_strdup (buffer);
}

static char *
format_long_date (const GDate *date)
{
  /* Translators: a date in the report's title, see strftime(3) */
  return format_date (date, _("%-d %B %Y"));
}

static char *
format_short_date (const GDate *date)
{
  /* Translators: a short date on the report's chart axes, see strftime(3) */
  return format_date (date, _("%-d %b"));
}

static char *
format_pain (gint pain)
{
  return pain == LIMBER_PAIN_UNSET ? g_strdup ("–") : g_strdup_printf ("%d", pain);
}

static guint
round_minutes (guint64 seconds)
{
  return (guint) ((seconds + 30) / 60);
}

static guint
n_weeks_met (LimberReport *self)
{
  guint n = 0;

  for (guint i = 0; i < self->weeks->len; i++)
    if (g_array_index (self->weeks, Week, i).seconds >= self->weekly_goal_minutes * 60u)
      n++;
  return n;
}

/* Sections. Each draws at (x, y) in @width when @cr is set, and returns its
 * height; with @cr NULL it only measures. */

static double
draw_title (LimberReport *self,
            cairo_t      *cr,
            double        x,
            double        y,
            double        width)
{
  g_autofree char *from = format_long_date (&self->from);
  g_autofree char *to = format_long_date (&self->to);
  g_autofree char *period = NULL;
  guint n_days = days_between (&self->from, &self->to) + 1;
  double h = 0;

  /* Translators: the report's period: "1 March 2024 – 29 May 2024 (90 days)" */
  period = g_strdup_printf (ngettext ("%s – %s (%u day)", "%s – %s (%u days)", n_days),
                            from, to, n_days);

  h += paragraph (self, cr, STYLE_TITLE, _("Exercise and Back Pain Report"), x, y + h, width);
  h += 4;
  h += paragraph (self, cr, STYLE_SUBTITLE, period, x, y + h, width);
  h += 2;
  h += paragraph (self, cr, STYLE_TABLE,
                  _("Sessions recorded by Limber, a stretching and strengthening timer."),
                  x, y + h, width);
  return h;
}

static double
draw_heading (LimberReport *self,
              cairo_t      *cr,
              const char   *text,
              double        x,
              double        y,
              double        width)
{
  return paragraph (self, cr, STYLE_HEADING, text, x, y, width) + 6;
}

static double
draw_summary (LimberReport *self,
              cairo_t      *cr,
              double        x,
              double        y,
              double        width)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  guint n = self->rows->len;
  guint minutes = round_minutes (self->total_seconds);
  double h;

  h = draw_heading (self, cr, _("Summary"), x, y, width);

  g_ptr_array_add (lines, g_strdup_printf (ngettext ("Sessions: %u (%u completed, %u stopped early)",
                                                     "Sessions: %u (%u completed, %u stopped early)", n),
                                           n, self->n_completed, n - self->n_completed));
  g_ptr_array_add (lines, g_strdup_printf (ngettext ("Time exercising: %u minute",
                                                     "Time exercising: %u minutes", minutes),
                                           minutes));
  g_ptr_array_add (lines, g_strdup_printf (ngettext ("Weeks that met the goal of %u minutes: %u of %u",
                                                     "Weeks that met the goal of %u minutes: %u of %u",
                                                     self->weeks->len),
                                           self->weekly_goal_minutes, n_weeks_met (self),
                                           self->weeks->len));
  g_ptr_array_add (lines, g_strdup_printf (_("Sessions per week, on average: %.1f"),
                                           (double) n / self->weeks->len));
  if (self->n_pain_before > 0 || self->n_pain_after > 0)
    {
      g_autofree char *before = self->n_pain_before > 0 ?
        g_strdup_printf ("%.1f", self->pain_before_mean) : g_strdup ("–");
      g_autofree char *after = self->n_pain_after > 0 ?
        g_strdup_printf ("%.1f", self->pain_after_mean) : g_strdup ("–");

      /* Translators: the averages of the 0–10 back-pain ratings */
      g_ptr_array_add (lines, g_strdup_printf (_("Back pain (0–10), on average: %s before, %s after the sessions"),
                                               before, after));
    }
  else
    g_ptr_array_add (lines, g_strdup (_("Back pain: not rated in this period")));

  for (guint i = 0; i < lines->len; i++)
    {
      g_autofree char *line = g_strdup_printf ("•  %s", (const char *) lines->pdata[i]);

      h += paragraph (self, cr, STYLE_BODY, line, x, y + h, width) + 3;
    }

  if (self->problem != NULL)
    {
      g_autofree char *line = g_strdup_printf (_("Not everything could be read: %s"), self->problem);

      h += 3 + paragraph (self, cr, STYLE_BODY_BOLD, line, x, y + h, width);
    }
  return h;
}

/* A step for a 0..@max axis with at most about five ticks. */
static double
nice_step (double max)
{
  static const double steps[] = { 1, 2, 5, 10, 15, 20, 30, 60, 90, 120, 180, 240, 300, 600, 1200, 3000 };

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (max / steps[i] <= 5)
      return steps[i];
  return ceil (max / 5 / 1000) * 1000;
}

static void
draw_y_axis (LimberReport *self,
             cairo_t      *cr,
             double        x,
             double        top,
             double        plot_width,
             double        plot_height,
             double        max,
             double        step)
{
  cairo_save (cr);
  cairo_set_line_width (cr, 0.5);
  for (double v = 0; v <= max + 0.001; v += step)
    {
      double py = top + plot_height - v / max * plot_height;
      g_autofree char *text = g_strdup_printf ("%g", v);
      g_autoptr(PangoLayout) label = text_layout (self, STYLE_TABLE, text, -1);

      cairo_set_source_rgb (cr, 0.75, 0.75, 0.75);
      cairo_move_to (cr, x + AXIS_WIDTH, py);
      cairo_line_to (cr, x + AXIS_WIDTH + plot_width, py);
      cairo_stroke (cr);
      cairo_set_source_rgb (cr, 0, 0, 0);
      show_layout (cr, label, x + AXIS_WIDTH - 5 - layout_width (label), py - layout_height (label) / 2);
    }
  /* The axes themselves. */
  cairo_set_line_width (cr, 1.2);
  cairo_move_to (cr, x + AXIS_WIDTH, top);
  cairo_line_to (cr, x + AXIS_WIDTH, top + plot_height);
  cairo_line_to (cr, x + AXIS_WIDTH + plot_width, top + plot_height);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* Date labels under a time axis: one per @every weeks. */
static void
draw_week_labels (LimberReport *self,
                  cairo_t      *cr,
                  double        left,
                  double        y,
                  double        slot,
                  guint         every,
                  gboolean      centered)
{
  for (guint i = 0; i < self->weeks->len; i += every)
    {
      const Week *w = &g_array_index (self->weeks, Week, i);
      const GDate *date = g_date_compare (&w->start, &self->from) < 0 ? &self->from : &w->start;
      g_autofree char *text = format_short_date (date);
      g_autoptr(PangoLayout) label = text_layout (self, STYLE_TABLE, text, -1);
      double lx = left + i * slot + (centered ? slot / 2 - layout_width (label) / 2 : 0);

      cairo_move_to (cr, left + i * slot + (centered ? slot / 2 : 0), y - 2);
      cairo_line_to (cr, left + i * slot + (centered ? slot / 2 : 0), y + 2);
      cairo_stroke (cr);
      show_layout (cr, label, lx, y + 3);
    }
}

static double
draw_weeks (LimberReport *self,
            cairo_t      *cr,
            double        x,
            double        y,
            double        width)
{
  g_autofree char *heading = NULL;
  g_autofree char *caption = NULL;
  double h, top, plot_width = width - AXIS_WIDTH - 8, slot, max = 0, step, goal_y;
  guint goal = self->weekly_goal_minutes;
  guint every;

  heading = g_strdup_printf (_("Minutes per week (goal: %u minutes)"), goal);
  h = draw_heading (self, cr, heading, x, y, width);
  slot = plot_width / self->weeks->len;
  if (slot >= 16)
    caption = g_strdup (_("Solid bars met the goal; open bars did not. "
                          "The dashed line is the goal. Numbers above the bars: sessions that week."));
  else
    caption = g_strdup (_("Solid bars met the goal; open bars did not. The dashed line is the goal."));
  h += paragraph (self, cr, STYLE_TABLE, caption, x, y + h, width) + 14;
  top = y + h;
  h += WEEKS_PLOT_HEIGHT + AXIS_LABEL_HEIGHT;
  if (cr == NULL)
    return h;

  for (guint i = 0; i < self->weeks->len; i++)
    max = MAX (max, g_array_index (self->weeks, Week, i).seconds / 60.0);
  max = MAX (max, goal * 1.2);
  step = nice_step (max);
  max = ceil (max / step) * step;
  draw_y_axis (self, cr, x, top, plot_width, WEEKS_PLOT_HEIGHT, max, step);

  cairo_save (cr);
  for (guint i = 0; i < self->weeks->len; i++)
    {
      const Week *w = &g_array_index (self->weeks, Week, i);
      double minutes = w->seconds / 60.0;
      double bh = minutes / max * WEEKS_PLOT_HEIGHT;
      double bx = x + AXIS_WIDTH + i * slot + slot * 0.15;
      double bw = slot * 0.7;

      if (w->seconds > 0)
        {
          cairo_rectangle (cr, bx, top + WEEKS_PLOT_HEIGHT - bh, bw, bh);
          if (w->seconds >= goal * 60u)
            {
              cairo_set_source_rgb (cr, 0.15, 0.15, 0.15);
              cairo_fill (cr);
            }
          else
            {
              cairo_set_source_rgb (cr, 1, 1, 1);
              cairo_fill_preserve (cr);
              cairo_set_source_rgb (cr, 0, 0, 0);
              cairo_set_line_width (cr, 1.2);
              cairo_stroke (cr);
            }
        }
      if (slot >= 16 && w->n_sessions > 0)
        {
          g_autofree char *text = g_strdup_printf ("%u", w->n_sessions);
          g_autoptr(PangoLayout) label = text_layout (self, STYLE_TABLE, text, -1);

          cairo_set_source_rgb (cr, 0, 0, 0);
          show_layout (cr, label, bx + bw / 2 - layout_width (label) / 2,
                       top + WEEKS_PLOT_HEIGHT - bh - layout_height (label) - 1);
        }
    }
  cairo_restore (cr);

  /* The goal, dashed, over the bars, with a white edge to show on black. */
  goal_y = top + WEEKS_PLOT_HEIGHT - goal / max * WEEKS_PLOT_HEIGHT;
  cairo_save (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_set_line_width (cr, 5);
  cairo_move_to (cr, x + AXIS_WIDTH, goal_y);
  cairo_line_to (cr, x + AXIS_WIDTH + plot_width, goal_y);
  cairo_stroke (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, 2);
  cairo_set_dash (cr, (double[]) { 7, 4 }, 2, 0);
  cairo_move_to (cr, x + AXIS_WIDTH, goal_y);
  cairo_line_to (cr, x + AXIS_WIDTH + plot_width, goal_y);
  cairo_stroke (cr);
  cairo_restore (cr);

  every = (guint) MAX (1, ceil (56 / slot));
  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, 1);
  draw_week_labels (self, cr, x + AXIS_WIDTH, top + WEEKS_PLOT_HEIGHT, slot, every, every == 1);
  cairo_restore (cr);
  return h;
}

typedef enum {
  MARKER_DISC,
  MARKER_SQUARE,
} Marker;

static void
draw_marker (cairo_t *cr,
             Marker   marker,
             double   px,
             double   py,
             double   size)
{
  if (marker == MARKER_DISC)
    {
      cairo_new_sub_path (cr);
      cairo_arc (cr, px, py, size / 2, 0, 2 * G_PI);
      cairo_fill (cr);
    }
  else
    {
      cairo_rectangle (cr, px - size / 2, py - size / 2, size, size);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_fill_preserve (cr);
      cairo_set_source_rgb (cr, 0, 0, 0);
      cairo_set_line_width (cr, 1.5);
      cairo_set_dash (cr, NULL, 0, 0);
      cairo_stroke (cr);
    }
}

static void
set_series_line (cairo_t *cr,
                 Marker   marker)
{
  cairo_set_source_rgb (cr, 0, 0, 0);
  if (marker == MARKER_DISC)
    {
      cairo_set_line_width (cr, 2.2);
      cairo_set_dash (cr, NULL, 0, 0);
    }
  else
    {
      cairo_set_line_width (cr, 1.6);
      cairo_set_dash (cr, (double[]) { 5, 3 }, 2, 0);
    }
}

static void
draw_series (cairo_t *cr,
             GArray  *points,
             Marker   marker,
             double   left,
             double   top,
             double   plot_width,
             double   plot_height,
             double   n_days)
{
  double size = points->len > 25 ? 6 : 9;

  cairo_save (cr);
  set_series_line (cr, marker);
  for (guint i = 0; i < points->len; i++)
    {
      const PainPoint *p = &g_array_index (points, PainPoint, i);
      double px = left + p->day / n_days * plot_width;
      double py = top + plot_height - p->value / 10 * plot_height;

      if (i == 0)
        cairo_move_to (cr, px, py);
      else
        cairo_line_to (cr, px, py);
    }
  cairo_stroke (cr);
  for (guint i = 0; i < points->len; i++)
    {
      const PainPoint *p = &g_array_index (points, PainPoint, i);

      cairo_set_source_rgb (cr, 0, 0, 0);
      draw_marker (cr, marker, left + p->day / n_days * plot_width,
                   top + plot_height - p->value / 10 * plot_height, size);
    }
  cairo_restore (cr);
}

static double
draw_legend_entry (LimberReport *self,
                   cairo_t      *cr,
                   Marker        marker,
                   const char   *text,
                   double        x,
                   double        y)
{
  g_autoptr(PangoLayout) label = text_layout (self, STYLE_TABLE, text, -1);
  double mid = y + layout_height (label) / 2;

  cairo_save (cr);
  set_series_line (cr, marker);
  cairo_move_to (cr, x, mid);
  cairo_line_to (cr, x + 36, mid);
  cairo_stroke (cr);
  draw_marker (cr, marker, x + 18, mid, 9);
  cairo_restore (cr);
  show_layout (cr, label, x + 44, y);
  return 44 + layout_width (label) + 24;
}

static double
draw_pain (LimberReport *self,
           cairo_t      *cr,
           double        x,
           double        y,
           double        width)
{
  double h, top, legend_y, lx, plot_width = width - AXIS_WIDTH - 8;
  double n_days = days_between (&self->from, &self->to) + 1;
  double slot = plot_width / n_days * 7;
  const char *heading;
  const char *before_label = _("Before the session");
  const char *after_label = _("After the session");
  guint every;

  heading = self->pain_weekly ? _("Back pain, 0 (none) to 10 (worst), weekly averages")
                              : _("Back pain, 0 (none) to 10 (worst)");
  h = draw_heading (self, cr, heading, x, y, width);

  if (self->n_pain_before == 0 && self->n_pain_after == 0)
    return h + paragraph (self, cr, STYLE_BODY, _("No back-pain ratings in this period."), x, y + h, width);

  legend_y = y + h;
  {
    g_autoptr(PangoLayout) probe = text_layout (self, STYLE_TABLE, before_label, -1);

    h += layout_height (probe) + 10;
  }
  top = y + h;
  h += PAIN_PLOT_HEIGHT + AXIS_LABEL_HEIGHT;
  if (cr == NULL)
    return h;

  lx = x + AXIS_WIDTH;
  lx += draw_legend_entry (self, cr, MARKER_DISC, before_label, lx, legend_y);
  draw_legend_entry (self, cr, MARKER_SQUARE, after_label, lx, legend_y);

  draw_y_axis (self, cr, x, top, plot_width, PAIN_PLOT_HEIGHT, 10, 2);
  cairo_save (cr);
  cairo_rectangle (cr, x + AXIS_WIDTH - 6, top - 6, plot_width + 12, PAIN_PLOT_HEIGHT + 12);
  cairo_clip (cr);
  draw_series (cr, self->pain_before, MARKER_DISC, x + AXIS_WIDTH, top, plot_width, PAIN_PLOT_HEIGHT, n_days);
  draw_series (cr, self->pain_after, MARKER_SQUARE, x + AXIS_WIDTH, top, plot_width, PAIN_PLOT_HEIGHT, n_days);
  cairo_restore (cr);

  /* Dates at the weeks' starts, as on the chart above. */
  every = (guint) MAX (1, ceil (56 / slot));
  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, 1);
  {
    const Week *first = &g_array_index (self->weeks, Week, 0);
    double offset = -(double) days_between (&first->start, &self->from) / n_days * plot_width;
    double last_px = -1000;

    for (guint i = 0; i < self->weeks->len; i += every)
      {
        const Week *w = &g_array_index (self->weeks, Week, i);
        const GDate *date = i == 0 ? &self->from : &w->start;
        g_autofree char *text = format_short_date (date);
        g_autoptr(PangoLayout) label = text_layout (self, STYLE_TABLE, text, -1);
        double px = x + AXIS_WIDTH + (i == 0 ? 0 : offset + i * slot);

        /* The period's first day, then weeks' first days not too close to it. */
        if (px - last_px < 56)
          continue;
        last_px = px;
        cairo_move_to (cr, px, top + PAIN_PLOT_HEIGHT - 2);
        cairo_line_to (cr, px, top + PAIN_PLOT_HEIGHT + 2);
        cairo_stroke (cr);
        /* The last label ends at the plot's right edge. */
        show_layout (cr, label, MIN (px, x + AXIS_WIDTH + plot_width - layout_width (label)),
                     top + PAIN_PLOT_HEIGHT + 3);
      }
  }
  cairo_restore (cr);
  return h;
}

static double
draw_safety (LimberReport *self,
             cairo_t      *cr,
             double        x,
             double        y,
             double        width)
{
  double pad = 12, inner = width - 2 * pad, h = pad;

  h += paragraph (self, cr, STYLE_HEADING, _("When to get help"), x + pad, y + h, inner) + 6;
  h += paragraph (self, cr, STYLE_BODY,
                  _("Start gently and stop if an exercise hurts. See a doctor or physical therapist "
                    "if you have pain that does not improve, pain that spreads down a leg, numbness "
                    "or tingling, or weakness in the legs."),
                  x + pad, y + h, inner) + 6;
  h += paragraph (self, cr, STYLE_BODY_BOLD,
                  _("Stop and get urgent medical help if you have numbness around the groin or "
                    "buttocks, new trouble controlling the bladder or bowel, or weakness in both legs."),
                  x + pad, y + h, inner) + 6;
  h += paragraph (self, cr, STYLE_BODY, _("Limber is not medical advice and does not replace it."),
                  x + pad, y + h, inner);
  h += pad;

  if (cr != NULL)
    {
      cairo_save (cr);
      cairo_set_source_rgb (cr, 0, 0, 0);
      cairo_set_line_width (cr, 2);
      cairo_rectangle (cr, x + 1, y + 1, width - 2, h - 2);
      cairo_stroke (cr);
      cairo_restore (cr);
    }
  return h;
}

/* Whether @column is in the table. */
static gboolean
column_shown (LimberReport *self,
              Column        column)
{
  return column_widths[self->show_level][column] > 0;
}

static void
column_geometry (LimberReport *self,
                 double        width,
                 Column        column,
                 double       *cx,
                 double       *cw)
{
  const double *widths = column_widths[self->show_level];
  double left = 0;

  for (guint i = 0; i < column; i++)
    left += widths[i] * width;
  *cx = left + CELL_PAD;
  *cw = widths[column] * width - 2 * CELL_PAD;
}

static double
draw_table_header (LimberReport *self,
                   cairo_t      *cr,
                   double        x,
                   double        y,
                   double        width)
{
  const char *titles[N_COLUMNS] = {
    [COLUMN_DATE] = _("Date"),
    [COLUMN_ROUTINE] = _("Routine"),
    /* Translators: the level a session was played at (−2 to +3), a
     * column heading of the report */
    [COLUMN_LEVEL] = _("Level"),
    [COLUMN_MINUTES] = _("Minutes"),
    /* Translators: the report's column headings are narrow (about 9
     * characters of bold text): mark where a long word may break with a
     * soft hyphen (U+00AD) */
    [COLUMN_SETS] = _("Sets done / skipped"),
    [COLUMN_PAIN] = _("Back pain before → after"),
    [COLUMN_EFFORT] = _("Effort"),
  };
  double h = 0;

  for (guint c = 0; c < N_COLUMNS; c++)
    {
      double cx, cw;

      if (!column_shown (self, c))
        continue;
      column_geometry (self, width, c, &cx, &cw);
      h = MAX (h, paragraph (self, cr, STYLE_TABLE_BOLD, titles[c], x + cx, y + CELL_PAD, cw));
    }
  h += 2 * CELL_PAD;

  if (cr != NULL)
    {
      cairo_save (cr);
      cairo_set_source_rgb (cr, 0, 0, 0);
      cairo_set_line_width (cr, 1.5);
      cairo_move_to (cr, x, y + h);
      cairo_line_to (cr, x + width, y + h);
      cairo_stroke (cr);
      cairo_restore (cr);
    }
  return h + 2;
}

static double
draw_row (LimberReport *self,
          cairo_t      *cr,
          guint         index,
          double        x,
          double        y,
          double        width,
          double        max_height)
{
  const Row *row = &g_array_index (self->rows, Row, index);
  LimberHistoryRecord *record = row->record;
  char *texts[N_COLUMNS] = { NULL };
  g_autofree char *pain_before = format_pain (limber_history_record_get_pain_before (record));
  g_autofree char *pain_after = format_pain (limber_history_record_get_pain_after (record));
  PangoLayout *layouts[N_COLUMNS] = { NULL };
  g_autoptr(PangoLayout) stopped = NULL;
  g_autoptr(PangoLayout) easy_day = NULL;
  g_autoptr(PangoLayout) note = NULL;
  const char *note_text = limber_history_record_get_note (record);
  const char *effort = limber_effort_to_label (limber_history_record_get_effort (record));
  guint done = 0, planned = 0, skipped = 0;
  double h = 0, note_x, note_w, unused;

  limber_history_record_get_set_totals (record, &done, &planned, &skipped);
  /* Translators: a session's date in the report's table, see strftime(3) */
  texts[COLUMN_DATE] = format_date (&row->date, _("%a %-d %b %Y"));
  texts[COLUMN_ROUTINE] = g_strdup (row->title);
  texts[COLUMN_LEVEL] = limber_level_to_string (limber_history_record_get_level (record));
  texts[COLUMN_MINUTES] = g_strdup_printf ("%u", round_minutes (limber_history_record_get_active_seconds (record)));
  texts[COLUMN_SETS] = g_strdup_printf ("%u / %u", done, skipped);
  texts[COLUMN_PAIN] = g_strdup_printf ("%s → %s", pain_before, pain_after);
  texts[COLUMN_EFFORT] = g_strdup (effort != NULL ? effort : "–");

  for (guint c = 0; c < N_COLUMNS; c++)
    {
      double cx, cw, ch;

      if (!column_shown (self, c))
        {
          g_free (texts[c]);
          continue;
        }
      column_geometry (self, width, c, &cx, &cw);
      layouts[c] = text_layout (self, STYLE_TABLE, texts[c], cw);
      ch = layout_height (layouts[c]);
      if (c == COLUMN_ROUTINE && !limber_history_record_get_completed (record))
        {
          stopped = text_layout (self, STYLE_TABLE_ITALIC, _("stopped early"), cw);
          ch += layout_height (stopped);
        }
      if (c == COLUMN_LEVEL && limber_history_record_get_easy_day (record))
        {
          /* Translators: under a session's level in the report: it was
           * played one level lower, for once (the Easy Day button) */
          easy_day = text_layout (self, STYLE_TABLE_ITALIC, _("easy day"), cw);
          ch += layout_height (easy_day);
        }
      h = MAX (h, ch);
      g_free (texts[c]);
    }
  h += 2 * CELL_PAD;

  column_geometry (self, width, COLUMN_ROUTINE, &note_x, &unused);
  note_w = width - note_x - CELL_PAD;
  if (note_text != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Note: %s"), note_text);

      note = text_layout (self, STYLE_TABLE_ITALIC, text, note_w);
      h += layout_height (note) + CELL_PAD;
    }

  if (cr == NULL)
    {
      for (guint c = 0; c < N_COLUMNS; c++)
        g_clear_object (&layouts[c]);
      return h;
    }

  cairo_save (cr);
  /* A row taller than a page (a very long note) is cut at the page's end. */
  cairo_rectangle (cr, x, y, width, MIN (h, max_height));
  cairo_clip (cr);
  if (index % 2 == 1)
    {
      cairo_set_source_rgb (cr, 0.92, 0.92, 0.92);
      cairo_paint (cr);
    }
  cairo_set_source_rgb (cr, 0, 0, 0);
  for (guint c = 0; c < N_COLUMNS; c++)
    {
      double cx, cw;

      if (layouts[c] == NULL)
        continue;
      column_geometry (self, width, c, &cx, &cw);
      show_layout (cr, layouts[c], x + cx, y + CELL_PAD);
      if (c == COLUMN_ROUTINE && stopped != NULL)
        show_layout (cr, stopped, x + cx, y + CELL_PAD + layout_height (layouts[c]));
      if (c == COLUMN_LEVEL && easy_day != NULL)
        show_layout (cr, easy_day, x + cx, y + CELL_PAD + layout_height (layouts[c]));
    }
  if (note != NULL)
    show_layout (cr, note, x + note_x, y + h - CELL_PAD - layout_height (note));
  cairo_restore (cr);
  for (guint c = 0; c < N_COLUMNS; c++)
    g_clear_object (&layouts[c]);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.5, 0.5, 0.5);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, x, y + MIN (h, max_height));
  cairo_line_to (cr, x + width, y + MIN (h, max_height));
  cairo_stroke (cr);
  cairo_restore (cr);
  return MIN (h, max_height);
}

static double
draw_item (LimberReport *self,
           cairo_t      *cr,
           ItemKind      kind,
           guint         index,
           double        x,
           double        y,
           double        width,
           double        max_height)
{
  switch (kind)
    {
    case ITEM_TITLE:
      return draw_title (self, cr, x, y, width);
    case ITEM_SUMMARY:
      return draw_summary (self, cr, x, y, width);
    case ITEM_WEEKS:
      return draw_weeks (self, cr, x, y, width);
    case ITEM_PAIN:
      return draw_pain (self, cr, x, y, width);
    case ITEM_SAFETY:
      return draw_safety (self, cr, x, y, width);
    case ITEM_TABLE_HEADING:
      return draw_heading (self, cr, _("Sessions"), x, y, width);
    case ITEM_TABLE_HEADER:
      return draw_table_header (self, cr, x, y, width);
    case ITEM_ROW:
      return draw_row (self, cr, index, x, y, width, max_height);
    case ITEM_NO_SESSIONS:
      {
        g_autofree char *from = format_long_date (&self->from);
        g_autofree char *to = format_long_date (&self->to);
        g_autofree char *text = g_strdup_printf (_("No sessions between %s and %s."), from, to);

        return paragraph (self, cr, STYLE_BODY, text, x, y, width);
      }
    default:
      g_assert_not_reached ();
    }
}

/* Pagination */

typedef struct
{
  LimberReport *self;
  double width;
  double top;
  double bottom;
  double y;
  GArray *page;
} Flow;

static void
flow_new_page (Flow *flow)
{
  flow->page = g_array_new (FALSE, FALSE, sizeof (Item));
  g_ptr_array_add (flow->self->pages, flow->page);
  flow->y = flow->top;
}

static void
flow_place (Flow     *flow,
            ItemKind  kind,
            guint     index,
            double    height,
            double    gap_after)
{
  Item item = { kind, index, flow->y, MIN (height, flow->bottom - flow->top) };

  g_array_append_val (flow->page, item);
  flow->y += item.height + gap_after;
}

static double
measure (Flow     *flow,
         ItemKind  kind,
         guint     index)
{
  return draw_item (flow->self, NULL, kind, index, 0, 0, flow->width, flow->bottom - flow->top);
}

/* Places a section on this page, or on the next one when it does not fit. */
static void
flow_section (Flow     *flow,
              ItemKind  kind,
              double    gap_after)
{
  double height = measure (flow, kind, 0);

  if (flow->y + height > flow->bottom && flow->page->len > 0)
    flow_new_page (flow);
  flow_place (flow, kind, 0, height, gap_after);
}

static void
paginate (LimberReport *self,
          double        width,
          double        height)
{
  Flow flow = { self, width - 2 * MARGIN, MARGIN, height - MARGIN - FOOTER_HEIGHT, 0, NULL };
  double heading, header, first;

  if (self->pages != NULL && self->layout_width == width && self->layout_height == height)
    return;

  g_clear_pointer (&self->pages, g_ptr_array_unref);
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  self->layout_width = width;
  self->layout_height = height;
  flow_new_page (&flow);

  flow_section (&flow, ITEM_TITLE, GAP);
  flow_section (&flow, ITEM_SUMMARY, GAP);
  flow_section (&flow, ITEM_WEEKS, GAP);
  flow_section (&flow, ITEM_PAIN, GAP);
  flow_section (&flow, ITEM_SAFETY, GAP);

  /* The table: its heading stays with its header and first row. */
  heading = measure (&flow, ITEM_TABLE_HEADING, 0);
  header = measure (&flow, ITEM_TABLE_HEADER, 0);
  first = self->rows->len > 0 ? measure (&flow, ITEM_ROW, 0) : measure (&flow, ITEM_NO_SESSIONS, 0);
  if (flow.y + heading + header + first > flow.bottom && flow.page->len > 0)
    flow_new_page (&flow);
  flow_place (&flow, ITEM_TABLE_HEADING, 0, heading, 0);

  if (self->rows->len == 0)
    {
      flow_place (&flow, ITEM_NO_SESSIONS, 0, first, 0);
      return;
    }

  flow_place (&flow, ITEM_TABLE_HEADER, 0, header, 0);
  for (guint i = 0; i < self->rows->len; i++)
    {
      double row_height = i == 0 ? first : measure (&flow, ITEM_ROW, i);

      if (flow.y + row_height > flow.bottom && flow.y > flow.top + header)
        {
          flow_new_page (&flow);
          flow_place (&flow, ITEM_TABLE_HEADER, 0, header, 0);
        }
      flow_place (&flow, ITEM_ROW, i, row_height, 0);
    }
}

guint
limber_report_get_n_pages (LimberReport *self,
                           double        width,
                           double        height)
{
  g_return_val_if_fail (LIMBER_IS_REPORT (self), 0);
  g_return_val_if_fail (width > 4 * MARGIN && height > 4 * MARGIN, 0);

  paginate (self, width, height);
  return self->pages->len;
}

static void
draw_footer (LimberReport *self,
             cairo_t      *cr,
             guint         page,
             double        width,
             double        height)
{
  g_autofree char *from = format_long_date (&self->from);
  g_autofree char *to = format_long_date (&self->to);
  /* Translators: the footer of each page of the report */
  g_autofree char *left = g_strdup_printf (_("Limber report, %s – %s"), from, to);
  g_autofree char *right = g_strdup_printf (_("Page %u of %u"), page + 1, self->pages->len);
  g_autoptr(PangoLayout) right_layout = text_layout (self, STYLE_TABLE, right, -1);
  double y = height - MARGIN - FOOTER_HEIGHT + 10;
  double text_width = width - 2 * MARGIN;
  g_autoptr(PangoLayout) left_layout = text_layout (self, STYLE_TABLE, left,
                                                    text_width - layout_width (right_layout) - 12);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.3, 0.3, 0.3);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, MARGIN, y - 4);
  cairo_line_to (cr, width - MARGIN, y - 4);
  cairo_stroke (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  pango_layout_set_ellipsize (left_layout, PANGO_ELLIPSIZE_END);
  show_layout (cr, left_layout, MARGIN, y);
  show_layout (cr, right_layout, width - MARGIN - layout_width (right_layout), y);
  cairo_restore (cr);
}

void
limber_report_draw_page (LimberReport *self,
                         cairo_t      *cr,
                         guint         page,
                         double        width,
                         double        height)
{
  GArray *items;

  g_return_if_fail (LIMBER_IS_REPORT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (width > 4 * MARGIN && height > 4 * MARGIN);

  paginate (self, width, height);
  g_return_if_fail (page < self->pages->len);

  items = g_ptr_array_index (self->pages, page);
  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  for (guint i = 0; i < items->len; i++)
    {
      const Item *item = &g_array_index (items, Item, i);

      draw_item (self, cr, item->kind, item->index, MARGIN, item->y, width - 2 * MARGIN, item->height);
    }
  draw_footer (self, cr, page, width, height);
  cairo_restore (cr);
}

/* Writing */

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

GBytes *
limber_report_render_pdf (LimberReport  *self,
                          GError       **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  double width, height;
  guint n_pages;

  g_return_val_if_fail (LIMBER_IS_REPORT (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  limber_paper_size_for_locale (&width, &height);
  n_pages = limber_report_get_n_pages (self, width, height);

  surface = cairo_pdf_surface_create_for_stream (append_bytes, bytes, width, height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, _("Exercise and Back Pain Report"));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Limber " PACKAGE_VERSION);
  cr = cairo_create (surface);
  for (guint i = 0; i < n_pages; i++)
    {
      limber_report_draw_page (self, cr, i, width, height);
      cairo_show_page (cr);
    }
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("The report could not be drawn: %s"), cairo_status_to_string (status));
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

gboolean
limber_report_write_pdf (LimberReport  *self,
                         const char    *path,
                         GError       **error)
{
  g_autoptr(GBytes) pdf = NULL;
  gsize length;
  const char *data;

  g_return_val_if_fail (LIMBER_IS_REPORT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  pdf = limber_report_render_pdf (self, error);
  if (pdf == NULL)
    return FALSE;
  data = g_bytes_get_data (pdf, &length);
  return limber_safe_file_write (path, data, length, error);
}

void
limber_paper_size_for_locale (double *width,
                              double *height)
{
  gboolean letter = FALSE;

#ifdef __GLIBC__
  union { unsigned int word; char *string; } langinfo;
  unsigned int paper_width, paper_height;

  langinfo.string = nl_langinfo (_NL_PAPER_WIDTH);
  paper_width = langinfo.word;
  langinfo.string = nl_langinfo (_NL_PAPER_HEIGHT);
  paper_height = langinfo.word;
  letter = paper_width == 216 && paper_height == 279;
#else
  static const char * const letter_countries[] = {
    "_US", "_CA", "_MX", "_PH", "_CL", "_CO", "_CR", "_GT", "_PA", "_PR", "_SV", "_VE", "_NI", "_DO",
  };
  const char *name = setlocale (LC_CTYPE, NULL);

  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (letter_countries); i++)
    if (strstr (name, letter_countries[i]) != NULL)
      letter = TRUE;
#endif

  *width = letter ? LIMBER_PAPER_LETTER_WIDTH : LIMBER_PAPER_A4_WIDTH;
  *height = letter ? LIMBER_PAPER_LETTER_HEIGHT : LIMBER_PAPER_A4_HEIGHT;
}
