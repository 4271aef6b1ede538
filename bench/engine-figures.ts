import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { checkScenarioText } from '../src/content';
import type { Scenario } from '../src/engine';
import { FlowPlayer, playWithLoop } from '../src/sim/play-game';
import { randomPolicy } from '../src/sim/policies';
import { describe, record, spread } from './stats';

export function loadScenario(file: string): Scenario {
  const result = checkScenarioText(file, readFileSync(file, 'utf8'));
  if (result.scenario === null) throw new Error(`${file} does not load`);
  return result.scenario;
}

/**
 * The flow against the plain loop, paired: blocks of the same games alternate between the two,
 * so that whatever else the machine does weighs on both; the ratio is taken per pair.
 */
export function flowVersusLoop(scenario: Scenario): void {
  const player = new FlowPlayer(scenario);
  const games = 400;
  const block = (play: (seed: number) => number): { ms: number; turns: number } => {
    const started = performance.now();
    let turns = 0;
    for (let seed = 0; seed < games; seed += 1) turns += play(seed);
    return { ms: performance.now() - started, turns };
  };
  const flow = (seed: number): number => player.play({ seed, policy: randomPolicy }).turns.length;
  const loop = (seed: number): number => playWithLoop(scenario, { seed, policy: randomPolicy }).turns.length;
  block(flow);
  block(loop);
  const ratios: number[] = [];
  const loopRates: number[] = [];
  const flowRates: number[] = [];
  for (let pair = 0; pair < 7; pair += 1) {
    const a = block(flow);
    const b = block(loop);
    ratios.push(a.ms / b.ms);
    flowRates.push(a.turns / (a.ms / 1000));
    loopRates.push(b.turns / (b.ms / 1000));
  }
  player.stop();
  const rate = (values: number[]) => Math.round(spread(values).median).toLocaleString('en');
  record(
    `${scenario.id}: turns per second, XState flow / plain loop (medians)`,
    `${rate(flowRates)} / ${rate(loopRates)}`,
    'same rules, same games',
  );
  record(`${scenario.id}: flow time over loop time, per pair`, describe(spread(ratios), 'x'), 'goal: within 3x');
}

/** The command a designer runs, timed from outside, with npm and the toolchain's start-up included. */
export function simulateCommand(file: string, runs: number): void {
  const seconds: number[] = [];
  // One run to build the toolchain's bundle if the sources changed; it is not counted.
  spawnSync('npm', ['run', '-s', 'scenario', '--', 'simulate', file, '--runs', '10', '--seed', '1'], { stdio: 'ignore' });
  for (let run = 0; run < 3; run += 1) {
    const started = performance.now();
    const result = spawnSync('npm', ['run', '-s', 'scenario', '--', 'simulate', file, '--runs', String(runs), '--seed', '1'], {
      stdio: 'ignore',
    });
    if (result.status !== 0) throw new Error(`simulate failed with status ${String(result.status)}`);
    seconds.push((performance.now() - started) / 1000);
  }
  record(
    `npm run scenario -- simulate ${file} --runs ${runs}`,
    describe(spread(seconds), 's'),
    'the whole command; goal: 3 s or less on 2 cores',
  );
}

export function checkFigures(files: readonly string[]): void {
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (let i = 0; i < 5; i += 1) checkScenarioText(file, text);
    const times: number[] = [];
    for (let i = 0; i < 15; i += 1) {
      const started = performance.now();
      checkScenarioText(file, text);
      times.push(performance.now() - started);
    }
    record(`check ${file} (${Math.round(text.length / 1024)} KB)`, describe(spread(times), 'ms', 1));
  }
}
