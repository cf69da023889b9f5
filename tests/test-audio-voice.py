#!/usr/bin/python3
"""The spoken guidance, heard (suite audio).

tests/play-routine plays tests/fixtures/audio/voice-routine.json as the
window does: the cues through libcanberra, the script through a real
speech-dispatcher with espeak-ng (autospawned in a private XDG_RUNTIME_DIR),
both into the private PulseAudio null sink that tests/audio/audio-harness.py
records.

Run 1, with the voice and counted reps:
- the recording is aligned on the cue bursts (median difference to the
  planned cue times); every cue instant is heard within 50 ms;
- every phrase the script says is heard: speech (a burst, split at 50 ms of
  silence, that does not start inside a cue's sound) starts within 300 ms
  after the phrase's planned start (the first within 1 s: the speech
  module starts with it); no speech starts outside the window of
  a phrase (its start to its latest end and the 150 ms guard);
- no speech overlaps a countdown beep: the burst at each beep starts within
  50 ms of it and is over within 0.2 s (a beep alone);
- the counted reps replace the rep ticks (no "cue rep").
Run 2, with SPEECHD_ADDRESS=unix_socket:/nonexistent (no speech service):
- exactly one "Voice unavailable: …" notice, nothing said;
- every cue heard on time, the rep ticks back, and no other sound.
The two runs play at the same time, each into a PulseAudio server and
runtime folder of its own (a minute of the suite's time, not two).

A TAP producer. SPDX-License-Identifier: GPL-3.0-or-later
"""

import concurrent.futures
import importlib.machinery
import os
import statistics
import sys
import tempfile

harness = importlib.machinery.SourceFileLoader(
    'audio_harness', os.environ['AUDIO_HARNESS']).load_module()

PLAY = os.environ['PLAY_ROUTINE']
DATA_DIR = os.environ['LIMBER_BUILD_DATADIR']
FIXTURE = os.path.join(os.environ['G_TEST_SRCDIR'], 'fixtures', 'audio', 'voice-routine.json')

# The lengths of data/sounds/limber/stereo/limber-*.oga, as in
# limber_cue_sound_length (): a burst starting inside one is part of a cue.
SOUND_LENGTH = {
    'get-ready': 0.475, 'countdown': 0.125, 'go': 0.425, 'halfway': 0.575,
    'switch-sides': 0.18, 'rest': 0.575, 'rep': 0.07, 'exercise-done': 0.585,
    'session-finished': 1.425,
}
SPLIT = 0.05           # silence that separates bursts when looking for speech
GUARD = 0.15           # the voice's silence before a cue (LIMBER_SPEECH_GUARD_US)
CUE_TOLERANCE = 0.050
SPEECH_WINDOW = 0.300
# The first phrase of a run also waits for speech-dispatcher to start its
# espeak-ng module (autospawned a moment before): 300 ms on a quiet machine
# and a little more on a loaded one were measured. Whatever its start, the
# phrase is cancelled at its latest end, which the overlap checks hold.
FIRST_SPEECH_WINDOW = 1.0
# The recording is aligned on the cues to within a few milliseconds (their
# onsets spread by ±10 ms): a phrase heard up to 20 ms before its planned
# start is on time (a fresh CI run heard "Go" 4 ms "early").
ALIGN_SLACK = 0.020
BEEP_MAX = 0.2         # a countdown beep alone lasts 0.125 s

results = []


def check(ok, what, diag=None):
    results.append((bool(ok), what, diag))
    return ok


def parse(stdout):
    plan, cues, says = [], [], []
    notices = []
    for line in stdout.splitlines():
        parts = line.split(' ', 4)
        if parts[0] == 'plan':
            end = float('inf') if parts[2] == '-' else float(parts[2]) / 1000
            plan.append((float(parts[1]) / 1000, parts[3], parts[4], end))
        elif parts[0] == 'cue':
            cues.append((parts[1], float(parts[2]) / 1000))
        elif parts[0] == 'say':
            says.append((float(parts[1]) / 1000, line.split(' ', 3)[3]))
        elif line.startswith('unavailable: '):
            notices.append(line[len('unavailable: '):])
    return plan, cues, says, notices


