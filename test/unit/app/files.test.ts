import { describe, expect, it } from 'vitest';
import { exportFileName, readExport, writeExport } from '../../../src/app/export-file';
import { readSave, writeSave } from '../../../src/app/save-file';
import { replayRecord } from '../../../src/sim/replay';
import { generatedExports } from '../../helpers/exports';
import { shippedScenario } from '../../helpers/scenario';

const ottawa = shippedScenario('ottawa-2021');

describe('saved games', () => {
  const save = writeSave({
    scenarioId: 'ottawa-2021',
    scenarioVersion: '1.0.0',
    seed: 9,
    predictions: false,
    turns: [{ decisions: ['quiet_diplomacy'], prediction: null }],
  });

  it('read back what they wrote', () => {
    expect(readSave(save)).toMatchObject({ ok: true, save: { seed: 9, turns: [{ decisions: ['quiet_diplomacy'] }] } });
  });

  it('refuse damaged, truncated, foreign and future saves with the reason', () => {
    expect(readSave(save.slice(0, save.length / 2))).toEqual({ ok: false, problem: 'corrupt' });
    expect(readSave('not json at all')).toEqual({ ok: false, problem: 'corrupt' });
    expect(readSave('{"kind":"something-else"}')).toEqual({ ok: false, problem: 'wrong-kind' });
    expect(readSave(save.replace('"saveVersion":1', '"saveVersion":99'))).toEqual({ ok: false, problem: 'too-new' });
    expect(readSave(save.replace('"saveVersion":1', '"saveVersion":0'))).toEqual({ ok: false, problem: 'too-old' });
    expect(readSave(save.replace('"saveVersion":1', '"saveVersion":"1"'))).toEqual({ ok: false, problem: 'corrupt' });
    expect(readSave(save.replace('"seed":9', '"seed":-4'))).toEqual({ ok: false, problem: 'corrupt' });
    expect(readSave(save.replace('"seed":9', '"seed":9,"__proto__":{"polluted":true}'))).toMatchObject({ ok: true });
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });
});

describe('export files', () => {
  it('hold everything a teacher needs and replay into the very same game', () => {
    for (const { text, game } of generatedExports(ottawa, 5)) {
      const reading = readExport(text);
      expect(reading.ok).toBe(true);
      if (!reading.ok) continue;
      expect(reading.file).toMatchObject({ scenarioId: 'ottawa-2021', seed: game.seed, ending: game.ending, predictions: true });
      expect(reading.file.answers[0]).toMatch(/^Answer from student/);
      const replay = replayRecord(ottawa, reading.file);
      expect(replay.ok && replay.game).toEqual(game);
    }
  });

  it('are refused when edited to claim another game', () => {
    const [first] = generatedExports(ottawa, 1);
    const reading = readExport(first!.text);
    if (!reading.ok) throw new Error('unreadable');
    const edited = {
      ...reading.file,
      turns: reading.file.turns.map((turn, index) => (index === 0 ? { ...turn, decisions: ['no_such_action'] } : turn)),
    };
    expect(replayRecord(ottawa, edited)).toMatchObject({ ok: false, turn: 1 });
    expect(readExport(writeExport({ ...reading.file, seed: -1 }))).toEqual({ ok: false, problem: 'corrupt' });
    expect(readExport('x'.repeat(600_000))).toEqual({ ok: false, problem: 'corrupt' });
  });

  it('are named so a teacher can sort them', () => {
    expect(
      exportFileName({
        scenarioId: 'ottawa-2021',
        player: 'Zoë M.',
        exportedAt: '2026-11-29T12:00:00Z',
        turns: [{ decisions: [], prediction: null }],
      }),
    ).toBe('crisis-desk-ottawa-2021-zo-m-2026-11-29-t1.json');
  });
});
