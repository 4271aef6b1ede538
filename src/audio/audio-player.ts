import { Howl, Howler } from 'howler';
import { SOUND_CUES, type CueFiles, type SoundCue } from './sound-cues';

export interface AudioPlayer {
  play(cue: SoundCue): void;
  setMuted(muted: boolean): void;
  setVolume(volume: number): void;
  /** Cues that failed to load or play: the game goes on without them. */
  readonly unavailable: ReadonlySet<SoundCue>;
}

const CUE_VOLUME: Partial<Record<SoundCue, number>> = { ambience: 0.25, click: 0.5 };

/**
 * Howler behind a small interface. Sound is a nicety: a blocked autoplay, a missing file or no
 * audio device must never stop the game, so every failure is swallowed and remembered.
 */
export function createAudioPlayer(files: CueFiles, options: { muted: boolean; volume: number }): AudioPlayer {
  const unavailable = new Set<SoundCue>();
  const sounds = new Map<SoundCue, Howl>();
  Howler.mute(options.muted);
  Howler.volume(options.volume);
  for (const cue of SOUND_CUES) {
    try {
      const sound = new Howl({
        src: [...files[cue]],
        preload: true,
        loop: cue === 'ambience',
        volume: CUE_VOLUME[cue] ?? 0.8,
        onloaderror: () => unavailable.add(cue),
        onplayerror: () => unavailable.add(cue),
      });
      sounds.set(cue, sound);
    } catch {
      unavailable.add(cue);
    }
  }
  return {
    unavailable,
    play(cue) {
      const sound = sounds.get(cue);
      if (sound === undefined || unavailable.has(cue)) return;
      try {
        if (cue === 'ambience' && sound.playing()) return;
        sound.play();
      } catch {
        unavailable.add(cue);
      }
    },
    setMuted(muted) {
      Howler.mute(muted);
    },
    setVolume(volume) {
      Howler.volume(Math.min(1, Math.max(0, volume)));
    },
  };
}

/** An audio player that does nothing: for when Howler cannot even start. */
export const silentAudio: AudioPlayer = {
  play: () => undefined,
  setMuted: () => undefined,
  setVolume: () => undefined,
  unavailable: new Set(SOUND_CUES),
};
