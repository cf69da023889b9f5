/* limber-safe-file.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-safe-file"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "limber-safe-file-private.h"

/* As the kernel's limit for one path lookup. */
#define MAX_LINKS 40

const char *
limber_safe_file_describe_type (mode_t mode)
{
  if (S_ISFIFO (mode))
    return _("it is a named pipe (FIFO), not a regular file");
  if (S_ISCHR (mode))
    return _("it is a character device, not a regular file");
  if (S_ISBLK (mode))
    return _("it is a block device, not a regular file");
  if (S_ISSOCK (mode))
    return _("it is a socket, not a regular file");
  if (S_ISDIR (mode))
    return _("it is a folder, not a regular file");
  return _("it is not a regular file");
}

static gboolean
set_errno_error (GError **error,
                 int      saved_errno)
{
  g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), g_strerror (saved_errno));
  return FALSE;
}

gboolean
limber_safe_file_write_all (int         fd,
                            const char *data,
                            gsize       length)
{
  while (length > 0)
    {
      gssize n = write (fd, data, MIN (length, (gsize) G_MAXSSIZE));

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        return FALSE;
      if (n == 0)
        {
          errno = EIO;
          return FALSE;
        }
      data += n;
      length -= (gsize) n;
    }
  return TRUE;
}

void
limber_safe_file_fsync_dir (const char *dir)
{
  int fd = g_open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);

  if (fd >= 0)
    {
      if (fsync (fd) != 0)
        g_debug ("Cannot fsync %s: %s", dir, g_strerror (errno));
      close (fd);
    }
}

/* Follows links from @path. Returns the real path (which may not exist) and,
 * when it exists, its stat in @st (@exists TRUE). */
static char *
resolve (const char   *path,
         struct stat  *st,
         gboolean     *exists,
         GError      **error)
{
  g_autofree char *current = g_strdup (path);

  for (guint i = 0; i <= MAX_LINKS; i++)
    {
      g_autofree char *dir = NULL;
      g_autofree char *target = NULL;
      char buffer[PATH_MAX];
      gssize n;

      if (lstat (current, st) != 0)
        {
          int saved_errno = errno;

          if (saved_errno == ENOENT)
            {
              *exists = FALSE;
              return g_steal_pointer (&current);
            }
          set_errno_error (error, saved_errno);
          return NULL;
        }
      if (!S_ISLNK (st->st_mode))
        {
          *exists = TRUE;
          return g_steal_pointer (&current);
        }

      n = readlink (current, buffer, sizeof buffer - 1);
      if (n < 0)
        {
          set_errno_error (error, errno);
          return NULL;
        }
      buffer[n] = '\0';
      if (g_path_is_absolute (buffer))
        target = g_strdup (buffer);
      else
        {
          dir = g_path_get_dirname (current);
          target = g_build_filename (dir, buffer, NULL);
        }
      g_free (current);
      current = g_steal_pointer (&target);
    }

  return set_errno_error (error, ELOOP), NULL;
}

char *
limber_safe_file_resolve (const char  *path,
                          GError     **error)
{
  struct stat st;
  gboolean exists;
  char *real;

  g_return_val_if_fail (path != NULL, NULL);

  real = resolve (path, &st, &exists, error);
  if (real == NULL)
    g_prefix_error (error, _("Cannot follow the link “%s”: "), path);
  return real;
}

/* Writing ------------------------------------------------------------------ */

static gboolean
write_replace (const char   *target,
               const char   *data,
               gsize         length,
               const struct stat *existing,
               int           new_mode,
               GError      **error)
{
  g_autofree char *tmp_path = g_strconcat (target, ".XXXXXX", NULL);
  g_autofree char *dir = g_path_get_dirname (target);
  int fd, saved_errno;

  fd = g_mkstemp_full (tmp_path, O_RDWR | O_CLOEXEC, existing ? 0600 : new_mode);
  if (fd < 0)
    return set_errno_error (error, errno);

  if (existing != NULL)
    {
      /* Keep the file's permissions (and its owner, when we may). */
      if (fchmod (fd, existing->st_mode & 07777) != 0)
        g_debug ("Cannot keep the permissions of %s: %s", target, g_strerror (errno));
      if ((existing->st_uid != geteuid () || existing->st_gid != getegid ()) &&
          fchown (fd, existing->st_uid, existing->st_gid) != 0)
        g_debug ("Cannot keep the owner of %s: %s", target, g_strerror (errno));
    }

  if (!limber_safe_file_write_all (fd, data, length) || fsync (fd) != 0)
    {
      saved_errno = errno;
      close (fd);
      g_unlink (tmp_path);
      return set_errno_error (error, saved_errno);
    }
  if (close (fd) != 0 || g_rename (tmp_path, target) != 0)
    {
      saved_errno = errno;
      g_unlink (tmp_path);
      return set_errno_error (error, saved_errno);
    }

  limber_safe_file_fsync_dir (dir);
  return TRUE;
}

