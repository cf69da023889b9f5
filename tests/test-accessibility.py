#!/usr/bin/python3
"""What a screen reader sees of the real program (suite e2e).

Starts the accessibility bus, runs `limber` (the library) and `limber --start
desk-break` (the player), and reads them through AT-SPI as assistive
technology does: every push button, toggle button and menu button that is
showing has a name, and the player's countdown is a timer whose name says
the phase and the time left. Then opens the routine editor (Ctrl+N,
pressed in the window with xdotool): the window is named by its title,
every control reads its name once, and the new routine's first exercise is
open, says so, and its Name field is on screen.

Run inside a session bus (build-aux/run-tests runs the e2e suite under
dbus-run-session and Xvfb). Needs at-spi2-core and python3-pyatspi
(Debian's /usr/bin/python3). A TAP producer.

SPDX-License-Identifier: GPL-3.0-or-later
"""

import os
import re
import subprocess
import sys
import tempfile
import time

import atspi
from atspi import check, finish, walk

LIMBER = os.environ['LIMBER_BIN']


def showing_controls(pyatspi, app):
    roles = {pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON}
    menu_button = getattr(pyatspi, 'ROLE_PUSH_BUTTON_MENU', None)
    if menu_button is not None:
        roles.add(menu_button)
    found = []
    for node in walk(app):
        try:
            # GTK 4.8 sets VISIBLE (not SHOWING): controls of hidden pages count too,
            # and they need names all the same.
            if node.getRole() in roles and node.getState().contains(pyatspi.STATE_VISIBLE):
                found.append(node)
        except Exception:
            continue
    return found


def badly_named(node):
    """Why a control's name would read badly, or None."""
    name = (node.name or '').strip()
    if not name:
        return 'no name'
    if re.search(r'(^|\s)_\w', name):
        return 'a mnemonic underscore in the name'
    words = name.split()
    half = len(words) // 2
    if len(words) >= 2 and len(words) % 2 == 0 and words[:half] == words[half:]:
        return 'the name is said twice'
    if len(words) >= 2 and words[-1].lower() in (w.lower() for w in words[:-1]):
        return 'a word of the name is said twice'
    return None


def describe(node):
    try:
        return f'{node.getRoleName()} "{node.name}" in {node.parent.getRoleName()} "{node.parent.name}"'
    except Exception:
        return repr(node)


TYPE_NAME = re.compile(r'^(Gtk|Adw|Limber)[A-Z]\w*$')


def editor_controls(pyatspi, frame):
    roles = {pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_SPIN_BUTTON,
             pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_TEXT, pyatspi.ROLE_COMBO_BOX}
    found = []
    for node in walk(frame):
        try:
            if node.getRole() in roles:
                found.append(node)
        except Exception:
            continue
    return found


def find_frame(pyatspi, app, name, timeout=15):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for i in range(app.childCount):
            try:
                child = app.getChildAtIndex(i)
                if child is not None and child.getRole() == pyatspi.ROLE_FRAME and child.name == name:
                    return child
            except Exception:
                continue
        time.sleep(0.2)
    return None


