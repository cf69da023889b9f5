/* limber-window-private.h: the window's insides, shared by limber-window.c
 * and limber-window-actions.c, and what the tests look at
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "limber-clock.h"
#include "limber-cue-player.h"
#include "limber-editor-window.h"
#include "limber-finished-page.h"
#include "limber-history-page.h"
#include "limber-history-recorder.h"
#include "limber-sitting-status.h"
#include "limber-library-page.h"
#include "limber-player-page-private.h"
#include "limber-routine-page.h"
#include "limber-routine-preview.h"
#include "limber-session.h"
#include "limber-sleep-monitor.h"
#include "limber-window.h"

G_BEGIN_DECLS

/* What the window shows. */
typedef enum
{
  LIMBER_WINDOW_PAGE_LIBRARY,
  LIMBER_WINDOW_PAGE_ROUTINE,
  LIMBER_WINDOW_PAGE_PLAYER,
  LIMBER_WINDOW_PAGE_FINISHED,
  LIMBER_WINDOW_PAGE_HISTORY,
} LimberWindowPage;

struct _LimberWindow
{
  AdwApplicationWindow parent_instance;

  GSettings *settings;
  LimberLibrary *library;
  LimberClock *clock;
  LimberCuePlayer *cue_player;
  LimberSpeaker *speaker;      /* the voice, or NULL (built without) */
  LimberSleepMonitor *sleep_monitor;
  LimberRoutine *routine;      /* shown on the routine page, or running */
  LimberSession *session;      /* running, or the last one */
  guint inhibit_cookie;
  gboolean close_confirmed;
  gboolean sound_available;
  guint disabled_actions;      /* bits of limber-window-actions.c's table */
  GtkWindow *stop_dialog;      /* weak */
  GtkWindow *pain_dialog;      /* weak */
  LimberHistory *history;
  LimberHistoryRecorder *recorder;  /* the session's start, pain before, record */
  gboolean easy_day_next;      /* the next start is an easy day */
  int session_level;           /* the level the session runs (or ran) at */
  gboolean session_easy_day;   /* … one below the routine's level, for once */
  LimberSittingStatus *sitting_status;  /* the library page's break reminders line */

  /* The library commands: new, edit, delete, import … */
  GCancellable *cancellable;
  LimberEditorWindow *editor_window;  /* weak */
  AdwMessageDialog *dialog;       /* weak: an import clash or errors */
  AdwToast *toast;                /* weak: the last toast of a command */
  GtkNativeDialog *chooser;
  GQueue import_queue;            /* GFile, waiting */
  GFile *importing;
  GString *import_errors;
  guint n_imported;
  GFile *exporting;
  GQueue preview_queue;           /* GFile, opened from outside, waiting */
  LimberRoutinePreview *preview;  /* weak: the file previewed now */

  /* The template */
  AdwToastOverlay *toast_overlay;
  GtkStack *main_stack;
  AdwLeaflet *leaflet;
  LimberLibraryPage *library_page;
  LimberRoutinePage *routine_page;
  GtkRevealer *reminder_revealer;
  GtkLabel *reminder_title_label;
  GtkLabel *reminder_body_label;
  GtkButton *reminder_start_button;
  GtkButton *reminder_snooze_button;
  GtkButton *reminder_skip_button;

  /* Made the first time they are shown (a start needs none of them) */
  LimberPlayerPage *player_page;
  LimberFinishedPage *finished_page;
  LimberHistoryPage *history_page;
};

/* limber-window.c, for the actions */
LimberWindowPage    limber_window_get_visible_page  (LimberWindow   *self);
gboolean            limber_window_session_is_live   (LimberWindow   *self);
void                limber_window_show_page         (LimberWindow   *self,
                                                     LimberWindowPage page);
void                limber_window_ask_pain_then_start (LimberWindow *self);
void                limber_window_ask_stop          (LimberWindow   *self,
                                                     gboolean        closing);
void                limber_window_save_answers      (LimberWindow   *self);
void                limber_window_show_save_error   (LimberWindow   *self,
                                                     const char     *message);
void                limber_window_add_toast         (LimberWindow   *self,
                                                     AdwToast       *toast);
