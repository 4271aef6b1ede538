import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './live-harness';

const waitForLine = (child: ChildProcess, pattern: RegExp, what: string, timeoutMs = 30_000): Promise<void> =>
  new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`${what} did not start within ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const read = (chunk: Buffer): void => {
      output += chunk.toString();
      if (pattern.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${what} exited with ${code}:\n${output}`));
    });
  });

export interface Process {
  readonly port: number;
  readonly pid: number;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

function stopper(child: ChildProcess): (signal?: NodeJS.Signals) => Promise<void> {
  return (signal = 'SIGTERM') =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      child.kill(signal);
    });
}

export const REDIS_SERVER = process.env.REDIS_SERVER ?? '/usr/bin/redis-server';

/** Debian's redis-server on a free port, in a temporary folder, saving nothing to disk. */
export async function startRedis(): Promise<Process & { url: string }> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'crisis-desk-redis-'));
  const child = spawn(REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await waitForLine(child, /Ready to accept connections/, 'redis-server');
  const stop = stopper(child);
  return {
    port,
    pid: child.pid ?? 0,
    url: `redis://127.0.0.1:${port}`,
    stop: async (signal) => {
      await stop(signal);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** `npm run class-server` as its own process (the same entry, run by tsx), on a free port or the one given. */
export async function startServerProcess(env: Record<string, string> = {}, port?: number): Promise<Process> {
  const chosen = port ?? (await freePort());
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: { ...process.env, PORT: String(chosen), HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await waitForLine(child, /class server listening/, 'the class server');
  return { port: chosen, pid: child.pid ?? 0, stop: stopper(child) };
}

export const hasRedis = (): boolean => spawnSync(REDIS_SERVER, ['--version']).status === 0;
