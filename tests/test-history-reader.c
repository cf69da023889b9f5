/* test-history-reader.c: reading a history file agrees with the slow
 * ways: ISO 8601 times against GDateTime, a reader shared by many lines
 * against one line at a time, the UTF-8 check against g_utf8_validate, the
 * statistics' day finder against GDateTime.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "limber-error.h"
#include "limber-history-record-private.h"
#include "limber-history-stats.h"

/* What GDateTime says, the reference. */
static gboolean
reference_iso8601 (const char *str,
                   gint64     *unix_time,
                   gint       *offset)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) dt = g_date_time_new_from_iso8601 (str, utc);

  if (dt == NULL)
    return FALSE;
  *unix_time = g_date_time_to_unix (dt);
  *offset = (gint) (g_date_time_get_utc_offset (dt) / G_TIME_SPAN_SECOND);
  return TRUE;
}

/* The parser agrees with GDateTime. Returns whether it read @str. */
static gboolean
check_agrees (const char *str)
{
  gint64 ref_unix = 0, unix_time = 0;
  gint ref_offset = 0, offset = 0;
  gboolean ref_ok = reference_iso8601 (str, &ref_unix, &ref_offset);
  gboolean ok = limber_history_parse_iso8601 (str, -1, &unix_time, &offset);

  if (ok != ref_ok)
    g_error ("“%s”: parsed %s, GDateTime %s", str, ok ? "yes" : "no", ref_ok ? "yes" : "no");
  if (ok)
    {
      g_assert_cmpint (unix_time, ==, ref_unix);
      g_assert_cmpint (offset, ==, ref_offset);
    }

  /* Not nul-terminated: a longer buffer with a length. */
  {
    g_autofree char *longer = g_strconcat (str, "9}", NULL);
    gint64 u = 0;
    gint o = 0;

    g_assert_cmpint (limber_history_parse_iso8601 (longer, strlen (str), &u, &o), ==, ref_ok);
    if (ref_ok)
      {
        g_assert_cmpint (u, ==, ref_unix);
        g_assert_cmpint (o, ==, ref_offset);
      }
  }
  return ok;
}

