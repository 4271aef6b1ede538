/** The engine's public surface: pure, deterministic rules over plain data. */
export type { Cause, Change, GameState, Happening, HappeningSubject, Prediction, Scheduled, TurnRecord } from './game-state';
export type * from './scenario-model';
export type { Expr, ExprType, CompareOp, ArithOp, MathFunction } from './expression';
export { compileAmount, compileCondition, typeOf, walkExpr, NEVER_SINCE } from './expression';
export { newGame } from './new-game';
export { beginTurn, openTurn } from './open-turn';
export { enabledTransition, enterStorylineState, finishStorylineTick, isTransitionEnabled, tickStorylines } from './storylines';
export { resolveTurn, correctPrediction, DecisionError } from './resolve-turn';
export { availableActions, decisionProblem, isActionAvailable, type DecisionProblem } from './available-actions';
export { reachedEnding } from './endings';
export { causeChain, happeningsOfTurn, meterHistory, rootDecision } from './explain';
export { turnDate } from './calendar';
export { seedFromText, nextRandom } from './rng';
export { actionById, endingById, eventById, meterById, storylineById, storylineStateById, turnsFired, turnsTaken } from './lookup';
