/* limber-history-export-private.h: exporting given records
 *
 * For the tests; the program does not use these.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "limber-history-export.h"

G_BEGIN_DECLS

/* As limber_history_export (), of @records in their order. */
char     *limber_history_export_records    (LimberHistoryRecord * const *records,
                                            guint                        n_records,
                                            LimberExportFormat           format);

/* The same with the break lines: both oldest first, merged by time. */
char     *limber_history_export_all        (LimberHistoryRecord * const *records,
                                            guint                        n_records,
                                            LimberBreakEvent * const    *breaks,
                                            guint                        n_breaks,
                                            LimberExportFormat           format);

G_END_DECLS
