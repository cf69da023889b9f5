/* test-player-drawing.c: the player's parts that change every second redraw
 * without a new layout and reuse what did not change (suite "ui")
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "limber-progress-ring.h"
#include "limber-session-bar.h"
#include "limber-test-ui.h"
#include "limber-ticker-label.h"

/* A toplevel holding @child at @width × @height, shown and drawn. */
static GtkWindow *
show_in_window (GtkWidget *child,
                int        width,
                int        height)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());

  gtk_widget_set_size_request (child, width, height);
  gtk_widget_set_halign (child, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (child, GTK_ALIGN_CENTER);
  gtk_window_set_child (window, child);
  gtk_window_present (window);
  limber_test_ui_spin (300);
  return window;
}

/* The widget's drawing as GTK holds it for the next frame. */
static GskRenderNode *
render_node_of (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();

  gdk_paintable_snapshot (paintable, snapshot,
                          gtk_widget_get_width (widget), gtk_widget_get_height (widget));
  return gtk_snapshot_free_to_node (snapshot);
}

/* The container node with the most children (the ring's pieces). */
static GskRenderNode *
find_pieces (GskRenderNode *node)
{
  GskRenderNode *best = NULL;

  switch (gsk_render_node_get_node_type (node))
    {
    case GSK_CONTAINER_NODE:
      best = node;
      for (guint i = 0; i < gsk_container_node_get_n_children (node); i++)
        {
          GskRenderNode *inner = find_pieces (gsk_container_node_get_child (node, i));

          if (inner != NULL && gsk_container_node_get_n_children (inner) >
                               gsk_container_node_get_n_children (best))
            best = inner;
        }
      return best;
    case GSK_TRANSFORM_NODE:
      return find_pieces (gsk_transform_node_get_child (node));
    case GSK_CLIP_NODE:
      return find_pieces (gsk_clip_node_get_child (node));
    case GSK_DEBUG_NODE:
      return find_pieces (gsk_debug_node_get_child (node));
    default:
      return NULL;
    }
}

static guint
count_shared_children (GskRenderNode *a,
                       GskRenderNode *b)
{
  guint shared = 0;

  for (guint i = 0; i < gsk_container_node_get_n_children (a); i++)
    for (guint j = 0; j < gsk_container_node_get_n_children (b); j++)
      if (gsk_container_node_get_child (a, i) == gsk_container_node_get_child (b, j))
        shared++;
  return shared;
}

/* One second of a 30-second step: the ring draws only its tip anew; the
 * track and the filled pieces are the very same nodes as before, which GTK
 * does not draw again. */
static void
test_ring_reuses_filled_pieces (void)
{
  LimberProgressRing *ring = LIMBER_PROGRESS_RING (limber_progress_ring_new ());
  GtkWindow *window = show_in_window (GTK_WIDGET (ring), 300, 300);
  g_autoptr(GskRenderNode) before = NULL;
  g_autoptr(GskRenderNode) after = NULL;
  g_autoptr(GskRenderNode) restarted = NULL;
  GskRenderNode *pieces_before, *pieces_after, *pieces_restarted;
  guint shared;

  limber_progress_ring_set_fraction (ring, 12.0 / 30.0);
  limber_test_ui_spin (50);
  before = render_node_of (GTK_WIDGET (ring));
  limber_progress_ring_set_fraction (ring, 13.0 / 30.0);
  limber_test_ui_spin (50);
  after = render_node_of (GTK_WIDGET (ring));

  pieces_before = find_pieces (before);
  pieces_after = find_pieces (after);
  g_assert_nonnull (pieces_before);
  g_assert_nonnull (pieces_after);
  /* 60 pieces: 24 full at 12/30, 26 at 13/30; plus track, start cap, tip, tip cap */
  g_assert_cmpuint (gsk_container_node_get_n_children (pieces_before), ==, 2 + 24 + 2);
  g_assert_cmpuint (gsk_container_node_get_n_children (pieces_after), ==, 2 + 26 + 2);
  shared = count_shared_children (pieces_before, pieces_after);
  g_assert_cmpuint (shared, ==, 2 + 24);

  /* A new step starts empty, and the cache holds nothing stale */
  limber_progress_ring_set_fraction (ring, 0.0);
  limber_test_ui_spin (50);
  limber_progress_ring_set_fraction (ring, 1.0 / 30.0);
  limber_test_ui_spin (50);
  restarted = render_node_of (GTK_WIDGET (ring));
  pieces_restarted = find_pieces (restarted);
  g_assert_cmpuint (gsk_container_node_get_n_children (pieces_restarted), ==, 2 + 2 + 2);
  g_assert_cmpuint (count_shared_children (pieces_after, pieces_restarted), ==, 2 + 2);

  gtk_window_destroy (window);
  limber_test_ui_spin (50);
}

