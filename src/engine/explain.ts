import type { Cause, GameState, Happening } from './game-state';

/** A cause and the causes behind it, nearest first: "scheduled by event X, fired because of action Y on turn 2". */
export function causeChain(cause: Cause): Cause[] {
  const chain: Cause[] = [cause];
  let current = cause;
  while (current.kind === 'scheduled') {
    current = current.origin;
    chain.push(current);
  }
  return chain;
}

/** The decision at the root of a cause, if a player's decision is behind it. */
export function rootDecision(cause: Cause): { action: string; turn: number } | null {
  const root = causeChain(cause).at(-1);
  return root?.kind === 'action' ? { action: root.action, turn: root.turn } : null;
}

/** Every happening that changed a meter, with the change: the answer to "why did this meter move?". */
export function meterHistory(game: GameState, meter: string): { happening: Happening; from: number; to: number }[] {
  const rows: { happening: Happening; from: number; to: number }[] = [];
  for (const happening of game.chronicle) {
    for (const change of happening.changes) {
      if (change.kind === 'meter' && change.meter === meter) rows.push({ happening, from: change.from, to: change.to });
    }
  }
  return rows;
}

/** What happened on one turn, in order. */
export function happeningsOfTurn(game: GameState, turn: number): Happening[] {
  return game.chronicle.filter((happening) => happening.turn === turn);
}
