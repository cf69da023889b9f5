#!/usr/bin/python3
"""The next-morning check-in's notification end to end (suite e2e, seconds).

On a private session bus (dbus-run-session) with the stand-in desktop and
notification server of tests/desktop/fake-desktop.py and the keyfile
settings back end (break reminders off, the check-in on from 00:00), a
history with a session that started yesterday at noon: the real
limber-reminders keeps running for the check-in alone and sends "How does
your back feel this morning?" at once; a click on it runs `limber --checkin
ID` (a stand-in `limber` in LIMBER_PROGRAM_DIR records its arguments); a
answered in the window (the action checkin-answered), the notification is
withdrawn; a check-in recorded, a restarted background part asks no more;
the check-in turned off, it leaves. A TAP producer.

SPDX-License-Identifier: GPL-3.0-or-later
"""

import datetime
import json
import os
import re
import subprocess
import tempfile
import time

SOURCE_ROOT = os.environ['LIMBER_SOURCE_ROOT']
REMINDERS = os.path.join(os.environ['LIMBER_PROGRAM_DIR'], 'limber-reminders')
SCHEMA = 'io.github.limber.Limber'
DESKTOP = ['--dest', 'io.github.limber.TestDesktop', '--object-path', '/io/github/limber/TestDesktop']
SESSION = '3f1c2a9e-8b7d-4c1e-9f00-123456789abc'

from tap import check, finish


def desktop_call(env, method, *args):
    out = subprocess.run(['gdbus', 'call', '--session', *DESKTOP,
                          '--method', f'io.github.limber.TestDesktop.{method}', *args],
                         env=env, capture_output=True, text=True, timeout=30)
    return out.stdout


def notifications(env):
    out = desktop_call(env, 'GetNotifications')
    m = re.match(r"^\('(.*)',\)\s*$", out, re.S)
    if not m:
        return []
    return json.loads(m.group(1).encode('latin-1', 'backslashreplace').decode('unicode_escape')
                      .encode('latin-1').decode('utf-8'))


def wait_for(predicate, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.2)
    return None


def session_line(start):
    iso = start.isoformat(timespec='seconds')
    return json.dumps({'v': 1, 'id': SESSION, 'start': iso, 'end': iso, 'routine_id': 'desk-break',
                       'routine_title': 'Desk Break', 'planned_seconds': 180, 'active_seconds': 180,
                       'completed': True, 'pain_before': 2, 'pain_after': 2}) + '\n'