/* A new colour (the next phase) draws everything anew. */
static void
test_ring_redraws_on_new_colour (void)
{
  GtkWidget *ring = limber_progress_ring_new ();
  GtkWindow *window = show_in_window (ring, 200, 200);
  g_autoptr(GskRenderNode) before = NULL;
  g_autoptr(GskRenderNode) after = NULL;

  limber_progress_ring_set_fraction (LIMBER_PROGRESS_RING (ring), 0.5);
  limber_test_ui_spin (50);
  before = render_node_of (ring);
  gtk_widget_add_css_class (ring, "error");
  {
    g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

    gtk_css_provider_load_from_data (provider, "progressring.error { color: red; }", -1);
    gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                GTK_STYLE_PROVIDER (provider),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
    limber_test_ui_spin (100);
    after = render_node_of (ring);
    gtk_style_context_remove_provider_for_display (gdk_display_get_default (),
                                                   GTK_STYLE_PROVIDER (provider));
  }
  g_assert_cmpuint (count_shared_children (find_pieces (before), find_pieces (after)), ==, 0);

  gtk_window_destroy (window);
  limber_test_ui_spin (50);
}

static int
natural_width (GtkWidget *widget)
{
  int natural;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  return natural;
}

/* A new second keeps the size (no new layout for the window); a longer
 * time ("10:00" after "9:59") takes more room. */
static void
test_ticker_keeps_its_size (void)
{
  LimberTickerLabel *ticker = LIMBER_TICKER_LABEL (limber_ticker_label_new ());
  GtkWindow *window;
  int width_1801, width_1000;

  limber_ticker_label_set_label (ticker, "0:18");
  window = show_in_window (GTK_WIDGET (ticker), -1, -1);

  width_1801 = natural_width (GTK_WIDGET (ticker));
  g_assert_cmpint (width_1801, >, 0);
  limber_ticker_label_set_label (ticker, "0:17");
  g_assert_cmpstr (limber_ticker_label_get_label (ticker), ==, "0:17");
  g_assert_cmpint (natural_width (GTK_WIDGET (ticker)), ==, width_1801);

  limber_ticker_label_set_label (ticker, "10:00");
  width_1000 = natural_width (GTK_WIDGET (ticker));
  g_assert_cmpint (width_1000, >, width_1801);

  gtk_window_destroy (window);
  limber_test_ui_spin (50);
}

/* Whether GTK's damage check finds two text nodes alike: the same font,
 * place and glyphs. */
/* The text node under @node, with where it draws (translations unwrapped). */
static GskRenderNode *
text_at (GskRenderNode    *node,
         graphene_point_t *at)
{
  float dx = 0, dy = 0;

  while (gsk_render_node_get_node_type (node) == GSK_TRANSFORM_NODE)
    {
      float x, y;

      gsk_transform_to_translate (gsk_transform_node_get_transform (node), &x, &y);
      dx += x;
      dy += y;
      node = gsk_transform_node_get_child (node);
    }
  g_assert_cmpint (gsk_render_node_get_node_type (node), ==, GSK_TEXT_NODE);
  *at = GRAPHENE_POINT_INIT (gsk_text_node_get_offset (node)->x + dx,
                             gsk_text_node_get_offset (node)->y + dy);
  return node;
}

