import type { Change, GameState, Prediction } from './game-state';
import type { PredictionDef, ResponseDef, Scenario } from './scenario-model';
import { applyEffects } from './apply-effects';
import { decisionProblem, responseOf, type Answers, type DecisionProblem } from './available-actions';
import { calendarAt, modeById } from './calendar';
import { draftOf, finish, record, recordTaken, type Draft } from './draft';
import { reachedEnding } from './endings';
import { fireTriggeredEvents } from './fire-event';
import { offeredActions } from './hand';
import { actionById, eventById } from './lookup';
import { shownText } from './rich-text';
import { onlyTheDate, triggerFacts } from './trigger-facts';

export class DecisionError extends Error {
  constructor(readonly problem: DecisionProblem) {
    super(`decisions cannot be committed: ${problem.kind}`);
    this.name = 'DecisionError';
  }
}

/**
 * The prediction option that turned out right: the first whose condition holds after resolution.
 * In these conditions `change(meter)` counts only what happened after the player decided, since
 * the prediction is about the reaction to their decisions, not about the morning's news.
 */
export function correctPrediction(
  track: PredictionDef,
  game: GameState,
  metersAtDecision: Readonly<Record<string, number>>,
): string | null {
  const view = { ...game, metersAtTurnStart: metersAtDecision };
  const option = track.options.find((candidate) => candidate.when === null || candidate.when.test(view));
  return option?.id ?? null;
}

/** The prediction asked on this turn: the first track whose condition holds as the player decides, if any. */
export function predictionFor(scenario: Scenario, game: GameState): PredictionDef | null {
  return scenario.predictions.find((track) => track.when === null || track.when.test(game)) ?? null;
}

function respond(draft: Draft, scenario: Scenario, event: string, response: ResponseDef, defaulted: boolean): void {
  draft.answered = { ...draft.answered, [event]: response.id };
  const cause = { kind: 'response', event, response: response.id, turn: draft.turn, defaulted } as const;
  const changes: Change[] = [];
  if (response.cost > 0) {
    draft.capital -= response.cost;
    changes.push({ kind: 'capital', delta: -response.cost });
  }
  applyEffects(draft, scenario, response.effects, cause, changes);
  record(draft, 'resolution', { kind: 'response', event, response: response.id }, cause, changes, {
    shown: shownText(response.text, draft),
  });
}

/**
 * The answers to this turn's questions, then the defaults of questions whose deadline is today and
 * that went unanswered (a default costs nothing: it is what happens when Ottawa says nothing).
 */
function answerQuestions(draft: Draft, scenario: Scenario, answers: Answers): Record<string, string> {
  const given: Record<string, string> = {};
  const settled = new Set<string>();
  for (const asked of draft.asked) {
    const chosen = answers[asked.event];
    const decision = eventById(scenario, asked.event).decision;
    if (decision === null) continue;
    if (chosen !== undefined) {
      const response = responseOf(scenario, asked.event, chosen);
      if (response !== null) respond(draft, scenario, asked.event, response, false);
      given[asked.event] = chosen;
      settled.add(asked.event);
    } else if (asked.due <= draft.turn) {
      const fallback = responseOf(scenario, asked.event, decision.fallback);
      if (fallback !== null) respond(draft, scenario, asked.event, { ...fallback, cost: 0 }, true);
      settled.add(asked.event);
    }
  }
  draft.asked = draft.asked.filter((asked) => !settled.has(asked.event));
  // Only the player's own answers: a default is the rules' doing, and replays derive it again.
  return given;
}

/**
 * Resolves the player's decisions for the current turn: answers the questions put to them, pays
 * and applies the chosen actions, fires the reactions, records the turn, then ends the game or
 * moves the calendar on.
 */
export function resolveTurn(
  scenario: Scenario,
  game: GameState,
  decisions: readonly string[],
  prediction: Prediction | null = null,
  answers: Answers = {},
): GameState {
  const problem = decisionProblem(scenario, game, decisions, answers);
  if (problem !== null) throw new DecisionError(problem);
  const offered = offeredActions(scenario, game).map((action) => action.id);
  const track = prediction === null ? null : predictionFor(scenario, game);
  const draft = draftOf(game);
  draft.turns = [...game.turns];
  const given = answerQuestions(draft, scenario, answers);
  for (const id of decisions) {
    const action = actionById(scenario, id);
    const cause = { kind: 'action', action: id, turn: draft.turn } as const;
    const changes: Change[] = [];
    if (action.cost > 0) {
      draft.capital -= action.cost;
      changes.push({ kind: 'capital', delta: -action.cost });
    }
    recordTaken(draft, action.index);
    applyEffects(draft, scenario, action.effects, cause, changes);
    record(draft, 'resolution', { kind: 'action', id }, cause, changes, { shown: shownText(action.text, draft) });
  }
  fireTriggeredEvents(draft, scenario, 'resolution');
  draft.turns.push({
    turn: draft.turn,
    offered,
    decisions: [...decisions],
    answers: given,
    prediction:
      prediction === null || track === null
        ? null
        : { ...prediction, track: track.id, correct: correctPrediction(track, draft, game.meters) },
    metersBefore: game.metersAtTurnStart,
    metersAfter: { ...draft.meters },
  });
  const ending = reachedEnding(scenario, draft);
  if (ending !== null) {
    draft.ending = { id: ending.id, turn: draft.turn };
    const when = ending.when?.expr ?? null;
    const trigger = { facts: when === null ? [] : triggerFacts(when, draft), chance: 1, dated: when === null || onlyTheDate(when) };
    record(draft, 'resolution', { kind: 'ending', id: ending.id }, { kind: 'calendar', turn: draft.turn }, [], { trigger });
  } else {
    draft.turn += 1;
    const calendar = calendarAt(scenario, modeById(scenario, draft.mode), draft.turn);
    draft.day = calendar.day;
    draft.span = calendar.span;
    draft.hand = [];
    // "This turn's change" is measured from here: storyline moves and briefing news count.
    draft.metersAtTurnStart = { ...draft.meters };
  }
  return finish(draft);
}
