import { createHash } from 'node:crypto';
import { Room, ServerError, type Client, type Delayed } from '@colyseus/core';
import { createActor, type Actor } from 'xstate';
import type { GameState, Scenario } from '../engine';
import { decisionProblem, LIMITS, offeredActions, predictionFor } from '../engine';
import { createCrisisMachine, turnPhase, type CrisisMachine } from '../flow';
import { recordedTurns, replayRecord } from '../sim/replay';
import {
  ACT,
  CLOSED,
  groupsOf,
  LIVE_PROTOCOL,
  plainText,
  REFUSED,
  VIEW,
  type ClientMessage,
  type JoinOptions,
  type JoinRefusal,
  type LivePhase,
  type LiveProposal,
  type LiveResult,
  type Refusal,
  type SessionSetup,
} from '../live/protocol';
import { ClientMessageSchema, JoinOptionsSchema } from '../live/schemas';
import { classPrediction, decideVote } from '../live/tally';
import { rateLimiter } from './rate-limit';
import type { ScenarioShelf } from './scenarios';
import type { LoggedSeat, SessionLog, SessionLogStore } from './session-log';
import { turnResult, viewFor, type RoomSnapshot, type Seat } from './live-view';

export interface RoomDeps {
  readonly scenarios: ScenarioShelf;
  readonly logs: SessionLogStore;
}

/** Join errors: a code the client can tell apart, and a message naming the reason first. */
const JOIN_ERROR = 4400;
const refuseJoin = (reason: JoinRefusal, words: string): ServerError => new ServerError(JOIN_ERROR, `${reason}: ${words}`);

/** How long changes wait to be sent together (a burst of 30 votes makes a few views per screen, not 30). */
const COALESCE_MS = 50;

const hash = (secret: string): string => createHash('sha256').update(secret).digest('base64url');

function readJoin(options: unknown): JoinOptions {
  const protocol = (options as { protocol?: unknown } | null)?.protocol;
  if (protocol !== LIVE_PROTOCOL) {
    throw refuseJoin('stale-client', `this page speaks live protocol ${String(protocol)}, the server ${LIVE_PROTOCOL}: reload the page`);
  }
  const parsed = JoinOptionsSchema.safeParse(options);
  if (!parsed.success) throw refuseJoin('bad-join', 'the join request is malformed');
  return parsed.data;
}

/**
 * One live session: the class as a cabinet. The server is authoritative: it holds the seed and
 * the decisions, and advances the game with the same XState turn flow (and so the same engine)
 * the browser runs. Clients only ask; every message is read through the shared schemas, checked
 * against the seat that sent it and the phase, and rate limited. Seats are found again by the
 * browser's seat key, so a reload or a lost connection gets the same seat back; the session's log
 * (seed, decisions, seats) is written to the presence store at every decided turn, so another
 * process or a restarted one carries on from it.
 */
export class CrisisRoom extends Room {
  static deps: RoomDeps;
  /** Sessions open in this process. */
  static open = 0;
  override maxClients = LIMITS.liveSeats + 10;

  private scenario!: Scenario;
  private setup!: SessionSetup;
  private code = '';
  private teacherKey = '';
  private actor!: Actor<CrisisMachine>;
  private phase: LivePhase = 'proposing';
  /** The game as the turn's decision is taken (the flow's state moves on once it resolves). */
  private turnGame!: GameState;
  private readonly seats = new Map<string, Seat>();
  private readonly clientsSeat = new Map<string, { seat: Seat; limit: ReturnType<typeof rateLimiter> }>();
  private proposals = new Map<string, LiveProposal>();
  private deadline: number | null = null;
  private timer: Delayed | null = null;
  private result: LiveResult | null = null;
  private history: LiveResult[] = [];
  private flushTimer: ReturnType<typeof setTimeout> | null = null;
  private counted = false;

  static override onAuth(_token: string, options: unknown): Promise<boolean> {
    readJoin(options);
    return Promise.resolve(true);
  }

