import type { MeterDef, PredictionDef, Scenario } from '../engine';
import { BuildContext, type Provenance } from './build-context';
import { buildModes } from './build-calendar';
import { buildActions, buildEvents, buildMemos, citations } from './build-options';
import { buildEndings, buildEpilogues, buildStorylines } from './build-story';
import type { NameTable } from './expression-compiler';
import type { FindingList } from './findings';
import type { ScenarioFileData } from './scenario-schema';

/** The name of the one length of game a scenario without modes has, in the languages the game speaks. */
const FULL_GAME = { en: 'Full game', fr: 'Partie complète' };

/** Names an expression can never use as an id: they are operators, functions or built-ins. */
const RESERVED = new Set([
  'turn',
  'capital',
  'date',
  'days',
  'turns_left',
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
  'answered',
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
    start: data.calendar.start,
    questions: new Map(
      data.events.flatMap((event) =>
        event.decision === undefined ? [] : [[event.id, new Set(event.decision.responses.map((r) => r.id))] as const],
      ),
    ),
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
    meter.marks.forEach((mark, m) => {
      if (mark.at < meter.min || mark.at > meter.max) {
        ctx.findings.error([...path, 'marks', m, 'at'], 'bad-range', `a mark at ${mark.at} is outside ${meter.min}..${meter.max}`);
      }
    });
    return {
      id: meter.id,
      label: ctx.text(meter.label, [...path, 'label']),
      min: meter.min,
      max: meter.max,
      start: meter.start,
      better: meter.better,
      rungs: rungs.map((rung, r) => ctx.text(rung, [...path, 'rungs', r])),
      description: meter.description === undefined ? null : ctx.text(meter.description, [...path, 'description']),
      marks: meter.marks.map((mark, m) => ({
        at: mark.at,
        label: ctx.text(mark.label, [...path, 'marks', m, 'label']),
        danger: mark.danger,
      })),
    };
  });
}

/** The prediction tracks: format 2's single `prediction` is one track, asked every turn. */
function buildPredictions(ctx: BuildContext, data: ScenarioFileData): PredictionDef[] {
  if (data.prediction !== undefined && data.predictions.length > 0) {
    ctx.findings.error(
      ['prediction'],
      'effect-shape',
      'give either prediction or predictions, not both',
      'move the question into predictions',
    );
  }
  const tracks =
    data.prediction === undefined
      ? data.predictions.map((track, i) => ({ track, path: ['predictions', i] }))
      : [{ track: { id: 'main', ...data.prediction }, path: ['prediction'] }];
  return tracks.map(({ track, path }) => ({
    id: track.id,
    when: 'when' in track ? ctx.condition(track.when, [...path, 'when']) : null,
    question: ctx.text(track.question, [...path, 'question']),
    options: track.options.map((option, i) => ({
      id: option.id,
      label: ctx.text(option.label, [...path, 'options', i, 'label']),
      when: ctx.condition(option.when, [...path, 'options', i, 'when']),
    })),
  }));
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
  checkUniqueIds(findings, [['epilogues', data.epilogues]]);
  checkUniqueIds(findings, [['roles', data.roles]]);
  const names = nameTable(data);
  const ctx = new BuildContext(names, data.languages, findings);
  const sources = new Set(data.sources.map((source) => source.id));
  const actors = new Set(data.actors.map((actor) => actor.id));
  const families = new Set(data.families.map((family) => family.id));
  const places = new Set(data.places.map((place) => place.id));
  const known = { families, actors, sources, actions: names.actions };
  if (data.player?.actor !== undefined) ctx.reference(data.player.actor, actors, 'actor', ['player', 'actor']);
  for (const role of ['home', 'counterpart'] as const) {
    const holders = data.places.flatMap((place, i) => (place.role === role ? [i] : []));
    for (const extra of holders.slice(1)) {
      findings.error(
        ['places', extra, 'role'],
        'duplicate-role',
        `only one place can be the ${role}`,
        `places[${holders[0] ?? 0}] already is`,
      );
    }
  }
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
    player: data.player === undefined ? null : { name: ctx.text(data.player.name, ['player', 'name']), actor: data.player.actor ?? null },
    startDate: data.calendar.start,
    modes: buildModes(ctx, data, FULL_GAME),
    hand: { size: data.hand?.size ?? null },
    map: data.map ?? null,
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
      role: place.role,
    })),
    families: data.families.map((family, i) => ({ id: family.id, label: ctx.text(family.label, ['families', i, 'label']) })),
    actions: buildActions(ctx, data, known),
    events: buildEvents(ctx, data, known),
    storylines: buildStorylines(ctx, data, sources),
    endings: buildEndings(ctx, data, sources),
    epilogues: buildEpilogues(ctx, data),
    roles: data.roles.map((role, i) => ({
      id: role.id,
      name: ctx.text(role.name, ['roles', i, 'name']),
      brief: ctx.text(role.brief, ['roles', i, 'brief']),
      interests: role.interests.map((interest, n) => ({
        label: ctx.text(interest.label, ['roles', i, 'interests', n, 'label']),
        when: ctx.requiredCondition(interest.when, ['roles', i, 'interests', n, 'when']),
      })),
    })),
    memos: buildMemos(ctx, data, known),
    assertions: data.assertions.map((assertion, i) => ({
      id: assertion.id,
      always: ctx.requiredCondition(assertion.always, ['assertions', i, 'always']),
      message: assertion.message,
    })),
    predictions: buildPredictions(ctx, data),
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