def align(bursts, instants):
    """The shift from plan time to recording time, by the cue bursts."""
    if not bursts or not instants:
        return None
    shift = bursts[0].onset - instants[0]
    diffs = []
    for t in instants:
        near = min(bursts, key=lambda b: abs(b.onset - (t + shift)))
        if abs(near.onset - (t + shift)) < 0.15:
            diffs.append(near.onset - t)
    return statistics.median(diffs) if diffs else None


def check_cues_heard(bursts, instants, shift, label):
    errors = []
    for t in instants:
        near = min(bursts, key=lambda b: abs(b.onset - (t + shift)))
        errors.append((near.onset - (t + shift)) * 1000)
    bad = [(t, e) for t, e in zip(instants, errors) if abs(e) > CUE_TOLERANCE * 1000]
    check(not bad, f'{label}: all {len(instants)} cue instants heard within 50 ms',
          f'late or missing: {[(round(t, 3), round(e)) for t, e in bad]}')
    return errors


def record(extra_env, runtime):
    env = {
        'XDG_RUNTIME_DIR': runtime,
        'GSETTINGS_BACKEND': 'memory',
        'LANGUAGE': '',
        'LC_ALL': 'C.UTF-8',
    }
    env.update(extra_env)
    keep = os.environ.get('LIMBER_KEEP_WAV')
    if keep:
        keep += '-novoice.wav' if 'SPEECHD_ADDRESS' in extra_env else '-voice.wav'
    return harness.record([PLAY, '--voice', '--count-reps', FIXTURE],
                          data_dirs=[DATA_DIR], env=env, timeout=150, tail=0.5,
                          keep_wav=keep)


def record_in_new_runtime(extra_env, prefix):
    with tempfile.TemporaryDirectory(prefix=prefix) as runtime:
        os.chmod(runtime, 0o700)
        return record(extra_env, runtime)


def voice_run(rec):
    check(rec.returncode == 0, 'voice run: play-routine ran to its end',
          f'exit status {rec.returncode}; stderr: {rec.stderr.strip()[:500]}')
    plan, cues, says, notices = parse(rec.stdout)
    check(not notices, 'voice run: no unavailable notice', '\n'.join(notices))
    check(plan and cues, 'voice run: the script and the cues were printed', rec.stdout[:500])
    if not (plan and cues):
        return

    instants = sorted({t for _, t in cues})
    fine = rec.bursts
    shift = align(fine, instants)
    if not check(shift is not None, 'voice run: the recording aligns with the cues'):
        return
    check_cues_heard(fine, instants, shift, 'voice run')
    check(not any(kind == 'rep' for kind, _ in cues), 'voice run: counted reps replace the rep ticks',
          [t for kind, t in cues if kind == 'rep'])

    # Speech: bursts split at 50 ms of silence that do not start inside a
    # cue's sound.
    split = harness.find_bursts(rec.samples, rec.rate, min_silence=SPLIT)
    sounds = [(t + shift - CUE_TOLERANCE, t + shift + SOUND_LENGTH[kind] + 0.03)
              for kind, t in cues]
    speech = [b for b in split if not any(a <= b.onset <= z for a, z in sounds)]
    said = [(start, text) for start, status, text, _ in plan if status != 'dropped']
    windows = [(start, end) for start, status, _, end in plan if status != 'dropped']
    latencies = []
    for index, (start, text) in enumerate(said):
        window = FIRST_SPEECH_WINDOW if index == 0 else SPEECH_WINDOW
        hits = [b for b in speech if -ALIGN_SLACK <= b.onset - (start + shift) <= window]
        if check(hits, f'voice run: “{text}” heard within {window * 1000:.0f} ms of {start:.3f} s',
                 f'voiced stretches at {[round(b.onset - shift, 3) for b in speech]}'):
            latencies.append((hits[0].onset - (start + shift)) * 1000)
    stray = [b for b in speech
             if not any(s + shift - ALIGN_SLACK <= b.onset <= e + GUARD + shift for s, e in windows)]
    check(not stray, 'voice run: no voiced stretch off the plan',
          [(round(b.onset - shift, 3), round(b.duration, 3)) for b in stray])
    if latencies:
        print(f'# speech onset after its planned start (ms): '
              f'{" ".join(f"{x:.0f}" for x in latencies)}; median {statistics.median(latencies):.0f}')

    # Countdown beeps stand alone: no speech sounds while one does.
    countdowns = [t for kind, t in cues if kind == 'countdown']
    overlapped = []
    for t in countdowns:
        near = min(split, key=lambda b: abs(b.onset - (t + shift)))
        voice = [b for b in speech if b.onset - shift < t + BEEP_MAX and b.end - shift > t - 0.02]
        if abs(near.onset - (t + shift)) > CUE_TOLERANCE or near.duration > BEEP_MAX or voice:
            overlapped.append((t, round(near.onset - shift, 3), round(near.duration, 3),
                               [(round(b.onset - shift, 3), round(b.end - shift, 3)) for b in voice]))
    check(not overlapped, f'voice run: no speech over any of the {len(countdowns)} countdown beeps',
          overlapped)
    check(len(says) == len(said), f'voice run: {len(said)} phrases said, each once',
          f'said {len(says)}: {says}')


