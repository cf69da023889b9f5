/* limber-library-private.h: the library's insides
 *
 * The fields and the calls that limber-library.c (the model, loading,
 * watching) and limber-library-edits.c (saving, deleting, importing,
 * exporting) share, and synchronous loading, importing and exporting for the
 * tests (the program does not use these).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "limber-library.h"

G_BEGIN_DECLS

struct _LimberLibrary
{
  GObject parent_instance;

  GFile *user_dir;
  GPtrArray *routines;    /* LimberRoutine, sorted by title */
  GHashTable *bundled;    /* id → LimberRoutine */
  GListStore *problems;   /* LimberFileProblem */

  GHashTable *pending;    /* id → PendingDelete */

  GFileMonitor *monitor;
  GCancellable *cancellable;
  guint reload_source;
  gint64 reload_first_request;
  gboolean reload_running;
  gboolean reload_again;
  /* Bumped by each write of the library: a reload that began before it may
   * have missed it, so its result is dropped and it runs again. */
  guint64 write_serial;
};

/* Puts @routine in the model in place of the one with its id, if any. */
void           limber_library_put_routine     (LimberLibrary       *self,
                                               LimberRoutine       *routine);
/* Takes the routine with @id out of the model; a bundled routine with that
 * id shows again. */
void           limber_library_take_out_routine (LimberLibrary      *self,
                                                const char         *id);
/* Creates the routines folder (0700) when it is missing. */
gboolean       limber_library_ensure_user_dir (GFile               *dir,
                                               GError             **error);
/* Frees a deletion waiting for commit or undo (the pending table's values). */
void           limber_library_pending_delete_free (gpointer         pending);

/* For the tests ----------------------------------------------------------- */

/* limber_library_load (), reading and parsing in a worker thread. */
void           limber_library_load_async      (LimberLibrary       *self,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
gboolean       limber_library_load_finish     (LimberLibrary       *self,
                                               GAsyncResult        *result,
                                               GError             **error);
/* The bundled routine with @id even when a user routine overrides it; NULL if none. */
LimberRoutine *limber_library_lookup_bundled  (LimberLibrary       *self,
                                               const char          *id);
/* As limber_library_import_async () and limber_library_export_async (),
 * in the calling thread. */
LimberRoutine *limber_library_import          (LimberLibrary       *self,
                                               GFile               *file,
                                               LimberImportChoice   choice,
                                               GCancellable        *cancellable,
                                               GError             **error);
gboolean       limber_library_export          (LimberRoutine       *routine,
                                               GFile               *file,
                                               GCancellable        *cancellable,
                                               GError             **error);

G_END_DECLS
