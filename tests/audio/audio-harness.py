#!/usr/bin/python3
"""Record what a command plays, in a private PulseAudio with a null sink.

A module and a command line tool; the Python standard library only, and no
display. For one recording it:

1. makes fresh 0700 temporary HOME, XDG_RUNTIME_DIR and PULSE_RUNTIME_PATH,
   starts a user-mode PulseAudio there with a null sink "test_sink" and an
   anonymous unix socket, waits until `pactl info` answers, and makes the
   null sink the default;
2. starts `parec` on test_sink.monitor (mono WAV) and waits until the file
   grows (the null sink delivers nothing for about 2 s after parec connects);
3. runs the command with PULSE_SERVER set to the private server and
   XDG_DATA_DIRS with the given data dirs first (e.g. the build tree's
   data/share, which holds the "limber" sound theme);
4. stops parec with SIGINT, stops PulseAudio, removes the temporary dirs
   (in every case: try/finally), and finds the bursts in the recording.

A burst starts where the signal rises above a threshold after at least
`min_silence` seconds below it, and ends at the last sample above the
threshold before such a silence. Times are seconds from the start of the
recording; compare onsets with each other, not with the command's clock.

Command line (prints one JSON object on stdout):
  audio-harness.py [--data-dir DIR]... [--threshold 0.05] [--min-silence 0.12]
                   [--keep-wav FILE] [--env KEY=VALUE]... -- COMMAND [ARG]...
  audio-harness.py --analyze FILE.wav      (bursts of an existing WAV)

As a module:
  harness = importlib.machinery.SourceFileLoader('audio_harness', PATH).load_module()
  rec = harness.record(['limber', '--start', 'routine.json'], data_dirs=[...])
  rec.bursts  -> [Burst(onset, end, peak, zcr, ...)], rec.stdout, rec.returncode

SPDX-License-Identifier: GPL-3.0-or-later
"""

import argparse
import array
import dataclasses
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import wave

DEFAULT_THRESHOLD = 0.05     # of full scale, about -26 dBFS
DEFAULT_MIN_SILENCE = 0.12   # seconds below the threshold that separate bursts


class HarnessError(Exception):
    """The recording could not be made (PulseAudio or parec failed)."""


@dataclasses.dataclass
class Burst:
    onset: float        # seconds from the start of the recording
    end: float          # last sample above the threshold
    peak: float         # 0..1 of full scale
    rms: float          # over the burst
    zcr: float          # zero crossings per second over the burst (with hysteresis)
    parts: int          # sub-bursts separated by 25 ms or more below the threshold

    @property
    def duration(self):
        return self.end - self.onset

    def to_dict(self):
        d = dataclasses.asdict(self)
        d['duration'] = self.duration
        return d


@dataclasses.dataclass
class Recording:
    returncode: int
    stdout: str
    stderr: str
    rate: int
    samples: array.array       # mono, floats -1..1
    bursts: list
    command_started: float     # seconds into the recording when the command was started (approx.)

    def to_dict(self):
        return {
            'returncode': self.returncode,
            'stdout': self.stdout,
            'stderr': self.stderr,
            'rate': self.rate,
            'length': len(self.samples) / self.rate if self.rate else 0.0,
            'command_started': self.command_started,
            'onsets': [b.onset for b in self.bursts],
            'bursts': [b.to_dict() for b in self.bursts],
        }


# Analysis -----------------------------------------------------------------

def read_wav(path):
    """Mono samples (floats -1..1) and the rate of a 16-bit PCM WAV.

    Tolerates a header whose sizes were never finalized (a recorder that was
    killed): the frames are then taken from the file's size.
    """
    with wave.open(path, 'rb') as w:
        channels = w.getnchannels()
        width = w.getsampwidth()
        rate = w.getframerate()
        if width != 2:
            raise HarnessError(f'{path}: {8 * width}-bit samples, expected 16-bit')
        frames = w.readframes(w.getnframes())
        if not frames:
            # unfinalized header: read the rest of the file raw
            with open(path, 'rb') as f:
                data = f.read()
            pos = data.find(b'data')
            frames = data[pos + 8:] if pos >= 0 else b''
    frames = frames[:len(frames) - len(frames) % (2 * channels)]
    pcm = array.array('h')
    pcm.frombytes(frames)
    if sys.byteorder == 'big':
        pcm.byteswap()
    if channels > 1:
        pcm = array.array('h', (int(sum(pcm[i:i + channels]) / channels)
                                for i in range(0, len(pcm), channels)))
    return array.array('d', (s / 32768.0 for s in pcm)), rate


