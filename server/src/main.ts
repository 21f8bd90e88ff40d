import { assertReadyToServe, loadConfig } from './config';
import { startServer } from './http/server';
import { configuredClock } from './dev-clock';

async function main() {
  let config;
  try {
    config = loadConfig();
    assertReadyToServe(config);
  } catch (e) {
    console.error((e as Error).message);
    process.exit(2);
  }
  const server = await startServer(config, { clock: configuredClock(config) });
  if (config.env === 'development' && !/^(127\.\d+\.\d+\.\d+|::1|localhost)$/.test(config.host)) {
    console.error(`[ziyang] warning: development mode on ${config.host}: anyone who reaches this port can use demo sign-in, as an admin too. Set NODE_ENV=production for a server others can reach.`);
  }
  // The one owner of SIGTERM and SIGINT: drain, then exit 0 when every request in flight was
  // answered within SHUTDOWN_GRACE_MS, non-zero when some had to be cut. A second signal
  // while draining exits at once.
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) {
      console.error(`[ziyang] ${signal} again: exiting now`);
      process.exit(1);
    }
    stopping = true;
    if (config.logLevel !== 'silent') console.log(`[ziyang] ${signal}: draining (up to ${config.http.shutdownGraceMs} ms)`);
    try {
      const { cut } = await server.close();
      if (config.logLevel !== 'silent') console.log(`[ziyang] stopped${cut ? `, ${cut} request(s) cut` : ', every request answered'}`);
      process.exit(cut ? 1 : 0);
    } catch (e) {
      console.error('[ziyang] shutdown failed:', e instanceof Error ? e.message : e);
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  // Printed at every log level but silent: scripts wait for this line to know the port. Only
  // once the signal handlers are in place, so a stop sent on seeing it is always graceful.
  if (config.logLevel !== 'silent') console.log(`[ziyang] listening on ${server.url} (GraphQL at ${server.url}/graphql, database: ${config.database.driver}, mode: ${config.env})`);
}

main().catch((e) => {
  console.error('[ziyang] failed to start:', e instanceof Error ? e.message : e);
  process.exit(1);
});
