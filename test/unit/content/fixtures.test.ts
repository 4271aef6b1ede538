import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { availableActions, offeredActions, startGame } from '../../../src/engine';
import { checkScenarioText, formatDiagnostic } from '../../../src/content';

const BROKEN = 'test/fixtures/broken';

/** Each broken fixture names what the checker must report, with its place: `# expect: severity code line:col`. */
function expectations(text: string): { severity: string; code: string; line: number; col: number }[] {
  return [...text.matchAll(/^# expect: (error|warning) ([a-z-]+) (\d+):(\d+)$/gm)].map((m) => ({
    severity: m[1]!,
    code: m[2]!,
    line: Number(m[3]),
    col: Number(m[4]),
  }));
}

describe('broken scenario fixtures', () => {
  const files = readdirSync(BROKEN).filter((name) => name.endsWith('.yaml'));

  it('cover every fixture with at least one expectation', () => {
    expect(files.length).toBeGreaterThan(30);
    for (const file of files) expect(expectations(readFileSync(`${BROKEN}/${file}`, 'utf8')), file).not.toEqual([]);
  });

  for (const file of files) {
    it(`${file}: reports the expected problem at its place`, () => {
      const text = readFileSync(`${BROKEN}/${file}`, 'utf8');
      const result = checkScenarioText(`${BROKEN}/${file}`, text);
      for (const expected of expectations(text)) {
        const found = result.diagnostics.find((d) => d.code === expected.code && d.line === expected.line && d.col === expected.col);
        expect(
          found,
          `expected ${expected.code} at ${expected.line}:${expected.col}, got:\n${result.diagnostics.map(formatDiagnostic).join('\n')}`,
        ).toBeDefined();
        expect(found?.severity).toBe(expected.severity);
        expect(formatDiagnostic(found!)).toMatch(
          new RegExp(`^${BROKEN}/${file}:${expected.line}:${expected.col}: ${expected.severity} ${expected.code}: .+`),
        );
      }
      const hasError = expectations(text).some((e) => e.severity === 'error');
      expect(result.scenario === null).toBe(hasError);
    });
  }
});

describe('the checker', () => {
  it('reports every problem at once, not only the first', () => {
    const text = readFileSync('test/fixtures/valid/minimal.yaml', 'utf8')
      .replace('title: A small crisis', 'titel: A small crisis')
      .replace('"allies >= 9"', '"alies >= 9"')
      .replace('cost: 1, title: Call allies', 'cost: one, title: Call allies');
    const codes = checkScenarioText('x.yaml', text).diagnostics.map((d) => d.code);
    expect(codes).toEqual(expect.arrayContaining(['unknown-key', 'wrong-type', 'missing-key']));
  });

  it('loads a clean scenario with no diagnostics at all', () => {
    const result = checkScenarioText('minimal.yaml', readFileSync('test/fixtures/valid/minimal.yaml', 'utf8'));
    expect(result.diagnostics).toEqual([]);
    expect(result.scenario?.id).toBe('minimal');
  });

  it('migrates a format-1 file and says so', () => {
    const result = checkScenarioText('old-format.yaml', readFileSync('test/fixtures/migrations/format-1.yaml', 'utf8'));
    expect(result.diagnostics.map((d) => [d.code, d.line])).toEqual([['old-format', 3]]);
    const schedule = result.scenario?.actions[0]?.effects.find((effect) => effect.kind === 'schedule');
    expect(schedule).toMatchObject({ kind: 'schedule', event: 'allies_answer', delay: 2, chance: { source: '1' } });
  });

  it('migrates a format-2 file: it loads, and every open option is offered each turn, as before hands existed', () => {
    const result = checkScenarioText('minimal.yaml', readFileSync('test/fixtures/migrations/format-2.yaml', 'utf8'));
    expect(result.diagnostics.map((d) => [d.code, d.line])).toEqual([['old-format', 3]]);
    const scenario = result.scenario;
    if (scenario === null) throw new Error('did not load');
    expect(scenario.hand.size).toBeNull();
    expect(scenario.modes.map((mode) => [mode.id, mode.turnDates.length])).toEqual([['full', 3]]);
    const game = startGame(scenario, 1);
    expect(offeredActions(scenario, game).map((action) => action.id)).toEqual(availableActions(scenario, game).map((action) => action.id));
    expect(game.hand).toEqual(availableActions(scenario, game).map((action) => action.id));
  });

  it('points inside an expression at the misspelt name, with a suggestion', () => {
    const text = readFileSync('test/fixtures/valid/minimal.yaml', 'utf8').replace('"allies >= 9"', '"turn > 1 and alies >= 9"');
    const lines = text.split('\n');
    const line = lines.findIndex((row) => row.includes('and alies')) + 1;
    const col = (lines[line - 1] ?? '').indexOf('alies >=') + 1;
    const unknown = checkScenarioText('x.yaml', text).diagnostics.find((d) => d.code === 'unknown-name');
    expect(unknown).toMatchObject({ line, col, suggestion: "did you mean 'allies'?" });
  });
});
