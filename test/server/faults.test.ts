import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIVE_PROTOCOL, LIVE_ROOM } from '../../src/live/protocol';
import { startClassServer, type RunningClassServer } from '../../src/server/class-server';
import { Client } from 'colyseus.js';
import { freePort, LiveSeat, openClass, playTurn, proposer, secret, SHORT_GAME, GROUP_A } from './live-harness';
import { shippedScenario } from '../helpers/scenario';

const scenario = shippedScenario('ottawa-2021');

/** Every group proposes, and the teacher opens the vote. */
async function playTurnUntilVote(teacher: LiveSeat, students: readonly LiveSeat[]): Promise<void> {
  await Promise.all(students.map((student) => student.until((view) => view.phase === 'proposing' && view.turn === 2)));
  for (const student of students) student.send({ type: 'propose', actions: [], answers: {}, note: 'Wait and see.' });
  await teacher.until((view) => view.proposals.length === students.length);
  teacher.send({ type: 'open-vote', seconds: 60 });
  await Promise.all(students.map((student) => student.until((view) => view.phase === 'voting')));
}
let server: RunningClassServer;
let endpoint: string;

beforeAll(async () => {
  server = await startClassServer({ port: await freePort(), host: '127.0.0.1', scenarios: 'scenarios' });
  endpoint = `ws://127.0.0.1:${server.port}`;
});
afterAll(() => server.close());

const joinError = async (options: Record<string, unknown>): Promise<string> => {
  try {
    const room = await new Client(endpoint).joinOrCreate(LIVE_ROOM, options);
    await room.leave();
    return 'joined';
  } catch (error) {
    return (error as Error).message;
  }
};

describe('faults in a live session', () => {
  it('gives a student who drops (a reload, lost Wi-Fi) the same seat back, with their group and vote', async () => {
    const { teacher, students } = await openClass(endpoint, 'FAVTA2', 3, SHORT_GAME);
    await playTurn(teacher, students, proposer(scenario, teacher));
    const [dropping] = students;
    // Mid-vote on the second turn: the vote is cast, then the connection goes.
    await playTurnUntilVote(teacher, students);
    dropping!.send({ type: 'vote', role: GROUP_A });
    const before = (await dropping!.until((view) => view.you.vote === GROUP_A)).you;
    await dropping!.leave(false);
    await teacher.until((view) => view.teacher?.seats.find((seat) => seat.id === before.seat)?.connected === false);
    // The page comes back with the seat key it kept, and nothing else: no name typed again.
    const back = await new LiveSeat(endpoint, 'FAVTA2', { seat: dropping!.seat }).join();
    const view = await back.until(() => true);
    expect(view.you).toEqual(before);
    expect(view.history).toHaveLength(1);
    expect(view.phase).toBe('voting');
    await teacher.until((candidate) => candidate.teacher?.seats.find((seat) => seat.id === before.seat)?.connected === true);
    expect(teacher.view?.teacher?.seats.filter((seat) => !seat.teacher)).toHaveLength(3);
    await Promise.all([teacher, back, ...students.slice(1)].map((screen) => screen.leave()));
  });

  it('goes on when the teacher’s tab closes, and gives the teacher the controls back', async () => {
    const teacherKey = secret();
    const teacher = await new LiveSeat(endpoint, 'TEACH2', { teacher: teacherKey, setup: { ...SHORT_GAME, predictions: false } }).join();
    await teacher.until(() => true);
    const students = await Promise.all([1, 2].map((n) => new LiveSeat(endpoint, 'TEACH2', { name: `S${n}` }).join()));
    students.forEach((student) => student.send({ type: 'role', role: GROUP_A }));
    await Promise.all(students.map((student) => student.until((view) => view.you.role === GROUP_A)));
    await teacher.leave();
    // The class carries on without the teacher: a proposal still goes through.
    const offered = students[0]!.view!.offered;
    students[0]!.send({ type: 'propose', actions: [], answers: {}, note: `We wait (${offered.length} on the desk).` });
    await students[1]!.until((view) => view.proposals.length === 1);
    // Another tab (a new seat key), the same teacher key: the dashboard comes back with the proposal.
    const again = await new LiveSeat(endpoint, 'TEACH2', { teacher: teacherKey }).join();
    const view = await again.until((candidate) => candidate.teacher !== null);
    expect(view.proposals).toHaveLength(1);
    again.send({ type: 'open-vote', seconds: 60 });
    await students[0]!.until((candidate) => candidate.phase === 'voting');
    await Promise.all([again, ...students].map((screen) => screen.leave()));
  });

  it('keeps the decided turns when every screen has gone, and carries on when they come back', async () => {
    const teacherKey = secret();
    const { teacher, students } = await openClass(endpoint, 'EMPTY2', 2, { ...SHORT_GAME, predictions: false });
    await playTurn(teacher, students, proposer(scenario, teacher));
    await playTurn(teacher, students, proposer(scenario, teacher));
    const history = teacher.view!.history;
    const seats = students.map((student) => student.seat);
    await Promise.all([teacher, ...students].map((screen) => screen.leave()));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const back = await new LiveSeat(endpoint, 'EMPTY2', { seat: seats[0]! }).join();
    const view = await back.until(() => true);
    expect(view.history).toEqual(history);
    expect(view.turn).toBe(3);
    expect(view.you.name).toBe('Student 1');
    expect(teacherKey).not.toBe('');
    await back.leave();
  });

  it('forgets the session when the teacher ends it: the screens are told, and the code no longer opens anything', async () => {
    const { teacher, students } = await openClass(endpoint, 'ENDSS2', 2, { ...SHORT_GAME, predictions: false });
    await playTurn(teacher, students, proposer(scenario, teacher));
    const closed = students.map(
      (student) =>
        new Promise<void>((resolve) => {
          student.room!.onMessage('closed', () => {
            resolve();
          });
        }),
    );
    teacher.send({ type: 'end' });
    await Promise.all(closed);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await joinError({ protocol: LIVE_PROTOCOL, code: 'ENDSS2', seat: students[0]!.seat })).toMatch(/^no-session: /);
  });

  it('refuses a stale page, an unknown code and another teacher’s key, each with a clear message', async () => {
    expect(await joinError({ protocol: LIVE_PROTOCOL - 1, code: 'STALE2', seat: secret(), name: 'Old page' })).toMatch(
      /^stale-client: .*reload the page/,
    );
    expect(await joinError({ protocol: LIVE_PROTOCOL, code: 'NNNNN2', seat: secret(), name: 'Lost' })).toMatch(/^no-session: /);
    const owner = await new LiveSeat(endpoint, 'WNED22', { teacher: secret(), setup: SHORT_GAME }).join();
    await owner.until(() => true);
    expect(await joinError({ protocol: LIVE_PROTOCOL, code: 'WNED22', seat: secret(), teacher: secret() })).toMatch(/^wrong-teacher: /);
    expect(await joinError({ protocol: LIVE_PROTOCOL, code: 'WNED22', seat: secret() })).toMatch(/^bad-join: a display name/);
    await owner.leave();
  });
});
