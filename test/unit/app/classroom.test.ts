import { describe, expect, it } from 'vitest';
import { createClassroom } from '../../../src/app/classroom';
import { readExport, writeExport } from '../../../src/app/game-record';
import { createPanelStore } from '../../../src/ui/panel-store';
import { createSessionStore } from '../../../src/ui/session-store';
import { createSettingsStore, DEFAULT_SETTINGS } from '../../../src/ui/settings-store';
import { generatedExports } from '../../helpers/exports';
import { shippedScenario } from '../../helpers/scenario';

const ottawa = shippedScenario('ottawa-2021');

function classroom() {
  const session = createSessionStore();
  const room = createClassroom({
    session,
    settings: createSettingsStore({ language: 'en', ...DEFAULT_SETTINGS }, () => undefined),
    panels: createPanelStore(),
    announce: () => undefined,
    scenarioById: () => Promise.resolve(ottawa),
    useScenario: () => undefined,
  });
  return { session, room };
}

const dropped = (name: string, text: string) => ({ name, bytes: text.length, text });

describe('class results from files', () => {
  const [first, second] = generatedExports(ottawa, 2);

  it('count a student who saved their file twice once, with the newer file', async () => {
    const reading = readExport(first!.text);
    if (!reading.ok) throw new Error('unreadable');
    const later = writeExport({
      ...reading.file,
      answers: ['A fuller answer after the exit ticket'],
      exportedAt: '2026-11-29T13:00:00.000Z',
    });
    const { session, room } = classroom();
    await room.addExports([dropped('a.json', first!.text), dropped('b.json', second!.text), dropped('a-again.json', later)]);
    expect(session.getState().classGames).toHaveLength(2);
    expect(session.getState().classGames[0]?.answers).toEqual(['A fuller answer after the exit ticket']);
    expect(session.getState().rejected.map((row) => row.name)).toEqual(['a-again.json']);
    // The older copy dropped after the newer one is set aside, not counted.
    await room.addExports([dropped('a.json', first!.text)]);
    expect(session.getState().classGames).toHaveLength(2);
    expect(session.getState().rejected.at(-1)?.reason).toMatch(/older copy/);
  });

  it('say why a file too large to be an export is refused, without reading it', async () => {
    const { session, room } = classroom();
    await room.addExports([{ name: 'huge.json', bytes: 9_000_000, text: null }]);
    expect(session.getState().rejected).toEqual([{ name: 'huge.json', reason: expect.stringMatching(/larger than any game file/) }]);
  });
});
