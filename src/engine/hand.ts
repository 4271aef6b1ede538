import type { GameState } from './game-state';
import type { ActionDef, Scenario } from './scenario-model';
import { availableActions } from './available-actions';
import { peekRandom } from './rng';

/** Salts for the deal's tie-breaking draws: far from the storylines' (line * 64 + transition). */
const DEAL_SALT = 0x7000;

/** What a fresh option is worth over one already tried, and what a card passed over last turn loses. */
const UNTRIED_BONUS = 0.5;
const PASSED_OVER_PENALTY = 0.75;
/** Ties and near-ties are broken by the game's random stream (peeked, never drawn). */
const JITTER = 0.5;

/**
 * Deals the turn's hand: `size` options from the open ones that fit the moment best, by the
 * scenario's priorities, favouring what the player has not tried and rotating cards passed over
 * last turn, with alternatives (actions that exclude each other) dealt together so that the choice
 * between them is on the table. Standing moves are not dealt: they are always on the desk.
 * Pure, and it consumes no random draw: the same state always gets the same hand.
 */
export function dealHand(scenario: Scenario, game: GameState): string[] {
  const open = availableActions(scenario, game).filter((action) => !action.standing);
  const { size } = scenario.hand;
  if (size === null) return open.map((action) => action.id);
  const lastOffered = new Set(game.turns.at(-1)?.offered ?? []);
  const lastTaken = new Set(game.turns.at(-1)?.decisions ?? []);
  const score = (action: ActionDef): number => {
    const untried = (game.taken[action.index] ?? []).length === 0 ? UNTRIED_BONUS : 0;
    const passedOver = lastOffered.has(action.id) && !lastTaken.has(action.id) ? PASSED_OVER_PENALTY : 0;
    return action.priority.value(game) + untried - passedOver + peekRandom(game.rng, DEAL_SALT + action.index) * JITTER;
  };
  const ranked = open
    .map((action) => ({ action, score: score(action) }))
    .sort((a, b) => b.score - a.score || a.action.index - b.action.index);
  const byId = new Map(open.map((action) => [action.id, action]));
  const hand: ActionDef[] = [];
  for (const { action } of ranked) {
    if (hand.length >= size) break;
    if (hand.includes(action)) continue;
    hand.push(action);
    for (const other of action.excludes) {
      const alternative = byId.get(other);
      if (alternative !== undefined && !hand.includes(alternative)) hand.push(alternative);
    }
  }
  return hand.map((action) => action.id);
}

const offeredMemo = new WeakMap<GameState, readonly ActionDef[]>();

/** The options on the desk this turn: the dealt hand, then the standing moves that are open. Kept per state. */
export function offeredActions(scenario: Scenario, game: GameState): readonly ActionDef[] {
  const known = offeredMemo.get(game);
  if (known !== undefined) return known;
  const open = availableActions(scenario, game);
  const byId = new Map(open.map((action) => [action.id, action]));
  const dealt = new Set(game.hand);
  const offered: ActionDef[] = [];
  for (const id of game.hand) {
    const action = byId.get(id);
    if (action !== undefined) offered.push(action);
  }
  for (const action of open) if (action.standing && !dealt.has(action.id)) offered.push(action);
  offeredMemo.set(game, offered);
  return offered;
}
