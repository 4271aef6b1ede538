import { assign, setup } from 'xstate';
import type { Answers, GameState, Prediction, Scenario } from '../engine';
import { beginTurn, decisionProblem, LIMITS, predictionFor, resolveTurn, startGame } from '../engine';

export interface CrisisInput {
  readonly scenario: Scenario;
  readonly seed: number;
  /** Ask the player to predict the main reaction before results are revealed. */
  readonly predictions: boolean;
  /** The length of game (a mode of the scenario); the scenario's first when omitted. */
  readonly mode?: string | undefined;
  /**
   * A game to carry on from, rebuilt by the engine from a save (at a decision, or ended): the
   * flow starts there, and no effect runs for the turns that led to it.
   */
  readonly game?: GameState | undefined;
}

export interface CrisisContext {
  readonly scenario: Scenario;
  readonly game: GameState;
  readonly predictions: boolean;
  /** Decisions committed but not yet resolved, while the player makes a prediction. */
  readonly pending: { readonly actions: readonly string[]; readonly answers: Answers } | null;
}

export type CrisisEvent =
  | { readonly type: 'player.commit'; readonly actions: readonly string[]; readonly answers?: Answers | undefined }
  | { readonly type: 'player.predict'; readonly option: string; readonly reason: string }
  | { readonly type: 'player.revise' }
  | { readonly type: 'player.continue' }
  | { readonly type: 'game.restart'; readonly seed: number; readonly predictions: boolean; readonly mode?: string | undefined };

/** Sound cues the flow asks for; the app decides what they sound like. */
export type FlowCue = 'turn-end' | 'ending' | 'briefing';

const hasPredictionStep = (context: CrisisContext): boolean =>
  context.predictions && predictionFor(context.scenario, context.game) !== null;

const canCommit = (context: CrisisContext, event: CrisisEvent): boolean =>
  event.type === 'player.commit' && decisionProblem(context.scenario, context.game, event.actions, event.answers ?? {}) === null;

const predictionOf = (event: CrisisEvent): Prediction | null =>
  event.type === 'player.predict' ? { option: event.option, reason: event.reason.slice(0, LIMITS.predictionReason) } : null;

/**
 * The turn flow as a statechart: decision -> (prediction) -> resolution -> the next turn's
 * decision, or the ending. The rules are the engine's turn functions, called on the transitions:
 * the flow owns what is truly flow (the phase, the decisions held while the player predicts,
 * revising, restarting, and when effects run) and nothing of the rules. Effects (saving, sound)
 * are named here, attached to the transitions a player makes, and implemented by the app with
 * `machine.provide`: a game that starts from a rebuilt state runs none of them.
 */
export function createCrisisMachine() {
  return setup({
    types: { context: {} as CrisisContext, events: {} as CrisisEvent, input: {} as CrisisInput },
    actions: {
      persist: () => undefined,
      cue: (_, _params: { cue: FlowCue }) => undefined,
      holdDecisions: assign({
        pending: ({ event }) => (event.type === 'player.commit' ? { actions: [...event.actions], answers: { ...event.answers } } : null),
      }),
      releaseDecisions: assign({ pending: null }),
      resolveNow: assign(({ context, event }) => ({
        game:
          event.type === 'player.commit'
            ? resolveTurn(context.scenario, context.game, event.actions, null, event.answers ?? {})
            : context.game,
        pending: null,
      })),
      resolveWithPrediction: assign(({ context, event }) => ({
        game: resolveTurn(
          context.scenario,
          context.game,
          context.pending?.actions ?? [],
          predictionOf(event),
          context.pending?.answers ?? {},
        ),
        pending: null,
      })),
      beginNextTurn: assign({ game: ({ context }) => beginTurn(context.scenario, context.game) }),
      restart: assign(({ context, event }) =>
        event.type === 'game.restart'
          ? { game: startGame(context.scenario, event.seed, event.mode), predictions: event.predictions, pending: null }
          : {},
      ),
    },
    guards: {
      canCommitThenPredict: ({ context, event }) => hasPredictionStep(context) && canCommit(context, event),
      canCommitAndResolve: ({ context, event }) => !hasPredictionStep(context) && canCommit(context, event),
      isValidPrediction: ({ context, event }) =>
        event.type === 'player.predict' &&
        context.pending !== null &&
        (predictionFor(context.scenario, context.game)?.options.some((option) => option.id === event.option) ?? false),
      isOver: ({ context }) => context.game.ending !== null,
    },
  }).createMachine({
    id: 'crisis',
    context: ({ input }) => ({
      scenario: input.scenario,
      game: input.game ?? startGame(input.scenario, input.seed, input.mode),
      predictions: input.predictions,
      pending: null,
    }),
    initial: 'starting',
    on: {
      'game.restart': { target: '.decision', actions: ['restart', { type: 'cue', params: { cue: 'briefing' } }] },
    },
    states: {
      // Where the game given as input stands: no effect runs on the way in.
      starting: { always: [{ guard: 'isOver', target: 'ended' }, { target: 'decision' }] },
      decision: {
        on: {
          'player.commit': [
            { guard: 'canCommitThenPredict', target: 'predicting', actions: 'holdDecisions' },
            {
              guard: 'canCommitAndResolve',
              target: 'resolution',
              actions: ['resolveNow', { type: 'cue', params: { cue: 'turn-end' } }, 'persist'],
            },
          ],
        },
      },
      predicting: {
        on: {
          'player.predict': {
            guard: 'isValidPrediction',
            target: 'resolution',
            actions: ['resolveWithPrediction', { type: 'cue', params: { cue: 'turn-end' } }, 'persist'],
          },
          'player.revise': { target: 'decision', actions: 'releaseDecisions' },
        },
      },
      resolution: {
        on: {
          'player.continue': [
            { guard: 'isOver', target: 'ended', actions: { type: 'cue', params: { cue: 'ending' } } },
            { target: 'decision', actions: ['beginNextTurn', { type: 'cue', params: { cue: 'briefing' } }] },
          ],
        },
      },
      ended: {},
    },
  });
}

export type CrisisMachine = ReturnType<typeof createCrisisMachine>;
