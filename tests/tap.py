"""TAP for the Python tests: check () records a result, finish () prints
them (with the diagnosis of each failure) and returns the exit status.

SPDX-License-Identifier: GPL-3.0-or-later
"""

results = []


def check(ok, what, diag=None):
    results.append((bool(ok), what, diag))
    return bool(ok)


def finish():
    print(f'1..{len(results)}')
    for i, (ok, what, diag) in enumerate(results, 1):
        print(f'{"ok" if ok else "not ok"} {i} - {what}')
        if diag and not ok:
            for line in str(diag).splitlines():
                print(f'# {line}')
    return 0 if all(ok for ok, _, _ in results) else 1
