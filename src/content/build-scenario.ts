import type { ActionDef, Citation, EndingDef, EventDef, MemoDef, MeterDef, Scenario, StorylineDef } from '../engine';
import { BuildContext, type Provenance } from './build-context';
import { buildEffects } from './build-effects';
import { turnDates } from './calendar-dates';
import type { NameTable } from './expression-compiler';
import type { FindingList } from './findings';
import type { ScenarioFileData } from './scenario-schema';

/** Names an expression can never use as an id: they are operators, functions or built-ins. */
const RESERVED = new Set([
  'turn',
  'capital',
  'and',
  'or',
  'not',
  'is',
  'true',
  'false',
  'null',
  'this',
  'taken',
  'fired',
  'chosen',
  'since',
  'change',
  'min',
  'max',
  'abs',
  'round',
  'constructor',
  'prototype',
]);

function checkUniqueIds(findings: FindingList, groups: readonly (readonly [string, readonly { id: string }[]])[]): void {
  const seen = new Map<string, string>();
  for (const [section, items] of groups) {
    items.forEach((item, index) => {
      const path = [section, index, 'id'];
      if (RESERVED.has(item.id)) findings.error(path, 'reserved-name', `'${item.id}' is a reserved word in expressions; choose another id`);
      const earlier = seen.get(item.id);
      if (earlier !== undefined) findings.error(path, 'duplicate-id', `'${item.id}' is already the id of an item in ${earlier}`);
      else seen.set(item.id, section);
    });
  }
}

function nameTable(data: ScenarioFileData): NameTable {
  return {
    meters: new Map(data.meters.map((meter) => [meter.id, { min: meter.min, max: meter.max }])),
    flags: new Set(data.flags.map((flag) => flag.id)),
    storylines: new Map(data.storylines.map((line) => [line.id, new Set(line.states.map((state) => state.id))])),
    actions: new Map(data.actions.map((action, index) => [action.id, index])),
    events: new Map(data.events.map((event, index) => [event.id, index])),
  };
}

function buildMeters(ctx: BuildContext, data: ScenarioFileData): MeterDef[] {
  return data.meters.map((meter, i) => {
    const path = ['meters', i];
    if (meter.min >= meter.max) {
      ctx.findings.error([...path, 'max'], 'bad-range', `max (${meter.max}) must be greater than min (${meter.min})`);
    }
    if (meter.start < meter.min || meter.start > meter.max) {
      ctx.findings.error([...path, 'start'], 'bad-range', `start (${meter.start}) is outside ${meter.min}..${meter.max}`);
    }
    const rungs = meter.rungs ?? [];
    if (rungs.length > 0 && rungs.length !== meter.max - meter.min + 1) {
      ctx.findings.error(
        [...path, 'rungs'],
        'bad-range',
        `a ladder from ${meter.min} to ${meter.max} needs ${meter.max - meter.min + 1} rungs, not ${rungs.length}`,
      );
    }
    return {
      id: meter.id,
      label: ctx.text(meter.label, [...path, 'label']),
      min: meter.min,
      max: meter.max,
      start: meter.start,
      better: meter.better,
      rungs: rungs.map((rung, r) => ctx.text(rung, [...path, 'rungs', r])),
      description: meter.description === undefined ? null : ctx.text(meter.description, [...path, 'description']),
    };
  });
}

type CitationInput = string | { id: string; at: string };

/** Checks that every citation names a declared source, and normalises citations to {id, at}. */
function citations(
  ctx: BuildContext,
  sources: readonly CitationInput[],
  known: ReadonlySet<string>,
  path: readonly (string | number)[],
): Citation[] {
  return sources.map((citation, i) => {
    const id = typeof citation === 'string' ? citation : citation.id;
    ctx.reference(id, known, 'source', typeof citation === 'string' ? [...path, i] : [...path, i, 'id']);
    return typeof citation === 'string' ? { id } : { id, at: citation.at };
  });
}

