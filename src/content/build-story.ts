import type { EndingDef, EpilogueDef, StorylineDef } from '../engine';
import type { BuildContext } from './build-context';
import { buildEffects } from './build-effects';
import { citations } from './build-options';
import type { ScenarioFileData } from './scenario-schema';

export function buildStorylines(ctx: BuildContext, data: ScenarioFileData, sources: ReadonlySet<string>): StorylineDef[] {
  return data.storylines.map((line, i) => {
    const path = ['storylines', i];
    const stateIds = new Set<string>();
    line.states.forEach((state, s) => {
      if (stateIds.has(state.id)) {
        ctx.findings.error([...path, 'states', s, 'id'], 'duplicate-id', `storyline '${line.id}' already has a state '${state.id}'`);
      }
      stateIds.add(state.id);
    });
    ctx.reference(line.initial, stateIds, `state of storyline '${line.id}'`, [...path, 'initial']);
    const file =
      line.file === false ? null : { summary: line.file === true ? null : ctx.text(line.file.summary, [...path, 'file', 'summary']) };
    return {
      id: line.id,
      label: ctx.text(line.label, [...path, 'label']),
      initial: line.initial,
      file,
      states: line.states.map((state, s) => {
        const statePath = [...path, 'states', s];
        return {
          id: state.id,
          label: ctx.text(state.label, [...statePath, 'label']),
          ...(state.text === undefined ? {} : { text: ctx.richText(state.text, [...statePath, 'text']) }),
          hint: state.hint === undefined ? null : ctx.text(state.hint, [...statePath, 'hint']),
          final: state.final,
          major: state.major,
          historical: state.historical,
          entry: buildEffects(ctx, state.entry, [...statePath, 'entry']),
          transitions: state.transitions.map((transition, t) => {
            const transitionPath = [...statePath, 'transitions', t];
            ctx.reference(transition.to, stateIds, `state of storyline '${line.id}'`, [...transitionPath, 'to']);
            return {
              to: transition.to,
              when: ctx.condition(transition.when, [...transitionPath, 'when']),
              chance: ctx.chance(transition.chance, [...transitionPath, 'chance']),
            };
          }),
          sources: citations(ctx, state.sources, sources, [...statePath, 'sources']),
        };
      }),
    };
  });
}

export function buildEndings(ctx: BuildContext, data: ScenarioFileData, sources: ReadonlySet<string>): EndingDef[] {
  const endings = data.endings.map((ending, i): EndingDef => {
    const path = ['endings', i];
    if (ending.when === undefined && !ending.at_end) {
      ctx.findings.error(
        path,
        'ending-always',
        `ending '${ending.id}' has no condition, so it would end the game on the first turn`,
        'add a when: condition, or at_end: true',
      );
    }
    return {
      id: ending.id,
      when: ctx.condition(ending.when, [...path, 'when']),
      priority: ending.priority,
      atEnd: ending.at_end,
      tone: ending.tone,
      historical: ending.historical,
      title: ctx.text(ending.title, [...path, 'title']),
      text: ctx.richText(ending.text, [...path, 'text']),
      sources: citations(ctx, ending.sources, sources, [...path, 'sources']),
    };
  });
  if (!data.endings.some((ending) => ending.at_end && ending.when === undefined)) {
    ctx.findings.error(
      ['endings'],
      'no-fallback-ending',
      'no ending is sure to be reached when the calendar runs out',
      'add an ending with at_end: true and no when:',
    );
  }
  return endings;
}

export function buildEpilogues(ctx: BuildContext, data: ScenarioFileData): EpilogueDef[] {
  return data.epilogues.map((epilogue, i) => ({
    id: epilogue.id,
    label: ctx.text(epilogue.label, ['epilogues', i, 'label']),
    text: ctx.richText(epilogue.text, ['epilogues', i, 'text']),
  }));
}
