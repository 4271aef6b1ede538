import type { ShownText } from '../engine';
import { LIMITS } from '../engine/limits';

/**
 * The live classroom's wire protocol, shared by the class server (src/server) and the browser
 * (src/app/live-ui.ts, live-connection.ts): the names, codes and limits both sides use, and the view
 * the server sends back. What a client may send is in ./schemas.ts, which only the server loads
 * (the page builds its messages from the same types). The limits are the game's (src/engine/limits.ts).
 */

/** Bumped whenever a message or the view changes shape: an older page is refused with a clear message. */
export const LIVE_PROTOCOL = 1;

/** The Colyseus room every live session is an instance of, found by its code. */
export const LIVE_ROOM = 'crisis-class';

/** The port the class server listens on when none is given. */
export const DEFAULT_LIVE_PORT = 2567;

/** Join codes: no 0/O, 1/I/L, so a code read off the board is typed right. */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_PATTERN = new RegExp(`^[${CODE_ALPHABET}]{${LIMITS.liveCode}}$`);

/** Makes a join code from random 32-bit numbers (the caller brings the randomness). */
export function joinCode(random: () => number): string {
  return Array.from({ length: LIMITS.liveCode }, () => CODE_ALPHABET[random() % CODE_ALPHABET.length] ?? 'A').join('');
}

/** What a person types as a code: spaces and case forgiven. */
export function normaliseCode(typed: string): string {
  return typed.replace(/[\s-]+/g, '').toUpperCase();
}

/** How the turn's decision is taken: every student's vote counts, or each role casts one (its members' majority). */
export type VoteRule = 'class' | 'cabinet';

/**
 * Text from a person: kept as text. Control characters are dropped and spaces folded; the limit is
 * checked on what was sent, so an oversized note is refused rather than cut.
 */
