/* test-cli.c: the real program's command line, with no display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "limber-test-run.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#define GOOD_ROUTINE \
  "{ \"format\": \"limber-routine\", \"version\": 1, \"id\": \"good\", \"title\": \"Good\",\n" \
  "  \"exercises\": [ { \"name\": \"Hold\", \"duration\": 30 } ] }\n"

static char *
write_temp (const char *name,
            const char *contents)
{
  char *path = g_build_filename (g_get_tmp_dir (), name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  return path;
}

static void
test_version (void)
{
  g_auto(LimberTestRun) run = { 0 };

  limber_test_run (&run, (const char *[]) { "--version", NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "limber " PACKAGE_VERSION "\n");
}

static void
test_help (void)
{
  g_auto(LimberTestRun) run = { 0 };

  limber_test_run (&run, (const char *[]) { "--help", NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "--validate"));
  g_assert_nonnull (strstr (run.out, "--list"));
  g_assert_nonnull (strstr (run.out, "--start=ID|FILE"));
}

static void
test_validate (void)
{
  g_autofree char *good = write_temp ("good.json",
    "{ \"format\": \"limber-routine\", \"version\": 1, \"id\": \"good\", \"title\": \"Good\",\n"
    "  \"exercises\": [ { \"name\": \"Hold\", \"duration\": 30 } ] }\n");
  g_autofree char *bad = write_temp ("hips.json",
    "{ \"format\": \"limber-routine\", \"version\": 1, \"id\": \"hips\", \"title\": \"Hips\",\n"
    "  \"exercises\": [ { \"name\": \"A\", \"duration\": 30 }, { \"name\": \"B\", \"duration\": 30 },\n"
    "                 { \"name\": \"C\", \"duration\": 0 } ] }\n");
  g_autofree char *expected = g_strdup_printf ("%s: exercises[2].duration: must be between 1 and "
                                               "3600 seconds, found 0\n", bad);

  {
    g_auto(LimberTestRun) run = { 0 };
    limber_test_run (&run, (const char *[]) { "--validate", good, NULL });
    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpstr (run.out, ==, "");
  }
  {
    g_auto(LimberTestRun) run = { 0 };
    limber_test_run (&run, (const char *[]) { "--validate", good, bad, NULL });
    g_assert_cmpint (run.status, ==, 1);
    g_assert_cmpstr (run.out, ==, expected);
  }
  {
    g_auto(LimberTestRun) run = { 0 };
    limber_test_run (&run, (const char *[]) { "--validate", "/nonexistent/x.json", NULL });
    g_assert_cmpint (run.status, ==, 1);
    g_assert_true (g_str_has_prefix (run.out, "/nonexistent/x.json: "));
  }
  {
    g_auto(LimberTestRun) run = { 0 };
    limber_test_run (&run, (const char *[]) { "--validate", NULL });
    g_assert_cmpint (run.status, ==, 2);
    g_assert_cmpstr (run.err, ==, "limber --validate: give one or more routine files\n");
  }
}

/* Format version 2: "progression" is read and checked by --validate. */
static void
test_validate_version_2 (void)
{
  g_autofree char *good = write_temp ("good-v2.json",
    "{ \"format\": \"limber-routine\", \"version\": 2, \"id\": \"good-v2\", \"title\": \"Good\",\n"
    "  \"exercises\": [ { \"name\": \"Hold\", \"duration\": 30, \"progression\": { \"step\": 5, \"min\": 20 } },\n"
    "                 { \"name\": \"Squat\", \"reps\": 10, \"progression\": { \"step\": 2, \"max\": 16 } } ] }\n");
  g_autofree char *old = write_temp ("old.json",
    "{ \"format\": \"limber-routine\", \"version\": 1, \"id\": \"old\", \"title\": \"Old\",\n"
    "  \"exercises\": [ { \"name\": \"Hold\", \"duration\": 30 },\n"
    "                 { \"name\": \"Hold\", \"duration\": 30, \"progression\": { \"step\": 5 } } ] }\n");
  g_autofree char *hips = write_temp ("hips-v2.json",
    "{ \"format\": \"limber-routine\", \"version\": 2, \"id\": \"hips\", \"title\": \"Hips\",\n"
    "  \"exercises\": [ { \"name\": \"A\", \"reps\": 10 },\n"
    "                 { \"name\": \"B\", \"duration\": 30, \"progression\": { \"step\": 5, \"min\": 40, \"stpe\": 1 } } ] }\n");
  g_autofree char *expected = g_strdup_printf ("%s: exercises[1].progression: needs \"version\": 2\n"
                                               "%s: exercises[1].progression.min: must be at most the exercise's "
                                               "duration (30), found 40\n"
                                               "%s: exercises[1].progression.stpe: unknown key; did you mean \"step\"?\n",
                                               old, hips, hips);

  {
    g_auto(LimberTestRun) run = { 0 };
    limber_test_run (&run, (const char *[]) { "--validate", good, NULL });
    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpstr (run.out, ==, "");
  }
  {
    g_auto(LimberTestRun) run = { 0 };
    limber_test_run (&run, (const char *[]) { "--validate", good, old, hips, NULL });
    g_assert_cmpint (run.status, ==, 1);
    g_assert_cmpstr (run.out, ==, expected);
  }
}

