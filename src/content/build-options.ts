import type { ActionDef, Citation, DecisionDef, EventDef, MemoDef } from '../engine';
import type { BuildContext } from './build-context';
import { buildEffects } from './build-effects';
import type { ScenarioFileData } from './scenario-schema';
import type { Path } from './yaml-source';

type CitationInput = string | { id: string; at: string };

/** Checks that every citation names a declared source, and normalises citations to {id, at}. */
export function citations(ctx: BuildContext, sources: readonly CitationInput[], known: ReadonlySet<string>, path: Path): Citation[] {
  return sources.map((citation, i) => {
    const id = typeof citation === 'string' ? citation : citation.id;
    ctx.reference(id, known, 'source', typeof citation === 'string' ? [...path, i] : [...path, i, 'id']);
    return typeof citation === 'string' ? { id } : { id, at: citation.at };
  });
}

export interface Known {
  readonly families: ReadonlySet<string>;
  readonly actors: ReadonlySet<string>;
  readonly sources: ReadonlySet<string>;
  readonly actions: ReadonlyMap<string, number>;
}

/** The actions, with alternatives made mutual: if A excludes B, B excludes A. */
export function buildActions(ctx: BuildContext, data: ScenarioFileData, known: Known): ActionDef[] {
  const excluded = new Map<string, Set<string>>(data.actions.map((action) => [action.id, new Set<string>()]));
  data.actions.forEach((action, i) =>
    action.excludes.forEach((other, e) => {
      const path = ['actions', i, 'excludes', e];
      if (other === action.id) ctx.findings.error(path, 'bad-reference', `'${action.id}' cannot exclude itself`);
      else if (ctx.reference(other, known.actions, 'action', path)) {
        excluded.get(action.id)?.add(other);
        excluded.get(other)?.add(action.id);
      }
    }),
  );
  return data.actions.map((action, i) => {
    const path = ['actions', i];
    ctx.reference(action.family, known.families, 'family', [...path, 'family']);
    action.touches.forEach((actor, t) => ctx.reference(actor, known.actors, 'actor', [...path, 'touches', t]));
    const excludes = [...(excluded.get(action.id) ?? [])];
    return {
      id: action.id,
      index: i,
      family: action.family,
      cost: action.cost,
      title: ctx.text(action.title, [...path, 'title']),
      text: ctx.richText(action.text, [...path, 'text']),
      available: ctx.condition(action.available, [...path, 'available']),
      limit: action.limit ?? null,
      cooldown: action.cooldown,
      touches: action.touches,
      effects: buildEffects(ctx, action.effects, [...path, 'effects']),
      historical: action.historical,
      sources: citations(ctx, action.sources, known.sources, [...path, 'sources']),
      standing: action.standing,
      priority: ctx.amount(action.priority, [...path, 'priority']),
      excludes,
      excludesAt: excludes.map((id) => known.actions.get(id) ?? -1),
    };
  });
}

type EventInput = ScenarioFileData['events'][number];

function buildDecision(ctx: BuildContext, input: NonNullable<EventInput['decision']>, known: Known, path: Path): DecisionDef {
  const ids = new Set<string>();
  const responses = input.responses.map((response, r) => {
    const at = [...path, 'responses', r];
    if (ids.has(response.id)) ctx.findings.error([...at, 'id'], 'duplicate-id', `this question already has a response '${response.id}'`);
    ids.add(response.id);
    response.touches.forEach((actor, t) => ctx.reference(actor, known.actors, 'actor', [...at, 'touches', t]));
    return {
      id: response.id,
      title: ctx.text(response.title, [...at, 'title']),
      text: ctx.richText(response.text, [...at, 'text']),
      cost: response.cost,
      touches: response.touches,
      effects: buildEffects(ctx, response.effects, [...at, 'effects']),
      historical: response.historical,
      sources: citations(ctx, response.sources, known.sources, [...at, 'sources']),
    };
  });
  ctx.reference(input.default, ids, 'response', [...path, 'default']);
  return { prompt: ctx.text(input.prompt, [...path, 'prompt']), responses, deadline: input.deadline, fallback: input.default };
}

export function buildEvents(ctx: BuildContext, data: ScenarioFileData, known: Known): EventDef[] {
  return data.events.map((event, i) => {
    const path = ['events', i];
    if (event.actor !== undefined) ctx.reference(event.actor, known.actors, 'actor', [...path, 'actor']);
    return {
      id: event.id,
      index: i,
      phase: event.phase,
      when: ctx.condition(event.when, [...path, 'when']),
      chance: ctx.chance(event.chance, [...path, 'chance']),
      repeatable: event.repeatable,
      major: event.major,
      historical: event.historical,
      title: ctx.text(event.title, [...path, 'title']),
      text: ctx.richText(event.text, [...path, 'text']),
      ...(event.actor === undefined ? {} : { actor: event.actor }),
      effects: buildEffects(ctx, event.effects, [...path, 'effects']),
      sources: citations(ctx, event.sources, known.sources, [...path, 'sources']),
      decision: event.decision === undefined ? null : buildDecision(ctx, event.decision, known, [...path, 'decision']),
    };
  });
}

export function buildMemos(ctx: BuildContext, data: ScenarioFileData, known: Known): MemoDef[] {
  return data.memos.map((memo, i) => {
    const path = ['memos', i];
    ctx.reference(memo.from, known.actors, 'actor', [...path, 'from']);
    return {
      id: memo.id,
      from: memo.from,
      when: ctx.condition(memo.when, [...path, 'when']),
      title: ctx.text(memo.title, [...path, 'title']),
      text: ctx.richText(memo.text, [...path, 'text']),
      sources: citations(ctx, memo.sources, known.sources, [...path, 'sources']),
    };
  });
}
