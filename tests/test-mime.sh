#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The MIME type of routine files (suite data): the built
# data/io.github.limber.Limber.xml, compiled by update-mime-database into a
# private MIME database next to the system's, names routine files
# application/x-limber-routine by their content whatever they are called, and
# by the glob *.limber.json; other JSON stays application/json.
#   test-mime.sh MIME_XML ROUTINE_JSON
set -u

mime_xml=$1
routine=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0
failed=0

ok () {
  n=$((n + 1))
  echo "ok $n - $1"
}

not_ok () {
  n=$((n + 1))
  failed=1
  echo "not ok $n - $1"
  shift
  for line in "$@"; do echo "# $line"; done
}

mkdir -p "$tmp/share/mime/packages" "$tmp/home" "$tmp/files"
cp "$mime_xml" "$tmp/share/mime/packages/"
export XDG_DATA_HOME="$tmp/home"
export XDG_DATA_DIRS="$tmp/share:/usr/share"

if out=$(update-mime-database "$tmp/share/mime" 2>&1) && [ -f "$tmp/share/mime/mime.cache" ]; then
  ok "update-mime-database accepts the MIME type"
else
  not_ok "update-mime-database accepts the MIME type" "$out"
fi

# type_is FILE ATTRIBUTE EXPECTED WHAT
type_is () {
  found=$(gio info -a "standard::$2" "$1" 2>&1 | sed -n "s/^ *standard::$2: //p")
  if [ "$found" = "$3" ]; then
    ok "$4: $3"
  else
    not_ok "$4: $3" "found “$found”"
  fi
}

f=$tmp/files
cp "$routine" "$f/hips-week1.json"
type_is "$f/hips-week1.json" content-type application/x-limber-routine \
  "a bundled routine saved as hips-week1.json"

printf '{"format":"limber-routine","version":1}\n' > "$f/compact.json"
type_is "$f/compact.json" content-type application/x-limber-routine \
  "no spaces around the colon"

printf '{\n\t"version" : 1,\n\t"format"  :\n\t\t"limber-routine"\n}\n' > "$f/My Routine"
type_is "$f/My Routine" content-type application/x-limber-routine \
  "spaces, tabs and new lines around the colon, a name without extension"

printf '{}\n' > "$f/empty.limber.json"
type_is "$f/empty.limber.json" content-type application/x-limber-routine \
  "any file named *.limber.json"
type_is "$f/empty.limber.json" fast-content-type application/x-limber-routine \
  "*.limber.json by its name alone"

printf '{"format": "other", "title": "limber-routine"}\n' > "$f/other.json"
type_is "$f/other.json" content-type application/x-limber-routine \
  "the quoted string anywhere in the first 512 bytes"

printf '{"format": "limber-routines"}\n' > "$f/plural.json"
type_is "$f/plural.json" content-type application/json \
  "a longer word is not the format"

printf '{"name": "not a routine"}\n' > "$f/plain.json"
type_is "$f/plain.json" content-type application/json \
  "other JSON stays JSON"

# The quoted string is 16 bytes: it may start at byte 496 (counting from 0)
# at most, and end with byte 511. '{', spaces, '"format": ' (10 bytes).
{ printf '{'; printf '%485s' ''; printf '"format": "limber-routine"}\n'; } > "$f/edge.json"
type_is "$f/edge.json" content-type application/x-limber-routine \
  "the format member ending with byte 512"

{ printf '{'; printf '%486s' ''; printf '"format": "limber-routine"}\n'; } > "$f/late.json"
type_is "$f/late.json" content-type application/json \
  "the format member ending after byte 512 is not looked at"

echo "1..$n"
exit $failed
