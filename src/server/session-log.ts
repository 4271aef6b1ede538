import type { Presence } from '@colyseus/core';
import { LIMITS } from '../engine/limits';
import type { RecordedTurn } from '../sim/replay';
import type { LiveResult, SessionSetup } from '../live/protocol';

/**
 * A session as the server keeps it between processes and restarts: its setup, its seed and the
 * decisions taken so far (the game is rebuilt from them by the engine, as a save is), the seats
 * and what each student predicted. It lives in the presence store: memory in a single process,
 * Redis when several processes share one address. It expires some hours after its last change
 * and is deleted when the teacher ends the session: nothing outlives the session but the files
 * the teacher exports. Seat and teacher keys are kept only as hashes.
 */
export interface SessionLog {
  readonly version: 1;
  readonly code: string;
  readonly setup: SessionSetup;
  readonly scenarioVersion: string;
  readonly teacher: string;
  readonly turns: readonly RecordedTurn[];
  readonly history: readonly LiveResult[];
  readonly seats: readonly LoggedSeat[];
}

export interface LoggedSeat {
  readonly key: string;
  readonly id: string;
  readonly name: string;
  readonly role: string | null;
  readonly teacher: boolean;
  readonly predictions: readonly (string | null)[];
}

const keyOf = (code: string): string => `crisis-desk:live:${code}`;

export function sessionLogStore(presence: Presence) {
  return {
    async read(code: string): Promise<SessionLog | null> {
      const raw: unknown = await presence.get(keyOf(code));
      if (typeof raw !== 'string') return null;
      try {
        const log = JSON.parse(raw) as SessionLog;
        return log.version === 1 && log.code === code ? log : null;
      } catch {
        return null;
      }
    },
    async write(log: SessionLog): Promise<void> {
      await presence.setex(keyOf(log.code), JSON.stringify(log), LIMITS.liveSessionHours * 3600);
      // In memory, the expiry is a timer: it must not keep a stopped server's process alive.
      (presence as { timeouts?: Record<string, { unref?: () => void }> }).timeouts?.[keyOf(log.code)]?.unref?.();
    },
    remove(code: string): void {
      presence.del(keyOf(code));
    },
  };
}

export type SessionLogStore = ReturnType<typeof sessionLogStore>;
