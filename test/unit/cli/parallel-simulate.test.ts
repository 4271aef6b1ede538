import { describe, expect, it } from 'vitest';
import { simulateInParallel } from '../../../src/cli/parallel-simulate';
import { simulate } from '../../../src/sim/monte-carlo';
import { readFileSync } from 'node:fs';
import { checkScenarioText } from '../../../src/content';

describe('simulate across worker threads', () => {
  it('gives exactly the report of one long run', async () => {
    const file = 'scenarios/cuban-missiles-1962.yaml';
    const checked = checkScenarioText(file, readFileSync(file, 'utf8'));
    const scenario = checked.scenario!;
    const options = { runs: 2400, seed: 7, policy: 'random', engine: 'loop' } as const;
    const parallel = await simulateInParallel(checked.data!, scenario, options);
    expect(parallel).toEqual(simulate(scenario, options));
  });
});
