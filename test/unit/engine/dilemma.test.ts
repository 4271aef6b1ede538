import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkScenarioText } from '../../../src/content';
import {
  availableActions,
  beginTurn,
  decisionProblem,
  offeredActions,
  predictionFor,
  resolveTurn,
  startGame,
  turnDates,
  type GameState,
  type Scenario,
} from '../../../src/engine';
import { endingTrace } from '../../../src/ui/cause-explanation';
import { epilogueViews } from '../../../src/ui/debrief-view';
import { roleOutcomes } from '../../../src/ui/roles-view';
import { actionCards, meterViews, turnHeading } from '../../../src/ui/desk-view';
import { fileViews, questionViews } from '../../../src/ui/files-view';
import { stories } from '../../../src/ui/story-view';

function load(): Scenario {
  const result = checkScenarioText('dilemma.yaml', readFileSync('test/fixtures/valid/dilemma.yaml', 'utf8'));
  if (result.scenario === null) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
  return result.scenario;
}

const scenario = load();
const next = (game: GameState, actions: string[] = [], answers: Record<string, string> = {}): GameState =>
  beginTurn(scenario, resolveTurn(scenario, game, actions, null, answers));

describe('a hand, not a menu', () => {
  const game = startGame(scenario, 1, 'full');

  it('deals the hand size from the open options, by priority, and keeps the standing moves apart', () => {
    expect(game.hand).toHaveLength(2);
    expect(game.hand).toContain('sanction');
    // Alternatives are dealt together: the choice between them is on the table.
    expect(game.hand).toContain('negotiate');
    expect(offeredActions(scenario, game).map((action) => action.id)).toEqual([...game.hand, 'statement']);
    const cards = actionCards(scenario, game, [], 'en');
    expect(cards.find((card) => card.id === 'statement')?.standing).toBe(true);
    expect(cards.find((card) => card.id === 'sanction')?.alternatives).toEqual(['Negotiate']);
  });

  it('refuses what was not dealt, and alternatives together; once one is taken the other closes', () => {
    expect(decisionProblem(scenario, game, ['summit'])).toEqual({ kind: 'unavailable', action: 'summit' });
    expect(decisionProblem(scenario, game, ['sanction', 'negotiate'])).toEqual({
      kind: 'alternatives',
      action: 'negotiate',
      other: 'sanction',
    });
    const after = next(game, ['sanction']);
    expect(offeredActions(scenario, after).map((action) => action.id)).not.toContain('negotiate');
    expect(decisionProblem(scenario, after, ['negotiate'])).toEqual({ kind: 'unavailable', action: 'negotiate' });
  });

  it('is the same hand for the same state: the deal draws nothing from the random stream', () => {
    expect(startGame(scenario, 1, 'full')).toEqual(game);
    expect(startGame(scenario, 1, 'full').rng).toBe(game.rng);
  });
});

describe('events that demand an answer', () => {
  const game = startGame(scenario, 1, 'full');

  it('put their question on the desk, with its deadline and default', () => {
    expect(game.asked).toEqual([{ event: 'ultimatum', turn: 1, due: 2 }]);
    const [question] = questionViews(scenario, game, [], {}, 'en');
    expect(question).toMatchObject({
      title: 'An ultimatum',
      prompt: 'How do you answer?',
      deadline: 'You can answer this turn or the next',
      fallback: 'If you do not answer: Say nothing',
    });
    expect(question?.responses.map((response) => [response.id, response.cost])).toEqual([
      ['defy', 1],
      ['ignore', 0],
    ]);
  });

  it('take an answer, paid from the capital, and refuse answers to questions not asked', () => {
    expect(decisionProblem(scenario, game, [], { ultimatum: 'nonsense' })).toEqual({
      kind: 'unknown-response',
      event: 'ultimatum',
      response: 'nonsense',
    });
    expect(decisionProblem(scenario, game, [], { other: 'defy' })).toEqual({ kind: 'not-asked', event: 'other' });
    expect(decisionProblem(scenario, game, ['sanction', 'statement'], { ultimatum: 'defy' })).toBeNull();
    expect(decisionProblem(scenario, { ...game, capital: 1 }, ['sanction'], { ultimatum: 'defy' })).toMatchObject({ kind: 'over-budget' });
    const after = next(game, [], { ultimatum: 'defy' });
    expect(after.asked).toEqual([]);
    expect(after.answered).toEqual({ ultimatum: 'defy' });
    expect(after.turns[0]?.answers).toEqual({ ultimatum: 'defy' });
    const answer = stories(scenario, after, 1, 'resolution', 'en').find((story) => story.title === 'An ultimatum: Defy it');
    expect(answer?.fromPlayer).toBe(true);
    expect(answer?.changes.map((change) => change.text)).toContain('Capital −1'.replace('Capital', 'Political capital'));
  });

  it('apply the default, at no cost, when the deadline passes unanswered', () => {
    const turnTwo = next(game);
    expect(turnTwo.asked).toEqual([{ event: 'ultimatum', turn: 1, due: 2 }]);
    expect(questionViews(scenario, turnTwo, [], {}, 'en')[0]?.deadline).toBe('Answer this turn');
    const turnThree = next(turnTwo);
    expect(turnThree.asked).toEqual([]);
    expect(turnThree.answered).toEqual({ ultimatum: 'ignore' });
    expect(turnThree.turns[1]?.answers).toEqual({});
    const fallback = turnThree.chronicle.find((happening) => happening.what.kind === 'response');
    expect(fallback?.cause).toMatchObject({ kind: 'response', defaulted: true, turn: 2 });
    expect(stories(scenario, turnThree, 2, 'resolution', 'en').find((story) => story.title.startsWith('An ultimatum'))?.fromPlayer).toBe(
      false,
    );
  });
});