static gint64
member_int (JsonObject *o,
            const char *name,
            gint64      def)
{
  return json_object_has_member (o, name) ? json_object_get_int_member (o, name) : def;
}

/* The planned total of a routine file, by hand from the format's rules and
 * independently of the plan code: prepare, then per round and exercise
 * sets × (work per side × sides + switch when both) + rest × (sets − 1), and
 * the rest between exercises (rounds × exercises − 1) times. */
static guint
total_by_hand (const char *path)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root;
  JsonArray *exercises;
  gint64 rounds, per_round = 0, n;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  exercises = json_object_get_array_member (root, "exercises");
  n = json_array_get_length (exercises);
  rounds = member_int (root, "rounds", 1);

  for (guint i = 0; i < n; i++)
    {
      JsonObject *e = json_array_get_object_element (exercises, i);
      gboolean both = json_object_has_member (e, "sides") &&
                      g_str_equal (json_object_get_string_member (e, "sides"), "both");
      gint64 work = json_object_has_member (e, "duration") ?
                    json_object_get_int_member (e, "duration") :
                    member_int (e, "reps", 0) * member_int (e, "rep_duration", 0);
      gint64 sets = member_int (e, "sets", 1);

      per_round += sets * (work * (both ? 2 : 1) + (both ? member_int (e, "switch_time", 5) : 0));
      per_round += member_int (e, "rest", 0) * (sets - 1);
    }

  return member_int (root, "prepare", 10) + rounds * per_round +
         member_int (root, "rest_between_exercises", 15) * (rounds * n - 1);
}