function buildActions(
  ctx: BuildContext,
  data: ScenarioFileData,
  known: { families: Set<string>; actors: Set<string>; sources: Set<string> },
): ActionDef[] {
  return data.actions.map((action, i) => {
    const path = ['actions', i];
    ctx.reference(action.family, known.families, 'family', [...path, 'family']);
    action.touches.forEach((actor, t) => ctx.reference(actor, known.actors, 'actor', [...path, 'touches', t]));
    return {
      id: action.id,
      index: i,
      family: action.family,
      cost: action.cost,
      title: ctx.text(action.title, [...path, 'title']),
      text: ctx.text(action.text, [...path, 'text']),
      available: ctx.condition(action.available, [...path, 'available']),
      limit: action.limit ?? null,
      cooldown: action.cooldown,
      touches: action.touches,
      effects: buildEffects(ctx, action.effects, [...path, 'effects']),
      historical: action.historical,
      sources: citations(ctx, action.sources, known.sources, [...path, 'sources']),
    };
  });
}

function buildEvents(ctx: BuildContext, data: ScenarioFileData, known: { actors: Set<string>; sources: Set<string> }): EventDef[] {
  return data.events.map((event, i) => {
    const path = ['events', i];
    if (event.actor !== undefined) ctx.reference(event.actor, known.actors, 'actor', [...path, 'actor']);
    return {
      id: event.id,
      index: i,
      phase: event.phase,
      when: ctx.condition(event.when, [...path, 'when']),
      chance: event.chance,
      repeatable: event.repeatable,
      major: event.major,
      historical: event.historical,
      title: ctx.text(event.title, [...path, 'title']),
      text: ctx.text(event.text, [...path, 'text']),
      ...(event.actor === undefined ? {} : { actor: event.actor }),
      effects: buildEffects(ctx, event.effects, [...path, 'effects']),
      sources: citations(ctx, event.sources, known.sources, [...path, 'sources']),
    };
  });
}

function buildStorylines(ctx: BuildContext, data: ScenarioFileData, sources: Set<string>): StorylineDef[] {
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
    return {
      id: line.id,
      label: ctx.text(line.label, [...path, 'label']),
      initial: line.initial,
      states: line.states.map((state, s) => {
        const statePath = [...path, 'states', s];
        return {
          id: state.id,
          label: ctx.text(state.label, [...statePath, 'label']),
          ...(state.text === undefined ? {} : { text: ctx.text(state.text, [...statePath, 'text']) }),
          final: state.final,
          major: state.major,
          historical: state.historical,
          entry: buildEffects(ctx, state.entry, [...statePath, 'entry']),
          transitions: state.transitions.map((transition, t) => {
            const transitionPath = [...statePath, 'transitions', t];
            ctx.reference(transition.to, stateIds, `state of storyline '${line.id}'`, [...transitionPath, 'to']);
            return { to: transition.to, when: ctx.condition(transition.when, [...transitionPath, 'when']), chance: transition.chance };
          }),
          sources: citations(ctx, state.sources, sources, [...statePath, 'sources']),
        };
      }),
    };
  });
}

