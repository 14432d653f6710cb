/**
 * Starts Tilik: read the configuration, open the store (migrations run), import the demo article
 * into an empty database, listen, and shut down cleanly on SIGINT/SIGTERM.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkPair } from '../shared/qa';
import { createApp } from './app';
import { openServices, readConfig } from './config';
import { DEMO_ACCOUNTS, seedDemoIfEmpty } from './demo/seed';

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Runs the QA engine once on a short text after start, so the first editor to open does not pay
 * for compiling it (about 50 ms of JIT work on this machine).
 */
function warmUp(): void {
  setTimeout(() => {
    checkPair(
      {
        source: 'Warm-up: the 2 export curbs of OpenAI’s GPT-4 cost $6 million.',
        target: 'Pemanasan: 2 pembatasan ekspor GPT-4 milik OpenAI senilai $6 juta.',
      },
      { sourceLang: 'en', targetLang: 'id' },
    );
  }, 0).unref();
}

const USAGE = `Usage: npm start            (builds the client, then starts the server)
       npm run serve        (starts the server on the client built before)

Starts Tilik; settings come from the environment:
  PORT, HOST              where it listens (default 3000 on 127.0.0.1)
  TILIK_DB                the embedded SQLite database file (default ./data/tilik.db)
  TILIK_DATABASE_URL      a postgres:// URL: PostgreSQL instead of SQLite
  TILIK_DURABILITY        normal or full (SQLite: fsync on every commit)
  TILIK_SEED_DEMO         1 (default): an empty database gets the demo article and accounts
  TILIK_DEMO_PASSWORD     the demo accounts' password (default: generated, shown once)
  TILIK_HTTPS             1 behind HTTPS (secure cookies, upgraded requests)
  TILIK_TRUST_PROXY       Express's trust proxy setting, behind a reverse proxy
  TILIK_CLIENT_DIR        the built client (default dist/client)`;

async function main(): Promise<void> {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    console.log(USAGE);
    return;
  }
  const config = readConfig(process.env, rootDir);
  const services = await openServices(config);
  const { store } = services;
  if (config.seedDemo) {
    const demo = await seedDemoIfEmpty(services, { password: config.demoPassword });
    if (demo) {
      console.log(`[tilik] imported the demo article "${demo.document.title}" (${demo.document.segmentCount} segments)`);
      console.log(`[tilik] demo accounts: ${DEMO_ACCOUNTS.map((a) => a.username).join(', ')}`);
      if (demo.generated) {
        console.log(`[tilik] their password (shown this once; set TILIK_DEMO_PASSWORD to choose it): ${demo.password}`);
      } else {
        console.log('[tilik] their password is TILIK_DEMO_PASSWORD');
      }
    }
  }
  if (!fs.existsSync(path.join(config.clientDir, 'index.html'))) {
    console.warn(`[tilik] no built client in ${config.clientDir}: run "npm run build" (the API still works)`);
  }
  const app = createApp({ services, clientDir: config.clientDir, upgradeInsecureRequests: config.https, trustProxy: config.trustProxy });
  warmUp();
  const server = app.listen(config.port, config.host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const database = config.databaseUrl
      ? `PostgreSQL ${config.databaseUrl.replace(/\/\/[^@/]*@/, '//')}`
      : `${config.dbFile}, durability ${config.durability}`;
    console.log(`[tilik] listening on http://${config.host}:${port} (database ${database})`);
  });
  // An idle kept-alive connection is closed after a minute, not Node's 5 s: a client (a proxy, a
  // script, a test's request context) that reuses a socket just as the server closes it gets
  // ECONNRESET, and the longer the server waits the rarer that race. Proxies keep theirs for 60 s.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.on('error', (error) => {
    console.error(`[tilik] cannot listen on ${config.host}:${config.port}: ${error.message}`);
    process.exitCode = 1;
    // its background work (checks, jobs, live feeds) stops before the database closes under it
    void app
      .shutdown()
      .catch(() => undefined)
      .then(() => store.close());
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`[tilik] ${signal}: closing`);
    server.close(() => {
      void app
        .shutdown()
        .catch(() => undefined)
        .then(() => store.close())
        .then(() => process.exit(0));
    });
    server.closeAllConnections();
    setTimeout(() => process.exit(0), 3000).unref();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(`[tilik] failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
