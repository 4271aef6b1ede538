import type { ActionDef, EndingDef, EventDef, MeterDef, Scenario, StorylineDef, StorylineStateDef } from './scenario-model';

/**
 * Lookups by id. The loader guarantees that every id the engine meets is declared, so a miss
 * here is a bug in the engine or the loader, never bad content: it throws.
 */
function find<T extends { readonly id: string }>(items: readonly T[], id: string, what: string): T {
  const item = items.find((candidate) => candidate.id === id);
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