static gboolean
same_text (GskRenderNode *a,
           GskRenderNode *b)
{
  const PangoGlyphInfo *glyphs_a, *glyphs_b;
  graphene_point_t at_a, at_b;
  guint n_a = 0, n_b = 0;

  a = text_at (a, &at_a);
  b = text_at (b, &at_b);
  glyphs_a = gsk_text_node_get_glyphs (a, NULL);
  glyphs_b = gsk_text_node_get_glyphs (b, NULL);
  n_a = gsk_text_node_get_num_glyphs (a);
  n_b = gsk_text_node_get_num_glyphs (b);
  if (gsk_text_node_get_font (a) != gsk_text_node_get_font (b) ||
      !graphene_point_equal (&at_a, &at_b) || n_a != n_b)
    return FALSE;
  for (guint i = 0; i < n_a; i++)
    if (glyphs_a[i].glyph != glyphs_b[i].glyph)
      return FALSE;
  return TRUE;
}

/* Each character is its own text node, shaped once and kept: from one second
 * to the next the unchanged characters are alike, and GTK does not paint
 * them again. */
static void
test_ticker_draws_each_character (void)
{
  LimberTickerLabel *ticker = LIMBER_TICKER_LABEL (limber_ticker_label_new ());
  GtkWindow *window;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GskRenderNode) next = NULL;
  GskRenderNode *characters, *next_characters;

  limber_ticker_label_set_label (ticker, "12:34");
  window = show_in_window (GTK_WIDGET (ticker), -1, -1);
  g_assert_cmpstr (limber_ticker_label_get_label (ticker), ==, "12:34");
  node = render_node_of (GTK_WIDGET (ticker));
  characters = find_pieces (node);
  g_assert_nonnull (characters);
  g_assert_cmpuint (gsk_container_node_get_n_children (characters), ==, 5);

  /* The next second: "12:3" is drawn by the same glyph nodes as before */
  limber_ticker_label_set_label (ticker, "12:35");
  limber_test_ui_spin (300);
  next = render_node_of (GTK_WIDGET (ticker));
  next_characters = find_pieces (next);
  g_assert_cmpuint (gsk_container_node_get_n_children (next_characters), ==, 5);
  for (guint i = 0; i < 5; i++)
    {
      GskRenderNode *a = gsk_container_node_get_child (characters, i);
      GskRenderNode *b = gsk_container_node_get_child (next_characters, i);

      if (i < 4)
        g_assert_true (same_text (a, b));
      else
        g_assert_false (same_text (a, b));
    }

  gtk_window_destroy (window);
  limber_test_ui_spin (50);
}

/* The session bar follows its fraction, clamped. */
static void
test_session_bar_fraction (void)
{
  LimberSessionBar *bar = LIMBER_SESSION_BAR (limber_session_bar_new ());

  g_object_ref_sink (bar);
  limber_session_bar_set_fraction (bar, 0.25);
  g_assert_cmpfloat (limber_session_bar_get_fraction (bar), ==, 0.25);
  limber_session_bar_set_fraction (bar, 1.5);
  g_assert_cmpfloat (limber_session_bar_get_fraction (bar), ==, 1.0);
  limber_session_bar_set_fraction (bar, -1);
  g_assert_cmpfloat (limber_session_bar_get_fraction (bar), ==, 0.0);
  g_object_unref (bar);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  limber_test_ui_init (&argc, &argv);

  g_test_add_func ("/player-drawing/ring-reuses-filled-pieces", test_ring_reuses_filled_pieces);
  g_test_add_func ("/player-drawing/ring-redraws-on-new-colour", test_ring_redraws_on_new_colour);
  g_test_add_func ("/player-drawing/ticker-keeps-its-size", test_ticker_keeps_its_size);
  g_test_add_func ("/player-drawing/ticker-draws-each-character", test_ticker_draws_each_character);
  g_test_add_func ("/player-drawing/session-bar-fraction", test_session_bar_fraction);

  status = g_test_run ();
  limber_test_ui_cleanup ();
  return status;
}
