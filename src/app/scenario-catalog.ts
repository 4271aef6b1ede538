import entries from 'virtual:shipped-scenarios';
import type { Diagnostic } from '../content/diagnostics';
import type { ScenarioFileData } from '../content/scenario-schema';
import { scenarioFromCheckedData } from '../content/shipped-scenario';
import type { Localized, Scenario } from '../engine';

export const DEFAULT_SCENARIO_ID = 'ottawa-2021';

export interface LoadedScenario {
  readonly file: string;
  readonly scenario: Scenario | null;
  readonly diagnostics: readonly Diagnostic[];
}

/** Produced by our own build plugin from the checker's output, so the shapes are known. */
const shipped = entries as readonly {
  readonly file: string;
  readonly id: string;
  readonly title: Localized | null;
  readonly modes: readonly ModeSummary[];
  readonly diagnostics: readonly Diagnostic[];
  readonly load: () => Promise<{ readonly default: ScenarioFileData | null }>;
}[];

const built = new Map<string, Promise<Scenario | null>>();

/** A length of game as the pickers show it, known before the scenario itself loads. */
export interface ModeSummary {
  readonly id: string;
  readonly label: Localized;
  readonly description: Localized | null;
  readonly turns: number;
}

/** The scenarios shipped with the game, with their titles and lengths of game, for the pickers. */
export function shippedCatalog(): { id: string; title: Localized; modes: readonly ModeSummary[] }[] {
  return shipped.flatMap((entry) => (entry.title === null ? [] : [{ id: entry.id, title: entry.title, modes: entry.modes }]));
}

/** Loads a shipped scenario (its own chunk, fetched the first time it is asked for). */
export async function loadScenario(id: string): Promise<LoadedScenario> {
  const entry = shipped.find((candidate) => candidate.id === id);
  if (entry === undefined) {
    const file = `scenarios/${id.slice(0, 60)}.yaml`;
    const names = shipped.map((candidate) => candidate.id).join(', ');
    const message = `no scenario called '${id.slice(0, 60)}' is shipped with this game; the scenarios are: ${names}`;
    return { file, scenario: null, diagnostics: [{ file, line: 1, col: 1, severity: 'error', code: 'unknown-scenario', message }] };
  }
  let scenario = built.get(entry.id);
  if (scenario === undefined) {
    scenario = entry.load().then((module) => (module.default === null ? null : scenarioFromCheckedData(module.default)));
    built.set(entry.id, scenario);
  }
  return { file: entry.file, scenario: await scenario, diagnostics: entry.diagnostics };
}
