/* test-session-voice.c: the session speaks its script, on the virtual clock
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "limber-session-private.h"
#include "limber-speaker.h"
#include "limber-virtual-clock.h"

#define SEC ((gint64) G_USEC_PER_SEC)
#define T0 ((gint64) 1000 * SEC)

/* A speaker that writes down what it is asked, with the clock's time. */
#define TEST_TYPE_SPEAKER (test_speaker_get_type ())
G_DECLARE_FINAL_TYPE (TestSpeaker, test_speaker, TEST, SPEAKER, GObject)

struct _TestSpeaker
{
  GObject parent_instance;
  LimberClock *clock;
  GString *log;
  gboolean available;
};

enum {
  PROP_0,
  PROP_AVAILABLE,
  PROP_SPEAKING,
};

static void test_speaker_iface_init (LimberSpeakerInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TestSpeaker, test_speaker, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (LIMBER_TYPE_SPEAKER, test_speaker_iface_init))

static void
log_at (GString    *log,
        gint64      t,
        const char *what)
{
  gint64 rel = t - T0;

  g_string_append_printf (log, "%" G_GINT64_FORMAT ".%03d %s\n",
                          rel / SEC, (int) ((rel % SEC) / 1000), what);
}

static void
test_speaker_say (LimberSpeaker        *speaker,
                  const char           *text,
                  LimberSpeechPriority  priority,
                  gint64                latest_end)
{
  TestSpeaker *self = TEST_SPEAKER (speaker);
  g_autofree char *end = latest_end == G_MAXINT64
                         ? g_strdup ("-")
                         : g_strdup_printf ("%.3f", (latest_end - T0) / 1e6);
  g_autofree char *what = g_strdup_printf ("say “%s” p%d until %s", text, priority, end);

  log_at (self->log, limber_clock_get_time (self->clock), what);
}

static void
test_speaker_cancel (LimberSpeaker *speaker)
{
  TestSpeaker *self = TEST_SPEAKER (speaker);

  log_at (self->log, limber_clock_get_time (self->clock), "cancel");
}

static void
test_speaker_iface_init (LimberSpeakerInterface *iface)
{
  iface->say = test_speaker_say;
  iface->cancel = test_speaker_cancel;
}

