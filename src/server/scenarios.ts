import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkScenarioText, formatDiagnostic } from '../content';
import type { Scenario } from '../engine';

/**
 * The scenarios the class server runs: the shipped YAML files, checked by the same loader the
 * browser's build uses, so the server and the pages play the same rules on the same data. A
 * scenario id is looked up among the files, never used as a path.
 */
export function scenarioShelf(folder: string) {
  const loaded = new Map<string, Promise<Scenario | null>>();
  const load = async (id: string): Promise<Scenario | null> => {
    if (!/^[a-z][a-z0-9-]{0,59}$/.test(id)) return null;
    const file = join(folder, `${id}.yaml`);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      return null;
    }
    const result = checkScenarioText(file, text);
    if (result.scenario === null) {
      console.error(`class server: ${file} does not load:\n${result.diagnostics.map(formatDiagnostic).join('\n')}`);
      return null;
    }
    return result.scenario;
  };
  return {
    get(id: string): Promise<Scenario | null> {
      let entry = loaded.get(id);
      if (entry === undefined) {
        entry = load(id);
        loaded.set(id, entry);
      }
      return entry;
    },
  };
}

export type ScenarioShelf = ReturnType<typeof scenarioShelf>;
