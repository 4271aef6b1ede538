import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shippedScenario } from '../helpers/scenario';
import { freePort, LiveSeat, playTurn, proposer, secret, SHORT_GAME, GROUP_A } from './live-harness';
import { startRedis, startServerProcess, type Process } from './server-process';

const scenario = shippedScenario('ottawa-2021');
let redis: Process & { url: string };
const running: Process[] = [];

/** A class server process on Redis, reachable at its own address (as behind a school board's proxy). */
async function processOn(port: number): Promise<Process> {
  const started = await startServerProcess({ REDIS_URL: redis.url, PUBLIC_ADDRESS: `127.0.0.1:${port}` }, port);
  running.push(started);
  return started;
}

beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  await Promise.all(running.map((process) => process.stop()));
  await redis.stop();
});

describe('two class server processes sharing a real Redis', () => {
  it('join one session from either process, and carry it on after both restart, with no decided turn lost', async () => {
    const [portA, portB] = [await freePort(), await freePort()];
    const [a, b] = await Promise.all([processOn(portA), processOn(portB)]);
    const viaA = `ws://127.0.0.1:${a.port}`;
    const viaB = `ws://127.0.0.1:${b.port}`;
    const teacherKey = secret();
    const setup = { ...SHORT_GAME, predictions: false };
    const teacher = await new LiveSeat(viaA, 'RDSAB2', { teacher: teacherKey, setup }).join();
    await teacher.until(() => true);
    // Students come in through the other process: the matchmaker finds the room in Redis.
    const students = await Promise.all(
      ['Ana', 'Ben'].map(async (name, index) => new LiveSeat(index === 0 ? viaB : viaA, 'RDSAB2', { name }).join()),
    );
    students.forEach((student) => student.send({ type: 'role', role: GROUP_A }));
    await teacher.until((view) => view.teacher?.seats.filter((seat) => seat.role === GROUP_A).length === 2);
    await Promise.all(students.map((student) => student.until((view) => view.you.role === GROUP_A)));
    await playTurn(teacher, students, proposer(scenario, teacher));
    await playTurn(teacher, students, proposer(scenario, teacher));
    const history = teacher.view!.history;
    const record = teacher.view!.record;
    expect(history).toHaveLength(2);

    // Both processes restart (a deploy, a crash and a restart): the log in Redis brings the session back.
    await Promise.all([a.stop(), b.stop()]);
    const again = await processOn(portA);
    const back = `ws://127.0.0.1:${again.port}`;
    const teacherBack = await new LiveSeat(back, 'RDSAB2', { teacher: teacherKey, seat: teacher.seat }).join();
    const view = await teacherBack.until((candidate) => candidate.teacher !== null);
    expect(view.history).toEqual(history);
    expect(view.record.turns).toEqual(record.turns);
    expect(view.turn).toBe(3);
    expect(view.phase).toBe('proposing');
    const ana = await new LiveSeat(back, 'RDSAB2', { seat: students[0]!.seat }).join();
    expect((await ana.until(() => true)).you).toMatchObject({ name: 'Ana', role: GROUP_A });
    await Promise.all([teacherBack, ana].map((screen) => screen.leave()));
  });
});
