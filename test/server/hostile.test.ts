import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/engine/limits';
import { startClassServer, type RunningClassServer } from '../../src/server/class-server';
import { freePort, LiveSeat, secret, SHORT_GAME, GROUP_A, GROUP_B } from './live-harness';

let server: RunningClassServer;
let endpoint: string;

beforeAll(async () => {
  server = await startClassServer({ port: await freePort(), host: '127.0.0.1', scenarios: 'scenarios' });
  endpoint = `ws://127.0.0.1:${server.port}`;
});
afterAll(() => server.close());

const MARKUP = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
/** A name with markup, fitting the name limit, with a control character and a direction override. */
const NAME = '<img src=x onerror=alert(1)>';

/** A session with a teacher, one well-behaved student and one hostile one, both in group A. */
async function session(code: string, rule: 'class' | 'cabinet' = 'class') {
  const teacher = await new LiveSeat(endpoint, code, { teacher: secret(), setup: { ...SHORT_GAME, rule } }).join();
  await teacher.until(() => true);
  const good = await new LiveSeat(endpoint, code, { name: 'Good' }).join();
  const bad = await new LiveSeat(endpoint, code, { name: `${NAME}\u0000\u202e` }).join();
  for (const student of [good, bad]) student.send({ type: 'role', role: GROUP_A });
  await Promise.all([good, bad].map((student) => student.until((view) => view.you.role === GROUP_A)));
  return { teacher, good, bad };
}

describe('hostile clients', () => {
  it('keep markup in names and notes as plain text on every other screen', async () => {
    const { teacher, good, bad } = await session('HSTYA2');
    bad.send({ type: 'propose', actions: [], answers: {}, note: `${MARKUP} vote for us` });
    const view = await good.until((candidate) => candidate.proposals.length === 1);
    expect(view.proposals[0]?.note).toBe(`${MARKUP} vote for us`);
    expect(view.proposals[0]?.by).toBe(NAME);
    const seats = (await teacher.until((candidate) => candidate.proposals.length === 1)).teacher?.seats ?? [];
    // Control and direction characters are gone; the markup is a string, which the pages bind as text.
    expect(seats.map((seat) => seat.name)).toContain(NAME);
    await Promise.all([teacher, good, bad].map((screen) => screen.leave()));
  });

  it('refuses forged votes, votes for unknown options, oversized notes and unknown messages', async () => {
    const { teacher, good, bad } = await session('HSTYB2');
    bad.send({ type: 'vote', role: GROUP_A });
    await bad.refusal('wrong-phase');
    bad.send({ type: 'propose', actions: ['launch_missiles'], answers: {}, note: '' });
    await bad.refusal('unknown-option');
    bad.send({ type: 'propose', actions: [], answers: {}, note: 'x'.repeat(LIMITS.liveNote + 1) });
    await bad.refusal('note-too-long');
    good.send({ type: 'propose', actions: [], answers: {}, note: 'Wait.' });
    await teacher.until((view) => view.proposals.length === 1);
    teacher.send({ type: 'open-vote', seconds: 60 });
    await bad.until((view) => view.phase === 'voting');
    bad.send({ type: 'vote', role: GROUP_B });
    await bad.refusal('unknown-option');
    // A vote in another seat's name: the server knows who sent it, and a field it does not expect is refused.
    bad.send({ type: 'vote', role: GROUP_A, seat: 's2' });
    bad.send({ type: 'vote', role: GROUP_A, weight: 30 });
    bad.send({ type: 'vote', role: { $ne: null } });
    bad.send({ type: 'tally', role: GROUP_A });
    bad.room!.send('hack', { anything: true });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(bad.refusals.filter((reason) => reason === 'bad-message')).toHaveLength(5);
    // The teacher has no vote.
    teacher.send({ type: 'vote', role: GROUP_A });
    await teacher.refusal('no-vote');
    expect(teacher.view?.teacher?.tally).toEqual({ [GROUP_A]: 0 });
    await Promise.all([teacher, good, bad].map((screen) => screen.leave()));
  });

  it('lets only the teacher advance', async () => {
    const { teacher, good, bad } = await session('HSTYC2');
    bad.send({ type: 'propose', actions: [], answers: {}, note: '' });
    await teacher.until((view) => view.proposals.length === 1);
    for (const type of ['open-vote', 'close-vote', 'extend', 'reveal', 'next', 'end'] as const) {
      bad.send(type === 'open-vote' ? { type, seconds: 60 } : { type });
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(bad.refusals.filter((reason) => reason === 'teacher-only')).toHaveLength(6);
    expect(teacher.view?.phase).toBe('proposing');
    await Promise.all([teacher, good, bad].map((screen) => screen.leave()));
  });

  it('under the cabinet rule, gives students in no group no vote', async () => {
    const { teacher, good, bad } = await session('HSTYD2', 'cabinet');
    good.send({ type: 'propose', actions: [], answers: {}, note: '' });
    await teacher.until((view) => view.proposals.length === 1);
    bad.send({ type: 'role', role: null });
    await bad.until((view) => view.you.role === null);
    teacher.send({ type: 'open-vote', seconds: 60 });
    await bad.until((view) => view.phase === 'voting');
    bad.send({ type: 'vote', role: GROUP_A });
    await bad.refusal('no-vote');
    await Promise.all([teacher, good, bad].map((screen) => screen.leave()));
  });

  it('rate-limits a flood, then disconnects it, while the class carries on', async () => {
    const { teacher, good, bad } = await session('HSTYE2');
    let closed = false;
    bad.room!.onLeave(() => (closed = true));
    for (let n = 0; n < LIMITS.liveMessageBurst * 5; n += 1) bad.send({ type: 'role', role: GROUP_A });
    await bad.refusal('rate-limited');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(closed).toBe(true);
    good.send({ type: 'propose', actions: [], answers: {}, note: 'Still here.' });
    await teacher.until((view) => view.proposals.length === 1);
    await Promise.all([teacher, good].map((screen) => screen.leave()));
  });

  it('drops a message larger than the protocol allows at the socket', async () => {
    const { teacher, good, bad } = await session('HSTYF2');
    let closed = false;
    bad.room!.onLeave(() => (closed = true));
    bad.send({ type: 'propose', actions: [], answers: {}, note: 'y'.repeat(LIMITS.liveMessageBytes * 2) });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(closed).toBe(true);
    expect(good.view?.proposals).toHaveLength(0);
    await Promise.all([teacher, good].map((screen) => screen.leave()));
  });
});
