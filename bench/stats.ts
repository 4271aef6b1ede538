import { loadavg } from 'node:os';

/** A figure measured several times: every row of the bench prints its spread, never one lucky run. */
export interface Spread {
  readonly min: number;
  readonly median: number;
  readonly max: number;
  readonly runs: number;
}

export function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  return { min: sorted[0] ?? 0, median: sorted[Math.floor((sorted.length - 1) / 2)] ?? 0, max: sorted.at(-1) ?? 0, runs: sorted.length };
}

export function percentile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? 0;
}

/** "1.23 / 1.31 / 1.40 s (5 runs)": min / median / max. */
export function describe(s: Spread, unit: string, digits = 2): string {
  return `${s.min.toFixed(digits)} / ${s.median.toFixed(digits)} / ${s.max.toFixed(digits)} ${unit} (${s.runs} runs)`;
}

/** The machine's one-minute load average: a figure taken while other work ran means less. */
export const machineLoad = (): string => loadavg()[0]?.toFixed(2) ?? '?';

export interface Row {
  readonly figure: string;
  readonly value: string;
  readonly compared: string;
  readonly load: string;
}

const rows: Row[] = [];

export function record(figure: string, value: string, compared = ''): void {
  const row = { figure, value, compared, load: machineLoad() };
  rows.push(row);
  process.stderr.write(`  ${figure}: ${value}${compared === '' ? '' : ` (${compared})`} [load ${row.load}]\n`);
}

export function printRows(): void {
  const width = Math.max(...rows.map((row) => row.figure.length));
  const valueWidth = Math.max(...rows.map((row) => row.value.length));
  const head = `${'figure'.padEnd(width)}  ${'value (min / median / max)'.padEnd(valueWidth)}  load  compared with`;
  process.stdout.write(`\n${head}\n${'-'.repeat(head.length + 20)}\n`);
  for (const row of rows) {
    process.stdout.write(`${row.figure.padEnd(width)}  ${row.value.padEnd(valueWidth)}  ${row.load.padStart(4)}  ${row.compared}\n`);
  }
}
