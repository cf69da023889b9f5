/* test-clock.c: the real clock fires deadlines on time, once, and can cancel
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "limber-real-clock.h"
#include "limber-virtual-clock.h"

/* CI machines are loaded: lateness is bounded generously; earliness never. */
#define LATENESS_BOUND_US (500 * 1000)

typedef struct
{
  LimberClock *clock;
  guint fired;
  gint64 fired_at;
} Shot;

static void
on_shot (gpointer user_data)
{
  Shot *shot = user_data;

  shot->fired++;
  shot->fired_at = g_get_monotonic_time ();
}

static gboolean
on_give_up (gpointer user_data)
{
  gboolean *timed_out = user_data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main context until @until (monotonic). */
static void
iterate_until (gint64 until)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_full (G_PRIORITY_LOW, MAX (1, (until - g_get_monotonic_time ()) / 1000),
                                 on_give_up, &timed_out, NULL);

  while (!timed_out)
    g_main_context_iteration (NULL, TRUE);

  (void) id;
}

static void
test_real_fires_once_not_early (void)
{
  g_autoptr(LimberClock) clock = limber_real_clock_new ();
  Shot shot = { clock, 0, 0 };
  gint64 now = limber_clock_get_time (clock);
  gint64 deadline = now + 50 * 1000;
  guint id;

  /* The clock's time is the monotonic time. */
  g_assert_cmpint (ABS (now - g_get_monotonic_time ()), <, 100 * 1000);

  id = limber_clock_add_deadline (clock, deadline, on_shot, &shot);
  g_assert_cmpuint (id, >, 0);

  while (shot.fired == 0 && g_get_monotonic_time () < deadline + 5 * G_USEC_PER_SEC)
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpuint (shot.fired, ==, 1);
  g_assert_cmpint (shot.fired_at, >=, deadline);
  g_assert_cmpint (shot.fired_at - deadline, <=, LATENESS_BOUND_US);
  g_test_message ("fired %" G_GINT64_FORMAT " us after the deadline", shot.fired_at - deadline);

  /* and only once */
  iterate_until (g_get_monotonic_time () + 150 * 1000);
  g_assert_cmpuint (shot.fired, ==, 1);

  /* removing a fired deadline is harmless */
  limber_clock_remove (clock, id);
  limber_clock_remove (clock, 0);
}

static void
test_real_remove_prevents (void)
{
  g_autoptr(LimberClock) clock = limber_real_clock_new ();
  Shot removed = { clock, 0, 0 };
  Shot kept = { clock, 0, 0 };
  gint64 now = limber_clock_get_time (clock);
  guint id;

  id = limber_clock_add_deadline (clock, now + 30 * 1000, on_shot, &removed);
  limber_clock_add_deadline (clock, now + 60 * 1000, on_shot, &kept);
  limber_clock_remove (clock, id);

  iterate_until (now + 200 * 1000);
  g_assert_cmpuint (removed.fired, ==, 0);
  g_assert_cmpuint (kept.fired, ==, 1);
  g_assert_cmpint (kept.fired_at, >=, now + 60 * 1000);
}

static void
test_real_past_deadline_fires_from_loop (void)
{
  g_autoptr(LimberClock) clock = limber_real_clock_new ();
  Shot shot = { clock, 0, 0 };

  limber_clock_add_deadline (clock, limber_clock_get_time (clock) - G_USEC_PER_SEC, on_shot, &shot);
  /* not from inside add_deadline */
  g_assert_cmpuint (shot.fired, ==, 0);
  iterate_until (g_get_monotonic_time () + 50 * 1000);
  g_assert_cmpuint (shot.fired, ==, 1);
}

static void
test_real_dispose_cancels (void)
{
  LimberClock *clock = limber_real_clock_new ();
  Shot shot = { clock, 0, 0 };

  limber_clock_add_deadline (clock, limber_clock_get_time (clock) + 20 * 1000, on_shot, &shot);
  g_assert_finalize_object (clock);
  iterate_until (g_get_monotonic_time () + 100 * 1000);
  g_assert_cmpuint (shot.fired, ==, 0);
}

/* The virtual clock: in deadline order, now at each deadline. */
typedef struct
{
  LimberVirtualClock *clock;
  GString *log;
  gboolean chain;
} Chain;

static void
on_virtual (gpointer user_data)
{
  Chain *c = user_data;
  gint64 now = limber_clock_get_time (LIMBER_CLOCK (c->clock));

  g_string_append_printf (c->log, "%" G_GINT64_FORMAT " ", now);
  if (c->chain)
    {
      /* added while advancing: fires in the same advance if due */
      c->chain = FALSE;
      limber_clock_add_deadline (LIMBER_CLOCK (c->clock), now + 5, on_virtual, c);
    }
}

