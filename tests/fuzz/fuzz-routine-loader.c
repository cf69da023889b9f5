/* fuzz-routine-loader.c: any bytes into the routine loader
 *
 * Properties checked: no crash, leak, undefined behaviour or GLib warning on
 * any input; a file that loads saves to canonical JSON that loads again to an
 * equal routine and saves to the same bytes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "fuzz-common.h"
#include "limber-routine-file.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(LimberRoutine) routine = NULL;
  g_autoptr(GError) error = NULL;

  fuzz_set_up_logging ();

  bytes = g_bytes_new (data, size);
  routine = limber_routine_load_bytes (bytes, "fuzz.json", &error);

  if (routine == NULL)
    {
      /* Every refusal says which file. */
      if (error == NULL || !g_str_has_prefix (error->message, "fuzz.json"))
        abort ();
      return 0;
    }
  else
    {
      gsize len1 = 0, len2 = 0;
      g_autofree char *json1 = limber_routine_to_json (routine, &len1);
      g_autoptr(GBytes) bytes1 = g_bytes_new (json1, len1);
      g_autoptr(GError) error1 = NULL;
      g_autoptr(LimberRoutine) again = limber_routine_load_bytes (bytes1, "fuzz.json", &error1);
      g_autofree char *json2 = NULL;

      if (again == NULL)
        {
          g_printerr ("saved routine does not load again: %s\n%s\n", error1->message, json1);
          abort ();
        }
      if (!limber_routine_equal (routine, again))
        {
          g_printerr ("saved routine loads as a different routine:\n%s\n", json1);
          abort ();
        }
      json2 = limber_routine_to_json (again, &len2);
      if (len1 != len2 || memcmp (json1, json2, len1) != 0)
        {
          g_printerr ("canonical JSON is not stable:\n%s\n---\n%s\n", json1, json2);
          abort ();
        }
    }

  return 0;
}
