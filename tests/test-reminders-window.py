#!/usr/bin/python3
"""Break reminders without a notification server (suite e2e, about 80 s).

On a private session bus with a stand-in desktop that has Mutter's idle
monitor, the screen shield and logind but no notification server
(tests/desktop/fake-desktop.py), and the keyfile settings back end (break
reminders on, every minute, at all hours): Limber's window runs and starts
the background part itself. A minute in, the reminder goes to the window
(app.show-reminder, with its title and text) instead of a notification;
Skip from the window (app.answer-reminder, what the banner's button does)
reaches the background part, hides the banner and offers no pause (the
window has Preferences). A TAP producer.

SPDX-License-Identifier: GPL-3.0-or-later
"""

import os
import subprocess
import sys
import tempfile
import time

LIMBER = os.environ['LIMBER_BIN']
SOURCE_ROOT = os.environ['LIMBER_SOURCE_ROOT']
SCHEMA = 'io.github.limber.Limber'

from tap import check, finish


def read(path):
    with open(path, encoding='utf-8', errors='replace') as f:
        return f.read()


def wait_for(path, text, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if text in read(path):
            return True
        time.sleep(0.2)
    return False


def main():
    procs = []
    with tempfile.TemporaryDirectory(prefix='limber-reminders-window-') as home:
        env = dict(os.environ)
        env.update(HOME=home,
                   XDG_DATA_HOME=os.path.join(home, 'data'),
                   XDG_CONFIG_HOME=os.path.join(home, 'config'),
                   XDG_CACHE_HOME=os.path.join(home, 'cache'),
                   GSETTINGS_BACKEND='keyfile',
                   G_MESSAGES_DEBUG='limber-reminders limber-app',
                   DBUS_SYSTEM_BUS_ADDRESS=os.environ['DBUS_SESSION_BUS_ADDRESS'],
                   PULSE_SERVER='unix:' + os.path.join(home, 'no-sound-server'),
                   SPEECHD_ADDRESS='unix_socket:/nonexistent',
                   GTK_A11Y='none', NO_AT_BRIDGE='1', GSK_RENDERER='cairo')
        for key, value in [('break-interval', '1'), ('natural-break', '5'),
                           ('work-days', "['mon','tue','wed','thu','fri','sat','sun']"),
                           ('work-start', "'00:00'"), ('work-end', "'00:00'"),
                           ('break-reminders', 'true')]:
            subprocess.run(['gsettings', 'set', SCHEMA, key, value], env=env, check=True)

        try:
            fake_out = os.path.join(home, 'fake.out')
            fake = subprocess.Popen(['/usr/bin/python3', os.path.join(SOURCE_ROOT, 'tests', 'desktop',
                                                                      'fake-desktop.py'),
                                     'mutter', 'shield', 'logind'],
                                    env=env, stdout=open(fake_out, 'w'), stderr=subprocess.STDOUT)
            procs.append(fake)
            if not check(wait_for(fake_out, 'ready', 30), 'the stand-in desktop is up', read(fake_out)):
                return finish()
            owner = subprocess.run(['gdbus', 'call', '--session', '--dest', 'org.freedesktop.DBus',
                                    '--object-path', '/org/freedesktop/DBus', '--method',
                                    'org.freedesktop.DBus.NameHasOwner', 'org.freedesktop.Notifications'],
                                   env=env, capture_output=True, text=True).stdout
            check('false' in owner, 'no notification server on the bus', owner)

            # Limber's window; it starts the background part (its output goes to the same log).
            log = os.path.join(home, 'limber.log')
            limber = subprocess.Popen([LIMBER], env=env, stdin=subprocess.DEVNULL,
                                      stdout=open(log, 'w'), stderr=subprocess.STDOUT)
            procs.append(limber)

            if not check(wait_for(log, 'show-reminder in the window', 120),
                         'a minute in, the reminder goes to the window', read(log)):
                return finish()
            check(wait_for(log, 'show-reminder You have been sitting for 1 minute', 15),
                  'the window receives the reminder with its title', read(log))

            subprocess.run(['gdbus', 'call', '--session', '--dest', 'io.github.limber.Limber',
                            '--object-path', '/io/github/limber/Limber', '--method',
                            'org.freedesktop.Application.ActivateAction', 'answer-reminder', "[<'skip'>]", '{}'],
                           env=env, check=True, capture_output=True)
            check(wait_for(log, 'break-event skipped 1', 15), 'Skip in the window is recorded as skipped',
                  read(log))
            check(wait_for(log, 'hide-reminder', 5), 'the banner is hidden', read(log))
            time.sleep(1)
            check('offer-pause' not in read(log), 'no pause offer goes to a missing notification server')
        finally:
            subprocess.run(['gsettings', 'set', SCHEMA, 'break-reminders', 'false'], env=env)
            time.sleep(0.5)
            for p in reversed(procs):
                if p.poll() is None:
                    p.terminate()
                    try:
                        p.wait(timeout=10)
                    except subprocess.TimeoutExpired:
                        p.kill()
    return finish()


if __name__ == '__main__':
    sys.exit(main())
