/**
 * The services: every rule of the domain, each write one transaction over the store's
 * repositories. Routes, the live hub and the command lines use these, never the repositories.
 */
import type { Store } from '../store/types';
import { sharedCheckPool, type TaskRunner } from '../workers/pool';
import { MemoryService } from './memory';
import { CheckService } from './checks';
import { DocumentService } from './documents';
import { GlossaryService } from './glossary';
import { PeopleService } from './people';
import { ReviewService } from './review';
import { RevisionService } from './revisions';

export interface Services {
  readonly store: Store;
  /** The clock every service reads. */
  readonly now: () => Date;
  readonly documents: DocumentService;
  readonly revisions: RevisionService;
  readonly people: PeopleService;
  readonly glossary: GlossaryService;
  readonly review: ReviewService;
  readonly checks: CheckService;
  readonly memory: MemoryService;
}

export interface ServiceOptions {
  /** Where texts are checked (default: the process's checking thread). */
  checkWork?: () => TaskRunner;
  log?: (message: string, error?: unknown) => void;
  /** How long a reader waits for findings still to be made (see CheckService; default READER_WAIT_MS). */
  readerWaitMs?: number;
}

/** The services over one store, with one clock (tests move it). */
export function createServices(store: Store, now: () => Date = () => new Date(), options: ServiceOptions = {}): Services {
  // a glossary change sends its documents to be checked again (the checks read the glossary)
  const glossary = new GlossaryService(store, now, () => checks.glossaryChanged());
  const checks = new CheckService(store, now, glossary, options.checkWork ?? sharedCheckPool, options.log, options.readerWaitMs);
  return {
    store,
    now,
    documents: new DocumentService(store, now),
    revisions: new RevisionService(store, now, checks),
    people: new PeopleService(store, now),
    glossary,
    review: new ReviewService(store, now),
    checks,
    memory: new MemoryService(store, now),
  };
}
