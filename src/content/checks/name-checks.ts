import type { Scenario } from '../../engine';
import type { FindingList } from '../findings';
import type { Usage } from './usage';

/** Declared names that nothing uses, or that are used but never change: likely typos or leftovers. */
export function nameChecks(scenario: Scenario, usage: Usage, findings: FindingList): void {
  scenario.meters.forEach((meter, i) => {
    const path = ['meters', i, 'id'];
    const read = usage.meterReads.has(meter.id);
    const written = usage.meterWrites.has(meter.id);
    if (!read && !written) findings.warn(path, 'unused-meter', `nothing reads or changes the meter '${meter.id}'`);
    else if (!written) findings.warn(path, 'meter-never-changes', `nothing changes '${meter.id}': it stays at ${meter.start}`);
  });
  scenario.flags.forEach((flag, i) => {
    const path = ['flags', i, 'id'];
    const read = usage.flagReads.has(flag.id);
    const written = usage.flagWrites.has(flag.id);
    if (!read && !written) findings.warn(path, 'unused-flag', `nothing reads or sets the flag '${flag.id}'`);
    else if (!written) findings.warn(path, 'flag-never-set', `nothing sets '${flag.id}': it stays ${String(flag.start)}`);
    else if (!read) findings.warn(path, 'flag-never-read', `'${flag.id}' is set but no condition reads it`);
  });
  scenario.actors.forEach((actor, i) => {
    if (!usage.actorsUsed.has(actor.id)) {
      findings.warn(['actors', i, 'id'], 'unused-actor', `no action, event or memo involves '${actor.id}'`);
    }
  });
  scenario.families.forEach((family, i) => {
    if (!scenario.actions.some((action) => action.family === family.id)) {
      findings.warn(['families', i, 'id'], 'unused-family', `no action belongs to the family '${family.id}'`);
    }
  });
  scenario.sources.forEach((source, i) => {
    if (!usage.sourcesCited.has(source.id)) findings.warn(['sources', i, 'id'], 'unused-source', `nothing cites the source '${source.id}'`);
  });
  if (scenario.sources.length > 0) {
    const uncited = (items: readonly { readonly id: string; readonly sources: readonly unknown[] }[], section: string): void => {
      items.forEach((item, i) => {
        if (item.sources.length === 0) {
          findings.warn([section, i, 'id'], 'no-source', `'${item.id}' cites no source`, 'add sources: [source_id]');
        }
      });
    };
    uncited(scenario.actions, 'actions');
    uncited(scenario.events, 'events');
  }
}
