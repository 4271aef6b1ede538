import { createStore } from 'zustand/vanilla';
import type { Language } from './i18n/translate';

/** The class being set up on the teacher page: scenario, language, seed and options. */
export interface TeacherState {
  readonly scenarioId: string;
  readonly language: Language;
  readonly seed: number;
  readonly predictions: boolean;
  readonly muted: boolean;
  readonly update: (patch: Partial<Omit<TeacherState, 'update'>>) => void;
}

export function createTeacherStore(initial: Omit<TeacherState, 'update'>) {
  return createStore<TeacherState>((set) => ({ ...initial, update: (patch) => set(patch) }));
}

export type TeacherStore = ReturnType<typeof createTeacherStore>;
