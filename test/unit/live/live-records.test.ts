import { describe, expect, it } from 'vitest';
import { readExport, writeExport } from '../../../src/app/game-record';
import { liveExport } from '../../../src/app/live-records';
import type { LiveView } from '../../../src/live/protocol';
import { FlowPlayer } from '../../../src/sim/play-game';
import { randomPolicy } from '../../../src/sim/policies';
import { recordedTurns, replayRecord } from '../../../src/sim/replay';
import { shippedScenario } from '../../helpers/scenario';

const scenario = shippedScenario('ottawa-2021');

/** A finished live session's teacher view, as the server sends it, from a game played through the flow. */
function finishedView(): LiveView {
  const player = new FlowPlayer(scenario);
  const game = player.play({ seed: 4242, policy: randomPolicy, predictions: true, mode: 'short' });
  player.stop();
  const record = { seed: game.seed, mode: game.mode, predictions: true, turns: recordedTurns(game.turns) };
  const asked = record.turns.map((turn) => turn.prediction?.option ?? null);
  return {
    code: 'ABCDEF',
    record,
    teacher: {
      studentPredictions: [
        { name: 'Ana', role: null, options: asked },
        { name: 'Ben', role: null, options: asked.map((option, index) => (index === 0 ? null : option)) },
      ],
    },
  } as unknown as LiveView;
}

describe('a live session as export files', () => {
  const view = finishedView();

  it('exports the shared game as a file the classroom reads and replays to the same ending', () => {
    const file = liveExport(view, scenario, '2026-12-04T10:00:00.000Z');
    expect(file).not.toBeNull();
    const reading = readExport(writeExport(file!));
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    const replay = replayRecord(scenario, reading.file);
    expect(replay.ok && replay.game.ending).toEqual(file!.ending);
    expect(reading.file.classCode).toBe('live-abcdef');
  });

  it('gives each student a copy with their own predictions, read without the step when one was missed', () => {
    const [ana, ben] = view.teacher!.studentPredictions.map(
      (student) => liveExport(view, scenario, '2026-12-04T10:00:00.000Z', student)!,
    ) as [NonNullable<ReturnType<typeof liveExport>>, NonNullable<ReturnType<typeof liveExport>>];
    expect(ana.player).toBe('Ana');
    expect(ana.predictions).toBe(true);
    expect(ben.predictions).toBe(false);
    for (const file of [ana, ben]) {
      const reading = readExport(writeExport(file));
      expect(reading.ok).toBe(true);
      if (reading.ok) expect(replayRecord(scenario, reading.file).ok).toBe(true);
    }
  });
});
