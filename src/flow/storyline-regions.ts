import type { GameState, Scenario, StorylineDef } from '../engine';
import { enterStorylineState, isTransitionEnabled } from '../engine';

/**
 * The event on which every storyline takes at most one step: the player moving on to the next
 * turn. Riding on it (rather than raising an event of its own) saves a step per turn.
 */
export const STORYLINE_TICK = 'player.continue';

interface RegionContext {
  readonly scenario: Scenario;
  readonly game: GameState;
}

/**
 * One storyline as a statechart region: a state per storyline state, and on each tick the first
 * transition whose guard holds. Guards and the entry step are the engine's pure rules, so this
 * path and the engine's plain loop (tickStorylines) must agree draw for draw; a test holds them to it.
 */
export function storylineRegion(line: StorylineDef, lineIndex: number, enter: (lineId: string, stateId: string) => unknown) {
  const states: Record<string, object> = {};
  for (const state of line.states) {
    states[state.id] = {
      on: {
        [STORYLINE_TICK]: state.transitions.map((transition, transitionIndex) => ({
          target: transition.to,
          guard: ({ context }: { context: RegionContext }) => isTransitionEnabled(context.game, lineIndex, transition, transitionIndex),
          actions: enter(line.id, transition.to),
        })),
      },
    };
  }
  return { initial: line.initial, states };
}

/** Applies a storyline move to the game: the body of the assign action the regions use. */
export function applyStorylineMove(context: RegionContext, lineId: string, stateId: string): GameState {
  return enterStorylineState(context.scenario, context.game, lineId, stateId);
}
