/* limber-finished-page.h: the summary after a session
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "limber-history-record.h"
#include "limber-pain-scale.h"
#include "limber-progress-rules.h"
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

/* The record of the session, whose questions the page asks (how the back
 * feels, how hard it was, a note; all optional); NULL hides them (a
 * session that did no work). Clears the answers. */
void        limber_finished_page_set_record      (LimberFinishedPage  *self,
                                                  LimberHistoryRecord *record);
LimberHistoryRecord *limber_finished_page_get_record (LimberFinishedPage *self);
/* Sets the answers given on the record, the suggestion shown last and its
 * response among them; TRUE when that changed it (then they need saving). */
gboolean    limber_finished_page_apply_answers   (LimberFinishedPage  *self);

/* The answers as given now, not yet applied to the record; the signal
 * "answers-changed" tells when they change. */
int          limber_finished_page_get_pain_answer   (LimberFinishedPage *self);
LimberEffort limber_finished_page_get_effort_answer (LimberFinishedPage *self);

/* Shows @suggestion (NULL or NONE: none) as a card with its reason. A step
 * up or down has Accept (signal "suggestion-accepted" with the level) and
 * Dismiss; stop for today and get it checked only OK, and the warning signs.
 * Any of them closes the card (signal "suggestion-closed": the response is
 * an answer to save). Once the card is closed, nothing more is shown for
 * the record. */
void         limber_finished_page_set_suggestion    (LimberFinishedPage     *self,
                                                     const LimberSuggestion *suggestion);
/* For tests: the kind shown (NONE when hidden), the card's text (title,
 * reason, warning, one a line), its buttons "accept", "dismiss", "ok". */
LimberSuggestionKind limber_finished_page_get_suggestion_kind (LimberFinishedPage *self);
char        *limber_finished_page_dup_suggestion_text (LimberFinishedPage *self);
GtkButton   *limber_finished_page_get_suggestion_button (LimberFinishedPage *self,
                                                         const char         *name);

/* The controls, for tests. */
LimberPainScale *limber_finished_page_get_pain_scale   (LimberFinishedPage *self);
GtkToggleButton *limber_finished_page_get_effort_button (LimberFinishedPage *self,
                                                         LimberEffort        effort);
GtkEditable     *limber_finished_page_get_note_entry   (LimberFinishedPage *self);

G_END_DECLS
