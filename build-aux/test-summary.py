#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Counts test results from meson's JSON test logs and prints the closing line.

Each TAP "ok" / "not ok" line is one test ("# SKIP" counts as skipped); a test
program that speaks no TAP counts as one. A program that crashed, timed out or
failed after printing fewer "not ok" lines than it failed by counts one more
failure, so a crash is never lost. An argument that is not a readable log
(a suite that could not even start) counts as one failure.
"""
import json
import re
import sys

TAP_LINE = re.compile(r"^(not ok|ok)\b(.*)$")


def count(path):
    passed = failed = skipped = 0
    try:
        with open(path, encoding="utf-8") as f:
            lines = f.readlines()
    except OSError:
        print(f"missing test log: {path}")
        return 0, 1, 0
    for line in lines:
        entry = json.loads(line)
        result = entry.get("result")
        out = entry.get("stdout") or ""
        p = f = s = 0
        for raw in out.splitlines():
            m = TAP_LINE.match(raw.strip())
            if not m:
                continue
            rest = m.group(2)
            if "# SKIP" in rest or "# skip" in rest:
                s += 1
            elif m.group(1) == "ok":
                p += 1
            else:
                f += 1
        if p + f + s == 0:
            if result in ("OK", "EXPECTEDFAIL"):
                p = 1
            elif result == "SKIP":
                s = 1
            else:
                f = 1
        elif result not in ("OK", "EXPECTEDFAIL", "SKIP") and f == 0:
            f = 1  # crashed or timed out after its last TAP line
        if result not in ("OK", "EXPECTEDFAIL", "SKIP"):
            print(f"FAILED: {entry.get('name')} ({result})")
        passed, failed, skipped = passed + p, failed + f, skipped + s
    return passed, failed, skipped


def main():
    totals = [0, 0, 0]
    for path in sys.argv[1:]:
        for i, n in enumerate(count(path)):
            totals[i] += n
    print(f"{totals[0]} passed, {totals[1]} failed, {totals[2]} skipped")
    return 0 if totals[1] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
