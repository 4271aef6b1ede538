import { createStore } from 'zustand/vanilla';
import { isLanguage, type Language } from './i18n/translate';

export const TEXT_SCALES = [1, 1.25, 1.5] as const;
export type TextScale = (typeof TEXT_SCALES)[number];
export const MOTION_CHOICES = ['system', 'reduced', 'full'] as const;
export type MotionChoice = (typeof MOTION_CHOICES)[number];

export interface Settings {
  readonly language: Language;
  readonly muted: boolean;
  readonly volume: number;
  readonly textScale: TextScale;
  /** 'system' follows the operating system's reduced-motion preference. */
  readonly motion: MotionChoice;
  /** Large text for a projector, and the class-vote tally on each card. */
  readonly projector: boolean;
}

export interface SettingsState extends Settings {
  readonly update: (patch: Partial<Settings>) => void;
}

export const SETTINGS_KEY = 'crisis-desk.settings.v1';

const pick = <T>(value: unknown, allowed: readonly T[], fallback: T): T => (allowed.includes(value as T) ? (value as T) : fallback);

/** Reads stored settings defensively: anything malformed falls back to the default, field by field. */
export function parseSettings(raw: string | null, fallback: Settings): Settings {
  if (raw === null) return fallback;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return fallback;
  }
  if (data === null || typeof data !== 'object') return fallback;
  const record = data as Record<string, unknown>;
  return {
    language: isLanguage(record.language) ? record.language : fallback.language,
    muted: typeof record.muted === 'boolean' ? record.muted : fallback.muted,
    volume: typeof record.volume === 'number' && record.volume >= 0 && record.volume <= 1 ? record.volume : fallback.volume,
    textScale: pick(record.textScale, TEXT_SCALES, fallback.textScale),
    motion: pick(record.motion, MOTION_CHOICES, fallback.motion),
    projector: typeof record.projector === 'boolean' ? record.projector : fallback.projector,
  };
}

export const DEFAULT_SETTINGS: Omit<Settings, 'language'> = { muted: false, volume: 0.8, textScale: 1, motion: 'system', projector: false };

/** Settings the player keeps between visits; `persist` is given by the app (it owns storage). */
export function createSettingsStore(initial: Settings, persist: (settings: Settings) => void) {
  return createStore<SettingsState>((set, get) => ({
    ...initial,
    update: (patch) => {
      set(patch);
      const { language, muted, volume, textScale, motion, projector } = get();
      persist({ language, muted, volume, textScale, motion, projector });
    },
  }));
}

export type SettingsStore = ReturnType<typeof createSettingsStore>;
