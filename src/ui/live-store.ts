import { createStore } from 'zustand/vanilla';
import type { GameState, Scenario } from '../engine';
import type { ClientMessage, JoinRefusal, LiveView, Refusal, VoteRule } from '../live/protocol';
import { LIMITS } from '../engine/limits';

/** Where the live screens stand: joining, in the session, trying to get back in, refused, or over. */
export type LiveStatus = 'idle' | 'connecting' | 'live' | 'reconnecting' | 'failed' | 'ended';

/** Why the page could not join: the server's reason, or a server that does not answer. */
export type LiveProblem = JoinRefusal | 'unreachable' | 'bad-address';

export interface LiveDraft {
  readonly actions: readonly string[];
  readonly answers: Readonly<Record<string, string>>;
  readonly note: string;
}

export interface LiveState {
  readonly status: LiveStatus;
  readonly view: LiveView | null;
  /** The scenario the session plays, loaded in the page for its text. */
  readonly scenario: Scenario | null;
  /** The shared game at the open turn, rebuilt on this screen from the session's record by the same engine. */
  readonly game: GameState | null;
  readonly problem: LiveProblem | null;
  /** The server's words with the problem, shown as text. */
  readonly problemDetail: string;
  /** The last message the server refused, until the next change. */
  readonly refusal: Refusal | null;
  /** The class server's address (the teacher's setting), and what the join form holds. */
  readonly server: string;
  readonly code: string;
  readonly name: string;
  readonly rule: VoteRule;
  readonly voteSeconds: number;
  /** The group's proposal being written on this screen. */
  readonly draft: LiveDraft;
  /** The browser's clock minus the server's, so every screen's timer shows the same time left. */
  readonly clockSkew: number;
  /** The teacher asked to end the session and has yet to confirm. */
  readonly confirmEnd: boolean;
}

/** Where the device keeps the teacher's running session (code, keys, server), so a closed tab can take the controls back. */
export const LIVE_TEACHER_KEY = 'crisis-desk.live.teacher.v1';

/** The code of the teacher's running session, from what the device keeps; null if none (or unreadable). */
export function keptLiveCode(raw: string | null): string | null {
  try {
    const code = (JSON.parse(raw ?? 'null') as { code?: unknown } | null)?.code;
    return typeof code === 'string' && /^[A-Z0-9]{1,8}$/.test(code) ? code : null;
  } catch {
    return null;
  }
}

/**
 * The class server's default address: the page's own, under live/. The class server serves the
 * game there itself (`npm run class-server`), and the development and preview servers pass live/
 * on to it, so the page never needs to reach another origin.
 */
export function defaultServer(page: string): string {
  const url = new URL('live', page);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  url.search = '';
  url.hash = '';
  return url.toString();
}

/** A server address a person typed or a link carried: ws:// or wss://, a host, maybe a port and a path. */
export function readServerAddress(typed: string): string | null {
  const trimmed = typed.trim();
  if (trimmed.length > 200) return null;
  try {
    const url = new URL(trimmed);
    if (url.protocol !== 'ws:' && url.protocol !== 'wss:') return null;
    if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') return null;
    return url.toString().replace(/\/$/, '');
  } catch {
    return null;
  }
}

export const EMPTY_DRAFT: LiveDraft = { actions: [], answers: {}, note: '' };

export function createLiveStore(server: string) {
  return createStore<LiveState>(() => ({
    status: 'idle',
    view: null,
    scenario: null,
    game: null,
    problem: null,
    problemDetail: '',
    refusal: null,
    server,
    code: '',
    name: '',
    rule: 'class',
    voteSeconds: LIMITS.liveVoteSeconds,
    draft: EMPTY_DRAFT,
    clockSkew: 0,
    confirmEnd: false,
  }));
}

export type LiveStore = ReturnType<typeof createLiveStore>;

/** What the live screens may ask of the app. */
export interface LiveCommands {
  /** The teacher opens a session with the teacher page's setup. */
  start(): void;
  /** A student joins with a code and a display name. */
  join(code: string, name: string): void;
  /** Sends one message to the session (the server decides). */
  act(message: ClientMessage): void;
  /** Leaves the session on this screen (the session goes on). */
  leave(): void;
  setServer(address: string): void;
  /** The shared game as an export file, the students' files for the class results, and the debrief. */
  exportGame(): void;
  openResults(): void;
  openDebrief(): void;
}
