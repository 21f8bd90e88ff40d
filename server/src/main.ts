import { loadConfig } from './config';
import { startServer } from './http/server';

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    console.error((e as Error).message);
    process.exit(2);
  }
  const server = await startServer(config);
  // Printed at every log level but silent: scripts wait for this line to know the port.
  if (config.logLevel !== 'silent') console.log(`[ziyang] listening on ${server.url} (GraphQL at ${server.url}/graphql, database: ${config.database.driver})`);
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
