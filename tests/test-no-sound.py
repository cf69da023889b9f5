#!/usr/bin/python3
"""No sound server: the cue player gives up once, quietly, and stays cheap.

Runs tests/play-cues (LimberCanberraPlayer) with PULSE_SERVER pointing to a
socket that does not exist and asserts: "available" turns FALSE exactly once,
with a message for the UI; nothing at all is printed on stderr, however many
cues are played; each play() returns fast; the exit status says unavailable.
A TAP producer (suite unit: no display, no sound server).

SPDX-License-Identifier: GPL-3.0-or-later
"""

import os
import subprocess
import sys
import tempfile

results = []


def check(ok, what, diag=None):
    results.append((bool(ok), what, diag))


def has_alsa_card():
    try:
        with open('/proc/asound/cards') as f:
            text = f.read()
    except OSError:
        return False
    return 'no soundcards' not in text and '[' in text


def main():
    play_cues = os.environ['PLAY_CUES']
    if has_alsa_card():
        print('1..0 # SKIP this machine has an ALSA card: the player would fall back to it')
        return 0

    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ)
        for k in ('G_MESSAGES_DEBUG', 'CANBERRA_DRIVER', 'G_DEBUG'):
            env.pop(k, None)
        env['PULSE_SERVER'] = 'unix:' + os.path.join(tmp, 'no-such-socket')
        # keep PulseAudio's client from looking at the real user's config
        env['HOME'] = tmp
        env['XDG_CONFIG_HOME'] = tmp
        env['XDG_RUNTIME_DIR'] = tmp
        data = os.environ.get('LIMBER_BUILD_DATADIR')
        if data:
            env['XDG_DATA_DIRS'] = data + ':/usr/local/share:/usr/share'

        # every kind, three rounds, 5 ms apart
        kinds = ['get-ready', 'countdown', 'go', 'halfway', 'switch-sides', 'rest', 'rep',
                 'exercise-done', 'session-finished']
        cues = [f'{k}@{5 * i}' for i, k in enumerate(kinds * 3)]
        proc = subprocess.run([play_cues, '--settings', *cues], env=env, capture_output=True,
                              text=True, timeout=30)

    out = proc.stdout.splitlines()
    unavailable = [l for l in out if l.startswith('unavailable:')]
    plays = [l.split() for l in out if l.startswith('play ')]

    check(proc.returncode == 3, 'exit status 3: the player reports it is unavailable',
          f'status {proc.returncode}\n{proc.stdout}')
    check(len(unavailable) == 1, '"available" turned FALSE exactly once (one notify)',
          '\n'.join(unavailable))
    check(unavailable and 'sound server' in unavailable[0],
          'the error message for the UI names the cause (no sound server)',
          unavailable[0] if unavailable else None)
    check(any(l == 'ready available=0' for l in out),
          'the player became ready, unavailable, before the first cue', proc.stdout)
    check(len(plays) == len(cues), f'all {len(cues)} play() calls were made',
          f'{len(plays)} made')
    check(proc.stderr == '', 'nothing printed on stderr (no ALSA or PulseAudio noise, no warning)',
          proc.stderr[:2000])
    slowest = max((int(p[4]) for p in plays), default=0)
    check(plays and slowest < 2000, 'each play() returned in under 2 ms',
          f'slowest play() took {slowest} µs')

    print(f'1..{len(results)}')
    for i, (ok, what, diag) in enumerate(results, 1):
        print(f'{"ok" if ok else "not ok"} {i} - {what}')
        if diag and not ok:
            for line in str(diag).splitlines():
                print(f'# {line}')
    return 0


if __name__ == '__main__':
    sys.exit(main())
