/**
 * `npm run bench`: the figures behind the quality bars in docs/performance.md, printed as a table.
 * Timings are printed, never asserted (they depend on the machine); the bundle budget, which is
 * deterministic, is checked in the test suite.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build, preview } from 'vite';
import { checkScenarioText } from '../src/content';
import type { Scenario } from '../src/engine';
import { simulate } from '../src/sim/monte-carlo';
import { FlowPlayer, playWithLoop } from '../src/sim/play-game';
import { randomPolicy } from '../src/sim/policies';
import { availableParallelism } from 'node:os';
import { simulateInParallel } from '../src/cli/parallel-simulate';
import { bundleSizes, shippedScenarioIds } from '../scripts/bundle-sizes';
import { browserFigures } from './browser-figures';

interface Row {
  readonly figure: string;
  readonly value: string;
  readonly compared?: string;
}

const rows: Row[] = [];
const record = (figure: string, value: string, compared?: string): void => {
  rows.push(compared === undefined ? { figure, value } : { figure, value, compared });
  process.stderr.write(`  ${figure}: ${value}${compared === undefined ? '' : ` (${compared})`}\n`);
};

function loadScenario(file: string): Scenario {
  const result = checkScenarioText(file, readFileSync(file, 'utf8'));
  if (result.scenario === null) throw new Error(`${file} does not load`);
  return result.scenario;
}

function turnsPerSecond(play: (seed: number) => number, games: number): number {
  for (let seed = 0; seed < 200; seed += 1) play(seed);
  const started = performance.now();
  let turns = 0;
  for (let seed = 0; seed < games; seed += 1) turns += play(seed);
  return turns / ((performance.now() - started) / 1000);
}

async function parallelFigure(file: string, scenario: Scenario): Promise<void> {
  const started = performance.now();
  await simulateInParallel(file, scenario, { runs: 10_000, seed: 1, policy: 'random', engine: 'loop' });
  record(
    `npm run scenario -- simulate ${file} --runs 10000 (all cores)`,
    `${((performance.now() - started) / 1000).toFixed(2)} s`,
    `${availableParallelism()} worker threads`,
  );
}

function engineFigures(scenario: Scenario): void {
  const player = new FlowPlayer(scenario);
  const flow = turnsPerSecond((seed) => player.play({ seed, policy: randomPolicy }).turns.length, 2000);
  const loop = turnsPerSecond((seed) => playWithLoop(scenario, { seed, policy: randomPolicy }).turns.length, 10_000);
  record(
    'engine turns per second, XState turn flow',
    Math.round(flow).toLocaleString('en'),
    `plain loop ${Math.round(loop).toLocaleString('en')}/s, ratio ${(loop / flow).toFixed(1)}x`,
  );
  for (const engine of ['loop', 'flow'] as const) {
    const runs = engine === 'loop' ? 10_000 : 2_000;
    const started = performance.now();
    simulate(scenario, { runs, seed: 1, policy: 'random', engine });
    const seconds = (performance.now() - started) / 1000;
    const perTenThousand = (seconds * 10_000) / runs;
    record(
      `simulate 10,000 games of ${scenario.id} (${engine === 'loop' ? 'plain loop' : 'XState flow'})`,
      `${perTenThousand.toFixed(2)} s`,
      engine === 'flow' ? `measured on ${runs.toLocaleString('en')} games` : undefined,
    );
  }
}

function checkFigures(): void {
  for (const name of readdirSync('scenarios').filter((file) => file.endsWith('.yaml'))) {
    const file = `scenarios/${name}`;
    const text = readFileSync(file, 'utf8');
    for (let i = 0; i < 5; i += 1) checkScenarioText(file, text);
    const started = performance.now();
    for (let i = 0; i < 20; i += 1) checkScenarioText(file, text);
    record(`check ${file} (${Math.round(text.length / 1024)} KB)`, `${((performance.now() - started) / 20).toFixed(1)} ms`);
  }
}

async function main(): Promise<void> {
  process.stderr.write('Crisis Desk benchmarks\n');
  const ottawa = loadScenario('scenarios/ottawa-2021.yaml');
  engineFigures(ottawa);
  await parallelFigure('scenarios/ottawa-2021.yaml', ottawa);
  checkFigures();

  await build({ logLevel: 'warn' });
  await build({
    root: 'bench/blank',
    base: './',
    logLevel: 'warn',
    build: {
      outDir: '../../dist-blank',
      emptyOutDir: true,
      rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'phaser', test: /node_modules[\\/]phaser/ }] } } },
    },
  });
  const ids = shippedScenarioIds();
  const game = bundleSizes('dist', ids);
  const blank = bundleSizes('dist-blank', ids);
  const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KB`;
  const blankTotal = blank.title + blank.phaser;
  const toDesk = game.title + game.stage + game.phaser + game.largestScenario;
  record('JavaScript for the title screen, gzip', kb(game.title), 'the entry chunk; Phaser is not needed yet');
  record(
    'JavaScript to reach the desk, gzip (title + stage + Phaser + scenario)',
    kb(toDesk),
    `blank Phaser page ${kb(blankTotal)}, ratio ${(toDesk / blankTotal).toFixed(2)}`,
  );
  record(
    '  of which game code (title + stage)',
    kb(game.title + game.stage),
    `${(((game.title + game.stage) / game.phaser) * 100).toFixed(0)}% of Phaser`,
  );
  record('  of which the largest scenario (data chunk)', kb(game.largestScenario), 'each scenario is its own chunk');
  record('JavaScript loaded on demand (file checker, QR code, offline)', kb(game.onDemand));
  record('whole build on disk', kb(readdirSync('dist/assets').reduce((sum, file) => sum + statSync(join('dist/assets', file)).size, 0)));

  const gameServer = await preview({ logLevel: 'warn', preview: { port: 0, host: '127.0.0.1' } });
  const blankServer = await preview({
    root: 'bench/blank',
    logLevel: 'warn',
    build: { outDir: '../../dist-blank' },
    preview: { port: 0, host: '127.0.0.1' },
  });
  const url = (server: typeof gameServer): string => {
    const address = server.httpServer.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    return `http://127.0.0.1:${address.port}/`;
  };
  try {
    const browser = await browserFigures(url(gameServer), url(blankServer));
    record(
      'title screen interactive after load (median of 5)',
      `${browser.titleMs.toFixed(0)} ms`,
      `blank Phaser page ready ${browser.blankMs.toFixed(0)} ms, ratio ${(browser.titleMs / browser.blankMs).toFixed(2)}`,
    );
    record('desk frame time while animating, median / p95 / p99', browser.deskFrames, `blank Phaser page ${browser.blankFrames}`);
    record('desk frame time at rest (the board sleeps), median', browser.restFrames);
    record(
      'JS heap after 1 game / after 20 games in one page',
      `${browser.heapAfterOne} / ${browser.heapAfterTwenty}`,
      `Phaser display objects ${browser.objectsAfterOne} / ${browser.objectsAfterTwenty}`,
    );
  } finally {
    await gameServer.close();
    await blankServer.close();
  }

  const width = Math.max(...rows.map((row) => row.figure.length));
  const valueWidth = Math.max(...rows.map((row) => row.value.length));
  process.stdout.write(`\n${'figure'.padEnd(width)}  ${'value'.padEnd(valueWidth)}  compared with\n`);
  process.stdout.write(`${'-'.repeat(width)}  ${'-'.repeat(valueWidth)}  ${'-'.repeat(40)}\n`);
  for (const row of rows) process.stdout.write(`${row.figure.padEnd(width)}  ${row.value.padEnd(valueWidth)}  ${row.compared ?? ''}\n`);
  process.stdout.write(
    `\n(${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${(await import('node:os')).cpus().length} cores; see docs/performance.md)\n`,
  );
}

await main();
