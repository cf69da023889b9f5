/* test-voice-ui.c: the spoken guidance in the window and the preferences,
 * under Xvfb (suite "ui")
 *
 * A recording speaker stands in for speech-dispatcher (set through
 * limber_window_set_speaker and limber_preferences_window_set_speaker);
 * the application's real speaker (when built with voice) meets no speech
 * service: SPEECHD_ADDRESS names a socket that does not exist.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "limber-application.h"
#include "limber-preferences-window-private.h"
#include "limber-session-private.h"
#include "limber-test-ui.h"
#include "limber-ui-format.h"
#include "limber-virtual-clock.h"

/* A speaker that writes down what it is asked; its "available" and
 * "speaking" are set by the test. */
#define TEST_TYPE_VOICE (test_voice_get_type ())
G_DECLARE_FINAL_TYPE (TestVoice, test_voice, TEST, VOICE, GObject)

struct _TestVoice
{
  GObject parent_instance;
  GString *log;
  guint n_prepared;
  gboolean available;
  gboolean speaking;
};

enum {
  PROP_0,
  PROP_AVAILABLE,
  PROP_SPEAKING,
};

static void test_voice_iface_init (LimberSpeakerInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TestVoice, test_voice, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (LIMBER_TYPE_SPEAKER, test_voice_iface_init))

static void
test_voice_say (LimberSpeaker        *speaker,
                const char           *text,
                LimberSpeechPriority  priority,
                gint64                latest_end)
{
  g_string_append_printf (TEST_VOICE (speaker)->log, "say %s\n", text);
}

static void
test_voice_cancel (LimberSpeaker *speaker)
{
  g_string_append (TEST_VOICE (speaker)->log, "cancel\n");
}

static void
test_voice_prepare (LimberSpeaker *speaker)
{
  TEST_VOICE (speaker)->n_prepared++;
}

static void
test_voice_iface_init (LimberSpeakerInterface *iface)
{
  iface->say = test_voice_say;
  iface->cancel = test_voice_cancel;
  iface->prepare = test_voice_prepare;
}