static void
test_list (void)
{
  static const char *ids[] = {
    "desk-break", "gentle-start", "hip-and-glute-strength", "hip-flexor-release",
  };
  g_auto(LimberTestRun) run = { 0 };
  g_auto(GStrv) lines = NULL;
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "limber", "routines", NULL);
  g_autofree char *bad = g_build_filename (dir, "bad.json", NULL);
  g_autofree char *levels = g_build_filename (dir, "levels.json", NULL);
  guint found = 0;

  g_assert_no_errno (g_mkdir_with_parents (dir, 0700));
  g_file_set_contents (bad, "{ \"format\": \"limber-routine\", \"version\": 3 }", -1, NULL);
  g_file_set_contents (levels,
                       "{ \"format\": \"limber-routine\", \"version\": 2, \"id\": \"levels\", \"title\": \"Levels\",\n"
                       "  \"exercises\": [ { \"name\": \"Hold\", \"duration\": 30, \"sets\": 2,\n"
                       "                    \"progression\": { \"step\": 10, \"min\": 10, \"max\": 60 } },\n"
                       "                  { \"name\": \"Squat\", \"reps\": 12, \"rep_duration\": 2,\n"
                       "                    \"progression\": { \"step\": 4 } } ] }\n", -1, NULL);

  limber_test_run (&run, (const char *[]) { "--list", NULL });
  g_assert_cmpint (run.status, ==, 0);
  lines = g_strsplit (run.out, "\n", -1);

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autofree char *file_name = g_strconcat (ids[i], ".json", NULL);
      g_autofree char *json = g_build_filename (g_getenv ("LIMBER_SOURCE_ROOT"), "data", "routines",
                                                file_name, NULL);
      guint total = total_by_hand (json);
      g_autofree char *prefix = g_strconcat (ids[i], "\t", NULL);
      g_autofree char *suffix = NULL;

      if (total >= 3600)
        suffix = g_strdup_printf ("\t%u:%02u:%02u\tbundled", total / 3600, total / 60 % 60, total % 60);
      else
        suffix = g_strdup_printf ("\t%u:%02u\tbundled", total / 60, total % 60);

      for (guint l = 0; lines[l] != NULL; l++)
        if (g_str_has_prefix (lines[l], prefix))
          {
            g_test_message ("%s", lines[l]);
            g_assert_true (g_str_has_suffix (lines[l], suffix));
            found++;
          }
    }
  g_assert_cmpuint (found, ==, G_N_ELEMENTS (ids));

  /* a version-2 user routine is listed with its total as written (level 0):
   * 10 s prepare + 2 × 30 s + 15 s between + 12 reps × 2 s = 109 s */
  {
    gboolean listed = FALSE;

    for (guint l = 0; lines[l] != NULL; l++)
      if (g_str_has_prefix (lines[l], "levels\t"))
        {
          g_assert_cmpstr (lines[l], ==, "levels\tLevels\t1:49\tuser");
          listed = TRUE;
        }
    g_assert_true (listed);
  }

  /* the bad file comes after the routines, with its message */
  {
    g_autofree char *header = g_strdup_printf ("1 file in %s could not be loaded:", dir);
    const char *at = strstr (run.out, header);

    g_assert_nonnull (at);
    g_assert_nonnull (strstr (at, "bad.json: version: this file was made by a newer Limber"));
  }
}

/* `limber FILE` opens the file's preview in the window (test-open-files,
 * test-open-file-e2e); without a display it cannot, says so, and adds
 * nothing to the routines. */
static void
test_open_without_display (void)
{
  g_auto(LimberTestRun) run = { 0 };
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "limber", "routines", NULL);
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "open-me.json", NULL);
  g_autofree char *added = g_build_filename (dir, "open-me.json", NULL);

  g_assert_true (g_file_set_contents (path, "{\"format\": \"limber-routine\"}", -1, NULL));
  limber_test_run (&run, (const char *[]) { path, NULL });
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "cannot open display"));
  g_assert_null (strstr (run.err, "unexpected arguments"));
  g_assert_false (g_file_test (added, G_FILE_TEST_EXISTS));
  g_unlink (path);
}

static void
make_socket (const char *dir,
             const char *name)
{
  struct sockaddr_un address = { .sun_family = AF_UNIX };
  g_autofree char *cwd = g_get_current_dir ();
  int fd = socket (AF_UNIX, SOCK_STREAM, 0);

  g_assert_cmpint (fd, >=, 0);
  g_assert_no_errno (chdir (dir));
  g_strlcpy (address.sun_path, name, sizeof address.sun_path);
  g_assert_no_errno (bind (fd, (struct sockaddr *) &address, sizeof address));
  g_assert_no_errno (chdir (cwd));
  close (fd);
}

/* A named pipe (with no writer: it would hang a plain read), a socket and a
 * dangling link among the routines: --list lists the good ones and names
 * each odd one. */
