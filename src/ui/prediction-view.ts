import type { GameState, Scenario } from '../engine';
import { predictionFor } from '../engine';
import { localize, type Language } from './i18n/translate';

/** An option of a prediction track in words; the id itself when the scenario no longer has it. */
export function predictionLabel(scenario: Scenario, track: string, option: string | null, language: Language): string {
  const found = scenario.predictions.find((candidate) => candidate.id === track)?.options.find((candidate) => candidate.id === option);
  return found === undefined ? (option ?? '') : localize(found.label, language);
}

export interface PredictionAsk {
  readonly track: string;
  readonly question: string;
  readonly options: readonly { readonly id: string; readonly label: string }[];
}

/** What this turn asks the player to predict, if anything: the track, its question, its options. */
export function predictionAsked(scenario: Scenario, game: GameState, language: Language): PredictionAsk | null {
  const track = predictionFor(scenario, game);
  if (track === null) return null;
  return {
    track: track.id,
    question: localize(track.question, language),
    options: track.options.map((option) => ({ id: option.id, label: localize(option.label, language) })),
  };
}
