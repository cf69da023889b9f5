/* test-safe-file.c: writing through links, refusing pipes and devices,
 * never blocking on a named pipe
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "limber-safe-file.h"

static char *base_dir;

static char *
make_dir (const char *name)
{
  char *dir = g_build_filename (base_dir, name, NULL);

  g_assert_no_errno (g_mkdir_with_parents (dir, 0700));
  return dir;
}

static char *
read_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

static gboolean
is_link (const char *path)
{
  struct stat st;

  g_assert_no_errno (lstat (path, &st));
  return S_ISLNK (st.st_mode);
}

static void
test_regular_file (void)
{
  g_autofree char *dir = make_dir ("regular");
  g_autofree char *path = g_build_filename (dir, "a.json", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  struct stat st;

  /* new: 0644 less the umask (0022 in tests) */
  umask (022);
  g_assert_true (limber_safe_file_write (path, "one", 3, &error));
  g_assert_no_error (error);
  contents = read_text (path);
  g_assert_cmpstr (contents, ==, "one");
  g_assert_no_errno (stat (path, &st));
  g_assert_cmpint (st.st_mode & 0777, ==, 0644);

  /* existing: keeps its permissions */
  g_assert_no_errno (g_chmod (path, 0640));
  g_assert_true (limber_safe_file_write (path, "two", 3, &error));
  g_assert_no_error (error);
  g_clear_pointer (&contents, g_free);
  contents = read_text (path);
  g_assert_cmpstr (contents, ==, "two");
  g_assert_no_errno (stat (path, &st));
  g_assert_cmpint (st.st_mode & 0777, ==, 0640);

  /* private data when asked */
  g_assert_no_errno (g_unlink (path));
  g_assert_true (limber_safe_file_write_full (path, "3", 1, 0600, &error));
  g_assert_no_error (error);
  g_assert_no_errno (stat (path, &st));
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* no temporary file left */
  {
    g_autoptr(GDir) gdir = g_dir_open (dir, 0, NULL);

    g_assert_cmpstr (g_dir_read_name (gdir), ==, "a.json");
    g_assert_null (g_dir_read_name (gdir));
  }
}