describe('lengths of game', () => {
  it('each have their calendar over the same story, and date conditions hold in both', () => {
    const short = startGame(scenario, 1, 'short');
    const full = startGame(scenario, 1, 'full');
    expect([short.lastTurn, full.lastTurn]).toEqual([3, 6]);
    expect(turnDates(scenario, short, 2)).toEqual({ opens: '2021-02-01', closes: '2021-02-28' });
    expect(turnDates(scenario, full, 2)).toEqual({ opens: '2021-01-18', closes: '2021-01-31' });
    expect(turnHeading(scenario, short, 'en')).toEqual({ turn: 'Turn 1 of 3', date: 'January 4–31, 2021', left: '2 turns left' });
    // The summit opens on 1 February: turn 2 of the short game, turn 3 of the full one.
    const open = (game: GameState): string[] => availableActions(scenario, game).map((action) => action.id);
    expect(open(next(short))).toContain('summit');
    expect(open(next(full))).not.toContain('summit');
    expect(open(next(next(full)))).toContain('summit');
  });

  it('default to the first mode', () => {
    expect(startGame(scenario, 1).mode).toBe('short');
  });
});

describe('text that depends on the game', () => {
  it('reads as it did when it happened: the variant and the numbers are recorded then', () => {
    const game = startGame(scenario, 1, 'full');
    const news = stories(scenario, game, 1, 'briefing', 'en').find((story) => story.title === 'An ultimatum');
    expect(news?.text).toBe('They demand an answer. Hope stands at 50.');
    const after = next(game, ['sanction']);
    const chosen = stories(scenario, after, 1, 'resolution', 'en').find((story) => story.title === 'Sanction');
    expect(chosen?.text).toBe('Allies are with you (60).');
    expect(stories(scenario, after, 1, 'resolution', 'fr').find((story) => story.title === 'Sanctionner')?.text).toBe(
      'Les alliés vous suivent (60).',
    );
    // On the desk, an option reads as the game stands now.
    expect(actionCards(scenario, game, [], 'en').find((card) => card.id === 'sanction')?.text).toBe('Allies hesitate (50).');
  });
});

describe('files, marks, endings and epilogues', () => {
  it('show where a storyline stands and what moves it', () => {
    const game = startGame(scenario, 1, 'full');
    expect(fileViews(scenario, game, 'en')).toEqual([
      {
        id: 'talks',
        label: 'The talks',
        summary: 'Whether the rival will talk.',
        state: 'Closed',
        hint: 'Hope opens them.',
        since: '',
        steps: [
          { label: 'Closed', current: true, reached: true, final: false },
          { label: 'Open', current: false, reached: false, final: true },
        ],
        closed: false,
      },
    ]);
    expect(meterViews(scenario, game, 'en')[0]?.marks).toEqual([{ at: 20, label: 'Isolation', danger: 'below', caption: '20: Isolation' }]);
    expect(meterViews(scenario, game, 'fr')[0]?.marks[0]?.caption).toMatch(/^20\u00A0: /);
  });

  it('explain the ending from what held when it was reached, back to the decisions behind it', () => {
    let game = startGame(scenario, 2, 'full');
    game = next(game, ['negotiate']);
    game = next(game, ['negotiate']);
    expect(game.storylines.talks).toBe('open');
    game = resolveTurn(scenario, game, []);
    expect(game.ending?.id).toBe('deal');
    const trace = endingTrace(scenario, game, 'en');
    expect(trace[0]).toMatchObject({ depth: 0, yours: false });
    expect(trace[0]?.text).toMatch(/The talks/);
    expect(trace.map((line) => line.text)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Hope at 60 or above/),
        'no answer was given, so “Say nothing” (turn 2)',
        // The decisions that pushed the meter over the line, summed.
        'your choice “Negotiate” moved Hope +20 in all',
      ]),
    );
    expect(epilogueViews(scenario, game, 'en')).toEqual([{ id: 'rival', label: 'The rival', text: 'They remember the talks.' }]);
    // Each role is judged by its interests in the state the game ended in.
    expect(roleOutcomes(scenario, game, 'en').map((role) => [role.id, role.interests.map((interest) => interest.met)])).toEqual([
      ['hawk', [game.meters.allies! > 55]],
      ['dove', [true, true]],
    ]);
  });
});

describe('predictions by track', () => {
  it("ask about the turn's main reaction (the first track that holds), and judge it on that track", () => {
    const game = startGame(scenario, 1, 'full');
    expect(predictionFor(scenario, game)?.id).toBe('rival');
    const resolved = resolveTurn(scenario, game, ['negotiate'], { option: 'warmer', reason: 'talks' });
    expect(resolved.turns[0]?.prediction).toEqual({ option: 'warmer', reason: 'talks', track: 'rival', correct: 'warmer' });
    // Once the ultimatum has been defied, the turn asks about the allies instead.
    const defied = next(game, [], { ultimatum: 'defy' });
    expect(predictionFor(scenario, defied)?.id).toBe('allies');
    expect(resolveTurn(scenario, defied, ['sanction'], { option: 'cooler', reason: '' }).turns[1]?.prediction).toMatchObject({
      track: 'allies',
      correct: 'closer',
    });
  });
});
