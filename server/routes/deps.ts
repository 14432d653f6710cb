import type { Request } from 'express';
import type { LoginService } from '../auth/login';
import type { ScryptCost } from '../auth/passwords';
import type { SessionService } from '../auth/sessions';
import type { Services } from '../services';
import type { JobRunner } from '../jobs/runner';
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
  // written to disk as it arrives and read piece by piece: a million segments fit
  importFileBytes: 2 * 1024 * 1024 * 1024,
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
  /** Where whole-document work runs (imports, exports, comparisons, quality, revert): job threads. */
  jobs: JobRunner;
}
