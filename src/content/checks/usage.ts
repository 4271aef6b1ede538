import { walkExpr, type Scenario } from '../../engine';
import type { Provenance } from '../build-context';

/** Who reads and who writes each declared name: the basis of the "unused" and "never" checks. */
export interface Usage {
  readonly meterReads: Set<string>;
  readonly meterWrites: Set<string>;
  readonly flagReads: Set<string>;
  /** The values each flag is ever set to. */
  readonly flagWrites: Map<string, Set<boolean>>;
  readonly scheduledEvents: Set<string>;
  readonly actionReads: Set<string>;
  readonly eventReads: Set<string>;
  readonly storylineReads: Set<string>;
  readonly actorsUsed: Set<string>;
  readonly sourcesCited: Set<string>;
}

export function usageOf(scenario: Scenario, provenance: Provenance): Usage {
  const usage: Usage = {
    meterReads: new Set(),
    meterWrites: new Set(),
    flagReads: new Set(),
    flagWrites: new Map(),
    scheduledEvents: new Set(),
    actionReads: new Set(),
    eventReads: new Set(),
    storylineReads: new Set(),
    actorsUsed: new Set(),
    sourcesCited: new Set(),
  };
  for (const { expr } of provenance.expressions) {
    for (const node of walkExpr(expr)) {
      switch (node.kind) {
        case 'meter':
          usage.meterReads.add(node.id);
          break;
        case 'change':
          usage.meterReads.add(node.meter);
          break;
        case 'flag':
          usage.flagReads.add(node.id);
          break;
        case 'storyline-is':
          usage.storylineReads.add(node.storyline);
          break;
        case 'count':
        case 'since':
          (node.of === 'action' ? usage.actionReads : node.of === 'event' ? usage.eventReads : usage.storylineReads).add(node.id);
          break;
        case 'chosen':
          usage.actionReads.add(node.action);
          break;
        default:
          break;
      }
    }
  }
  for (const { effect } of provenance.effects) {
    if (effect.kind === 'adjust' || effect.kind === 'set-meter') usage.meterWrites.add(effect.meter);
    if (effect.kind === 'set-flag') {
      const values = usage.flagWrites.get(effect.flag) ?? new Set<boolean>();
      values.add(effect.value);
      usage.flagWrites.set(effect.flag, values);
    }
    if (effect.kind === 'schedule') usage.scheduledEvents.add(effect.event);
  }
  for (const action of scenario.actions) for (const actor of action.touches) usage.actorsUsed.add(actor);
  for (const event of scenario.events) {
    for (const response of event.decision?.responses ?? []) for (const actor of response.touches) usage.actorsUsed.add(actor);
  }
  if (scenario.player !== null && scenario.player.actor !== null) usage.actorsUsed.add(scenario.player.actor);
  for (const event of scenario.events) if (event.actor !== undefined) usage.actorsUsed.add(event.actor);
  for (const memo of scenario.memos) usage.actorsUsed.add(memo.from);
  const cite = (items: readonly { readonly sources: readonly { readonly id: string }[] }[]): void => {
    for (const item of items) for (const citation of item.sources) usage.sourcesCited.add(citation.id);
  };
  cite(scenario.actions);
  cite(scenario.events);
  for (const event of scenario.events) cite(event.decision?.responses ?? []);
  cite(scenario.endings);
  cite(scenario.memos);
  cite(scenario.debrief.history);
  for (const line of scenario.storylines) cite(line.states);
  return usage;
}
