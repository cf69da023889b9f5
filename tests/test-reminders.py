#!/usr/bin/python3
"""Break reminders end to end (suite e2e, about five minutes): the real programs.

On a private session bus (dbus-run-session) with a stand-in desktop
(tests/desktop/fake-desktop.py: Mutter's idle monitor, the screen shield,
logind and a notification server) and the keyfile settings back end (break
reminders on, every minute, at all hours), runs `limber --background`, which
becomes limber-reminders (no GTK in it). Then, with the real clock:
- a minute in, the reminder comes: its title, its text, its three buttons
  and its default action; away from the computer (the idle monitor), it is
  withdrawn; back, a minute later the next one, and Skip answers it;
- a minute later the next one: Start opens Limber's player on the Desk Break,
  counting down (read through AT-SPI), and the window tells the background
  part that a session runs;
- Limber closed, a minute later the next one: In 5 Minutes answers it, and no
  reminder follows right away;
- break-reminders turned off, the background part leaves.
Prints the time from Start to the player's countdown. A TAP producer.

SPDX-License-Identifier: GPL-3.0-or-later
"""

import json
import os
import resource
import re
import subprocess
import sys
import tempfile
import time

import atspi
from atspi import check, finish, walk

LIMBER = os.environ['LIMBER_BIN']
SOURCE_ROOT = os.environ['LIMBER_SOURCE_ROOT']
SCHEMA = 'io.github.limber.Limber'
DESKTOP = ['--dest', 'io.github.limber.TestDesktop', '--object-path', '/io/github/limber/TestDesktop']

def desktop_call(env, method, *args):
    out = subprocess.run(['gdbus', 'call', '--session', *DESKTOP,
                          '--method', f'io.github.limber.TestDesktop.{method}', *args],
                         env=env, capture_output=True, text=True, timeout=30)
    return out.stdout


def notifications(env):
    out = desktop_call(env, 'GetNotifications')
    # gdbus prints ('...',): the JSON inside a GVariant string literal
    m = re.match(r"^\('(.*)',\)\s*$", out, re.S)
    if not m:
        return []
    return json.loads(m.group(1).encode().decode('unicode_escape'))


def reminders(env):
    """The reminders sent (not the pause offers that follow a Skip)."""
    return [n for n in notifications(env)
            if n['call'] == 'Notify' and n['summary'].startswith('You have been sitting')]


def wait_notify(env, count, timeout):
    """Waits for the COUNT-th reminder; returns it or None."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        notes = reminders(env)
        if len(notes) >= count:
            return notes[count - 1]
        time.sleep(0.5)
    return None


def log_has(path, text, timeout=10):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with open(path, encoding='utf-8', errors='replace') as f:
            if text in f.read():
                return True
        time.sleep(0.2)
    return False


def find_start_process(home, timeout=30):
    """The limber --start of this test (its HOME is ours: other tests and
    benchmarks may run Limber at the same time)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for pid in os.listdir('/proc'):
            if not pid.isdigit():
                continue
            try:
                with open(f'/proc/{pid}/cmdline', 'rb') as f:
                    args = f.read().split(b'\0')
            except OSError:
                continue
            if b'--start' not in args or os.path.basename(args[0]) != b'limber':
                continue
            try:
                with open(f'/proc/{pid}/environ', 'rb') as f:
                    environ = f.read().split(b'\0')
            except OSError:
                continue
            if b'HOME=' + home.encode() in environ:
                return int(pid), [a.decode() for a in args if a]
        time.sleep(0.1)
    return None, None


def find_timer(pyatspi, pid, timeout=atspi.APP_TIMEOUT):
    deadline = time.monotonic() + timeout
    app = atspi.find_app(pyatspi, pid, timeout)
    while app is not None and time.monotonic() < deadline:
        for node in walk(app):
            try:
                if node.getRole() == pyatspi.ROLE_TIMER and node.name:
                    return app, node
            except Exception:
                continue
        time.sleep(0.1)
    return None, None


def fresh_name(node):
    """The name as the application says it now: libatspi keeps names it
    has read and updates them only by events, which may come late."""
    try:
        node.clear_cache()
    except Exception:
        pass
    return node.name


