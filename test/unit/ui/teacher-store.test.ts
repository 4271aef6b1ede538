import { describe, expect, it } from 'vitest';
import { createTeacherStore, parseTeacherRecord, teacherRecord } from '../../../src/ui/teacher-store';

const setup = { scenarioId: 'ottawa-2021', language: 'fr' as const, seed: 4242, predictions: true, muted: true, mode: 'short' };

describe("the teacher's classes", () => {
  it('are kept under a name and reopened with the same setup, so the link is the same link', () => {
    const store = createTeacherStore(setup);
    store.getState().saveClass('  Period 3  ', '2026-12-02T08:00:00Z');
    store.getState().update({ seed: 7, scenarioId: 'cuban-missiles-1962', mode: null });
    store.getState().saveClass('Period 4', '2026-12-02T09:00:00Z');
    expect(store.getState().classes.map((saved) => saved.name)).toEqual(['Period 4', 'Period 3']);
    store.getState().openClass('Period 3');
    expect(store.getState()).toMatchObject(setup);
    // Saving under the same name replaces the class rather than keeping two.
    store.getState().saveClass('Period 4', '2026-12-03T09:00:00Z');
    expect(store.getState().classes).toHaveLength(2);
    store.getState().forgetClass('Period 4');
    expect(store.getState().classes.map((saved) => saved.name)).toEqual(['Period 3']);
  });

  it('survive a reload: what is written reads back', () => {
    const store = createTeacherStore(setup);
    store.getState().saveClass('Period 3', '2026-12-02T08:00:00Z');
    const read = parseTeacherRecord(teacherRecord(store.getState()));
    expect(read.setup).toEqual(setup);
    expect(read.classes).toEqual([{ ...setup, name: 'Period 3', savedAt: '2026-12-02T08:00:00Z' }]);
  });

  it('drop what is damaged item by item, never the whole list', () => {
    const raw = JSON.stringify({
      setup: { scenarioId: '<script>', language: 'en', seed: 1 },
      classes: [
        { ...setup, name: 'Good', savedAt: 'x' },
        { ...setup, seed: -1, name: 'Bad seed', savedAt: 'x' },
        { ...setup, name: '', savedAt: 'x' },
        'nonsense',
        null,
      ],
    });
    expect(parseTeacherRecord(raw)).toEqual({ setup: {}, classes: [{ ...setup, name: 'Good', savedAt: 'x' }] });
    expect(parseTeacherRecord('{not json')).toEqual({ setup: {}, classes: [] });
    expect(parseTeacherRecord(null)).toEqual({ setup: {}, classes: [] });
  });
});
