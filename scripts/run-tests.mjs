#!/usr/bin/env node
// `npm test`: every check, in the order that fails fastest, with the time each stage took.
// The type check and lint keep caches in node_modules/.cache, so a second run only looks at what
// changed; CI starts from a clean clone and runs everything. The first failing stage stops the run.
import { spawnSync } from 'node:child_process';

const cache = 'node_modules/.cache/crisis-desk';
const STAGES = [
  // TypeScript 7 (the native compiler) checks in about 2 s what 6.0 takes 15 s for; typescript-eslint
  // still needs 6.0, which stays installed as `typescript`. 7.0 is installed as `typescript-native`.
  ['type check (app)', 'node', ['node_modules/typescript-native/bin/tsc', '-p', 'tsconfig.json']],
  ['type check (pure layers, no DOM)', 'node', ['node_modules/typescript-native/bin/tsc', '-p', 'tsconfig.core.json']],
  ['lint', 'eslint', ['.', '--cache', '--cache-location', `${cache}/eslint`]],
  [
    'format',
    'prettier',
    ['--check', '.', '--cache', '--cache-strategy', 'content', '--cache-location', `${cache}/prettier`, '--log-level', 'warn'],
  ],
  ['unit tests', 'vitest', ['run', '--project', 'unit']],
  ['server tests', 'vitest', ['run', '--project', 'server']],
  ['browser tests', 'vitest', ['run', '--project', 'e2e']],
];

const only = process.argv.slice(2);
const times = [];
let failed = null;
for (const [name, command, args] of STAGES) {
  if (only.length > 0 && !only.some((word) => name.includes(word))) continue;
  process.stdout.write(`\n▶ ${name}\n`);
  const started = performance.now();
  const result =
    command === 'node'
      ? spawnSync(process.execPath, args, { stdio: 'inherit' })
      : spawnSync('npx', ['--no-install', command, ...args], { stdio: 'inherit' });
  const seconds = (performance.now() - started) / 1000;
  times.push([name, seconds, result.status === 0]);
  if (result.status !== 0) {
    failed = name;
    break;
  }
}
process.stdout.write('\nStage times\n');
for (const [name, seconds, ok] of times) process.stdout.write(`  ${ok ? 'ok  ' : 'FAIL'}  ${seconds.toFixed(1).padStart(6)} s  ${name}\n`);
const total = times.reduce((sum, [, seconds]) => sum + seconds, 0);
process.stdout.write(`        ${total.toFixed(1).padStart(6)} s  in all\n`);
if (failed !== null) {
  process.stdout.write(`\n${failed} failed.\n`);
  process.exit(1);
}
