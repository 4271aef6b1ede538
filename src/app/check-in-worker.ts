import type { Diagnostic } from '../content';
import { scenarioFromCheckedData } from '../content/shipped-scenario';
import type { ScenarioFileData } from '../content/scenario-schema';
import type { Scenario } from '../engine';

export interface WorkerCheck {
  readonly scenario: Scenario | null;
  readonly diagnostics: readonly Diagnostic[];
}

/** Runs the scenario checker in a worker of its own, which is thrown away afterwards. */
export function checkInWorker(name: string, text: string): Promise<WorkerCheck> {
  const worker = new Worker(new URL('./scenario-check-worker.ts', import.meta.url), { type: 'module' });
  return new Promise((resolve) => {
    worker.addEventListener('message', (event: MessageEvent<{ diagnostics: Diagnostic[]; data: ScenarioFileData | null }>) => {
      worker.terminate();
      const { diagnostics, data } = event.data;
      resolve({ diagnostics, scenario: data === null ? null : scenarioFromCheckedData(data) });
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      resolve({
        scenario: null,
        diagnostics: [
          {
            file: name,
            line: 1,
            col: 1,
            severity: 'error',
            code: 'check-failed',
            message: `the checker stopped before it finished (${event.message || 'unknown error'})`,
          },
        ],
      });
    });
    worker.postMessage({ name, text });
  });
}
