#!/usr/bin/env bash
# make-sounds.sh: the recipe of Limber's cue sounds (the XDG sound theme "limber").
#
# Every sound is synthesized here from sine tones with sox: no samples, no
# recordings, so the results are CC0 like this recipe. Run it from anywhere:
#   build-aux/make-sounds.sh [OUTDIR]      (default: data/sounds/limber/stereo)
# It writes limber-<cue>.oga (Ogg Vorbis, 44.1 kHz, stereo), one per cue kind,
# each with a soft attack (>= 4 ms) and a release to silence (no clicks),
# normalized to a peak of about -3 dBFS.
#
# SPDX-License-Identifier: CC0-1.0
set -euo pipefail

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=${1:-$top/data/sounds/limber/stereo}
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

rate=44100
# Intermediate files are mono 32-bit float, every tone at -12 dBFS, so mixing
# never clips; finish normalizes.
fmt=(-r "$rate" -c 1 -e floating-point -b 32)

# note FILE START DUR FREQ SHAPE ATTACK [PARTIAL_RATIO PARTIAL_DB]
#   A sine note of DUR seconds that begins START seconds into FILE, with an
#   ATTACK-second fade in and a fade out over the rest of the note: SHAPE "l"
#   decays like a struck bell, "h" is a rounded blip. An optional partial adds
#   brightness (e.g. 2 -14: the octave, 14 dB down).
note () {
  local file=$1 start=$2 dur=$3 freq=$4 shape=$5 attack=$6
  local ratio=${7:-} pdb=${8:-}
  if [ -n "$ratio" ]; then
    local pfreq
    pfreq=$(awk -v f="$freq" -v r="$ratio" 'BEGIN { printf "%.2f", f * r }')
    sox -n "${fmt[@]}" "$tmp/fund.wav" synth "$dur" sine "$freq" gain -12
    sox -n "${fmt[@]}" "$tmp/part.wav" synth "$dur" sine "$pfreq" gain $((pdb - 12))
    sox -m -v 1 "$tmp/fund.wav" -v 1 "$tmp/part.wav" "${fmt[@]}" "$tmp/raw.wav"
  else
    sox -n "${fmt[@]}" "$tmp/raw.wav" synth "$dur" sine "$freq" gain -12
  fi
  # fade in ATTACK, fade out from ATTACK to the end (the whole rest of the note)
  local fade_out
  fade_out=$(awk -v d="$dur" -v a="$attack" 'BEGIN { printf "%.4f", d - a }')
  sox "$tmp/raw.wav" "${fmt[@]}" "$file" fade q "$attack" 0 "$fade_out" pad "$start" 0
}

# peak_dbfs FILE: the decoded peak of FILE in dBFS, over all channels.
peak_dbfs () {
  sox "$1" -n stats 2>&1 | awk '/^Pk lev dB/ { print $4 }'
}

# finish NAME NOTEFILE...: mix the notes (they carry their own start offsets),
# add 20 ms of silence before and 5 ms after, normalize the peak to -3 dBFS,
# encode. The lead-in is there because PulseAudio may drop the first few ms
# of a sample it starts in the middle of a mixing block (measured up to 9 ms
# on a null sink): then it drops silence, not the soft attack.
finish () {
  local name=$1; shift
  local inputs=()
  if [ $# -eq 1 ]; then
    cp "$1" "$tmp/mix.wav"
  else
    for f in "$@"; do inputs+=(-v 0.5 "$f"); done
    sox -m "${inputs[@]}" "${fmt[@]}" "$tmp/mix.wav"
  fi
  # Vorbis moves the peak by up to 2 dB: encode, measure the decoded peak,
  # and encode again with the gain corrected so the peak lands on -3 dBFS.
  local target=-3.0 peak_db
  sox -R "$tmp/mix.wav" -r "$rate" -c 2 -C 6 -t ogg "$out/limber-$name.oga" \
    pad 0.020 0.005 gain -n "$target"
  peak_db=$(peak_dbfs "$out/limber-$name.oga")
  target=$(awk -v t="$target" -v p="$peak_db" 'BEGIN { printf "%.2f", t + (-3.0 - p) }')
  sox -R "$tmp/mix.wav" -r "$rate" -c 2 -C 6 -t ogg "$out/limber-$name.oga" \
    pad 0.020 0.005 gain -n "$target"
  rm -f "$tmp"/n*.wav "$tmp/mix.wav"
}

# get-ready: a gentle rising two-tone, G5 then C6, soft and rounded (0.45 s).
note "$tmp/n1.wav" 0     0.22 784    h 0.015 2 -18
note "$tmp/n2.wav" 0.20  0.25 1046.5 h 0.015 2 -18
finish get-ready "$tmp/n1.wav" "$tmp/n2.wav"

# countdown: a short 880 Hz blip (0.10 s).
note "$tmp/n1.wav" 0 0.10 880 h 0.006
finish countdown "$tmp/n1.wav"

# go: a brighter two-note rise, A5 then E6 with the octave in it (0.40 s).
note "$tmp/n1.wav" 0    0.13 880    h 0.005 2 -10
note "$tmp/n2.wav" 0.11 0.29 1318.5 l 0.005 2 -10
finish go "$tmp/n1.wav" "$tmp/n2.wav"

# halfway: a single chime, C6 with a bell's inharmonic partial (0.55 s).
note "$tmp/n1.wav" 0 0.55 1046.5 l 0.004 2.76 -12
finish halfway "$tmp/n1.wav"

# switch-sides: a double tick, two short woody 1.6 kHz ticks 70 ms apart (0.16 s).
note "$tmp/n1.wav" 0    0.045 1600 l 0.004 1.5 -8
note "$tmp/n2.wav" 0.11 0.045 1600 l 0.004 1.5 -8
finish switch-sides "$tmp/n1.wav" "$tmp/n2.wav"

# rest: a soft falling pair, E5 then C5, low and round (0.55 s).
note "$tmp/n1.wav" 0    0.28 659.25 h 0.02
note "$tmp/n2.wav" 0.24 0.31 523.25 h 0.02
finish rest "$tmp/n1.wav" "$tmp/n2.wav"

# rep: a very short soft tick, 2.1 kHz, quickly decaying (45 ms).
note "$tmp/n1.wav" 0 0.045 2093 l 0.004
finish rep "$tmp/n1.wav"

# exercise-done: a small rising arpeggio, C5 E5 G5, the last ringing (0.56 s).
note "$tmp/n1.wav" 0    0.20 523.25 l 0.006 2 -16
note "$tmp/n2.wav" 0.12 0.20 659.25 l 0.006 2 -16
note "$tmp/n3.wav" 0.24 0.32 783.99 l 0.006 2 -16
finish exercise-done "$tmp/n1.wav" "$tmp/n2.wav" "$tmp/n3.wav"

# session-finished: a warm C major chord, gently strummed upward and held,
# fading slowly (1.40 s).
note "$tmp/n1.wav" 0    1.40 261.63 l 0.03 2 -12
note "$tmp/n2.wav" 0.04 1.36 329.63 l 0.03 2 -12
note "$tmp/n3.wav" 0.08 1.32 392.00 l 0.03 2 -12
note "$tmp/n4.wav" 0.12 1.28 523.25 l 0.03 2 -14
finish session-finished "$tmp/n1.wav" "$tmp/n2.wav" "$tmp/n3.wav" "$tmp/n4.wav"

for f in "$out"/limber-*.oga; do
  printf '%-28s %s s, peak %s dBFS\n' "$(basename "$f")" "$(soxi -D "$f")" "$(peak_dbfs "$f")"
done
