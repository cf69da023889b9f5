/* limber-player-page.c: the running session, readable from the mat
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-player-page"

#include "config.h"

#include <glib/gi18n.h>

#include "limber-duration.h"
#include "limber-player-page-private.h"
#include "limber-progress-rules.h"
#include "limber-progress-ring.h"
#include "limber-session-bar.h"
#include "limber-ticker-label.h"
#include "limber-ui-format.h"

typedef enum {
  SIZE_COMPACT,
  SIZE_REGULAR,
  SIZE_LARGE,
} PlayerSize;

struct _LimberPlayerPage
{
  AdwBin parent_instance;

  LimberSession *session;
  guint tick_id;
  GdkSurface *surface;         /* watched for "minimized" while mapped */
  gboolean on_screen;
  const char *phase_class;
  PlayerSize size;
  gboolean landscape;
  guint resize_idle_id;

  AdwClamp *clamp;
  GtkWidget *layout_grid;
  GtkWidget *head_box;
  GtkWidget *ring_box;
  GtkWidget *info_box;

  AdwWindowTitle *window_title;
  GtkLabel *phase_label;
  GtkLabel *side_label;
  GtkLabel *exercise_label;
  GtkLabel *position_label;
  LimberProgressRing *ring;
  LimberTickerLabel *time_label;
  GtkLabel *reps_label;
  GtkLabel *paused_label;
  GtkWidget *caution_box;
  GtkLabel *caution_label;
  GtkLabel *instructions_label;
  GtkButton *pause_button;
  GtkWidget *done_button;
  GtkWidget *time_box;
  GtkLabel *next_label;
  LimberSessionBar *session_bar;
  LimberTickerLabel *total_label;
  GtkWidget *sound_box;
  GtkWidget *voice_problem_box;
  GtkRevealer *voice_revealer;
  LimberSpeaker *speaker;
};

G_DEFINE_FINAL_TYPE (LimberPlayerPage, limber_player_page, ADW_TYPE_BIN)

static void schedule_tick        (LimberPlayerPage *self);
static void update_voice_problem (LimberPlayerPage *self);

static guint
ms_to_shown_seconds (gint64 ms)
{
  /* A countdown shows 0:30 for the whole first second of a 30 s step. */
  return (guint) ((MAX (ms, 0) + 999) / 1000);
}

static gboolean
step_is_manual (const LimberStep *step)
{
  return step->kind == LIMBER_STEP_WORK && step->duration == 0;
}

/* The parts that change every second. */
static void
update_time (LimberPlayerPage *self)
{
  const LimberStep *step;
  g_autofree char *time_text = NULL;
  g_autofree char *total_text = NULL;
  g_autofree char *total_length = NULL;
  g_autofree char *spoken = NULL;
  g_autofree char *accessible = NULL;
  gint64 duration_ms;
  guint plan_total;

  if (self->session == NULL)
    return;

  step = limber_session_get_step (self->session);
  duration_ms = limber_session_get_step_duration_ms (self->session);

  if (step_is_manual (step))
    {
      guint elapsed = (guint) (limber_session_get_step_elapsed_ms (self->session) / 1000);

      time_text = limber_format_duration (elapsed);
      limber_progress_ring_set_fraction (self->ring, 0.0);
      /* Translators: the screen reader's words for a set counted by hand */
      accessible = g_strdup_printf (_("%s: %u reps, press Done when finished"),
                                    limber_ui_step_phase_label (step), step->reps);
    }
  else
    {
      gint64 remaining_ms = limber_session_get_step_remaining_ms (self->session);
      guint shown = ms_to_shown_seconds (remaining_ms);

      time_text = limber_format_duration (shown);
      limber_progress_ring_set_fraction (self->ring,
                                         duration_ms > 0 ?
                                         1.0 - (double) remaining_ms / (double) duration_ms : 1.0);
      spoken = limber_ui_describe_remaining (shown);
      accessible = g_strdup_printf ("%s: %s", limber_ui_step_phase_label (step), spoken);

      if (step->kind == LIMBER_STEP_WORK && step->rep_duration > 0 && step->reps > 0)
        {
          guint rep = (guint) (limber_session_get_step_elapsed_ms (self->session) /
                               (step->rep_duration * 1000)) + 1;
          g_autofree char *reps_text = g_strdup_printf (_("Rep %u of %u"),
                                                        MIN (rep, step->reps), step->reps);

          gtk_label_set_label (self->reps_label, reps_text);
        }
    }

  limber_ticker_label_set_label (self->time_label, time_text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->time_label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);

  plan_total = limber_plan_get_total_seconds (limber_session_get_plan (self->session));
  {
    gint64 total_ms = limber_session_get_total_remaining_ms (self->session);
    guint total_s = ms_to_shown_seconds (total_ms);

    total_length = limber_format_duration (total_s);
    /* Translators: the time left of the whole session, "12:30 left" */
    total_text = g_strdup_printf (_("%s left"), total_length);
    limber_ticker_label_set_label (self->total_label, total_text);
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->total_label),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, total_text,
                                    -1);
    limber_session_bar_set_fraction (self->session_bar,
                                   plan_total > 0 ?
                                   CLAMP (1.0 - (double) total_ms / (plan_total * 1000.0), 0.0, 1.0) :
                                   0.0);
  }
}

