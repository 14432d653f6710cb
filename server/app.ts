/**
 * createApp builds the Express application from its dependencies and never listens, so tests
 * mount it with supertest on a temporary database and index.ts decides the port.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import compression from 'compression';
import express, { json, type Express } from 'express';
import helmet from 'helmet';
import { apiNotFound, errorHandler } from './middleware/errors';
import { parseQueryStrictly } from './middleware/query';
import { DEFAULT_LIMITS, type Limits, type RouteDeps } from './routes/deps';
import { documentsRouter } from './routes/documents';
import { glossaryRouter } from './routes/glossary';
import { memoryRouter } from './routes/memory';
import { revisionsRouter } from './routes/revisions';
import { segmentsRouter } from './routes/segments';
import { DEFAULT_LOGIN_LIMITS, LoginService, type LoginLimits } from './auth/login';
import { authenticate, authOf, requireCsrf, requireUser } from './auth/middleware';
import { DEFAULT_COST, type ScryptCost } from './auth/passwords';
import { SessionService } from './auth/sessions';
import { LiveHub } from './live/hub';
import { queueRouter } from './routes/queue';
import { reviewRouters } from './routes/review';
import { sessionRouter } from './routes/session';
import { usersRouter } from './routes/users';
import type { Services } from './services';
import { JobRunner, sharedJobPools, type JobPools } from './jobs/runner';
import { sharedWorkerPool, type TaskRunner } from './workers/pool';
import { openApiDocument } from './openapi';

export interface AppOptions {
  /** The domain's services over the opened store (createServices). */
  services: Services;
  /** scrypt cost for new password hashes (tests lower it to stay fast). */
  passwordCost?: ScryptCost;
  loginLimits?: LoginLimits;
  /** Folder with the built client (index.html and assets); omitted in API-only tests. */
  clientDir?: string;
  limits?: Partial<Limits>;
  /** Served over HTTPS: `upgrade-insecure-requests` in the CSP and Secure session cookies. */
  upgradeInsecureRequests?: boolean;
  /** Express's "trust proxy" (e.g. "loopback"), when a reverse proxy sets X-Forwarded-For. */
  trustProxy?: string | undefined;
  log?: (message: string, error?: unknown) => void;
  /** How often the live hub reads the event log for changes made elsewhere (default 200 ms on SQLite, 1 s on PostgreSQL, which also announces them). */
  livePollMs?: number;
  /** Where heavy work runs (default: the process's pool of worker threads). */
  work?: TaskRunner;
  /** Job threads for whole-document work (default: the process's; null: on this thread). */
  jobPools?: JobPools | null;
  /** The clock of sessions, sign-in limits and the live hub (tests move it; the services have theirs, usually the same). */
  now?: () => Date;
  /** Check queued segments in the background (default true; command lines that only serve a request or two need not). */
  checkInBackground?: boolean;
}

