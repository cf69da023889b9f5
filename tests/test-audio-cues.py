#!/usr/bin/python3
"""The cue sounds, heard for real (suite audio).

Through tests/audio/audio-harness.py (a private PulseAudio with a null sink,
recorded), tests/play-cues plays cues through LimberCanberraPlayer, and this
checks what came out of the sink:

1. every cue kind, 700 ms apart: each heard once, in order, its onset within
   50 ms of its planned offset (relative to the first), loud enough, and each
   burst is the sound of ITS cue: it matches its own theme file (duration,
   zero-crossing rate, number of parts) better than any other cue's, so a
   player that played one sound for everything, or mixed them up, fails;
2. settings: a cue switched off is not heard, volume 0.5 is about -6 dB, and
   a cue played before the player is ready is still heard;
3. a missing sound theme: unavailable once, silent, nothing on stderr.

A TAP producer. Needs pulseaudio, pactl, parec and sox.

SPDX-License-Identifier: GPL-3.0-or-later
"""

import importlib.machinery
import math
import os
import shutil
import subprocess
import sys
import tempfile

harness = importlib.machinery.SourceFileLoader(
    'audio_harness', os.environ['AUDIO_HARNESS']).load_module()

PLAY_CUES = os.environ['PLAY_CUES']
DATA_DIR = os.environ['LIMBER_BUILD_DATADIR']
THEME_DIR = os.environ['SOUND_THEME_DIR']

KINDS = ['get-ready', 'countdown', 'go', 'halfway', 'switch-sides', 'rest', 'rep',
         'exercise-done', 'session-finished']
SPACING_MS = 700
ONSET_TOLERANCE_MS = 50
MIN_PEAK = 0.35          # -9 dBFS; the files peak at -3 dBFS and play at volume 1
MATCH_MAX = 0.06         # feature distance of a recorded burst to its own file
DISTINCT_MIN = 0.15      # feature distance between any two cue files

results = []


def check(ok, what, diag=None):
    results.append((bool(ok), what, diag))
    return ok


def distance(a, b):
    """How different two bursts sound, crudely: length, pitch, parts."""
    return (abs(math.log(a.duration / b.duration)) + abs(math.log(a.zcr / b.zcr))
            + abs(a.parts - b.parts))


def reference_bursts(tmp):
    refs = {}
    for kind in KINDS:
        src = os.path.join(THEME_DIR, 'stereo', f'limber-{kind}.oga')
        wav = os.path.join(tmp, f'{kind}.wav')
        subprocess.run(['sox', src, '-c', '1', '-b', '16', wav], check=True)
        refs[kind] = harness.analyze(wav)
    return refs


def test_references(refs):
    check(all(len(b) == 1 for b in refs.values()),
          'each cue file is a single burst',
          {k: len(v) for k, v in refs.items()})
    ok = True
    closest = (None, None, 1e9)
    for i, a in enumerate(KINDS):
        for b in KINDS[i + 1:]:
            if not refs[a] or not refs[b]:
                ok = False
                continue
            d = distance(refs[a][0], refs[b][0])
            if d < closest[2]:
                closest = (a, b, d)
    check(ok and closest[2] > DISTINCT_MIN,
          f'the cue files differ from each other (closest pair: {closest[0]} and '
          f'{closest[1]}, distance {closest[2]:.2f} > {DISTINCT_MIN})')
    for kind in KINDS:
        b = refs[kind][0] if refs[kind] else None
        limit = 1.5 if kind == 'session-finished' else 0.6
        check(b is not None and 0.040 <= b.duration <= limit and
              0.5 < b.peak <= 0.75,
              f'{kind}: file is 40 ms..{limit} s and peaks near -3 dBFS',
              b and f'duration {b.duration:.3f} s, peak {b.peak:.3f}')


