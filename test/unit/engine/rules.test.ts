import { describe, expect, it } from 'vitest';
import {
  availableActions,
  causeChain,
  decisionProblem,
  newGame,
  openTurn,
  resolveTurn,
  turnsFired,
  turnsTaken,
  beginTurn,
  type GameState,
  type Scenario,
} from '../../../src/engine';
import { scenarioFrom, TINY } from '../../helpers/scenario';

const tiny = scenarioFrom(TINY);

const open = (scenario: Scenario, game: GameState): GameState => beginTurn(scenario, game);

describe('a new game', () => {
  it('starts every meter, flag and storyline from the scenario', () => {
    const game = newGame(tiny, 7);
    expect(game.meters).toEqual({ allies: 50, hope: 50, escalation: 1 });
    expect(game.flags).toEqual({ listed: false });
    expect(game.storylines).toEqual({ case: 'open' });
    expect(game.capital).toBe(2);
    expect(game.turn).toBe(1);
  });
});

describe('actions', () => {
  it('apply their effects, pay their cost and record their cause', () => {
    const game = resolveTurn(tiny, open(tiny, newGame(tiny, 1)), ['sanction']);
    expect(game.meters.allies).toBe(60);
    expect(game.meters.escalation).toBe(2);
    expect(game.flags.listed).toBe(true);
    expect(turnsTaken(tiny, game, 'sanction')).toEqual([1]);
    const happening = game.chronicle.find((h) => h.what.kind === 'action' && h.what.id === 'sanction');
    expect(happening?.cause).toEqual({ kind: 'action', action: 'sanction', turn: 1 });
    expect(happening?.changes).toContainEqual({ kind: 'meter', meter: 'allies', from: 50, to: 60 });
    expect(happening?.changes).toContainEqual({ kind: 'capital', delta: -1 });
  });

  it('clamp meters to their range', () => {
    let game = open(tiny, newGame(tiny, 1));
    game = resolveTurn(tiny, game, ['talk']);
    expect(game.meters.escalation).toBe(0);
    game = open(tiny, game);
    game = open(tiny, resolveTurn(tiny, game, []));
    game = resolveTurn(tiny, game, ['talk']);
    expect(game.meters.escalation).toBe(0);
  });

  it('respect limits, cooldowns and conditions', () => {
    let game = open(tiny, newGame(tiny, 1));
    expect(availableActions(tiny, game).map((a) => a.id)).toEqual(['sanction', 'talk', 'wait']);
    game = open(tiny, resolveTurn(tiny, game, ['sanction', 'talk']));
    const ids = availableActions(tiny, game).map((a) => a.id);
    expect(ids).not.toContain('sanction');
    expect(ids).not.toContain('talk');
    expect(ids).toContain('gamble');
  });

  it('refuse decisions that are unknown, repeated, closed or over budget', () => {
    const game = open(tiny, newGame(tiny, 1));
    expect(decisionProblem(tiny, game, ['nope'])).toEqual({ kind: 'unknown-action', action: 'nope' });
    expect(decisionProblem(tiny, game, ['talk', 'talk'])).toEqual({ kind: 'duplicate', action: 'talk' });
    expect(decisionProblem(tiny, game, ['gamble'])).toEqual({ kind: 'unavailable', action: 'gamble' });
    expect(decisionProblem(tiny, { ...game, capital: 1 }, ['sanction', 'talk'])).toEqual({ kind: 'over-budget', cost: 2, capital: 1 });
    expect(() => resolveTurn(tiny, game, ['nope'])).toThrow(/unknown-action/);
  });

  it('refill capital each turn up to its maximum', () => {
    let game = open(tiny, newGame(tiny, 1));
    game = open(tiny, resolveTurn(tiny, game, ['wait']));
    expect(game.capital).toBe(3);
  });
});