def _zero_crossings(samples, start, end, hysteresis):
    """Sign changes between start and end, counting only swings past
    +-hysteresis, so that low-level noise (codec noise in a gap) adds none."""
    n = 0
    state = 0
    for i in range(start, end):
        s = samples[i]
        if s > hysteresis:
            if state < 0:
                n += 1
            state = 1
        elif s < -hysteresis:
            if state > 0:
                n += 1
            state = -1
    return n


def find_bursts(samples, rate, threshold=DEFAULT_THRESHOLD, min_silence=DEFAULT_MIN_SILENCE,
                part_silence=0.025):
    """Bursts of sound in mono samples: see the module's doc."""
    gap = max(1, int(min_silence * rate))
    part_gap = max(1, int(part_silence * rate))
    above = [i for i, s in enumerate(samples) if s > threshold or s < -threshold]
    bursts = []
    if not above:
        return bursts

    groups = []
    first = last = above[0]
    parts = 1
    for i in above[1:]:
        if i - last >= gap:
            groups.append((first, last, parts))
            first, parts = i, 1
        elif i - last >= part_gap:
            parts += 1
        last = i
    groups.append((first, last, parts))

    for first, last, parts in groups:
        end = last + 1
        seg = samples[first:end]
        peak = max(abs(s) for s in seg)
        rms = (sum(s * s for s in seg) / len(seg)) ** 0.5
        zc = _zero_crossings(samples, first, end, threshold / 4)
        duration = (end - first) / rate
        bursts.append(Burst(onset=first / rate, end=last / rate, peak=peak, rms=rms,
                            zcr=zc / duration if duration > 0 else 0.0, parts=parts))
    return bursts


def analyze(path, threshold=DEFAULT_THRESHOLD, min_silence=DEFAULT_MIN_SILENCE):
    samples, rate = read_wav(path)
    return find_bursts(samples, rate, threshold, min_silence)


# Recording ----------------------------------------------------------------

def _private_dir(parent, name):
    path = os.path.join(parent, name)
    os.mkdir(path, 0o700)
    os.chmod(path, 0o700)
    return path


def _stop(proc, sig, timeout):
    """Stop a process we started: sig first, then SIGKILL."""
    if proc is None or proc.poll() is not None:
        return
    try:
        proc.send_signal(sig)
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    except ProcessLookupError:
        pass


def _wait_for(predicate, timeout, what, proc=None, log=None):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        if proc is not None and proc.poll() is not None:
            break
        time.sleep(0.02)
    detail = ''
    if log is not None and os.path.exists(log):
        with open(log, errors='replace') as f:
            detail = '\n' + f.read()[-2000:]
    raise HarnessError(f'timed out waiting for {what}{detail}')


