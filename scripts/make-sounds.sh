#!/usr/bin/env bash
# Makes the game's sound cues with sox, as both Ogg Vorbis and MP3 (Safari has no Ogg on older iOS).
# Requires: sox with the mp3 format (Debian: apt-get install sox libsox-fmt-mp3). Output: assets/audio/.
set -euo pipefail
cd "$(dirname "$0")/.."
out=assets/audio
mkdir -p "$out"
make() { # name, sox synth arguments...
  local name=$1; shift
  sox -n -r 44100 -c 1 "$out/$name.ogg" "$@"
  sox -n -r 44100 -c 1 "$out/$name.mp3" "$@"
}
# A soft tick for buttons.
make click synth 0.045 sine 1300 fade 0 0.045 0.035 vol 0.6
# Two falling notes: the turn closes.
make turn-end synth 0.18 sine 660 synth 0.18 sine 660 : synth 0.28 sine 494 fade 0 0.28 0.2 vol 0.7
# A low, tense pulse for major events.
make sting synth 0.7 sine 110 sine 165 tremolo 6 80 fade 0.02 0.7 0.4 vol 0.8
# A paper-like shuffle: a new briefing arrives.
make briefing synth 0.25 pinknoise highpass 2000 fade 0.01 0.25 0.2 vol 0.35
# A resolved chord: the game ends.
make ending synth 1.6 sine 392 sine 494 sine 587 fade 0.05 1.6 1.0 vol 0.6
# A quiet room tone to loop under the desk.
make ambience synth 8 brownnoise lowpass 400 tremolo 0.15 30 fade 1 8 1 vol 0.25
ls -l "$out"
