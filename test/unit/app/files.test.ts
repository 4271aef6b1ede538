import { describe, expect, it } from 'vitest';
import { exportFileName, readExport, writeExport, type ExportContent } from '../../../src/app/game-record';
import { readSave, writeSave } from '../../../src/app/game-record';
import { createPanelStore } from '../../../src/ui/panel-store';
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
    expect(readSave(save)).toMatchObject({ ok: true, file: { seed: 9, turns: [{ decisions: ['quiet_diplomacy'] }] } });
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
    expect(readExport('x'.repeat(600_000))).toEqual({ ok: false, problem: 'too-large' });
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

/** Every way a student can leave questions blank: each of n answers is text, empty, or skipped. */
function partialPatterns(n: number): (string | null)[][] {
  const patterns: (string | null)[][] = [];
  for (let mask = 0; mask < 3 ** n; mask += 1) {
    patterns.push(Array.from({ length: n }, (_, i) => [`answer ${i + 1}`, '', null][Math.floor(mask / 3 ** i) % 3] ?? null));
  }
  return patterns;
}

describe('debrief answers with questions left blank', () => {
  const [generated] = generatedExports(ottawa, 1);
  const base = JSON.parse(generated!.text) as Record<string, unknown>;

  it('are never stored with holes: a skipped question is an empty answer', () => {
    const panels = createPanelStore();
    panels.getState().answer(3, 'only the fourth');
    expect(panels.getState().answers).toEqual(['', '', '', 'only the fourth']);
    expect(JSON.stringify(panels.getState().answers)).not.toContain('null');
    panels.getState().answer(1, 'second');
    expect(panels.getState().answers).toEqual(['', 'second', '', 'only the fourth']);
    panels.getState().answer(-1, 'nowhere');
    panels.getState().answer(1e9, 'nowhere');
    expect(panels.getState().answers).toHaveLength(4);
  });

  it('are read back from exports in every pattern, including files written with null for a blank (recovered)', () => {
    for (const pattern of partialPatterns(5)) {
      const expected = pattern.map((answer) => answer ?? '');
      // As the game writes it now, and as the game wrote it before (null for a skipped question).
      for (const text of [
        JSON.stringify({ ...base, answers: pattern }),
        writeExport({ ...(base as unknown as ExportContent), answers: expected }),
      ]) {
        const reading = readExport(text);
        expect(reading, JSON.stringify(pattern)).toMatchObject({ ok: true, file: { answers: expected } });
      }
    }
  });

  it('are read back from saves of finished games in every pattern', () => {
    for (const pattern of partialPatterns(4)) {
      const expected = pattern.map((answer) => answer ?? '');
      const old = JSON.stringify({
        kind: 'crisis-desk-save',
        saveVersion: 1,
        scenarioId: 'ottawa-2021',
        scenarioVersion: '1.0.0',
        seed: 3,
        predictions: false,
        turns: [],
        ended: true,
        answers: pattern,
      });
      expect(readSave(old), JSON.stringify(pattern)).toMatchObject({ ok: true, file: { answers: expected } });
      const written = writeSave({
        scenarioId: 'ottawa-2021',
        scenarioVersion: '1.0.0',
        seed: 3,
        predictions: false,
        turns: [],
        ended: true,
        answers: expected,
      });
      expect(written).not.toContain('null');
      expect(readSave(written)).toMatchObject({ ok: true, file: { answers: expected } });
    }
  });

  it('still refuse answers that are not text, or longer than the box allows', () => {
    expect(readExport(JSON.stringify({ ...base, answers: [1, 'x'] }))).toEqual({ ok: false, problem: 'corrupt' });
    expect(readExport(JSON.stringify({ ...base, answers: ['x'.repeat(1501)] }))).toEqual({ ok: false, problem: 'corrupt' });
  });
});
