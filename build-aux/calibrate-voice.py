#!/usr/bin/python3
"""Measure how long espeak-ng takes to say Limber's phrases (the calibration
of limber_speech_estimate in app/core/limber-speech-script.c).

  build-aux/calibrate-voice.py render      espeak-ng -w at 80, 125, 170, 310, 449 words a minute
  build-aux/calibrate-voice.py sink        spd-say -w into a private PulseAudio null sink
                                           (tests/audio/audio-harness.py), rate 0

Both print one line per phrase: language, words a minute, voiced seconds
(first to last sample above -26 dBFS, gaps under 0.3 s inside), the phrase;
`render` then fits voiced = a + b*letters + c*words + d*digits + e*pauses at
170 words a minute (speech-dispatcher's rate 0 with the espeak-ng module's
defaults) by least squares and prints the coefficients and the errors.

SPDX-License-Identifier: GPL-3.0-or-later
"""

import importlib.machinery
import os
import re
import subprocess
import sys
import tempfile

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
harness = importlib.machinery.SourceFileLoader(
    'audio_harness', os.path.join(TOP, 'tests', 'audio', 'audio-harness.py')).load_module()

PHRASES = {
    'en': [
        'Go', 'Halfway', 'Set 2 of 3', 'Left side', 'Switch sides', 'Last set', 'Last exercise',
        'Well done. Routine complete.', 'Rest, 10 seconds. Next: Lying hamstring stretch.',
        'Next: hamstring stretch',
        'Get ready: Kneeling hip flexor stretch. Two sets of 30 seconds, each side. Left side first.',
        'Get ready: Plank. 30 seconds.',
        'Get ready: Lying hamstring stretch. Three sets of 45 seconds.',
        'Rest, 30 seconds. Next: Glute bridge.', 'Set 3 of 4', 'Right side', 'Next: Plank',
        'Get ready: Squat. Two sets of 10 reps.', '1', '2', '7', '12', 'Rest, 5 seconds.',
        'Last exercise. Next: Cat-cow.',
    ],
    'de': [
        'Los', 'Halbzeit', 'Satz 2 von 3', 'Linke Seite', 'Seite wechseln', 'Letzter Satz',
        'Letzte Übung', 'Gut gemacht. Routine abgeschlossen.',
        'Pause, 10 Sekunden. Als Nächstes: Liegende Oberschenkeldehnung.',
        'Gleich: Beinrückseite dehnen',
        'Mach dich bereit: Hüftbeuger-Dehnung im Knien. Zwei Sätze zu 30 Sekunden, jede Seite. '
        'Zuerst links.',
        'Rechte Seite', 'Satz 3 von 4', 'Eins', 'Gut gemacht.',
    ],
}
RATES = (80, 125, 170, 310, 449)


def voiced(samples, rate):
    bursts = harness.find_bursts(samples, rate, 0.05, 0.3)
    return bursts[-1].end - bursts[0].onset if bursts else 0.0


def features(text):
    letters = len(re.findall(r'[^\W\d_]', text))
    words = len(re.findall(r'[^\W\d_]+', text))
    digits = len(re.findall(r'\d', text))
    pauses = len(re.findall(r'[.,:;!?](?=\s)', text))
    return [1, letters, words, digits, pauses]


def solve(rows, ys):
    n = len(rows[0])
    m = [[sum(r[i] * r[j] for r in rows) for j in range(n)] for i in range(n)]
    v = [sum(r[i] * y for r, y in zip(rows, ys)) for i in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            f = m[j][i] / m[i][i]
            for k in range(n):
                m[j][k] -= f * m[i][k]
            v[j] -= f * v[i]
    x = [0.0] * n
    for i in reversed(range(n)):
        x[i] = (v[i] - sum(m[i][k] * x[k] for k in range(i + 1, n))) / m[i][i]
    return x


def render():
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        wav = os.path.join(tmp, 'x.wav')
        for lang, phrases in PHRASES.items():
            for wpm in RATES:
                for text in phrases:
                    subprocess.run(['espeak-ng', '-v', lang, '-s', str(wpm), '-w', wav, text],
                                   check=True)
                    samples, rate = harness.read_wav(wav)
                    results.append((lang, wpm, voiced(samples, rate), text))
                    print(f'{lang} {wpm} {results[-1][2]:.3f} {text}')
    rows = [(features(t), v) for lang, wpm, v, t in results if wpm == 170]
    x = solve([r for r, _ in rows], [v for _, v in rows])
    errors = [sum(a * b for a, b in zip(x, r)) - v for r, v in rows]
    print('fit at 170 wpm (s): base %.4f letter %.4f word %.4f digit %.4f pause %.4f' % tuple(x))
    print(f'errors: {min(errors):+.3f} .. {max(errors):+.3f} s over {len(rows)} phrases')


def sink():
    script = ['sh', '-c', 'sleep 1; for p in "$@"; do spd-say -w -l en -r 0 "$p"; sleep 1; done', 'sh']
    with tempfile.TemporaryDirectory() as runtime:
        os.chmod(runtime, 0o700)
        rec = harness.record(script + PHRASES['en'], env={'XDG_RUNTIME_DIR': runtime},
                             min_silence=0.6, timeout=300)
    # phrases are 1 s apart, words closer than 0.3 s: bursts split at 0.6 s
    for b, text in zip(rec.bursts, PHRASES['en']):
        print(f'en sink {b.duration:.3f} {text}')
    if len(rec.bursts) != len(PHRASES['en']):
        print(f'# {len(rec.bursts)} bursts for {len(PHRASES["en"])} phrases: pair them by hand')


if __name__ == '__main__':
    {'render': render, 'sink': sink}.get(sys.argv[1] if len(sys.argv) > 1 else '', render)()