static void
test_through_link (void)
{
  g_autofree char *dir = make_dir ("link/exports");
  g_autofree char *synced = make_dir ("link/synced");
  g_autofree char *target = g_build_filename (synced, "limber.csv", NULL);
  g_autofree char *link = g_build_filename (dir, "limber.csv", NULL);
  g_autofree char *chain = g_build_filename (dir, "chain.csv", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *real = NULL;
  g_autofree char *expected_real = g_build_filename (dir, "..", "synced", "limber.csv", NULL);
  g_autoptr(GError) error = NULL;
  struct stat before, after;

  g_assert_true (g_file_set_contents (target, "old", -1, NULL));
  g_assert_no_errno (g_chmod (target, 0604));
  /* relative, and a chain of two */
  g_assert_no_errno (symlink ("../synced/limber.csv", link));
  g_assert_no_errno (symlink ("limber.csv", chain));

  real = limber_safe_file_resolve (chain, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (real, ==, expected_real);

  g_assert_true (limber_safe_file_write (link, "new", 3, &error));
  g_assert_no_error (error);
  g_assert_true (is_link (link));
  contents = read_text (target);
  g_assert_cmpstr (contents, ==, "new");

  g_assert_no_errno (stat (target, &before));
  g_assert_true (limber_safe_file_write (chain, "newer", 5, &error));
  g_assert_no_error (error);
  g_assert_true (is_link (chain));
  g_assert_true (is_link (link));
  g_clear_pointer (&contents, g_free);
  contents = read_text (target);
  g_assert_cmpstr (contents, ==, "newer");
  /* the target was replaced (a new inode: never written in place), its mode kept */
  g_assert_no_errno (stat (target, &after));
  g_assert_cmpuint (before.st_ino, !=, after.st_ino);
  g_assert_cmpint (after.st_mode & 0777, ==, 0604);

  /* the temporary file was made next to the target, and is gone */
  {
    g_autoptr(GDir) gdir = g_dir_open (synced, 0, NULL);

    g_assert_cmpstr (g_dir_read_name (gdir), ==, "limber.csv");
    g_assert_null (g_dir_read_name (gdir));
  }
}

static void
test_dangling_link (void)
{
  g_autofree char *dir = make_dir ("dangling");
  g_autofree char *link = g_build_filename (dir, "out.csv", NULL);
  g_autofree char *target = g_build_filename (dir, "target.csv", NULL);
  g_autofree char *nowhere = g_build_filename (dir, "nowhere.csv", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;

  /* the target's folder exists: the target is created, the link kept */
  g_assert_no_errno (symlink ("target.csv", link));
  g_assert_true (limber_safe_file_write (link, "made", 4, &error));
  g_assert_no_error (error);
  g_assert_true (is_link (link));
  contents = read_text (target);
  g_assert_cmpstr (contents, ==, "made");

  /* it does not */
  g_assert_no_errno (symlink ("/nonexistent/folder/x.csv", nowhere));
  g_assert_false (limber_safe_file_write (nowhere, "x", 1, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  expected = g_strdup_printf ("Cannot save “%s”: it is a link to “/nonexistent/folder/x.csv”, "
                              "and the folder “/nonexistent/folder” does not exist", nowhere);
  g_assert_cmpstr (error->message, ==, expected);
  g_assert_true (is_link (nowhere));
}

static void
test_link_loop (void)
{
  g_autofree char *dir = make_dir ("loop");
  g_autofree char *a = g_build_filename (dir, "a", NULL);
  g_autofree char *b = g_build_filename (dir, "b", NULL);
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_no_errno (symlink ("b", a));
  g_assert_no_errno (symlink ("a", b));
  g_assert_false (limber_safe_file_write (a, "x", 1, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_TOO_MANY_LINKS);
  expected = g_strdup_printf ("Cannot save “%s”: %s", a, g_strerror (ELOOP));
  g_assert_cmpstr (error->message, ==, expected);
  g_assert_true (is_link (a));
  g_assert_true (is_link (b));
}

static char *
make_socket (const char *path)
{
  struct sockaddr_un address = { .sun_family = AF_UNIX };
  int fd = socket (AF_UNIX, SOCK_STREAM, 0);

  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpuint (strlen (path), <, sizeof address.sun_path);
  strcpy (address.sun_path, path);
  g_assert_no_errno (bind (fd, (struct sockaddr *) &address, sizeof address));
  close (fd);
  return g_strdup (path);
}

static void
assert_write_refused (const char *path,
                      const char *what)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = g_strdup_printf ("Cannot save “%s”: it is %s, not a regular file", path, what);
  struct stat before, after;

  g_assert_no_errno (lstat (path, &before));
  g_assert_false (limber_safe_file_write (path, "x", 1, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
  g_assert_cmpstr (error->message, ==, expected);
  /* left as it was */
  g_assert_no_errno (lstat (path, &after));
  g_assert_cmpuint (before.st_ino, ==, after.st_ino);
  g_assert_cmpuint (before.st_mode, ==, after.st_mode);
}

static void
test_refuse_special (void)
{
  g_autofree char *dir = make_dir ("special");
  g_autofree char *fifo = g_build_filename (dir, "fifo", NULL);
  g_autofree char *sock_path = g_build_filename (dir, "sock", NULL);
  g_autofree char *sock = make_socket (sock_path);
  g_autofree char *to_null = g_build_filename (dir, "null-link", NULL);
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_no_errno (mkfifo (fifo, 0600));
  assert_write_refused (fifo, "a named pipe (FIFO)");
  assert_write_refused (sock, "a socket");
  assert_write_refused (dir, "a folder");
  assert_write_refused ("/dev/null", "a character device");

  /* through a link, it names the target */
  g_assert_no_errno (symlink ("/dev/null", to_null));
  g_assert_false (limber_safe_file_write (to_null, "x", 1, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
  expected = g_strdup_printf ("Cannot save “%s”: it links to “/dev/null”: "
                              "it is a character device, not a regular file", to_null);
  g_assert_cmpstr (error->message, ==, expected);
  g_assert_true (is_link (to_null));
}

static void
test_write_errors (void)
{
  g_autofree char *dir = make_dir ("errors");
  g_autofree char *under = g_build_filename (dir, "missing", "x.json", NULL);
  g_autofree char *expected = g_strdup_printf ("Cannot save “%s”: %s", under, g_strerror (ENOENT));
  g_autoptr(GError) error = NULL;

  g_assert_false (limber_safe_file_write (under, "x", 1, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, expected);
}

static void
test_read (void)
{
  g_autofree char *dir = make_dir ("read");
  g_autofree char *path = g_build_filename (dir, "a.json", NULL);
  g_autofree char *link = g_build_filename (dir, "link.json", NULL);
  g_autofree char *dangling = g_build_filename (dir, "dangling.json", NULL);
  g_autofree char *fifo = g_build_filename (dir, "fifo.json", NULL);
  g_autofree char *sock_path = g_build_filename (dir, "sock.json", NULL);
  g_autofree char *sock = make_socket (sock_path);
  g_autofree char *contents = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;

  g_assert_true (g_file_set_contents (path, "12345", -1, NULL));
  g_assert_no_errno (symlink ("a.json", link));
  g_assert_true (limber_safe_file_read (link, 5, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, "12345");
  g_assert_cmpuint (length, ==, 5);

  /* the cap, before reading */
  g_assert_false (limber_safe_file_read (path, 4, &contents, &length, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE);
  expected = g_strdup_printf ("Cannot read “%s”: it is larger than 4 bytes", path);
  g_assert_cmpstr (error->message, ==, expected);
  g_clear_error (&error);
  g_clear_pointer (&expected, g_free);

  /* a named pipe with no writer: refused at once, no hang */
  g_assert_no_errno (mkfifo (fifo, 0600));
  g_assert_false (limber_safe_file_read (fifo, 100, &contents, &length, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
  expected = g_strdup_printf ("Cannot read “%s”: it is a named pipe (FIFO), not a regular file", fifo);
  g_assert_cmpstr (error->message, ==, expected);
  g_clear_error (&error);
  g_clear_pointer (&expected, g_free);

  g_assert_false (limber_safe_file_read (sock, 100, &contents, &length, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
  expected = g_strdup_printf ("Cannot read “%s”: it is a socket, not a regular file", sock);
  g_assert_cmpstr (error->message, ==, expected);
  g_clear_error (&error);
  g_clear_pointer (&expected, g_free);

  g_assert_false (limber_safe_file_read ("/dev/zero", 100, &contents, &length, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
  g_assert_cmpstr (error->message, ==, "Cannot read “/dev/zero”: it is a character device, not a regular file");
  g_clear_error (&error);

  g_assert_no_errno (symlink ("gone.json", dangling));
  g_assert_false (limber_safe_file_read (dangling, 100, &contents, &length, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  expected = g_strdup_printf ("Cannot read “%s”: it is a link to “gone.json”, which does not exist", dangling);
  g_assert_cmpstr (error->message, ==, expected);
}

static gpointer
read_fifo_thread (gpointer data)
{
  const char *path = data;
  g_autoptr(GString) out = g_string_new (NULL);
  char buffer[4096];
  gssize n;
  int fd = g_open (path, O_RDONLY, 0);

  g_assert_cmpint (fd, >=, 0);
  while ((n = read (fd, buffer, sizeof buffer)) > 0)
    g_string_append_len (out, buffer, n);
  close (fd);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
test_write_stream (void)
{
  g_autofree char *dir = make_dir ("stream");
  g_autofree char *fifo = g_build_filename (dir, "fifo", NULL);
  g_autofree char *file = g_build_filename (dir, "file.csv", NULL);
  g_autofree char *fd_path = NULL;
  g_autofree char *got = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) big = g_string_new (NULL);
  GThread *reader;
  int fds[2];
  char buffer[16] = { 0 };
  struct stat st;

  /* a pipe with a reader gets it all, and stays a pipe */
  for (guint i = 0; i < 20000; i++)
    g_string_append (big, "0123456789");
  g_assert_no_errno (mkfifo (fifo, 0600));
  reader = g_thread_new ("reader", read_fifo_thread, fifo);
  g_assert_true (limber_safe_file_write_stream (fifo, big->str, big->len, 0600, &error));
  g_assert_no_error (error);
  got = g_thread_join (reader);
  g_assert_cmpstr (got, ==, big->str);
  g_assert_no_errno (lstat (fifo, &st));
  g_assert_true (S_ISFIFO (st.st_mode));

  /* a device */
  g_assert_true (limber_safe_file_write_stream ("/dev/null", "x", 1, 0600, &error));
  g_assert_no_error (error);
  g_assert_no_errno (lstat ("/dev/null", &st));
  g_assert_true (S_ISCHR (st.st_mode));

  g_assert_false (limber_safe_file_write_stream ("/dev/full", "x", 1, 0600, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
  g_assert_cmpstr (error->message, ==, "Cannot write to “/dev/full”: No space left on device");
  g_clear_error (&error);
  g_assert_no_errno (lstat ("/dev/full", &st));
  g_assert_true (S_ISCHR (st.st_mode));

  /* a descriptor, as it is */
  g_assert_no_errno (pipe (fds));
  fd_path = g_strdup_printf ("/dev/fd/%d", fds[1]);
  g_assert_true (limber_safe_file_write_stream (fd_path, "through", 7, 0600, &error));
  g_assert_no_error (error);
  g_assert_cmpint (read (fds[0], buffer, sizeof buffer - 1), ==, 7);
  g_assert_cmpstr (buffer, ==, "through");
  close (fds[0]);
  close (fds[1]);
  g_assert_false (limber_safe_file_write_stream (fd_path, "x", 1, 0600, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
  g_assert_true (g_str_has_suffix (error->message, g_strerror (EBADF)));
  g_clear_error (&error);

  /* a file: replaced safely, with the mode asked for */
  g_assert_true (limber_safe_file_write_stream (file, "csv", 3, 0600, &error));
  g_assert_no_error (error);
  g_assert_no_errno (stat (file, &st));
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      struct stat st;

      if (lstat (child, &st) == 0 && S_ISDIR (st.st_mode))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  /* short: a socket's path must fit in 108 bytes */
  base_dir = g_dir_make_tmp ("limber-safe-XXXXXX", NULL);
  g_assert_nonnull (base_dir);

  g_test_add_func ("/safe-file/regular-file", test_regular_file);
  g_test_add_func ("/safe-file/through-link", test_through_link);
  g_test_add_func ("/safe-file/dangling-link", test_dangling_link);
  g_test_add_func ("/safe-file/link-loop", test_link_loop);
  g_test_add_func ("/safe-file/refuse-special", test_refuse_special);
  g_test_add_func ("/safe-file/write-errors", test_write_errors);
  g_test_add_func ("/safe-file/read", test_read);
  g_test_add_func ("/safe-file/write-stream", test_write_stream);

  status = g_test_run ();
  remove_tree (base_dir);
  g_free (base_dir);
  return status;
}
