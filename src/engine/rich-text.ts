import type { GameState, ShownText } from './game-state';
import type { Localized, RichText } from './scenario-model';

/** The value of a {name} in text: a meter, the capital, the turn, or the turns left. */
export function slotValue(game: GameState, name: string): number {
  if (name === 'capital') return game.capital;
  if (name === 'turn') return game.turn;
  if (name === 'turns_left') return game.lastTurn - game.turn;
  return game.meters[name] ?? 0;
}

/** Which variant of a text holds in a state: the first whose condition holds (the last has none). */
export function variantOf(text: RichText, game: GameState): number {
  const index = text.variants.findIndex((variant) => variant.when === null || variant.when.test(game));
  return index < 0 ? text.variants.length - 1 : index;
}

/**
 * How a text reads in a state, to be recorded with a happening so it can be shown later exactly
 * as it read then. Undefined for text that never changes (most of it): nothing is recorded.
 */
export function shownText(text: RichText, game: GameState): ShownText | undefined {
  if (text.variants.length <= 1 && text.slots.length === 0) return undefined;
  const values: Record<string, number> = {};
  for (const slot of text.slots) values[slot] = slotValue(game, slot);
  return { variant: variantOf(text, game), values };
}

/** The text of one variant in one language, with its {names} filled in from `values`. */
export function fillText(text: RichText, shown: ShownText | undefined, pick: (localized: Localized) => string): string {
  const variant = text.variants[shown?.variant ?? 0] ?? text.variants[0];
  const raw = variant === undefined ? '' : pick(variant.text);
  if (shown === undefined || text.slots.length === 0) return raw;
  return raw.replace(/\{([a-z][a-z0-9_]*)\}/g, (match, name: string) => {
    const value = shown.values[name];
    return value === undefined ? match : String(value);
  });
}

/** A text as it reads now, in a state (cards, memos, endings: what is on screen is the present). */
export function textNow(text: RichText, game: GameState, pick: (localized: Localized) => string): string {
  return fillText(text, shownText(text, game), pick);
}
