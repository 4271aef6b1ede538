import type { GameState } from '../engine';
import type { TurnPhase } from '../flow';
import type { SessionState } from './session-store';

/**
 * The game the screens show: the one being played, or, in a replay of a student's export, the
 * turn the teacher is looking at. Views read the game through these, never from two places.
 */
export function gameOnScreen(state: SessionState): GameState | null {
  const { replay } = state;
  if (replay === null) return state.game;
  return replay.index >= replay.total ? replay.final : (replay.atDecision[replay.index] ?? replay.final);
}

export function phaseOnScreen(state: SessionState): TurnPhase | null {
  const { replay } = state;
  if (replay === null) return state.phase;
  return replay.index >= replay.total ? 'ended' : 'decision';
}
