import type { Change, GameState, Trigger } from './game-state';
import type { Scenario, StorylineDef, StorylineTransition } from './scenario-model';
import { applyEffects } from './apply-effects';
import { chanceOf, draftOf, finish, record } from './draft';
import { shownText } from './rich-text';
import { storylineById, storylineStateById } from './lookup';
import { nextRandom, peekRandom } from './rng';
import { metersIn, onlyTheDate, triggerFacts } from './trigger-facts';

/**
 * Storylines move once at the start of every turn after the first, before the briefing events:
 * they see the world as the last turn left it. All of them choose their move against the same
 * state, then the moves apply in declaration order: the semantics of parallel regions in a
 * statechart, without the cost of running one (`npm run scenario -- graph` draws them as one).
 */

const SALT_STRIDE = 64;

/** Whether a transition may be taken now. Pure, and draws without consuming: guards may run twice. */
export function isTransitionEnabled(game: GameState, lineIndex: number, transition: StorylineTransition, transitionIndex: number): boolean {
  if (game.ending !== null) return false;
  if (transition.when !== null && !transition.when.test(game)) return false;
  const chance = chanceOf(transition.chance, game);
  if (chance >= 1) return true;
  return peekRandom(game.rng, lineIndex * SALT_STRIDE + transitionIndex) < chance;
}

/** The first enabled transition out of the storyline's current state, if any, with its place in the list. */
export function enabledTransition(
  game: GameState,
  line: StorylineDef,
  lineIndex: number,
): { readonly transition: StorylineTransition; readonly index: number } | null {
  const current = game.storylines[line.id];
  if (current === undefined) return null;
  const transitions = storylineStateById(line, current).transitions;
  for (let i = 0; i < transitions.length; i += 1) {
    const transition = transitions[i];
    if (transition !== undefined && isTransitionEnabled(game, lineIndex, transition, i)) return { transition, index: i };
  }
  return null;
}

/** Moves a storyline into a state and applies the state's entry effects, with the storyline as cause. */
function enterStorylineState(scenario: Scenario, game: GameState, lineId: string, stateId: string, trigger: Trigger): GameState {
  const draft = draftOf(game, { storylines: true });
  const state = storylineStateById(storylineById(scenario, lineId), stateId);
  draft.storylines[lineId] = stateId;
  draft.storylinesSince[lineId] = draft.turn;
  const changes: Change[] = [];
  const cause = { kind: 'storyline', storyline: lineId, state: stateId, turn: draft.turn } as const;
  applyEffects(draft, scenario, state.entry, cause, changes);
  const shown = state.text === undefined ? undefined : shownText(state.text, draft);
  record(draft, 'briefing', { kind: 'storyline', id: lineId, state: stateId }, cause, changes, { trigger, shown });
  return finish(draft);
}

/**
 * One step of every storyline: each chooses its move against the same state (the world as the
 * last turn left it), then the moves apply in declaration order, each recording the transition
 * it took and why. The generator then advances, so that next turn's draws differ.
 */
export function tickStorylines(scenario: Scenario, game: GameState): GameState {
  const moves: { line: string; to: string; trigger: Trigger }[] = [];
  scenario.storylines.forEach((line, index) => {
    const enabled = enabledTransition(game, line, index);
    if (enabled === null) return;
    const { transition } = enabled;
    const when = transition.when?.expr ?? null;
    const current = game.storylines[line.id] ?? line.initial;
    const missed = storylineStateById(line, current)
      .transitions.slice(0, enabled.index)
      .filter((earlier) => earlier.when === null || earlier.when.test(game))
      .map((earlier) => ({
        to: earlier.to,
        chance: chanceOf(earlier.chance, game),
        meters: Object.fromEntries(metersIn(earlier.chance.expr).map((meter) => [meter, game.meters[meter] ?? 0])),
      }))
      .filter((earlier) => earlier.chance > 0 && earlier.chance < 1);
    moves.push({
      line: line.id,
      to: transition.to,
      trigger: {
        facts: when === null ? [] : triggerFacts(when, game),
        chance: chanceOf(transition.chance, game),
        dated: when !== null && onlyTheDate(when),
        from: current,
        transition: enabled.index,
        ...(missed.length === 0 ? {} : { missed }),
      },
    });
  });
  let next = game;
  for (const move of moves) next = enterStorylineState(scenario, next, move.line, move.to, move.trigger);
  return { ...next, rng: nextRandom(next.rng)[1] };
}