gboolean
limber_safe_file_write_raw (const char  *path,
                            const char  *data,
                            gsize        length,
                            int          new_mode,
                            GError     **error)
{
  g_autofree char *target = NULL;
  g_autoptr(GError) local_error = NULL;
  struct stat st;
  gboolean exists = FALSE;
  gboolean linked;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  target = resolve (path, &st, &exists, error);
  if (target == NULL)
    return FALSE;
  linked = !g_str_equal (target, path);

  if (exists && !S_ISREG (st.st_mode))
    {
      if (linked)
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                     /* Translators: the link's target, then what it is, as in
                      * "it links to “/dev/null”: it is a character device, not a regular file" */
                     _("it links to “%s”: %s"), target, limber_safe_file_describe_type (st.st_mode));
      else
        g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE, limber_safe_file_describe_type (st.st_mode));
      return FALSE;
    }

  if (!exists && linked)
    {
      g_autofree char *dir = g_path_get_dirname (target);

      if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                       /* Translators: the link's target, then the folder it would be in */
                       _("it is a link to “%s”, and the folder “%s” does not exist"), target, dir);
          return FALSE;
        }
    }

  if (!write_replace (target, data, length, exists ? &st : NULL, new_mode, &local_error))
    {
      if (linked)
        g_set_error (error, G_IO_ERROR, local_error->code,
                     /* Translators: the link's target, then why it could not be written */
                     _("“%s”, where the link points: %s"), target, local_error->message);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

gboolean
limber_safe_file_write_full (const char  *path,
                             const char  *data,
                             gsize        length,
                             int          new_mode,
                             GError     **error)
{
  g_return_val_if_fail (path != NULL, FALSE);

  if (limber_safe_file_write_raw (path, data, length, new_mode, error))
    return TRUE;
  /* Translators: %s is the file's path; the reason follows */
  g_prefix_error (error, _("Cannot save “%s”: "), path);
  return FALSE;
}

gboolean
limber_safe_file_write (const char  *path,
                        const char  *data,
                        gsize        length,
                        GError     **error)
{
  return limber_safe_file_write_full (path, data, length, 0644, error);
}

/* A descriptor the person named: "-", /dev/stdout, /dev/stderr, /dev/fd/N or
 * /proc/self/fd/N. -1 when @path is none of these. */
static int
named_descriptor (const char *path)
{
  const char *number = NULL;
  char *end = NULL;
  guint64 fd;

  if (g_str_equal (path, "-") || g_str_equal (path, "/dev/stdout"))
    return STDOUT_FILENO;
  if (g_str_equal (path, "/dev/stderr"))
    return STDERR_FILENO;
  if (g_str_has_prefix (path, "/dev/fd/"))
    number = path + strlen ("/dev/fd/");
  else if (g_str_has_prefix (path, "/proc/self/fd/"))
    number = path + strlen ("/proc/self/fd/");
  if (number == NULL || !g_ascii_isdigit (number[0]))
    return -1;

  fd = g_ascii_strtoull (number, &end, 10);
  if (*end != '\0' || fd > G_MAXINT)
    return -1;
  return (int) fd;
}

static gboolean
set_write_error (GError     **error,
                 const char  *path,
                 int          saved_errno)
{
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               /* Translators: %s is the path, e.g. "/dev/stdout", then the reason */
               _("Cannot write to “%s”: %s"), path, g_strerror (saved_errno));
  return FALSE;
}

gboolean
limber_safe_file_write_stream (const char  *path,
                               const char  *data,
                               gsize        length,
                               int          new_mode,
                               GError     **error)
{
  struct stat st;
  int fd, saved_errno;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  fd = named_descriptor (path);
  if (fd >= 0)
    return (fcntl (fd, F_GETFD) != -1 && limber_safe_file_write_all (fd, data, length)) ||
           set_write_error (error, path, errno);

  if (stat (path, &st) != 0 || !(S_ISFIFO (st.st_mode) || S_ISCHR (st.st_mode)))
    return limber_safe_file_write_full (path, data, length, new_mode, error);

  /* A pipe (>(gzip > h.csv.gz)) or a device (/dev/full): write into it, as a
   * shell's > would. Opening a pipe waits for its reader. */
  do
    fd = g_open (path, O_WRONLY | O_CLOEXEC | O_NOCTTY, 0);
  while (fd < 0 && errno == EINTR);
  if (fd < 0 || !limber_safe_file_write_all (fd, data, length))
    {
      saved_errno = errno;
      if (fd >= 0)
        close (fd);
      return set_write_error (error, path, saved_errno);
    }
  return close (fd) == 0 || set_write_error (error, path, errno);
}

