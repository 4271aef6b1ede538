import type { ActionDef, Chance, Condition, EventDef, ModeDef, Scenario } from '../../engine';
import { calendarAt } from '../../engine';
import { exact, interval, rangeOf, truthOf, type AbstractWorld, type Interval, type Truth } from './abstract-eval';
import type { Usage } from './usage';

/**
 * What can possibly happen in some game: reachable storyline states, actions that can be
 * offered, events that can fire. Computed by pruning from "everything is possible" until
 * nothing more can be ruled out, so whatever is ruled out is truly impossible.
 */
export interface Possibility {
  readonly states: ReadonlyMap<string, ReadonlySet<string>>;
  readonly actions: ReadonlySet<string>;
  readonly events: ReadonlySet<string>;
}

function flagTruth(scenario: Scenario, usage: Usage, id: string): Truth {
  const start = scenario.flags.find((flag) => flag.id === id)?.start ?? false;
  const values = new Set<boolean>([start, ...(usage.flagWrites.get(id) ?? [])]);
  if (values.size > 1) return 'unknown';
  return start ? 'true' : 'false';
}

/** The longest calendar the scenario offers, in turns. */
export const maxTurns = (scenario: Scenario): number => Math.max(1, ...scenario.modes.map((mode) => mode.turnDates.length));

/** Where the calendar can stand: on one turn of one length of game, or anywhere in any of them. */
function calendarRanges(scenario: Scenario, at?: { mode: ModeDef; turn: number }): Pick<AbstractWorld, 'day' | 'span' | 'turnsLeft'> {
  const points = (at === undefined ? scenario.modes.flatMap((mode) => mode.turnDates.map((_, i) => ({ mode, turn: i + 1 }))) : [at]).map(
    ({ mode, turn }) => ({ ...calendarAt(scenario, mode, turn), left: mode.turnDates.length - turn }),
  );
  const range = (values: number[]): Interval => interval(Math.min(...values), Math.max(...values));
  return {
    day: range(points.map((point) => point.day)),
    span: range(points.map((point) => point.span)),
    turnsLeft: range(points.map((point) => point.left)),
  };
}

/** The world of every possible game (or of one turn of one length of it), given what is known to be possible. */
export function worldOf(scenario: Scenario, usage: Usage, possible: Possibility, at?: { mode: ModeDef; turn: number }): AbstractWorld {
  const meter = (id: string) => scenario.meters.find((candidate) => candidate.id === id);
  const turns = maxTurns(scenario);
  return {
    turn: at === undefined ? interval(1, turns) : exact(at.turn),
    ...calendarRanges(scenario, at),
    capital: interval(0, scenario.capital.max),
    meter(id) {
      const def = meter(id);
      if (def === undefined) return interval(-Infinity, Infinity);
      return usage.meterWrites.has(id) ? interval(def.min, def.max) : exact(def.start);
    },
    change(id): Interval {
      const def = meter(id);
      if (def === undefined || !usage.meterWrites.has(id)) return exact(0);
      return interval(def.min - def.max, def.max - def.min);
    },
    flag: (id) => flagTruth(scenario, usage, id),
    storylineIs: (line, state) => (possible.states.get(line)?.has(state) === true ? 'unknown' : 'false'),
    count(of, id) {
      if (of === 'action') {
        if (!possible.actions.has(id)) return exact(0);
        const limit = scenario.actions.find((action) => action.id === id)?.limit ?? turns;
        return interval(0, Math.min(limit, turns));
      }
      if (!possible.events.has(id)) return exact(0);
      const repeatable = scenario.events.find((event) => event.id === id)?.repeatable ?? true;
      return interval(0, repeatable ? turns : 1);
    },
    chosen: (action) => (possible.actions.has(action) ? 'unknown' : 'false'),
  };
}

export const canHold = (condition: Condition | null, world: AbstractWorld): boolean =>
  condition === null || truthOf(condition.expr, world) !== 'false';

export function actionCanBeOffered(scenario: Scenario, action: ActionDef, world: AbstractWorld): boolean {
  return action.cost <= scenario.capital.max && canHold(action.available, world);
}

/** A chance that is not zero in some game. */
export const canBeLikely = (chance: Chance, world: AbstractWorld): boolean => rangeOf(chance.expr, world).hi > 0;

export function eventCanFire(event: EventDef, usage: Usage, world: AbstractWorld): boolean {
  return usage.scheduledEvents.has(event.id) || (event.when !== null && canBeLikely(event.chance, world) && canHold(event.when, world));
}

function reachableStates(scenario: Scenario, world: AbstractWorld): Map<string, Set<string>> {
  const reachable = new Map<string, Set<string>>();
  for (const line of scenario.storylines) {
    const seen = new Set<string>([line.initial]);
    const queue = [line.initial];
    while (queue.length > 0) {
      const id = queue.shift();
      const state = line.states.find((candidate) => candidate.id === id);
      for (const transition of state?.transitions ?? []) {
        if (!seen.has(transition.to) && canBeLikely(transition.chance, world) && canHold(transition.when, world)) {
          seen.add(transition.to);
          queue.push(transition.to);
        }
      }
    }
    reachable.set(line.id, seen);
  }
  return reachable;
}

export function possibilityOf(scenario: Scenario, usage: Usage): Possibility {
  let possible: Possibility = {
    states: new Map(scenario.storylines.map((line) => [line.id, new Set(line.states.map((state) => state.id))])),
    actions: new Set(scenario.actions.map((action) => action.id)),
    events: new Set(scenario.events.map((event) => event.id)),
  };
  for (let round = 0; round < 50; round += 1) {
    const world = worldOf(scenario, usage, possible);
    const next: Possibility = {
      states: reachableStates(scenario, world),
      actions: new Set(scenario.actions.filter((action) => actionCanBeOffered(scenario, action, world)).map((action) => action.id)),
      events: new Set(scenario.events.filter((event) => eventCanFire(event, usage, world)).map((event) => event.id)),
    };
    const size = (p: Possibility) => p.actions.size + p.events.size + [...p.states.values()].reduce((sum, states) => sum + states.size, 0);
    if (size(next) === size(possible)) return next;
    possible = next;
  }
  return possible;
}
