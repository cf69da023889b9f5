/* limber-library-private.h: synchronous loading, importing and exporting
 *
 * For the tests; the program does not use these.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "limber-library.h"

G_BEGIN_DECLS

/* The same, reading and parsing in a worker thread. */
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