static void
test_iso8601_table (void)
{
  /* TRUE: the layout Limber writes; FALSE: other forms, and invalid ones. */
  static const struct { const char *str; gboolean written; } table[] = {
    { "2024-03-01T07:30:00+01:00", TRUE },
    { "2024-03-01T07:30:00Z", TRUE },
    { "2024-03-01T07:30:00-00:00", TRUE },
    { "2024-03-01T07:30:00+05:45", TRUE },
    { "2024-03-01T07:30:00-00:30", TRUE },
    { "2024-03-01T07:30:00-03:30", TRUE },
    { "2024-03-01T07:30:00+14:00", TRUE },
    { "2024-03-01T07:30:00-12:00", TRUE },
    { "2024-03-01T07:30:00+23:59", TRUE },
    { "2024-03-01T07:30:00.5Z", TRUE },
    { "2024-03-01T07:30:00.123+01:00", TRUE },
    { "2024-03-01T07:30:59.999999999-09:30", TRUE },
    { "1969-12-31T23:59:59.5Z", TRUE },
    { "1970-01-01T00:00:00Z", TRUE },
    { "0001-01-01T00:00:00Z", TRUE },
    { "0001-01-01T00:00:00+01:00", TRUE },
    { "9999-12-31T23:59:59Z", TRUE },
    { "9999-12-31T23:59:59-01:00", TRUE },
    { "2000-02-29T12:00:00Z", TRUE },
    { "2024-02-29T12:00:00Z", TRUE },
    { "2024-12-31T23:59:59+00:00", TRUE },
    /* Other forms and invalid ones. */
    { "2024-03-01T07:30:00.12345678901Z", FALSE },
    { "2024-03-01T07:30:00.1234567890123456789012Z", FALSE },
    { "2024-03-01T07:30:00,5Z", FALSE },
    { "2024-03-01T07:30:00.Z", FALSE },
    { "2024-03-01T07:30:00.+01:00", FALSE },
    { "2024-03-01T07:30:00+24:00", FALSE },
    { "2024-03-01T07:30:00-24:00", FALSE },
    { "2024-03-01T07:30:00+05:60", FALSE },
    { "2024-03-01T07:30:00+1:00", FALSE },
    { "2024-03-01T07:30:00+0100", FALSE },
    { "2024-03-01T07:30:00+01", FALSE },
    { "2024-03-01T07:30:00+01:00:00", FALSE },
    { "2024-03-01T07:30:00z", FALSE },
    { "2024-03-01t07:30:00Z", FALSE },
    { "2024-03-01 07:30:00Z", FALSE },
    { "2024-03-01T07:30:00", FALSE },
    { "2024-03-01T07:30Z", FALSE },
    { "2024-03-01T23:59:60Z", FALSE },
    { "2024-03-01T24:00:00Z", FALSE },
    { "2024-03-01T07:60:00Z", FALSE },
    { "2023-02-29T12:00:00Z", FALSE },
    { "1900-02-29T12:00:00Z", FALSE },
    { "2024-02-30T12:00:00Z", FALSE },
    { "2024-04-31T12:00:00Z", FALSE },
    { "2024-13-01T12:00:00Z", FALSE },
    { "2024-00-01T12:00:00Z", FALSE },
    { "2024-01-00T12:00:00Z", FALSE },
    { "0000-01-01T00:00:00Z", FALSE },
    { "20240301T073000Z", FALSE },
    { "2024-061T07:30:00Z", FALSE },
    { "2024-W09-5T07:30:00Z", FALSE },
    { "+02024-03-01T07:30:00Z", FALSE },
    { "2024-03-01T07:30:00Z ", FALSE },
    { " 2024-03-01T07:30:00Z", FALSE },
    { "2024-03-01T07:30:00+01:00x", FALSE },
    { "2O24-03-01T07:30:00Z", FALSE },
    { "2024-03-01", FALSE },
    { "", FALSE },
    { "yesterday", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (table); i++)
    if (!check_agrees (table[i].str) && table[i].written)
      g_error ("“%s”: the layout Limber writes is not read", table[i].str);
}

/* Every kind of date and offset, by a fixed random sequence. */
static void
test_iso8601_sweep (void)
{
  static const int offsets[] = { 0, 3600, -3600, 5 * 3600 + 45 * 60, -30 * 60, -(3 * 3600 + 30 * 60),
                                 14 * 3600, -12 * 3600, 9 * 3600 + 30 * 60, 23 * 3600 + 59 * 60 };
  g_autoptr(GRand) rand = g_rand_new_with_seed (20240301);

  for (guint i = 0; i < 20000; i++)
    {
      guint year = i % 4 == 0 ? (guint) g_rand_int_range (rand, 1, 10000) : (guint) g_rand_int_range (rand, 1890, 2100);
      guint month = g_rand_int_range (rand, 1, 13);
      guint day = g_rand_int_range (rand, 1, 32);
      guint hour = g_rand_int_range (rand, 0, 25);
      guint minute = g_rand_int_range (rand, 0, 60);
      guint second = g_rand_int_range (rand, 0, 61);
      int offset = offsets[g_rand_int_range (rand, 0, G_N_ELEMENTS (offsets))];
      guint n_fraction = g_rand_int_range (rand, 0, 12);
      g_autoptr(GString) str = g_string_new (NULL);

      g_string_append_printf (str, "%04u-%02u-%02uT%02u:%02u:%02u", year, month, day, hour, minute, second);
      if (n_fraction > 0)
        {
          g_string_append_c (str, '.');
          for (guint j = 0; j < n_fraction; j++)
            g_string_append_c (str, (char) ('0' + (j % 3 == 0 ? 9 : g_rand_int_range (rand, 0, 10))));
        }
      if (offset == 0 && g_rand_boolean (rand))
        g_string_append_c (str, 'Z');
      else
        g_string_append_printf (str, "%c%02d:%02d", offset < 0 ? '-' : '+',
                                ABS (offset) / 3600, ABS (offset) / 60 % 60);
      check_agrees (str->str);
    }
}

static char *
describe (LimberHistoryRecord *record,
          guint                version,
          const char          *amends,
          const GError        *error)
{
  g_autofree char *line = record != NULL ? limber_history_record_to_line (record) : NULL;

  return g_strdup_printf ("v=%u amends=%s error=%s note=%s line=%s", version,
                          amends != NULL ? amends : "-",
                          error != NULL ? error->message : "-",
                          record != NULL && limber_history_record_get_note (record) != NULL
                          ? limber_history_record_get_note (record) : "-",
                          line != NULL ? line : "-");
}

static const char *const lines[] = {
  "{\"v\":1,\"id\":\"a\",\"start\":\"2024-03-01T07:30:00+01:00\",\"end\":\"2024-03-01T07:45:12+01:00\","
  "\"routine_id\":\"desk-break\",\"routine_title\":\"Desk Break\",\"planned_seconds\":900,\"active_seconds\":912,"
  "\"completed\":true,\"pain_before\":4,\"exercises\":[{\"name\":\"Cat-cow\",\"done\":2,\"planned\":2,\"skipped\":0}]}",
  /* Escapes in names and values; a pooled name written two ways. */
  "{\"\\u0076\":1,\"i\\u0064\":\"b\",\"start\":\"2024-03-02T07:30:00+01:00\",\"end\":\"2024-03-02T07:45:12+01:00\","
  "\"routine_id\":\"desk-\\u0062reak\",\"routine_title\":\"Desk \\\"Break\\\"\",\"planned_seconds\":900,"
  "\"active_seconds\":912,\"completed\":false,\"note\":\"line\\nbreak \\ud83d\\ude00 \\u00e9\","
  "\"exercises\":[{\"name\":\"Cat-\\u0063ow\",\"done\":2,\"planned\":2},{\"skipped\":1,\"name\":\"Child's pose\",\"planned\":3,\"done\":2,\"extra\":[1,{\"x\":null}]}]}",
  /* Non-ASCII text, white space, unknown members, a duplicate member. */
  " { \"v\" : 1 , \"id\" : \"c\" , \"start\" : \"2024-03-03T07:30:00.250-03:30\" , \"end\" : \"2024-03-03T07:45:12Z\" ,"
  " \"routine_id\" : \"rücken\" , \"routine_title\" : \"Rücken – sanft\" , \"routine_title\" : \"Rücken ✓\" ,"
  " \"planned_seconds\" : 0 , \"active_seconds\" : 0 , \"completed\" : true } ",
  "{\"v\":1,\"id\":\"d\",\"start\":\"2024-03-03T07:30:00-03:30\",\"end\":\"2024-03-03T07:45:12Z\","
  "\"routine_id\":\"r\",\"routine_title\":\"R\",\"planned_seconds\":0,\"active_seconds\":1,\"completed\":true,"
  "\"effort\":\"hard\",\"pain_after\":null,\"note\":\"\",\"future\":{\"a\":[true,false,-1.5e3]}}",
  /* Another form of date (through GDateTime). */
  "{\"v\":1,\"id\":\"e\",\"start\":\"2024-03-03 07:30:00+0100\",\"end\":\"2024-03-03T07:45:12,5Z\","
  "\"routine_id\":\"r\",\"routine_title\":\"R\",\"planned_seconds\":0,\"active_seconds\":1,\"completed\":true}",
  "{\"v\":1,\"amends\":\"a\",\"pain_before\":2,\"effort\":\"easy\",\"note\":\"better\"}",
  "{\"v\":2,\"id\":\"f\",\"start\":\"2024-03-04T07:30:00Z\",\"end\":\"2024-03-04T07:45:12Z\","
  "\"routine_id\":\"r\",\"routine_title\":\"R\",\"planned_seconds\":0,\"active_seconds\":1,\"completed\":true,"
  "\"effort\":\"superb\",\"pain_before\":11}",
  /* Damaged. */
  "{\"v\":1,\"id\":\"g\",\"start\":\"2024-03-04T07:30:00Z\",\"end\":\"2024-03-04T07:45:12Z\","
  "\"routine_id\":\"r\",\"routine_title\":\"R\",\"planned_seconds\":0,\"active_seconds\":1,\"completed\":true,"
  "\"effort\":\"superb\"}",
  "{\"v\":1,\"id\":\"h\",\"start\":\"2024-03-04T07:30:00Z\",\"end\":\"2024-03-04T07:45:12Z\","
  "\"routine_id\":\"r\",\"routine_title\":\"R\\u0000\",\"planned_seconds\":0,\"active_seconds\":1,\"completed\":true}",
  "{\"v\":1,\"id\":\"i\",\"start\":\"2024-03-04T07:30:00Z\",\"end\":\"2024-03-04T07:45:12Z\","
  "\"routine_id\":\"r\",\"routine_title\":\"R\",\"planned_seconds\":0,\"active_seconds\":1,\"completed\":true,"
  "\"exercises\":[{\"name\":\"x\",\"done\":1}]}",
  "{\"v\":1,\"id\":\"j\",\"start\":\"2024-03-04T07:30:00Z\",\"end\":\"2024-03-04T07:45:12Z\","
  "\"routine_id\":\"r\",\"routine_title\":\"R\",\"planned_seconds\":0,\"active_seconds\":1,\"completed\":true",
  "{\"v\":1,\"id\":\"\",\"start\":\"2024-03-04T07:30:00Z\",\"end\":\"2024-03-04T07:45:12Z\"}",
  "{\"v\":1,\"id\":\"k\",\"start\":\"2024-03-04T07:30:00+24:00\",\"end\":\"2024-03-04T07:45:12Z\","
  "\"routine_id\":\"r\",\"routine_title\":\"R\",\"planned_seconds\":0,\"active_seconds\":1,\"completed\":true}",
  "{\"v\":1,\"id\":\"l\",\"start\":\"2024-02-30T07:30:00Z\",\"end\":\"2024-03-04T07:45:12Z\","
  "\"routine_id\":\"r\",\"routine_title\":\"R\",\"planned_seconds\":0,\"active_seconds\":1,\"completed\":true}",
  "{\"v\":1,\"id\":\"m\",\"note\":\"tab\there\"}",
  "{\"v\":1,\"id\":\"n\",\"note\":\"\\x\"}",
  "[1,2,3]",
  "{}",
  "not json",
  "{\"v\":1,\"amends\":\"a\",\"pain_before\":12}",
  "{\"amends\":\"a\"}",
};

/* A reader that reads many lines gives what one-line reading gives. */
static void
test_reader_same_as_single_line (void)
{
  g_autoptr(LimberHistoryLineReader) reader = limber_history_line_reader_new ();

  for (guint round = 0; round < 2; round++)
    for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
      {
        g_autoptr(LimberHistoryRecord) one = NULL;
        g_autoptr(LimberHistoryRecord) many = NULL;
        g_autoptr(GError) one_error = NULL;
        g_autoptr(GError) many_error = NULL;
        g_autofree char *one_amends = NULL;
        g_autofree char *many_amends = NULL;
        g_autofree char *one_text = NULL;
        g_autofree char *many_text = NULL;
        guint one_version = 0, many_version = 0;
        gsize len = strlen (lines[i]);

        one = limber_history_record_new_from_line (lines[i], len, &one_version, &one_amends, &one_error);
        many = limber_history_line_reader_read (reader, lines[i], len, &many_version, &many_amends, &many_error);
        one_text = describe (one, one_version, one_amends, one_error);
        many_text = describe (many, many_version, many_amends, many_error);
        g_assert_cmpstr (many_text, ==, one_text);
      }

  /* Expected values of a few, so that both paths are checked. */
  {
    g_autoptr(LimberHistoryRecord) a = limber_history_line_reader_read (reader, lines[0], strlen (lines[0]), NULL, NULL, NULL);
    g_autoptr(LimberHistoryRecord) b = limber_history_line_reader_read (reader, lines[1], strlen (lines[1]), NULL, NULL, NULL);
    g_autoptr(LimberHistoryRecord) c = limber_history_line_reader_read (reader, lines[2], strlen (lines[2]), NULL, NULL, NULL);

    g_assert_nonnull (a);
    g_assert_nonnull (b);
    g_assert_nonnull (c);
    g_assert_cmpint (limber_history_record_get_start_unix (a), ==, 1709274600);
    g_assert_cmpint (limber_history_record_get_start_offset (a), ==, 3600);
    g_assert_cmpstr (limber_history_record_get_id (b), ==, "b");
    g_assert_cmpstr (limber_history_record_get_routine_id (b), ==, "desk-break");
    g_assert_cmpstr (limber_history_record_get_routine_title (b), ==, "Desk \"Break\"");
    g_assert_cmpstr (limber_history_record_get_note (b), ==, "line\nbreak \xf0\x9f\x98\x80 \xc3\xa9");
    g_assert_cmpuint (limber_history_record_get_n_exercises (b), ==, 2);
    g_assert_cmpstr (limber_history_record_get_exercise (b, 1)->name, ==, "Child's pose");
    g_assert_cmpuint (limber_history_record_get_exercise (b, 1)->sets_skipped, ==, 1);
    /* The same strings are shared within a reader, however written. */
    g_assert_true (limber_history_record_get_routine_id (a) == limber_history_record_get_routine_id (b));
    g_assert_true (limber_history_record_get_exercise (a, 0)->name == limber_history_record_get_exercise (b, 0)->name);
    g_assert_cmpstr (limber_history_record_get_routine_title (c), ==, "Rücken ✓");
    g_assert_cmpint (limber_history_record_get_start_offset (c), ==, -(3 * 3600 + 30 * 60));
    g_assert_cmpuint (limber_history_record_get_active_seconds (c), ==, 0);

    /* The pooled strings outlive the reader. */
    g_clear_pointer (&reader, limber_history_line_reader_free);
    g_assert_cmpstr (limber_history_record_get_routine_id (a), ==, "desk-break");
    g_assert_cmpstr (limber_history_record_get_exercise (a, 0)->name, ==, "Cat-cow");
  }
}

/* Many distinct pooled strings (the pool grows), each read back right. */
static void
test_reader_pool_grows (void)
{
  g_autoptr(LimberHistoryLineReader) reader = limber_history_line_reader_new ();
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint round = 0; round < 2; round++)
    for (guint i = 0; i < 3000; i++)
      {
        g_autofree char *line =
          g_strdup_printf ("{\"v\":1,\"id\":\"%u-%u\",\"start\":\"2024-03-04T07:30:00Z\",\"end\":\"2024-03-04T07:45:12Z\","
                           "\"routine_id\":\"routine %u with a rather long name\",\"routine_title\":\"T%u\","
                           "\"planned_seconds\":0,\"active_seconds\":1,\"completed\":true}", round, i, i, i % 7);
        LimberHistoryRecord *record = limber_history_line_reader_read (reader, line, strlen (line), NULL, NULL, NULL);
        g_autofree char *routine_id = g_strdup_printf ("routine %u with a rather long name", i);

        g_assert_nonnull (record);
        g_assert_cmpstr (limber_history_record_get_routine_id (record), ==, routine_id);
        g_ptr_array_add (records, record);
      }
  for (guint i = 0; i < 3000; i++)
    g_assert_true (limber_history_record_get_routine_id (records->pdata[i])
                   == limber_history_record_get_routine_id (records->pdata[3000 + i]));
}

