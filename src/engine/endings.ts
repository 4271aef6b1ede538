import type { GameState } from './game-state';
import type { EndingDef, Scenario } from './scenario-model';

/**
 * The ending reached now, if any: the highest-priority ending whose condition holds. Endings
 * marked `atEnd` are only considered once the calendar has run out; the loader guarantees one
 * of them has no condition, so a game always ends on its last turn.
 */
export function reachedEnding(scenario: Scenario, game: GameState): EndingDef | null {
  const calendarOver = game.turn >= game.lastTurn;
  let best: EndingDef | null = null;
  for (const ending of scenario.endings) {
    if (ending.atEnd && !calendarOver) continue;
    if (ending.when !== null && !ending.when.test(game)) continue;
    if (best === null || ending.priority > best.priority) best = ending;
  }
  return best;
}
