import type { Asked, Cause, Change, GameState, Happening, HappeningSubject, Scheduled, ShownText, Trigger, TurnRecord } from './game-state';
import { nextRandom } from './rng';
import type { Chance } from './scenario-model';

/**
 * A private, writable copy of the game used while one engine step runs. Engine entry points
 * copy the state into a draft, change the draft, and return it: callers never see mutation.
 */
export interface Draft {
  scenarioId: string;
  scenarioVersion: string;
  seed: number;
  rng: number;
  mode: string;
  lastTurn: number;
  turn: number;
  day: number;
  span: number;
  capital: number;
  meters: Record<string, number>;
  metersAtTurnStart: Record<string, number>;
  flags: Record<string, boolean>;
  storylines: Record<string, string>;
  storylinesSince: Record<string, number>;
  taken: (readonly number[])[];
  fired: (readonly number[])[];
  /** Whether `taken` and `fired` are this draft's own copies yet (copied on first write). */
  ownsTaken: boolean;
  ownsFired: boolean;
  ownsChronicle: boolean;
  scheduled: Scheduled[];
  hand: readonly string[];
  asked: Asked[];
  answered: Record<string, string>;
  chronicle: Happening[];
  turns: TurnRecord[];
  ending: { readonly id: string; readonly turn: number } | null;
}

/**
 * Copies the parts of the state a step may change. Records the step never touches are shared
 * with the input (they are never mutated), which keeps a turn cheap enough for mass play-testing.
 */
export function draftOf(game: GameState, touches: { storylines?: boolean } = {}): Draft {
  return {
    scenarioId: game.scenarioId,
    scenarioVersion: game.scenarioVersion,
    seed: game.seed,
    rng: game.rng,
    mode: game.mode,
    lastTurn: game.lastTurn,
    turn: game.turn,
    day: game.day,
    span: game.span,
    capital: game.capital,
    meters: { ...game.meters },
    metersAtTurnStart: game.metersAtTurnStart,
    flags: { ...game.flags },
    storylines: touches.storylines === true ? { ...game.storylines } : game.storylines,
    storylinesSince: touches.storylines === true ? { ...game.storylinesSince } : game.storylinesSince,
    taken: game.taken as (readonly number[])[],
    fired: game.fired as (readonly number[])[],
    ownsTaken: false,
    ownsFired: false,
    scheduled: [...game.scheduled],
    hand: game.hand,
    asked: [...game.asked],
    answered: game.answered,
    // Appended to, never changed: shared until this step records something (copied by `record`).
    chronicle: game.chronicle as Happening[],
    ownsChronicle: false,
    turns: game.turns as TurnRecord[],
    ending: game.ending,
  };
}

/** A chance as a probability now: expressions are read against the state and kept within 0..1. */
export function chanceOf(chance: Chance, game: GameState): number {
  const value = chance.value(game);
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}

/** True with the given probability, consuming a draw only when the outcome is in doubt. */
export function roll(draft: Draft, chance: number): boolean {
  if (chance >= 1) return true;
  if (chance <= 0) return false;
  const [value, rng] = nextRandom(draft.rng);
  draft.rng = rng;
  return value < chance;
}

/** Records that an action was taken, copying the shared record first if this draft has not yet. */
export function recordTaken(draft: Draft, index: number): void {
  if (!draft.ownsTaken) {
    draft.taken = draft.taken.slice();
    draft.ownsTaken = true;
  }
  draft.taken[index] = [...(draft.taken[index] ?? []), draft.turn];
}

/** Records that an event fired, copying the shared record first if this draft has not yet. */
export function recordFired(draft: Draft, index: number): void {
  if (!draft.ownsFired) {
    draft.fired = draft.fired.slice();
    draft.ownsFired = true;
  }
  draft.fired[index] = [...(draft.fired[index] ?? []), draft.turn];
}

/** The draft as a game state again: the bookkeeping flags stay behind. */
export function finish(draft: Draft): GameState {
  // Written out field by field: a rest spread here was the engine's single largest cost.
  return {
    scenarioId: draft.scenarioId,
    scenarioVersion: draft.scenarioVersion,
    seed: draft.seed,
    rng: draft.rng,
    mode: draft.mode,
    lastTurn: draft.lastTurn,
    turn: draft.turn,
    day: draft.day,
    span: draft.span,
    capital: draft.capital,
    meters: draft.meters,
    metersAtTurnStart: draft.metersAtTurnStart,
    flags: draft.flags,
    storylines: draft.storylines,
    storylinesSince: draft.storylinesSince,
    taken: draft.taken,
    fired: draft.fired,
    scheduled: draft.scheduled,
    hand: draft.hand,
    asked: draft.asked,
    answered: draft.answered,
    chronicle: draft.chronicle,
    turns: draft.turns,
    ending: draft.ending,
  };
}

export function record(
  draft: Draft,
  phase: Happening['phase'],
  what: HappeningSubject,
  cause: Cause,
  changes: Change[],
  extra: { readonly trigger?: Trigger | undefined; readonly shown?: ShownText | undefined } = {},
): void {
  if (!draft.ownsChronicle) {
    draft.chronicle = draft.chronicle.slice();
    draft.ownsChronicle = true;
  }
  // Written out rather than spread: this runs for every happening of every simulated game.
  const { trigger, shown } = extra;
  const happening: Happening =
    trigger === undefined
      ? shown === undefined
        ? { turn: draft.turn, phase, what, cause, changes }
        : { turn: draft.turn, phase, what, cause, changes, shown }
      : shown === undefined
        ? { turn: draft.turn, phase, what, cause, changes, trigger }
        : { turn: draft.turn, phase, what, cause, changes, trigger, shown };
  draft.chronicle.push(happening);
}