  override async onCreate(options: unknown): Promise<void> {
    const join = readJoin(options);
    if (CrisisRoom.open >= LIMITS.liveSessionsPerProcess) throw refuseJoin('full', 'this class server runs as many sessions as it may');
    const { logs, scenarios } = CrisisRoom.deps;
    const log = await logs.read(join.code);
    if (log === null && (join.setup === undefined || join.teacher === undefined)) {
      throw refuseJoin('no-session', `there is no live session ${join.code}: check the code with your teacher`);
    }
    const setup = log?.setup ?? join.setup;
    if (setup === undefined) throw refuseJoin('no-session', 'no session');
    const scenario = await scenarios.get(setup.scenarioId);
    if (scenario === null) throw refuseJoin('unknown-scenario', `this server has no scenario ${setup.scenarioId}`);
    if (log !== null && log.scenarioVersion !== scenario.version) {
      throw refuseJoin('stale-client', `the session was played on version ${log.scenarioVersion} of the scenario`);
    }
    this.scenario = scenario;
    this.setup = { ...setup, mode: scenario.modes.some((mode) => mode.id === setup.mode) ? setup.mode : (scenario.modes[0]?.id ?? null) };
    this.code = join.code;
    this.teacherKey = log?.teacher ?? hash(join.teacher ?? '');
    this.autoDispose = true;
    let game: GameState | undefined;
    if (log !== null) {
      const replay = replayRecord(scenario, {
        seed: setup.seed,
        predictions: setup.predictions,
        mode: this.setup.mode ?? undefined,
        turns: log.turns,
      });
      if (!replay.ok) throw refuseJoin('no-session', `the session's log no longer replays (turn ${replay.turn})`);
      game = replay.resume;
      this.history = [...log.history];
      for (const seat of log.seats) {
        this.seats.set(seat.key, { ...seat, predictions: [...seat.predictions], clients: new Set(), vote: null, prediction: null });
      }
    }
    this.actor = createActor(createCrisisMachine(), {
      input: { scenario, seed: setup.seed, predictions: setup.predictions, mode: this.setup.mode ?? undefined, game },
    }).start();
    this.turnGame = this.game();
    this.phase = this.game().ending === null ? 'proposing' : 'ended';
    if (log === null) await this.persist();
    CrisisRoom.open += 1;
    this.counted = true;
    this.onMessage(ACT, (client, message: unknown) => this.receive(client, message));
    this.onMessage('*', (client) => this.guard(client) && this.refuse(client, 'bad-message'));
  }

  override onJoin(client: Client, options: unknown): void {
    const join = readJoin(options);
    const key = hash(join.seat);
    const teacher = join.teacher !== undefined && hash(join.teacher) === this.teacherKey;
    if (join.teacher !== undefined && !teacher) throw refuseJoin('wrong-teacher', 'this session belongs to another teacher');
    let seat = this.seats.get(key);
    if (seat === undefined) {
      if (this.seats.size >= LIMITS.liveSeats) throw refuseJoin('full', 'the session is full');
      const name = plainText(join.name ?? '').slice(0, LIMITS.liveName);
      if (name === '' && !teacher) throw refuseJoin('bad-join', 'a display name is needed');
      seat = {
        key,
        id: `s${this.seats.size + 1}`,
        name: name === '' ? 'Teacher' : name,
        role: null,
        teacher,
        predictions: [],
        clients: new Set(),
        vote: null,
        prediction: null,
      };
      this.seats.set(key, seat);
      void this.persist();
    }
    seat.clients.add(client.sessionId);
    this.clientsSeat.set(client.sessionId, { seat, limit: rateLimiter(() => Date.now()) });
    this.schedule(true);
  }

  override onLeave(client: Client): void {
    const entry = this.clientsSeat.get(client.sessionId);
    this.clientsSeat.delete(client.sessionId);
    entry?.seat.clients.delete(client.sessionId);
    this.schedule(false);
  }

  override onDispose(): void {
    if (this.counted) CrisisRoom.open -= 1;
    this.actor?.stop();
    if (this.flushTimer !== null) clearTimeout(this.flushTimer);
  }

  private game(): GameState {
    return this.actor.getSnapshot().context.game;
  }

  private roleIds(): string[] {
    return [...groupsOf(this.scenario.roles.map((role) => role.id))];
  }

  /** Rate limit first: a flood is refused before it is even read. */
  private guard(client: Client): boolean {
    const entry = this.clientsSeat.get(client.sessionId);
    if (entry === undefined) return false;
    const verdict = entry.limit.take();
    if (verdict === 'drop') client.leave(4429);
    else if (verdict === 'refuse') this.refuse(client, 'rate-limited');
    return verdict === 'ok';
  }

  private refuse(client: Client, reason: Refusal): void {
    client.send(REFUSED, { reason });
  }

