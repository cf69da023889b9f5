#!/usr/bin/python3
"""`limber FILE` while Limber runs opens the file in that instance (suite e2e).

Starts the accessibility bus and `limber` (the first instance), then runs
`limber GOOD.json` as a second process: it hands the file to the running
instance over D-Bus and exits 0 at once, and the first instance shows the
preview window ("Routine File") with the routine's title, its author and
"Add to My Routines" — read through AT-SPI as a screen reader would. Then
`limber BAD.json`, and the bad file's preview (after the first is closed
with Escape) shows the loader's message, exactly as --validate prints it.

Run inside a session bus and Xvfb. Needs at-spi2-core, python3-pyatspi and
xdotool. A TAP producer. SPDX-License-Identifier: GPL-3.0-or-later
"""

import os
import subprocess
import sys
import tempfile
import time

import atspi
from atspi import check, finish, walk

LIMBER = os.environ['LIMBER_BIN']
SOURCE_ROOT = os.environ['LIMBER_SOURCE_ROOT']
BAD = os.path.join(SOURCE_ROOT, 'tests', 'fixtures', 'routines', 'bad', 'duration-range.json')

ROUTINE = '''{ "format": "limber-routine", "version": 1, "id": "from-sam",
  "title": "Sam's Morning Stretches", "x-author": "Sam Physio",
  "exercises": [ { "name": "Hold", "duration": 30 } ] }
'''

def names_in_frame(pyatspi, app, title, wanted, timeout=60):
    """Waits for a frame named TITLE holding every name in WANTED; returns
    the names found in it (all of them, for the diagnosis)."""
    deadline = time.monotonic() + timeout
    names = set()
    while time.monotonic() < deadline:
        names = set()
        for i in range(app.childCount):
            try:
                frame = app.getChildAtIndex(i)
                if frame is None or frame.name != title:
                    continue
                for node in walk(frame):
                    try:
                        if node.name:
                            names.add(node.name)
                    except Exception:
                        continue
            except Exception:
                continue
        if all(w in names for w in wanted):
            return names
        time.sleep(0.3)
    return names


def main():
    pyatspi = atspi.require()
    if pyatspi is None:
        return 0

    first = None
    with atspi.bus(pyatspi), tempfile.TemporaryDirectory(prefix='limber-open-') as home:
        try:
            env = atspi.program_env(home)
            good = os.path.join(home, 'sam.limber.json')
            with open(good, 'w', encoding='utf-8') as f:
                f.write(ROUTINE)

            first = subprocess.Popen([LIMBER], env=env, stdin=subprocess.DEVNULL,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            app = atspi.find_app(pyatspi, first.pid, proc=first)
            if not check(app is not None, 'the first instance shows up on the accessibility bus'):
                return finish()
            time.sleep(1.5)

            # The file is given relative to the caller's folder.
            second = subprocess.run([LIMBER, 'sam.limber.json'], env=env, cwd=home,
                                    capture_output=True, text=True, timeout=30)
            check(second.returncode == 0 and second.stderr == '',
                  '`limber FILE` hands the file to the running instance and exits 0',
                  f'{second.returncode}: {second.stderr}')
            check(first.poll() is None, 'the first instance keeps running')

            wanted = ["Sam's Morning Stretches", 'By Sam Physio', 'Add to My Routines']
            names = names_in_frame(pyatspi, app, 'Routine File', wanted)
            check(all(w in names for w in wanted),
                  'the running instance previews the file: title, author, Add to My Routines',
                  f'found: {sorted(names)}')
            check(not os.path.exists(os.path.join(home, 'data', 'limber', 'routines', 'from-sam.json')),
                  'previewing writes nothing into the routines folder')

            # A bad file: its preview follows once the first is closed.
            second = subprocess.run([LIMBER, BAD], env=env, capture_output=True, text=True,
                                    timeout=30)
            check(second.returncode == 0, '`limber BAD.json` exits 0 too',
                  f'{second.returncode}: {second.stderr}')
            # The window names the file by its name, as its subtitle does.
            expected = subprocess.run([LIMBER, '--validate', os.path.basename(BAD)], env=env,
                                      cwd=os.path.dirname(BAD), capture_output=True,
                                      text=True, timeout=30).stdout.strip()
            atspi.press_in_window('Routine File', 'Escape')
            wanted = ['This File Cannot Be Added', expected]
            names = names_in_frame(pyatspi, app, 'Routine File', wanted)
            check(expected != '' and all(w in names for w in wanted),
                  "the bad file's preview shows the loader's message as --validate prints it",
                  f'expected: {expected!r}\nfound: {sorted(names)}')
        finally:
            atspi.stop(first)
    return finish()


if __name__ == '__main__':
    sys.exit(main())
