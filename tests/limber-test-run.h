/* limber-test-run.h: running the real program from a test
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  char *out;
  char *err;
  int status;
} LimberTestRun;

void limber_test_run_clear (LimberTestRun *run);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (LimberTestRun, limber_test_run_clear)

/* Runs $LIMBER_BIN with @args in an environment of its own: no display, the
 * test's (isolated) XDG data folder, the C locale. Asserts that it exited
 * normally; fills @run with its output and exit status. */
void limber_test_run (LimberTestRun      *run,
                      const char * const *args);

/* The same, with @input on standard input (NULL: nothing, at its end) and,
 * when @stdout_fd is not -1, standard output sent to that descriptor
 * (run->out is then empty). */
void limber_test_run_full (LimberTestRun      *run,
                           const char * const *args,
                           const char         *input,
                           int                 stdout_fd);

G_END_DECLS
