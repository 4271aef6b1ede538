import { readdirSync, readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from '../../../src/cli/json-schema';
import { checkScenarioText, formatDiagnostic } from '../../../src/content';
import { simulate } from '../../../src/sim/monte-carlo';
import { largestAnswerShare, predictionTallies } from '../../../src/sim/prediction-tallies';

const files = readdirSync('scenarios').filter((name) => name.endsWith('.yaml'));

describe('the shipped scenarios', () => {
  it('include the article scenario and at least one other crisis', () => {
    expect(files).toContain('ottawa-2021.yaml');
    expect(files.length).toBeGreaterThanOrEqual(2);
  });

  it('ship the JSON Schema generated from the loader schema, up to date', () => {
    const committed: unknown = JSON.parse(readFileSync('scenarios/scenario.schema.json', 'utf8'));
    expect(committed).toEqual(scenarioJsonSchema());
  });

  for (const file of files) {
    describe(file, () => {
      const text = readFileSync(`scenarios/${file}`, 'utf8');

      it('passes the checker with no errors', () => {
        const result = checkScenarioText(`scenarios/${file}`, text);
        expect(result.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)).toEqual([]);
        expect(result.scenario).not.toBeNull();
      });

      it('points editors at the JSON Schema and validates against it', () => {
        expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=./scenario.schema.json');
        const validate = new Ajv({ allErrors: true, strict: false }).compile(scenarioJsonSchema());
        expect(validate(parse(text)), JSON.stringify(validate.errors)).toBe(true);
      });

      // "Always predict that it holds its line" must not score: in varied play the right answer depends on the decisions.
      it('asks predictions no single answer of which is right most of the time in varied play', () => {
        const scenario = checkScenarioText(file, text).scenario!;
        for (const mode of scenario.modes) {
          for (const tally of predictionTallies(scenario, mode.id, 300).filter((row) => row.policy === 'random')) {
            if (tally.asked < 30) continue;
            expect(largestAnswerShare(tally), `${mode.id} ${tally.track}`).toBeLessThanOrEqual(0.5);
          }
        }
      });

      it('plays 300 seeded games without breaking an invariant, and reaches every ending', () => {
        const scenario = checkScenarioText(file, text).scenario!;
        const report = simulate(scenario, { runs: 300, seed: 1, policy: 'least-used', engine: 'loop' });
        expect(report.failures).toEqual([]);
        expect(report.endings.filter((row) => row.count === 0).map((row) => row.id)).toEqual([]);
      });
    });
  }
});
