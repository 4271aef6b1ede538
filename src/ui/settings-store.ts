import { createStore } from 'zustand/vanilla';
import { isLanguage, type Language } from './i18n/translate';

export interface Settings {
  readonly language: Language;
  readonly muted: boolean;
  readonly volume: number;
}

export interface SettingsState extends Settings {
  readonly update: (patch: Partial<Settings>) => void;
}

export const SETTINGS_KEY = 'crisis-desk.settings.v1';

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
  };
}

/** Settings the player keeps between visits; `persist` is given by the app (it owns storage). */
export function createSettingsStore(initial: Settings, persist: (settings: Settings) => void) {
  return createStore<SettingsState>((set, get) => ({
    ...initial,
    update: (patch) => {
      set(patch);
      const { language, muted, volume } = get();
      persist({ language, muted, volume });
    },
  }));
}

export type SettingsStore = ReturnType<typeof createSettingsStore>;
