/* make-screenshots.c: renders the window to PNG for the README and the metainfo
 *
 * Run under Xvfb from the build tree (see README.md, "Screenshots"):
 *   GSK_RENDERER=cairo GSETTINGS_BACKEND=memory GSETTINGS_SCHEMA_DIR=build/data \
 *     xvfb-run -a build/tests/make-screenshots data/screenshots
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <math.h>

#include "limber-application.h"
#include "limber-history-page-private.h"
#include "limber-sitting-status.h"
#include "limber-history-recorder.h"
#include "limber-report-period-private.h"
#include "limber-report.h"
#include "limber-preferences-window-private.h"
#include "limber-virtual-clock.h"
#include "limber-window-private.h"
#include "limber-session-private.h"

/* A voice that is always speaking, for the shots of the indicator. */
#define SHOT_TYPE_VOICE (shot_voice_get_type ())
G_DECLARE_FINAL_TYPE (ShotVoice, shot_voice, SHOT, VOICE, GObject)

struct _ShotVoice
{
  GObject parent_instance;
};

enum { PROP_0, PROP_AVAILABLE, PROP_SPEAKING };

static void
shot_voice_say (LimberSpeaker        *speaker,
                const char           *text,
                LimberSpeechPriority  priority,
                gint64                latest_end)
{
}

static void
shot_voice_cancel (LimberSpeaker *speaker)
{
}

static void
shot_voice_iface_init (LimberSpeakerInterface *iface)
{
  iface->say = shot_voice_say;
  iface->cancel = shot_voice_cancel;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (ShotVoice, shot_voice, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (LIMBER_TYPE_SPEAKER, shot_voice_iface_init))

static void
shot_voice_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  g_value_set_boolean (value, TRUE);
}

static void
shot_voice_class_init (ShotVoiceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = shot_voice_get_property;
  g_object_class_override_property (object_class, PROP_AVAILABLE, "available");
  g_object_class_override_property (object_class, PROP_SPEAKING, "speaking");
}

static void
shot_voice_init (ShotVoice *self)
{
}

static LimberApplication *app;
static const char *out_dir;
static const char *only;  /* the shots whose names start with this, or NULL: all */

static void
spin (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

static void
save (GtkWidget  *window,
      const char *name)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (window);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = g_build_filename (out_dir, name, NULL);
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (window));
  int width = gtk_widget_get_width (window);
  int height = gtk_widget_get_height (window);

  if (only != NULL && !g_str_has_prefix (name, only))
    return;
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (!gdk_texture_save_to_png (texture, path))
    g_error ("cannot write %s", path);
  g_print ("%s (%d×%d)\n", path, width, height);
}

static LimberWindow *
make_window (int       width,
             int       height,
             gboolean  dark,
             LimberClock *clock)
{
  LimberWindow *window = limber_window_new (app);

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  if (clock != NULL)
    limber_window_set_clock (window, clock);
  gtk_window_present (GTK_WINDOW (window));
  spin (400);
  return window;
}

static void
finish_window (LimberWindow *window)
{
  LimberSession *session = limber_window_get_session (window);

  if (session != NULL)
    limber_session_stop (session);
  gtk_window_destroy (GTK_WINDOW (window));
  spin (100);
}

static LimberRoutine *
routine (const char *id)
{
  LimberRoutine *r = limber_library_lookup (limber_application_get_library (app), id);

  if (r == NULL)
    g_error ("no routine %s", id);
  return r;
}

/* Starts @id and moves the virtual clock on by @seconds. */
static void
play (LimberWindow       *window,
      LimberVirtualClock *clock,
      const char         *id,
      double              seconds)
{
  limber_window_start_routine (window, routine (id));
  limber_virtual_clock_advance (clock, (gint64) (seconds * G_USEC_PER_SEC));
  limber_session_pause (limber_window_get_session (window));
  limber_session_resume (limber_window_get_session (window));
  /* The shots show the player as it is with sound. */
  limber_player_page_set_sound_available (limber_window_get_player_page (window), TRUE);
  spin (300);
}

static void
shoot_library (gboolean    dark,
               int         width,
               int         height,
               const char *name)
{
  LimberWindow *window = make_window (width, height, dark, NULL);

  save (GTK_WIDGET (window), name);
  finish_window (window);
}

/* A break reminder in the window (no notification server). */
static void
shoot_reminder (gboolean    dark,
                int         width,
                int         height,
                const char *name)
{
  LimberWindow *window = make_window (width, height, dark, NULL);

  limber_window_show_reminder (window, _("You have been sitting for 30 minutes"),
                               _("A 3-minute Desk Break loosens the hips"));
  spin (600);
  save (GTK_WIDGET (window), name);
  finish_window (window);
}

/* Break reminders on: the line that limber-reminders' state makes (set
 * here as LimberSittingStatus would). */
