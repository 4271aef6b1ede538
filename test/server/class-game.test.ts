import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readExport, writeExport } from '../../src/app/game-record';
import { replayRecord } from '../../src/sim/replay';
import { startClassServer, type RunningClassServer } from '../../src/server/class-server';
import { shippedScenario } from '../helpers/scenario';
import { freePort, openClass, playTurn, proposer, SHORT_GAME } from './live-harness';

const scenario = shippedScenario('ottawa-2021');
let server: RunningClassServer;
let endpoint: string;

beforeAll(async () => {
  server = await startClassServer({ port: await freePort(), host: '127.0.0.1', scenarios: 'scenarios' });
  endpoint = `ws://127.0.0.1:${server.port}`;
});
afterAll(() => server.close());

describe('a class of 30 plays the short game live', () => {
  it('proposes, votes, predicts and reveals every turn to the end, and the session is a game record that replays', async () => {
    const { teacher, students } = await openClass(endpoint, 'CRSS32', 30, SHORT_GAME);
    const propose = proposer(scenario, teacher);
    let turns = 0;
    while (teacher.view?.phase !== 'ended') {
      const { shown } = await playTurn(teacher, students, propose);
      expect(shown.every((time) => Number.isFinite(time))).toBe(true);
      turns += 1;
      expect(turns).toBeLessThanOrEqual(8);
    }
    const final = teacher.view;
    expect(final.ending).not.toBeNull();
    expect(final.history).toHaveLength(turns);
    // Every screen saw the same results.
    for (const student of students) expect(student.view?.history).toEqual(final.history);
    // The predictions were the students' own: each result counts them all.
    const predicted = final.history.filter((result) => result.prediction !== null);
    expect(predicted.length).toBeGreaterThan(0);
    for (const result of predicted) expect(result.prediction?.total).toBe(30);

    // The session is a seed and its decisions: replayed by the engine it is the same game, and as
    // an export file it reads and verifies like any student's.
    const record = final.record;
    expect(record).toBeDefined();
    const replay = replayRecord(scenario, record);
    expect(replay.ok).toBe(true);
    if (!replay.ok) return;
    expect(replay.game.ending).toEqual(final.ending);
    expect(replay.game.turns.map((turn) => turn.decisions)).toEqual(final.history.map((result) => result.decisions));
    const text = writeExport({
      scenarioId: scenario.id,
      scenarioVersion: scenario.version,
      ...record,
      ending: replay.game.ending,
      answers: [],
      classCode: 'live-class3',
      exportedAt: new Date().toISOString(),
    });
    const reading = readExport(text);
    expect(reading.ok).toBe(true);
    await Promise.all([teacher, ...students].map((screen) => screen.leave()));
  });
});