/* The ASCII fast path refuses what g_utf8_validate refuses, wherever it is
 * in the line (in the first eight bytes, in the middle, in the tail). */
static void
test_reader_utf8 (void)
{
  const char *base = "{\"v\":1,\"id\":\"x\",\"start\":\"2024-03-04T07:30:00Z\",\"end\":\"2024-03-04T07:45:12Z\","
                     "\"routine_id\":\"r\",\"routine_title\":\"R\",\"planned_seconds\":0,\"active_seconds\":1,"
                     "\"completed\":true,\"note\":\"abcdefghijklmnop\"}";
  const char *bad[] = { "\xff", "\xc3", "\xe2\x82", "\xed\xa0\x80", "\xc0\xaf", "\xf8\x88\x80\x80\x80" };
  const char *good[] = { "\xc3\xa9", "\xe2\x82\xac", "\xf0\x9f\x98\x80" };
  gsize len = strlen (base);
  const char *note = strstr (base, "abcdefghijklmnop");

  for (gsize pos = 0; pos < len; pos++)
    {
      g_autofree char *line = g_memdup2 (base, len);
      g_autoptr(LimberHistoryRecord) record = NULL;

      /* A nul byte anywhere. */
      line[pos] = '\0';
      record = limber_history_record_new_from_line (line, len, NULL, NULL, NULL);
      g_assert_null (record);
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad) + G_N_ELEMENTS (good); i++)
    for (gsize at = 0; at < 16; at++)
      {
        gboolean is_good = i >= G_N_ELEMENTS (bad);
        const char *bytes = is_good ? good[i - G_N_ELEMENTS (bad)] : bad[i];
        gsize n = strlen (bytes);
        g_autoptr(GString) line = g_string_new_len (base, len);
        g_autoptr(LimberHistoryRecord) record = NULL;
        gsize offset = (note - base) + at;

        g_string_erase (line, offset, MIN (n, 16 - at));
        g_string_insert_len (line, offset, bytes, n);
        record = limber_history_record_new_from_line (line->str, line->len, NULL, NULL, NULL);
        g_assert_cmpint (record != NULL, ==, g_utf8_validate_len (line->str, line->len, NULL));
        g_assert_cmpint (record != NULL, ==, is_good);
      }
}