def test_all_cues(refs):
    cues = [f'{k}@{i * SPACING_MS}' for i, k in enumerate(KINDS)]
    rec = harness.record([PLAY_CUES, *cues], data_dirs=[DATA_DIR])
    bursts = rec.bursts
    check(rec.returncode == 0, 'play-cues: the player stayed available',
          f'status {rec.returncode}\n{rec.stdout}\n{rec.stderr}')
    check(rec.stderr == '', 'play-cues printed nothing on stderr', rec.stderr)
    if not check(len(bursts) == len(KINDS),
                 f'{len(KINDS)} cues played, {len(KINDS)} bursts heard',
                 f'heard {len(bursts)}: ' + ', '.join(f'{b.onset:.3f}' for b in bursts)):
        return

    t0 = bursts[0].onset
    errors = []
    for i, (kind, b) in enumerate(zip(KINDS, bursts)):
        planned = i * SPACING_MS
        heard = (b.onset - t0) * 1000
        errors.append(heard - planned)
        check(abs(heard - planned) <= ONSET_TOLERANCE_MS,
              f'{kind}: heard at +{heard:.1f} ms, planned +{planned} ms '
              f'(error {heard - planned:+.1f} ms, tolerance {ONSET_TOLERANCE_MS})')
        check(b.peak >= MIN_PEAK, f'{kind}: peak {b.peak:.3f} >= {MIN_PEAK}')
        own = distance(b, refs[kind][0])
        nearest = min(KINDS, key=lambda k: distance(b, refs[k][0]))
        check(nearest == kind and own <= MATCH_MAX,
              f'{kind}: the burst sounds like limber-{kind} (distance {own:.3f}, '
              f'{b.duration * 1000:.0f} ms, {b.zcr:.0f} crossings/s, {b.parts} part(s))',
              f'nearest file: limber-{nearest}')
    print('# onset errors (ms, relative to the first cue): '
          + ' '.join(f'{k}={e:+.1f}' for k, e in zip(KINDS, errors)))
    print(f'# max |onset error|: {max(abs(e) for e in errors):.1f} ms')


def test_settings(refs):
    rec = harness.record([PLAY_CUES, '--set', 'cue-rep=false', '--set', 'volume=0.5',
                          '--early', 'get-ready', 'go@800', 'rep@1500', 'countdown@2200'],
                         data_dirs=[DATA_DIR])
    bursts = rec.bursts
    check(rec.returncode == 0 and rec.stderr == '', 'settings run: available, quiet stderr',
          f'status {rec.returncode}\n{rec.stdout}\n{rec.stderr}')
    check('early get-ready ready=0' in rec.stdout,
          'the early cue was played before the player was ready', rec.stdout)
    if not check(len(bursts) == 3,
                 'heard the early get-ready, go and countdown, but not the switched-off rep',
                 f'heard {len(bursts)}: '
                 + ', '.join(f'{b.onset:.3f} ({b.duration * 1000:.0f} ms)' for b in bursts)):
        return
    gap = (bursts[2].onset - bursts[1].onset) * 1000
    check(abs(gap - 1400) <= ONSET_TOLERANCE_MS,
          f'go and countdown heard 1400 ms apart ({gap:.1f} ms): nothing in between')
    for kind, b in zip(['get-ready', 'go', 'countdown'], bursts):
        db = 20 * math.log10(b.peak / refs[kind][0].peak)
        check(-7.5 <= db <= -4.5, f'{kind} at volume 0.5: {db:+.1f} dB (expected about -6)')


def test_missing_theme():
    with tempfile.TemporaryDirectory() as empty:
        rec = harness.record([PLAY_CUES, 'go@0', 'countdown@100'], data_dirs=[],
                             env={'XDG_DATA_DIRS': empty})
    lines = rec.stdout.splitlines()
    unavailable = [l for l in lines if l.startswith('unavailable:')]
    check(rec.returncode == 3, 'missing theme: play-cues reports the player unavailable',
          f'status {rec.returncode}\n{rec.stdout}')
    check(len(unavailable) == 1 and 'could not be loaded' in unavailable[0],
          'missing theme: one notify, a message naming the missing sound', rec.stdout)
    check(rec.stderr == '', 'missing theme: nothing on stderr', rec.stderr)
    check(not rec.bursts, 'missing theme: nothing heard',
          f'{len(rec.bursts)} bursts')


def main():
    missing = [p for p in ('pulseaudio', 'pactl', 'parec', 'sox') if shutil.which(p) is None]
    if missing:
        print(f'1..0 # SKIP missing {" ".join(missing)}')
        return 0

    with tempfile.TemporaryDirectory() as tmp:
        refs = reference_bursts(tmp)
    test_references(refs)
    try:
        test_all_cues(refs)
        test_settings(refs)
        test_missing_theme()
    except harness.HarnessError as e:
        check(False, f'audio harness: {e}')

    print(f'1..{len(results)}')
    for i, (ok, what, diag) in enumerate(results, 1):
        print(f'{"ok" if ok else "not ok"} {i} - {what}')
        if diag is not None and not ok:
            for line in str(diag).splitlines():
                print(f'# {line}')
    return 0


if __name__ == '__main__':
    sys.exit(main())