function buildEndings(ctx: BuildContext, data: ScenarioFileData, sources: Set<string>): EndingDef[] {
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
      text: ctx.text(ending.text, [...path, 'text']),
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

function buildMemos(ctx: BuildContext, data: ScenarioFileData, known: { actors: Set<string>; sources: Set<string> }): MemoDef[] {
  return data.memos.map((memo, i) => {
    const path = ['memos', i];
    ctx.reference(memo.from, known.actors, 'actor', [...path, 'from']);
    return {
      id: memo.id,
      from: memo.from,
      when: ctx.condition(memo.when, [...path, 'when']),
      title: ctx.text(memo.title, [...path, 'title']),
      text: ctx.text(memo.text, [...path, 'text']),
      sources: citations(ctx, memo.sources, known.sources, [...path, 'sources']),
    };
  });
}

/** Builds the engine's scenario from schema-valid data, reporting every reference and expression problem. */
export function buildScenario(data: ScenarioFileData, findings: FindingList): { scenario: Scenario; provenance: Provenance } {
  checkUniqueIds(findings, [
    ['meters', data.meters],
    ['flags', data.flags],
    ['storylines', data.storylines],
    ['actions', data.actions],
    ['events', data.events],
  ]);
  checkUniqueIds(findings, [['endings', data.endings]]);
  checkUniqueIds(findings, [['memos', data.memos]]);
  checkUniqueIds(findings, [['assertions', data.assertions]]);
  checkUniqueIds(findings, [['actors', data.actors]]);
  checkUniqueIds(findings, [['families', data.families]]);
  checkUniqueIds(findings, [['sources', data.sources]]);
  checkUniqueIds(findings, [['places', data.places]]);
  const ctx = new BuildContext(nameTable(data), data.languages, findings);
  const sources = new Set(data.sources.map((source) => source.id));
  const actors = new Set(data.actors.map((actor) => actor.id));
  const families = new Set(data.families.map((family) => family.id));
  const places = new Set(data.places.map((place) => place.id));
  data.actors.forEach((actor, i) => {
    if (actor.place !== undefined) ctx.reference(actor.place, places, 'place', ['actors', i, 'place']);
  });
  data.debrief.history.forEach((entry, i) => {
    ctx.reference(entry.family, families, 'family', ['debrief', 'history', i, 'family']);
  });
  if (data.capital.start > data.capital.max) {
    findings.error(['capital', 'start'], 'bad-range', `start (${data.capital.start}) is above max (${data.capital.max})`);
  }
  const scenario: Scenario = {
    format: data.format,
    id: data.id,
    version: data.version,
    languages: data.languages,
    title: ctx.text(data.title, ['title']),
    summary: ctx.text(data.summary, ['summary']),
    role: ctx.text(data.role, ['role']),
    startDate: data.calendar.start,
    turns: data.calendar.turns,
    daysPerTurn: data.calendar.days_per_turn,
    turnDates: turnDates(data.calendar.start, data.calendar.turns, data.calendar.days_per_turn),
    capital: {
      label: ctx.text(data.capital.label, ['capital', 'label']),
      start: data.capital.start,
      perTurn: ctx.amount(data.capital.per_turn, ['capital', 'per_turn']),
      max: data.capital.max,
    },
    meters: buildMeters(ctx, data),
    flags: data.flags.map((flag, i) => ({
      id: flag.id,
      start: flag.start,
      ...(flag.label === undefined ? {} : { label: ctx.text(flag.label, ['flags', i, 'label']) }),
    })),
    actors: data.actors.map((actor, i) => ({
      id: actor.id,
      name: ctx.text(actor.name, ['actors', i, 'name']),
      role: ctx.text(actor.role, ['actors', i, 'role']),
      stakeholder: actor.stakeholder,
      ...(actor.place === undefined ? {} : { place: actor.place }),
    })),
    places: data.places.map((place, i) => ({
      id: place.id,
      name: ctx.text(place.name, ['places', i, 'name']),
      lon: place.lon,
      lat: place.lat,
    })),
    families: data.families.map((family, i) => ({ id: family.id, label: ctx.text(family.label, ['families', i, 'label']) })),
    actions: buildActions(ctx, data, { families, actors, sources }),
    events: buildEvents(ctx, data, { actors, sources }),
    storylines: buildStorylines(ctx, data, sources),
    endings: buildEndings(ctx, data, sources),
    memos: buildMemos(ctx, data, { actors, sources }),
    assertions: data.assertions.map((assertion, i) => ({
      id: assertion.id,
      always: ctx.requiredCondition(assertion.always, ['assertions', i, 'always']),
      message: assertion.message,
    })),
    prediction:
      data.prediction === undefined
        ? null
        : {
            question: ctx.text(data.prediction.question, ['prediction', 'question']),
            options: data.prediction.options.map((option, i) => ({
              id: option.id,
              label: ctx.text(option.label, ['prediction', 'options', i, 'label']),
              when: ctx.condition(option.when, ['prediction', 'options', i, 'when']),
            })),
          },
    debrief: {
      history: data.debrief.history.map((entry, i) => ({
        family: entry.family,
        date: entry.date,
        text: ctx.text(entry.text, ['debrief', 'history', i, 'text']),
        sources: citations(ctx, entry.sources, sources, ['debrief', 'history', i, 'sources']),
      })),
      questions: data.debrief.questions.map((question, i) => ctx.text(question, ['debrief', 'questions', i])),
      contentNotes: data.debrief.content_notes.map((note, i) => ctx.text(note, ['debrief', 'content_notes', i])),
    },
    sources: data.sources.map((source) => ({
      id: source.id,
      title: source.title,
      ...(source.url === undefined ? {} : { url: source.url }),
      ...(source.date === undefined ? {} : { date: source.date }),
      ...(source.note === undefined ? {} : { note: source.note }),
    })),
  };
  return { scenario, provenance: ctx.provenance };
}