describe('consequences', () => {
  it('fire delayed consequences on time, with the decision behind them as their cause', () => {
    let game = open(tiny, newGame(tiny, 1));
    game = open(tiny, resolveTurn(tiny, game, ['sanction']));
    expect(turnsFired(tiny, game, 'retaliation')).toEqual([]);
    game = open(tiny, resolveTurn(tiny, game, []));
    expect(turnsFired(tiny, game, 'retaliation')).toEqual([3]);
    const retaliation = game.chronicle.find((h) => h.what.kind === 'event' && h.what.id === 'retaliation');
    expect(retaliation?.cause.kind).toBe('scheduled');
    expect(causeChain(retaliation!.cause).at(-1)).toEqual({ kind: 'action', action: 'sanction', turn: 1 });
  });

  it('fire reactions in the same turn as the decision that provokes them', () => {
    const game = resolveTurn(tiny, open(tiny, newGame(tiny, 1)), ['sanction']);
    expect(turnsFired(tiny, game, 'protest')).toEqual([1]);
    expect(game.meters.hope).toBe(47);
  });

  it('draw chances from the seeded generator kept in the state', () => {
    const outcomes = new Set<number>();
    for (let seed = 0; seed < 40; seed += 1) {
      let game = open(tiny, newGame(tiny, seed));
      game = open(tiny, resolveTurn(tiny, game, ['wait']));
      game = resolveTurn(tiny, game, ['gamble']);
      outcomes.add(game.meters.hope ?? 0);
    }
    expect([...outcomes].sort()).toEqual([30, 70]);
  });
});

describe('storylines and endings', () => {
  it('move a storyline at the start of the next turn when its condition holds, applying the entry effects', () => {
    const first = resolveTurn(tiny, open(tiny, newGame(tiny, 1)), ['wait']);
    expect(open(tiny, first).storylines.case).toBe('open');
    const game = open(tiny, { ...first, meters: { allies: 50, hope: 65, escalation: 1 } });
    expect(game.storylines.case).toBe('closed');
    expect(game.meters.allies).toBe(51);
    const moved = game.chronicle.find((h) => h.what.kind === 'storyline');
    expect(moved).toMatchObject({
      turn: 2,
      what: { kind: 'storyline', id: 'case', state: 'closed' },
      cause: { kind: 'storyline', storyline: 'case', state: 'closed', turn: 2 },
    });
  });

  it('end the game on the highest-priority ending that holds', () => {
    const first = resolveTurn(tiny, open(tiny, newGame(tiny, 1)), ['wait']);
    const start = open(tiny, { ...first, meters: { allies: 50, hope: 65, escalation: 3 } });
    const game = resolveTurn(tiny, start, []);
    expect(game.ending).toEqual({ id: 'won', turn: 2 });
  });

  it('reach the fallback ending when the calendar runs out', () => {
    let game = newGame(tiny, 3);
    for (let turn = 1; turn <= 4; turn += 1) game = resolveTurn(tiny, open(tiny, game), []);
    expect(game.ending).toEqual({ id: 'timeout', turn: 4 });
    expect(game.turns).toHaveLength(4);
  });

  it('never changes the state it is given', () => {
    const game = open(tiny, newGame(tiny, 1));
    const frozen = JSON.stringify(game);
    resolveTurn(tiny, game, ['sanction', 'talk']);
    openTurn(tiny, game);
    expect(JSON.stringify(game)).toBe(frozen);
  });
});

describe('what made a happening fire', () => {
  // Two ways into "closed": the first needs allies, the second hope. Only the second holds.
  const twoWays = scenarioFrom(
    TINY.replace(
      `        transitions:
          - to: closed
            when: "hope >= 60"`,
      `        transitions:
          - to: closed
            when: "allies >= 90"
          - to: closed
            when: "hope >= 50 and listed"`,
    ),
  );

  it('is recorded when it fires: the transition actually taken, and the values it fired on', () => {
    let game = beginTurn(twoWays, newGame(twoWays, 1));
    game = resolveTurn(twoWays, game, ['sanction', 'talk']);
    game = beginTurn(twoWays, game);
    const step = game.chronicle.find((happening) => happening.what.kind === 'storyline');
    expect(step?.trigger).toEqual({
      facts: [
        { kind: 'meter', meter: 'hope', op: '>=', limit: 50, value: 52 },
        { kind: 'flag', flag: 'listed' },
      ],
      chance: 1,
      dated: false,
      from: 'open',
      transition: 1,
    });
    // The value is the one the step saw, before its own entry effects moved anything.
    expect(step?.trigger?.facts[0]).toMatchObject({ value: game.turns.at(-1)?.metersAfter.hope });
  });

  it('is recorded for events that fire on a condition, and not for decisions', () => {
    let game = beginTurn(tiny, newGame(tiny, 1));
    game = resolveTurn(tiny, game, ['sanction']);
    const protest = game.chronicle.find((happening) => happening.what.kind === 'event' && happening.what.id === 'protest');
    expect(protest?.trigger).toEqual({ facts: [{ kind: 'taken', action: 'sanction' }], chance: 1, dated: false });
    expect(game.chronicle.find((happening) => happening.what.kind === 'action')?.trigger).toBeUndefined();
  });
});
