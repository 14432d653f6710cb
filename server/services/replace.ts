/**
 * Find and replace across a document's working texts (the current revision, else the machine
 * translation). The preview lists every paragraph the change would touch, at the version it was
 * worked out on; the replacement saves one new revision per paragraph still at that version, so a
 * bulk revert by person and time undoes it, and the log has one event for the whole change.
 *
 * The matching runs on a thread of its own (a person's regular expression may never end: the
 * thread is then stopped and the request told so); this thread only reads pages of segments.
 */
import type { FindBody, ReplacePreview, ReplaceResult, Segment } from '../../shared/schemas';
import { compileFind, FindError, type FindSpec } from '../../shared/text/findReplace';
import { AppError } from '../errors';
import type { TaskRunner } from '../workers/pool';
import type { Services } from '.';

/** Paragraphs whose texts the preview shows (the rest are listed without them). */
export const SHOWN = 500;
/** Paragraphs replaced per transaction (each holds the database for a few tens of milliseconds). */
const SAVE_BATCH = 250;
/** Paragraphs matched per task on the find thread. */
const BATCH = 2000;
/**
 * How long the find thread may spend on one batch before the expression is taken to be runaway
 * (TILIK_FIND_TIMEOUT_MS sets another limit).
 */
const batchMs = () => Number(process.env.TILIK_FIND_TIMEOUT_MS) || 10_000;

const workingText = (segment: Segment) => segment.current?.text ?? segment.mt;

/** The find as the thread takes it, checked here first (compiling is quick; matching is what may not end). */
export function findSpec(body: FindBody): FindSpec {
  const spec = { find: body.find, replace: body.replace, matchCase: body.matchCase, wholeWord: body.wholeWord, regex: body.regex };
  try {
    compileFind(spec);
  } catch (error) {
    if (error instanceof FindError) throw new AppError(400, 'validation_failed', `find: ${error.message}`, 'find');
    throw error;
  }
  return spec;
}

type WorkingText = { id: number; text: string };

async function replaceIn(finds: TaskRunner, spec: FindSpec, segments: readonly WorkingText[]) {
  return finds.run(
    'replaceInTexts',
    { spec, texts: segments.map((segment) => ({ segmentId: segment.id, text: segment.text })) },
    {
      timeout: {
        ms: batchMs(),
        error: () =>
          new AppError(
            422,
            'too_slow',
            `find: the regular expression took more than ${batchMs() / 1000} s on ${segments.length} paragraphs; make it simpler`,
            'find',
          ),
      },
    },
  );
}

/**
 * Every paragraph a find and replace would change, in order: of the whole document, or of the
 * piece of at most `piece.limit` paragraphs after position `piece.after`.
 */
export async function previewReplace(
  services: Services,
  finds: TaskRunner,
  documentId: number,
  spec: FindSpec,
  piece: { after: number; limit?: number | undefined } = { after: 0 },
): Promise<ReplacePreview> {
  const items: ReplacePreview['items'] = [];
  let matches = 0;
  let left = piece.limit ?? Infinity;
  let reached = piece.after;
  // only what matching needs (the working text, where it stands, its version), a page at a time;
  // the next page is read while the find thread matches this one
  const read = async (after: number) => {
    if (left <= 0) return [];
    const page = await services.store.read.documents.workingTexts(documentId, after, Math.min(BATCH, left));
    left -= page.length;
    return page;
  };
  for (let page = await read(piece.after); page.length > 0;) {
    reached = (page.at(-1) as (typeof page)[number]).position;
    const matching = replaceIn(finds, spec, page);
    const next = read(reached);
    const byId = new Map(page.map((segment) => [segment.id, segment]));
    for (const hit of await matching) {
      const segment = byId.get(hit.segmentId) as (typeof page)[number];
      const shown = items.length < SHOWN;
      items.push({
        segmentId: segment.id,
        position: segment.position,
        version: segment.version,
        count: hit.count,
        before: shown ? segment.text : null,
        after: shown ? hit.text : null,
      });
      matches += hit.count;
    }
    page = await next;
  }
  // a piece that read all it might have read may not have reached the end
  const more = left <= 0 && (await services.store.read.documents.workingTexts(documentId, reached, 1)).length > 0;
  return { items, paragraphs: items.length, matches, shown: Math.min(SHOWN, items.length), next: more ? reached : null };
}

/**
 * The replacement made: a new revision for each paragraph of the preview still at the version it
 * had there (others are skipped and said so), and one event for the whole change.
 */
export async function applyReplace(
  services: Services,
  finds: TaskRunner,
  documentId: number,
  spec: FindSpec,
  expect: ReadonlyArray<{ segmentId: number; version: number }>,
  actorId: number,
  piece: { operation?: string | undefined; part?: number | undefined; parts?: number | undefined } = {},
): Promise<ReplaceResult> {
  const replaced: number[] = [];
  const skipped: ReplaceResult['skipped'] = [];
  let matches = 0;
  for (let from = 0; from < expect.length; from += SAVE_BATCH) {
    const batch = expect.slice(from, from + SAVE_BATCH);
    const found = await services.documents.byIds(batch.map((item) => item.segmentId));
    const ready: Segment[] = [];
    for (const item of batch) {
      const segment = found.get(item.segmentId);
      if (!segment || segment.documentId !== documentId || segment.version !== item.version)
        skipped.push({ segmentId: item.segmentId, reason: 'changed' });
      else ready.push(segment);
    }
    const texts = ready.map((segment) => ({ id: segment.id, text: workingText(segment) }));
    const hits = new Map((await replaceIn(finds, spec, texts)).map((hit) => [hit.segmentId, hit]));
    const writes: Array<{ segmentId: number; baseVersion: number; text: string }> = [];
    for (const segment of ready) {
      const hit = hits.get(segment.id);
      if (hit) writes.push({ segmentId: segment.id, baseVersion: segment.version, text: hit.text });
      else skipped.push({ segmentId: segment.id, reason: 'no_match' });
    }
    // one transaction per batch, its checks queued: a short hold of the database, then others' turn
    const { saved, changed } = await services.revisions.saveMany(documentId, writes, actorId);
    for (const segmentId of saved) {
      replaced.push(segmentId);
      matches += hits.get(segmentId)?.count ?? 0;
    }
    for (const segmentId of changed) skipped.push({ segmentId, reason: 'changed' });
  }
  if (replaced.length > 0) {
    await services.store.transaction((tx) =>
      tx.revisions.appendEvent(
        {
          documentId,
          segmentId: null,
          revisionId: null,
          actorId,
          type: 'document.replaced',
          payload: {
            find: spec.find,
            replace: spec.replace,
            matchCase: spec.matchCase,
            wholeWord: spec.wholeWord,
            regex: spec.regex,
            segments: replaced.length,
            matches,
            ...(piece.operation !== undefined ? { operation: piece.operation } : {}),
            ...(piece.part !== undefined ? { part: piece.part, parts: piece.parts } : {}),
          },
        },
        services.now().toISOString(),
      ),
    );
  }
  return { replaced, skipped, matches };
}
