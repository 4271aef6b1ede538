import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ScenarioFileData } from '../content/scenario-schema';
import type { Scenario } from '../engine';
import { mergeInto, reportFrom, runGames, type Aggregate, type SimulationOptions, type SimulationReport } from '../sim/monte-carlo';

/** Below this, starting workers costs more than it saves. */
const PARALLEL_FROM = 2000;

/**
 * Runs a simulate across the machine's cores. Games are independent under the random and greedy
 * policies, so blocks of seeds played apart merge into exactly the report of one long run; the
 * least-used policy learns across the run, so it always runs in one piece.
 */
export async function simulateInParallel(
  data: ScenarioFileData,
  scenario: Scenario,
  options: SimulationOptions,
): Promise<SimulationReport> {
  const workers = Math.min(availableParallelism(), 8);
  if (options.policy === 'least-used' || options.runs < PARALLEL_FROM || workers < 2 || options.custom !== undefined) {
    return reportFrom(scenario, options, runGames(scenario, options, 0, options.runs));
  }
  const size = Math.ceil(options.runs / workers);
  const { custom: _custom, ...plain } = options;
  const blocks = Array.from({ length: workers }, (_, index) => ({
    from: index * size,
    count: Math.max(0, Math.min(size, options.runs - index * size)),
  })).filter((block) => block.count > 0);
  const results = await Promise.all(
    blocks.map(
      (block) =>
        new Promise<Aggregate>((resolve, reject) => {
          const worker = new Worker(new URL('./simulate-worker.mjs', import.meta.url), { workerData: { data, options: plain, ...block } });
          worker.once('message', (aggregate: Aggregate) => resolve(aggregate));
          worker.once('error', reject);
          worker.once('exit', (code) => {
            if (code !== 0) reject(new Error(`a simulate worker stopped with code ${code}`));
          });
        }),
    ),
  );
  const merged = results.reduce((total, block) => mergeInto(total, block));
  return reportFrom(scenario, options, merged);
}
