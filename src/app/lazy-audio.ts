import type { AudioPlayer } from '../audio/audio-player';
import type { SoundCue } from '../audio/sound-cues';

/**
 * Sound, loaded after the first screen is drawn: Howler and its audio context are not needed to
 * read the title, and creating the context first made the title about half a second slower.
 * Cues asked for before it loads are dropped, but for the ambience, which starts once it can.
 */
export function createLazyAudio(initial: { muted: boolean; volume: number }): AudioPlayer & { load(): Promise<void> } {
  let real: AudioPlayer | null = null;
  let muted = initial.muted;
  let volume = initial.volume;
  let ambienceWanted = false;
  let loading: Promise<void> | null = null;
  const notYet: ReadonlySet<SoundCue> = new Set<SoundCue>();
  return {
    get unavailable() {
      return real?.unavailable ?? notYet;
    },
    play(cue) {
      if (real !== null) real.play(cue);
      else if (cue === 'ambience') ambienceWanted = true;
    },
    setMuted(value) {
      muted = value;
      real?.setMuted(value);
    },
    setVolume(value) {
      volume = value;
      real?.setVolume(value);
    },
    load() {
      loading ??= Promise.all([import('../audio/audio-player'), import('./audio-files')]).then(
        ([{ createAudioPlayer }, { CUE_FILES }]) => {
          try {
            real = createAudioPlayer(CUE_FILES, { muted, volume });
          } catch {
            return;
          }
          if (ambienceWanted) real.play('ambience');
        },
        () => undefined,
      );
      return loading;
    },
  };
}
