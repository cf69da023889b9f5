/* limber-finished-page.h: the summary after a session
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "limber-session.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_FINISHED_PAGE (limber_finished_page_get_type ())

G_DECLARE_FINAL_TYPE (LimberFinishedPage, limber_finished_page, LIMBER, FINISHED_PAGE, AdwBin)

/* Summarises @session (finished or stopped). "Again" activates win.again,
 * "Done" win.back. */
void        limber_finished_page_set_session     (LimberFinishedPage *self,
                                                  LimberSession      *session);
/* The summary line shown ("12:30 of exercise · 6 of 6 exercises done"). */
const char *limber_finished_page_get_summary     (LimberFinishedPage *self);

G_END_DECLS
