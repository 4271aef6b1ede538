import type { Citation, GameState, Scenario } from '../engine';
import { actionById, endingById, turnDate } from '../engine';
import { stories, type StoryView } from './story-view';
import { formatDate, localize, type Language } from './i18n/translate';
import { textNowIn } from './scenario-text';
import { predictionLabel } from './prediction-view';

/** Read-only view models for the debrief: what the class discusses after a game. */

export interface TimelineTurn {
  readonly turn: number;
  readonly date: string;
  readonly news: readonly StoryView[];
  readonly decisions: readonly StoryView[];
  readonly reactions: readonly StoryView[];
  readonly prediction: { readonly guess: string; readonly actual: string; readonly right: boolean; readonly reason: string } | null;
}

export function timeline(scenario: Scenario, game: GameState, language: Language): TimelineTurn[] {
  return game.turns.map((record) => {
    const resolution = stories(scenario, game, record.turn, 'resolution', language);
    const option = (id: string | null): string => predictionLabel(scenario, record.prediction?.track ?? '', id, language);
    return {
      turn: record.turn,
      date: formatDate(language, turnDate(scenario, game, record.turn)),
      news: stories(scenario, game, record.turn, 'briefing', language),
      decisions: resolution.filter((story) => story.fromPlayer),
      reactions: resolution.filter((story) => !story.fromPlayer),
      prediction:
        record.prediction === null
          ? null
          : {
              guess: option(record.prediction.option),
              actual: option(record.prediction.correct),
              right: record.prediction.option === record.prediction.correct,
              reason: record.prediction.reason,
            },
    };
  });
}

export interface MeterSeries {
  readonly id: string;
  readonly label: string;
  readonly min: number;
  readonly max: number;
  readonly better: 'higher' | 'lower';
  readonly ladder: boolean;
  /** The value at the start (index 0) and after each turn. */
  readonly values: readonly number[];
}

export function meterSeries(scenario: Scenario, game: GameState, language: Language): MeterSeries[] {
  return scenario.meters.map((meter) => ({
    id: meter.id,
    label: localize(meter.label, language),
    min: meter.min,
    max: meter.max,
    better: meter.better,
    ladder: meter.rungs.length > 0,
    values: [meter.start, ...game.turns.map((record) => record.metersAfter[meter.id] ?? meter.start)],
  }));
}

export interface RoadNotTaken {
  readonly family: string;
  readonly actions: readonly { readonly title: string; readonly turns: string; readonly historical: boolean }[];
}

/** Options the player was offered but never chose, by family, with the turns they were open. */
export function roadsNotTaken(scenario: Scenario, game: GameState, language: Language): RoadNotTaken[] {
  const chosen = new Set(game.turns.flatMap((record) => record.decisions));
  const offered = new Map<string, number[]>();
  for (const record of game.turns) {
    for (const id of record.offered) if (!chosen.has(id)) offered.set(id, [...(offered.get(id) ?? []), record.turn]);
  }
  return scenario.families
    .map((family) => ({
      family: localize(family.label, language),
      actions: scenario.actions
        .filter((action) => action.family === family.id && offered.has(action.id))
        .map((action) => {
          const turns = offered.get(action.id) ?? [];
          const span = turns.length === 1 ? String(turns[0]) : `${turns[0]}–${turns.at(-1)}`;
          return { title: localize(action.title, language), turns: span, historical: action.historical };
        }),
    }))
    .filter((row) => row.actions.length > 0);
}

export interface SourceView {
  readonly id: string;
  readonly title: string;
  readonly url: string | null;
  readonly date: string | null;
  readonly at: string | null;
}

function sourceViews(scenario: Scenario, citations: readonly Citation[]): SourceView[] {
  return citations.flatMap((citation) => {
    const source = scenario.sources.find((candidate) => candidate.id === citation.id);
    return source === undefined
      ? []
      : [{ id: source.id, title: source.title, url: source.url ?? null, date: source.date ?? null, at: citation.at ?? null }];
  });
}