static void
set_phase_class (LimberPlayerPage *self,
                 const char       *phase_class)
{
  if (g_strcmp0 (self->phase_class, phase_class) == 0)
    return;
  if (self->phase_class != NULL)
    gtk_widget_remove_css_class (GTK_WIDGET (self), self->phase_class);
  self->phase_class = phase_class;
  gtk_widget_add_css_class (GTK_WIDGET (self), phase_class);
}

static char *
describe_next (const LimberStep *next)
{
  g_autofree char *length = NULL;
  const char *what;
  g_autofree char *name = NULL;

  if (next == NULL)
    return g_strdup (_("Next: the end"));

  length = next->duration > 0 ? limber_ui_format_length (next->duration) : NULL;
  switch (next->kind)
    {
    case LIMBER_STEP_WORK:
      if (next->side == LIMBER_SIDE_LEFT)
        /* Translators: an exercise name and its side */
        name = g_strdup_printf (_("%s, left"), next->name);
      else if (next->side == LIMBER_SIDE_RIGHT)
        name = g_strdup_printf (_("%s, right"), next->name);
      else
        name = g_strdup (next->name);
      what = name;
      break;
    case LIMBER_STEP_SWITCH:
      what = _("Switch sides");
      break;
    case LIMBER_STEP_REST:
    case LIMBER_STEP_REST_EXERCISE:
      what = _("Rest");
      break;
    case LIMBER_STEP_PREPARE:
    case LIMBER_STEP_FINISHED:
    default:
      what = _("Get ready");
      break;
    }

  if (length != NULL)
    return g_strdup_printf (_("Next: %s · %s"), what, length);
  return g_strdup_printf (_("Next: %s"), what);
}

/* The parts that change with the step. */
static void
update_step (LimberPlayerPage *self)
{
  const LimberStep *step;
  g_autofree char *position = NULL;
  g_autofree char *next = NULL;
  g_autofree char *level_title = NULL;
  const char *phase;
  int level;

  if (self->session == NULL)
    return;

  step = limber_session_get_step (self->session);
  phase = limber_ui_step_phase_label (step);
  set_phase_class (self, limber_ui_step_phase_class (step));

  adw_window_title_set_title (self->window_title,
                              limber_plan_get_routine_title (limber_session_get_plan (self->session)));
  level = limber_plan_get_level (limber_session_get_plan (self->session));
  if (level != 0)
    {
      g_autofree char *level_text = limber_level_to_string (level);

      /* Translators: under the routine's title while it plays, "Level +1" */
      level_title = g_strdup_printf (_("Level %s"), level_text);
    }
  adw_window_title_set_subtitle (self->window_title, level_title != NULL ? level_title : "");
  gtk_label_set_label (self->phase_label, phase);

  gtk_widget_set_visible (GTK_WIDGET (self->side_label), step->side != LIMBER_SIDE_NONE);
  if (step->side == LIMBER_SIDE_LEFT)
    gtk_label_set_label (self->side_label, _("LEFT"));
  else if (step->side == LIMBER_SIDE_RIGHT)
    gtk_label_set_label (self->side_label, _("RIGHT"));

  gtk_label_set_label (self->exercise_label, step->kind == LIMBER_STEP_FINISHED ? "" : step->name);

  if (step->kind == LIMBER_STEP_FINISHED)
    position = g_strdup ("");
  else if (step->n_rounds > 1)
    /* Translators: "Set 1 of 3 · Round 2 of 2" */
    position = g_strdup_printf (_("Set %u of %u · Round %u of %u"),
                                step->set, step->n_sets, step->round, step->n_rounds);
  else
    position = g_strdup_printf (_("Set %u of %u"), step->set, step->n_sets);
  if (step->kind == LIMBER_STEP_PREPARE || step->kind == LIMBER_STEP_REST_EXERCISE)
    {
      g_autofree char *coming = g_strdup_printf (_("Coming up · %s"), position);

      g_free (position);
      position = g_steal_pointer (&coming);
    }
  gtk_label_set_label (self->position_label, position);

  if (step_is_manual (step))
    {
      g_autofree char *reps = g_strdup_printf (ngettext ("%u rep · press Done", "%u reps · press Done",
                                                         step->reps), step->reps);

      gtk_label_set_label (self->reps_label, reps);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->reps_label),
                          step->kind == LIMBER_STEP_WORK && step->reps > 0);
  gtk_widget_set_visible (self->done_button, step_is_manual (step));
  gtk_widget_set_visible (self->time_box, step->kind == LIMBER_STEP_WORK && step->duration > 0);

  gtk_label_set_label (self->caution_label, step->caution);
  gtk_widget_set_visible (self->caution_box, step->caution != NULL && step->caution[0] != '\0');
  gtk_label_set_label (self->instructions_label, step->instructions);
  gtk_widget_set_visible (GTK_WIDGET (self->instructions_label),
                          step->instructions != NULL && step->instructions[0] != '\0');

  next = describe_next (limber_session_get_next_step (self->session));
  gtk_label_set_label (self->next_label, next);

  update_time (self);
}

