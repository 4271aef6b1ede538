import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { checkScenarioText } from '../content';
import { runGames, type SimulationOptions } from '../sim/monte-carlo';

/** One block of a parallel simulate: loads the scenario itself and plays its range of seeds. */
interface Job {
  readonly file: string;
  readonly options: Omit<SimulationOptions, 'custom'>;
  readonly from: number;
  readonly count: number;
}

const job = workerData as Job;
const scenario = checkScenarioText(job.file, readFileSync(job.file, 'utf8')).scenario;
if (scenario === null) throw new Error(`${job.file} does not load`);
parentPort?.postMessage(runGames(scenario, job.options, job.from, job.count));
