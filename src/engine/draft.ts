import type { Cause, Change, GameState, Happening, HappeningSubject, Scheduled, TurnRecord } from './game-state';
import { nextRandom } from './rng';

/**
 * A private, writable copy of the game used while one engine step runs. Engine entry points
 * copy the state into a draft, change the draft, and return it: callers never see mutation.
 */
export interface Draft {
  scenarioId: string;
  scenarioVersion: string;
  seed: number;
  rng: number;
  turn: number;
  capital: number;
  meters: Record<string, number>;
  metersAtTurnStart: Record<string, number>;
  flags: Record<string, boolean>;
  storylines: Record<string, string>;
  storylinesSince: Record<string, number>;
  taken: Record<string, readonly number[]>;
  fired: Record<string, readonly number[]>;
  scheduled: Scheduled[];
  chronicle: Happening[];
  turns: TurnRecord[];
  ending: { readonly id: string; readonly turn: number } | null;
}

/**
 * Copies the parts of the state a step may change. Records the step never touches are shared
 * with the input (they are never mutated), which keeps a turn cheap enough for mass play-testing.
 */
export function draftOf(game: GameState, touches: { storylines?: boolean; taken?: boolean } = {}): Draft {
  return {
    scenarioId: game.scenarioId,
    scenarioVersion: game.scenarioVersion,
    seed: game.seed,
    rng: game.rng,
    turn: game.turn,
    capital: game.capital,
    meters: { ...game.meters },
    metersAtTurnStart: game.metersAtTurnStart,
    flags: { ...game.flags },
    storylines: touches.storylines === true ? { ...game.storylines } : game.storylines,
    storylinesSince: touches.storylines === true ? { ...game.storylinesSince } : game.storylinesSince,
    taken: touches.taken === true ? { ...game.taken } : game.taken,
    fired: { ...game.fired },
    scheduled: [...game.scheduled],
    chronicle: [...game.chronicle],
    turns: game.turns as TurnRecord[],
    ending: game.ending,
  };
}

/** True with the given probability, consuming a draw only when the outcome is in doubt. */
export function roll(draft: Draft, chance: number): boolean {
  if (chance >= 1) return true;
  if (chance <= 0) return false;
  const [value, rng] = nextRandom(draft.rng);
  draft.rng = rng;
  return value < chance;
}

/** Adds a turn to a draft's own copy of a record of turns (never to a shared one). */
export function appendTurn(record: Record<string, readonly number[]>, id: string, turn: number): void {
  record[id] = [...(record[id] ?? []), turn];
}

export function record(draft: Draft, phase: Happening['phase'], what: HappeningSubject, cause: Cause, changes: Change[]): void {
  draft.chronicle.push({ turn: draft.turn, phase, what, cause, changes });
}
