import { createActor, type Actor } from 'xstate';
import type { GameState, Scenario } from '../engine';
import { beginTurn, predictionFor, resolveTurn, startGame } from '../engine';
import { createCrisisMachine, turnPhase, type CrisisMachine } from '../flow';
import type { Policy } from './policies';
import { PolicyRandom } from './policy-random';

/** A safety net far beyond any calendar: a game that runs this long has a broken flow. */
const MAX_STEPS = 10_000;

export interface PlayOptions {
  readonly seed: number;
  readonly policy: Policy;
  /** Predict the first option each turn (exercises the prediction step). */
  readonly predictions?: boolean;
  /** Seed for the policy's own choices, when it should differ from the game's (a class: same game, different players). */
  readonly policySeed?: number;
  /** The length of game (a mode of the scenario); the scenario's first when omitted. */
  readonly mode?: string | undefined;
}

/**
 * Plays games through the XState turn flow, the way the browser runs them. One actor is kept
 * and restarted for each game: creating an actor costs more than playing several turns.
 */
export class FlowPlayer {
  private readonly actor: Actor<CrisisMachine>;

  constructor(private readonly scenario: Scenario) {
    this.actor = createActor(createCrisisMachine(), { input: { scenario, seed: 0, predictions: false } }).start();
  }

  /** Plays one game; `afterTurn` sees the state after each turn's resolution (and may throw to stop). */
  play(options: PlayOptions, afterTurn?: (game: GameState) => void): GameState {
    const { actor, scenario } = this;
    const random = new PolicyRandom(options.policySeed ?? options.seed);
    actor.send({ type: 'game.restart', seed: options.seed, predictions: options.predictions === true, mode: options.mode });
    for (let step = 0; step < MAX_STEPS; step += 1) {
      const snapshot = actor.getSnapshot();
      const { game } = snapshot.context;
      switch (turnPhase(snapshot)) {
        case 'decision': {
          const choice = options.policy.choose(scenario, game, random);
          actor.send({ type: 'player.commit', actions: choice.actions, answers: choice.answers });
          break;
        }
        case 'predicting':
          actor.send({ type: 'player.predict', option: predictionFor(scenario, game)?.options[0]?.id ?? '', reason: '' });
          break;
        case 'resolution':
          afterTurn?.(game);
          actor.send({ type: 'player.continue' });
          break;
        case 'ended':
          return game;
      }
    }
    throw new Error(`the game did not end within ${MAX_STEPS} steps`);
  }

  stop(): void {
    this.actor.stop();
  }
}

/** Plays one game through the XState turn flow (a fresh actor: use FlowPlayer for many games). */
export function playThroughFlow(scenario: Scenario, options: PlayOptions): GameState {
  const player = new FlowPlayer(scenario);
  try {
    return player.play(options);
  } finally {
    player.stop();
  }
}

/** Plays one game with the same rules in a plain loop: the reference for the flow, and the benchmark's baseline. */
export function playWithLoop(scenario: Scenario, options: PlayOptions): GameState {
  const random = new PolicyRandom(options.policySeed ?? options.seed);
  let game = startGame(scenario, options.seed, options.mode);
  for (let step = 0; step < MAX_STEPS; step += 1) {
    if (step > 0) game = beginTurn(scenario, game);
    const choice = options.policy.choose(scenario, game, random);
    const prediction =
      options.predictions === true && predictionFor(scenario, game) !== null
        ? { option: predictionFor(scenario, game)?.options[0]?.id ?? '', reason: '' }
        : null;
    game = resolveTurn(scenario, game, choice.actions, prediction, choice.answers);
    if (game.ending !== null) return game;
  }
  throw new Error(`the game did not end within ${MAX_STEPS} steps`);
}
