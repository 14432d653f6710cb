import type { Request } from 'express';
import type { LoginService } from '../auth/login';
import type { ScryptCost } from '../auth/passwords';
import type { SessionService } from '../auth/sessions';
import type { Services } from '../services';
import type { TaskRunner } from '../workers/pool';

/** Body size limits, in bytes; configurable so large deployments can raise them. */
export interface Limits {
  jsonBytes: number;
  documentJsonBytes: number;
  uploadFileBytes: number;
  /** An imported XLIFF or TMX file. */
  importFileBytes: number;
}

export const DEFAULT_LIMITS: Limits = {
  jsonBytes: 1024 * 1024,
  documentJsonBytes: 25 * 1024 * 1024,
  uploadFileBytes: 10 * 1024 * 1024,
  importFileBytes: 100 * 1024 * 1024,
};

/** What every router needs. `actorId` is the signed-in user's id. */
export interface RouteDeps {
  services: Services;
  sessions: SessionService;
  login: LoginService;
  passwordCost: ScryptCost;
  actorId: (req: Request) => number;
  limits: Limits;
  /** Where heavy work runs (file reading, aligning): never on the request's event loop. */
  work: TaskRunner;
}