static void
update_state (LimberPlayerPage *self)
{
  gboolean paused;

  if (self->session == NULL)
    return;

  paused = limber_session_get_state (self->session) == LIMBER_SESSION_PAUSED;
  gtk_widget_set_visible (GTK_WIDGET (self->paused_label), paused);
  if (paused)
    gtk_widget_add_css_class (GTK_WIDGET (self), "paused");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "paused");

  gtk_button_set_icon_name (self->pause_button,
                            paused ? "media-playback-start-symbolic" : "media-playback-pause-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->pause_button),
                               paused ? _("Resume (Space)") : _("Pause (Space)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->pause_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, paused ? _("Resume") : _("Pause"),
                                  -1);
  update_time (self);
  schedule_tick (self);
}

static gboolean
on_tick (gpointer user_data)
{
  LimberPlayerPage *self = user_data;

  self->tick_id = 0;
  update_time (self);
  schedule_tick (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_tick (LimberPlayerPage *self)
{
  const LimberStep *step;
  gint64 delay_ms;

  g_clear_handle_id (&self->tick_id, g_source_remove);

  if (self->session == NULL || !self->on_screen ||
      limber_session_get_state (self->session) != LIMBER_SESSION_RUNNING)
    return;

  step = limber_session_get_step (self->session);
  if (step_is_manual (step))
    delay_ms = 1000 - limber_session_get_step_elapsed_ms (self->session) % 1000;
  else
    delay_ms = limber_session_get_step_remaining_ms (self->session) % 1000;
  if (delay_ms <= 0)
    delay_ms = 1000;

  /* A little after the boundary, so the new second is there to show. */
  self->tick_id = g_timeout_add ((guint) delay_ms + 5, on_tick, self);
}

static void
on_session_step_changed (LimberSession    *session,
                         guint             index,
                         LimberPlayerPage *self)
{
  update_step (self);
  schedule_tick (self);
}

static void
on_session_notify_state (LimberSession    *session,
                         GParamSpec       *pspec,
                         LimberPlayerPage *self)
{
  update_state (self);
}

static void
update_on_screen (LimberPlayerPage *self)
{
  gboolean on_screen = gtk_widget_get_mapped (GTK_WIDGET (self));

  if (on_screen && self->surface != NULL && GDK_IS_TOPLEVEL (self->surface))
    on_screen = !(gdk_toplevel_get_state (GDK_TOPLEVEL (self->surface)) & GDK_TOPLEVEL_STATE_MINIMIZED);

  if (on_screen == self->on_screen)
    return;
  self->on_screen = on_screen;
  g_debug ("player %s", on_screen ? "on screen: ticking" : "hidden: not ticking");
  if (on_screen)
    update_step (self);
  schedule_tick (self);
}

static void
on_surface_notify_state (GdkSurface       *surface,
                         GParamSpec       *pspec,
                         LimberPlayerPage *self)
{
  update_on_screen (self);
}

static void
limber_player_page_map (GtkWidget *widget)
{
  LimberPlayerPage *self = LIMBER_PLAYER_PAGE (widget);
  GtkNative *native;

  GTK_WIDGET_CLASS (limber_player_page_parent_class)->map (widget);

  native = gtk_widget_get_native (widget);
  if (native != NULL)
    {
      self->surface = g_object_ref (gtk_native_get_surface (native));
      g_signal_connect (self->surface, "notify::state", G_CALLBACK (on_surface_notify_state), self);
    }
  update_on_screen (self);
}

static void
limber_player_page_unmap (GtkWidget *widget)
{
  LimberPlayerPage *self = LIMBER_PLAYER_PAGE (widget);

  if (self->surface != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->surface, on_surface_notify_state, self);
      g_clear_object (&self->surface);
    }

  GTK_WIDGET_CLASS (limber_player_page_parent_class)->unmap (widget);
  update_on_screen (self);
}

static void
place (LimberPlayerPage *self,
       GtkWidget        *group,
       int               column,
       int               row,
       int               row_span,
       GtkAlign          valign)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (self->layout_grid);
  GtkGridLayoutChild *child = GTK_GRID_LAYOUT_CHILD (gtk_layout_manager_get_layout_child (layout, group));

  gtk_grid_layout_child_set_column (child, column);
  gtk_grid_layout_child_set_row (child, row);
  gtk_grid_layout_child_set_row_span (child, row_span);
  gtk_widget_set_valign (group, valign);
}

