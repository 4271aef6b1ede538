import { parentPort, workerData } from 'node:worker_threads';
import { scenarioFromCheckedData } from '../content/shipped-scenario';
import type { ScenarioFileData } from '../content/scenario-schema';
import { runGames, type SimulationOptions } from '../sim/monte-carlo';

/**
 * One block of a parallel simulate. The parent hands over the data it already checked, so the
 * worker builds the scenario without parsing YAML or running the schema again.
 */
interface Job {
  readonly data: ScenarioFileData;
  readonly options: Omit<SimulationOptions, 'custom'>;
  readonly from: number;
  readonly count: number;
}

const job = workerData as Job;
const scenario = scenarioFromCheckedData(job.data);
if (scenario === null) throw new Error('the checked scenario data does not build');
parentPort?.postMessage(runGames(scenario, job.options, job.from, job.count));
