import type { Change, GameState, Prediction } from './game-state';
import type { Scenario } from './scenario-model';
import { applyEffects } from './apply-effects';
import { availableActions, decisionProblem, type DecisionProblem } from './available-actions';
import { draftOf, finish, record, recordTaken } from './draft';
import { reachedEnding } from './endings';
import { fireTriggeredEvents } from './fire-event';
import { actionById } from './lookup';

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
export function correctPrediction(scenario: Scenario, game: GameState, metersAtDecision: Readonly<Record<string, number>>): string | null {
  if (scenario.prediction === null) return null;
  const view = { ...game, metersAtTurnStart: metersAtDecision };
  const option = scenario.prediction.options.find((candidate) => candidate.when === null || candidate.when.test(view));
  return option?.id ?? null;
}

/**
 * Resolves the player's decisions for the current turn: pays their cost, applies their effects,
 * fires the reactions, records the turn, then ends the game or moves the calendar on.
 */
export function resolveTurn(
  scenario: Scenario,
  game: GameState,
  decisions: readonly string[],
  prediction: Prediction | null = null,
): GameState {
  const problem = decisionProblem(scenario, game, decisions);
  if (problem !== null) throw new DecisionError(problem);
  const offered = availableActions(scenario, game).map((action) => action.id);
  const draft = draftOf(game);
  draft.turns = [...game.turns];
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
    record(draft, 'resolution', { kind: 'action', id }, cause, changes);
  }
  fireTriggeredEvents(draft, scenario, 'resolution');
  draft.turns.push({
    turn: draft.turn,
    offered,
    decisions: [...decisions],
    prediction: prediction === null ? null : { ...prediction, correct: correctPrediction(scenario, draft, game.meters) },
    metersBefore: game.metersAtTurnStart,
    metersAfter: { ...draft.meters },
  });
  const ending = reachedEnding(scenario, draft);
  if (ending !== null) {
    draft.ending = { id: ending.id, turn: draft.turn };
  } else {
    draft.turn += 1;
    // "This turn's change" is measured from here: storyline moves and briefing news count.
    draft.metersAtTurnStart = { ...draft.meters };
  }
  return finish(draft);
}
