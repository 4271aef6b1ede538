/** Every sound the game can make, by name. Files live under assets/audio, made by scripts/make-sounds.sh. */
export const SOUND_CUES = ['click', 'turn-end', 'sting', 'briefing', 'ending', 'ambience'] as const;
export type SoundCue = (typeof SOUND_CUES)[number];

/** Files for a cue, best format first; Howler plays the first the browser supports. */
export type CueFiles = Readonly<Record<SoundCue, readonly string[]>>;
