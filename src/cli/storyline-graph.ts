import type { Scenario } from '../engine';

/** Each storyline as a Mermaid state diagram: the statechart a designer wrote, drawn as a graph. */
export function storylineGraphs(scenario: Scenario, only?: string): string {
  const blocks = scenario.storylines
    .filter((line) => only === undefined || line.id === only)
    .map((line) => {
      const rows = [`%% storyline ${line.id}`, 'stateDiagram-v2', `  [*] --> ${line.initial}`];
      for (const state of line.states) {
        for (const transition of state.transitions) {
          const label = [transition.when?.source, transition.chance.source !== '1' ? `chance ${transition.chance.source}` : undefined]
            .filter((part) => part !== undefined)
            .join(', ');
          rows.push(`  ${state.id} --> ${transition.to}${label === '' ? '' : `: ${label.replace(/[:;]/g, ' ')}`}`);
        }
        if (state.final) rows.push(`  ${state.id} --> [*]`);
      }
      return rows.join('\n');
    });
  return blocks.length === 0 ? '%% no storylines\n' : `${blocks.join('\n\n')}\n`;
}
