import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { startClassServer } from '../../src/server/class-server';
import { freePort } from '../server/live-harness';

/** Builds the game once and serves the production build for every browser test, with a class server behind it. */
export default async function serveBuild(project: TestProject): Promise<() => Promise<void>> {
  await build({ logLevel: 'warn' });
  // A real class server for the live classroom's test, behind the preview's /live/ as in development.
  const classServer = await startClassServer({ port: await freePort(), host: '127.0.0.1', scenarios: 'scenarios' });
  const target = `http://127.0.0.1:${classServer.port}`;
  const server = await preview({
    preview: { host: '127.0.0.1', port: 0, strictPort: false, proxy: { '/live/': { target, ws: true } } },
    logLevel: 'warn',
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('the preview server has no port');
  project.provide('baseUrl', `http://127.0.0.1:${address.port}/`);
  return async () => {
    await server.close();
    await classServer.close();
  };
}