def core_of(pid):
    """The core file a crashed process left, where the kernel's core_pattern
    (an absolute path with %p) puts it; None when there is none."""
    try:
        pattern = open('/proc/sys/kernel/core_pattern').read().strip()
    except OSError:
        return None
    if not pattern.startswith('/') or '%p' not in pattern:
        return None
    folder = os.path.dirname(pattern)
    try:
        names = os.listdir(folder)
    except OSError:
        return None
    for name in names:
        if name.endswith(f'.{pid}') or f'.{pid}.' in name:
            return os.path.join(folder, name)
    return None


def allow_cores():
    """In the background part and the Limber it starts: a crash leaves a core
    (as far as the hard limit allows), for backtrace()."""
    _, hard = resource.getrlimit(resource.RLIMIT_CORE)
    resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))


def backtrace(pid):
    """Every thread's stack of a process, for a failure's diagnosis: of the
    running process, or of its core when it crashed."""
    target = ['-p', str(pid)]
    if not os.path.exists(f'/proc/{pid}'):
        core = core_of(pid)
        if core is None:
            return f'\n(process {pid} is gone and left no core)'
        target = [LIMBER, core]
    try:
        out = subprocess.run(['gdb', *target, '-batch', '-ex', 'thread apply all bt 25'],
                             capture_output=True, text=True, timeout=60).stdout
    except (OSError, subprocess.TimeoutExpired) as e:
        return f'\n(no backtrace of {pid}: {e})'
    return f'\nbacktrace of {pid} ({" ".join(target)}):\n' + '\n'.join(
        line for line in out.splitlines() if line.startswith(('#', 'Thread')))


def labels(pyatspi, app):
    found = set()
    for node in walk(app):
        try:
            if node.getRole() == pyatspi.ROLE_LABEL and node.name:
                found.add(node.name)
        except Exception:
            continue
    return found


def break_lines(home, timeout=5):
    """The lines of kind "break" in the history file, as objects."""
    path = os.path.join(home, 'data', 'limber', 'history.jsonl')
    try:
        with open(path, encoding='utf-8') as f:
            return [json.loads(line) for line in f if '"kind":"break"' in line]
    except FileNotFoundError:
        return []