static void
shoot_library_sitting (gboolean    dark,
                       int         width,
                       int         height,
                       const char *name)
{
  LimberWindow *window = make_window (width, height, dark, NULL);
  g_autofree char *text = limber_sitting_status_format (TRUE, 18, 4);

  limber_library_page_set_sitting_text (window->library_page, text);
  spin (200);
  save (GTK_WIDGET (window), name);
  finish_window (window);
}

static void
shoot_routine (gboolean    dark,
               int         width,
               int         height,
               const char *name)
{
  LimberWindow *window = make_window (width, height, dark, NULL);

  limber_window_show_routine (window, routine ("hip-flexor-release"));
  /* Played a level up: the level control and its total time. */
  limber_routine_page_set_level (limber_window_get_routine_page (window), 1);
  spin (400);
  save (GTK_WIDGET (window), name);
  limber_routine_page_set_level (limber_window_get_routine_page (window), 0);
  finish_window (window);
}

/* The editor on a bundled routine, its first exercise open. */
static void
shoot_editor (gboolean    dark,
              int         width,
              int         height,
              const char *name)
{
  LimberWindow *window = make_window (1000, 700, dark, NULL);
  LimberEditorWindow *editor;
  LimberExerciseRow *row;

  limber_window_show_routine (window, routine ("hip-flexor-release"));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.edit", NULL);
  editor = limber_window_get_editor_window (window);
  gtk_window_set_default_size (GTK_WINDOW (editor), width, height);
  row = limber_editor_window_get_exercise_row (editor, 0);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  spin (300);
  /* Scrolls down to the exercise's fields. */
  gtk_widget_grab_focus (GTK_WIDGET (limber_exercise_row_get_sets_spin (row)));
  spin (600);
  save (GTK_WIDGET (editor), name);
  gtk_window_destroy (GTK_WINDOW (editor));
  finish_window (window);
}

/* The editor with the first exercise's progression open: a step and a
 * largest value typed, the smallest value left to its default (or, with
 * @problem, one longer than the exercise). */
static void
shoot_editor_progression (gboolean    dark,
                          gboolean    problem,
                          int         width,
                          int         height,
                          const char *name)
{
  LimberWindow *window = make_window (1000, 700, dark, NULL);
  LimberEditorWindow *editor;
  LimberExerciseRow *row;
  LimberProgressionRow *levels;

  limber_window_show_routine (window, routine ("hip-flexor-release"));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.edit", NULL);
  editor = limber_window_get_editor_window (window);
  gtk_window_set_default_size (GTK_WINDOW (editor), width, height);
  row = limber_editor_window_get_exercise_row (editor, 0);
  levels = limber_exercise_row_get_progression_row (row);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (levels), TRUE);
  gtk_editable_set_text (limber_progression_row_get_editable (levels, LIMBER_PROGRESSION_FIELD_STEP), "0:10");
  gtk_editable_set_text (limber_progression_row_get_editable (levels, LIMBER_PROGRESSION_FIELD_MAX), "1:00");
  if (problem)
    gtk_editable_set_text (limber_progression_row_get_editable (levels, LIMBER_PROGRESSION_FIELD_MIN), "0:45");
  spin (600);
  /* Scrolls down until the end of the progression shows, a little above
   * the bottom edge. */
  {
    GtkWidget *scrolled = gtk_widget_get_ancestor (GTK_WIDGET (row), GTK_TYPE_SCROLLED_WINDOW);
    GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
    graphene_rect_t bounds;

    if (gtk_widget_compute_bounds (GTK_WIDGET (levels), gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled)),
                                   &bounds))
      gtk_adjustment_set_value (adjustment, bounds.origin.y + bounds.size.height -
                                            gtk_adjustment_get_page_size (adjustment) + 60);
  }
  spin (300);
  save (GTK_WIDGET (editor), name);
  gtk_window_destroy (GTK_WINDOW (editor));
  finish_window (window);
}

/* A new routine with problems: the messages next to their fields. */
static void
shoot_editor_problems (gboolean    dark,
                       int         width,
                       int         height,
                       const char *name)
{
  LimberWindow *window = make_window (1000, 700, dark, NULL);
  LimberEditorWindow *editor;
  LimberExerciseRow *row;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-routine", NULL);
  editor = limber_window_get_editor_window (window);
  gtk_window_set_default_size (GTK_WINDOW (editor), width, height);
  row = limber_editor_window_get_exercise_row (editor, 0);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  gtk_editable_set_text (limber_duration_row_get_editable (limber_exercise_row_get_duration_row (row)), "1:75");
  gtk_editable_set_text (limber_duration_row_get_editable (limber_editor_window_get_prepare_row (editor)), "20:00");
  spin (600);
  save (GTK_WIDGET (editor), name);
  gtk_window_destroy (GTK_WINDOW (editor));
  finish_window (window);
}

static void
shoot_player (gboolean    dark,
              int         width,
              int         height,
              double      seconds,
              const char *name)
{
  g_autoptr(LimberClock) clock = limber_virtual_clock_new (1000000);
  LimberWindow *window = make_window (width, height, dark, clock);

  play (window, LIMBER_VIRTUAL_CLOCK (clock), "hip-flexor-release", seconds);
  save (GTK_WIDGET (window), name);
  finish_window (window);
}

