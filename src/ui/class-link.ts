import { seedFromText } from '../engine';
import { isLanguage, type Language } from './i18n/translate';

/**
 * A class link carries everything a class needs to play the same game: scenario, language, seed
 * and options, in one short code: `ottawa-2021.fr.k3f9a.pm.x7`. The last part is a checksum, so a
 * code mistyped from the board or tampered with is refused with a clear message instead of
 * quietly giving some students a different game.
 */
export interface ClassSetup {
  readonly scenarioId: string;
  readonly language: Language;
  readonly seed: number;
  /** The prediction step before results. */
  readonly predictions: boolean;
  /** Start with sound off (a room of 25 laptops). */
  readonly muted: boolean;
  /** The length of game (a mode of the scenario), or null for the scenario's first. */
  readonly mode: string | null;
}

export type ClassLinkReading =
  | { readonly ok: true; readonly setup: ClassSetup }
  | { readonly ok: false; readonly problem: 'shape' | 'checksum' | 'scenario' | 'language' | 'seed' | 'options' };

const SCENARIO_ID = /^[a-z][a-z0-9-]{0,59}$/;
const FLAGS = /^[pm]*-?$/;
const MODE_ID = /^[a-z][a-z0-9_]{0,47}$/;

function checksum(text: string): string {
  return (seedFromText(`crisis-desk:${text}`) % 1296).toString(36).padStart(2, '0');
}

export function encodeClassCode(setup: ClassSetup): string {
  const flags = `${setup.predictions ? 'p' : ''}${setup.muted ? 'm' : ''}` || '-';
  const base = `${setup.scenarioId}.${setup.language}.${(setup.seed >>> 0).toString(36)}.${flags}`;
  // The mode is a part of its own, after the flags; links made before modes existed have none.
  const body = setup.mode === null ? base : `${base}.${setup.mode}`;
  return `${body}.${checksum(body)}`;
}

export function decodeClassCode(code: string): ClassLinkReading {
  if (code.length > 120) return { ok: false, problem: 'shape' };
  const parts = code.trim().toLowerCase().split('.');
  if (parts.length !== 5 && parts.length !== 6) return { ok: false, problem: 'shape' };
  const [scenarioId, language, seed, flags] = parts as [string, string, string, string];
  const mode = parts.length === 6 ? (parts[4] ?? '') : null;
  const check = parts.at(-1) ?? '';
  if (checksum(parts.slice(0, -1).join('.')) !== check) return { ok: false, problem: 'checksum' };
  if (mode !== null && !MODE_ID.test(mode)) return { ok: false, problem: 'options' };
  if (!SCENARIO_ID.test(scenarioId)) return { ok: false, problem: 'scenario' };
  if (!isLanguage(language)) return { ok: false, problem: 'language' };
  if (!/^[0-9a-z]{1,7}$/.test(seed)) return { ok: false, problem: 'seed' };
  const seedValue = Number.parseInt(seed, 36);
  if (!Number.isSafeInteger(seedValue) || seedValue > 0xffffffff) return { ok: false, problem: 'seed' };
  if (!FLAGS.test(flags)) return { ok: false, problem: 'options' };
  return { ok: true, setup: { scenarioId, language, seed: seedValue, predictions: flags.includes('p'), muted: flags.includes('m'), mode } };
}

/** The full link for a class: the game's address with the code. */
export function classLink(base: string, setup: ClassSetup): string {
  const url = new URL(base);
  url.search = '';
  url.hash = '';
  url.searchParams.set('class', encodeClassCode(setup));
  return url.toString();
}
