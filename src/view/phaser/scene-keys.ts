/** Scene keys in one place, so no scene is started by a misspelt string. */
export const SceneKey = {
  boot: 'boot',
  preload: 'preload',
  title: 'title',
  desk: 'desk',
  ending: 'ending',
} as const;

export type SceneKeyName = (typeof SceneKey)[keyof typeof SceneKey];

export const WORLD_KEY = 'world-atlas';