/* The player while the voice speaks: the "Speaking" indicator. */
static void
shoot_voice_player (gboolean    dark,
                    int         width,
                    int         height,
                    double      seconds,
                    const char *name)
{
  g_autoptr(LimberClock) clock = limber_virtual_clock_new (1000000);
  g_autoptr(LimberSpeaker) voice = g_object_new (SHOT_TYPE_VOICE, NULL);
  GSettings *settings = limber_application_get_settings (app);
  LimberWindow *window;

  g_settings_set_boolean (settings, "voice", TRUE);
  window = make_window (width, height, dark, clock);
  limber_window_set_speaker (window, voice);
  play (window, LIMBER_VIRTUAL_CLOCK (clock), "hip-flexor-release", seconds);
  save (GTK_WIDGET (window), name);
  finish_window (window);
  g_settings_set_boolean (settings, "voice", FALSE);
}

/* The Preferences, scrolled to the voice group. */
static void
shoot_voice_preferences (gboolean    dark,
                         int         width,
                         int         height,
                         const char *name)
{
  g_autoptr(LimberSpeaker) voice = g_object_new (SHOT_TYPE_VOICE, NULL);
  GSettings *settings = limber_application_get_settings (app);
  LimberPreferencesWindow *prefs;
  GtkWidget *row, *scrolled, *viewport;
  graphene_point_t point;

  g_settings_set_boolean (settings, "voice", TRUE);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);
  prefs = LIMBER_PREFERENCES_WINDOW (limber_preferences_window_new (NULL, settings));
  limber_preferences_window_set_speaker (prefs, voice);
  gtk_window_set_default_size (GTK_WINDOW (prefs), width, height);
  gtk_window_present (GTK_WINDOW (prefs));
  spin (400);

  row = GTK_WIDGET (limber_preferences_window_get_voice_row (prefs));
  scrolled = gtk_widget_get_ancestor (row, GTK_TYPE_SCROLLED_WINDOW);
  viewport = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled));
  if (gtk_widget_compute_point (row, gtk_viewport_get_child (GTK_VIEWPORT (viewport)),
                                &GRAPHENE_POINT_INIT (0, 0), &point))
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)),
                              point.y - 48);
  spin (300);
  save (GTK_WIDGET (prefs), name);
  gtk_window_destroy (GTK_WINDOW (prefs));
  spin (100);
  g_settings_set_boolean (settings, "voice", FALSE);
}

static void
shoot_finished (gboolean    dark,
                int         width,
                int         height,
                const char *name)
{
  g_autoptr(LimberClock) clock = limber_virtual_clock_new (1000000);
  LimberWindow *window = make_window (width, height, dark, clock);

  limber_window_start_routine (window, routine ("desk-break"));
  limber_virtual_clock_run_until_idle (LIMBER_VIRTUAL_CLOCK (clock), G_MAXINT64 / 2);
  spin (400);
  save (GTK_WIDGET (window), name);
  finish_window (window);
}

/* The Finished page suggesting a level up: two good sessions of Desk Break
 * in the week before, and this one rated "about right", pain 2. */