static void
test_speaker_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  TestSpeaker *self = TEST_SPEAKER (object);

  switch (prop_id)
    {
    case PROP_AVAILABLE:
      g_value_set_boolean (value, self->available);
      break;
    case PROP_SPEAKING:
      g_value_set_boolean (value, FALSE);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
test_speaker_finalize (GObject *object)
{
  TestSpeaker *self = TEST_SPEAKER (object);

  g_clear_object (&self->clock);
  g_string_free (self->log, TRUE);
  G_OBJECT_CLASS (test_speaker_parent_class)->finalize (object);
}

static void
test_speaker_class_init (TestSpeakerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = test_speaker_get_property;
  object_class->finalize = test_speaker_finalize;
  g_object_class_override_property (object_class, PROP_AVAILABLE, "available");
  g_object_class_override_property (object_class, PROP_SPEAKING, "speaking");
}

static void
test_speaker_init (TestSpeaker *self)
{
  self->log = g_string_new (NULL);
  self->available = TRUE;
}

/* Prepare 10 s; "Hold" 20 s; "Squat" 3 paced reps of 2 s, 2 sets, rest 5 s;
 * 10 s between exercises. */
static LimberPlan *
voice_plan (void)
{
  g_autoptr(LimberRoutine) r = limber_routine_new ();
  g_autoptr(LimberExercise) a = limber_exercise_new ();
  g_autoptr(LimberExercise) b = limber_exercise_new ();

  limber_exercise_set_name (a, "Hold");
  limber_exercise_set_duration (a, 20);
  limber_exercise_set_name (b, "Squat");
  limber_exercise_set_reps (b, 3);
  limber_exercise_set_rep_duration (b, 2);
  limber_exercise_set_sets (b, 2);
  limber_exercise_set_rest (b, 5);
  limber_routine_set_id (r, "voice");
  limber_routine_set_title (r, "Voice");
  limber_routine_set_prepare (r, 10);
  limber_routine_set_rest_between_exercises (r, 10);
  limber_routine_append_exercise (r, a);
  limber_routine_append_exercise (r, b);
  return limber_plan_new (r);
}

typedef struct
{
  LimberClock *clock;
  LimberSession *session;
  TestSpeaker *speaker;
} Run;

static void
on_cue (LimberSession *session,
        guint          kind,
        gint64         planned,
        Run           *run)
{
  g_autofree char *what = g_strdup_printf ("cue %s", limber_enum_to_nick (LIMBER_TYPE_CUE_KIND, kind));

  log_at (run->speaker->log, planned, what);
}

static void
on_state (LimberSession *session,
          GParamSpec    *pspec,
          Run           *run)
{
  if (limber_session_get_state (session) == LIMBER_SESSION_FINISHED)
    log_at (run->speaker->log, limber_clock_get_time (run->clock), "finished");
}

static void
run_init (Run     *run,
          gboolean count_reps)
{
  g_autoptr(LimberPlan) plan = voice_plan ();
  LimberSpeechOptions options = { 0, count_reps };

  run->clock = limber_virtual_clock_new (T0);
  run->session = limber_session_new (plan, run->clock);
  run->speaker = g_object_new (TEST_TYPE_SPEAKER, NULL);
  run->speaker->clock = g_object_ref (run->clock);
  limber_session_set_speaker (run->session, LIMBER_SPEAKER (run->speaker), &options);
  g_signal_connect (run->session, "cue", G_CALLBACK (on_cue), run);
  g_signal_connect (run->session, "notify::state", G_CALLBACK (on_state), run);
}

static void
run_clear (Run *run)
{
  g_assert_finalize_object (run->session);
  g_assert_finalize_object (run->speaker);
  g_assert_finalize_object (run->clock);
}

static LimberVirtualClock *
vclock (Run *run)
{
  return LIMBER_VIRTUAL_CLOCK (run->clock);
}

/* A whole run: each phrase after its cue's sound, cancelled at its latest
 * end; counts instead of the rep ticks; "Well done" after the end. */
static void
test_whole_run (void)
{
  Run run;

  run_init (&run, TRUE);
  limber_session_start (run.session);
  limber_virtual_clock_run_until_idle (vclock (&run), G_MAXINT64);
  g_assert_cmpint (limber_session_get_state (run.session), ==, LIMBER_SESSION_FINISHED);

  g_assert_cmpstr (run.speaker->log->str, ==,
                   "0.000 cue get-ready\n"
                   "0.535 say “Get ready: Hold. 20 seconds.” p2 until 6.850\n"
                   "6.850 cancel\n"
                   "7.000 cue countdown\n"
                   "8.000 cue countdown\n"
                   "9.000 cue countdown\n"
                   "10.000 cue go\n"
                   "10.485 say “Go” p2 until 19.850\n"
                   "19.850 cancel\n"
                   "20.000 cue halfway\n"
                   "20.635 say “Halfway” p1 until 26.850\n"
                   "26.850 cancel\n"
                   "27.000 cue countdown\n"
                   "28.000 cue countdown\n"
                   "29.000 cue countdown\n"
                   "30.000 cue exercise-done\n"
                   "30.000 cue rest\n"
                   "30.645 say “Rest, 10 seconds. Last exercise: Squat. 2 sets of 3 reps.” p1 until 36.850\n"
                   "36.850 cancel\n"
                   "37.000 cue countdown\n"
                   "38.000 cue countdown\n"
                   "39.000 cue countdown\n"
                   "40.000 cue go\n"
                   "40.485 say “Go” p2 until 41.850\n"
                   "41.850 cancel\n"
                   "42.000 say “2” p0 until 43.850\n"
                   "43.850 cancel\n"
                   "44.000 say “3” p0 until 45.850\n"
                   "45.850 cancel\n"
                   "46.000 cue rest\n"
                   "46.635 say “Rest.” p1 until 47.850\n"
                   "47.850 cancel\n"
                   "48.000 cue countdown\n"
                   "49.000 cue countdown\n"
                   "50.000 cue countdown\n"
                   "51.000 cue go\n"
                   "51.485 say “Last set” p2 until 52.850\n"
                   "52.850 cancel\n"
                   "53.000 say “2” p0 until 54.850\n"
                   "54.850 cancel\n"
                   "55.000 say “3” p0 until 56.850\n"
                   "56.850 cancel\n"
                   "57.000 cue exercise-done\n"
                   "57.000 cue session-finished\n"
                   "57.000 finished\n"
                   "58.485 say “Well done. Routine complete.” p2 until -\n");
  run_clear (&run);
}

/* The log from @from on (the lines after the first that starts with it). */
static const char *
log_from (Run        *run,
          const char *from)
{
  const char *at = strstr (run->speaker->log->str, from);

  g_assert_nonnull (at);
  return at;
}

/* Pause stops speech at once; resume does not repeat it, and later phrases
 * move by the paused time. */
static void
test_pause_resume (void)
{
  Run run;

  run_init (&run, TRUE);
  limber_session_start (run.session);
  limber_virtual_clock_advance_to (vclock (&run), T0 + 10600 * 1000);
  limber_session_pause (run.session);
  limber_virtual_clock_advance (vclock (&run), 5 * SEC);
  limber_session_resume (run.session);
  limber_virtual_clock_advance_to (vclock (&run), T0 + 27 * SEC);

  g_assert_cmpstr (log_from (&run, "10.000"), ==,
                   "10.000 cue go\n"
                   "10.485 say “Go” p2 until 19.850\n"
                   "10.600 cancel\n"
                   "25.000 cue halfway\n"
                   "25.635 say “Halfway” p1 until 31.850\n");
  limber_session_stop (run.session);
  run_clear (&run);
}

/* Skipping drops what is said and says the new step's phrase. */
static void
test_skip (void)
{
  Run run;

  run_init (&run, TRUE);
  limber_session_start (run.session);
  limber_virtual_clock_advance_to (vclock (&run), T0 + 600 * 1000);
  limber_session_next (run.session);
  limber_virtual_clock_advance_to (vclock (&run), T0 + 2 * SEC);
  limber_session_next (run.session);
  limber_virtual_clock_advance_to (vclock (&run), T0 + 3 * SEC);

  g_assert_cmpstr (run.speaker->log->str, ==,
                   "0.000 cue get-ready\n"
                   "0.535 say “Get ready: Hold. 20 seconds.” p2 until 6.850\n"
                   "0.600 cancel\n"
                   "0.600 cue go\n"
                   "1.085 say “Go” p2 until 10.450\n"
                   "2.000 cancel\n"
                   "2.000 cue rest\n"
                   "2.645 say “Rest, 10 seconds. Last exercise: Squat. 2 sets of 3 reps.” p1 until 8.850\n");
  limber_session_stop (run.session);
  g_assert_true (g_str_has_suffix (run.speaker->log->str, "3.000 cancel\n"));
  run_clear (&run);
}

/* Time added to a set: the halfway phrase follows the moved halfway cue and
 * ends before the moved countdown. */
static void
test_add_time (void)
{
  Run run;

  run_init (&run, TRUE);
  limber_session_start (run.session);
  limber_virtual_clock_advance_to (vclock (&run), T0 + 12 * SEC);
  limber_session_add_time (run.session, 10);
  limber_virtual_clock_advance_to (vclock (&run), T0 + 38 * SEC);

  g_assert_cmpstr (log_from (&run, "19.850 cancel"), ==,
                   "19.850 cancel\n"
                   "25.000 cue halfway\n"
                   "25.635 say “Halfway” p1 until 36.850\n"
                   "36.850 cancel\n"
                   "37.000 cue countdown\n"
                   "38.000 cue countdown\n");
  limber_session_stop (run.session);
  run_clear (&run);
}

/* Without a voice: nothing is said, and the rep ticks are back. */
static void
test_unavailable (void)
{
  Run run;

  run_init (&run, TRUE);
  run.speaker->available = FALSE;
  limber_session_start (run.session);
  limber_virtual_clock_run_until_idle (vclock (&run), G_MAXINT64);

  g_assert_null (strstr (run.speaker->log->str, "say"));
  g_assert_null (strstr (run.speaker->log->str, "cancel"));
  g_assert_nonnull (strstr (run.speaker->log->str,
                            "40.000 cue go\n42.000 cue rep\n44.000 cue rep\n46.000 cue rest\n"));
  g_assert_nonnull (strstr (run.speaker->log->str,
                            "51.000 cue go\n53.000 cue rep\n55.000 cue rep\n57.000 cue exercise-done\n"));
  run_clear (&run);
}

/* Counting off: the ticks stay, and no count is said. */
static void
test_no_counting (void)
{
  Run run;

  run_init (&run, FALSE);
  limber_session_start (run.session);
  limber_virtual_clock_run_until_idle (vclock (&run), G_MAXINT64);

  g_assert_nonnull (strstr (run.speaker->log->str,
                            "40.000 cue go\n40.485 say “Go” p2 until 41.850\n41.850 cancel\n"
                            "42.000 cue rep\n44.000 cue rep\n46.000 cue rest\n"));
  run_clear (&run);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_unsetenv ("LANGUAGE");
  bindtextdomain (GETTEXT_PACKAGE, LIMBER_BUILD_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/session-voice/whole-run", test_whole_run);
  g_test_add_func ("/session-voice/pause-resume", test_pause_resume);
  g_test_add_func ("/session-voice/skip", test_skip);
  g_test_add_func ("/session-voice/add-time", test_add_time);
  g_test_add_func ("/session-voice/unavailable", test_unavailable);
  g_test_add_func ("/session-voice/no-counting", test_no_counting);

  return g_test_run ();
}
