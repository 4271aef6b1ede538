import type { Answers, GameState, Scenario } from '../engine';
import { affordableSelection, openQuestions, responseOf } from '../engine';
import { localize, translate, translateCount, type Language } from './i18n/translate';
import { textNowIn } from './scenario-text';

/** A storyline shown on the desk as a file: where it stands and what moves it, in the scenario's words. */
export interface FileView {
  readonly id: string;
  readonly label: string;
  readonly summary: string;
  readonly state: string;
  readonly hint: string;
  /** Since when it has stood there ("since turn 3"), or nothing when it has not moved yet. */
  readonly since: string;
  /** The states in the order written, with the current one and those reached marked: the file's progress. */
  readonly steps: readonly { readonly label: string; readonly current: boolean; readonly reached: boolean; readonly final: boolean }[];
  readonly closed: boolean;
}

export function fileViews(scenario: Scenario, game: GameState, language: Language): FileView[] {
  const reached = new Set(
    game.chronicle.flatMap((happening) => (happening.what.kind === 'storyline' ? [`${happening.what.id}.${happening.what.state}`] : [])),
  );
  return scenario.storylines.flatMap((line) => {
    if (line.file === null) return [];
    const current = game.storylines[line.id] ?? line.initial;
    const state = line.states.find((candidate) => candidate.id === current);
    const since = game.storylinesSince[line.id] ?? 0;
    return [
      {
        id: line.id,
        label: localize(line.label, language),
        summary: localize(line.file.summary ?? undefined, language),
        state: localize(state?.label, language),
        hint: localize(state?.hint ?? undefined, language),
        since: since === 0 ? '' : translate(language, 'files.since', { turn: since }),
        steps: line.states.map((candidate) => ({
          label: localize(candidate.label, language),
          current: candidate.id === current,
          reached: candidate.id === line.initial || reached.has(`${line.id}.${candidate.id}`),
          final: candidate.final,
        })),
        closed: state?.final === true,
      },
    ];
  });
}

export interface ResponseView {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  readonly cost: number;
  readonly touches: readonly string[];
  readonly places: readonly string[];
  readonly chosen: boolean;
  readonly affordable: boolean;
}

/** A question an event puts to the player: its answers, how long they have, and what happens if they say nothing. */
export interface QuestionView {
  readonly event: string;
  readonly title: string;
  readonly prompt: string;
  readonly deadline: string;
  /** "If you do not answer: …" */
  readonly fallback: string;
  readonly responses: readonly ResponseView[];
}

export function questionViews(
  scenario: Scenario,
  game: GameState,
  selected: readonly string[],
  answers: Answers,
  language: Language,
): QuestionView[] {
  const { left } = affordableSelection(scenario, game, selected, answers);
  const name = (id: string): string => localize(scenario.actors.find((actor) => actor.id === id)?.name, language);
  const place = (id: string): string[] => {
    const found = scenario.actors.find((actor) => actor.id === id)?.place;
    return found === undefined ? [] : [found];
  };
  return openQuestions(scenario, game).flatMap((question) => {
    const { decision } = question.def;
    if (decision === null) return [];
    const turnsToAnswer = question.due - game.turn;
    const chosenId = answers[question.event];
    const chosenCost = chosenId === undefined ? 0 : (responseOf(scenario, question.event, chosenId)?.cost ?? 0);
    return [
      {
        event: question.event,
        title: localize(question.def.title, language),
        prompt: localize(decision.prompt, language),
        deadline: turnsToAnswer <= 0 ? translate(language, 'question.dueNow') : translateCount(language, 'question.dueIn', turnsToAnswer),
        fallback: translate(language, 'question.fallback', {
          response: localize(responseOf(scenario, question.event, decision.fallback)?.title, language),
        }),
        responses: decision.responses.map((response) => ({
          id: response.id,
          title: localize(response.title, language),
          text: textNowIn(response.text, game, language),
          cost: response.cost,
          touches: response.touches.map(name),
          places: [...new Set(response.touches.flatMap(place))],
          chosen: chosenId === response.id,
          // Switching answers frees the capital of the answer it replaces.
          affordable: chosenId === response.id || response.cost <= left + chosenCost,
        })),
      },
    ];
  });
}
