/* limber-file-problem.h: a file that could not be loaded, and why
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define LIMBER_TYPE_FILE_PROBLEM (limber_file_problem_get_type ())

G_DECLARE_FINAL_TYPE (LimberFileProblem, limber_file_problem, LIMBER, FILE_PROBLEM, GObject)

/* @path: the file; @message: the loader's message, one line per problem. */
LimberFileProblem *limber_file_problem_new         (const char        *path,
                                                    const char        *message);
const char        *limber_file_problem_get_path    (LimberFileProblem *self);
const char        *limber_file_problem_get_message (LimberFileProblem *self);

G_END_DECLS