static void
test_virtual_order (void)
{
  g_autoptr(LimberClock) clock = limber_virtual_clock_new (100);
  Chain c = { LIMBER_VIRTUAL_CLOCK (clock), g_string_new (NULL), FALSE };
  guint removed;

  limber_clock_add_deadline (clock, 130, on_virtual, &c);
  limber_clock_add_deadline (clock, 110, on_virtual, &c);
  removed = limber_clock_add_deadline (clock, 120, on_virtual, &c);
  limber_clock_add_deadline (clock, 200, on_virtual, &c);
  limber_clock_remove (clock, removed);

  limber_virtual_clock_advance (c.clock, 20);   /* to 120 */
  g_assert_cmpstr (c.log->str, ==, "110 ");
  g_assert_cmpint (limber_clock_get_time (clock), ==, 120);

  c.chain = TRUE;
  limber_virtual_clock_advance_to (c.clock, 150);
  g_assert_cmpstr (c.log->str, ==, "110 130 135 ");
  g_assert_cmpint (limber_clock_get_time (clock), ==, 150);
  g_assert_cmpuint (limber_virtual_clock_get_n_pending (c.clock), ==, 1);
  g_assert_cmpint (limber_virtual_clock_get_next_deadline (c.clock), ==, 200);

  /* never backwards; a past deadline fires at the next advance */
  limber_virtual_clock_advance_to (c.clock, 10);
  g_assert_cmpint (limber_clock_get_time (clock), ==, 150);
  limber_clock_add_deadline (clock, 140, on_virtual, &c);
  limber_virtual_clock_advance (c.clock, 0);
  g_assert_cmpstr (c.log->str, ==, "110 130 135 150 ");

  g_assert_cmpuint (limber_virtual_clock_run_until_idle (c.clock, G_MAXINT64), ==, 1);
  g_assert_cmpint (limber_clock_get_time (clock), ==, 200);

  g_string_free (c.log, TRUE);
}

static void
test_real_wall_time_is_local (void)
{
  g_autoptr(LimberClock) clock = limber_real_clock_new ();
  g_autoptr(GDateTime) before = g_date_time_new_now_local ();
  g_autoptr(GDateTime) wall = limber_clock_get_wall_time (clock);
  g_autoptr(GDateTime) after = g_date_time_new_now_local ();

  g_assert_cmpint (g_date_time_compare (before, wall), <=, 0);
  g_assert_cmpint (g_date_time_compare (wall, after), <=, 0);
  g_assert_cmpstr (g_date_time_get_timezone_abbreviation (wall), ==,
                   g_date_time_get_timezone_abbreviation (before));
}

static char *
format_wall (LimberClock *clock)
{
  g_autoptr(GDateTime) wall = limber_clock_get_wall_time (clock);

  return g_date_time_format (wall, "%F %T %Z");
}

/* The wall time moves with the monotonic time, across both DST changes of
 * Europe/Berlin in 2026; a suspend moves only the wall time. */
static void
test_virtual_wall_time (void)
{
  g_autoptr(LimberClock) clock = limber_virtual_clock_new (1000);
  LimberVirtualClock *vc = LIMBER_VIRTUAL_CLOCK (clock);
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(GDateTime) spring = NULL;
  g_autoptr(GDateTime) autumn = NULL;
  g_autofree char *text = NULL;

  g_assert_nonnull (berlin);

  text = format_wall (clock);
  g_assert_cmpstr (text, ==, "1970-01-01 00:00:00 UTC");
  g_clear_pointer (&text, g_free);

  spring = g_date_time_new (berlin, 2026, 3, 29, 1, 30, 0);
  limber_virtual_clock_set_wall_time (vc, spring);
  text = format_wall (clock);
  g_assert_cmpstr (text, ==, "2026-03-29 01:30:00 CET");
  g_clear_pointer (&text, g_free);

  limber_virtual_clock_advance (vc, G_TIME_SPAN_HOUR);
  text = format_wall (clock);
  g_assert_cmpstr (text, ==, "2026-03-29 03:30:00 CEST");
  g_clear_pointer (&text, g_free);

  autumn = g_date_time_new (berlin, 2026, 10, 25, 1, 30, 0);
  limber_virtual_clock_set_wall_time (vc, autumn);
  limber_virtual_clock_advance (vc, G_TIME_SPAN_HOUR);
  /* 02:30 happens twice that night. */
  text = format_wall (clock);
  g_assert_cmpstr (text, ==, "2026-10-25 02:30:00 CEST");
  g_clear_pointer (&text, g_free);

  limber_virtual_clock_advance (vc, G_TIME_SPAN_HOUR);
  text = format_wall (clock);
  g_assert_cmpstr (text, ==, "2026-10-25 02:30:00 CET");
  g_clear_pointer (&text, g_free);

  limber_virtual_clock_skip_wall_time (vc, 8 * G_TIME_SPAN_HOUR);
  g_assert_cmpint (limber_clock_get_time (clock), ==, 1000 + 3 * G_TIME_SPAN_HOUR);
  text = format_wall (clock);
  g_assert_cmpstr (text, ==, "2026-10-25 10:30:00 CET");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/clock/real/fires-once-not-early", test_real_fires_once_not_early);
  g_test_add_func ("/clock/real/remove-prevents", test_real_remove_prevents);
  g_test_add_func ("/clock/real/past-deadline", test_real_past_deadline_fires_from_loop);
  g_test_add_func ("/clock/real/dispose-cancels", test_real_dispose_cancels);
  g_test_add_func ("/clock/virtual/order", test_virtual_order);
  g_test_add_func ("/clock/real/wall-time-local", test_real_wall_time_is_local);
  g_test_add_func ("/clock/virtual/wall-time", test_virtual_wall_time);

  return g_test_run ();
}