def silent_run(rec):
    check(rec.returncode == 0, 'no-service run: play-routine ran to its end',
          f'exit status {rec.returncode}; stderr: {rec.stderr.strip()[:500]}')
    plan, cues, says, notices = parse(rec.stdout)
    check(len(notices) == 1 and notices[0].startswith('Voice unavailable: '),
          'no-service run: one "Voice unavailable: …" notice', notices)
    check(not says, 'no-service run: nothing said', says)
    # The cue times are the program's own clock from its start, which a
    # loaded machine may shift by some milliseconds: compare within 50 ms.
    reps = [t for kind, t in cues if kind == 'rep']
    check(len(reps) == 2 and all(abs(t - want) < 0.05 for t, want in zip(reps, [38.0, 40.0])),
          'no-service run: the rep ticks are back', cues)
    instants = sorted({t for _, t in cues})
    shift = align(rec.bursts, instants)
    if not check(shift is not None, 'no-service run: the recording aligns with the cues'):
        return
    errors = check_cues_heard(rec.bursts, instants, shift, 'no-service run')
    check(len(rec.bursts) == len(instants), f'no-service run: {len(instants)} sound bursts, no other',
          f'heard {len(rec.bursts)} at {[round(b.onset - shift, 3) for b in rec.bursts]}')
    if errors:
        print(f'# cue onset errors (ms): median {statistics.median(abs(e) for e in errors):.1f}, '
              f'max {max(abs(e) for e in errors):.1f}')


def main():
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        voice = pool.submit(record_in_new_runtime, {}, 'limber-voice-')
        silent = pool.submit(record_in_new_runtime,
                             {'SPEECHD_ADDRESS': 'unix_socket:/nonexistent'}, 'limber-novoice-')
        voice_rec, silent_rec = voice.result(), silent.result()
    voice_run(voice_rec)
    silent_run(silent_rec)
    print(f'1..{len(results)}')
    for i, (ok, what, diag) in enumerate(results, 1):
        print(f'{"ok" if ok else "not ok"} {i} - {what}')
        if diag and not ok:
            for line in str(diag).splitlines():
                print(f'# {line}')
    return 0 if all(ok for ok, _, _ in results) else 1


if __name__ == '__main__':
    sys.exit(main())
