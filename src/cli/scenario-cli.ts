import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkScenarioText, formatDiagnostic, hasErrors, type Diagnostic } from '../content';
import { writeJsonSchema } from './json-schema';
import { storylineGraphs } from './storyline-graph';
import { simulateInParallel } from './parallel-simulate';
import { POLICY_NAMES, type PolicyName } from '../sim/policies';
import { simulate } from '../sim/monte-carlo';
import { reportToText } from '../sim/report-text';
import { traceToText } from '../sim/trace-text';
import { writeBalanceReport } from './balance-report';

const HELP = `Crisis Desk scenario toolchain

Usage: npm run scenario -- <command> [options]

Commands:
  check <files...> [--json]
      Checks scenario files and prints every problem as file:line:col: severity code: message.
      Exits with 0 when there are no errors (warnings allowed), 1 when there are.

  simulate <file> --runs N --seed S [--policy random|greedy|least-used|historical] [--mode ID]
           [--engine loop|flow] [--trace] [--json]
      Plays N seeded games headless (seeds S, S+1, ...) and reports endings and the decisions that
      led to each, how often each action, event and storyline state happened (never = a finding),
      meter ranges per turn, game length, and the seed of any game that broke an assertion. The same
      arguments always print the same report. --mode picks a length of game (default: the first).
      --trace (with --runs 1) prints that one game turn by turn instead: news, storyline moves,
      questions, the hand dealt, decisions, reactions and meters. --engine flow plays through the
      XState turn flow (slower, same games). The historical policy plays what the scenario marks
      historical: the options and answers of the player's side in reality.

  schema [--out scenarios/scenario.schema.json]
      Writes the JSON Schema (draft-7) that editors use for autocomplete and validation.

  graph <file> [--storyline ID]
      Prints each storyline as a Mermaid state diagram (paste into any Mermaid viewer).

  balance <file> [--runs N] [--out docs/balance.md]
      Runs the play-tester under every policy (the historical one included) and single-minded
      strategies, for every length of game, and writes a balance report with its targets.

Options:
  -h, --help    Show this help.

See docs/authoring.md for the file format and every error code.
`;

function fail(message: string): never {
  process.stderr.write(`${message}\n\nRun 'npm run scenario -- --help' for usage.\n`);
  process.exit(2);
}

function readScenarioFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    fail(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function checkedOrExit(file: string) {
  const result = checkScenarioText(file, readScenarioFile(file));
  if (result.scenario === null || result.data === undefined) {
    for (const d of result.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
    process.stderr.write(`${file} has errors: fix them first (npm run scenario -- check ${file}).\n`);
    process.exit(1);
  }
  return { scenario: result.scenario, data: result.data };
}

const loadOrExit = (file: string) => checkedOrExit(file).scenario;

function integer(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) fail(`--${name} must be a whole number, not '${value}'`);
  return parsed;
}

function runCheck(files: string[], json: boolean): number {
  if (files.length === 0) fail('check needs at least one file');
  const all: Diagnostic[] = [];
  for (const file of files) all.push(...checkScenarioText(file, readScenarioFile(file)).diagnostics);
  if (json) {
    process.stdout.write(
      `${JSON.stringify({ files, errors: all.filter((d) => d.severity === 'error').length, warnings: all.filter((d) => d.severity === 'warning').length, diagnostics: all }, null, 2)}\n`,
    );
  } else {
    for (const d of all) process.stdout.write(`${formatDiagnostic(d)}\n`);
    const errors = all.filter((d) => d.severity === 'error').length;
    const warnings = all.length - errors;
    process.stdout.write(
      `${files.length} file${files.length === 1 ? '' : 's'} checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}\n`,
    );
  }
  return hasErrors(all) ? 1 : 0;
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      json: { type: 'boolean' },
      runs: { type: 'string' },
      seed: { type: 'string' },
      policy: { type: 'string' },
      engine: { type: 'string' },
      out: { type: 'string' },
      storyline: { type: 'string' },
      mode: { type: 'string' },
      trace: { type: 'boolean' },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help === true || command === undefined || command === 'help') {
    process.stdout.write(HELP);
    return 0;
  }
  switch (command) {
    case 'check':
      return runCheck(rest, values.json === true);
    case 'simulate': {
      const [file] = rest;
      if (file === undefined) fail('simulate needs a scenario file');
      const policy = values.policy ?? 'random';
      if (!(POLICY_NAMES as readonly string[]).includes(policy)) fail(`--policy must be one of ${POLICY_NAMES.join(', ')}`);
      const engine = values.engine ?? 'loop';
      if (engine !== 'loop' && engine !== 'flow') fail('--engine must be loop or flow');
      const { scenario, data } = checkedOrExit(file);
      const mode = values.mode;
      if (mode !== undefined && !scenario.modes.some((candidate) => candidate.id === mode)) {
        fail(`--mode must be one of ${scenario.modes.map((candidate) => candidate.id).join(', ')}`);
      }
      const runs = integer(values.runs, 'runs', values.trace === true ? 1 : 1000);
      if (values.trace === true) {
        if (runs !== 1) fail('--trace prints one game: use it with --runs 1');
        const one = simulate(scenario, {
          runs: 1,
          seed: integer(values.seed, 'seed', 1),
          policy: policy as PolicyName,
          engine,
          mode,
          keepGames: true,
        });
        const game = one.games?.[0];
        if (game === undefined) fail(`the game failed: ${one.failures[0]?.message ?? 'unknown'}`);
        process.stdout.write(traceToText(scenario, game));
        return 0;
      }
      const started = performance.now();
      const report = await simulateInParallel(data, scenario, {
        runs,
        seed: integer(values.seed, 'seed', 1),
        policy: policy as PolicyName,
        engine,
        mode,
      });
      process.stdout.write(values.json === true ? `${JSON.stringify(report, null, 2)}\n` : reportToText(report));
      process.stderr.write(`(${report.runs} games in ${((performance.now() - started) / 1000).toFixed(2)} s)\n`);
      return report.failures.length > 0 ? 1 : 0;
    }
    case 'schema': {
      const out = values.out ?? 'scenarios/scenario.schema.json';
      writeJsonSchema(out);
      process.stdout.write(`wrote ${out}\n`);
      return 0;
    }
    case 'graph': {
      const [file] = rest;
      if (file === undefined) fail('graph needs a scenario file');
      process.stdout.write(storylineGraphs(loadOrExit(file), values.storyline));
      return 0;
    }
    case 'balance': {
      const [file] = rest;
      if (file === undefined) fail('balance needs a scenario file');
      const out = values.out ?? 'docs/balance.md';
      writeFileSync(out, writeBalanceReport(loadOrExit(file), file, integer(values.runs, 'runs', 10_000)));
      process.stdout.write(`wrote ${out}\n`);
      return 0;
    }
    default:
      fail(`unknown command '${command}'`);
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // parseArgs throws on unknown options; say so plainly instead of printing a stack trace.
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\nRun 'npm run scenario -- --help' for usage.\n`);
  process.exitCode = 2;
}
