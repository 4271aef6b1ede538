/** The engine's public surface: pure, deterministic rules over plain data. */
export type {
  Asked,
  Cause,
  Change,
  Fact,
  GameState,
  Happening,
  HappeningSubject,
  Prediction,
  Scheduled,
  ShownText,
  Trigger,
  TurnRecord,
} from './game-state';
export { onlyTheDate, triggerFacts } from './trigger-facts';
export type * from './scenario-model';
export type { Expr, ExprType, CompareOp, ArithOp, MathFunction } from './expression';
export { compileAmount, compileCondition, typeOf, walkExpr, NEVER_SINCE } from './expression';
export { newGame } from './new-game';
export { beginTurn, openTurn, startGame } from './open-turn';
export { LIMITS } from './limits';
export { enabledTransition, tickStorylines } from './storylines';
export { resolveTurn, correctPrediction, predictionFor, DecisionError } from './resolve-turn';
export {
  affordableSelection,
  availableActions,
  decisionProblem,
  isActionAvailable,
  openQuestions,
  responseOf,
  type Answers,
  type DecisionProblem,
} from './available-actions';
export { dealHand, offeredActions } from './hand';
export { fillText, shownText, slotValue, textNow, variantOf } from './rich-text';
export { calendarAt, modeById, turnDate, turnDates } from './calendar';
export { reachedEnding } from './endings';
export { causeChain, happeningsOfTurn, meterHistory, rootDecision } from './explain';
export { seedFromText, nextRandom } from './rng';
export { chanceOf } from './draft';
export { actionById, endingById, eventById, meterById, storylineById, storylineStateById, turnsFired, turnsTaken } from './lookup';
