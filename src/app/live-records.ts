import type { Scenario } from '../engine';
import { LIMITS } from '../engine/limits';
import type { LiveView } from '../live/protocol';
import { replayRecord } from '../sim/replay';
import type { ExportContent } from './game-record';

/**
 * A live session as export files: the shared game, and one copy per student with the same
 * decisions and that student's own predictions. They are ordinary exports, so the class results
 * page, the replay and the printed report read them unchanged. A student who missed a prediction
 * that was asked has their copy read without the prediction step (their other predictions stay in
 * the file, checked, but are not scored), since a record that asks for predictions must hold all.
 */
export function liveExport(
  view: LiveView,
  scenario: Scenario,
  exportedAt: string,
  student?: { readonly name: string; readonly options: readonly (string | null)[] },
): ExportContent | null {
  const record = view.teacher === null ? undefined : view.record;
  if (record === undefined) return null;
  const replay = replayRecord(scenario, record);
  if (!replay.ok) return null;
  const own = student?.options;
  const turns = record.turns.map((turn, index) => {
    if (own === undefined || turn.prediction === null) return turn;
    const option = own[index] ?? null;
    return { ...turn, prediction: option === null ? null : { option, reason: '' } };
  });
  const missed = own !== undefined && turns.some((turn, index) => record.turns[index]?.prediction !== null && turn.prediction === null);
  return {
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    seed: record.seed,
    predictions: record.predictions && !missed,
    mode: record.mode,
    turns,
    ending: replay.game.ending,
    answers: [],
    ...(student === undefined ? {} : { player: student.name.slice(0, LIMITS.playerName) }),
    classCode: `live-${view.code.toLowerCase()}`,
    exportedAt,
  };
}