def main():
    procs = []
    with tempfile.TemporaryDirectory(prefix='limber-checkin-') as home:
        bindir = os.path.join(home, 'bin')
        os.makedirs(bindir)
        called = os.path.join(home, 'limber-args')
        fake_limber = os.path.join(bindir, 'limber')
        with open(fake_limber, 'w') as f:
            f.write(f'#!/bin/sh\nprintf "%s\\n" "$@" > {called}.tmp && mv {called}.tmp {called}\n')
        os.chmod(fake_limber, 0o755)

        env = dict(os.environ)
        env.update(HOME=home,
                   XDG_DATA_HOME=os.path.join(home, 'data'),
                   XDG_CONFIG_HOME=os.path.join(home, 'config'),
                   XDG_CACHE_HOME=os.path.join(home, 'cache'),
                   GSETTINGS_BACKEND='keyfile',
                   G_MESSAGES_DEBUG='limber-reminders limber-checkin',
                   DBUS_SYSTEM_BUS_ADDRESS=os.environ['DBUS_SESSION_BUS_ADDRESS'],
                   LIMBER_PROGRAM_DIR=bindir)
        history = os.path.join(home, 'data', 'limber', 'history.jsonl')
        os.makedirs(os.path.dirname(history))
        noon = datetime.datetime.now().astimezone().replace(hour=12, minute=0, second=0, microsecond=0)
        with open(history, 'w') as f:
            f.write(session_line(noon - datetime.timedelta(days=1)))
        settings = [('break-interval', '240'), ('break-reminders', 'false'),
                    ('morning-checkin', 'true'), ('morning-checkin-time', "'00:00'")]
        for key, value in settings:
            subprocess.run(['gsettings', 'set', SCHEMA, key, value], env=env, check=True)

        try:
            fake_out = open(os.path.join(home, 'fake.out'), 'w+')
            fake = subprocess.Popen(['/usr/bin/python3', os.path.join(SOURCE_ROOT, 'tests', 'desktop',
                                                                      'fake-desktop.py'),
                                     'mutter', 'shield', 'logind', 'notifications'],
                                    env=env, stdout=fake_out, stderr=subprocess.STDOUT)
            procs.append(fake)
            wait_for(lambda: fake_out.seek(0) == 0 and 'ready' in fake_out.read(), 30)

            log = os.path.join(home, 'reminders.log')
            background = subprocess.Popen([REMINDERS], env=env, stdin=subprocess.DEVNULL,
                                          stdout=open(log, 'w'), stderr=subprocess.STDOUT)
            procs.append(background)

            def checkin_notes():
                return [n for n in notifications(env)
                        if n['call'] == 'Notify' and n['summary'] == 'How does your back feel this morning?']

            time.sleep(1.0)
            check(background.poll() is None, 'with break reminders off, it keeps running for the check-in',
                  open(log).read())
            notes = wait_for(checkin_notes, 30)
            if not check(notes, 'the check-in comes when the background part starts after its time',
                         open(log).read() + json.dumps(notifications(env))):
                return finish()
            note = notes[0]
            check(note['body'] == 'After yesterday’s Desk Break: click to answer in Limber',
                  'the notification names yesterday\'s routine', note['body'])
            target = f'app.checkin::{SESSION}'
            check(note['actions'] == ['default', '', target, 'Check In'],
                  'a click on it and its Check In button open the check-in about that session',
                  note['actions'])

            desktop_call(env, 'InvokeAction', str(note['id']), 'default')
            args = wait_for(lambda: os.path.exists(called) and open(called).read().split('\n'), 15)
            check(args is not None and args[:2] == ['--checkin', SESSION],
                  'the click runs limber --checkin with the session id', args)

            # Started again (not answered yet): it asks again; answered in the
            # window, the window's word (the action checkin-answered, no
            # auto-start) withdraws the notification.
            background.terminate()
            background.wait(timeout=15)
            log1 = os.path.join(home, 'reminders1.log')
            second = subprocess.Popen([REMINDERS], env=env, stdin=subprocess.DEVNULL,
                                      stdout=open(log1, 'w'), stderr=subprocess.STDOUT)
            procs.append(second)
            notes = wait_for(lambda: len(checkin_notes()) >= 2 and checkin_notes(), 30)
            if check(notes, 'started again before an answer, it asks again', open(log1).read()):
                subprocess.run(['gdbus', 'call', '--session', '--dest', 'io.github.limber.Limber.Reminders',
                                '--object-path', '/io/github/limber/Limber/Reminders',
                                '--method', 'org.freedesktop.Application.ActivateAction',
                                'checkin-answered', '[]', '{}'],
                               env=env, capture_output=True, timeout=30)
                closed = wait_for(lambda: [n for n in notifications(env)
                                           if n['call'] == 'CloseNotification' and n['id'] == notes[1]['id']], 15)
                check(closed, 'answered in the window, the notification is withdrawn', notifications(env))
            second.terminate()
            second.wait(timeout=15)

            # Answered (a check-in line): started again, it asks no more.
            with open(history, 'a') as f:
                f.write(json.dumps({'v': 1, 'kind': 'checkin',
                                    'time': datetime.datetime.now().astimezone().isoformat(timespec='seconds'),
                                    'session': SESSION, 'pain': 3}) + '\n')
            log2 = os.path.join(home, 'reminders2.log')
            again = subprocess.Popen([REMINDERS], env=env, stdin=subprocess.DEVNULL,
                                     stdout=open(log2, 'w'), stderr=subprocess.STDOUT)
            procs.append(again)
            looked = wait_for(lambda: 'no check-in due' in open(log2).read(), 30)
            check(looked and len(checkin_notes()) == 2,
                  'answered, the session is not asked about again', open(log2).read())

            subprocess.run(['gsettings', 'set', SCHEMA, 'morning-checkin', 'false'], env=env, check=True)
            try:
                again.wait(timeout=15)
                check(again.returncode == 0, 'the check-in off (and break reminders off): the background part quits',
                      again.returncode)
            except subprocess.TimeoutExpired:
                check(False, 'the check-in off (and break reminders off): the background part quits',
                      'still running')
        finally:
            for p in reversed(procs):
                if p.poll() is None:
                    p.terminate()
                    try:
                        p.wait(timeout=10)
                    except subprocess.TimeoutExpired:
                        p.kill()
    return finish()


if __name__ == '__main__':
    raise SystemExit(main())
