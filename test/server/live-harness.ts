import { createServer, type AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { Client, type Room } from 'colyseus.js';
import type { Scenario } from '../../src/engine';
import { decisionProblem } from '../../src/engine';
import { replayRecord } from '../../src/sim/replay';
import { shippedScenario } from '../helpers/scenario';
import {
  LIVE_PROTOCOL,
  LIVE_ROOM,
  VIEW,
  REFUSED,
  groupsOf,
  socketAddress,
  type ClientMessage,
  type LiveView,
  type SessionSetup,
} from '../../src/live/protocol';

/** A free TCP port on this machine (asked of the system, then released). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export const secret = (): string => randomBytes(18).toString('base64url');

/** Two of the article scenario's groups (its role cards), for tests that need a group by name. */
export const [GROUP_A, GROUP_B] = groupsOf(shippedScenario('ottawa-2021').roles.map((role) => role.id)) as [string, string];
export const SHORT_GAME: SessionSetup = { scenarioId: 'ottawa-2021', mode: 'short', seed: 20210322, predictions: true, rule: 'class' };

/**
 * One browser's connection as the tests drive it, through the Colyseus client SDK: joins a
 * session, keeps the latest view and every refusal, and waits for views that match.
 */
export class LiveSeat {
  view: LiveView | null = null;
  readonly refusals: string[] = [];
  readonly views: { at: number; view: LiveView }[] = [];
  /** When this screen first showed each turn's result. */
  readonly revealedAt = new Map<number, number>();
  room: Room | null = null;
  private waiters: { test: (view: LiveView) => boolean; resolve: (view: LiveView) => void }[] = [];

  readonly seat: string;

  constructor(
    readonly endpoint: string,
    readonly code: string,
    readonly options: { name?: string; teacher?: string; setup?: SessionSetup; seat?: string } = {},
    readonly keepViews = false,
  ) {
    this.seat = options.seat ?? secret();
  }

  async join(): Promise<this> {
    const client = new Client(this.endpoint, { urlBuilder: socketAddress });
    const room = await client.joinOrCreate(LIVE_ROOM, {
      protocol: LIVE_PROTOCOL,
      code: this.code,
      seat: this.seat,
      ...(this.options.name === undefined ? {} : { name: this.options.name }),
      ...(this.options.teacher === undefined ? {} : { teacher: this.options.teacher }),
      ...(this.options.setup === undefined ? {} : { setup: this.options.setup }),
    });
    this.room = room;
    room.onMessage(VIEW, (view: LiveView) => {
      this.view = view;
      if (view.phase === 'revealed' && view.result !== null && !this.revealedAt.has(view.result.turn)) {
        this.revealedAt.set(view.result.turn, performance.now());
      }
      if (this.keepViews) this.views.push({ at: performance.now(), view });
      this.waiters = this.waiters.filter((waiter) => {
        if (!waiter.test(view)) return true;
        waiter.resolve(view);
        return false;
      });
    });
    room.onMessage(REFUSED, (message: { reason: string }) => this.refusals.push(message.reason));
    return this;
  }

  send(message: ClientMessage | Record<string, unknown>): void {
    this.room?.send('act', message);
  }

  /** The next view (or the current one) that passes the test. */
  until(test: (view: LiveView) => boolean, timeoutMs = 15_000): Promise<LiveView> {
    if (this.view !== null && test(this.view)) return Promise.resolve(this.view);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(
            new Error(
              `no matching view within ${timeoutMs} ms; last: ${this.view?.phase} turn ${this.view?.turn}, refused ${this.refusals.join(' ')}`,
            ),
          ),
        timeoutMs,
      );
      this.waiters.push({
        test,
        resolve: (view) => {
          clearTimeout(timer);
          resolve(view);
        },
      });
    });
  }

  async refusal(reason: string, timeoutMs = 5000): Promise<void> {
    const started = Date.now();
    while (!this.refusals.includes(reason)) {
      if (Date.now() - started > timeoutMs) throw new Error(`not refused with ${reason}: got ${this.refusals.join(', ')}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  async leave(consented = true): Promise<void> {
    await this.room?.leave(consented);
    this.room = null;
  }
}

/** A teacher and a class, joined to one new session. */
export async function openClass(
  endpoint: string | ((index: number) => string),
  code: string,
  size: number,
  setup: SessionSetup,
  keepViews = false,
): Promise<{ teacher: LiveSeat; students: LiveSeat[] }> {
  const at = (index: number): string => (typeof endpoint === 'string' ? endpoint : endpoint(index));
  const teacher = await new LiveSeat(at(0), code, { teacher: secret(), setup }, keepViews).join();
  const first = await teacher.until(() => true);
  const students = await Promise.all(
    Array.from({ length: size }, (_, index) => new LiveSeat(at(index + 1), code, { name: `Student ${index + 1}` }, keepViews).join()),
  );
  students.forEach((student, index) => student.send({ type: 'role', role: first.groups[index % first.groups.length] ?? '' }));
  await teacher.until((view) => (view.teacher?.seats.filter((seat) => !seat.teacher && seat.role !== null).length ?? 0) === size);
  await Promise.all(students.map((student) => student.until((view) => view.you.role !== null)));
  return { teacher, students };
}

export interface TurnTimes {
  /** When the last vote was sent, and when each screen (teacher first) showed the result. */
  readonly lastVote: number;
  readonly shown: readonly number[];
}

/**
 * One turn as a class plays it: each group's first member proposes an option (one the rules
 * allow, found with `propose`), the teacher opens the vote, every student votes, predicts if asked,
 * and the teacher reveals; then the teacher moves on. Returns when every screen showed the result.
 */
export async function playTurn(
  teacher: LiveSeat,
  students: readonly LiveSeat[],
  propose: (view: LiveView, group: number) => { actions: string[]; answers: Record<string, string> },
): Promise<TurnTimes> {
  const view = await teacher.until((candidate) => candidate.phase === 'proposing');
  const turn = view.turn;
  const groups = view.groups;
  for (const [index, group] of groups.entries()) {
    const author = students.find((student) => student.view?.you.role === group);
    if (author === undefined) continue;
    const { actions, answers } = propose(view, index);
    author.send({ type: 'propose', actions, answers, note: `Group ${index + 1} argues for ${actions.join(' and ') || 'waiting'}.` });
  }
  const groupsWithMembers = new Set(students.map((student) => student.view?.you.role));
  await teacher.until((candidate) => candidate.proposals.length === groups.filter((group) => groupsWithMembers.has(group)).length);
  teacher.send({ type: 'open-vote', seconds: 120 });
  await Promise.all(students.map((student) => student.until((candidate) => candidate.phase === 'voting')));
  let lastVote = 0;
  students.forEach((student, index) => {
    const proposals = student.view?.proposals ?? [];
    student.send({ type: 'vote', role: proposals[index % Math.max(1, Math.min(2, proposals.length))]?.role ?? '' });
    lastVote = performance.now();
  });
  const closed = await teacher.until((candidate) => candidate.phase === 'predicting' || candidate.phase === 'decided');
  if (closed.phase === 'predicting') {
    students.forEach((student, index) =>
      student.send({ type: 'predict', option: closed.predictionOptions[index % closed.predictionOptions.length] ?? '' }),
    );
    await teacher.until((candidate) => Object.values(candidate.teacher?.predictions ?? {}).reduce((a, b) => a + b, 0) === students.length);
  }
  teacher.send({ type: 'reveal' });
  const revealed = (candidate: LiveView): boolean => candidate.phase === 'revealed' && candidate.result?.turn === turn;
  const screens = [teacher, ...students];
  await Promise.all(screens.map((screen) => screen.until(revealed)));
  const shown = screens.map((screen) => screen.revealedAt.get(turn) ?? Number.NaN);
  teacher.send({ type: 'next' });
  await teacher.until((candidate) => candidate.phase === 'ended' || (candidate.phase === 'proposing' && candidate.turn === turn + 1));
  return { lastVote, shown };
}

/**
 * A proposal the rules allow, found with the engine from the session's record (what a group
 * would pick on screen): the group's own option from the hand, or nothing when it cannot be paid for.
 */
export function proposer(scenario: Scenario, teacher: LiveSeat) {
  return (view: LiveView, group: number): { actions: string[]; answers: Record<string, string> } => {
    const record = teacher.view?.record;
    if (record === undefined) return { actions: [], answers: {} };
    const replay = replayRecord(scenario, record);
    if (!replay.ok) throw new Error(`the session's record does not replay: ${replay.reason}`);
    const option = view.offered[group % view.offered.length];
    const actions = option === undefined ? [] : [option];
    return { actions: decisionProblem(scenario, replay.resume, actions) === null ? actions : [], answers: {} };
  };
}
