/* limber-library-page.h: every routine, searchable, and the files that failed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "limber-first-run-card.h"

#include "limber-routine.h"

G_BEGIN_DECLS

#define LIMBER_TYPE_LIBRARY_PAGE (limber_library_page_get_type ())

G_DECLARE_FINAL_TYPE (LimberLibraryPage, limber_library_page, LIMBER, LIBRARY_PAGE, AdwBin)

/*
 * Signals:
 * - "routine-activated" (LimberRoutine *routine): a row was activated.
 */

/* @routines: a GListModel of LimberRoutine; @problems: of LimberFileProblem. */
void        limber_library_page_set_models      (LimberLibraryPage *self,
                                                 GListModel        *routines,
                                                 GListModel        *problems);
/* The routines that match the search, as shown. */
GListModel *limber_library_page_get_shown       (LimberLibraryPage *self);
void        limber_library_page_set_search_text (LimberLibraryPage *self,
                                                 const char        *text);
/* Opens the search bar and focuses its entry. */
void        limber_library_page_start_search    (LimberLibraryPage *self);
/* The problems' messages, one per line; "" when there are none. */
char       *limber_library_page_dup_problems_text (LimberLibraryPage *self);
/* The first run's card follows @settings (reminders-offered). */
void        limber_library_page_set_settings    (LimberLibraryPage *self,
                                                 GSettings         *settings);
LimberFirstRunCard *limber_library_page_get_first_run_card (LimberLibraryPage *self);
/* The window header's end buttons are shown when the page is alone. */
void        limber_library_page_set_show_end_title_buttons (LimberLibraryPage *self,
                                                            gboolean           show);

/* The break reminders' line under the header ("Sitting for 18 min · 4
 * breaks today"); NULL hides it. */
void        limber_library_page_set_sitting_text (LimberLibraryPage *self,
                                                  const char        *text);
const char *limber_library_page_get_sitting_text (LimberLibraryPage *self);

G_END_DECLS
