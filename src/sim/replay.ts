import type { Actor } from 'xstate';
import type { GameState, Scenario, TurnRecord } from '../engine';
import { beginTurn, decisionProblem, newGame, resolveTurn } from '../engine';
import { turnPhase, type CrisisMachine } from '../flow';

/** The decisions of one turn as saved or exported: enough to replay the game exactly. */
export interface RecordedTurn {
  readonly decisions: readonly string[];
  readonly prediction: { readonly option: string; readonly reason: string } | null;
}

export function recordedTurns(turns: readonly TurnRecord[]): RecordedTurn[] {
  return turns.map((turn) => ({
    decisions: [...turn.decisions],
    prediction: turn.prediction === null ? null : { option: turn.prediction.option, reason: turn.prediction.reason },
  }));
}

export type ReplayOutcome = { readonly ok: true } | { readonly ok: false; readonly turn: number; readonly reason: string };

/**
 * Feeds recorded turns to a running crisis actor, stopping at the decision of the turn after
 * the last record (or at the ending). A record the game refuses stops the replay with a reason:
 * the save or export belongs to another version of the scenario.
 */
export function replayTurns(
  actor: Actor<CrisisMachine>,
  turns: readonly RecordedTurn[],
  options: { stopAtLastResult?: boolean } = {},
): ReplayOutcome {
  for (let index = 0; index < turns.length; index += 1) {
    const record = turns[index] as RecordedTurn;
    const turn = actor.getSnapshot().context.game.turn;
    if (turnPhase(actor.getSnapshot()) !== 'decision') return { ok: false, turn, reason: 'the game ended before this turn' };
    actor.send({ type: 'player.commit', actions: record.decisions });
    if (turnPhase(actor.getSnapshot()) === 'decision') {
      return { ok: false, turn, reason: `decisions not allowed: ${record.decisions.join(', ')}` };
    }
    if (turnPhase(actor.getSnapshot()) === 'predicting') {
      if (record.prediction === null) return { ok: false, turn, reason: 'a prediction was expected' };
      actor.send({ type: 'player.predict', option: record.prediction.option, reason: record.prediction.reason });
      if (turnPhase(actor.getSnapshot()) !== 'resolution') {
        return { ok: false, turn, reason: `prediction not allowed: ${record.prediction.option}` };
      }
    }
    const last = index === turns.length - 1;
    if (!(last && options.stopAtLastResult === true)) actor.send({ type: 'player.continue' });
  }
  return { ok: true };
}

/** Why a record cannot be replayed, for a message in the player's language. */
export type RefusalKind = 'after-ending' | 'decisions' | 'prediction';

export type RecordReplay =
  | { readonly ok: true; readonly game: GameState; readonly atDecision: readonly GameState[] }
  | { readonly ok: false; readonly turn: number; readonly kind: RefusalKind; readonly reason: string };

/**
 * Replays a recorded game with the engine's rules (the same rules the flow runs, and the same
 * games: tests hold them to it), keeping the state at each decision for a step-by-step replay.
 * A record that the rules refuse is reported, never half-played.
 */
export function replayRecord(
  scenario: Scenario,
  record: { readonly seed: number; readonly predictions: boolean; readonly turns: readonly RecordedTurn[] },
): RecordReplay {
  let game = newGame(scenario, record.seed);
  const atDecision: GameState[] = [];
  for (const turn of record.turns) {
    if (game.ending !== null) {
      return { ok: false, turn: game.turn, kind: 'after-ending', reason: 'the record goes on after the game ended' };
    }
    game = beginTurn(scenario, game);
    atDecision.push(game);
    if (decisionProblem(scenario, game, turn.decisions) !== null) {
      return {
        ok: false,
        turn: game.turn,
        kind: 'decisions',
        reason: `these decisions are not allowed here: ${turn.decisions.join(', ')}`,
      };
    }
    const validPrediction =
      turn.prediction === null || (scenario.prediction?.options.some((option) => option.id === turn.prediction?.option) ?? false);
    if (!validPrediction) return { ok: false, turn: game.turn, kind: 'prediction', reason: 'the prediction is not one of the options' };
    game = resolveTurn(scenario, game, turn.decisions, record.predictions ? turn.prediction : null);
  }
  return { ok: true, game, atDecision };
}