static void
test_list_odd_files (void)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "limber", "routines", NULL);
  g_autofree char *fifo = g_build_filename (dir, "a-fifo.json", NULL);
  g_autofree char *link = g_build_filename (dir, "b-link.json", NULL);
  g_autofree char *good = g_build_filename (dir, "good.json", NULL);
  g_autofree char *expected = NULL;
  g_auto(LimberTestRun) run = { 0 };

  g_assert_no_errno (g_mkdir_with_parents (dir, 0700));
  g_assert_no_errno (mkfifo (fifo, 0600));
  g_assert_no_errno (symlink ("/nonexistent/b.json", link));
  make_socket (dir, "c-socket.json");
  g_assert_true (g_file_set_contents (good, GOOD_ROUTINE, -1, NULL));

  limber_test_run (&run, (const char *[]) { "--list", NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "desk-break\t"));
  g_assert_nonnull (strstr (run.out, "\ngood\tGood\t0:40\tuser\n"));
  expected = g_strdup_printf ("\n3 files in %s could not be loaded:\n"
                              "a-fifo.json: cannot read: it is a named pipe (FIFO), not a regular file\n"
                              "b-link.json: cannot read: it is a link to “/nonexistent/b.json”, which does not exist\n"
                              "c-socket.json: cannot read: it is a socket, not a regular file\n", dir);
  g_assert_true (g_str_has_suffix (run.out, expected));
}

static gpointer
write_fifo_thread (gpointer data)
{
  const char *path = data;
  int fd = g_open (path, O_WRONLY, 0);

  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (write (fd, GOOD_ROUTINE, strlen (GOOD_ROUTINE)), ==, (gssize) strlen (GOOD_ROUTINE));
  close (fd);
  return NULL;
}

/* --validate of a pipe or of /dev/stdin reads it: a person piping a file in. */
static void
test_validate_piped (void)
{
  g_autofree char *fifo = g_build_filename (g_get_user_data_dir (), "piped.json", NULL);
  g_autoptr(GString) big = g_string_new (NULL);
  GThread *writer;

  g_assert_no_errno (g_mkdir_with_parents (g_get_user_data_dir (), 0700));
  g_assert_no_errno (mkfifo (fifo, 0600));
  {
    g_auto(LimberTestRun) run = { 0 };

    writer = g_thread_new ("writer", write_fifo_thread, fifo);
    limber_test_run (&run, (const char *[]) { "--validate", fifo, NULL });
    g_thread_join (writer);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpstr (run.out, ==, "");
  }
  {
    g_auto(LimberTestRun) run = { 0 };

    limber_test_run_full (&run, (const char *[]) { "--validate", "/dev/stdin", NULL }, GOOD_ROUTINE, -1);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpstr (run.out, ==, "");
  }
  {
    g_auto(LimberTestRun) run = { 0 };

    limber_test_run_full (&run, (const char *[]) { "--validate", "/dev/stdin", NULL }, "{ \"format\": 3 }", -1);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_true (g_str_has_prefix (run.out, "/dev/stdin: "));
  }
  {
    /* the 1 MiB cap holds for a pipe too */
    g_auto(LimberTestRun) run = { 0 };

    while (big->len <= 1024 * 1024)
      g_string_append (big, "                                                               \n");
    limber_test_run_full (&run, (const char *[]) { "--validate", "/dev/stdin", NULL }, big->str, -1);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_cmpstr (run.out, ==, "/dev/stdin: file is larger than 1 MiB (more than 1048576 bytes)\n");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/cli/version", test_version);
  g_test_add_func ("/cli/help", test_help);
  g_test_add_func ("/cli/validate", test_validate);
  g_test_add_func ("/cli/validate-version-2", test_validate_version_2);
  g_test_add_func ("/cli/list", test_list);
  g_test_add_func ("/cli/open-without-display", test_open_without_display);
  g_test_add_func ("/cli/list-odd-files", test_list_odd_files);
  g_test_add_func ("/cli/validate-piped", test_validate_piped);

  return g_test_run ();
}