def run_case(pyatspi, label, args, env, checks):
    proc = subprocess.Popen([LIMBER, *args], env=env, stdin=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        app = atspi.find_app(pyatspi, proc.pid, proc=proc)
        check(app is not None, f'{label}: the program shows up on the accessibility bus')
        if app is None:
            return
        time.sleep(1.5)   # let the window map and the first page settle
        checks(app)
    finally:
        atspi.stop(proc)


def main():
    pyatspi = atspi.require()
    if pyatspi is None:
        return 0

    with atspi.bus(pyatspi):
        with tempfile.TemporaryDirectory(prefix='limber-a11y-') as home:
            env = atspi.program_env(home)

            def library_checks(app):
                controls = showing_controls(pyatspi, app)
                check(len(controls) >= 3, 'library: its buttons are visible to assistive technology',
                      f'found {len(controls)}')
                bad = [f'{describe(c)}: {badly_named(c)}' for c in controls if badly_named(c)]
                check(not bad, 'library: every button has a name that reads well', '\n'.join(bad))
                names = [n.name for n in walk(app) if n is not None and n.name]
                check(any('Desk Break' in n for n in names),
                      'library: the routines are readable by name', ', '.join(names[:30]))

            def player_checks(app):
                controls = showing_controls(pyatspi, app)
                bad = [f'{describe(c)}: {badly_named(c)}' for c in controls if badly_named(c)]
                check(len(controls) >= 4, 'player: its controls are visible to assistive technology',
                      f'found {len(controls)}')
                check(not bad, 'player: every control has a name that reads well', '\n'.join(bad))
                names = {c.name for c in controls}
                for wanted in ('Pause', 'Next step', 'Previous step'):
                    check(wanted in names, f'player: a control named "{wanted}"', ', '.join(sorted(names)))
                timers = [n for n in walk(app) if n is not None and n.getRole() == pyatspi.ROLE_TIMER]
                check(len(timers) == 1, 'player: the countdown has the timer role',
                      f'found {len(timers)}')
                if timers:
                    name = timers[0].name or ''
                    # Which phase depends on how fast the program came up (slow under
                    # a sanitizer): any phase, then the seconds left.
                    check(re.match(r'^(Get ready|Work|Rest|Switch sides): \d+ seconds? remaining$', name),
                          'player: the countdown reads the phase and the time left', f'name: "{name}"')

            def editor_checks(app):
                atspi.press_in_window('Limber', 'ctrl+n')
                frame = find_frame(pyatspi, app, 'New Routine')
                frames = [app.getChildAtIndex(i).name for i in range(app.childCount)]
                check(frame is not None, 'editor: the window is named by its title, "New Routine"',
                      'windows: ' + ', '.join(f'"{n}"' for n in frames))
                check(not any(TYPE_NAME.match(n or '') for n in frames),
                      'editor: no window is named by its type', ', '.join(frames))
                if frame is None:
                    return
                time.sleep(1.0)
                controls = editor_controls(pyatspi, frame)
                check(len(controls) >= 15, 'editor: its controls are visible to assistive technology',
                      f'found {len(controls)}')
                bad = [f'{describe(c)}: {badly_named(c)}' for c in controls if badly_named(c)]
                bad += [f'{describe(c)}: named by its type' for c in controls if TYPE_NAME.match(c.name or '')]
                check(not bad, 'editor: every control has a name that reads well, once', '\n'.join(bad))
                names = {c.name for c in controls}
                for wanted in ('Sets', 'Get Ready', 'Both Sides', 'Rounds', 'Instructions', 'Close',
                               'Time per Level', 'Shortest Time', 'Longest Time', 'Use Defaults'):
                    check(wanted in names, f'editor: a control named "{wanted}"', ', '.join(sorted(names)))

                headers = [n for n in walk(frame)
                           if n is not None and n.getRole() == pyatspi.ROLE_LIST_ITEM
                           and n.getState().contains(pyatspi.STATE_EXPANDABLE)]
                check(len(headers) == 2, 'editor: the exercise row and its Progression say they can fold',
                      f'found {len(headers)} expandable rows')
                if len(headers) == 2:
                    check(headers[0].getState().contains(pyatspi.STATE_EXPANDED),
                          'editor: a new routine\'s first exercise starts open, and says so',
                          f'row "{headers[0].name}"')
                    check(headers[1].name.startswith('Progression')
                          and not headers[1].getState().contains(pyatspi.STATE_EXPANDED),
                          'editor: its Progression starts closed, and says so', f'row "{headers[1].name}"')
                name_fields = [c for c in controls if c.getRole() == pyatspi.ROLE_TEXT and c.name == 'Name']
                check(len(name_fields) == 1, 'editor: one Name field', f'found {len(name_fields)}')
                if name_fields:
                    box = name_fields[0].queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
                    check(box.width > 0 and box.height > 0,
                          'editor: the first exercise\'s Name field is reachable without a click',
                          f'extents {box.x},{box.y} {box.width}x{box.height}')

            run_case(pyatspi, 'library', [], env, library_checks)
            run_case(pyatspi, 'player', ['--start', 'desk-break'], env, player_checks)
            run_case(pyatspi, 'editor', [], env, editor_checks)

    return finish()


if __name__ == '__main__':
    sys.exit(main())
