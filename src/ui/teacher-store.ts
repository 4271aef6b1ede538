import { createStore } from 'zustand/vanilla';
import type { Localized } from '../engine';
import { LIMITS } from '../engine/limits';
import { isLanguage, type Language } from './i18n/translate';

/** Classes kept on one device: a teacher's year of sections, with room to spare. */
const MAX_CLASSES = 40;

export const TEACHER_KEY = 'crisis-desk.teacher.v1';

/**
 * Reads what the teacher page keeps between visits: the setup being worked on and the saved
 * classes. Anything malformed is dropped item by item, never the whole list.
 */
export function parseTeacherRecord(raw: string | null): { setup: Partial<TeacherSetup>; classes: SavedClass[] } {
  let data: unknown;
  try {
    data = raw === null ? null : JSON.parse(raw);
  } catch {
    return { setup: {}, classes: [] };
  }
  const record = data !== null && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  const setupOf = (value: unknown): TeacherSetup | null => {
    if (value === null || typeof value !== 'object') return null;
    const v = value as Record<string, unknown>;
    const seed = v.seed;
    if (typeof v.scenarioId !== 'string' || !/^[a-z][a-z0-9-]{0,59}$/.test(v.scenarioId)) return null;
    if (!isLanguage(v.language) || typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) return null;
    const mode = typeof v.mode === 'string' && /^[a-z][a-z0-9_]{0,47}$/.test(v.mode) ? v.mode : null;
    return { scenarioId: v.scenarioId, language: v.language, seed, predictions: v.predictions === true, muted: v.muted === true, mode };
  };
  const classes = (Array.isArray(record.classes) ? record.classes : []).flatMap((item): SavedClass[] => {
    const setup = setupOf(item);
    const { name, savedAt } = (item ?? {}) as { name?: unknown; savedAt?: unknown };
    if (setup === null || typeof name !== 'string' || name.trim() === '' || typeof savedAt !== 'string') return [];
    return [{ ...setup, name: name.slice(0, LIMITS.slotName), savedAt: savedAt.slice(0, LIMITS.recordStamp) }];
  });
  return { setup: setupOf(record.setup) ?? {}, classes: classes.slice(0, MAX_CLASSES) };
}

/** What the teacher page writes back: the current setup and the classes. */
export function teacherRecord(state: TeacherState): string {
  const { scenarioId, language, seed, predictions, muted, mode } = state;
  return JSON.stringify({ setup: { scenarioId, language, seed, predictions, muted, mode }, classes: state.classes });
}

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

/** A class the teacher saved on this device: its name and the setup its link encodes. */
export interface SavedClass extends TeacherSetup {
  readonly name: string;
  readonly savedAt: string;
}

export interface TeacherState extends TeacherSetup {
  /** Content notes by scenario id, for the scenarios the teacher has looked at. */
  readonly notes: Readonly<Record<string, ContentNotes>>;
  /** The teacher's classes on this device, newest first: the link sent yesterday is the link projected today. */
  readonly classes: readonly SavedClass[];
  readonly update: (patch: Partial<TeacherSetup>) => void;
  /** Keeps the current setup under a name (replacing a class of the same name). */
  readonly saveClass: (name: string, savedAt: string) => void;
  /** Makes a saved class the current setup again. */
  readonly openClass: (name: string) => void;
  readonly forgetClass: (name: string) => void;
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
  classes: readonly SavedClass[] = [],
) {
  return createStore<TeacherState>((set, get) => {
    const settle = (scenarioId: string, notes: ContentNotes): void => set({ notes: { ...get().notes, [scenarioId]: notes } });
    const setupOf = (state: TeacherSetup): TeacherSetup => ({
      scenarioId: state.scenarioId,
      language: state.language,
      seed: state.seed,
      predictions: state.predictions,
      muted: state.muted,
      mode: state.mode,
    });
    return {
      ...initial,
      notes: {},
      classes,
      update: (patch) => set(patch),
      saveClass: (name, savedAt) => {
        const trimmed = name.trim().slice(0, LIMITS.slotName);
        if (trimmed === '') return;
        const saved: SavedClass = { ...setupOf(get()), name: trimmed, savedAt };
        set({ classes: [saved, ...get().classes.filter((other) => other.name !== trimmed)].slice(0, MAX_CLASSES) });
      },
      openClass: (name) => {
        const found = get().classes.find((saved) => saved.name === name);
        if (found !== undefined) set(setupOf(found));
      },
      forgetClass: (name) => set({ classes: get().classes.filter((saved) => saved.name !== name) }),
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
