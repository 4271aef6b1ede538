import { checkScenarioText, type CheckResult } from '../content';

/** The scenario files shipped with the game, as text: checked in the browser by the same checker as the CLI. */
const files = import.meta.glob<string>('../../scenarios/*.yaml', { query: '?raw', import: 'default', eager: true });

export const DEFAULT_SCENARIO_ID = 'ottawa-2021';

export interface CatalogEntry {
  readonly file: string;
  readonly text: string;
}

export function catalog(): CatalogEntry[] {
  return Object.entries(files).map(([path, text]) => ({ file: path.replace(/^(\.\.\/)+/, ''), text }));
}

const checked = new Map<string, CheckResult>();

/** Checks a shipped file once per page: the title screen's list and the game both need it. */
export function checkShipped(entry: CatalogEntry): CheckResult {
  const cached = checked.get(entry.file);
  if (cached !== undefined) return cached;
  const result = checkScenarioText(entry.file, entry.text);
  checked.set(entry.file, result);
  return result;
}

export function loadScenario(id: string): CheckResult & { readonly file: string } {
  const entries = catalog();
  const entry =
    entries.find((candidate) => candidate.file === `scenarios/${id}.yaml`) ??
    entries.find((candidate) => candidate.file === `scenarios/${DEFAULT_SCENARIO_ID}.yaml`);
  if (entry === undefined) {
    return {
      file: `scenarios/${id}.yaml`,
      scenario: null,
      diagnostics: [
        {
          file: `scenarios/${id}.yaml`,
          line: 1,
          col: 1,
          severity: 'error',
          code: 'unknown-scenario',
          message: `no scenario called '${id.slice(0, 60)}' is shipped with this game; the scenarios are: ${entries.map((e) => e.file.replace(/^scenarios\/|\.yaml$/g, '')).join(', ')}`,
        },
      ],
    };
  }
  return { file: entry.file, ...checkShipped(entry) };
}
