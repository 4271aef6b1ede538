import type { Actor } from 'xstate';
import type { TurnRecord } from '../engine';
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
