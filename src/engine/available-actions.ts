import type { GameState } from './game-state';
import type { ActionDef, Scenario } from './scenario-model';
import { actionById } from './lookup';

/** Open to the player this turn: within its limit and cooldown, and its condition holds. */
export function isActionAvailable(action: ActionDef, game: GameState): boolean {
  const turns = game.taken[action.index] ?? [];
  if (action.limit !== null && turns.length >= action.limit) return false;
  const last = turns[turns.length - 1];
  if (action.cooldown > 0 && last !== undefined && game.turn - last <= action.cooldown) return false;
  return action.available === null || action.available.test(game);
}

const offered = new WeakMap<Scenario, WeakMap<GameState, readonly ActionDef[]>>();

/** The actions open this turn. States never change, so the answer is kept per state. */
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

export type DecisionProblem =
  | { readonly kind: 'unknown-action'; readonly action: string }
  | { readonly kind: 'unavailable'; readonly action: string }
  | { readonly kind: 'duplicate'; readonly action: string }
  | { readonly kind: 'over-budget'; readonly cost: number; readonly capital: number }
  | { readonly kind: 'game-over' };

/** Why a set of decisions cannot be committed, or null when it can. */
export function decisionProblem(scenario: Scenario, game: GameState, decisions: readonly string[]): DecisionProblem | null {
  if (game.ending !== null) return { kind: 'game-over' };
  const seen = new Set<string>();
  let cost = 0;
  for (const id of decisions) {
    if (!scenario.actions.some((action) => action.id === id)) return { kind: 'unknown-action', action: id };
    if (seen.has(id)) return { kind: 'duplicate', action: id };
    seen.add(id);
    const action = actionById(scenario, id);
    if (!isActionAvailable(action, game)) return { kind: 'unavailable', action: id };
    cost += action.cost;
  }
  if (cost > game.capital) return { kind: 'over-budget', cost, capital: game.capital };
  return null;
}

/**
 * The picks that can be committed together, in the player's order: those still open and paid
 * for by the capital, with what remains. The desk shows this and the flow accepts exactly it,
 * so a player can never pick what the rules would refuse.
 */
export function affordableSelection(
  scenario: Scenario,
  game: GameState,
  selected: readonly string[],
): { readonly kept: readonly string[]; readonly left: number } {
  const kept: string[] = [];
  let left = game.capital;
  for (const id of selected) {
    const action = scenario.actions.find((candidate) => candidate.id === id);
    if (action === undefined || kept.includes(id) || !isActionAvailable(action, game) || action.cost > left) continue;
    kept.push(id);
    left -= action.cost;
  }
  return { kept, left };
}
