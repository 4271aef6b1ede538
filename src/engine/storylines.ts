import type { Change, GameState } from './game-state';
import type { Scenario, StorylineDef, StorylineTransition } from './scenario-model';
import { applyEffects } from './apply-effects';
import { draftOf, finish, record } from './draft';
import { storylineById, storylineStateById } from './lookup';
import { nextRandom, peekRandom } from './rng';

/**
 * Storylines move once at the start of every turn after the first, before the briefing events:
 * they see the world as the last turn left it. All of them choose their move against the same
 * state, then the moves apply in declaration order: the semantics of parallel regions in a
 * statechart, which is how the flow runs them (see src/flow).
 */

const SALT_STRIDE = 64;

/** Whether a transition may be taken now. Pure, and draws without consuming: guards may run twice. */
export function isTransitionEnabled(game: GameState, lineIndex: number, transition: StorylineTransition, transitionIndex: number): boolean {
  if (game.ending !== null) return false;
  if (transition.when !== null && !transition.when.test(game)) return false;
  if (transition.chance >= 1) return true;
  return peekRandom(game.rng, lineIndex * SALT_STRIDE + transitionIndex) < transition.chance;
}

/** The first enabled transition out of the storyline's current state, if any. */
export function enabledTransition(game: GameState, line: StorylineDef, lineIndex: number): StorylineTransition | null {
  const current = game.storylines[line.id];
  if (current === undefined) return null;
  const transitions = storylineStateById(line, current).transitions;
  for (let i = 0; i < transitions.length; i += 1) {
    const transition = transitions[i];
    if (transition !== undefined && isTransitionEnabled(game, lineIndex, transition, i)) return transition;
  }
  return null;
}

/** Moves a storyline into a state and applies the state's entry effects, with the storyline as cause. */
export function enterStorylineState(scenario: Scenario, game: GameState, lineId: string, stateId: string): GameState {
  const draft = draftOf(game, { storylines: true });
  const state = storylineStateById(storylineById(scenario, lineId), stateId);
  draft.storylines[lineId] = stateId;
  draft.storylinesSince[lineId] = draft.turn;
  const changes: Change[] = [];
  const cause = { kind: 'storyline', storyline: lineId, state: stateId, turn: draft.turn } as const;
  applyEffects(draft, scenario, state.entry, cause, changes);
  record(draft, 'briefing', { kind: 'storyline', id: lineId, state: stateId }, cause, changes);
  return finish(draft);
}

/** Closes a storyline tick: advances the generator so that next turn's draws differ. */
export function finishStorylineTick(game: GameState): GameState {
  return { ...game, rng: nextRandom(game.rng)[1] };
}

/** One tick of every storyline, as a plain loop: the reference the statechart path must match. */
export function tickStorylines(scenario: Scenario, game: GameState): GameState {
  const moves: { line: string; to: string }[] = [];
  scenario.storylines.forEach((line, index) => {
    const transition = enabledTransition(game, line, index);
    if (transition !== null) moves.push({ line: line.id, to: transition.to });
  });
  let next = game;
  for (const move of moves) next = enterStorylineState(scenario, next, move.line, move.to);
  return finishStorylineTick(next);
}
