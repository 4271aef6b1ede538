import { assign, setup } from 'xstate';
import type { GameState, Scenario } from '../engine';
import { decisionProblem, finishStorylineTick, newGame, openTurn, resolveTurn } from '../engine';
import { applyStorylineMove, STORYLINE_TICK, storylineRegion } from './storyline-regions';

export interface CrisisInput {
  readonly scenario: Scenario;
  readonly seed: number;
  /** Ask the player to predict the main reaction before results are revealed. */
  readonly predictions: boolean;
}

export interface CrisisContext {
  readonly scenario: Scenario;
  readonly game: GameState;
  readonly predictions: boolean;
  /** Decisions committed but not yet resolved, while the player makes a prediction. */
  readonly pending: readonly string[] | null;
}

export type CrisisEvent =
  | { readonly type: 'player.commit'; readonly actions: readonly string[] }
  | { readonly type: 'player.predict'; readonly option: string; readonly reason: string }
  | { readonly type: 'player.revise' }
  | { readonly type: typeof STORYLINE_TICK }
  | { readonly type: 'game.restart'; readonly seed: number; readonly predictions: boolean };

/** Sound cues the flow asks for; the app decides what they sound like. */
export type FlowCue = 'turn-end' | 'ending' | 'briefing';

const hasPredictionStep = (context: CrisisContext): boolean => context.predictions && context.scenario.prediction !== null;

const canCommit = (context: CrisisContext, event: CrisisEvent): boolean =>
  event.type === 'player.commit' && decisionProblem(context.scenario, context.game, event.actions) === null;

/**
 * The turn flow as a statechart: briefing -> decision -> (prediction) -> resolution -> next turn
 * or the ending, with the scenario's storylines as parallel regions that step when the player
 * moves on to the next turn. Only this machine changes
 * game state, through the engine's pure functions. Side effects (saving, sound) are named here
 * and implemented by the app with `machine.provide`.
 */
export function createCrisisMachine(scenario: Scenario) {
  const base = setup({
    types: { context: {} as CrisisContext, events: {} as CrisisEvent, input: {} as CrisisInput },
    actions: {
      persist: () => undefined,
      cue: (_, _params: { cue: FlowCue }) => undefined,
      holdDecisions: assign({ pending: ({ event }) => (event.type === 'player.commit' ? [...event.actions] : null) }),
      resolveNow: assign(({ context, event }) => ({
        game: resolveTurn(context.scenario, context.game, event.type === 'player.commit' ? event.actions : [], null),
        pending: null,
      })),
      resolveWithPrediction: assign(({ context, event }) => ({
        game: resolveTurn(
          context.scenario,
          context.game,
          context.pending ?? [],
          event.type === 'player.predict' ? { option: event.option, reason: event.reason.slice(0, 280) } : null,
        ),
        pending: null,
      })),
      openTurn: assign({ game: ({ context }) => openTurn(context.scenario, context.game) }),
      closeStorylineTick: assign({ game: ({ context }) => finishStorylineTick(context.game) }),
    },
    guards: {
      canCommitThenPredict: ({ context, event }) => hasPredictionStep(context) && canCommit(context, event),
      canCommitAndResolve: ({ context, event }) => !hasPredictionStep(context) && canCommit(context, event),
      isValidPrediction: ({ context, event }) =>
        event.type === 'player.predict' &&
        context.pending !== null &&
        (context.scenario.prediction?.options.some((option) => option.id === event.option) ?? false),
      isOver: ({ context }) => context.game.ending !== null,
    },
  });
  const enter = (lineId: string, stateId: string) =>
    assign({ game: ({ context }: { context: CrisisContext }) => applyStorylineMove(context, lineId, stateId) });
  const storylineStates: Record<string, object> = {};
  scenario.storylines.forEach((line, index) => {
    storylineStates[line.id] = storylineRegion(line, index, enter);
  });
  return base.createMachine({
    id: 'crisis',
    context: ({ input }) => ({
      scenario: input.scenario,
      game: newGame(input.scenario, input.seed),
      predictions: input.predictions,
      pending: null,
    }),
    initial: 'playing',
    on: {
      // A new game in the same actor: everything re-enters from the initial states.
      'game.restart': {
        target: '.playing',
        reenter: true,
        actions: assign(({ context, event }) => ({
          game: newGame(context.scenario, event.seed),
          predictions: event.predictions,
          pending: null,
        })),
      },
    },
    states: {
      playing: {
        type: 'parallel',
        states: {
          // Declared before the turn region: on the tick, storyline moves apply before the next turn opens.
          storylines: { type: 'parallel', states: storylineStates },
          turn: {
            initial: 'briefing',
            states: {
              briefing: {
                entry: ['openTurn', { type: 'cue', params: { cue: 'briefing' } }],
                always: { target: 'decision' },
              },
              decision: {
                on: {
                  'player.commit': [
                    { guard: 'canCommitThenPredict', target: 'predicting', actions: 'holdDecisions' },
                    { guard: 'canCommitAndResolve', target: 'resolution', actions: 'resolveNow' },
                  ],
                },
              },
              predicting: {
                on: {
                  'player.predict': { guard: 'isValidPrediction', target: 'resolution', actions: 'resolveWithPrediction' },
                  'player.revise': { target: 'decision', actions: assign({ pending: null }) },
                },
              },
              resolution: {
                entry: [{ type: 'cue', params: { cue: 'turn-end' } }, 'persist'],
                // The storylines take their step on this same event, before the next briefing opens.
                on: {
                  [STORYLINE_TICK]: [
                    { guard: 'isOver', target: 'ended' },
                    { target: 'briefing', actions: 'closeStorylineTick' },
                  ],
                },
              },
              ended: { type: 'final', entry: [{ type: 'cue', params: { cue: 'ending' } }] },
            },
          },
        },
      },
    },
  });
}

export type CrisisMachine = ReturnType<typeof createCrisisMachine>;
