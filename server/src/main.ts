import { assertReadyToServe, loadConfig } from './config';
import { startServer } from './http/server';

async function main() {
  let config;
  try {
    config = loadConfig();
    assertReadyToServe(config);
  } catch (e) {
    console.error((e as Error).message);
    process.exit(2);
  }
  const server = await startServer(config);
  // Printed at every log level but silent: scripts wait for this line to know the port.
  if (config.logLevel !== 'silent') console.log(`[ziyang] listening on ${server.url} (GraphQL at ${server.url}/graphql, database: ${config.database.driver}, mode: ${config.env})`);
  if (config.env === 'development' && !/^(127\.\d+\.\d+\.\d+|::1|localhost)$/.test(config.host)) {
    console.error(`[ziyang] warning: development mode on ${config.host}: anyone who reaches this port can use demo sign-in, as an admin too. Set NODE_ENV=production for a server others can reach.`);
  }
  const stop = async (signal: string) => {
    console.log(`[ziyang] ${signal}: shutting down`);
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((e) => {
  console.error('[ziyang] failed to start:', e instanceof Error ? e.message : e);
  process.exit(1);
});
