import type { ActionDef, EndingDef, EventDef, MeterDef, Scenario, StorylineDef, StorylineStateDef } from './scenario-model';

/**
 * Lookups by id, through an index built once per scenario (the play-tester asks millions of
 * times). The loader guarantees that every id the engine meets is declared, so a miss here is a
 * bug in the engine or the loader, never bad content: it throws.
 */
const indexes = new WeakMap<object, Map<string, unknown>>();

function find<T extends { readonly id: string }>(items: readonly T[], id: string, what: string): T {
  let index = indexes.get(items) as Map<string, T> | undefined;
  if (index === undefined) {
    index = new Map(items.map((item) => [item.id, item]));
    indexes.set(items, index);
  }
  const item = index.get(id);
  if (item === undefined) throw new Error(`unknown ${what} '${id}'`);
  return item;
}

export const meterById = (s: Scenario, id: string): MeterDef => find(s.meters, id, 'meter');
export const actionById = (s: Scenario, id: string): ActionDef => find(s.actions, id, 'action');
export const eventById = (s: Scenario, id: string): EventDef => find(s.events, id, 'event');
export const endingById = (s: Scenario, id: string): EndingDef => find(s.endings, id, 'ending');
export const storylineById = (s: Scenario, id: string): StorylineDef => find(s.storylines, id, 'storyline');
export const storylineStateById = (line: StorylineDef, id: string): StorylineStateDef =>
  find(line.states, id, `state of storyline ${line.id}`);

/** The turns on which an action was taken, by its id. */
export const turnsTaken = (s: Scenario, game: { readonly taken: readonly (readonly number[])[] }, id: string): readonly number[] =>
  game.taken[actionById(s, id).index] ?? [];

/** The turns on which an event fired, by its id. */
export const turnsFired = (s: Scenario, game: { readonly fired: readonly (readonly number[])[] }, id: string): readonly number[] =>
  game.fired[eventById(s, id).index] ?? [];

const byPhase = new WeakMap<Scenario, Record<EventDef['phase'], readonly EventDef[]>>();

/** The events that trigger on their own in a phase, in declaration order. */
export function triggeredEvents(scenario: Scenario, phase: EventDef['phase']): readonly EventDef[] {
  let split = byPhase.get(scenario);
  if (split === undefined) {
    const triggered = scenario.events.filter((event) => event.when !== null);
    split = {
      briefing: triggered.filter((event) => event.phase === 'briefing'),
      resolution: triggered.filter((event) => event.phase === 'resolution'),
    };
    byPhase.set(scenario, split);
  }
  return split[phase];
}