def record(command, data_dirs=(), env=None, threshold=DEFAULT_THRESHOLD,
           min_silence=DEFAULT_MIN_SILENCE, timeout=120, keep_wav=None, tail=0.3):
    """Run command while recording the private null sink; returns a Recording."""
    tmp = tempfile.mkdtemp(prefix='limber-audio-')
    os.chmod(tmp, 0o700)
    pulse = parec = None
    try:
        home = _private_dir(tmp, 'home')
        runtime = _private_dir(tmp, 'runtime')
        pulse_runtime = _private_dir(tmp, 'pulse')
        sock = os.path.join(runtime, 'pulse-socket')
        server = 'unix:' + sock
        wav = os.path.join(tmp, 'rec.wav')
        pulse_log = os.path.join(tmp, 'pulseaudio.log')

        base_env = dict(os.environ)
        for k in ('PULSE_SERVER', 'PULSE_COOKIE', 'PULSE_SINK', 'PULSE_SOURCE'):
            base_env.pop(k, None)
        base_env.update(HOME=home, XDG_RUNTIME_DIR=runtime, PULSE_RUNTIME_PATH=pulse_runtime,
                        XDG_CONFIG_HOME=os.path.join(home, '.config'))

        with open(pulse_log, 'wb') as log:
            pulse = subprocess.Popen(
                ['pulseaudio', '-n', '--daemonize=no', '--exit-idle-time=-1',
                 '--use-pid-file=no', '--disallow-exit', '--disallow-module-loading',
                 '--log-target=stderr',
                 '-L', f'module-native-protocol-unix auth-anonymous=1 socket={sock}',
                 '-L', 'module-null-sink sink_name=test_sink'],
                # Off the session bus: there it would claim org.PulseAudio1,
                # and a second recording at the same time could not start.
                env=dict(base_env, DBUS_SESSION_BUS_ADDRESS='disabled:'),
                stdin=subprocess.DEVNULL, stdout=log, stderr=log, cwd=tmp)

        client_env = dict(base_env, PULSE_SERVER=server)

        def pactl_ok(*args):
            return subprocess.run(['pactl', *args], env=client_env, stdin=subprocess.DEVNULL,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                  timeout=10).returncode == 0

        _wait_for(lambda: pactl_ok('info'), 15, 'PulseAudio to answer `pactl info`',
                  proc=pulse, log=pulse_log)
        if not pactl_ok('set-default-sink', 'test_sink'):
            raise HarnessError('pactl set-default-sink test_sink failed')

        parec = subprocess.Popen(
            ['parec', '-d', 'test_sink.monitor', '--file-format=wav', '--channels=1',
             '--latency-msec=10', wav],
            env=client_env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE, cwd=tmp)

        def size():
            try:
                return os.path.getsize(wav)
            except OSError:
                return 0

        _wait_for(lambda: size() > 0, 10, 'parec to create its WAV file', proc=parec)
        header = size()
        _wait_for(lambda: size() > header + 4410, 15, 'the null sink to deliver audio',
                  proc=parec)
        # settle a little so the recording has a silent lead-in
        time.sleep(0.2)

        cmd_env = dict(os.environ)
        cmd_env['PULSE_SERVER'] = server
        system_data = os.environ.get('XDG_DATA_DIRS') or '/usr/local/share:/usr/share'
        cmd_env['XDG_DATA_DIRS'] = ':'.join([*(os.path.abspath(d) for d in data_dirs), system_data])
        # libcanberra keeps a lookup cache (found and NOT found) in
        # $XDG_CACHE_HOME/event-sound-cache.tdb.*: a private one, so a stale
        # "not found" from an earlier run cannot hide the theme.
        cmd_env['XDG_CACHE_HOME'] = _private_dir(tmp, 'cache')
        if env:
            cmd_env.update(env)

        # Where in the recording the command starts, roughly: the file's
        # current length (parec writes with little buffering).
        started_bytes = max(0, size() - header)
        proc = subprocess.run(command, env=cmd_env, stdin=subprocess.DEVNULL,
                              capture_output=True, text=True, timeout=timeout)
        time.sleep(tail)
        _stop(parec, signal.SIGINT, 5)
        parec_err = parec.stderr.read().decode(errors='replace') if parec.stderr else ''
        if not os.path.exists(wav):
            raise HarnessError('parec wrote no file: ' + parec_err)

        samples, rate = read_wav(wav)
        if keep_wav:
            shutil.copyfile(wav, keep_wav)
        bursts = find_bursts(samples, rate, threshold, min_silence)
        return Recording(returncode=proc.returncode, stdout=proc.stdout, stderr=proc.stderr,
                         rate=rate, samples=samples, bursts=bursts,
                         command_started=started_bytes / 2 / rate)
    finally:
        _stop(parec, signal.SIGINT, 5)
        if parec is not None and parec.stderr:
            parec.stderr.close()
        _stop(pulse, signal.SIGTERM, 5)
        shutil.rmtree(tmp, ignore_errors=True)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--data-dir', action='append', default=[],
                    help='put this dir first in XDG_DATA_DIRS of the command (repeatable)')
    ap.add_argument('--env', action='append', default=[], metavar='KEY=VALUE',
                    help='extra environment of the command (repeatable)')
    ap.add_argument('--threshold', type=float, default=DEFAULT_THRESHOLD)
    ap.add_argument('--min-silence', type=float, default=DEFAULT_MIN_SILENCE)
    ap.add_argument('--timeout', type=float, default=120)
    ap.add_argument('--keep-wav', metavar='FILE', help='copy the recording here')
    ap.add_argument('--analyze', metavar='WAV', help='only analyze this WAV file')
    ap.add_argument('command', nargs='*')
    args = ap.parse_args(argv)

    if args.analyze:
        bursts = analyze(args.analyze, args.threshold, args.min_silence)
        print(json.dumps({'onsets': [b.onset for b in bursts],
                          'bursts': [b.to_dict() for b in bursts]}, indent=1))
        return 0
    if not args.command:
        ap.error('give a command after --')

    env = dict(kv.split('=', 1) for kv in args.env)
    try:
        rec = record(args.command, data_dirs=args.data_dir, env=env, threshold=args.threshold,
                     min_silence=args.min_silence, timeout=args.timeout,
                     keep_wav=args.keep_wav)
    except HarnessError as e:
        print(f'audio-harness: {e}', file=sys.stderr)
        return 2
    print(json.dumps(rec.to_dict(), indent=1))
    return 0


if __name__ == '__main__':
    sys.exit(main())
