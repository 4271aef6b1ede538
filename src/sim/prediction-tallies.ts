import type { Scenario } from '../engine';
import { playWithLoop } from './play-game';
import { policyByName } from './policies';

export const PREDICTION_POLICIES = ['random', 'historical'] as const;

export interface PredictionTally {
  readonly track: string;
  readonly policy: string;
  readonly asked: number;
  readonly right: ReadonlyMap<string, number>;
}

/** How often each answer of each prediction question turned out right, over seeded games. */
export function predictionTallies(scenario: Scenario, mode: string, runs: number): PredictionTally[] {
  return PREDICTION_POLICIES.flatMap((policyName) => {
    const policy = policyByName(policyName);
    const asked = new Map<string, number>();
    const right = new Map<string, Map<string, number>>();
    for (let seed = 1; seed <= runs; seed += 1) {
      const game = playWithLoop(scenario, { seed, policy, predictions: true, mode });
      for (const turn of game.turns) {
        if (turn.prediction === null || turn.prediction.correct === null) continue;
        const { track, correct } = turn.prediction;
        asked.set(track, (asked.get(track) ?? 0) + 1);
        const counts = right.get(track) ?? new Map<string, number>();
        counts.set(correct, (counts.get(correct) ?? 0) + 1);
        right.set(track, counts);
      }
    }
    return scenario.predictions.map((track) => ({
      track: track.id,
      policy: policyName,
      asked: asked.get(track.id) ?? 0,
      right: right.get(track.id) ?? new Map<string, number>(),
    }));
  });
}

export const largestAnswerShare = (tally: PredictionTally): number =>
  tally.asked === 0 ? 0 : Math.max(0, ...tally.right.values()) / tally.asked;
