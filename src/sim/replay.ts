import type { GameState, Scenario, TurnRecord } from '../engine';
import { beginTurn, decisionProblem, predictionFor, resolveTurn, startGame } from '../engine';

/** The decisions of one turn as saved or exported: enough to replay the game exactly. */
export interface RecordedTurn {
  readonly decisions: readonly string[];
  /** Answers to the questions on the desk, by event; absent in records from before questions existed. */
  readonly answers?: Readonly<Record<string, string>> | undefined;
  readonly prediction: { readonly option: string; readonly reason: string } | null;
}

export function recordedTurns(turns: readonly TurnRecord[]): RecordedTurn[] {
  return turns.map((turn) => ({
    decisions: [...turn.decisions],
    ...(Object.keys(turn.answers).length === 0 ? {} : { answers: { ...turn.answers } }),
    prediction: turn.prediction === null ? null : { option: turn.prediction.option, reason: turn.prediction.reason },
  }));
}

/** Why a record cannot be replayed, for a message in the player's language. */
export type RefusalKind = 'after-ending' | 'decisions' | 'prediction';

export type RecordReplay =
  | {
      readonly ok: true;
      /** The state after the last recorded turn resolved. */
      readonly game: GameState;
      /** The state at each recorded decision, for a step-by-step replay. */
      readonly atDecision: readonly GameState[];
      /**
       * Where the game resumes: the decision of the turn after the last record, or the ending. The
       * flow starts from this state, so resuming a save replays no sound and writes no save.
       */
      readonly resume: GameState;
    }
  | { readonly ok: false; readonly turn: number; readonly kind: RefusalKind; readonly reason: string };

/**
 * Replays a recorded game with the engine's rules (the same rules the flow runs, and the same
 * games: tests hold them to it), keeping the state at each decision for a step-by-step replay.
 * A record that the rules refuse is reported, never half-played.
 */
export function replayRecord(
  scenario: Scenario,
  record: {
    readonly seed: number;
    readonly predictions: boolean;
    readonly mode?: string | undefined;
    readonly turns: readonly RecordedTurn[];
  },
): RecordReplay {
  let game = startGame(scenario, record.seed, record.mode);
  const atDecision: GameState[] = [];
  for (const [index, turn] of record.turns.entries()) {
    if (game.ending !== null) {
      return { ok: false, turn: game.turn, kind: 'after-ending', reason: 'the record goes on after the game ended' };
    }
    if (index > 0) game = beginTurn(scenario, game);
    atDecision.push(game);
    const answers = turn.answers ?? {};
    if (decisionProblem(scenario, game, turn.decisions, answers) !== null) {
      return {
        ok: false,
        turn: game.turn,
        kind: 'decisions',
        reason: `these decisions are not allowed here: ${turn.decisions.join(', ')}`,
      };
    }
    const track = predictionFor(scenario, game);
    const validPrediction = turn.prediction === null || (track?.options.some((option) => option.id === turn.prediction?.option) ?? false);
    if (!validPrediction) return { ok: false, turn: game.turn, kind: 'prediction', reason: 'the prediction is not one of the options' };
    if (record.predictions && track !== null && turn.prediction === null) {
      return { ok: false, turn: game.turn, kind: 'prediction', reason: 'a prediction was expected' };
    }
    game = resolveTurn(scenario, game, turn.decisions, record.predictions ? turn.prediction : null, answers);
  }
  const resume = game.ending !== null || record.turns.length === 0 ? game : beginTurn(scenario, game);
  return { ok: true, game, atDecision, resume };
}
