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

/* Borrowed; NULL when no routine has @id. */
LimberRoutine *limber_library_lookup          (LimberLibrary       *self,
                                               const char          *id);

/* Changing the library ------------------------------------------------------
 *
 * Every write goes to the user folder, which is created (0700) when needed.
 * A file's name always comes from a routine id that passed validation
 * (^[a-z0-9][a-z0-9-]{0,63}$), so no write can leave the folder. Saves are
 * atomic and durable (limber_routine_save_file()). The model changes as soon
 * as a write succeeds; the reload that the folder monitor triggers for the
 * library's own writes finds nothing new and emits nothing.
 *
 * A file in the folder that does not load (a problem) is never overwritten or
 * removed by these functions: they fail with LIMBER_ROUTINE_ERROR_EXISTS.
 */

/**
 * LimberImportChoice:
 * @LIMBER_IMPORT_ASK: fail with LIMBER_ROUTINE_ERROR_EXISTS when the id is taken
 * @LIMBER_IMPORT_REPLACE: the imported routine replaces the one with its id
 *   (for a bundled id, it becomes the person's copy that overrides it)
 * @LIMBER_IMPORT_KEEP_BOTH: the imported routine gets a fresh id ("<id>-2")
 */
typedef enum {
  LIMBER_IMPORT_ASK,
  LIMBER_IMPORT_REPLACE,
  LIMBER_IMPORT_KEEP_BOTH,
} LimberImportChoice;

/* An id made from @base (an id or a title: "Hip Flexors" → "hip-flexors")
 * that no routine, bundled routine, file or pending deletion uses:
 * "my-routine", else "my-routine-2", "my-routine-3", ... Always a valid id. */
char          *limber_library_unique_id       (LimberLibrary       *self,
                                               const char          *base);

/* Validates @routine (refusing an invalid one with the first problem, as
 * "title: is required"), writes <id>.json (or the user file that already
 * holds that id) and puts a copy in the model, with origin USER and its path.
 * Saving a bundled id makes the person's copy that overrides it.
 * Returns (a new reference to) the routine now in the model. */
LimberRoutine *limber_library_save            (LimberLibrary       *self,
                                               LimberRoutine       *routine,
                                               GCancellable        *cancellable,
                                               GError             **error);
/* The same; the file is written in a worker thread. @routine is copied at
 * the call, so it may change while the save runs. */
void           limber_library_save_async      (LimberLibrary       *self,
                                               LimberRoutine       *routine,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
LimberRoutine *limber_library_save_finish     (LimberLibrary       *self,
                                               GAsyncResult        *result,
                                               GError             **error);

/* A copy of the routine with @id under a fresh id, titled "Copy of <title>",
 * saved. Returns (a new reference to) the new routine in the model. */
LimberRoutine *limber_library_duplicate       (LimberLibrary       *self,
                                               const char          *id,
                                               GCancellable        *cancellable,
                                               GError             **error);

/* Deleting with undo. The routine leaves the model at once (a bundled one
 * with the same id shows again); its file is renamed to ".<name>.deleted" in
 * the same folder, so nothing is lost before the person's last word (and a
 * crash leaves that hidden file, which the library ignores). Then either
 * commit (removes the hidden file) or undo (renames it back, byte for byte,
 * and the routine returns). Only user routines can be deleted. */
gboolean       limber_library_delete          (LimberLibrary       *self,
                                               const char          *id,
                                               GError             **error);
gboolean       limber_library_commit_delete   (LimberLibrary       *self,
                                               const char          *id,
                                               GError             **error);
gboolean       limber_library_undo_delete     (LimberLibrary       *self,
                                               const char          *id,
                                               GError             **error);
/* TRUE while a deletion of @id waits for commit or undo. */
gboolean       limber_library_is_delete_pending (LimberLibrary     *self,
                                                 const char        *id);
/* Commits every pending deletion (when the window closes). */
void           limber_library_commit_all      (LimberLibrary       *self);

/* TRUE when @id is the person's copy of a bundled routine. */
gboolean       limber_library_can_restore_default (LimberLibrary   *self,
                                                   const char      *id);
/* Deletes the person's copy of a bundled routine so that the bundled one
 * shows again; commit or undo it like limber_library_delete(). */
gboolean       limber_library_restore_default (LimberLibrary       *self,
                                               const char          *id,
                                               GError             **error);

/* Loads @file with the loader (nothing is written when it fails: the error
 * is the loader's, naming the file). When its id is taken: with
 * LIMBER_IMPORT_ASK fails with LIMBER_ROUTINE_ERROR_EXISTS, else does as
 * @choice says. Returns (a new reference to) the routine in the model.
 * Reads and writes in worker threads. */
void           limber_library_import_async    (LimberLibrary       *self,
                                               GFile               *file,
                                               LimberImportChoice   choice,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
LimberRoutine *limber_library_import_finish   (LimberLibrary       *self,
                                               GAsyncResult        *result,
                                               GError             **error);

/* Writes @routine's canonical JSON (exactly what the library saves) to
 * @file, anywhere, atomically, in a worker thread. */
void           limber_library_export_async    (LimberRoutine       *routine,
                                               GFile               *file,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
gboolean       limber_library_export_finish   (GAsyncResult        *result,
                                               GError             **error);

/* Watching the user folder: changes made by other programs (a text editor)
 * reload the library after 200 ms of quiet. A file that turns invalid moves
 * from the model to the problems. Creates the folder (0700) if missing. */
gboolean       limber_library_watch           (LimberLibrary       *self,
                                               GError             **error);

G_END_DECLS