  private receive(client: Client, raw: unknown): void {
    if (!this.guard(client)) return;
    const seat = this.clientsSeat.get(client.sessionId)?.seat;
    if (seat === undefined) return;
    const note = (raw as { note?: unknown } | null)?.note;
    if (typeof note === 'string' && note.length > LIMITS.liveNote) return this.refuse(client, 'note-too-long');
    const parsed = ClientMessageSchema.safeParse(raw);
    if (!parsed.success) return this.refuse(client, 'bad-message');
    const problem = this.apply(seat, parsed.data);
    if (problem !== null) this.refuse(client, problem);
  }

  private apply(seat: Seat, message: ClientMessage): Refusal | null {
    switch (message.type) {
      case 'role':
        if (seat.teacher) return 'not-allowed';
        if (message.role !== null && !this.roleIds().includes(message.role)) return 'unknown-role';
        if (this.phase !== 'proposing' && this.phase !== 'revealed') return 'wrong-phase';
        seat.role = message.role;
        void this.persist();
        break;
      case 'propose':
        return this.propose(seat, message);
      case 'vote': {
        if (this.phase !== 'voting') return 'wrong-phase';
        if (seat.teacher || (this.setup.rule === 'cabinet' && seat.role === null)) return 'no-vote';
        if (!this.proposals.has(message.role)) return 'unknown-option';
        seat.vote = message.role;
        if (this.votesCast() >= this.voters().length) this.closeVote();
        break;
      }
      case 'predict': {
        if (this.phase !== 'predicting') return 'wrong-phase';
        if (seat.teacher) return 'not-allowed';
        const options = predictionFor(this.scenario, this.turnGame)?.options.map((option) => option.id) ?? [];
        if (!options.includes(message.option)) return 'unknown-option';
        seat.prediction = message.option;
        break;
      }
      default:
        if (!seat.teacher) return 'teacher-only';
        return this.teacherAct(message);
    }
    this.schedule(false);
    return null;
  }

  private propose(seat: Seat, message: Extract<ClientMessage, { type: 'propose' }>): Refusal | null {
    if (this.phase !== 'proposing') return 'wrong-phase';
    if (seat.role === null) return 'not-your-role';
    if (decisionProblem(this.scenario, this.turnGame, message.actions, message.answers) !== null) return 'unknown-option';
    this.proposals.set(seat.role, {
      role: seat.role,
      actions: [...message.actions],
      answers: { ...message.answers },
      note: plainText(message.note),
      by: seat.name,
    });
    this.schedule(false);
    return null;
  }

  private teacherAct(message: ClientMessage): Refusal | null {
    switch (message.type) {
      case 'open-vote':
        if (this.phase !== 'proposing') return 'wrong-phase';
        if (this.proposals.size === 0) return 'not-allowed';
        this.phase = 'voting';
        this.startTimer(message.seconds * 1000);
        break;
      case 'extend':
        if (this.phase !== 'voting' || this.deadline === null) return 'wrong-phase';
        this.startTimer(Math.min(this.deadline - Date.now() + LIMITS.liveExtendSeconds * 1000, LIMITS.liveVoteMaxSeconds * 1000));
        break;
      case 'close-vote':
        if (this.phase !== 'voting') return 'wrong-phase';
        this.closeVote();
        break;
      case 'reveal':
        if (this.phase !== 'predicting' && this.phase !== 'decided') return 'wrong-phase';
        void this.reveal();
        return null;
      case 'next':
        if (this.phase !== 'revealed') return 'wrong-phase';
        this.nextTurn();
        break;
      case 'rule':
        if (this.phase !== 'proposing') return 'wrong-phase';
        this.setup = { ...this.setup, rule: message.rule };
        void this.persist();
        break;
      case 'end':
        void this.endSession();
        return null;
      default:
        return 'bad-message';
    }
    this.schedule(true);
    return null;
  }

  private startTimer(ms: number): void {
    this.timer?.clear();
    this.deadline = Date.now() + ms;
    this.timer = this.clock.setTimeout(() => {
      if (this.phase === 'voting') this.closeVote();
    }, ms);
  }

  /** The students who may vote now: every connected student, or under `cabinet` those in a role. */
  private voters(): Seat[] {
    return [...this.seats.values()].filter(
      (seat) => !seat.teacher && seat.clients.size > 0 && (this.setup.rule === 'class' || seat.role !== null),
    );
  }

  private votesCast(): number {
    return this.voters().filter((seat) => seat.vote !== null).length;
  }

  private pendingResult: { winner: string | null; tally: Readonly<Record<string, number>> } | null = null;