/* Reading ------------------------------------------------------------------ */

/* Why @path could not be opened: a socket or a dangling link says so. */
static void
set_open_error (const char  *path,
                int          saved_errno,
                GError     **error)
{
  struct stat st;

  if (stat (path, &st) == 0 && !S_ISREG (st.st_mode) && !S_ISDIR (st.st_mode))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE, limber_safe_file_describe_type (st.st_mode));
      return;
    }
  if (saved_errno == ENOENT && lstat (path, &st) == 0 && S_ISLNK (st.st_mode))
    {
      g_autofree char *target = g_file_read_link (path, NULL);

      if (target != NULL)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                       /* Translators: %s is where the link points */
                       _("it is a link to “%s”, which does not exist"), target);
          return;
        }
    }
  set_errno_error (error, saved_errno);
}

gboolean
limber_safe_file_read_raw (const char  *path,
                           gsize        max_size,
                           gboolean     allow_streams,
                           char       **contents,
                           gsize       *length,
                           goffset     *size_found,
                           GError     **error)
{
  g_autofree char *buffer = NULL;
  gsize allocated, n_read = 0;
  struct stat st;
  gboolean regular;
  int fd, saved_errno;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (contents != NULL, FALSE);
  g_return_val_if_fail (max_size < G_MAXSIZE - 1, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (size_found != NULL)
    *size_found = -1;

  /* O_NONBLOCK: opening a named pipe without a writer returns at once. */
  fd = g_open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY, 0);
  if (fd < 0)
    {
      set_open_error (path, errno, error);
      return FALSE;
    }

  if (fstat (fd, &st) != 0)
    {
      saved_errno = errno;
      close (fd);
      return set_errno_error (error, saved_errno);
    }

  regular = S_ISREG (st.st_mode);
  if (!regular && !(allow_streams && (S_ISFIFO (st.st_mode) || S_ISCHR (st.st_mode))))
    {
      close (fd);
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE, limber_safe_file_describe_type (st.st_mode));
      return FALSE;
    }

  if (regular && st.st_size >= 0 && (guint64) st.st_size > max_size)
    {
      close (fd);
      if (size_found != NULL)
        *size_found = st.st_size;
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE,
                   /* Translators: %lu is a number of bytes */
                   _("it is larger than %lu bytes"), (unsigned long) max_size);
      return FALSE;
    }

  if (!regular)
    {
      /* The person piped something in: wait for it. */
      int flags = fcntl (fd, F_GETFL);

      if (flags != -1)
        fcntl (fd, F_SETFL, flags & ~O_NONBLOCK);
    }

  /* For the size said (and one byte more, to see a file that grew), not
   * @max_size for every small file. */
  allocated = regular ? MIN ((gsize) st.st_size, max_size) + 2 : MIN (max_size, 65536) + 2;
  buffer = g_malloc (allocated);
  for (;;)
    {
      gssize n;

      if (n_read + 1 == allocated)
        {
          if (n_read > max_size)
            break;
          allocated = MIN (allocated * 2, max_size + 2);
          buffer = g_realloc (buffer, allocated);
        }

      n = read (fd, buffer + n_read, allocated - 1 - n_read);
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          saved_errno = errno;
          close (fd);
          return set_errno_error (error, saved_errno);
        }
      if (n == 0)
        break;
      n_read += (gsize) n;
    }
  close (fd);

  if (n_read > max_size)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE,
                   _("it is larger than %lu bytes"), (unsigned long) max_size);
      return FALSE;
    }

  buffer[n_read] = '\0';
  if (length != NULL)
    *length = n_read;
  *contents = g_steal_pointer (&buffer);
  return TRUE;
}

gboolean
limber_safe_file_read (const char  *path,
                       gsize        max_size,
                       char       **contents,
                       gsize       *length,
                       GError     **error)
{
  g_return_val_if_fail (path != NULL, FALSE);

  if (limber_safe_file_read_raw (path, max_size, FALSE, contents, length, NULL, error))
    return TRUE;
  /* Translators: %s is the file's path; the reason follows */
  g_prefix_error (error, _("Cannot read “%s”: "), path);
  return FALSE;
}
