import type { CueFiles } from '../audio/sound-cues';

/** The cue files, resolved by Vite so they are fingerprinted and cached with the build. */
const ogg = import.meta.glob<string>('../../assets/audio/*.ogg', { query: '?url', import: 'default', eager: true });
const mp3 = import.meta.glob<string>('../../assets/audio/*.mp3', { query: '?url', import: 'default', eager: true });

const filesFor = (name: string): string[] =>
  [ogg[`../../assets/audio/${name}.ogg`], mp3[`../../assets/audio/${name}.mp3`]].filter((url): url is string => url !== undefined);

export const CUE_FILES: CueFiles = {
  click: filesFor('click'),
  'turn-end': filesFor('turn-end'),
  sting: filesFor('sting'),
  briefing: filesFor('briefing'),
  ending: filesFor('ending'),
  ambience: filesFor('ambience'),
};