const API_HEADERS = new Map([
  ['Cache-Control', 'no-store'],
  ['Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'"],
  ['Cross-Origin-Resource-Policy', 'same-origin'],
  ['Referrer-Policy', 'no-referrer'],
  ['X-Content-Type-Options', 'nosniff'],
  ['X-Frame-Options', 'DENY'],
]);

// a fixed format, the message as data: a request path holding "%c" or "%s" must not eat the error
const defaultLog = (message: string, error?: unknown) => {
  console.error('[tilik] %s', message, error ?? '');
};

/** The app, and how to stop it cleanly (its live feeds end, other servers stop showing its viewers). */
export interface TilikApp extends Express {
  shutdown(): Promise<void>;
}

export function createApp(options: AppOptions): TilikApp {
  const app = express();
  const log = options.log ?? defaultLog;
  const limits: Limits = { ...DEFAULT_LIMITS, ...options.limits };
  const now = options.now ?? (() => new Date());
  const { services } = options;
  const sessions = new SessionService(services.people, options.upgradeInsecureRequests === true, now);
  const passwordCost = options.passwordCost ?? DEFAULT_COST;
  const deps: RouteDeps = {
    services,
    sessions,
    login: new LoginService(services.people, sessions, passwordCost, options.loginLimits ?? DEFAULT_LOGIN_LIMITS, () => now().getTime()),
    passwordCost,
    actorId: (req) => authOf(req).user.id,
    limits,
    work: options.work ?? sharedWorkerPool(),
    jobs: new JobRunner(services, options.jobPools === undefined ? sharedJobPools() : options.jobPools),
  };

  app.disable('x-powered-by');
  // answers of 1 KiB and more compressed (brotli or gzip, as the client accepts); never the live
  // feeds, whose events must go out as they happen
  app.use(
    compression({
      threshold: 1024,
      // the fastest settings: a page of 100 segments (330 KB of JSON) takes 5.6 ms at gzip's
      // default level and 2.2 ms at its fastest (52 KB instead of 43), and 0.8 ms with Brotli's
      // fastest (26 KB); at the defaults, compressing took more CPU than reading the pages under
      // load (bench/large.ts)
      level: zlib.constants.Z_BEST_SPEED,
      brotli: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 1 } },
      filter: (req, res) => !String(res.getHeader('Content-Type') ?? '').startsWith('text/event-stream') && compression.filter(req, res),
    }),
  );
  app.set('query parser', parseQueryStrictly);
  if (options.trustProxy) app.set('trust proxy', options.trustProxy);
  // Pages get helmet's full set; JSON answers get the short list that matters for an API (OWASP
  // REST guidance) in one step, which keeps the save path lean.
  // HSTS only when served over HTTPS: on plain http it would pin a LAN host to https it lacks
  const https = options.upgradeInsecureRequests === true;
  const pageHeaders = helmet({
    contentSecurityPolicy: {
      directives: { 'upgrade-insecure-requests': https ? [] : null },
    },
    strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  });
  const apiHeaders = new Map(API_HEADERS);
  if (https) apiHeaders.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');

  const api = express.Router();
  const parseJson = json({ limit: limits.jsonBytes });
  api.get('/health', (_req, res) => {
    res.json({ ok: true });
  });
  // the API described for other tools (OpenAPI 3.1), made once
  let described: string | undefined;
  api.get('/openapi.json', (_req, res) => {
    described ??= JSON.stringify(openApiDocument());
    res.type('application/json').send(described);
  });
  // PostgreSQL announces every change (NOTIFY): its poll is only a fallback; SQLite's is the way
  const livePollMs = options.livePollMs ?? (services.store.dialect === 'postgres' ? 1000 : 200);
  const hub = new LiveHub(services, log, livePollMs, () => now().getTime());
  // a change answered here is in the event log (a sign-out too): open views hear of it now, not
  // at the next poll
  api.use((req, res, next) => {
    if (req.method !== 'GET' && hub.isWatched) res.on('finish', () => hub.nudge());
    next();
  });
  api.use(authenticate(sessions));
  api.use('/session', parseJson, sessionRouter(deps));
  // everything below: signed in, and a CSRF token on every change
  api.use(requireUser, requireCsrf);
  const review = reviewRouters(deps, hub);
  api.use('/documents', documentsRouter(deps), review.documents);
  api.use('/segments', parseJson, segmentsRouter(deps), review.segments);
  api.use('/annotations', review.annotations);
  api.use('/revisions', parseJson, revisionsRouter(deps));
  api.use('/glossary', parseJson, glossaryRouter(deps));
  api.use('/tm', memoryRouter(deps));
  api.use('/users', parseJson, usersRouter(deps));
  api.use('/queue', queueRouter(deps));
  api.use(apiNotFound);
  app.use(
    '/api',
    (_req, res, next) => {
      res.setHeaders(apiHeaders);
      next();
    },
    api,
  );
  app.use(pageHeaders);

  if (options.clientDir) {
    const clientDir = options.clientDir;
    // source maps would hand out the client's source: never served, even if a build left one
    app.use((req, res, next) => {
      if (req.path.endsWith('.map')) res.status(404).type('text/plain').send('Not found');
      else next();
    });
    const indexHtml = path.join(clientDir, 'index.html');
    app.use('/assets', express.static(path.join(clientDir, 'assets'), { immutable: true, maxAge: '1y' }), (_req, res) => {
      res.status(404).type('text/plain').send('Not found');
    });
    app.use(express.static(clientDir, { index: false }));
    app.get('/{*splat}', (_req, res, next) => {
      if (!fs.existsSync(indexHtml)) {
        next();
        return;
      }
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(indexHtml);
    });
  }

  app.use(errorHandler(log));
  if (options.checkInBackground !== false) services.checks.start();
  return Object.assign(app, {
    shutdown: async () => {
      await Promise.all([hub.close(), services.checks.stop()]);
    },
  });
}
