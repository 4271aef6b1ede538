import type { SimulationReport } from './monte-carlo';

const pct = (share: number): string => `${(share * 100).toFixed(1)}%`;

function table(headers: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cells = [headers, ...rows.map((row) => row.map(String))];
  const widths = headers.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? '').length)));
  return cells
    .map((row) =>
      row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  '),
    )
    .join('\n');
}

/** The simulation report as plain text for a terminal; the same input always gives the same text. */
export function reportToText(report: SimulationReport): string {
  const played = report.runs - report.failures.length;
  const lines: string[] = [];
  lines.push(
    `${report.scenario.id} ${report.scenario.version}: ${report.runs} games, seeds ${report.seed}..${report.seed + report.runs - 1}, policy ${report.policy}, engine ${report.engine}${report.mode === null ? '' : `, mode ${report.mode}`}`,
  );
  lines.push(
    '',
    'Endings',
    table(
      ['ending', 'games', 'share'],
      report.endings.map((row) => [row.id, row.count, pct(row.share)]),
    ),
  );
  lines.push('', 'What led there (decisions made in at least 20% of the games with that ending, and more than in all games)');
  for (const row of report.drivers) {
    if (row.decisions.length === 0) continue;
    const drivers = row.decisions.map((driver) => `${driver.decision} ${pct(driver.inEnding)} (all games ${pct(driver.overall)})`);
    lines.push(`  ${row.ending}: ${drivers.join(', ')}`);
  }
  lines.push(
    '',
    'Actions',
    table(
      ['action', 'taken', 'games', 'share of games'],
      report.actions.map((row) => [row.id, row.count, row.games, pct(played === 0 ? 0 : row.games / played)]),
    ),
  );
  lines.push(
    '',
    'Events',
    table(
      ['event', 'fired', 'games', 'share of games'],
      report.events.map((row) => [row.id, row.count, row.games, pct(played === 0 ? 0 : row.games / played)]),
    ),
  );
  if (report.states.length > 0) {
    lines.push(
      '',
      'Storyline states reached',
      table(
        ['storyline.state', 'games', 'share'],
        report.states.map((row) => [`${row.storyline}.${row.state}`, row.games, pct(played === 0 ? 0 : row.games / played)]),
      ),
    );
  }
  lines.push(
    '',
    `Game length (turns): min ${report.length.min}, median ${report.length.median}, mean ${report.length.mean}, max ${report.length.max}`,
  );
  lines.push(
    table(
      ['turns', 'games'],
      report.length.histogram.map((row) => [row.turns, row.games]),
    ),
  );
  lines.push('', 'Meters after each turn (min / 10th percentile / median / 90th percentile / max, over the games still running)');
  for (const meter of report.meters) {
    lines.push(`  ${meter.id}`);
    lines.push(
      table(
        ['  turn', 'games', 'min', 'p10', 'median', 'p90', 'max'],
        meter.turns.map((row) => [`  ${row.turn}`, row.games, row.min, row.p10, row.median, row.p90, row.max]),
      ),
    );
  }
  lines.push(
    '',
    report.findings.length === 0
      ? 'Findings: none: every ending, action, event and storyline state happened.'
      : `Findings (${report.findings.length}):`,
  );
  for (const finding of report.findings) lines.push(`  - ${finding}`);
  lines.push(
    '',
    report.failures.length === 0 ? 'Failures: none.' : `Failures (${report.failures.length}): replay with --seed <seed> --runs 1`,
  );
  for (const failure of report.failures.slice(0, 20)) lines.push(`  - seed ${failure.seed}, turn ${failure.turn}: ${failure.message}`);
  return `${lines.join('\n')}\n`;
}
