import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { createCrisisMachine, turnPhase, type FlowCue } from '../../../src/flow';
import { playThroughFlow, playWithLoop } from '../../../src/sim/play-game';
import { greedyPolicy, randomPolicy } from '../../../src/sim/policies';
import { recordedTurns, replayRecord } from '../../../src/sim/replay';
import { scenarioFrom, shippedScenario, TINY } from '../../helpers/scenario';

const tiny = scenarioFrom(TINY);
const ottawa = shippedScenario('ottawa-2021');

/** A machine whose effects are written down, in order, instead of played or saved. */
function recordingMachine() {
  const effects: string[] = [];
  const machine = createCrisisMachine().provide({
    actions: {
      cue: (_, params: { cue: FlowCue }) => void effects.push(`cue:${params.cue}`),
      persist: () => void effects.push('persist'),
    },
  });
  return { machine, effects };
}

describe('the turn flow', () => {
  it('goes decision -> resolution -> next decision, and ends when the calendar runs out', () => {
    const actor = createActor(createCrisisMachine(), { input: { scenario: tiny, seed: 1, predictions: false } }).start();
    expect(turnPhase(actor.getSnapshot())).toBe('decision');
    expect(actor.getSnapshot().context.game.turn).toBe(1);
    actor.send({ type: 'player.commit', actions: ['wait'] });
    expect(turnPhase(actor.getSnapshot())).toBe('resolution');
    expect(actor.getSnapshot().context.game.turns.map((turn) => turn.decisions)).toEqual([['wait']]);
    actor.send({ type: 'player.continue' });
    expect(turnPhase(actor.getSnapshot())).toBe('decision');
    expect(actor.getSnapshot().context.game.turn).toBe(2);
    for (let turn = 2; turn <= 4; turn += 1) {
      actor.send({ type: 'player.commit', actions: [] });
      actor.send({ type: 'player.continue' });
    }
    expect(turnPhase(actor.getSnapshot())).toBe('ended');
    expect(actor.getSnapshot().context.game.ending).toEqual({ id: 'timeout', turn: 4 });
  });

  it('ignores decisions the rules refuse', () => {
    const actor = createActor(createCrisisMachine(), { input: { scenario: tiny, seed: 1, predictions: false } }).start();
    actor.send({ type: 'player.commit', actions: ['sanction', 'gamble'] });
    expect(turnPhase(actor.getSnapshot())).toBe('decision');
    expect(actor.getSnapshot().context.game.turns).toHaveLength(0);
  });

  it('asks for a prediction before revealing results, refuses an unknown option, and records the one given', () => {
    const actor = createActor(createCrisisMachine(), { input: { scenario: ottawa, seed: 5, predictions: true } }).start();
    actor.send({ type: 'player.commit', actions: ['quiet_diplomacy'] });
    expect(turnPhase(actor.getSnapshot())).toBe('predicting');
    expect(actor.getSnapshot().context.game.turns).toHaveLength(0);
    actor.send({ type: 'player.predict', option: 'not-an-option', reason: '' });
    expect(turnPhase(actor.getSnapshot())).toBe('predicting');
    actor.send({ type: 'player.predict', option: 'ease', reason: `Quiet talks calm things.${'!'.repeat(400)}` });
    expect(turnPhase(actor.getSnapshot())).toBe('resolution');
    const record = actor.getSnapshot().context.game.turns[0];
    expect(record?.decisions).toEqual(['quiet_diplomacy']);
    expect(record?.prediction?.option).toBe('ease');
    expect(record?.prediction?.reason).toHaveLength(280);
    // The judged answer is the engine's, for the same state: the flow adds nothing of its own.
    const byRules = replayRecord(ottawa, { seed: 5, predictions: true, turns: recordedTurns(actor.getSnapshot().context.game.turns) });
    expect(byRules.ok && byRules.game.turns[0]?.prediction?.correct).toBe(record?.prediction?.correct);
  });

  it('lets the player go back and change decisions before predicting', () => {
    const actor = createActor(createCrisisMachine(), { input: { scenario: ottawa, seed: 5, predictions: true } }).start();
    actor.send({ type: 'player.commit', actions: ['quiet_diplomacy'] });
    actor.send({ type: 'player.revise' });
    expect(turnPhase(actor.getSnapshot())).toBe('decision');
    expect(actor.getSnapshot().context.pending).toBeNull();
    actor.send({ type: 'player.commit', actions: [] });
    actor.send({ type: 'player.predict', option: 'hold', reason: '' });
    expect(actor.getSnapshot().context.game.turns[0]?.decisions).toEqual([]);
  });

  it('runs its effects on the transitions a player makes, in order, once each', () => {
    const { machine, effects } = recordingMachine();
    const actor = createActor(machine, { input: { scenario: tiny, seed: 1, predictions: false } }).start();
    expect(effects).toEqual([]);
    actor.send({ type: 'player.commit', actions: ['wait'] });
    expect(effects).toEqual(['cue:turn-end', 'persist']);
    actor.send({ type: 'player.continue' });
    expect(effects).toEqual(['cue:turn-end', 'persist', 'cue:briefing']);
    actor.send({ type: 'player.commit', actions: ['nonsense'] });
    expect(effects).toHaveLength(3);
  });

  it('starts from a rebuilt game with no effect at all, at its decision or at its ending', () => {
    const played = playWithLoop(ottawa, { seed: 8, policy: randomPolicy });
    const record = recordedTurns(played.turns);
    const partial = replayRecord(ottawa, { seed: 8, predictions: false, turns: record.slice(0, 4) });
    const whole = replayRecord(ottawa, { seed: 8, predictions: false, turns: record });
    if (!partial.ok || !whole.ok) throw new Error('the record did not replay');

    const { machine, effects } = recordingMachine();
    const resumed = createActor(machine, { input: { scenario: ottawa, seed: 8, predictions: false, game: partial.resume } }).start();
    expect(turnPhase(resumed.getSnapshot())).toBe('decision');
    expect(resumed.getSnapshot().context.game.turn).toBe(5);
    const finished = createActor(machine, { input: { scenario: ottawa, seed: 8, predictions: false, game: whole.resume } }).start();
    expect(turnPhase(finished.getSnapshot())).toBe('ended');
    expect(finished.getSnapshot().context.game).toEqual(played);
    expect(effects).toEqual([]);
  });
});

describe('one runner', () => {
  it('plays, through the flow, exactly the games of the engine run in a plain loop', () => {
    for (let seed = 0; seed < 200; seed += 1) {
      const policy = seed % 2 === 0 ? randomPolicy : greedyPolicy;
      expect(playThroughFlow(ottawa, { seed, policy, predictions: seed % 3 === 0 })).toEqual(
        playWithLoop(ottawa, { seed, policy, predictions: seed % 3 === 0 }),
      );
    }
  });

  it('gives different games for different seeds', () => {
    const games = new Set<string>();
    for (let seed = 0; seed < 20; seed += 1) games.add(JSON.stringify(playThroughFlow(ottawa, { seed, policy: randomPolicy }).chronicle));
    expect(games.size).toBeGreaterThan(15);
  });
});