static void
shoot_suggestion (gboolean    dark,
                  int         width,
                  int         height,
                  const char *name)
{
  g_autoptr(LimberClock) clock = limber_virtual_clock_new (1000000);
  g_autofree char *dir = g_dir_make_tmp ("limber-shots-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "history.jsonl", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(LimberHistory) history = limber_history_new (file);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  LimberWindow *window = make_window (width, height, dark, clock);
  LimberFinishedPage *page;
  g_autoptr(GError) error = NULL;

  for (int days = 8; days > 0; days -= 4)
    {
      g_autoptr(GDateTime) start = g_date_time_add_days (now, -days);
      g_autoptr(GDateTime) end = g_date_time_add_minutes (start, 5);
      g_autoptr(LimberHistoryRecord) record =
        limber_history_record_new ("desk-break", "Desk Break", start, end, 300, 300, TRUE);

      limber_history_record_set_pain_before (record, 2);
      limber_history_record_set_pain_after (record, 1);
      limber_history_record_set_effort (record, LIMBER_EFFORT_RIGHT);
      if (!limber_history_append (history, record, &error))
        g_error ("%s", error->message);
    }
  limber_window_set_history (window, history);
  limber_window_start_routine (window, routine ("desk-break"));
  limber_virtual_clock_run_until_idle (LIMBER_VIRTUAL_CLOCK (clock), G_MAXINT64 / 2);
  spin (200);
  page = limber_window_get_finished_page (window);
  limber_pain_scale_set_value (limber_finished_page_get_pain_scale (page), 2);
  gtk_toggle_button_set_active (limber_finished_page_get_effort_button (page, LIMBER_EFFORT_RIGHT), TRUE);
  spin (400);
  save (GTK_WIDGET (window), name);
  finish_window (window);
  g_remove (path);
  g_rmdir (dir);
}

/* A history of some weeks: most days a routine, the back slowly better;
 * with @levels, played a level higher every three weeks, now and then on an
 * easy day. */
static LimberHistory *
sample_history (const char *dir,
                gboolean    levels)
{
  static const char *titles[] = { "Hip Flexor Release", "Desk Break", "Morning Mobility", "Core Basics" };
  g_autofree char *path = g_build_filename (dir, "sample-history.jsonl", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  LimberHistory *history;
  g_autoptr(GError) error = NULL;

  g_remove (path);
  history = limber_history_new (file);
  for (int day = 62; day >= 0; day--)
    {
      g_autoptr(GDateTime) date = g_date_time_add_days (now, -day);
      g_autoptr(GDateTime) start = NULL;
      g_autoptr(GDateTime) end = NULL;
      g_autoptr(LimberHistoryRecord) record = NULL;
      int which = (day * 7 + 3) % 11;
      gboolean completed = which != 4;
      guint minutes = 8 + (guint) which;

      /* Some days off, more of them early on; none in the last 5 days. */
      if (day > 5 && (which == 1 || which == 6 || (day > 40 && which % 3 == 0)))
        continue;
      start = g_date_time_new_local (g_date_time_get_year (date), g_date_time_get_month (date),
                                     g_date_time_get_day_of_month (date), 7 + which % 3, 10, 0);
      end = g_date_time_add_minutes (start, minutes);
      record = limber_history_record_new (titles[which % G_N_ELEMENTS (titles)],
                                          titles[which % G_N_ELEMENTS (titles)],
                                          start, end, minutes * 60,
                                          completed ? minutes * 60 : minutes * 30, completed);
      if (which != 2)
        {
          limber_history_record_set_pain_before (record, CLAMP (7 - (62 - day) / 14 + which % 2, 0, 10));
          limber_history_record_set_pain_after (record, CLAMP (6 - (62 - day) / 12 + which % 3 / 2, 0, 10));
          limber_history_record_set_effort (record, 1 + which % 3);
        }
      /* Levels: Hip Flexor Release a level up after three weeks and again
       * after six; Desk Break eased off to −1 for a week. */
      if (which % G_N_ELEMENTS (titles) == 0)
        limber_history_record_set_level (record, day > 40 ? 0 : day > 18 ? 1 : 2);
      else if (which % G_N_ELEMENTS (titles) == 1)
        limber_history_record_set_level (record, day < 35 && day > 26 ? -1 : 0);
      if (day == 1)
        limber_history_record_set_note (record, "Lower back much looser after this");
      if (levels)
        {
          gboolean easy_day = which == 5 && day < 42;

          limber_history_record_set_level (record, (62 - day) / 21 - (easy_day ? 1 : 0));
          limber_history_record_set_easy_day (record, easy_day);
        }
      if (!limber_history_append (history, record, &error))
        g_error ("%s", error->message);
    }

  /* Break reminders in the last ten days: Start in the morning, breaks on
   * one's own, now and then a skip or In 5 Minutes, and some long stretches. */
  for (int day = 9; day >= 0; day--)
    {
      static const struct { int hour, minute; LimberBreakKind kind; guint base; } plan[] = {
        { 9, 30, LIMBER_BREAK_REMINDED_STARTED, 30 },
        { 11, 5, LIMBER_BREAK_NATURAL, 38 },
        { 13, 40, LIMBER_BREAK_SNOOZED, 30 },
        { 13, 45, LIMBER_BREAK_SKIPPED, 35 },
        { 15, 20, LIMBER_BREAK_REMINDED_STARTED, 30 },
        { 17, 0, LIMBER_BREAK_NATURAL, 25 },
      };
      g_autoptr(GDateTime) date = g_date_time_add_days (now, -day);
      int weekday = g_date_time_get_day_of_week (date);

      if (weekday >= 6)
        continue;  /* the weekend: no reminders */
      for (guint i = 0; i < G_N_ELEMENTS (plan); i++)
        {
          g_autoptr(GDateTime) time = NULL;
          g_autoptr(LimberBreakEvent) event = NULL;
          guint extra = (guint) ((day * 13 + i * 7) % 29);

          /* Today only what has happened by now. */
          if ((day + (int) i) % 4 == 3 && plan[i].kind != LIMBER_BREAK_REMINDED_STARTED)
            continue;
          time = g_date_time_new_local (g_date_time_get_year (date), g_date_time_get_month (date),
                                        g_date_time_get_day_of_month (date), plan[i].hour, plan[i].minute, 0);
          if (day == 0 && g_date_time_compare (time, now) > 0)
            continue;
          event = limber_break_event_new (plan[i].kind, time,
                                          plan[i].kind == LIMBER_BREAK_NATURAL ? plan[i].base + extra : plan[i].base,
                                          "desk-break");
          if (!limber_history_append_break (history, event, &error))
            g_error ("%s", error->message);
        }
    }
  if (!limber_history_load (history, NULL, &error))
    g_error ("%s", error->message);
  return history;
}

/* @view: the page's "overview", its "sessions" or its "breaks";
 * @chart_routine: the routine the pain chart shows, with its level over
 * time (NULL: all). */
static void
shoot_history_chart (gboolean    dark,
                     int         width,
                     int         height,
                     const char *view,
                     const char *chart_routine,
                     const char *name)
{
  g_autofree char *dir = g_dir_make_tmp ("limber-shots-XXXXXX", NULL);
  g_autoptr(LimberHistory) history = sample_history (dir, FALSE);
  g_autofree char *path = g_build_filename (dir, "sample-history.jsonl", NULL);
  LimberWindow *window = make_window (width, height, dark, NULL);

  limber_window_set_history (window, history);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.history", NULL);
  limber_history_page_set_view (limber_window_get_history_page (window), view);
  if (chart_routine != NULL)
    {
      LimberPainChart *chart = limber_history_page_get_pain_chart (limber_window_get_history_page (window));

      limber_history_page_set_chart_routine (limber_window_get_history_page (window), chart_routine);
      spin (300);
      /* The chart in view: its card's bottom at the window's. */
      {
        GtkWidget *scrolled = gtk_widget_get_ancestor (GTK_WIDGET (chart), GTK_TYPE_SCROLLED_WINDOW);
        GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
        graphene_point_t point;

        if (gtk_widget_compute_point (GTK_WIDGET (chart), gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled)),
                                      &GRAPHENE_POINT_INIT (0, gtk_widget_get_height (GTK_WIDGET (chart)) + 60), &point))
          gtk_adjustment_set_value (adjustment, MAX (0, point.y - gtk_adjustment_get_page_size (adjustment)));
      }
    }
  spin (500);
  save (GTK_WIDGET (window), name);
  finish_window (window);
  g_remove (path);
  g_rmdir (dir);
}