/* Portrait (a phone, a narrow window): one column, the name above the ring.
 * Landscape (a laptop on the floor): the ring and the controls on the left,
 * what to do on the right, so nothing needs scrolling. */
static void
apply_size (LimberPlayerPage *self,
            PlayerSize        size,
            gboolean          landscape)
{
  static const int ring_sizes[] = { 200, 300, 420 };

  self->size = size;
  self->landscape = landscape;
  gtk_widget_remove_css_class (GTK_WIDGET (self), "compact");
  gtk_widget_remove_css_class (GTK_WIDGET (self), "large");
  if (size == SIZE_COMPACT)
    gtk_widget_add_css_class (GTK_WIDGET (self), "compact");
  else if (size == SIZE_LARGE)
    gtk_widget_add_css_class (GTK_WIDGET (self), "large");
  gtk_widget_set_size_request (GTK_WIDGET (self->ring), ring_sizes[size], ring_sizes[size]);

  if (landscape)
    {
      place (self, self->ring_box, 0, 0, 2, GTK_ALIGN_CENTER);
      place (self, self->head_box, 1, 0, 1, GTK_ALIGN_END);
      place (self, self->info_box, 1, 1, 1, GTK_ALIGN_START);
      adw_clamp_set_maximum_size (self->clamp, 1600);
    }
  else
    {
      place (self, self->head_box, 0, 0, 1, GTK_ALIGN_FILL);
      place (self, self->ring_box, 0, 1, 1, GTK_ALIGN_FILL);
      place (self, self->info_box, 0, 2, 1, GTK_ALIGN_FILL);
      adw_clamp_set_maximum_size (self->clamp, 960);
    }
}

static gboolean
on_resize_idle (gpointer user_data)
{
  LimberPlayerPage *self = user_data;
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  PlayerSize size;
  gboolean landscape;

  self->resize_idle_id = 0;
  landscape = width >= 860 && width * 5 >= height * 6;
  if (landscape)
    size = height >= 960 ? SIZE_LARGE : height >= 600 ? SIZE_REGULAR : SIZE_COMPACT;
  else if (width < 600 || height < 720)
    size = SIZE_COMPACT;
  else if (width >= 1400 && height >= 960)
    size = SIZE_LARGE;
  else
    size = SIZE_REGULAR;

  if (size != self->size || landscape != self->landscape)
    apply_size (self, size, landscape);
  return G_SOURCE_REMOVE;
}

static void
limber_player_page_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));

  if (child != NULL)
    gtk_widget_measure (child, orientation, for_size, minimum, natural,
                        minimum_baseline, natural_baseline);
}

/* The page has no layout manager (AdwBin's would hide size_allocate from
 * it): it lays its child out itself and watches the room it gets. */
static void
limber_player_page_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  LimberPlayerPage *self = LIMBER_PLAYER_PAGE (widget);
  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));

  if (child != NULL)
    gtk_widget_allocate (child, width, height, baseline, NULL);

  /* The layout follows the room it gets; the change is made outside the
   * allocation, which must not change styles. */
  if (self->resize_idle_id == 0)
    self->resize_idle_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, on_resize_idle, self, NULL);
}

