import { describe, expect, it } from 'vitest';
import { answersByQuestion, classCsv, reasonsByTurn, summarizeClass } from '../../../src/ui/class-results';
import type { GameState } from '../../../src/engine';
import { localize } from '../../../src/ui/i18n/translate';
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

  it('group the answers under each discussion question, with who wrote them, and skip blank ones', () => {
    const answered = [
      { label: 'Avery', game: games[0]!.game, answers: ['  We stayed with our allies.  ', '', 'Third'] },
      { label: 'Blake', game: games[1]!.game, answers: ['<b>not markup</b>'] },
      { label: 'Casey', game: games[2]!.game },
    ];
    const groups = answersByQuestion(ottawa, answered, 'fr');
    expect(groups.map((group) => group.question)).toEqual(ottawa.debrief.questions.map((question) => localize(question, 'fr')));
    expect(groups[0]!.answers).toEqual([
      { label: 'Avery', text: 'We stayed with our allies.' },
      { label: 'Blake', text: '<b>not markup</b>' },
    ]);
    expect(groups[1]!.answers).toEqual([]);
    expect(groups[2]!.answers).toEqual([{ label: 'Avery', text: 'Third' }]);
    expect(summarizeClass(ottawa, answered, 'en').answers[0]!.answers).toHaveLength(2);
  });

  it('keep answers to questions the scenario no longer asks, apart', () => {
    const extra = Array.from({ length: ottawa.debrief.questions.length + 1 }, (_, index) => `Answer ${index + 1}`);
    const groups = answersByQuestion(ottawa, [{ label: 'Old', game: games[0]!.game, answers: extra }], 'en');
    expect(groups.at(-1)).toEqual({ question: null, answers: [{ label: 'Old', text: extra.at(-1) }] });
  });

  it('list the prediction reasons turn by turn, with what each student predicted and whether it was right', () => {
    const withReason = (game: GameState, reason: string): GameState => ({
      ...game,
      turns: game.turns.map((turn, index) =>
        index === 1 && turn.prediction !== null ? { ...turn, prediction: { ...turn.prediction, reason } } : turn,
      ),
    });
    const first = withReason(games[0]!.game, 'Beijing answered the last sanctions within days.');
    const blank = withReason(games[1]!.game, '   ');
    const turns = reasonsByTurn(
      ottawa,
      [
        { label: 'Avery', game: first },
        { label: 'Blake', game: blank },
      ],
      'en',
    );
    const second = turns.find((turn) => turn.turn === 2)!;
    const record = first.turns[1]!.prediction!;
    const label = (id: string | null) => localize(ottawa.predictions[0]!.options.find((option) => option.id === id)?.label, 'en');
    expect(second.reasons).toEqual([
      {
        label: 'Avery',
        text: 'Beijing answered the last sanctions within days.',
        option: label(record.option),
        actual: record.correct === null ? null : label(record.correct),
        right: record.option === record.correct,
      },
    ]);
    expect(turns.every((turn) => turn.reasons.length > 0)).toBe(true);
  });
});

describe('class results with real class data', () => {
  const games = generatedExports(ottawa, 6).map((entry, index) => ({ label: `S${index + 1}`, game: entry.game }));
  const stray = generatedExports(ottawa, 1, { seed: 99 }).map((entry) => ({ label: 'Own link', game: entry.game }));

  it('count only the games of the class game in the totals, and list the others apart', () => {
    const summary = summarizeClass(ottawa, [...games, ...stray], 'en');
    expect(summary.students).toBe(6);
    expect(summary.endings.reduce((sum, ending) => sum + ending.count, 0)).toBe(6);
    expect(summary.turns[0]?.students).toBe(6);
    expect(summary.notCounted).toEqual([{ label: 'Own link', seed: 99, mode: stray[0]!.game.mode }]);
    expect(summary.perStudent.find((row) => row.label === 'Own link')?.counted).toBe(false);
    expect(summary.outliers.find((row) => row.label === 'Own link')?.reasons[0]).toMatchObject({ kind: 'other-seed', seed: 99 });
  });

  it('show every choice of a turn, and a ladder by its rungs as on the desk', () => {
    const summary = summarizeClass(ottawa, games, 'en');
    const distinct = new Set(games.flatMap(({ game }) => game.turns[0]!.decisions));
    expect(summary.turns[0]?.choices).toHaveLength(distinct.size);
    const ladder = ottawa.meters.find((meter) => meter.rungs.length > 0)!;
    const row = summary.finalMeters.find((meter) => meter.label === localize(ladder.label, 'en'));
    expect(row?.max).toMatch(new RegExp(`^\\d/${ladder.rungs.length} \\S`));
  });

  it('export a spreadsheet a teacher can open, where a name is never a formula', () => {
    const named = [{ ...games[0]!, label: '=HYPERLINK("http://evil")' }, ...games.slice(1)];
    const csv = classCsv(ottawa, named, 'en');
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(7);
    expect(lines[0]).toMatch(/^"student","counted","seed","mode","ending","turns"/);
    expect(lines[1]).toMatch(/^"'=HYPERLINK\(""http:\/\/evil""\)","yes",/);
  });
});