def wait_break(home, type_, timeout=10):
    """Waits for a break line of TYPE_; returns it or None."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = [b for b in break_lines(home) if b['type'] == type_]
        if found:
            return found[-1]
        time.sleep(0.2)
    return None


def seconds_left(name):
    m = re.search(r'(\d+) seconds? remaining$', name or '')
    return int(m.group(1)) if m else None


def main():
    pyatspi = atspi.require()
    if pyatspi is None:
        return 0

    procs = []
    with tempfile.TemporaryDirectory(prefix='limber-reminders-') as home:
        # No speech service either (the voice is on by default): this test is
        # about reminders, and a speech-dispatcher autospawned here would
        # share the machine with the tests that record sound.
        env = atspi.program_env(home, HOME=home,
                                XDG_CACHE_HOME=os.path.join(home, 'cache'),
                                GSETTINGS_BACKEND='keyfile',
                                # The background part's log is what the test reads; the
                                # window's own (it inherits this log) says what it did
                                # when a check fails.
                                G_MESSAGES_DEBUG='limber-reminders limber-reminders-link '
                                                 'limber-player-page limber-session limber-sleep '
                                                 'limber-dbus limber-timing',
                                DBUS_SYSTEM_BUS_ADDRESS=os.environ['DBUS_SESSION_BUS_ADDRESS'])
        settings = [('break-interval', '1'), ('natural-break', '5'),
                    ('work-days', "['mon','tue','wed','thu','fri','sat','sun']"),
                    ('work-start', "'00:00'"), ('work-end', "'00:00'"),
                    ('break-reminders', 'true')]
        for key, value in settings:
            subprocess.run(['gsettings', 'set', SCHEMA, key, value], env=env, check=True)

        try:
            procs.append(atspi.start_bus(pyatspi))
            fake_out = open(os.path.join(home, 'fake.out'), 'w+')
            fake = subprocess.Popen(['/usr/bin/python3', os.path.join(SOURCE_ROOT, 'tests', 'desktop',
                                                                      'fake-desktop.py'),
                                     'mutter', 'shield', 'logind', 'notifications'],
                                    env=env, stdout=fake_out, stderr=subprocess.STDOUT)
            procs.append(fake)
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:
                fake_out.seek(0)
                if 'ready' in fake_out.read():
                    break
                time.sleep(0.05)
            time.sleep(1.0)

            log = os.path.join(home, 'reminders.log')
            background = subprocess.Popen([LIMBER, '--background'], env=env, stdin=subprocess.DEVNULL,
                                          preexec_fn=allow_cores,
                                          stdout=open(log, 'w'), stderr=subprocess.STDOUT)
            procs.append(background)
            time.sleep(1.0)
            alive = background.poll() is None
            check(alive, 'limber --background keeps running')
            exe = os.readlink(f'/proc/{background.pid}/exe') if alive else ''
            check(os.path.basename(exe) == 'limber-reminders',
                  'limber --background became limber-reminders', exe)
            maps = open(f'/proc/{background.pid}/maps').read() if alive else ''
            check(alive and 'libgtk' not in maps and 'libadwaita' not in maps,
                  'the background part has no GTK loaded')
            if not alive:
                return finish()

            # 1: a break on one's own withdraws the reminder
            first = wait_notify(env, 1, 100)
            if not check(first is not None, 'a reminder comes a minute in', open(log).read()):
                return finish()
            check(first['summary'] == 'You have been sitting for 1 minute',
                  'the reminder says how long the person has sat', first['summary'])
            check(first['body'] == 'A 3-minute Desk Break loosens the hips',
                  'the reminder names the break routine and its length', first['body'])
            check(first['actions'] == ['default', '', 'app.start-break', 'Start', 'app.snooze', 'In 5 Minutes',
                                       'app.skip', 'Skip'],
                  'the reminder has Start, In 5 Minutes and Skip, and a click on it is Start',
                  first['actions'])
            # Away for 6 minutes (natural-break is 5): a break. (It began before
            # this stretch did, so the model records no natural break of it.)
            desktop_call(env, 'SetIdletime', '360000')
            deadline = time.monotonic() + 10
            closed = []
            while time.monotonic() < deadline and not closed:
                closed = [n for n in notifications(env)
                          if n['call'] == 'CloseNotification' and n['id'] == first['id']]
                time.sleep(0.2)
            check(closed, 'the reminder is withdrawn when the person takes a break on their own',
                  notifications(env))
            desktop_call(env, 'SetIdletime', '0')        # back

            # 2: Skip
            first = wait_notify(env, 2, 100)
            if not check(first is not None, 'back at the computer, the next reminder comes a minute later',
                         open(log).read()):
                return finish()
            check(first['summary'] == 'You have been sitting for 1 minute',
                  'the count started again after the break', first['summary'])
            desktop_call(env, 'InvokeAction', str(first['id']), 'app.skip')
            check(log_has(log, 'break-event skipped 1'), 'Skip is recorded as a skipped break')
            line = wait_break(home, 'skipped')
            check(line is not None and line['v'] == 1 and line['sitting_minutes'] == 1
                  and re.match(r'^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$', line['time'])
                  and 'routine_id' not in line,
                  'Skip writes a "skipped" break line with the minutes sat to the history', break_lines(home))
            # Skip replaces the reminder with the offer to pause (GNOME Shell
            # 43 shows three buttons at most: the pause has its own two).
            check(log_has(log, 'offer-pause'), 'Skip offers to pause the reminders', open(log).read())
            offer = [n for n in notifications(env) if n['call'] == 'Notify' and n['summary'] == 'Reminder Skipped']
            if check(len(offer) == 1, 'the pause offer is one notification', notifications(env)):
                check(offer[0]['body'] == 'If now is a bad time, pause the reminders for a while.',
                      'the pause offer says what it is for', offer[0]['body'])
                check(offer[0]['actions'] == ['app.pause::hour', 'Pause for 1 Hour',
                                              'app.pause::today', 'Pause for Today'],
                      'the pause offer has Pause for 1 Hour and Pause for Today (two buttons)',
                      offer[0]['actions'])
                # Pause for 1 Hour sets reminders-paused-until; taken back at
                # once (a pause only counts when a reminder is due).
                before = time.time()
                desktop_call(env, 'InvokeAction', str(offer[0]['id']), 'app.pause::hour')
                check(log_has(log, 'pause hour until'), 'Pause for 1 Hour reaches the background part',
                      open(log).read())
                out = subprocess.run(['gsettings', 'get', SCHEMA, 'reminders-paused-until'], env=env,
                                     capture_output=True, text=True).stdout.split()
                until = int(out[-1]) / 1e6 if out else 0
                check(before + 3590 <= until <= time.time() + 3610,
                      'Pause for 1 Hour pauses the reminders for an hour (reminders-paused-until)',
                      f'{until - before:.0f} s from now')
                subprocess.run(['gsettings', 'set', SCHEMA, 'reminders-paused-until', '0'], env=env, check=True)

            # 3: Start
            second = wait_notify(env, 3, 100)
            if not check(second is not None, 'the next reminder comes an interval after Skip',
                         open(log).read()):
                return finish()
            started = time.monotonic()
            desktop_call(env, 'InvokeAction', str(second['id']), 'app.start-break')
            pid, args = find_start_process(home)
            check(args is not None and args[1:] == ['--start', 'desk-break'],
                  'Start runs limber --start desk-break', args)
            if pid is not None:
                app, timer = find_timer(pyatspi, pid)
                elapsed = time.monotonic() - started
                if check(timer is not None, 'the player opens with its countdown'):
                    print(f'# Start to the player\'s countdown on screen: {elapsed:.2f} s')
                    # Each reading of the name is one sample: the countdown
                    # may move between two readings.
                    first_name = fresh_name(timer)
                    first_left = seconds_left(first_name)
                    check(re.match(r'^(Get ready|Work|Rest|Switch sides): \d+ seconds? remaining$',
                                   first_name), 'the countdown reads a phase and the time left', first_name)
                    check('Standing hip flexor stretch' in labels(pyatspi, app),
                          'the player shows the Desk Break\'s first exercise', sorted(labels(pyatspi, app)))
                    time.sleep(2.5)
                    later_name = fresh_name(timer)
                    later = seconds_left(later_name)
                    phase = first_name.split(':')[0]
                    ok = (first_left is not None and later is not None
                          and (later < first_left or not later_name.startswith(phase + ':')))
                    check(ok, 'the countdown runs (fewer seconds left, or the next phase)',
                          None if ok else f'"{first_name}" then "{later_name}"\n' + open(log).read()
                          + backtrace(pid))
                check(log_has(log, 'break-event reminded-started'),
                      'Start is recorded as a started break', open(log).read())
                line = wait_break(home, 'reminded-started')
                check(line is not None and line['routine_id'] == 'desk-break' and line['sitting_minutes'] >= 1,
                      'Start writes a "reminded-started" break line naming the routine', break_lines(home))
                if not log_has(log, 'session-running 1'):
                    check(False, 'the window tells the background part that a session runs',
                          open(log).read() + backtrace(pid) + backtrace(background.pid))
                else:
                    check(True, 'the window tells the background part that a session runs')
                try:
                    os.kill(pid, 15)
                except ProcessLookupError:
                    pass
                check(log_has(log, 'main app gone', 15),
                      'Limber closed, the background part counts the session as over', open(log).read())

            # 4: In 5 Minutes
            third = wait_notify(env, 4, 130)
            if check(third is not None, 'after the session, the next reminder comes', open(log).read()):
                desktop_call(env, 'InvokeAction', str(third['id']), 'app.snooze')
                check(log_has(log, 'break-event snoozed'), 'In 5 Minutes is recorded as snoozed')
                check(wait_break(home, 'snoozed') is not None,
                      'In 5 Minutes writes a "snoozed" break line', break_lines(home))
                time.sleep(5)
                notes = reminders(env)
                check(len(notes) == 4, 'no reminder comes right after In 5 Minutes', notes[4:])
                check(not [n for n in notifications(env)
                           if n['call'] == 'Notify' and n['summary'] == 'Reminder Skipped'][1:],
                      'only Skip offers the pause')


            # Off: the background part leaves.
            subprocess.run(['gsettings', 'set', SCHEMA, 'break-reminders', 'false'], env=env, check=True)
            try:
                background.wait(timeout=15)
                check(background.returncode == 0, 'break reminders off: the background part quits',
                      background.returncode)
            except subprocess.TimeoutExpired:
                check(False, 'break reminders off: the background part quits', 'still running')
        finally:
            for p in reversed(procs):
                atspi.stop(p)
    return finish()


if __name__ == '__main__':
    sys.exit(main())
