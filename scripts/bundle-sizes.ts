import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Gzip sizes of a production build's JavaScript, sorted by when a player downloads them. Shared
 * by `npm run bench` (which prints them) and the budget test (which holds them to a limit).
 */
export interface BundleSizes {
  /** What the title screen needs: the entry chunk named in index.html. */
  readonly title: number;
  /** The game code the desk adds after the title (the stage that drives Phaser). */
  readonly stage: number;
  readonly phaser: number;
  /** The largest single scenario's data chunk: a player downloads only the one they play. */
  readonly largestScenario: number;
  /** The largest interface language other than English (which is in the title chunk): a player downloads one. */
  readonly language: number;
  /** Loaded only when used: the file checker, the QR code, the offline updater. */
  readonly onDemand: number;
  /** The live classroom's screens and its client (Colyseus), loaded when a live page opens. */
  readonly live: number;
}

const gzipped = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length;

export function bundleSizes(distDir: string, scenarioIds: readonly string[]): BundleSizes {
  const assets = join(distDir, 'assets');
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const entry = /<script type="module"[^>]*src="\.?\/?assets\/([^"]+\.js)"/.exec(html)?.[1];
  if (entry === undefined) throw new Error(`${distDir}/index.html names no entry script`);
  const sizes = { title: 0, stage: 0, phaser: 0, largestScenario: 0, language: 0, onDemand: 0, live: 0 };
  // The title needs its entry and every chunk the entry imports statically (the bundler may split
  // modules the entry shares with a lazy chunk into chunks of their own): all of them count.
  const title = new Set<string>();
  const visit = (file: string): void => {
    if (title.has(file)) return;
    title.add(file);
    const code = readFileSync(join(assets, file), 'utf8');
    for (const match of code.matchAll(/(?:\bfrom|\bimport)\s*["']\.\/([\w.-]+\.js)["']/g)) if (match[1] !== undefined) visit(match[1]);
  };
  visit(entry);
  for (const name of readdirSync(assets).filter((file) => file.endsWith('.js'))) {
    const bytes = gzipped(join(assets, name));
    // Vite names a chunk after its module, then a hash: "start-stage-g9vObNoY.js".
    const chunk = basename(name, '.js').replace(/-[\w-]{8}$/, '');
    if (title.has(name)) sizes.title += bytes;
    else if (chunk === 'phaser') sizes.phaser += bytes;
    else if (chunk === 'start-stage') sizes.stage += bytes;
    else if (chunk.startsWith('live-') || chunk.startsWith('strings-live-')) sizes.live += bytes;
    else if (/^strings-[a-z]{2}$/.test(chunk)) sizes.language = Math.max(sizes.language, bytes);
    else if (scenarioIds.includes(chunk)) sizes.largestScenario = Math.max(sizes.largestScenario, bytes);
    else sizes.onDemand += bytes;
  }
  return sizes;
}

export const shippedScenarioIds = (scenariosDir = 'scenarios'): string[] =>
  readdirSync(scenariosDir)
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => basename(file, '.yaml'));
