import type { Scenario } from './scenario-model';

/** The ISO date (YYYY-MM-DD) on which a turn opens; dates are computed by the loader, so no clock is involved. */
export function turnDate(scenario: Scenario, turn: number): string {
  const index = Math.min(Math.max(turn, 1), scenario.turnDates.length) - 1;
  return scenario.turnDates[index] ?? scenario.startDate;
}