/* Shows @routine's page (NULL: no routine, back to the list). */
void                limber_window_show_routine      (LimberWindow   *self,
                                                     LimberRoutine  *routine);
/* Puts @routine (a new version of the one shown, or NULL when it is gone)
 * on the routine page without moving there. */
void                limber_window_replace_routine   (LimberWindow   *self,
                                                     LimberRoutine  *routine);

/* The level @routine_id is played at (the routine-levels setting; 0 when
 * not set), and setting it (0 removes the entry). */
int                 limber_window_get_routine_level (LimberWindow   *self,
                                                     const char     *routine_id);
void                limber_window_set_routine_level (LimberWindow   *self,
                                                     const char     *routine_id,
                                                     int             level);
/* Shows or hides the routine page's "get it checked" card, from the
 * history of the routine shown. */
void                limber_window_update_get_checked (LimberWindow  *self);

/* limber-window-actions.c */
void                limber_window_class_init_actions (GtkWidgetClass *widget_class);
void                limber_window_init_actions      (LimberWindow   *self);
void                limber_window_dispose_actions   (LimberWindow   *self);
/* Follows the library's changes (after the window has it). */
void                limber_window_watch_library     (LimberWindow   *self);
/* Enables each action where it applies now. */
void                limber_window_update_actions    (LimberWindow   *self);
/* Closing with unsaved changes in the editor asks there first: TRUE when
 * the editor was asked. */
gboolean            limber_window_ask_editor_first  (LimberWindow   *self);

/* For tests */
/* TRUE when the action @name ("start", "toggle-pause" …, without "win.")
 * is enabled. */
gboolean            limber_window_get_action_enabled (LimberWindow  *self,
                                                      const char    *name);
/* The clock the next session runs on (the real clock by default). */
void                limber_window_set_clock         (LimberWindow   *self,
                                                     LimberClock    *clock);
/* The history sessions are recorded in and the History page shows (the
 * application's by default). */
void                limber_window_set_history       (LimberWindow   *self,
                                                     LimberHistory  *history);
/* The speaker sessions speak through while "voice" is on (the
 * application's by default; NULL: none). */
void                limber_window_set_speaker       (LimberWindow   *self,
                                                     LimberSpeaker  *speaker);
/* The running (or last) session; NULL before the first start. */
LimberSession      *limber_window_get_session       (LimberWindow   *self);
LimberLibraryPage  *limber_window_get_library_page  (LimberWindow   *self);
LimberRoutinePage  *limber_window_get_routine_page  (LimberWindow   *self);
/* The pages made on first use: made by these calls if not yet. */
LimberPlayerPage   *limber_window_get_player_page   (LimberWindow   *self);
LimberFinishedPage *limber_window_get_finished_page (LimberWindow   *self);
LimberHistoryPage  *limber_window_get_history_page  (LimberWindow   *self);
/* The dialog asking to stop (Esc after a few seconds, or closing), or NULL. */
GtkWindow          *limber_window_get_stop_dialog   (LimberWindow   *self);
/* The dialog asking how the back feels before a start, or NULL. */
GtkWindow          *limber_window_get_pain_dialog   (LimberWindow   *self);
/* The open editor, the dialog asking something (an import clash or import
 * errors) and the last toast of a library command; each may be NULL. */
LimberEditorWindow *limber_window_get_editor_window (LimberWindow   *self);
AdwMessageDialog   *limber_window_get_dialog        (LimberWindow   *self);
AdwToast           *limber_window_get_toast         (LimberWindow   *self);
/* Imports @files one after the other (asking about clashes). */
void                limber_window_import_files      (LimberWindow   *self,
                                                     GListModel     *files);
/* Writes @routine's canonical JSON to @file. */
void                limber_window_export_to_file    (LimberWindow   *self,
                                                     LimberRoutine  *routine,
                                                     GFile          *file);
/* The preview of a file opened from outside, or NULL. */
LimberRoutinePreview *limber_window_get_preview     (LimberWindow   *self);
/* TRUE while an import or export runs or waits for an answer. */
gboolean            limber_window_get_busy          (LimberWindow   *self);

G_END_DECLS