/* The statistics' days against GDateTime, over decades of sessions every
 * 13 h 7 min (all hours of the day, every transition) in zones with odd
 * offsets and DST rules. */
static void
test_stats_days (void)
{
  static const char *zones[] = { "Europe/Berlin", "America/St_Johns", "Australia/Lord_Howe",
                                 "Asia/Kathmandu", "Pacific/Apia", "America/Sao_Paulo", "UTC" };

  for (guint z = 0; z < G_N_ELEMENTS (zones); z++)
    {
      g_autoptr(GTimeZone) tz = g_time_zone_new_identifier (zones[z]);
      g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(GDateTime) now = g_date_time_new_utc (2031, 1, 1, 0, 0, 0);
      g_autoptr(LimberHistoryStats) stats = NULL;
      gint64 t = G_GINT64_CONSTANT (-157766400);  /* 1965-01-01 UTC */

      g_assert_nonnull (tz);
      for (; t < 1924991999; t += 13 * 3600 + 7 * 60)
        {
          g_autoptr(GDateTime) start = g_date_time_new_from_unix_utc (t);
          g_autoptr(GDateTime) end = g_date_time_add_minutes (start, 10);
          LimberHistoryRecord *record = limber_history_record_new ("r", "R", start, end, 600, 600, TRUE);

          limber_history_record_set_pain_before (record, 1);
          g_ptr_array_add (records, record);
        }
      /* Newest first, as the history gives them (reversed once: inserting
       * each at the front moved 10⁹ pointers, minutes under ASan). */
      for (guint i = 0, j = records->len - 1; i < j; i++, j--)
        {
          gpointer swap = records->pdata[i];

          records->pdata[i] = records->pdata[j];
          records->pdata[j] = swap;
        }

      stats = limber_history_stats_compute ((LimberHistoryRecord * const *) records->pdata, records->len,
                                            now, tz, G_DATE_MONDAY, 60);
      g_assert_cmpuint (stats->pain->len, ==, records->len);
      for (guint i = 0; i < stats->pain->len; i++)
        {
          const LimberHistoryPainPoint *point = &g_array_index (stats->pain, LimberHistoryPainPoint, i);
          g_autoptr(GDateTime) utc_start = g_date_time_new_from_unix_utc (point->start_unix);
          g_autoptr(GDateTime) local = g_date_time_to_timezone (utc_start, tz);
          g_autofree char *expected = g_date_time_format (local, "%Y-%m-%d");
          char got[32];

          g_date_strftime (got, sizeof got, "%Y-%m-%d", &point->date);
          if (g_strcmp0 (got, expected) != 0)
            g_error ("%s: %" G_GINT64_FORMAT " is on %s, not %s", zones[z], point->start_unix, expected, got);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/history-reader/iso8601/table", test_iso8601_table);
  g_test_add_func ("/history-reader/iso8601/sweep", test_iso8601_sweep);
  g_test_add_func ("/history-reader/same-as-single-line", test_reader_same_as_single_line);
  g_test_add_func ("/history-reader/pool-grows", test_reader_pool_grows);
  g_test_add_func ("/history-reader/utf8", test_reader_utf8);
  g_test_add_func ("/history-reader/stats-days", test_stats_days);

  return g_test_run ();
}
