import type { Request } from 'express';
import type { FindingsService } from '../services/findings';
import type { Store } from '../store/types';

/** Body size limits, in bytes; configurable so large deployments can raise them. */
export interface Limits {
  jsonBytes: number;
  documentJsonBytes: number;
  uploadFileBytes: number;
}

export const DEFAULT_LIMITS: Limits = {
  jsonBytes: 1024 * 1024,
  documentJsonBytes: 25 * 1024 * 1024,
  uploadFileBytes: 10 * 1024 * 1024,
};

/** What every router needs. `actorId` resolves who is acting (one local user until accounts land). */
export interface RouteDeps {
  store: Store;
  findings: FindingsService;
  actorId: (req: Request) => number;
  limits: Limits;
}
