/**
 * `npm run bench`: the performance figures, printed as a table with their spread (min / median /
 * max) and the machine's load when each was taken. Timings are printed, never asserted (they
 * depend on the machine); the bundle budgets, which are deterministic, are checked in the tests.
 * See docs/performance.md for what each figure means and the latest run.
 */
import { cpus } from 'node:os';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build, preview } from 'vite';
import { bundleSizes, shippedScenarioIds } from '../scripts/bundle-sizes';
import { browserFigures } from './browser-figures';
import { checkFigures, flowVersusLoop, loadScenario, simulateCommand } from './engine-figures';
import { liveFigures } from './live-figures';
import { printRows, record } from './stats';

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KB`;

async function bundleFigures(): Promise<void> {
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
  const toDesk = game.title + game.language + game.stage + game.phaser + game.largestScenario;
  record('JavaScript for the title screen, gzip', kb(game.title), 'the entry chunk; Phaser is not needed yet');
  record(
    'JavaScript to reach the desk, gzip',
    kb(toDesk),
    `blank Phaser page ${kb(blank.title + blank.phaser)}; game code ${kb(toDesk - game.phaser)} over Phaser`,
  );
  record('  of which the largest scenario (its own chunk)', kb(game.largestScenario));
  record('  of which the French interface strings (English is in the title chunk)', kb(game.language));
  record('JavaScript loaded on demand (checker, QR code, sound, offline)', kb(game.onDemand));
  record('JavaScript of the live classroom (screens and Colyseus client, on demand)', kb(game.live));
  record('whole build on disk', kb(readdirSync('dist/assets').reduce((sum, file) => sum + statSync(join('dist/assets', file)).size, 0)));
}

async function main(): Promise<void> {
  process.stderr.write(`Crisis Desk benchmarks: Node ${process.version}, ${cpus().length} cores\n`);
  const ottawa = loadScenario('scenarios/ottawa-2021.yaml');
  flowVersusLoop(ottawa);
  simulateCommand('scenarios/ottawa-2021.yaml', 10_000);
  checkFigures(
    readdirSync('scenarios')
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => `scenarios/${name}`),
  );
  await liveFigures();
  await bundleFigures();
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
    await browserFigures(url(gameServer), url(blankServer));
  } finally {
    await gameServer.close();
    await blankServer.close();
  }
  printRows();
  process.stdout.write(
    `\n(${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} cores; see docs/performance.md)\n`,
  );
}

await main();
