import { createActor } from 'xstate';
import type { GameState, Scenario } from '../engine';
import { newGame, openTurn, resolveTurn, tickStorylines } from '../engine';
import { turnPhase, type CrisisMachine } from '../flow';
import type { Policy } from './policies';
import { PolicyRandom } from './policy-random';

/** A safety net far beyond any calendar: a game that runs this long has a broken flow. */
const MAX_STEPS = 10_000;

export interface PlayOptions {
  readonly seed: number;
  readonly policy: Policy;
  /** Predict the first option each turn (exercises the prediction step). */
  readonly predictions?: boolean;
}

/** Plays one game through the XState turn flow, the way the browser runs it. */
export function playThroughFlow(machine: CrisisMachine, scenario: Scenario, options: PlayOptions): GameState {
  const random = new PolicyRandom(options.seed);
  const predictions = options.predictions === true;
  const actor = createActor(machine, { input: { scenario, seed: options.seed, predictions } }).start();
  try {
    for (let step = 0; step < MAX_STEPS; step += 1) {
      const snapshot = actor.getSnapshot();
      const { game } = snapshot.context;
      switch (turnPhase(snapshot)) {
        case 'decision':
          actor.send({ type: 'player.commit', actions: options.policy.choose(scenario, game, random) });
          break;
        case 'predicting':
          actor.send({ type: 'player.predict', option: scenario.prediction?.options[0]?.id ?? '', reason: '' });
          break;
        case 'resolution':
          actor.send({ type: 'player.continue' });
          break;
        case 'ended':
          return game;
        case 'briefing':
          throw new Error(`the flow is stuck in the briefing on turn ${game.turn}`);
      }
    }
    throw new Error(`the game did not end within ${MAX_STEPS} steps`);
  } finally {
    actor.stop();
  }
}

/** Plays one game with the same rules in a plain loop: the reference for the flow, and the benchmark's baseline. */
export function playWithLoop(scenario: Scenario, options: PlayOptions): GameState {
  const random = new PolicyRandom(options.seed);
  let game = newGame(scenario, options.seed);
  for (let step = 0; step < MAX_STEPS; step += 1) {
    game = tickStorylines(scenario, openTurn(scenario, game));
    const decisions = options.policy.choose(scenario, game, random);
    const prediction = options.predictions === true && scenario.prediction !== null ? { option: scenario.prediction.options[0]?.id ?? '', reason: '' } : null;
    game = resolveTurn(scenario, game, decisions, prediction);
    if (game.ending !== null) return game;
  }
  throw new Error(`the game did not end within ${MAX_STEPS} steps`);
}