static void
shoot_history (gboolean    dark,
               int         width,
               int         height,
               const char *view,
               const char *name)
{
  shoot_history_chart (dark, width, height, view, NULL, name);
}

/* The routine page while "get it checked" holds: Hip Flexor Release hurt
 * 6 and 7 within the last two weeks. */
static void
shoot_routine_checked (gboolean    dark,
                       int         width,
                       int         height,
                       const char *name)
{
  g_autofree char *dir = g_dir_make_tmp ("limber-shots-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "history.jsonl", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(LimberHistory) history = limber_history_new (file);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  LimberWindow *window = make_window (width, height, dark, NULL);
  g_autoptr(GError) error = NULL;

  for (int days = 9; days > 0; days -= 7)
    {
      g_autoptr(GDateTime) start = g_date_time_add_days (now, -days);
      g_autoptr(GDateTime) end = g_date_time_add_minutes (start, 6);
      g_autoptr(LimberHistoryRecord) record =
        limber_history_record_new ("hip-flexor-release", "Hip Flexor Release", start, end, 360, 360, TRUE);

      limber_history_record_set_pain_before (record, 3);
      limber_history_record_set_pain_after (record, days > 5 ? 6 : 7);
      if (!limber_history_append (history, record, &error))
        g_error ("%s", error->message);
    }
  limber_window_set_history (window, history);
  limber_window_show_routine (window, routine ("hip-flexor-release"));
  spin (400);
  save (GTK_WIDGET (window), name);
  finish_window (window);
  g_remove (path);
  g_rmdir (dir);
}

/* Report…: the period between two dates, "From" after "To" (@wrong) or not. */
static void
shoot_report_dialog (gboolean    dark,
                     gboolean    wrong,
                     const char *name)
{
  g_autofree char *dir = g_dir_make_tmp ("limber-shots-XXXXXX", NULL);
  g_autoptr(LimberHistory) history = sample_history (dir, FALSE);
  g_autofree char *path = g_build_filename (dir, "sample-history.jsonl", NULL);
  LimberWindow *window = make_window (1000, 760, dark, NULL);
  g_autoptr(GList) toplevels = NULL;
  LimberReportPeriod *period = NULL;
  GtkWidget *dialog = NULL;
  GDate from, to;

  limber_window_set_history (window, history);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.history", NULL);
  spin (200);
  gtk_widget_activate_action (GTK_WIDGET (limber_window_get_history_page (window)), "history.report", NULL);
  spin (300);
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      dialog = l->data;
  g_assert (dialog != NULL);
  period = LIMBER_REPORT_PERIOD (adw_message_dialog_get_extra_child (ADW_MESSAGE_DIALOG (dialog)));
  g_date_clear (&from, 1);
  g_date_clear (&to, 1);
  g_date_set_dmy (&from, 1, G_DATE_MARCH, 2026);
  g_date_set_dmy (&to, 31, G_DATE_MAY, 2026);
  limber_report_period_set_kind (period, LIMBER_REPORT_PERIOD_CUSTOM);
  if (wrong)
    limber_report_period_set_dates (period, &to, &from);
  else
    limber_report_period_set_dates (period, &from, &to);
  spin (400);
  save (dialog, name);
  if (g_getenv ("LIMBER_SHOTS_EXTRA") != NULL && !wrong)
    {
      GtkMenuButton *button = limber_report_period_get_button (period, FALSE);
      g_autofree char *popover_name = g_strconcat ("report-dialog-calendar", strchr (name, '.'), NULL);

      gtk_menu_button_popup (button);
      spin (400);
      save (GTK_WIDGET (gtk_menu_button_get_popover (button)), popover_name);
      gtk_menu_button_popdown (button);
    }
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  spin (100);
  finish_window (window);
  g_remove (path);
  g_rmdir (dir);
}

/* The report's second page, the table of the sessions (with their levels)
 * of the last 30 days, as pdftoppm -r 80 shows it. */
static void
shoot_report (const char *name)
{
  g_autofree char *dir = g_dir_make_tmp ("limber-shots-XXXXXX", NULL);
  g_autoptr(LimberHistory) history = sample_history (dir, TRUE);
  g_autofree char *path = g_build_filename (dir, "sample-history.jsonl", NULL);
  g_autofree char *out = g_build_filename (out_dir, name, NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(LimberReport) report = NULL;
  double scale = 80.0 / 72.0;
  cairo_surface_t *surface;
  cairo_t *cr;
  GDate from, to;

  if (only != NULL && !g_str_has_prefix (name, only))
    goto out;
  g_date_clear (&to, 1);
  g_date_set_dmy (&to, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  from = to;
  g_date_subtract_days (&from, 29);
  report = limber_report_new (history, NULL, &from, &to, 60);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) ceil (LIMBER_PAPER_A4_WIDTH * scale),
                                        (int) ceil (LIMBER_PAPER_A4_HEIGHT * scale));
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, scale, scale);
  limber_report_draw_page (report, cr, 1, LIMBER_PAPER_A4_WIDTH, LIMBER_PAPER_A4_HEIGHT);
  cairo_destroy (cr);
  if (cairo_surface_write_to_png (surface, out) != CAIRO_STATUS_SUCCESS)
    g_error ("cannot write %s", out);
  cairo_surface_destroy (surface);
  g_print ("%s\n", out);
out:
  g_remove (path);
  g_rmdir (dir);
}