static void
limber_player_page_dispose (GObject *object)
{
  LimberPlayerPage *self = LIMBER_PLAYER_PAGE (object);

  limber_player_page_set_session (self, NULL);
  limber_player_page_set_speaker (self, NULL);
  g_clear_handle_id (&self->tick_id, g_source_remove);
  g_clear_handle_id (&self->resize_idle_id, g_source_remove);
  if (self->surface != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->surface, on_surface_notify_state, self);
      g_clear_object (&self->surface);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), LIMBER_TYPE_PLAYER_PAGE);

  G_OBJECT_CLASS (limber_player_page_parent_class)->dispose (object);
}

static void
limber_player_page_class_init (LimberPlayerPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = limber_player_page_dispose;
  widget_class->map = limber_player_page_map;
  widget_class->unmap = limber_player_page_unmap;
  widget_class->measure = limber_player_page_measure;
  widget_class->size_allocate = limber_player_page_size_allocate;

  g_type_ensure (LIMBER_TYPE_PROGRESS_RING);
  g_type_ensure (LIMBER_TYPE_SESSION_BAR);
  g_type_ensure (LIMBER_TYPE_TICKER_LABEL);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/limber-player-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LimberPlayerPage, window_title);
  gtk_widget_class_bind_template_child (widget_class, LimberPlayerPage, clamp);
  gtk_widget_class_bind_template_child (widget_class, LimberPlayerPage, layout_grid);
  gtk_widget_class_bind_template_child (widget_class, LimberPlayerPage, head_box);
  gtk_widget_class_bind_template_child (widget_class, LimberPlayerPage, ring_box);
  gtk_widget_class_bind_template_child (widget_class, LimberPlayerPage, info_box);
  gtk_widget_class_bind_template_child (widget_class, LimberPlayerPage, phase_label);
  gtk_widget_class_bind_template_child (widget_class, LimberPlayerPage, side_label);
  gtk_widget_class_bind_template_child (widget_class, LimberPlayerPage, exercise_label);
  gtk_widget_class_bind_template_child (widget_class, LimberPlayerPage, position_label);
  gtk_widget_class_bind_template_child (widget_class, LimberPlayerPage, ring);
  gtk_widget_class_bind_template_child (widget_class, LimberPlayerPage, time_label);
  gtk_widget_class_bind_template_child (widget_class, LimberPlayerPage, reps_label);
  gtk_widget_class_bind_template_child (widget_class, LimberPlayerPage, paused_label);
  gtk_widget_class_bind_template_child (widget_class, LimberPlayerPage, caution_box);
  gtk_widget_class_bind_template_child (widget_class, LimberPlayerPage, caution_label);
  gtk_widget_class_bind_template_child (widget_class, LimberPlayerPage, instructions_label);
  gtk_widget_class_bind_template_child (widget_class, LimberPlayerPage, pause_button);
  gtk_widget_class_bind_template_child (widget_class, LimberPlayerPage, done_button);
  gtk_widget_class_bind_template_child (widget_class, LimberPlayerPage, time_box);
  gtk_widget_class_bind_template_child (widget_class, LimberPlayerPage, next_label);
  gtk_widget_class_bind_template_child (widget_class, LimberPlayerPage, session_bar);
  gtk_widget_class_bind_template_child (widget_class, LimberPlayerPage, total_label);
  gtk_widget_class_bind_template_child (widget_class, LimberPlayerPage, sound_box);
  gtk_widget_class_bind_template_child (widget_class, LimberPlayerPage, voice_problem_box);
  gtk_widget_class_bind_template_child (widget_class, LimberPlayerPage, voice_revealer);
}

static void
limber_player_page_init (LimberPlayerPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_layout_manager (GTK_WIDGET (self), NULL);
  /* Small until it knows its room, so it never forces the window wide. */
  self->size = SIZE_REGULAR;
  apply_size (self, SIZE_COMPACT, FALSE);
}

void
limber_player_page_set_session (LimberPlayerPage *self,
                                LimberSession    *session)
{
  g_return_if_fail (LIMBER_IS_PLAYER_PAGE (self));
  g_return_if_fail (session == NULL || LIMBER_IS_SESSION (session));

  if (self->session == session)
    return;

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_set_object (&self->session, session);
  if (self->session != NULL)
    {
      g_signal_connect (self->session, "step-changed", G_CALLBACK (on_session_step_changed), self);
      g_signal_connect (self->session, "notify::state", G_CALLBACK (on_session_notify_state), self);
      update_step (self);
      update_state (self);
    }
  else
    g_clear_handle_id (&self->tick_id, g_source_remove);
}

