const DAY_MS = 86_400_000;

/** The opening date of each turn, as ISO dates, counted in UTC so that time zones never shift a day. */
export function turnDates(start: string, turns: number, daysPerTurn: number): string[] {
  const origin = Date.parse(`${start}T00:00:00Z`);
  return Array.from({ length: turns }, (_, i) => new Date(origin + i * daysPerTurn * DAY_MS).toISOString().slice(0, 10));
}
