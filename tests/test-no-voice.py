#!/usr/bin/python3
"""No speech service: the voice gives up once, the session goes on with beeps.

Runs tests/play-routine --voice --count-reps on the 19-second
tests/fixtures/audio/short-routine.json with
SPEECHD_ADDRESS=unix_socket:/nonexistent (the connection fails at once) and
no sound server, and asserts: one "Voice unavailable: …" notice naming the
socket; nothing said; the paced rep ticks again (a count would have replaced
it); every cue of the plan emitted, none held back by the voice (within
250 ms of its planned time: this suite also runs under ASan and on a busy
machine; the audio suite holds real cues to 50 ms); the
session ran to its end. A TAP producer (suite unit: no display, no sound
server, no speech service).

SPDX-License-Identifier: GPL-3.0-or-later
"""

import os
import subprocess
import sys
import tempfile

FIXTURE = os.path.join(os.environ['G_TEST_SRCDIR'], 'fixtures', 'audio', 'short-routine.json')
PLANNED = [  # (ms, kind), app/core/limber-session.h's rules, as in test-audio-e2e
    (0, 'get-ready'), (1000, 'countdown'), (2000, 'countdown'), (3000, 'go'),
    (4000, 'countdown'), (5000, 'countdown'), (6000, 'countdown'), (7000, 'switch-sides'),
    (9000, 'go'), (10000, 'countdown'), (11000, 'countdown'), (12000, 'countdown'),
    (13000, 'exercise-done'), (13000, 'rest'), (14000, 'countdown'), (15000, 'go'),
    (17000, 'rep'), (19000, 'exercise-done'), (19000, 'session-finished'),
]

results = []


def check(ok, what, diag=None):
    results.append((bool(ok), what, diag))


def main():
    with tempfile.TemporaryDirectory() as tmp:
        os.chmod(tmp, 0o700)
        env = dict(os.environ)
        env.pop('G_MESSAGES_DEBUG', None)
        env.update(SPEECHD_ADDRESS='unix_socket:/nonexistent', XDG_RUNTIME_DIR=tmp, HOME=tmp,
                   XDG_CONFIG_HOME=tmp, PULSE_SERVER='unix:' + os.path.join(tmp, 'no-such-socket'))
        proc = subprocess.run([os.environ['PLAY_ROUTINE'], '--voice', '--count-reps', FIXTURE],
                              env=env, capture_output=True, text=True, timeout=60)

    lines = proc.stdout.splitlines()
    check(proc.returncode == 0, 'play-routine ran to its end',
          f'exit status {proc.returncode}; stderr: {proc.stderr[-500:]}')
    notices = [l for l in lines if l.startswith('unavailable: Voice')]
    check(len(notices) == 1, 'one voice notice', notices)
    check(notices and notices[0].startswith('unavailable: Voice unavailable: no speech service answers (')
          and '/nonexistent' in notices[0], 'the notice says why', notices)
    check(not [l for l in lines if l.startswith('say ')], 'nothing said')
    check(any(l.startswith('plan 15485.0 ') and l.endswith(' Go') for l in lines)
          and any(l.startswith('plan 17000.0 ') and l.endswith(' 2') for l in lines),
          'the script counts the paced rep', [l for l in lines if l.startswith('plan')])
    cues = [l.split() for l in lines if l.startswith('cue ')]
    # Planned times from the session's own start (the get-ready cue's plan):
    # play-routine's "start" is read just before, and on a busy machine the
    # session may start a millisecond later.
    origin = float(cues[0][2]) if cues else 0.0
    got = [(round(float(c[2]) - origin), c[1]) for c in cues]
    check(got == PLANNED, 'every cue of the plan, the rep tick included', got)
    late = [(c[1], c[2], c[3]) for c in cues if abs(float(c[3]) - float(c[2])) > 250]
    check(not late, 'every cue within 250 ms of its planned time', late)
    check(lines and lines[-1].startswith('end '), 'the session ended', lines[-3:])
    check('CRITICAL' not in proc.stderr and 'WARNING' not in proc.stderr, 'no warning printed',
          proc.stderr[-500:])

    print(f'1..{len(results)}')
    for i, (ok, what, diag) in enumerate(results, 1):
        print(f'{"ok" if ok else "not ok"} {i} - {what}')
        if diag and not ok:
            for line in str(diag).splitlines():
                print(f'# {line}')
    return 0 if all(ok for ok, _, _ in results) else 1


if __name__ == '__main__':
    sys.exit(main())