void
limber_player_page_refresh_time (LimberPlayerPage *self)
{
  g_return_if_fail (LIMBER_IS_PLAYER_PAGE (self));

  if (self->session == NULL)
    return;
  update_time (self);
  schedule_tick (self);
}

void
limber_player_page_set_sound_available (LimberPlayerPage *self,
                                        gboolean          available)
{
  g_return_if_fail (LIMBER_IS_PLAYER_PAGE (self));
  gtk_widget_set_visible (self->sound_box, !available);
  update_voice_problem (self);
}

static void
on_speaker_notify_speaking (LimberSpeaker    *speaker,
                            GParamSpec       *pspec,
                            LimberPlayerPage *self)
{
  gtk_revealer_set_reveal_child (self->voice_revealer, limber_speaker_get_speaking (speaker));
}

/* The voice is on but cannot speak: a line that stays while that lasts
 * (a toast would be gone before anyone on the mat looks up). With no sound
 * at all, "Sound unavailable" says it already. */
static void
update_voice_problem (LimberPlayerPage *self)
{
  gboolean shown = self->speaker != NULL && !gtk_widget_get_visible (self->sound_box) &&
                   !limber_speaker_get_available (self->speaker);

  gtk_widget_set_visible (self->voice_problem_box, shown);
  if (shown)
    {
      g_autofree char *problem = limber_ui_describe_voice_problem (self->speaker);

      gtk_widget_set_tooltip_text (self->voice_problem_box, problem);
    }
}

static void
on_speaker_notify_available (LimberSpeaker    *speaker,
                             GParamSpec       *pspec,
                             LimberPlayerPage *self)
{
  update_voice_problem (self);
}

void
limber_player_page_set_speaker (LimberPlayerPage *self,
                                LimberSpeaker    *speaker)
{
  g_return_if_fail (LIMBER_IS_PLAYER_PAGE (self));
  g_return_if_fail (speaker == NULL || LIMBER_IS_SPEAKER (speaker));

  if (self->speaker == speaker)
    return;
  if (self->speaker != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->speaker, on_speaker_notify_speaking, self);
      g_signal_handlers_disconnect_by_func (self->speaker, on_speaker_notify_available, self);
    }
  g_set_object (&self->speaker, speaker);
  gtk_widget_set_visible (GTK_WIDGET (self->voice_revealer), speaker != NULL);
  if (speaker != NULL)
    {
      g_signal_connect (speaker, "notify::speaking", G_CALLBACK (on_speaker_notify_speaking), self);
      g_signal_connect (speaker, "notify::available", G_CALLBACK (on_speaker_notify_available), self);
      on_speaker_notify_speaking (speaker, NULL, self);
    }
  else
    gtk_revealer_set_reveal_child (self->voice_revealer, FALSE);
  update_voice_problem (self);
}

const char *
limber_player_page_get_voice_problem (LimberPlayerPage *self)
{
  g_return_val_if_fail (LIMBER_IS_PLAYER_PAGE (self), NULL);
  if (!gtk_widget_get_visible (self->voice_problem_box))
    return NULL;
  return gtk_widget_get_tooltip_text (self->voice_problem_box);
}

gboolean
limber_player_page_get_speaking_shown (LimberPlayerPage *self)
{
  g_return_val_if_fail (LIMBER_IS_PLAYER_PAGE (self), FALSE);
  return gtk_widget_get_visible (GTK_WIDGET (self->voice_revealer)) &&
         gtk_revealer_get_reveal_child (self->voice_revealer);
}

const char *
limber_player_page_get_time_text (LimberPlayerPage *self)
{
  g_return_val_if_fail (LIMBER_IS_PLAYER_PAGE (self), NULL);
  return limber_ticker_label_get_label (self->time_label);
}

const char *
limber_player_page_get_phase_text (LimberPlayerPage *self)
{
  g_return_val_if_fail (LIMBER_IS_PLAYER_PAGE (self), NULL);
  return gtk_label_get_label (self->phase_label);
}

gboolean
limber_player_page_is_ticking (LimberPlayerPage *self)
{
  g_return_val_if_fail (LIMBER_IS_PLAYER_PAGE (self), FALSE);
  return self->tick_id != 0;
}

const char *
limber_player_page_get_level_text (LimberPlayerPage *self)
{
  g_return_val_if_fail (LIMBER_IS_PLAYER_PAGE (self), NULL);
  return adw_window_title_get_subtitle (self->window_title);
}
