/* limber-safe-file-private.h: the safe-file functions for callers that word
 * their own messages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sys/types.h>

#include "limber-safe-file.h"

G_BEGIN_DECLS

/* As limber_safe_file_write_full(), but the message is only the reason
 * ("No space left on device", "it is a named pipe (FIFO), not a regular
 * file"), for a caller that names the file its own way. */
gboolean limber_safe_file_write_raw (const char  *path,
                                     const char  *data,
                                     gsize        length,
                                     int          new_mode,
                                     GError     **error);

/* As limber_safe_file_read(), the message only the reason. With
 * @allow_streams a named pipe or a character device is read to its end
 * (blocking: `limber --validate /dev/stdin`), still at most @max_size
 * bytes. G_IO_ERROR_MESSAGE_TOO_LARGE for a file over @max_size, with
 * @size_found its size when it was known before reading, else -1. */
gboolean limber_safe_file_read_raw  (const char  *path,
                                     gsize        max_size,
                                     gboolean     allow_streams,
                                     char       **contents,
                                     gsize       *length,
                                     goffset     *size_found,
                                     GError     **error);

/* "it is a named pipe (FIFO), not a regular file", and so on. */
const char *limber_safe_file_describe_type (mode_t mode);

/* write(2) until all of @data is written, again after EINTR. FALSE with
 * errno set on failure. */
gboolean    limber_safe_file_write_all     (int         fd,
                                            const char *data,
                                            gsize       length);
/* fsync(2) the folder @dir, so that a file created or renamed in it stays. */
void        limber_safe_file_fsync_dir     (const char *dir);

G_END_DECLS
