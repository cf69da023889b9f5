#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The translations are complete and correct (suite data). For each language
# in po/LINGUAS: msgfmt --check (format specifiers, plural forms, header)
# passes and counts no fuzzy and no untranslated message; and the catalogue
# translates every message of a template made afresh from po/POTFILES with
# xgettext, as po/meson.build's limber-pot target makes it, so a new string
# without a translation fails here.
#   test-translations.sh SOURCE_ROOT [LANGUAGE NOT YET CHECKED AGAINST THE TEMPLATE]...
set -u

top=$1
shift
pending=" $* "
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0
failed=0

result () {
  n=$((n + 1))
  if [ "$1" -eq 0 ]; then
    echo "ok $n - $2"
  else
    failed=1
    echo "not ok $n - $2"
    sed 's/^/# /' "$tmp/out" | head -40
  fi
}

# The same keywords as meson's glib preset for i18n.gettext().
(cd "$top" && xgettext --package-name=limber --from-code=UTF-8 --add-comments \
   --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
   --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
   --files-from=po/POTFILES -o "$tmp/limber.pot") > "$tmp/out" 2>&1
result $? "xgettext makes a template of po/POTFILES"
messages=$(grep -c '^msgid ' "$tmp/limber.pot")

languages=$(sed -e 's/#.*//' "$top/po/LINGUAS")
for lang in $languages; do
  po=$top/po/$lang.po
  msgfmt --check --statistics -o /dev/null "$po" > "$tmp/out" 2>&1
  status=$?
  stats=$(cat "$tmp/out")
  case "$stats" in
    *fuzzy*|*untranslated*) status=1 ;;
  esac
  result $status "$lang.po: msgfmt --check passes with every message translated ($stats)"

  case "$pending" in
    *" $lang "*)
      n=$((n + 1))
      echo "ok $n - $lang.po translates every message of the template # SKIP new strings not yet translated"
      continue ;;
  esac
  msgcmp "$po" "$tmp/limber.pot" > "$tmp/out" 2>&1
  result $? "$lang.po translates every message of the template ($((messages - 1)) messages)"
done

echo "1..$n"
exit $failed
