// `npm run class-server`: one class server process. Settings come from the environment:
//   PORT (default 2567), HOST (default all interfaces), REDIS_URL (several processes, sessions kept
//   across restarts), PUBLIC_ADDRESS (this process's own address behind a shared one), SCENARIOS
//   (the scenario files, default scenarios/), GAME (the built game to serve, default dist/).
import { resolve } from 'node:path';
import { DEFAULT_LIVE_PORT } from '../live/protocol';
import { startClassServer } from './class-server';

const env = process.env;
const port = env.PORT === undefined ? DEFAULT_LIVE_PORT : Number(env.PORT);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, not ${env.PORT}`);
  process.exit(2);
}
const running = await startClassServer({
  port,
  host: env.HOST,
  scenarios: resolve(env.SCENARIOS ?? 'scenarios'),
  redis: env.REDIS_URL,
  publicAddress: env.PUBLIC_ADDRESS,
  game: resolve(env.GAME ?? 'dist'),
});
console.log(`class server listening on port ${running.port}${env.REDIS_URL === undefined ? ' (in memory)' : ` (Redis ${env.REDIS_URL})`}`);
const stop = (): void => {
  void running.close().then(() => process.exit(0));
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
