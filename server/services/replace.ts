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
/** Paragraphs matched per task on the find thread. */
const BATCH = 1000;
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

async function replaceIn(finds: TaskRunner, spec: FindSpec, segments: readonly Segment[]) {
  return finds.run(
    'replaceInTexts',
    { spec, texts: segments.map((segment) => ({ segmentId: segment.id, text: workingText(segment) })) },
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

/** Every paragraph a find and replace would change, in order. */
export async function previewReplace(services: Services, finds: TaskRunner, documentId: number, spec: FindSpec): Promise<ReplacePreview> {
  const items: ReplacePreview['items'] = [];
  let matches = 0;
  for (let after = 0; ;) {
    const page = await services.documents.page(documentId, { after, offset: 0, limit: BATCH, status: 'all' });
    if (page.items.length === 0) break;
    const byId = new Map(page.items.map((segment) => [segment.id, segment]));
    for (const hit of await replaceIn(finds, spec, page.items)) {
      const segment = byId.get(hit.segmentId) as Segment;
      const shown = items.length < SHOWN;
      items.push({
        segmentId: segment.id,
        position: segment.position,
        version: segment.version,
        count: hit.count,
        before: shown ? workingText(segment) : null,
        after: shown ? hit.text : null,
      });
      matches += hit.count;
    }
    after = (page.items.at(-1) as Segment).position;
  }
  return { items, paragraphs: items.length, matches, shown: Math.min(SHOWN, items.length) };
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
): Promise<ReplaceResult> {
  const replaced: number[] = [];
  const skipped: ReplaceResult['skipped'] = [];
  let matches = 0;
  for (let from = 0; from < expect.length; from += BATCH) {
    const batch = expect.slice(from, from + BATCH);
    const found = await services.documents.byIds(batch.map((item) => item.segmentId));
    const ready: Segment[] = [];
    for (const item of batch) {
      const segment = found.get(item.segmentId);
      if (!segment || segment.documentId !== documentId || segment.version !== item.version)
        skipped.push({ segmentId: item.segmentId, reason: 'changed' });
      else ready.push(segment);
    }
    const hits = new Map((await replaceIn(finds, spec, ready)).map((hit) => [hit.segmentId, hit]));
    for (const segment of ready) {
      const hit = hits.get(segment.id);
      if (!hit) {
        skipped.push({ segmentId: segment.id, reason: 'no_match' });
        continue;
      }
      const outcome = await services.revisions.save({
        segmentId: segment.id,
        text: hit.text,
        baseVersion: segment.version,
        authorId: actorId,
      });
      if (outcome.kind === 'created') {
        replaced.push(segment.id);
        matches += hit.count;
      } else skipped.push({ segmentId: segment.id, reason: 'changed' });
    }
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
          },
        },
        services.now().toISOString(),
      ),
    );
  }
  return { replaced, skipped, matches };
}
