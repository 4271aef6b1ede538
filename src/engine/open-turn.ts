import type { GameState } from './game-state';
import type { Scenario } from './scenario-model';
import { draftOf, finish, roll } from './draft';
import { fireEvent, fireTriggeredEvents } from './fire-event';
import { dealHand } from './hand';
import { eventById } from './lookup';
import { newGame } from './new-game';
import { tickStorylines } from './storylines';

/**
 * Opens the current turn: political capital comes in, delayed consequences that fall due fire,
 * then the briefing events, and last the hand is dealt from what the morning's news left open.
 * Storylines have already moved (`tickStorylines`) on later turns.
 */
export function openTurn(scenario: Scenario, game: GameState): GameState {
  const draft = draftOf(game);
  if (draft.turn > 1) {
    const income = Math.round(scenario.capital.perTurn.value(draft));
    draft.capital = Math.min(scenario.capital.max, Math.max(0, draft.capital + income));
  }
  const due = draft.scheduled.filter((item) => item.dueTurn <= draft.turn);
  draft.scheduled = draft.scheduled.filter((item) => item.dueTurn > draft.turn);
  for (const item of due) {
    const event = eventById(scenario, item.event);
    const alreadyFired = (draft.fired[event.index] ?? []).length > 0;
    if (alreadyFired && !event.repeatable) continue;
    if (!roll(draft, item.chance)) continue;
    const cause = { kind: 'scheduled', event: event.id, turn: draft.turn, origin: item.origin } as const;
    fireEvent(draft, scenario, event, cause, 'briefing');
  }
  fireTriggeredEvents(draft, scenario, 'briefing');
  const opened = finish(draft);
  return { ...opened, hand: dealHand(scenario, opened) };
}

/** The start of a turn as a plain function: storylines step (after the first turn), then the turn opens. */
export function beginTurn(scenario: Scenario, game: GameState): GameState {
  return openTurn(scenario, game.turn > 1 ? tickStorylines(scenario, game) : game);
}

/** A new game at its first decision: the state every game, played or replayed, starts from. */
export function startGame(scenario: Scenario, seed: number, mode?: string): GameState {
  return beginTurn(scenario, newGame(scenario, seed, mode));
}
