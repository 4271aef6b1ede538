import { describe, expect, it } from 'vitest';
import { simulateInParallel } from '../../../src/cli/parallel-simulate';
import { simulate } from '../../../src/sim/monte-carlo';
import { shippedScenario } from '../../helpers/scenario';

describe('simulate across worker threads', () => {
  it('gives exactly the report of one long run', async () => {
    const scenario = shippedScenario('cuban-missiles-1962');
    const options = { runs: 2400, seed: 7, policy: 'random', engine: 'loop' } as const;
    const parallel = await simulateInParallel('scenarios/cuban-missiles-1962.yaml', scenario, options);
    expect(parallel).toEqual(simulate(scenario, options));
  });
});
