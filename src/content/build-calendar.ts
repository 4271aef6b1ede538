import type { Localized, ModeDef, TurnCalendar } from '../engine';
import type { BuildContext } from './build-context';
import type { CalendarInput, ScenarioFileData } from './scenario-schema';
import type { Path } from './yaml-source';

const DAY_MS = 86_400_000;
const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/** Each turn's opening, last day, day number and length, so that the rules need no date arithmetic. */
function calendarOf(start: string, turnDates: readonly string[], endDate: string): TurnCalendar[] {
  return turnDates.map((opens, i) => {
    const next = turnDates[i + 1] ?? endDate;
    const closes = addDays(next, -1);
    return { opens, closes: closes < opens ? opens : closes, day: daysBetween(start, opens), span: Math.max(1, daysBetween(opens, next)) };
  });
}

/** The opening dates of a calendar's turns and the day after it ends, checked for order. */
function datesOf(ctx: BuildContext, start: string, calendar: CalendarInput, path: Path): { turnDates: string[]; endDate: string } {
  let turnDates: string[];
  if (calendar.dates !== undefined) {
    turnDates = calendar.dates;
    if (calendar.turns !== undefined && calendar.turns !== calendar.dates.length) {
      ctx.findings.error(
        [...path, 'turns'],
        'bad-calendar',
        `turns (${calendar.turns}) differs from the ${calendar.dates.length} dates given`,
        'give either turns or dates',
      );
    }
    if (turnDates[0] !== start) {
      ctx.findings.error(
        [...path, 'dates', 0],
        'bad-calendar',
        `the first turn opens on ${turnDates[0] ?? '?'}, but the scenario starts on ${start}`,
      );
    }
    turnDates.forEach((date, i) => {
      const previous = turnDates[i - 1];
      if (previous !== undefined && date <= previous) {
        ctx.findings.error([...path, 'dates', i], 'bad-calendar', `${date} is not after ${previous}`);
      }
    });
  } else if (calendar.turns !== undefined) {
    turnDates = Array.from({ length: calendar.turns }, (_, i) => addDays(start, i * calendar.days_per_turn));
  } else {
    ctx.findings.error(path, 'bad-calendar', 'a calendar needs turns (with days_per_turn) or dates', 'add turns: 8, or dates: [...]');
    turnDates = [start];
  }
  const last = turnDates[turnDates.length - 1] ?? start;
  const endDate = calendar.end ?? addDays(last, calendar.days_per_turn);
  if (endDate <= last) {
    ctx.findings.error([...path, 'end'], 'bad-calendar', `the calendar ends on ${endDate}, before its last turn opens (${last})`);
  }
  return { turnDates, endDate };
}

/**
 * The lengths of game on offer. Without `modes`, the calendar is the one length; with them, each
 * mode has its own calendar (the top-level calendar gives the start date and the defaults).
 */
export function buildModes(ctx: BuildContext, data: ScenarioFileData, fullLabel: Localized): ModeDef[] {
  const { start } = data.calendar;
  if (data.modes.length === 0) {
    const dates = datesOf(ctx, start, data.calendar, ['calendar']);
    return [{ id: 'full', label: fullLabel, description: null, ...dates, calendar: calendarOf(start, dates.turnDates, dates.endDate) }];
  }
  const ids = new Set<string>();
  return data.modes.map((mode, i) => {
    const path = ['modes', i];
    if (ids.has(mode.id)) ctx.findings.error([...path, 'id'], 'duplicate-id', `a mode '${mode.id}' is already declared`);
    ids.add(mode.id);
    const calendar: CalendarInput =
      mode.dates !== undefined || mode.turns !== undefined ? mode : { ...data.calendar, days_per_turn: mode.days_per_turn };
    const dates = datesOf(ctx, start, calendar, mode.dates !== undefined || mode.turns !== undefined ? path : ['calendar']);
    return {
      id: mode.id,
      label: ctx.text(mode.label, [...path, 'label']),
      description: mode.description === undefined ? null : ctx.text(mode.description, [...path, 'description']),
      ...dates,
      calendar: calendarOf(start, dates.turnDates, dates.endDate),
    };
  });
}
