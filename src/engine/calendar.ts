import type { GameState } from './game-state';
import type { ModeDef, Scenario, TurnCalendar } from './scenario-model';

/** A length of game by id; an unknown id means the scenario's first (a save from before modes existed). */
export function modeById(scenario: Scenario, id: string): ModeDef {
  const mode = scenario.modes.find((candidate) => candidate.id === id) ?? scenario.modes[0];
  if (mode === undefined) throw new Error(`scenario ${scenario.id} has no calendar`);
  return mode;
}

function turnOf(mode: ModeDef, turn: number): TurnCalendar {
  const index = Math.min(Math.max(turn, 1), mode.calendar.length) - 1;
  const found = mode.calendar[index];
  if (found === undefined) throw new Error(`mode ${mode.id} has no turn ${turn}`);
  return found;
}

/** Where a turn sits in the calendar of a mode: days from the start to its opening, the days it covers. */
export function calendarAt(_scenario: Scenario, mode: ModeDef, turn: number): { readonly day: number; readonly span: number } {
  const { day, span } = turnOf(mode, turn);
  return { day, span };
}

/** The ISO dates (YYYY-MM-DD) on which a turn of the game opens, and the last day it covers. */
export function turnDates(
  scenario: Scenario,
  game: Pick<GameState, 'mode'>,
  turn: number,
): { readonly opens: string; readonly closes: string } {
  const { opens, closes } = turnOf(modeById(scenario, game.mode), turn);
  return { opens, closes };
}

/** The ISO date on which a turn opens. */
export function turnDate(scenario: Scenario, game: Pick<GameState, 'mode'>, turn: number): string {
  return turnDates(scenario, game, turn).opens;
}
