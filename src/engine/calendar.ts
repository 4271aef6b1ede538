import type { GameState } from './game-state';
import type { ModeDef, Scenario } from './scenario-model';

const DAY_MS = 86_400_000;

/** Whole days from one ISO date to another, counted in UTC so that no time zone shifts a day. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** A length of game by id; an unknown id means the scenario's first (a save from before modes existed). */
export function modeById(scenario: Scenario, id: string): ModeDef {
  const mode = scenario.modes.find((candidate) => candidate.id === id) ?? scenario.modes[0];
  if (mode === undefined) throw new Error(`scenario ${scenario.id} has no calendar`);
  return mode;
}

/** Where a turn sits in the calendar of a mode: days from the start to its opening, the days it covers. */
export function calendarAt(scenario: Scenario, mode: ModeDef, turn: number): { readonly day: number; readonly span: number } {
  const index = Math.min(Math.max(turn, 1), mode.turnDates.length) - 1;
  const opens = mode.turnDates[index] ?? scenario.startDate;
  const closes = mode.turnDates[index + 1] ?? mode.endDate;
  return { day: daysBetween(scenario.startDate, opens), span: Math.max(1, daysBetween(opens, closes)) };
}

/** The ISO date (YYYY-MM-DD) on which a turn of the game opens, and the last day it covers. */
export function turnDates(scenario: Scenario, game: Pick<GameState, 'mode'>, turn: number): { readonly opens: string; readonly closes: string } {
  const mode = modeById(scenario, game.mode);
  const index = Math.min(Math.max(turn, 1), mode.turnDates.length) - 1;
  const opens = mode.turnDates[index] ?? scenario.startDate;
  const next = mode.turnDates[index + 1] ?? mode.endDate;
  const closes = new Date(Date.parse(`${next}T00:00:00Z`) - DAY_MS).toISOString().slice(0, 10);
  return { opens, closes: closes < opens ? opens : closes };
}

/** The ISO date on which a turn opens. */
export function turnDate(scenario: Scenario, game: Pick<GameState, 'mode'>, turn: number): string {
  return turnDates(scenario, game, turn).opens;
}