// Control characters, zero-width and direction marks: nothing a name or a note needs.
// eslint-disable-next-line no-control-regex
const INVISIBLE = new RegExp('[\\u0000-\\u001f\\u007f-\\u009f\\u200b-\\u200f\\u2028-\\u202e\\u2066-\\u2069]+', 'g');
export function plainText(text: string): string {
  return text.replace(INVISIBLE, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * The groups that propose: the scenario's roles (the role cards), or, for a scenario with none,
 * four plain groups (A to D) the page names in its language.
 */
export function groupsOf(roles: readonly string[]): readonly string[] {
  return roles.length > 0 ? roles : GROUPS;
}
export const GROUPS = ['group-a', 'group-b', 'group-c', 'group-d'] as const;

import type { SessionSetup } from './schemas';
export type { ClientMessage, JoinOptions, SessionSetup } from './schemas';

/**
 * The Colyseus client copies every join option into the socket's address; only the seat
 * reservation belongs there, so seat and teacher keys never reach a proxy's access log.
 */
export function socketAddress(url: URL): string {
  const kept = new URLSearchParams();
  for (const name of ['sessionId', 'reconnectionToken']) {
    const value = url.searchParams.get(name);
    if (value !== null) kept.set(name, value);
  }
  url.search = kept.toString();
  return url.toString();
}

/** The only message type a client sends, and the two the server sends. */
export const ACT = 'act';
export const VIEW = 'view';
export const REFUSED = 'refused';
/** Sent once when the teacher ends the session: the pages stop trying to reconnect. */
export const CLOSED = 'closed';

export const JOIN_REFUSALS: readonly JoinRefusal[] = [
  'stale-client',
  'no-session',
  'bad-join',
  'wrong-teacher',
  'full',
  'unknown-scenario',
];

/** Why the server refused a message or a join: a key the page translates (`live.refused.*`). */
export type Refusal =
  | 'bad-message'
  | 'rate-limited'
  | 'teacher-only'
  | 'wrong-phase'
  | 'not-your-role'
  | 'unknown-role'
  | 'unknown-option'
  | 'not-allowed'
  | 'no-vote'
  | 'note-too-long';

/** Join errors carry one of these as their message, with the server's words after a colon. */
export type JoinRefusal = 'stale-client' | 'no-session' | 'bad-join' | 'wrong-teacher' | 'full' | 'unknown-scenario';

export type LivePhase = 'proposing' | 'voting' | 'predicting' | 'decided' | 'revealed' | 'ended';

export interface LiveProposal {
  readonly role: string;
  readonly actions: readonly string[];
  readonly answers: Readonly<Record<string, string>>;
  readonly note: string;
  /** The display name of whoever last wrote it. */
  readonly by: string;
}

export interface LiveSeat {
  readonly id: string;
  readonly name: string;
  readonly role: string | null;
  readonly teacher: boolean;
  readonly connected: boolean;
  readonly voted: boolean;
  readonly predicted: boolean;
}

/** A turn as the class decided it, with how the vote went, for the reveal and the history. */
export interface LiveResult {
  readonly turn: number;
  readonly winner: string | null;
  readonly decisions: readonly string[];
  readonly answers: Readonly<Record<string, string>>;
  readonly tally: Readonly<Record<string, number>>;
  readonly prediction: {
    readonly chosen: string | null;
    readonly correct: string | null;
    readonly right: number;
    readonly total: number;
  } | null;
  readonly metersBefore: Readonly<Record<string, number>>;
  readonly metersAfter: Readonly<Record<string, number>>;
}

/** What every screen is sent after each change; the teacher's has the `teacher` part. */
export interface LiveView {
  readonly protocol: number;
  readonly code: string;
  readonly scenarioId: string;
  readonly scenarioVersion: string;
  readonly setup: SessionSetup;
  readonly phase: LivePhase;
  readonly turn: number;
  readonly lastTurn: number;
  readonly capital: number;
  readonly meters: Readonly<Record<string, number>>;
  /** The hand and the standing moves open this turn, and the questions asked (by event). */
  readonly offered: readonly string[];
  readonly asked: readonly string[];
  /**
   * How the offered options' and the asked questions' texts read in this game (the variant and the
   * numbers, as the desk would show them), by id; absent where the text has a single plain form.
   */
  readonly shown: {
    readonly actions: Readonly<Record<string, ShownText>>;
    readonly events: Readonly<Record<string, ShownText>>;
  };
  /** The groups that propose (the scenario's roles, or groups A to D), in order. */
  readonly groups: readonly string[];
  readonly proposals: readonly LiveProposal[];
  /** The vote's closing time by the server's clock, and the server's clock when this view was sent. */
  readonly deadline: number | null;
  readonly serverNow: number;
  /** The prediction asked this turn (a track id) and its options. */
  readonly predictionTrack: string | null;
  readonly predictionOptions: readonly string[];
  readonly votesCast: number;
  readonly voters: number;
  /** Shown on every screen at the reveal; null before. */
  readonly result: LiveResult | null;
  readonly history: readonly LiveResult[];
  readonly ending: { readonly id: string; readonly turn: number } | null;
  /**
   * The session as a game record: seed, length and decisions (see src/app/game-record.ts). Every
   * screen rebuilds the game from it with the same engine, to show the turn's news as the desk does.
   */
  readonly record: {
    readonly seed: number;
    readonly mode: string;
    readonly predictions: boolean;
    readonly turns: readonly {
      readonly decisions: readonly string[];
      readonly answers?: Readonly<Record<string, string>>;
      readonly prediction: { readonly option: string; readonly reason: string } | null;
    }[];
  };
  readonly you: {
    readonly seat: string;
    readonly name: string;
    readonly role: string | null;
    readonly teacher: boolean;
    readonly vote: string | null;
    readonly prediction: string | null;
  };
  readonly teacher: {
    readonly seats: readonly LiveSeat[];
    readonly tally: Readonly<Record<string, number>>;
    readonly predictions: Readonly<Record<string, number>>;
    /** Each student's predictions by turn (option ids, null where none), for the per-student exports. */
    readonly studentPredictions: readonly {
      readonly name: string;
      readonly role: string | null;
      readonly options: readonly (string | null)[];
    }[];
  } | null;
}
