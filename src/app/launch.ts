import { decodeClassCode, type ClassSetup } from '../ui/class-link';
import { isLanguage, type Language } from '../ui/i18n/translate';
import { DEFAULT_SCENARIO_ID } from './scenario-catalog';

/**
 * What the address asks for, read once at boot. Every parameter is checked here, and anything
 * malformed falls back to the default (a bad class link is reported, never half-used).
 */
export interface Launch {
  readonly scenarioId: string;
  /** A class link that decoded, or null. */
  readonly classSetup: ClassSetup | null;
  /** The normalised class code, recorded in exports. */
  readonly classCode: string | null;
  /** Why a class link could not be used (a key under `class.problem.`), or null. */
  readonly classProblem: string | null;
  /** A seed every game of this page uses (a class link or `?seed=`), or null for a new one each game. */
  readonly fixedSeed: number | null;
  readonly predictions: boolean;
  /** The interface language the link asks for, if any. */
  readonly language: Language | null;
  /** The length of game the link asks for (a class link, or `?mode=`), or null to let the player choose. */
  readonly mode: string | null;
}

export function readLaunch(search: string): Launch {
  const params = new URLSearchParams(search);
  const rawClass = params.get('class');
  const reading = rawClass === null ? null : decodeClassCode(rawClass);
  const classSetup = reading?.ok === true ? reading.setup : null;
  const seedParam = /^\d{1,10}$/.test(params.get('seed') ?? '') ? Number(params.get('seed')) : NaN;
  const language = params.get('lang');
  return {
    scenarioId: classSetup?.scenarioId ?? params.get('scenario') ?? DEFAULT_SCENARIO_ID,
    classSetup,
    classCode: classSetup === null || rawClass === null ? null : rawClass.trim().toLowerCase(),
    classProblem: reading !== null && !reading.ok ? reading.problem : null,
    fixedSeed: classSetup !== null ? classSetup.seed : Number.isSafeInteger(seedParam) ? seedParam >>> 0 : null,
    predictions: classSetup !== null ? classSetup.predictions : params.get('predict') === '1',
    language: classSetup?.language ?? (isLanguage(language) ? language : null),
    mode: classSetup !== null ? classSetup.mode : /^[a-z][a-z0-9_]{0,47}$/.test(params.get('mode') ?? '') ? params.get('mode') : null,
  };
}
