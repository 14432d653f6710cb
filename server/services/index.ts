/**
 * The services: every rule of the domain, each write one transaction over the store's
 * repositories. Routes, the live hub and the command lines use these, never the repositories.
 */
import type { Store } from '../store/types';
import { DocumentService } from './documents';
import { GlossaryService } from './glossary';
import { PeopleService } from './people';
import { ReviewService } from './review';
import { RevisionService } from './revisions';

export interface Services {
  readonly store: Store;
  readonly documents: DocumentService;
  readonly revisions: RevisionService;
  readonly people: PeopleService;
  readonly glossary: GlossaryService;
  readonly review: ReviewService;
}

/** The services over one store, with one clock (tests move it). */
export function createServices(store: Store, now: () => Date = () => new Date()): Services {
  return {
    store,
    documents: new DocumentService(store, now),
    revisions: new RevisionService(store, now),
    people: new PeopleService(store, now),
    glossary: new GlossaryService(store, now),
    review: new ReviewService(store, now),
  };
}
