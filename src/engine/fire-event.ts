import type { Cause, Change, Trigger } from './game-state';
import type { EventDef, Scenario } from './scenario-model';
import { applyEffects } from './apply-effects';
import { chanceOf, record, recordFired, roll, type Draft } from './draft';
import { triggeredEvents } from './lookup';
import { shownText } from './rich-text';
import { onlyTheDate, triggerFacts } from './trigger-facts';

/**
 * Fires an event: applies its effects and records it with its cause and how its text read right
 * after. An event that asks the player something puts its question on the desk until its deadline.
 */
export function fireEvent(
  draft: Draft,
  scenario: Scenario,
  event: EventDef,
  cause: Cause,
  phase: EventDef['phase'],
  trigger?: Trigger,
): void {
  const changes: Change[] = [];
  recordFired(draft, event.index);
  applyEffects(draft, scenario, event.effects, cause, changes);
  record(draft, phase, { kind: 'event', id: event.id }, cause, changes, { trigger, shown: shownText(event.text, draft) });
  const { decision } = event;
  if (decision !== null && !draft.asked.some((asked) => asked.event === event.id)) {
    // Asked among the reactions, a question can first be answered on the next turn.
    const first = phase === 'resolution' ? draft.turn + 1 : draft.turn;
    draft.asked.push({ event: event.id, turn: draft.turn, due: first + decision.deadline });
  }
}

function firedThisTurn(draft: Draft, index: number): boolean {
  return (draft.fired[index] ?? []).at(-1) === draft.turn;
}

/** Fires, in declaration order, each event of the phase whose condition holds and whose chance comes up. */
export function fireTriggeredEvents(draft: Draft, scenario: Scenario, phase: EventDef['phase']): void {
  for (const event of triggeredEvents(scenario, phase)) {
    if (event.when === null) continue;
    const everFired = (draft.fired[event.index] ?? []).length > 0;
    if ((everFired && !event.repeatable) || firedThisTurn(draft, event.index)) continue;
    if (!event.when.test(draft)) continue;
    const chance = chanceOf(event.chance, draft);
    if (!roll(draft, chance)) continue;
    // Taken down before the event's own effects change the state it fired on.
    const trigger = { facts: triggerFacts(event.when.expr, draft), chance, dated: onlyTheDate(event.when.expr) };
    fireEvent(draft, scenario, event, { kind: 'event', event: event.id, turn: draft.turn }, phase, trigger);
  }
}
