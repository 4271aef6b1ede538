import { describe, expect, it } from 'vitest';
import { summarizeClass } from '../../../src/ui/class-results';
import { generatedExports } from '../../helpers/exports';
import { shippedScenario } from '../../helpers/scenario';

const ottawa = shippedScenario('ottawa-2021');

describe('class results', () => {
  const games = generatedExports(ottawa, 25).map((entry, index) => ({ label: `S${index + 1}`, game: entry.game }));
  const summary = summarizeClass(ottawa, games, 'en');

  it('count every student once among the endings', () => {
    expect(summary.students).toBe(25);
    expect(summary.endings.reduce((sum, ending) => sum + ending.count, 0)).toBe(25);
  });

  it('tally the choices of each turn from the games themselves', () => {
    const first = summary.turns[0]!;
    expect(first.students).toBe(25);
    const expected = new Map<string, number>();
    for (const { game } of games) for (const id of game.turns[0]!.decisions) expected.set(id, (expected.get(id) ?? 0) + 1);
    expect(new Map(first.choices.map((choice) => [choice.action, choice.count]))).toEqual(expected);
    expect(first.choices.map((choice) => choice.count)).toEqual([...first.choices.map((choice) => choice.count)].sort((a, b) => b - a));
  });

  it('score predictions for the class and for each student', () => {
    const made = games.reduce((sum, { game }) => sum + game.turns.filter((turn) => turn.prediction !== null).length, 0);
    expect(summary.predictions.made).toBe(made);
    expect(summary.perStudent.reduce((sum, row) => sum + row.right, 0)).toBe(summary.predictions.right);
  });

  it('point out a game that went its own way', () => {
    const lone = { label: 'Loner', game: games[0]!.game };
    const crowd = Array.from({ length: 9 }, (_, i) => ({ label: `C${i}`, game: games[1]!.game }));
    const outliers = summarizeClass(ottawa, [...crowd, lone], 'en').outliers;
    expect(outliers.map((row) => row.label)).toContain('Loner');
    expect(outliers.map((row) => row.label)).not.toContain('C0');
  });
});
