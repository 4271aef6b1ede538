import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { createCrisisMachine, turnPhase } from '../../../src/flow';
import { playThroughFlow, playWithLoop } from '../../../src/sim/play-game';
import { greedyPolicy, randomPolicy } from '../../../src/sim/policies';
import { recordedTurns, replayTurns } from '../../../src/sim/replay';
import { scenarioFrom, shippedScenario, TINY } from '../../helpers/scenario';

const tiny = scenarioFrom(TINY);
const ottawa = shippedScenario('ottawa-2021');

describe('the turn flow', () => {
  it('goes briefing -> decision -> resolution -> next turn, and ends', () => {
    const actor = createActor(createCrisisMachine(tiny), { input: { scenario: tiny, seed: 1, predictions: false } }).start();
    expect(turnPhase(actor.getSnapshot())).toBe('decision');
    actor.send({ type: 'player.commit', actions: ['wait'] });
    expect(turnPhase(actor.getSnapshot())).toBe('resolution');
    actor.send({ type: 'player.continue' });
    expect(turnPhase(actor.getSnapshot())).toBe('decision');
    expect(actor.getSnapshot().context.game.turn).toBe(2);
    for (let turn = 2; turn <= 4; turn += 1) {
      actor.send({ type: 'player.commit', actions: [] });
      actor.send({ type: 'player.continue' });
    }
    expect(turnPhase(actor.getSnapshot())).toBe('ended');
    expect(actor.getSnapshot().context.game.ending?.id).toBe('timeout');
  });

  it('ignores decisions the rules refuse', () => {
    const actor = createActor(createCrisisMachine(tiny), { input: { scenario: tiny, seed: 1, predictions: false } }).start();
    actor.send({ type: 'player.commit', actions: ['sanction', 'gamble'] });
    expect(turnPhase(actor.getSnapshot())).toBe('decision');
    expect(actor.getSnapshot().context.game.turns).toHaveLength(0);
  });

  it('asks for a prediction before revealing results, and scores it', () => {
    const actor = createActor(createCrisisMachine(ottawa), { input: { scenario: ottawa, seed: 5, predictions: true } }).start();
    actor.send({ type: 'player.commit', actions: ['quiet_diplomacy'] });
    expect(turnPhase(actor.getSnapshot())).toBe('predicting');
    expect(actor.getSnapshot().context.game.turns).toHaveLength(0);
    actor.send({ type: 'player.predict', option: 'not-an-option', reason: '' });
    expect(turnPhase(actor.getSnapshot())).toBe('predicting');
    actor.send({ type: 'player.predict', option: 'ease', reason: 'Quiet talks calm things.' });
    expect(turnPhase(actor.getSnapshot())).toBe('resolution');
    const record = actor.getSnapshot().context.game.turns[0];
    expect(record?.prediction?.option).toBe('ease');
    expect(record?.prediction?.reason).toBe('Quiet talks calm things.');
    expect(['escalate', 'ease', 'hold']).toContain(record?.prediction?.correct);
  });

  it('lets the player go back and change decisions before predicting', () => {
    const actor = createActor(createCrisisMachine(ottawa), { input: { scenario: ottawa, seed: 5, predictions: true } }).start();
    actor.send({ type: 'player.commit', actions: ['quiet_diplomacy'] });
    actor.send({ type: 'player.revise' });
    expect(turnPhase(actor.getSnapshot())).toBe('decision');
    expect(actor.getSnapshot().context.pending).toBeNull();
  });
});

describe('determinism', () => {
  it('runs storylines as statechart regions exactly as the engine plain loop does', () => {
    const machine = createCrisisMachine(ottawa);
    for (let seed = 0; seed < 200; seed += 1) {
      const policy = seed % 2 === 0 ? randomPolicy : greedyPolicy;
      const viaFlow = playThroughFlow(machine, ottawa, { seed, policy });
      const viaLoop = playWithLoop(ottawa, { seed, policy });
      expect(viaFlow).toEqual(viaLoop);
    }
  });

  it('gives the same game for the same seed and the same decisions', () => {
    const machine = createCrisisMachine(ottawa);
    const first = playThroughFlow(machine, ottawa, { seed: 42, policy: randomPolicy, predictions: true });
    const second = playThroughFlow(machine, ottawa, { seed: 42, policy: randomPolicy, predictions: true });
    expect(second).toEqual(first);
  });

  it('gives different games for different seeds', () => {
    const machine = createCrisisMachine(ottawa);
    const games = new Set<string>();
    for (let seed = 0; seed < 20; seed += 1) {
      games.add(JSON.stringify(playThroughFlow(machine, ottawa, { seed, policy: randomPolicy }).chronicle));
    }
    expect(games.size).toBeGreaterThan(15);
  });

  it('replays recorded decisions into the identical game', () => {
    const machine = createCrisisMachine(ottawa);
    for (const seed of [3, 17, 99]) {
      const played = playThroughFlow(machine, ottawa, { seed, policy: randomPolicy, predictions: true });
      const actor = createActor(machine, { input: { scenario: ottawa, seed, predictions: true } }).start();
      expect(replayTurns(actor, recordedTurns(played.turns))).toEqual({ ok: true });
      expect(actor.getSnapshot().context.game).toEqual(played);
    }
  });
});
