#!/usr/bin/python3
"""The real program, heard (suite audio).

`limber --start tests/fixtures/audio/short-routine.json` runs under Xvfb with
its sound going to a private PulseAudio null sink that is recorded
(tests/audio/audio-harness.py). Every cue the routine plans must be heard, in
order, each within 50 ms of its planned offset.

The routine (prepare 3 s; "Hold" 4 s each side with a 2 s switch; 2 s rest
between exercises; "Squat" 2 paced reps of 2 s) plans these cues, by the
rules in app/core/limber-session.h, in milliseconds from the start:

      0 get-ready          3000 go (left)          7000 switch-sides
   1000 countdown          4000 countdown          9000 go (right)
   2000 countdown          5000 countdown         10000 countdown
                           6000 countdown         11000 countdown
  12000 countdown         13000 exercise-done + rest (one sound burst: same instant)
  14000 countdown         15000 go                17000 rep
  19000 exercise-done + session-finished

Cues of the same instant sound as one burst. The recording has no clock in
common with the program, so the offsets are aligned by the median difference;
then every burst must be within 50 ms of its plan, and no extra burst heard.

A TAP producer. SPDX-License-Identifier: GPL-3.0-or-later
"""

import importlib.machinery
import os
import statistics
import sys
import tempfile

harness = importlib.machinery.SourceFileLoader(
    'audio_harness', os.environ['AUDIO_HARNESS']).load_module()

LIMBER = os.environ['LIMBER_BIN']
DATA_DIR = os.environ['LIMBER_BUILD_DATADIR']
FIXTURE = os.path.join(os.environ['G_TEST_SRCDIR'], 'fixtures', 'audio', 'short-routine.json')

PLANNED = [  # (ms, what)
    (0, 'get-ready'), (1000, 'countdown'), (2000, 'countdown'),
    (3000, 'go'), (4000, 'countdown'), (5000, 'countdown'), (6000, 'countdown'),
    (7000, 'switch-sides'),
    (9000, 'go'), (10000, 'countdown'), (11000, 'countdown'), (12000, 'countdown'),
    (13000, 'exercise-done+rest'), (14000, 'countdown'),
    (15000, 'go'), (17000, 'rep'),
    (19000, 'exercise-done+session-finished'),
]
TOLERANCE_MS = 50
RUN_SECONDS = 23   # the routine lasts 19 s, then the Finished page shows


def main():
    results = []

    def check(ok, what, diag=None):
        results.append((bool(ok), what, diag))

    with tempfile.TemporaryDirectory(prefix='limber-e2e-') as home:
        # The cues alone, with the voice off (the baseline of cue timing;
        # test-audio-voice holds the cues to the same limits with the voice
        # on): the keyfile backend carries the setting into the program.
        settings_dir = os.path.join(home, 'config', 'glib-2.0', 'settings')
        os.makedirs(settings_dir)
        with open(os.path.join(settings_dir, 'keyfile'), 'w') as f:
            f.write('[io/github/limber/Limber]\nvoice=false\n')
        env = {
            'XDG_DATA_HOME': os.path.join(home, 'data'),
            'XDG_CONFIG_HOME': os.path.join(home, 'config'),
            'GSETTINGS_BACKEND': 'keyfile',
            'GTK_A11Y': 'none',
            'GSK_RENDERER': 'cairo',
            # And no speech service, should the setting not be read.
            'SPEECHD_ADDRESS': 'unix_socket:/nonexistent',
        }
        rec = harness.record(['timeout', '-s', 'TERM', str(RUN_SECONDS), LIMBER, '--start', FIXTURE],
                             data_dirs=[DATA_DIR], env=env, timeout=RUN_SECONDS + 30)

    # timeout(1) ends the program after the routine: status 124 is expected.
    check(rec.returncode == 124, 'the program ran until it was stopped after the routine',
          f'exit status {rec.returncode}; stderr: {rec.stderr.strip()[:500]}')
    check('unavailable' not in rec.stderr.lower(), 'no sound-unavailable message',
          rec.stderr.strip()[:500])

    onsets = [round(b.onset * 1000) for b in rec.bursts]
    check(len(onsets) == len(PLANNED), f'{len(PLANNED)} sound bursts heard',
          f'heard {len(onsets)} at ms {onsets}')

    if len(onsets) == len(PLANNED):
        diffs = [o - p for o, (p, _) in zip(onsets, PLANNED)]
        shift = statistics.median(diffs)
        errors = [d - shift for d in diffs]
        for (planned, what), err, burst in zip(PLANNED, errors, rec.bursts):
            check(abs(err) <= TOLERANCE_MS,
                  f'{what} at {planned} ms heard within {TOLERANCE_MS} ms',
                  f'error {err:+.0f} ms, peak {burst.peak:.2f}')
        print(f'# onset errors (ms): {" ".join(f"{e:+.0f}" for e in errors)}')
        print(f'# median {statistics.median(abs(e) for e in errors):.1f} ms, '
              f'max {max(abs(e) for e in errors):.1f} ms, '
              f'drift (last - first) {errors[-1] - errors[0]:+.1f} ms')

    print(f'1..{len(results)}')
    for i, (ok, what, diag) in enumerate(results, 1):
        print(f'{"ok" if ok else "not ok"} {i} - {what}')
        if diag and not ok:
            for line in str(diag).splitlines():
                print(f'# {line}')
    return 0 if all(ok for ok, _, _ in results) else 1


if __name__ == '__main__':
    sys.exit(main())
