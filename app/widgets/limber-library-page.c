/* limber-library-page.c: every routine, searchable, and the files that failed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "limber-library-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "limber-file-problem.h"
#include "limber-first-run-card.h"
#include "limber-library-page.h"
#include "limber-menu-button-private.h"
#include "limber-routine-row.h"

struct _LimberLibraryPage
{
  AdwBin parent_instance;

  GListModel *problems;
  GtkFilterListModel *filtered;
  GtkCustomFilter *filter;
  char *search_key;  /* casefolded; NULL matches everything */

  AdwHeaderBar *header_bar;
  GtkMenuButton *menu_button;
  GMenuModel *primary_menu;
  GtkSearchBar *search_bar;
  GtkSearchEntry *search_entry;
  LimberFirstRunCard *first_run_card;
  LimberCheckinCard *checkin_card;
  GtkStack *stack;
  GtkListBox *routines_list;
  GtkWidget *problems_list;
  AdwActionRow *problems_row;
  GtkLabel *sitting_label;
};

G_DEFINE_FINAL_TYPE (LimberLibraryPage, limber_library_page, ADW_TYPE_BIN)

enum {
  ROUTINE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
contains_key (const char *text,
              const char *key)
{
  g_autofree char *folded = NULL;

  if (text == NULL || text[0] == '\0')
    return FALSE;
  folded = g_utf8_casefold (text, -1);
  return strstr (folded, key) != NULL;
}

static gboolean
match_routine (gpointer item,
               gpointer user_data)
{
  LimberLibraryPage *self = user_data;
  LimberRoutine *routine = item;
  const char * const *tags;
  guint n;

  if (self->search_key == NULL)
    return TRUE;

  if (contains_key (limber_routine_get_title (routine), self->search_key) ||
      contains_key (limber_routine_get_description (routine), self->search_key))
    return TRUE;

  tags = limber_routine_get_tags (routine);
  for (guint i = 0; tags[i] != NULL; i++)
    if (contains_key (tags[i], self->search_key))
      return TRUE;

  n = limber_routine_get_n_exercises (routine);
  for (guint i = 0; i < n; i++)
    if (contains_key (limber_exercise_get_name (limber_routine_get_exercise (routine, i)),
                      self->search_key))
      return TRUE;

  return FALSE;
}

static void
update_state (LimberLibraryPage *self)
{
  GListModel *all = gtk_filter_list_model_get_model (self->filtered);
  guint n_all = all != NULL ? g_list_model_get_n_items (all) : 0;
  guint n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  guint n_problems = self->problems != NULL ? g_list_model_get_n_items (self->problems) : 0;

  if (n_all == 0)
    gtk_stack_set_visible_child_name (self->stack, "empty");
  else if (n_shown == 0)
    gtk_stack_set_visible_child_name (self->stack, "no-results");
  else
    gtk_stack_set_visible_child_name (self->stack, "list");

  gtk_widget_set_visible (self->problems_list, n_problems > 0);
  if (n_problems > 0)
    {
      g_autofree char *title = g_strdup_printf (ngettext ("%u file could not be loaded",
                                                          "%u files could not be loaded",
                                                          n_problems),
                                                n_problems);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->problems_row), title);
    }
}

static void
on_items_changed (GListModel        *model,
                  guint              position,
                  guint              removed,
                  guint              added,
                  LimberLibraryPage *self)
{
  update_state (self);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  return limber_routine_row_new (LIMBER_ROUTINE (item));
}

static void
on_search_entry_search_changed (GtkSearchEntry    *entry,
                                LimberLibraryPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  g_clear_pointer (&self->search_key, g_free);
  if (stripped[0] != '\0')
    self->search_key = g_utf8_casefold (stripped, -1);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
on_search_entry_stop_search (GtkSearchEntry    *entry,
                             LimberLibraryPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
}

static void
on_routines_list_row_activated (GtkListBox        *list,
                                GtkListBoxRow     *row,
                                LimberLibraryPage *self)
{
  if (LIMBER_IS_ROUTINE_ROW (row))
    g_signal_emit (self, signals[ROUTINE_ACTIVATED], 0,
                   limber_routine_row_get_routine (LIMBER_ROUTINE_ROW (row)));
}

static void
on_problems_row_activated (AdwActionRow      *row,
                           LimberLibraryPage *self)
{
  g_autofree char *text = limber_library_page_dup_problems_text (self);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Routine Files That Could Not Be Loaded"), text);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
limber_library_page_dispose (GObject *object)
{
  LimberLibraryPage *self = LIMBER_LIBRARY_PAGE (object);

  if (self->filtered != NULL)
    g_signal_handlers_disconnect_by_data (self->filtered, self);
  if (self->problems != NULL)
    g_signal_handlers_disconnect_by_data (self->problems, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), LIMBER_TYPE_LIBRARY_PAGE);
  g_clear_object (&self->filtered);
  g_clear_object (&self->problems);
  g_clear_object (&self->filter);

  G_OBJECT_CLASS (limber_library_page_parent_class)->dispose (object);
}

static void
limber_library_page_finalize (GObject *object)
{
  LimberLibraryPage *self = LIMBER_LIBRARY_PAGE (object);

  g_free (self->search_key);

  G_OBJECT_CLASS (limber_library_page_parent_class)->finalize (object);
}

static void
limber_library_page_class_init (LimberLibraryPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = limber_library_page_dispose;
  object_class->finalize = limber_library_page_finalize;

  signals[ROUTINE_ACTIVATED] =
    g_signal_new ("routine-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, LIMBER_TYPE_ROUTINE);

  g_type_ensure (LIMBER_TYPE_FIRST_RUN_CARD);
  g_type_ensure (LIMBER_TYPE_CHECKIN_CARD);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/limber-library-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LimberLibraryPage, header_bar);
  gtk_widget_class_bind_template_child (widget_class, LimberLibraryPage, menu_button);
  gtk_widget_class_bind_template_child (widget_class, LimberLibraryPage, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, LimberLibraryPage, search_bar);
  gtk_widget_class_bind_template_child (widget_class, LimberLibraryPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, LimberLibraryPage, first_run_card);
  gtk_widget_class_bind_template_child (widget_class, LimberLibraryPage, checkin_card);
  gtk_widget_class_bind_template_child (widget_class, LimberLibraryPage, stack);
  gtk_widget_class_bind_template_child (widget_class, LimberLibraryPage, routines_list);
  gtk_widget_class_bind_template_child (widget_class, LimberLibraryPage, problems_list);
  gtk_widget_class_bind_template_child (widget_class, LimberLibraryPage, problems_row);
  gtk_widget_class_bind_template_child (widget_class, LimberLibraryPage, sitting_label);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, on_routines_list_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_problems_row_activated);
}

