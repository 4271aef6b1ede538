import { createServer, type AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { Client, type Room } from 'colyseus.js';
import { LIVE_PROTOCOL, LIVE_ROOM, VIEW, REFUSED, type ClientMessage, type LiveView, type SessionSetup } from '../../src/live/protocol';

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

export const SHORT_GAME: SessionSetup = { scenarioId: 'ottawa-2021', mode: 'short', seed: 20210322, predictions: true, rule: 'class' };

/**
 * One browser's connection as the tests drive it, through the Colyseus client SDK: joins a
 * session, keeps the latest view and every refusal, and waits for views that match.
 */
export class LiveSeat {
  view: LiveView | null = null;
  readonly refusals: string[] = [];
  readonly views: { at: number; view: LiveView }[] = [];
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
    const client = new Client(this.endpoint);
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
      const timer = setTimeout(() => reject(new Error(`no matching view within ${timeoutMs} ms; last: ${JSON.stringify(this.view?.phase)}`)), timeoutMs);
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
