/* limber-library.h: every routine a person can run
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "limber-routine.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_LIBRARY (limber_library_get_type ())

G_DECLARE_FINAL_TYPE (LimberLibrary, limber_library, LIMBER, LIBRARY, GObject)

/*
 * The library is a GListModel of LimberRoutine, sorted by title: the bundled
 * routines (compiled in as resources) and the person's own, one file each in
 * the user folder ($XDG_DATA_HOME/limber/routines). A user routine with a
 * bundled id overrides the bundled one. Files that fail to load are listed
 * separately, as LimberFileProblem items; the library never changes or
 * deletes a file it could not load.
 */
LimberLibrary *limber_library_new             (GFile               *user_dir);
/* The folder of the person's routines ($XDG_DATA_HOME/limber/routines). */
GFile         *limber_library_default_dir     (void);
GFile         *limber_library_get_user_dir    (LimberLibrary       *self);
/* Files that could not be loaded: a GListModel of LimberFileProblem. */
GListModel    *limber_library_get_problems    (LimberLibrary       *self);

/* (Re)loads everything. Fails only when the user folder exists but cannot be
 * read; bad files are problems, not errors. */
gboolean       limber_library_load            (LimberLibrary       *self,
                                               GCancellable        *cancellable,
                                               GError             **error);
/* The same, reading and parsing in a worker thread. */
void           limber_library_load_async      (LimberLibrary       *self,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
gboolean       limber_library_load_finish     (LimberLibrary       *self,
                                               GAsyncResult        *result,
                                               GError             **error);

/* Borrowed; NULL when no routine has @id. */
LimberRoutine *limber_library_lookup          (LimberLibrary       *self,
                                               const char          *id);
/* The bundled routine with @id even when a user routine overrides it; NULL if none. */
LimberRoutine *limber_library_lookup_bundled  (LimberLibrary       *self,
                                               const char          *id);

G_END_DECLS
