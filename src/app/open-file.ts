import { fileTooLarge } from '../content/diagnostics';
import type { Diagnostic } from '../content/diagnostics';
import type { Scenario } from '../engine';
import type { DroppedFile } from '../ui/commands';
import { checkInWorker } from './check-in-worker';

export type OpenedFile =
  | { readonly kind: 'export'; readonly name: string; readonly text: string }
  | { readonly kind: 'scenario'; readonly name: string; readonly scenario: Scenario; readonly diagnostics: readonly Diagnostic[] }
  | { readonly kind: 'refused'; readonly name: string; readonly diagnostics: readonly Diagnostic[] };

/**
 * What a dropped file is: a student's export (JSON) to replay, or a scenario to check and play.
 * The full checker (YAML parser, schema) loads only now, in a worker: players who never open a
 * file never download it, and a huge or hostile file cannot freeze the page.
 */
export async function openDroppedFile(file: DroppedFile): Promise<OpenedFile> {
  const { name, text } = file;
  if (text === null) return { kind: 'refused', name, diagnostics: [fileTooLarge(name, file.bytes)] };
  if (/\.json$/i.test(name) || text.trimStart().startsWith('{')) return { kind: 'export', name, text };
  const result = await checkInWorker(name, text);
  return result.scenario === null
    ? { kind: 'refused', name, diagnostics: result.diagnostics }
    : { kind: 'scenario', name, scenario: result.scenario, diagnostics: result.diagnostics };
}