export interface PathComparison {
  readonly family: string;
  readonly yours: readonly { readonly title: string; readonly turn: number; readonly historical: boolean }[];
  /** Each entry cites sources by their number in the bibliography (`sourcesMet`). */
  readonly history: readonly { readonly date: string; readonly text: string; readonly refs: readonly number[] }[];
}

/** "Your path vs what really happened", family by family, with dated, sourced history. */
export function pathVersusHistory(scenario: Scenario, game: GameState, language: Language): PathComparison[] {
  const bibliography = sourcesMet(scenario, game);
  return scenario.families.map((family) => ({
    family: localize(family.label, language),
    yours: game.turns.flatMap((record) =>
      record.decisions
        .map((id) => actionById(scenario, id))
        .filter((action) => action.family === family.id)
        .map((action) => ({ title: localize(action.title, language), turn: record.turn, historical: action.historical })),
    ),
    history: scenario.debrief.history
      .filter((entry) => entry.family === family.id)
      .map((entry) => ({
        date: formatDate(language, entry.date),
        text: localize(entry.text, language),
        refs: entry.sources.map((citation) => bibliography.findIndex((source) => source.id === citation.id) + 1).filter((ref) => ref > 0),
      })),
  }));
}

export interface PredictionScore {
  readonly made: number;
  readonly right: number;
}

export function predictionScore(game: GameState): PredictionScore {
  const made = game.turns.filter((record) => record.prediction !== null);
  return { made: made.length, right: made.filter((record) => record.prediction?.option === record.prediction?.correct).length };
}

export interface EndingView {
  readonly title: string;
  readonly text: string;
  readonly tone: 'good' | 'mixed' | 'bad';
  readonly historical: boolean;
  readonly turn: number;
  readonly sources: readonly SourceView[];
}

export function endingView(scenario: Scenario, game: GameState, language: Language): EndingView | null {
  if (game.ending === null) return null;
  const ending = endingById(scenario, game.ending.id);
  return {
    title: localize(ending.title, language),
    text: textNowIn(ending.text, game, language),
    tone: ending.tone,
    historical: ending.historical,
    turn: game.ending.turn,
    sources: sourceViews(scenario, ending.sources),
  };
}

/** The bibliography: every source behind what this player met (their actions, the events that fired, the ending) and the history, by date. */
export function sourcesMet(scenario: Scenario, game: GameState): SourceView[] {
  const cited: Citation[] = [];
  for (const happening of game.chronicle) {
    const { what } = happening;
    if (what.kind === 'action') cited.push(...actionById(scenario, what.id).sources);
    if (what.kind === 'event') cited.push(...(scenario.events.find((event) => event.id === what.id)?.sources ?? []));
  }
  if (game.ending !== null) cited.push(...endingById(scenario, game.ending.id).sources);
  for (const entry of scenario.debrief.history) cited.push(...entry.sources);
  const seen = new Set<string>();
  return sourceViews(
    scenario,
    cited.filter((citation) => {
      if (seen.has(citation.id)) return false;
      seen.add(citation.id);
      return true;
    }),
  )
    .map((source) => ({ ...source, at: null }))
    .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.title.localeCompare(b.title));
}

export interface EpilogueView {
  readonly id: string;
  readonly label: string;
  readonly text: string;
}

/** What became of each stakeholder, in the words that fit the state the game ended in. */
export function epilogueViews(scenario: Scenario, game: GameState, language: Language): EpilogueView[] {
  if (game.ending === null) return [];
  return scenario.epilogues
    .map((epilogue) => ({ id: epilogue.id, label: localize(epilogue.label, language), text: textNowIn(epilogue.text, game, language) }))
    .filter((epilogue) => epilogue.text.trim() !== '');
}

/** How the debrief names the real decision maker, when the scenario says who the player is. */
export function playerName(scenario: Scenario, language: Language): string | null {
  return scenario.player === null ? null : localize(scenario.player.name, language);
}
