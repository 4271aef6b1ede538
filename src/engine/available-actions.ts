import type { GameState } from './game-state';
import type { ActionDef, ResponseDef, Scenario } from './scenario-model';
import { actionById, eventById } from './lookup';

/** Open to the player this turn: within its limit and cooldown, no alternative taken, and its condition holds. */
export function isActionAvailable(action: ActionDef, game: GameState): boolean {
  const turns = game.taken[action.index] ?? [];
  if (action.limit !== null && turns.length >= action.limit) return false;
  const last = turns[turns.length - 1];
  if (action.cooldown > 0 && last !== undefined && game.turn - last <= action.cooldown) return false;
  if (action.excludesAt.some((index) => (game.taken[index] ?? []).length > 0)) return false;
  return action.available === null || action.available.test(game);
}

const offered = new WeakMap<Scenario, WeakMap<GameState, readonly ActionDef[]>>();

/** The actions open this turn (dealt or not). States never change, so the answer is kept per state. */
export function availableActions(scenario: Scenario, game: GameState): readonly ActionDef[] {
  let perGame = offered.get(scenario);
  if (perGame === undefined) {
    perGame = new WeakMap();
    offered.set(scenario, perGame);
  }
  let actions = perGame.get(game);
  if (actions === undefined) {
    actions = scenario.actions.filter((action) => isActionAvailable(action, game));
    perGame.set(game, actions);
  }
  return actions;
}

/** Answers to the questions events put to the player, by event id. */
export type Answers = Readonly<Record<string, string>>;

export type DecisionProblem =
  | { readonly kind: 'unknown-action'; readonly action: string }
  | { readonly kind: 'unavailable'; readonly action: string }
  | { readonly kind: 'not-dealt'; readonly action: string }
  | { readonly kind: 'duplicate'; readonly action: string }
  | { readonly kind: 'alternatives'; readonly action: string; readonly other: string }
  | { readonly kind: 'not-asked'; readonly event: string }
  | { readonly kind: 'unknown-response'; readonly event: string; readonly response: string }
  | { readonly kind: 'over-budget'; readonly cost: number; readonly capital: number }
  | { readonly kind: 'game-over' };

/** A question's answer by id, if the event asks that question. */
export function responseOf(scenario: Scenario, event: string, response: string): ResponseDef | null {
  const decision = scenario.events.find((candidate) => candidate.id === event)?.decision ?? null;
  return decision?.responses.find((candidate) => candidate.id === response) ?? null;
}

/** Why a set of decisions and answers cannot be committed, or null when it can. */
export function decisionProblem(
  scenario: Scenario,
  game: GameState,
  decisions: readonly string[],
  answers: Answers = {},
): DecisionProblem | null {
  if (game.ending !== null) return { kind: 'game-over' };
  const seen = new Set<string>();
  let cost = 0;
  for (const id of decisions) {
    if (!scenario.actions.some((action) => action.id === id)) return { kind: 'unknown-action', action: id };
    if (seen.has(id)) return { kind: 'duplicate', action: id };
    const action = actionById(scenario, id);
    if (!isActionAvailable(action, game)) return { kind: 'unavailable', action: id };
    if (!action.standing && !game.hand.includes(id)) return { kind: 'not-dealt', action: id };
    const other = action.excludes.find((alternative) => seen.has(alternative));
    if (other !== undefined) return { kind: 'alternatives', action: id, other };
    seen.add(id);
    cost += action.cost;
  }
  for (const [event, response] of Object.entries(answers)) {
    if (!game.asked.some((asked) => asked.event === event)) return { kind: 'not-asked', event };
    const chosen = responseOf(scenario, event, response);
    if (chosen === null) return { kind: 'unknown-response', event, response };
    cost += chosen.cost;
  }
  if (cost > game.capital) return { kind: 'over-budget', cost, capital: game.capital };
  return null;
}

/**
 * The picks that can be committed together, in the player's order: those on the desk, open, not
 * alternatives of an earlier pick, and paid for by the capital left after the answers, with what
 * remains. The desk shows this and the flow accepts exactly it, so a player can never pick what
 * the rules would refuse.
 */
export function affordableSelection(
  scenario: Scenario,
  game: GameState,
  selected: readonly string[],
  answers: Answers = {},
): { readonly kept: readonly string[]; readonly left: number } {
  let left = game.capital;
  for (const [event, response] of Object.entries(answers)) left -= responseOf(scenario, event, response)?.cost ?? 0;
  const kept: string[] = [];
  for (const id of selected) {
    const action = scenario.actions.find((candidate) => candidate.id === id);
    if (action === undefined || kept.includes(id) || !isActionAvailable(action, game)) continue;
    if (!action.standing && !game.hand.includes(id)) continue;
    if (action.excludes.some((other) => kept.includes(other)) || action.cost > left) continue;
    kept.push(id);
    left -= action.cost;
  }
  return { kept, left: Math.max(0, left) };
}

/** The questions open this turn, oldest first, with what they ask. */
export function openQuestions(scenario: Scenario, game: GameState) {
  return game.asked.map((asked) => ({ ...asked, def: eventById(scenario, asked.event) }));
}
