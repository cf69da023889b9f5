/* limber-program-path.h: where Limber's other program is
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * The path of Limber's program @name: in $LIMBER_PROGRAM_DIR when that is
 * set (the tests point it at the build tree's app/), else next to the
 * running program when it is there (a run from the build tree, where both
 * are built in app/), otherwise in @installed_dir (BINDIR or LIBEXECDIR of
 * config.h).
 */
char *limber_program_path (const char *name,
                           const char *installed_dir);

G_END_DECLS