static void
test_voice_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  TestVoice *self = TEST_VOICE (object);

  switch (prop_id)
    {
    case PROP_AVAILABLE:
      g_value_set_boolean (value, self->available);
      break;
    case PROP_SPEAKING:
      g_value_set_boolean (value, self->speaking);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
test_voice_finalize (GObject *object)
{
  g_string_free (TEST_VOICE (object)->log, TRUE);
  G_OBJECT_CLASS (test_voice_parent_class)->finalize (object);
}

static void
test_voice_class_init (TestVoiceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = test_voice_get_property;
  object_class->finalize = test_voice_finalize;
  g_object_class_override_property (object_class, PROP_AVAILABLE, "available");
  g_object_class_override_property (object_class, PROP_SPEAKING, "speaking");
}

static void
test_voice_init (TestVoice *self)
{
  self->log = g_string_new (NULL);
  self->available = TRUE;
}

static void
test_voice_set_available (TestVoice *self,
                          gboolean   available)
{
  self->available = available;
  g_object_notify (G_OBJECT (self), "available");
}

static void
test_voice_set_speaking (TestVoice *self,
                         gboolean   speaking)
{
  self->speaking = speaking;
  g_object_notify (G_OBJECT (self), "speaking");
}

/* The log so far, emptied. */
static char *
test_voice_take_log (TestVoice *self)
{
  char *log = g_strdup (self->log->str);

  g_string_truncate (self->log, 0);
  return log;
}

/* The window with a recording speaker */

typedef struct
{
  LimberApplication *app;
  GSettings *settings;
  LimberWindow *window;
  LimberClock *clock;
  TestVoice *voice;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->app = limber_test_ui_get_app ();
  f->settings = limber_application_get_settings (f->app);
  g_settings_set_boolean (f->settings, "voice", TRUE);
  f->clock = limber_virtual_clock_new (1000000);
  f->voice = g_object_new (TEST_TYPE_VOICE, NULL);
  f->window = limber_test_ui_new_window (f->app, f->clock);
  limber_window_set_speaker (f->window, LIMBER_SPEAKER (f->voice));
  limber_test_ui_show_window (f->window);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  limber_test_ui_destroy_window (f->window);
  limber_test_ui_assert_finalized (f->window, "window");
  limber_test_ui_assert_finalized (f->clock, "clock");
  limber_test_ui_assert_finalized (f->voice, "speaker");
  g_settings_reset (f->settings, "voice-rate");
  g_settings_reset (f->settings, "voice-volume");
  g_settings_reset (f->settings, "voice-count-reps");
  g_settings_set_boolean (f->settings, "voice", FALSE);
}

static void
test_voice_on_speaks (Fixture       *f,
                      gconstpointer  data)
{
  LimberSession *session;
  LimberPlayerPage *page;
  LimberSpeechScript *script;
  const LimberPhrase *first = NULL;
  g_autofree char *log = NULL;
  g_autofree char *expected = NULL;

  /* Showing a routine connects to the speech service ahead of the start. */
  limber_window_show_routine (f->window, limber_test_ui_lookup_bundled ("desk-break"));
  g_assert_cmpuint (f->voice->n_prepared, >=, 1);

  limber_test_ui_activate (f->window, "start");
  session = limber_window_get_session (f->window);
  g_assert_nonnull (session);
  /* The session has a speaker: it has a script to say. */
  g_assert_nonnull (limber_session_get_speech_script (session));

  /* The first phrase comes on plan, after its cue. */
  script = limber_session_get_speech_script (session);
  for (guint i = 0; first == NULL || first->dropped; i++)
    first = limber_speech_script_get_phrase (script, i);
  limber_test_ui_advance (f->clock, first->start / 1e6 + 0.1);
  log = test_voice_take_log (f->voice);
  expected = g_strdup_printf ("say %s\n", first->text);
  g_assert_cmpstr (log, ==, expected);

  /* The indicator shows exactly while the speaker speaks. */
  page = limber_window_get_player_page (f->window);
  g_assert_false (limber_player_page_get_speaking_shown (page));
  test_voice_set_speaking (f->voice, TRUE);
  g_assert_true (limber_player_page_get_speaking_shown (page));
  test_voice_set_speaking (f->voice, FALSE);
  g_assert_false (limber_player_page_get_speaking_shown (page));

  /* A skip while a phrase is said drops it at once … */
  g_clear_pointer (&log, g_free);
  g_free (test_voice_take_log (f->voice));
  limber_test_ui_activate (f->window, "next");
  log = test_voice_take_log (f->voice);
  g_assert_cmpstr (log, ==, "cancel\n");

  /* … and so does a pause: the next phrase, then pause. */
  for (guint i = 0; i < 600 && strstr (f->voice->log->str, "say ") == NULL; i++)
    limber_test_ui_advance (f->clock, 0.1);
  g_assert_nonnull (strstr (f->voice->log->str, "say "));
  g_free (test_voice_take_log (f->voice));
  limber_test_ui_activate (f->window, "toggle-pause");
  g_clear_pointer (&log, g_free);
  log = test_voice_take_log (f->voice);
  g_assert_cmpstr (log, ==, "cancel\n");
  limber_test_ui_activate (f->window, "toggle-pause");

  /* Settings apply to the running session: the voice off takes the
   * speaker away (and the indicator), on gives it back. */
  g_settings_set_boolean (f->settings, "voice", FALSE);
  g_assert_null (limber_session_get_speech_script (session));
  test_voice_set_speaking (f->voice, TRUE);
  g_assert_false (limber_player_page_get_speaking_shown (page));
  test_voice_set_speaking (f->voice, FALSE);
  g_free (test_voice_take_log (f->voice));
  limber_test_ui_advance (f->clock, 20.0);
  g_clear_pointer (&log, g_free);
  log = test_voice_take_log (f->voice);
  g_assert_cmpstr (log, ==, "");

  g_settings_set_boolean (f->settings, "voice", TRUE);
  g_assert_nonnull (limber_session_get_speech_script (session));
  g_assert_true (limber_session_get_state (session) == LIMBER_SESSION_RUNNING);
  g_assert_null (limber_player_page_get_voice_problem (page));
}

static void
test_voice_off_no_speaker (Fixture       *f,
                           gconstpointer  data)
{
  LimberSession *session;
  g_autofree char *log = NULL;

  g_settings_set_boolean (f->settings, "voice", FALSE);
  limber_window_show_routine (f->window, limber_test_ui_lookup_bundled ("desk-break"));
  g_assert_cmpuint (f->voice->n_prepared, ==, 0);
  limber_test_ui_activate (f->window, "start");
  session = limber_window_get_session (f->window);
  g_assert_null (limber_session_get_speech_script (session));
  limber_test_ui_advance (f->clock, 30.0);
  log = test_voice_take_log (f->voice);
  g_assert_cmpstr (log, ==, "");
  test_voice_set_speaking (f->voice, TRUE);
  g_assert_false (limber_player_page_get_speaking_shown (limber_window_get_player_page (f->window)));
}

/* The voice on but unable to speak: a line on the player page that stays
 * while that lasts, and goes when the voice speaks again or is turned off. */
static void
test_voice_problem_line (Fixture       *f,
                         gconstpointer  data)
{
  LimberSession *session;
  LimberPlayerPage *page;

  limber_window_show_routine (f->window, limber_test_ui_lookup_bundled ("desk-break"));
  limber_test_ui_activate (f->window, "start");
  session = limber_window_get_session (f->window);
  page = limber_window_get_player_page (f->window);
  /* These tests run without a sound server; the page is told there is one. */
  limber_player_page_set_sound_available (page, TRUE);
  limber_test_ui_advance (f->clock, 2.0);
  g_assert_null (limber_player_page_get_voice_problem (page));

  /* The connection drops mid-session: the line shows, the session goes on. */
  test_voice_set_available (f->voice, FALSE);
  g_assert_cmpstr (limber_player_page_get_voice_problem (page), ==, "Voice unavailable");
  limber_test_ui_advance (f->clock, 5.0);
  g_assert_true (limber_session_get_state (session) == LIMBER_SESSION_RUNNING);

  /* The voice turned off: nothing is missing, no line; on again: back. */
  g_settings_set_boolean (f->settings, "voice", FALSE);
  g_assert_null (limber_player_page_get_voice_problem (page));
  g_settings_set_boolean (f->settings, "voice", TRUE);
  g_assert_cmpstr (limber_player_page_get_voice_problem (page), ==, "Voice unavailable");

  /* No sound at all: "Sound unavailable" says it, alone. */
  limber_player_page_set_sound_available (page, FALSE);
  g_assert_null (limber_player_page_get_voice_problem (page));
  limber_player_page_set_sound_available (page, TRUE);
  g_assert_cmpstr (limber_player_page_get_voice_problem (page), ==, "Voice unavailable");

  /* The next start still shows it; the service back, it goes. */
  limber_test_ui_activate (f->window, "stop");
  limber_test_ui_spin (50);
  limber_window_start_routine (f->window, limber_test_ui_lookup_bundled ("desk-break"));
  limber_test_ui_advance (f->clock, 2.0);
  g_assert_cmpstr (limber_player_page_get_voice_problem (page), ==, "Voice unavailable");
  test_voice_set_available (f->voice, TRUE);
  g_assert_null (limber_player_page_get_voice_problem (page));
}

static void
test_voice_problem_while_off (Fixture       *f,
                              gconstpointer  data)
{
  LimberPlayerPage *page;

  /* A voice that is off says nothing about being unavailable … */
  g_settings_set_boolean (f->settings, "voice", FALSE);
  test_voice_set_available (f->voice, FALSE);
  limber_window_start_routine (f->window, limber_test_ui_lookup_bundled ("desk-break"));
  page = limber_window_get_player_page (f->window);
  limber_player_page_set_sound_available (page, TRUE);
  g_assert_null (limber_player_page_get_voice_problem (page));
  /* … until it is turned on. */
  g_settings_set_boolean (f->settings, "voice", TRUE);
  g_assert_cmpstr (limber_player_page_get_voice_problem (page), ==, "Voice unavailable");
}

/* The preferences */

static LimberPreferencesWindow *
new_preferences (LimberSpeaker *speaker)
{
  GSettings *settings = limber_application_get_settings (limber_test_ui_get_app ());
  LimberPreferencesWindow *prefs;

  prefs = LIMBER_PREFERENCES_WINDOW (limber_preferences_window_new (NULL, settings));
  limber_preferences_window_set_speaker (prefs, speaker);
  gtk_window_present (GTK_WINDOW (prefs));
  limber_test_ui_spin (50);
  return g_object_ref (prefs);
}

static void
destroy_preferences (LimberPreferencesWindow *prefs)
{
  gtk_window_destroy (GTK_WINDOW (prefs));
  limber_test_ui_spin (10);
  limber_test_ui_assert_finalized (prefs, "preferences window");
}

static void
test_preferences_bound (void)
{
  GSettings *settings = limber_application_get_settings (limber_test_ui_get_app ());
  g_autoptr(TestVoice) voice = g_object_new (TEST_TYPE_VOICE, NULL);
  LimberPreferencesWindow *prefs;
  GtkSwitch *sw;
  g_autofree char *log = NULL;

  g_settings_set_boolean (settings, "voice", TRUE);
  prefs = new_preferences (LIMBER_SPEAKER (voice));
  g_assert_cmpuint (voice->n_prepared, ==, 1);

  sw = limber_preferences_window_get_voice_switch (prefs);
  g_assert_true (gtk_switch_get_active (sw));
  g_assert_cmpstr (adw_action_row_get_subtitle (limber_preferences_window_get_voice_row (prefs)), ==,
                   "Say the exercise, the side and the set between the sound cues");
  gtk_switch_set_active (sw, FALSE);
  g_assert_false (g_settings_get_boolean (settings, "voice"));
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (limber_preferences_window_get_voice_test (prefs))) &&
                  gtk_widget_is_sensitive (GTK_WIDGET (limber_preferences_window_get_voice_test (prefs))));
  g_settings_set_boolean (settings, "voice", TRUE);
  g_assert_true (gtk_switch_get_active (sw));

  gtk_range_set_value (limber_preferences_window_get_voice_rate (prefs), 40);
  g_assert_cmpint (g_settings_get_int (settings, "voice-rate"), ==, 40);
  g_settings_set_int (settings, "voice-rate", -70);
  g_assert_cmpfloat (gtk_range_get_value (limber_preferences_window_get_voice_rate (prefs)), ==, -70);

  gtk_range_set_value (limber_preferences_window_get_voice_volume (prefs), -20);
  g_assert_cmpint (g_settings_get_int (settings, "voice-volume"), ==, -20);
  g_settings_set_int (settings, "voice-volume", 30);
  g_assert_cmpfloat (gtk_range_get_value (limber_preferences_window_get_voice_volume (prefs)), ==, 30);

  gtk_switch_set_active (limber_preferences_window_get_voice_count_reps (prefs), TRUE);
  g_assert_true (g_settings_get_boolean (settings, "voice-count-reps"));

  /* Test Voice says the sample sentence. */
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (limber_preferences_window_get_voice_test (prefs))));
  g_signal_emit_by_name (limber_preferences_window_get_voice_test (prefs), "clicked");
  log = test_voice_take_log (voice);
  g_assert_cmpstr (log, ==, "say This is the voice that guides you through your routines.\n");

  /* The switch tells why the voice is silent. */
  test_voice_set_available (voice, FALSE);
  g_assert_cmpstr (adw_action_row_get_subtitle (limber_preferences_window_get_voice_row (prefs)), ==,
                   "Voice unavailable. The sound cues guide you.");
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (limber_preferences_window_get_voice_test (prefs))));

  destroy_preferences (prefs);
  g_settings_reset (settings, "voice-rate");
  g_settings_reset (settings, "voice-volume");
  g_settings_reset (settings, "voice-count-reps");
  g_settings_set_boolean (settings, "voice", FALSE);
}

