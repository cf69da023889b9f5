/* limber-bench.h: what the benchmarks (tests/bench-*.c) share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Writes a history of @n sessions to @path: 8 hours apart from @base, four
 * exercises each, a third with pain and effort answers. */
void limber_bench_write_history (const char *path,
                                 guint       n,
                                 GDateTime  *base);

/* A field of /proc/self/status ("VmRSS:", "VmHWM:") in KiB; -1 when unknown. */
long limber_bench_status_kib    (const char *field);

/* Orders gint64s, for qsort () and g_array_sort (). */
int  limber_bench_compare_gint64 (gconstpointer a,
                                  gconstpointer b);

G_END_DECLS
