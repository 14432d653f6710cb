/**
 * The steps every large import shares (a text pair, an XLIFF file, a Word document or a page): the
 * document is stored hidden, a batch of segments per short transaction, then every segment is
 * queued for checking a chunk at a time, and one last transaction shows it (with its names and its
 * `document.created` event); an import that fails takes everything it stored away again.
 */
import type { Repositories, Store } from '../store/types';
import { pairLanguages } from './glossary';
import { checkStamp } from './checkStamp';

/** Segments queued for checking per transaction once a document is whole. */
export const QUEUE_CHUNK = 20_000;

/**
 * Queues segments 1..count of a stored document for checking, a chunk per transaction, and has
 * the database gather the statistics of the grown tables; `during(tx, queued)` runs in each
 * chunk's transaction (to say how far it has come).
 */
export async function queueEverySegment(
  store: Store,
  documentId: number,
  count: number,
  during?: (tx: Repositories, queued: number) => Promise<void>,
): Promise<void> {
  for (let from = 1; from <= count; from += QUEUE_CHUNK) {
    await store.transaction(async (tx) => {
      await tx.checks.enqueuePositions(documentId, from, from + QUEUE_CHUNK - 1);
      await during?.(tx, Math.min(count, from + QUEUE_CHUNK - 1));
    });
  }
  await store.read.checks.queueGrew();
}

/**
 * Shows a whole document, inside the caller's transaction: checked against the glossary as it is
 * now, its names and repeated sentences kept (what consistency watches), its repeated paragraphs
 * counted, no longer importing, and
 * its `document.created` event.
 */
export async function showImported(
  tx: Repositories,
  document: { id: number; sourceLang: string; targetLang: string; names: readonly string[]; actorId: number; at: string },
  payload: Record<string, unknown>,
): Promise<void> {
  const pair = pairLanguages(document.sourceLang, document.targetLang);
  await tx.checks.setCheckedStamp(document.id, checkStamp(await tx.glossary.stampFor(pair.sources, pair.targets), 0));
  await tx.checks.setNames(document.id, [...document.names].sort());
  await tx.documents.countRepeats(document.id);
  await tx.documents.setImport(document.id, null, null);
  await tx.revisions.appendEvent(
    { documentId: document.id, segmentId: null, revisionId: null, actorId: document.actorId, type: 'document.created', payload },
    document.at,
  );
}

/** Deletes what an unfinished import of a document stored, a batch of rows per transaction. */
export async function discardImport(store: Store, documentId: number): Promise<void> {
  while (!(await store.transaction((tx) => tx.documents.deleteUnfinished(documentId)))) {
    // a batch of rows at a time
  }
}
