/* limber-safe-file.h: writing and reading files that may be links, pipes or devices
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/*
 * Every writer in Limber goes through limber_safe_file_write():
 *
 * - A symbolic link is followed to the real file (chains and relative links
 *   too): the link stays a link, and its target gets the new contents.
 * - A regular file, or a path that does not exist yet, is written to a
 *   temporary file "<target>.XXXXXX" in the target's own folder, fsynced,
 *   renamed over the target, and the folder is fsynced: the target holds the
 *   old contents or the new ones, never a part. An existing file keeps its
 *   permissions.
 * - A dangling link gets its target created when the target's folder exists,
 *   and a message naming both when it does not.
 * - Anything else (a device, a named pipe, a socket, a folder) is refused
 *   with a message naming the path and what it is.
 *
 * Errors are in G_IO_ERROR; messages start with "Cannot save “PATH”: " or
 * "Cannot read “PATH”: " and say why. All functions are thread-safe and
 * touch no global state: call them from a GTask worker.
 */

/* Writes with permissions 0644 (less the umask) when the file is new. */
gboolean  limber_safe_file_write        (const char  *path,
                                         const char  *data,
                                         gsize        length,
                                         GError     **error);
/* The same, with @new_mode for a file that does not exist yet (0600 for
 * private data such as the history). */
gboolean  limber_safe_file_write_full   (const char  *path,
                                         const char  *data,
                                         gsize        length,
                                         int          new_mode,
                                         GError     **error);

/* Reads a regular file (after following links) of at most @max_size bytes.
 * Never blocks: a named pipe, a device or a socket is refused ("… not a
 * regular file"), the size is checked before reading
 * (G_IO_ERROR_MESSAGE_TOO_LARGE), and so is what was read, should the file
 * have grown meanwhile. @contents is NUL-terminated. */
gboolean  limber_safe_file_read         (const char  *path,
                                         gsize        max_size,
                                         char       **contents,
                                         gsize       *length,
                                         GError     **error);

/* For the command line only, where the person names the output: "-",
 * "/dev/stdout", "/dev/stderr" and "/dev/fd/N" write to that descriptor as
 * it is (a pipe, or a file the shell opened with > or >>); a named pipe or a
 * character device is opened and written with plain writes (blocking until
 * a reader comes, as a shell redirection does); anything else goes through
 * limber_safe_file_write_full() with @new_mode. Nothing is ever renamed over
 * a pipe, a device or a descriptor. */
gboolean  limber_safe_file_write_stream (const char  *path,
                                         const char  *data,
                                         gsize        length,
                                         int          new_mode,
                                         GError     **error);

/* The real file @path stands for: links followed (chains and relative
 * links), the path itself when it is no link. The result may not exist (a
 * dangling link). NULL with an error for a loop of links. */
char     *limber_safe_file_resolve      (const char  *path,
                                         GError     **error);

G_END_DECLS
