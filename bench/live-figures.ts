import { readFileSync } from 'node:fs';
import { CODE_ALPHABET } from '../src/live/protocol';
import { shippedScenario } from '../test/helpers/scenario';
import type { LiveSeat } from '../test/server/live-harness';
import { openClass, playTurn, proposer, SHORT_GAME } from '../test/server/live-harness';
import { startServerProcess } from '../test/server/server-process';
import { describe, percentile, record, spread } from './stats';

const SESSIONS = 40;
const CLASS_SIZE = 30;
const TURNS = 3;

/** The resident memory of a process, from /proc (Linux), in megabytes. */
function residentMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  return kb / 1024;
}

const settle = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The live classroom under a school's load: 40 sessions of 30 students and a teacher, every
 * client a real Colyseus client (in this process) on one class server process (npm run
 * class-server, in memory). Each turn every student votes; the vote closes when the last vote
 * arrives, the teacher's screen reveals as soon as it sees the closed vote, and the figure is the
 * time from the last vote sent to the moment the last of the session's 31 screens shows the result.
 * Memory is the server's resident size, read as the sessions open one after another.
 */
export async function liveFigures(): Promise<void> {
  const scenario = shippedScenario('ottawa-2021');
  const server = await startServerProcess();
  const endpoint = `ws://127.0.0.1:${server.port}`;
  const classes: { teacher: LiveSeat; students: LiveSeat[] }[] = [];
  try {
    await settle(500);
    const before = residentMb(server.pid);
    const perSession: number[] = [];
    let last = before;
    for (let index = 0; index < SESSIONS; index += 1) {
      const code = `BENC${CODE_ALPHABET[index % CODE_ALPHABET.length] ?? 'A'}${CODE_ALPHABET[Math.floor(index / CODE_ALPHABET.length)] ?? 'A'}`;
      classes.push(await openClass(endpoint, code, CLASS_SIZE, { ...SHORT_GAME, predictions: false, seed: 1000 + index }));
      const now = residentMb(server.pid);
      perSession.push(now - last);
      last = now;
    }
    await settle(500);
    const after = residentMb(server.pid);
    const latencies: number[] = [];
    const everyScreen: number[] = [];
    for (let turn = 0; turn < TURNS; turn += 1) {
      const times = await Promise.all(classes.map(({ teacher, students }) => playTurn(teacher, students, proposer(scenario, teacher))));
      for (const { lastVote, shown } of times) {
        latencies.push(Math.max(...shown) - lastVote);
        everyScreen.push(...shown.map((time) => time - lastVote));
      }
    }
    const clients = SESSIONS * (CLASS_SIZE + 1);
    record(
      `live: last vote to every screen showing the result (${SESSIONS} sessions × ${CLASS_SIZE} students, at once)`,
      `median ${percentile(latencies, 0.5).toFixed(0)} ms, p95 ${percentile(latencies, 0.95).toFixed(0)} ms`,
      `${latencies.length} turns; per screen median ${percentile(everyScreen, 0.5).toFixed(0)} ms, p95 ${percentile(everyScreen, 0.95).toFixed(0)} ms; ${clients} clients in the bench's own process`,
    );
    record(
      'live: class server memory per session (resident, as sessions open)',
      describe(spread(perSession), 'MB', 2),
      `${before.toFixed(0)} MB empty, ${after.toFixed(0)} MB with ${SESSIONS} sessions: ${((after - before) / SESSIONS).toFixed(2)} MB each on average`,
    );
  } finally {
    await Promise.all(
      classes.flatMap(({ teacher, students }) => [teacher, ...students].map((seat) => seat.leave().catch(() => undefined))),
    );
    await server.stop();
  }
}
