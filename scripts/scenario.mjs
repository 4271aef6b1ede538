#!/usr/bin/env node
// `npm run scenario`: the scenario toolchain, run by Node itself from a bundle built once and kept
// until the sources change. Running the TypeScript through a loader cost every command a second and
// a half, and every simulate worker as much again.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const OUT = 'node_modules/.cache/crisis-desk/cli';
const STAMP = join(OUT, 'sources.stamp');

/** The newest change among the sources the toolchain is built from. */
function sourcesStamp() {
  let newest = 0;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|mjs)$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const dir of ['src/engine', 'src/content', 'src/flow', 'src/sim', 'src/cli']) walk(dir);
  return `${newest}|${statSync('package-lock.json').mtimeMs}`;
}

async function ensureBuilt() {
  const stamp = sourcesStamp();
  if (existsSync(join(OUT, 'scenario-cli.mjs')) && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === stamp) return;
  const { build } = await import('vite');
  await build({
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    build: {
      ssr: true,
      target: 'node20',
      outDir: OUT,
      emptyOutDir: true,
      minify: false,
      rolldownOptions: {
        input: { 'scenario-cli': 'src/cli/scenario-cli.ts', 'simulate-worker': 'src/cli/simulate-worker.ts' },
        output: { format: 'es', entryFileNames: '[name].mjs', chunkFileNames: '[name]-[hash].mjs' },
      },
    },
  });
  mkdirSync(OUT, { recursive: true });
  writeFileSync(STAMP, stamp);
}

await ensureBuilt();
const result = spawnSync(process.execPath, [join(OUT, 'scenario-cli.mjs'), ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
