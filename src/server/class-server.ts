import { LocalDriver, LocalPresence, Server, type Presence } from '@colyseus/core';
import { RedisDriver } from '@colyseus/redis-driver';
import { RedisPresence } from '@colyseus/redis-presence';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gameFiles } from './game-files';
import { LIMITS } from '../engine/limits';
import { LIVE_ROOM } from '../live/protocol';
import { CrisisRoom } from './crisis-room';
import { scenarioShelf } from './scenarios';
import { sessionLogStore } from './session-log';

export interface ClassServerOptions {
  readonly port: number;
  readonly host?: string | undefined;
  /** The folder of scenario files (the repository's scenarios/). */
  readonly scenarios: string;
  /** A Redis address (redis://host:port): sessions are shared by every process using it, and outlive a restart. */
  readonly redis?: string | undefined;
  /** This process's own address as browsers reach it (host:port/path), when several run behind one address. */
  readonly publicAddress?: string | undefined;
  /** The built game (dist/) to serve at the same address, when there is one. */
  readonly game?: string | undefined;
}

export interface RunningClassServer {
  readonly port: number;
  close(): Promise<void>;
}

const notFound = (_req: IncomingMessage, res: ServerResponse): void => {
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('crisis desk class server');
};

/**
 * Starts the class server: Colyseus with the crisis room, on its in-memory presence and driver
 * (one process), or on Redis (several processes behind one address, sessions kept across
 * restarts). Messages larger than the protocol allows are refused by the socket itself.
 */
export async function startClassServer(options: ClassServerOptions): Promise<RunningClassServer> {
  const presence: Presence = options.redis === undefined ? new LocalPresence() : new RedisPresence(options.redis);
  const driver = options.redis === undefined ? new LocalDriver() : new RedisDriver(options.redis);
  // The game's files answer every request that is not Colyseus' own (it keeps this listener as its fallback).
  const http = createServer(options.game !== undefined && existsSync(options.game) ? gameFiles(options.game) : notFound);
  const transport = new WebSocketTransport({ server: http, maxPayload: LIMITS.liveMessageBytes, pingInterval: 3000, pingMaxRetries: 3 });
  CrisisRoom.deps = { scenarios: scenarioShelf(options.scenarios), logs: sessionLogStore(presence) };
  const server = new Server({
    transport,
    presence,
    driver,
    greet: false,
    gracefullyShutdown: false,
    ...(options.publicAddress === undefined ? {} : { publicAddress: options.publicAddress }),
  });
  server.define(LIVE_ROOM, CrisisRoom).filterBy(['code']);
  await server.listen(options.port, options.host);
  const address = http.address() as AddressInfo | null;
  return {
    port: address?.port ?? options.port,
    close: () => server.gracefullyShutdown(false),
  };
}
