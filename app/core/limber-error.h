/* limber-error.h: error domains of the Limber core
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define LIMBER_ROUTINE_ERROR (limber_routine_error_quark ())

/**
 * LimberRoutineError:
 * @LIMBER_ROUTINE_ERROR_TOO_LARGE: the file is larger than 1 MiB
 * @LIMBER_ROUTINE_ERROR_ENCODING: the file is not valid UTF-8
 * @LIMBER_ROUTINE_ERROR_SYNTAX: the file is not valid JSON
 * @LIMBER_ROUTINE_ERROR_NEWER_VERSION: the file was made by a newer Limber
 * @LIMBER_ROUTINE_ERROR_INVALID: the file breaks a rule of the format
 * @LIMBER_ROUTINE_ERROR_IO: the file could not be read or written
 * @LIMBER_ROUTINE_ERROR_NOT_FOUND: no routine with that id
 * @LIMBER_ROUTINE_ERROR_EXISTS: a routine with that id exists already
 *
 * Every message of this domain starts with the file's name (when there is
 * one) and says where and what, as the format's "Rules for bad input" ask.
 */
typedef enum {
  LIMBER_ROUTINE_ERROR_TOO_LARGE = 1,
  LIMBER_ROUTINE_ERROR_ENCODING,
  LIMBER_ROUTINE_ERROR_SYNTAX,
  LIMBER_ROUTINE_ERROR_NEWER_VERSION,
  LIMBER_ROUTINE_ERROR_INVALID,
  LIMBER_ROUTINE_ERROR_IO,
  LIMBER_ROUTINE_ERROR_NOT_FOUND,
  LIMBER_ROUTINE_ERROR_EXISTS,
} LimberRoutineError;

GQuark limber_routine_error_quark (void);

#define LIMBER_HISTORY_ERROR (limber_history_error_quark ())

/**
 * LimberHistoryError:
 * @LIMBER_HISTORY_ERROR_IO: the history file could not be read or written
 * @LIMBER_HISTORY_ERROR_READ_ONLY: the file was written by a newer Limber;
 *   it is read but never changed
 * @LIMBER_HISTORY_ERROR_DAMAGED: a line of the file is not a valid record
 * @LIMBER_HISTORY_ERROR_NOT_FOUND: no such session in the history
 * @LIMBER_HISTORY_ERROR_INVALID_ARGUMENT: a bad value from the caller
 *   (e.g. an unknown export format)
 *
 * Messages start with the file's name when there is one.
 */
typedef enum {
  LIMBER_HISTORY_ERROR_IO = 1,
  LIMBER_HISTORY_ERROR_READ_ONLY,
  LIMBER_HISTORY_ERROR_DAMAGED,
  LIMBER_HISTORY_ERROR_NOT_FOUND,
  LIMBER_HISTORY_ERROR_INVALID_ARGUMENT,
} LimberHistoryError;

GQuark limber_history_error_quark (void);

G_END_DECLS