static void
limber_library_page_init (LimberLibraryPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  limber_menu_button_defer_menu (self->menu_button, self->primary_menu);

  self->filter = gtk_custom_filter_new (match_routine, self, NULL);
  self->filtered = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->filter)));
  g_signal_connect (self->filtered, "items-changed", G_CALLBACK (on_items_changed), self);
  gtk_list_box_bind_model (self->routines_list, G_LIST_MODEL (self->filtered),
                           create_row, NULL, NULL);
  /* The entry sits in a clamp, where the bar does not find it by itself:
   * typed keys would reach no entry (and GTK warns). */
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  gtk_search_bar_set_key_capture_widget (self->search_bar, GTK_WIDGET (self));
  update_state (self);
}

void
limber_library_page_set_models (LimberLibraryPage *self,
                                GListModel        *routines,
                                GListModel        *problems)
{
  g_return_if_fail (LIMBER_IS_LIBRARY_PAGE (self));
  g_return_if_fail (routines == NULL || G_IS_LIST_MODEL (routines));
  g_return_if_fail (problems == NULL || G_IS_LIST_MODEL (problems));

  if (self->problems != NULL)
    g_signal_handlers_disconnect_by_data (self->problems, self);
  g_set_object (&self->problems, problems);
  if (self->problems != NULL)
    g_signal_connect (self->problems, "items-changed", G_CALLBACK (on_items_changed), self);

  gtk_filter_list_model_set_model (self->filtered, routines);
  update_state (self);
}

GListModel *
limber_library_page_get_shown (LimberLibraryPage *self)
{
  g_return_val_if_fail (LIMBER_IS_LIBRARY_PAGE (self), NULL);
  return G_LIST_MODEL (self->filtered);
}

void
limber_library_page_set_search_text (LimberLibraryPage *self,
                                     const char        *text)
{
  g_return_if_fail (LIMBER_IS_LIBRARY_PAGE (self));

  gtk_search_bar_set_search_mode (self->search_bar, text != NULL && text[0] != '\0');
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text != NULL ? text : "");
  /* The entry delays "search-changed"; apply the text now. */
  on_search_entry_search_changed (self->search_entry, self);
}

void
limber_library_page_start_search (LimberLibraryPage *self)
{
  g_return_if_fail (LIMBER_IS_LIBRARY_PAGE (self));

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

char *
limber_library_page_dup_problems_text (LimberLibraryPage *self)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint n;

  g_return_val_if_fail (LIMBER_IS_LIBRARY_PAGE (self), NULL);

  n = self->problems != NULL ? g_list_model_get_n_items (self->problems) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LimberFileProblem) problem = g_list_model_get_item (self->problems, i);

      if (text->len > 0)
        g_string_append (text, "\n\n");
      g_string_append (text, limber_file_problem_get_message (problem));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

void
limber_library_page_set_settings (LimberLibraryPage *self,
                                  GSettings         *settings)
{
  g_return_if_fail (LIMBER_IS_LIBRARY_PAGE (self));
  limber_first_run_card_set_settings (self->first_run_card, settings);
}

LimberCheckinCard *
limber_library_page_get_checkin_card (LimberLibraryPage *self)
{
  g_return_val_if_fail (LIMBER_IS_LIBRARY_PAGE (self), NULL);

  return self->checkin_card;
}

LimberFirstRunCard *
limber_library_page_get_first_run_card (LimberLibraryPage *self)
{
  g_return_val_if_fail (LIMBER_IS_LIBRARY_PAGE (self), NULL);
  return self->first_run_card;
}

void
limber_library_page_set_show_end_title_buttons (LimberLibraryPage *self,
                                                gboolean           show)
{
  g_return_if_fail (LIMBER_IS_LIBRARY_PAGE (self));
  adw_header_bar_set_show_end_title_buttons (self->header_bar, show);
}

void
limber_library_page_set_sitting_text (LimberLibraryPage *self,
                                      const char        *text)
{
  g_return_if_fail (LIMBER_IS_LIBRARY_PAGE (self));

  gtk_label_set_label (self->sitting_label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->sitting_label), text != NULL);
}

const char *
limber_library_page_get_sitting_text (LimberLibraryPage *self)
{
  g_return_val_if_fail (LIMBER_IS_LIBRARY_PAGE (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->sitting_label)))
    return NULL;
  return gtk_label_get_label (self->sitting_label);
}
