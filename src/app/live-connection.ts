// The Colyseus client: loaded with the live screens only, never with the title.
import { Client, type Room } from 'colyseus.js';
import {
  ACT,
  CLOSED,
  JOIN_REFUSALS,
  LIVE_ROOM,
  REFUSED,
  socketAddress,
  VIEW,
  type ClientMessage,
  type JoinOptions,
  type JoinRefusal,
  type LiveView,
  type Refusal,
} from '../live/protocol';

export interface LiveHandlers {
  view(view: LiveView): void;
  refused(reason: Refusal): void;
  status(status: 'live' | 'reconnecting' | 'ended'): void;
  /** The server refused the join for good (stale page, unknown code…), or never answered. */
  failed(problem: JoinRefusal | 'unreachable', detail: string): void;
}

export interface LiveConnection {
  send(message: ClientMessage): void;
  leave(): void;
}

/** Attempts at a first join before the page says the server does not answer. */
const FIRST_TRIES = 3;

/**
 * One screen's connection to a session. A dropped connection (Wi-Fi, a server restart) is retried
 * with growing, jittered pauses, with the same seat key, so the screen gets its seat back; the
 * teacher's setup is only sent on the first join, so a retry never opens a new, empty session in
 * the old one's place. A refusal the server gives a reason for is final, and shown.
 */
export function connectLive(server: string, options: JoinOptions, handlers: LiveHandlers): LiveConnection {
  const client = new Client(server, { urlBuilder: socketAddress });
  let room: Room | null = null;
  let stopped = false;
  let joined = false;
  let attempt = 0;

  const retry = (): void => {
    attempt += 1;
    if (!joined && attempt >= FIRST_TRIES) {
      stopped = true;
      handlers.failed('unreachable', server);
      return;
    }
    if (joined) handlers.status('reconnecting');
    const pause = Math.min(10_000, 400 * 2 ** attempt) * (0.75 + Math.random() / 2);
    window.setTimeout(() => void open(), pause);
  };

  const open = async (): Promise<void> => {
    if (stopped) return;
    try {
      const { setup: _setup, ...again } = options;
      const entered = await client.joinOrCreate(LIVE_ROOM, joined ? again : options);
      if (stopped) {
        void entered.leave(true);
        return;
      }
      room = entered;
      joined = true;
      attempt = 0;
      entered.onMessage(VIEW, (view: LiveView) => handlers.view(view));
      entered.onMessage(REFUSED, (message: { reason: Refusal }) => handlers.refused(message.reason));
      entered.onMessage(CLOSED, () => {
        stopped = true;
        handlers.status('ended');
      });
      entered.onLeave(() => {
        room = null;
        if (!stopped) retry();
      });
      handlers.status('live');
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const match = /^([a-z-]+): (.*)$/s.exec(message);
      const reason = JOIN_REFUSALS.find((known) => known === match?.[1]);
      if (reason !== undefined) {
        stopped = true;
        handlers.failed(reason, match?.[2] ?? '');
        return;
      }
      retry();
    }
  };

  void open();
  return {
    send: (message) => room?.send(ACT, message),
    leave: () => {
      stopped = true;
      void room?.leave(true);
      room = null;
    },
  };
}
