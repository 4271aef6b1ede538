import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { ScenarioFile } from '../content';

/**
 * The JSON Schema editors use (draft-7, which the VS Code YAML extension understands). It is
 * generated from the same schema the loader validates with, so the two never disagree.
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ScenarioFile, { target: 'draft-7', io: 'input', unrepresentable: 'any' });
}

export function writeJsonSchema(file: string): void {
  writeFileSync(file, `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
}
