import { createStore } from 'zustand/vanilla';
import type { Localized } from '../engine';
import type { Language } from './i18n/translate';

/** The class being set up on the teacher page: scenario, language, seed and options. */
export interface TeacherSetup {
  readonly scenarioId: string;
  readonly language: Language;
  readonly seed: number;
  readonly predictions: boolean;
  readonly muted: boolean;
  /** The length of game, or null for the scenario's first. */
  readonly mode: string | null;
}

/** A scenario's content notes as the teacher page knows them: still loading, loaded, or unavailable. */
export type ContentNotes = 'loading' | 'missing' | readonly Localized[];

export interface TeacherState extends TeacherSetup {
  /** Content notes by scenario id, for the scenarios the teacher has looked at. */
  readonly notes: Readonly<Record<string, ContentNotes>>;
  readonly update: (patch: Partial<TeacherSetup>) => void;
  /** Loads a scenario's content notes unless they are loaded or on their way. */
  readonly requestNotes: (scenarioId: string) => void;
}

/**
 * `loadNotes` fetches a scenario's content notes (the app loads the scenario on demand). It runs
 * only when the teacher page asks, so students never download a scenario they do not play.
 */
export function createTeacherStore(
  initial: TeacherSetup,
  loadNotes: (scenarioId: string) => Promise<readonly Localized[] | null> = () => Promise.resolve(null),
) {
  return createStore<TeacherState>((set, get) => {
    const settle = (scenarioId: string, notes: ContentNotes): void => set({ notes: { ...get().notes, [scenarioId]: notes } });
    return {
      ...initial,
      notes: {},
      update: (patch) => set(patch),
      requestNotes: (scenarioId) => {
        if (Object.hasOwn(get().notes, scenarioId)) return;
        settle(scenarioId, 'loading');
        loadNotes(scenarioId).then(
          (notes) => settle(scenarioId, notes ?? 'missing'),
          () => settle(scenarioId, 'missing'),
        );
      },
    };
  });
}

export type TeacherStore = ReturnType<typeof createTeacherStore>;