  /** The vote closes: the winning proposal is committed to the flow, as a player's decisions are. */
  private closeVote(): void {
    this.timer?.clear();
    this.timer = null;
    this.deadline = null;
    const order = this.roleIds().filter((role) => this.proposals.has(role));
    const ballots = [...this.seats.values()].flatMap((seat) =>
      seat.vote === null || seat.teacher ? [] : [{ role: seat.role, choice: seat.vote }],
    );
    const vote = decideVote(this.setup.rule, order, this.roleIds(), ballots);
    const chosen = vote.winner === null ? null : (this.proposals.get(vote.winner) ?? null);
    this.pendingResult = vote;
    this.actor.send({ type: 'player.commit', actions: chosen?.actions ?? [], answers: chosen?.answers ?? {} });
    const phase = turnPhase(this.actor.getSnapshot());
    this.phase = phase === 'predicting' ? 'predicting' : 'decided';
    if (phase === 'resolution') void this.persist();
    this.schedule(true);
  }

  /** The results, on every screen at once: the class's prediction (if asked) resolves the turn first. */
  private async reveal(): Promise<void> {
    const students = [...this.seats.values()].filter((seat) => !seat.teacher);
    const track = predictionFor(this.scenario, this.turnGame);
    if (this.phase === 'predicting' && track !== null) {
      const options = track.options.map((option) => option.id);
      const { chosen } = classPrediction(
        options,
        students.flatMap((seat) => (seat.prediction === null ? [] : [seat.prediction])),
      );
      const reason = chosen === null ? 'nobody predicted' : 'the class prediction';
      this.actor.send({ type: 'player.predict', option: chosen ?? options[0] ?? '', reason });
    }
    const record = this.game().turns.at(-1);
    if (record === undefined || turnPhase(this.actor.getSnapshot()) !== 'resolution') return;
    for (const seat of students) seat.predictions[record.turn - 1] = seat.prediction;
    this.result = turnResult(record, students, this.pendingResult);
    this.history.push(this.result);
    this.phase = 'revealed';
    // No decided turn is lost: the log is written before any screen learns the result.
    await this.persist();
    this.schedule(true);
  }

  private nextTurn(): void {
    this.actor.send({ type: 'player.continue' });
    this.proposals = new Map();
    this.result = null;
    this.pendingResult = null;
    for (const seat of this.seats.values()) {
      seat.vote = null;
      seat.prediction = null;
    }
    this.turnGame = this.game();
    this.phase = turnPhase(this.actor.getSnapshot()) === 'ended' ? 'ended' : 'proposing';
  }

  private async endSession(): Promise<void> {
    CrisisRoom.deps.logs.remove(this.code);
    this.flush();
    this.broadcast(CLOSED, {});
    await this.disconnect();
  }

  private logged(): SessionLog {
    const seats: LoggedSeat[] = [...this.seats.values()].map(({ key, id, name, role, teacher, predictions }) => ({
      key,
      id,
      name,
      role,
      teacher,
      predictions,
    }));
    return {
      version: 1,
      code: this.code,
      setup: this.setup,
      scenarioVersion: this.scenario.version,
      teacher: this.teacherKey,
      turns: recordedTurns(this.game().turns),
      history: this.history,
      seats,
    };
  }

  private persist(): Promise<void> {
    return CrisisRoom.deps.logs
      .write(this.logged())
      .catch((error: unknown) => console.error('class server: the session log was not written', error));
  }

  /** Changes are sent together: a burst of votes makes one view per screen, the reveal goes at once. */
  private schedule(now: boolean): void {
    if (now) return this.flush();
    this.flushTimer ??= setTimeout(() => this.flush(), COALESCE_MS);
  }

  private flush(): void {
    if (this.flushTimer !== null) clearTimeout(this.flushTimer);
    this.flushTimer = null;
    const snapshot: RoomSnapshot = {
      code: this.code,
      scenario: this.scenario,
      setup: this.setup,
      phase: this.phase,
      turnGame: this.turnGame,
      game: this.game(),
      offered: offeredActions(this.scenario, this.turnGame).map((action) => action.id),
      groups: this.roleIds(),
      proposals: this.roleIds().flatMap((role) => {
        const proposal = this.proposals.get(role);
        return proposal === undefined ? [] : [proposal];
      }),
      deadline: this.deadline,
      seats: [...this.seats.values()],
      voters: this.voters().length,
      votesCast: this.votesCast(),
      result: this.result,
      history: this.history,
    };
    for (const client of this.clients) {
      const seat = this.clientsSeat.get(client.sessionId)?.seat;
      if (seat !== undefined) client.send(VIEW, viewFor(snapshot, seat));
    }
  }
}