static const char preview_good[] =
  "{ \"format\": \"limber-routine\", \"version\": 1, \"id\": \"lower-back-reset\",\n"
  "  \"title\": \"Lower Back Reset\", \"x-author\": \"Dana Reyes, physiotherapist\",\n"
  "  \"description\": \"A few quiet minutes for a stiff lower back: gentle holds first, then a little strength for the hips.\",\n"
  "  \"exercises\": [\n"
  "    { \"name\": \"Knees to chest\", \"kind\": \"stretch\", \"duration\": 30, \"sets\": 2, \"rest\": 10 },\n"
  "    { \"name\": \"Cat and cow\", \"kind\": \"mobility\", \"reps\": 10, \"rep_duration\": 4 },\n"
  "    { \"name\": \"Glute bridge\", \"kind\": \"strength\", \"reps\": 12, \"sets\": 3, \"rest\": 30 },\n"
  "    { \"name\": \"Child's pose\", \"kind\": \"stretch\", \"duration\": 45 } ] }\n";

static const char preview_bad[] =
  "{ \"format\": \"limber-routine\", \"version\": 1, \"id\": \"hips\", \"title\": \"Hips\",\n"
  "  \"exercises\": [ { \"name\": \"Hold\", \"duration\": 0 } ] }\n";

/* A routine file opened from the file manager: its preview. */
static void
shoot_preview (gboolean    dark,
               int         width,
               int         height,
               gboolean    good,
               const char *name)
{
  g_autofree char *dir = g_dir_make_tmp ("limber-shots-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, good ? "lower-back-reset.limber.json" : "hips.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  LimberWindow *window;
  LimberRoutinePreview *preview;

  if (!g_file_set_contents (path, good ? preview_good : preview_bad, -1, NULL))
    g_error ("cannot write %s", path);
  window = make_window (1000, 760, dark, NULL);
  limber_window_open_files (window, &file, 1);
  preview = limber_window_get_preview (window);
  gtk_window_set_default_size (GTK_WINDOW (preview), width, height);
  for (int i = 0; i < 200 && !limber_routine_preview_get_loaded (preview); i++)
    spin (10);
  spin (400);
  save (GTK_WIDGET (preview), name);
  gtk_window_destroy (GTK_WINDOW (preview));
  finish_window (window);
  g_remove (path);
  g_rmdir (dir);
}

/* The first run's card above the library: the safety note, or the offer. */
static void
shoot_first_run (gboolean    dark,
                 int         width,
                 int         height,
                 gboolean    offer,
                 const char *name)
{
  GSettings *settings = limber_application_get_settings (app);
  LimberWindow *window;

  g_settings_set_boolean (settings, "reminders-offered", FALSE);
  window = make_window (width, height, dark, NULL);
  if (offer)
    g_signal_emit_by_name (GTK_WIDGET (limber_first_run_card_get_understood_button (
        limber_library_page_get_first_run_card (limber_window_get_library_page (window)))), "clicked");
  spin (300);
  save (GTK_WIDGET (window), name);
  finish_window (window);
  g_settings_set_boolean (settings, "reminders-offered", TRUE);
}

/* Preferences on its Move Reminders page, reminders on and paused. */
static void
shoot_preferences (gboolean    dark,
                   int         width,
                   int         height,
                   const char *name)
{
  GSettings *settings = limber_application_get_settings (app);
  LimberWindow *window = make_window (1000, 700, dark, NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) later = g_date_time_add_minutes (now, 47);
  GtkWidget *prefs = limber_preferences_window_new (GTK_WINDOW (window), settings);
  LimberPreferencesWindow *p = LIMBER_PREFERENCES_WINDOW (prefs);

  g_settings_set_boolean (settings, "break-reminders", TRUE);
  g_settings_set_int64 (settings, "reminders-paused-until",
                        g_date_time_to_unix (later) * G_USEC_PER_SEC);
  gtk_window_set_default_size (GTK_WINDOW (prefs), width, height);
  adw_preferences_window_set_visible_page (ADW_PREFERENCES_WINDOW (prefs),
                                           ADW_PREFERENCES_PAGE (limber_preferences_window_get_reminders_page (p)));
  gtk_window_present (GTK_WINDOW (prefs));
  spin (500);
  save (prefs, name);
  gtk_window_destroy (GTK_WINDOW (prefs));
  g_settings_reset (settings, "break-reminders");
  g_settings_reset (settings, "reminders-paused-until");
  finish_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;

  if (argc != 2 && argc != 3)
    {
      g_printerr ("usage: make-screenshots OUTPUT-DIR [NAME-PREFIX]\n");
      return 2;
    }
  out_dir = argv[1];
  only = argc == 3 ? argv[2] : NULL;
  g_mkdir_with_parents (out_dir, 0755);

  /* The finished shots record their session: into a throwaway history. */
  {
    g_autofree char *data_home = g_dir_make_tmp ("limber-shots-XXXXXX", NULL);

    g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  }
  /* Shots in another language (LANGUAGE=de) use the catalogues of the build tree. */
  bindtextdomain (GETTEXT_PACKAGE, LIMBER_BUILD_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  gtk_init ();
  adw_init ();
  /* Pages appear at once: no transition is caught half-way. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  app = limber_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  if (!g_application_register (G_APPLICATION (app), NULL, &error))
    g_error ("%s", error->message);
  /* The shots have no speech service: no voice but where a shot shows it. */
  g_settings_set_boolean (limber_application_get_settings (app), "voice", FALSE);

  g_settings_set_boolean (limber_application_get_settings (app), "reminders-offered", TRUE);
  shoot_first_run (FALSE, 1000, 700, FALSE, "first-run.png");
  shoot_first_run (TRUE, 1000, 700, TRUE, "first-run-offer-dark.png");
  shoot_first_run (FALSE, 360, 640, TRUE, "first-run-offer-narrow.png");
  shoot_preferences (FALSE, 560, 900, "preferences-reminders.png");
  shoot_preferences (TRUE, 560, 900, "preferences-reminders-dark.png");
  shoot_preferences (FALSE, 360, 640, "preferences-reminders-narrow.png");
  /* 10 s get ready, then 30 s left side: 12 s into the work. */
  shoot_library (FALSE, 1000, 700, "library.png");
  shoot_library (TRUE, 1000, 700, "library-dark.png");
  shoot_library (FALSE, 360, 640, "library-narrow.png");
  shoot_reminder (FALSE, 1000, 700, "reminder-in-window.png");
  shoot_reminder (TRUE, 1000, 700, "reminder-in-window-dark.png");
  shoot_reminder (FALSE, 360, 640, "reminder-in-window-narrow.png");
  shoot_library_sitting (FALSE, 1000, 700, "library-sitting.png");
  shoot_library_sitting (TRUE, 360, 640, "library-sitting-narrow-dark.png");
  shoot_routine (FALSE, 1000, 760, "routine.png");
  shoot_routine (TRUE, 1000, 760, "routine-dark.png");
  shoot_routine (FALSE, 360, 640, "routine-narrow.png");
  shoot_routine_checked (FALSE, 1000, 760, "routine-checked.png");
  shoot_routine_checked (TRUE, 1000, 760, "routine-checked-dark.png");
  shoot_routine_checked (FALSE, 360, 640, "routine-checked-narrow.png");
  shoot_editor (FALSE, 640, 900, "editor.png");
  shoot_editor (TRUE, 640, 900, "editor-dark.png");
  shoot_editor_progression (FALSE, FALSE, 640, 900, "editor-progression.png");
  shoot_editor_progression (TRUE, FALSE, 640, 900, "editor-progression-dark.png");
  shoot_editor_progression (FALSE, FALSE, 360, 640, "editor-progression-narrow.png");
  if (g_getenv ("LIMBER_MORE_SHOTS") != NULL)
    {
      shoot_editor (FALSE, 360, 640, "editor-narrow.png");
      shoot_editor_problems (FALSE, 640, 1000, "editor-problems.png");
      shoot_editor_problems (TRUE, 640, 1000, "editor-problems-dark.png");
      shoot_editor_progression (TRUE, TRUE, 360, 640, "editor-progression-problem-narrow-dark.png");
    }
  shoot_player (FALSE, 1000, 760, 22.4, "player-work.png");
  shoot_player (TRUE, 1000, 760, 22.4, "player-work-dark.png");
  /* … left 30 s, switch 5 s, right 30 s, then the rest between sets. */
  shoot_player (FALSE, 1000, 760, 10 + 30 + 5 + 30 + 3.4, "player-rest.png");
  shoot_player (TRUE, 1000, 760, 10 + 30 + 5 + 30 + 3.4, "player-rest-dark.png");
  shoot_player (FALSE, 360, 640, 22.4, "player-narrow.png");
  shoot_player (TRUE, 360, 640, 10 + 30 + 1.2, "player-narrow-dark.png");
  shoot_player (FALSE, 1920, 1080, 22.4, "player-wide.png");
  shoot_player (TRUE, 1920, 1080, 22.4, "player-wide-dark.png");
  shoot_voice_player (FALSE, 1000, 760, 22.4, "voice-player.png");
  shoot_voice_player (TRUE, 1000, 760, 22.4, "voice-player-dark.png");
  shoot_voice_player (FALSE, 360, 640, 22.4, "voice-player-narrow.png");
  shoot_voice_player (TRUE, 360, 640, 10 + 30 + 1.2, "voice-player-narrow-dark.png");
  shoot_voice_preferences (FALSE, 560, 760, "voice-preferences.png");
  shoot_voice_preferences (TRUE, 560, 760, "voice-preferences-dark.png");
  shoot_voice_preferences (FALSE, 360, 640, "voice-preferences-narrow.png");
  shoot_finished (FALSE, 1000, 700, "finished.png");
  shoot_finished (TRUE, 1000, 700, "finished-dark.png");
  shoot_suggestion (FALSE, 1000, 900, "finished-suggestion.png");
  shoot_suggestion (TRUE, 1000, 900, "finished-suggestion-dark.png");
  shoot_suggestion (FALSE, 360, 640, "finished-suggestion-narrow.png");
  shoot_history (FALSE, 1000, 1160, "overview", "history.png");
  shoot_history (TRUE, 1000, 1160, "overview", "history-dark.png");
  shoot_history (FALSE, 1000, 760, "sessions", "history-sessions.png");
  shoot_history (TRUE, 1000, 760, "sessions", "history-sessions-dark.png");
  shoot_history (FALSE, 360, 640, "sessions", "history-sessions-narrow.png");
  shoot_history (TRUE, 360, 640, "overview", "history-narrow-dark.png");
  shoot_history (FALSE, 1000, 760, "breaks", "history-breaks.png");
  shoot_history (TRUE, 1000, 760, "breaks", "history-breaks-dark.png");
  shoot_history (FALSE, 360, 640, "breaks", "history-breaks-narrow.png");
  shoot_history_chart (FALSE, 1000, 760, "overview", "Hip Flexor Release", "history-routine.png");
  shoot_history_chart (TRUE, 1000, 760, "overview", "Hip Flexor Release", "history-routine-dark.png");
  shoot_history_chart (FALSE, 360, 640, "overview", "Hip Flexor Release", "history-routine-narrow.png");
  shoot_history_chart (TRUE, 1920, 1080, "overview", "Hip Flexor Release", "history-routine-wide-dark.png");
  shoot_report ("report-sessions.png");
  shoot_report_dialog (FALSE, FALSE, "report-dialog.png");
  shoot_report_dialog (TRUE, TRUE, "report-dialog-wrong-dark.png");
  if (g_getenv ("LIMBER_SHOTS_EXTRA") != NULL)
    {
      shoot_history (FALSE, 360, 640, "overview", "history-narrow.png");
      shoot_finished (FALSE, 360, 640, "finished-narrow.png");
    }

  shoot_preview (FALSE, 560, 680, TRUE, "preview.png");
  shoot_preview (TRUE, 560, 680, TRUE, "preview-dark.png");
  shoot_preview (FALSE, 360, 640, TRUE, "preview-narrow.png");
  shoot_preview (FALSE, 560, 680, FALSE, "preview-bad.png");
  shoot_preview (TRUE, 560, 680, FALSE, "preview-bad-dark.png");
  shoot_preview (FALSE, 360, 640, FALSE, "preview-bad-narrow.png");

  g_clear_object (&app);
  return 0;
}
