/* limber-sitting-model-private.h: what the tests look at
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "limber-sitting-model.h"

G_BEGIN_DECLS

/* The clock deadlines the model holds (0 or 1). */
guint limber_sitting_model_get_n_deadlines (LimberSittingModel *self);

G_END_DECLS