static void
test_preferences_without_voice (void)
{
  LimberPreferencesWindow *prefs = new_preferences (NULL);
  const char *subtitle = adw_action_row_get_subtitle (limber_preferences_window_get_voice_row (prefs));

  /* Built without voice: an explanation, no controls. */
  g_assert_nonnull (strstr (subtitle, "built without spoken guidance"));
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (limber_preferences_window_get_voice_switch (prefs))));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (limber_preferences_window_get_voice_test (prefs))) &&
                  gtk_widget_get_mapped (GTK_WIDGET (limber_preferences_window_get_voice_test (prefs))));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (limber_preferences_window_get_voice_rate (prefs))));
  destroy_preferences (prefs);
}

/* The real speaker, with no speech service */

static gboolean
wait_unavailable (LimberSpeaker *speaker)
{
  for (guint i = 0; i < 500 && limber_speaker_get_available (speaker); i++)
    limber_test_ui_spin (10);
  return !limber_speaker_get_available (speaker);
}

static void
test_no_service (void)
{
  LimberApplication *app = limber_test_ui_get_app ();
  GSettings *settings = limber_application_get_settings (app);
  LimberSpeaker *speaker = limber_application_get_speaker (app);
  g_autoptr(LimberClock) clock = NULL;
  g_autoptr(LimberWindow) window = NULL;
  LimberPreferencesWindow *prefs;
  LimberSession *session;
  const char *subtitle;
  g_autofree char *problem = NULL;

  if (speaker == NULL)
    {
      g_test_skip ("built without voice");
      return;
    }

  g_settings_set_boolean (settings, "voice", TRUE);
  clock = limber_virtual_clock_new (1000000);
  window = limber_test_ui_new_window (app, clock);
  limber_test_ui_show_window (window);

  /* Showing a routine connects, and finds no service. */
  limber_window_show_routine (window, limber_test_ui_lookup_bundled ("desk-break"));
  g_assert_true (wait_unavailable (speaker));
  problem = limber_ui_describe_voice_problem (speaker);
  g_assert_true (g_str_has_prefix (problem, "Voice unavailable: "));
  g_assert_cmpuint (strlen (problem), >, strlen ("Voice unavailable: "));

  /* The session runs with beeps. */
  limber_test_ui_activate (window, "start");
  session = limber_window_get_session (window);
  limber_test_ui_advance (clock, 12.0);
  g_assert_true (limber_session_get_state (session) == LIMBER_SESSION_RUNNING);
  g_assert_cmpuint (limber_session_get_step_index (session), >, 0);
  /* The player page says so, with the service's reason on hover (when
   * there is sound: this test has none, the page is told there is). */
  limber_player_page_set_sound_available (limber_window_get_player_page (window), TRUE);
  g_assert_cmpstr (limber_player_page_get_voice_problem (limber_window_get_player_page (window)), ==, problem);

  /* The switch says why, with the service's reason. */
  prefs = new_preferences (speaker);
  subtitle = adw_action_row_get_subtitle (limber_preferences_window_get_voice_row (prefs));
  g_assert_true (g_str_has_prefix (subtitle, problem));
  destroy_preferences (prefs);

  limber_test_ui_destroy_window (window);
  limber_test_ui_assert_finalized (g_steal_pointer (&window), "window");
  g_settings_set_boolean (settings, "voice", FALSE);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* No speech service: a socket that does not exist. */
  g_setenv ("SPEECHD_ADDRESS", "unix_socket:/nonexistent", TRUE);
  limber_test_ui_init_without_sound (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/voice/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("on-speaks", test_voice_on_speaks);
  ADD ("off-no-speaker", test_voice_off_no_speaker);
  ADD ("problem-line", test_voice_problem_line);
  ADD ("problem-while-off", test_voice_problem_while_off);
  g_test_add_func ("/voice/preferences-bound", test_preferences_bound);
  g_test_add_func ("/voice/preferences-without-voice", test_preferences_without_voice);
  g_test_add_func ("/voice/no-service", test_no_service);

  status = g_test_run ();
  limber_test_ui_cleanup ();
  return status;
}
