/**
 * Findings, computed per segment when its text changes and stored with it. A save checks its new
 * text (in the checking thread, ahead of background work) and stores the findings in its own
 * transaction; everything else that changes texts (imports, reverts, a glossary change) queues the
 * segments, and a background loop on every server checks the queue in batches. The document's
 * counts (per rule and severity, and how each name is rendered, from which consistency follows)
 * move with every stored check, so a summary never re-reads the findings.
 *
 * Reads never wait for the background: a page's segments still queued are checked on the spot
 * (a page is at most 500 segments), and so is a small document's whole queue before its summary.
 * A save's own check goes before the readers' (fifty editors scrolling a freshly imported
 * million-segment document asked for more checking than two cores do, and every save waited
 * behind it).
 */
import {
  compareFindings,
  consistencyFromRenderings,
  acronymsOfNames,
  contextFromCounts,
  DismissalIndex,
  foldTerm,
  isFlaggedRendering,
  markDismissed,
  type DismissalScope,
  type DocumentContext,
  type Finding,
  type QaTerm,
  type Rendering,
  type RuleId,
  type TextCheck,
  SENTENCE_MARK,
} from '../../shared/qa';
import { RepeatCounter } from '../../shared/qa/repeats';
import type { DocumentFindings, FindingsPage, FindingsSummary, Segment, SegmentCheck, SeverityCounts } from '../../shared/schemas';
import type { CheckInput, CheckRequest, CheckResult } from '../checks/compute';
import type { CheckToStore, DismissalRecord, StoredCheck } from '../store/repositories/checks';
import type { Repositories, Store } from '../store/types';
import type { TaskRunner } from '../workers/pool';
import type { GlossaryService } from './glossary';
import { checkStamp } from './checkStamp';

/** Segments claimed from the queue in one go in the background. */
const BATCH = 256;
/**
 * Segments the background gives the checking thread per task (some 25 ms of checking for
 * paragraphs, where a batch takes half a second): what a reader or a save waits for goes in between.
 */
const BACKGROUND_PIECE = 16;
/**
 * Segments' checks the background stores per transaction (some 20 ms under the document's checks
 * lock, where a whole batch held it for 70 to 140 ms while 50 editors worked): a save's findings,
 * stored after it answers, wait for one.
 */
const BACKGROUND_STORE = 64;
/**
 * Segments of a reader's page per task (some 20 ms of checking for paragraphs): a save's check
 * (urgent) waits for one piece at most. And, on PostgreSQL, per transaction that stores them (see
 * checkNow). With 25, at 100,000 segments unchecked and 50 editors, saves' p95 was some 60 ms longer
 * on PostgreSQL (306 and 278 ms rather than 189 and 242), pages a little faster.
 */
const READER_PIECE = 10;
/**
 * How long a reader waits for findings still to be made before being answered without them (see
 * readerWaitMs): well inside the two seconds in which a page must show its paragraphs with
 * their findings, which the browser then makes for those segments.
 */
export const READER_WAIT_MS = 1000;
/** A document with at most this many segments queued is checked before its summary is answered. */
const INLINE_LIMIT = 1000;
/** How long a claimed batch stays with its server before others may take it. */
const CLAIM_MS = 60_000;
/** How often the background looks for documents whose glossary changed. */
const RESTAMP_MS = 3000;
/** Segments queued again per transaction after a glossary change. */
const REQUEUE_CHUNK = 20_000;
/** Sources read per task when gathering a document's names. */
const NAMES_CHUNK = 5000;
/** A repeated sentence's other renderings (the most used) each segment's check carries for the browser. */
const SENTENCE_OTHERS = 4;
/** How long a pair's glossary is taken as unchanged before its stamp is read again. */
const GLOSSARY_TTL_MS = 1000;

interface DocumentInfo {
  sourceLang: string;
  targetLang: string;
}

interface PairGlossary {
  key: string;
  stamp: string;
  terms: QaTerm[];
  readAt: number;
}

/** A save's check of its new text, made before its transaction. */
export interface SaveCheck {
  documentId: number;
  glossaryStamp: string;
  /** The MT's findings to store (null: the stored ones stand), and the MT's findings either way. */
  mt: TextCheck | null;
  keptMt: TextCheck;
  current: TextCheck;
}

function emptySeverity(): SeverityCounts {
  return { minor: 0, major: 0, critical: 0 };
}

/** Findings of learned terms in a document, and what became of them. */
export interface LearnedTally {
  findings: number;
  applied: number;
  dismissed: number;
  open: number;
}

let nextInstance = 0;

export class CheckService {
  private readonly documents = new Map<number, DocumentInfo>();
  private readonly glossaries = new Map<string, PairGlossary>();
  private readonly namesLoading = new Map<number, Promise<string[]>>();
  private readonly names = new Map<number, string[]>();
  /** Keys of glossaries and name lists the checking thread has been sent. */
  private readonly sent = new Set<string>();
  /**
   * What sets this service's keys apart in the checking threads, which every store of the process
   * shares (two apps in one process number their documents and glossary versions alike).
   */
  private readonly instance = `checks${(nextInstance += 1)}`;
  private running = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  private lastRestamp = 0;
  /** Batches this server is checking, per document (a summary waits for them rather than report them pending). */
  private readonly inFlight = new Map<number, Set<Promise<unknown>>>();
  /** The background's round under way. */
  private round: Promise<unknown> | undefined;
  /** Readers' checks that went on after their reader was answered without them (see decorate). */
  private readonly late = new Set<Promise<unknown>>();
  /** Saves' checks waiting to be stored, per document, and the store under way (see storeSoon). */
  private readonly storing = new Map<number, { checks: CheckToStore[]; done: Promise<void> }>();

  constructor(
    private readonly store: Store,
    private readonly now: () => Date,
    private readonly glossary: GlossaryService,
    private readonly work: () => TaskRunner,
    private readonly log: (message: string, error?: unknown) => void = (message, error) =>
      console.error('[tilik] %s', message, error ?? ''),
    /**
     * How long a reader waits for findings still to be made (a page of a document not yet checked,
     * on a server too busy to check it at once) before it is answered without them (`check: null`),
     * the browser checking those segments itself meanwhile; the check goes on and is stored.
     */
    private readonly readerWaitMs: number = READER_WAIT_MS,
  ) {}

  private async info(documentId: number): Promise<DocumentInfo | undefined> {
    let info = this.documents.get(documentId);
    if (!info) {
      const row = await this.store.read.documents.get(documentId);
      if (!row) return undefined;
      info = { sourceLang: row.source_lang, targetLang: row.target_lang };
      if (this.documents.size > 256) this.documents.clear();
      this.documents.set(documentId, info);
    }
    return info;
  }

  /** The glossary that applies to a pair and its stamp (read again when older than `maxAgeMs`). */
  private async glossaryOf(info: DocumentInfo, maxAgeMs = GLOSSARY_TTL_MS): Promise<PairGlossary> {
    const pairKey = `${info.sourceLang}>${info.targetLang}`;
    const cached = this.glossaries.get(pairKey);
    const at = Date.now();
    if (cached && at - cached.readAt < maxAgeMs) return cached;
    const { terms, version } = await this.glossary.glossaryFor(info.sourceLang, info.targetLang);
    if (cached && cached.stamp === version) {
      cached.readAt = at;
      return cached;
    }
    const entry: PairGlossary = {
      key: `${this.instance}|${pairKey}|${version}`,
      stamp: version,
      readAt: at,
      terms: terms.map(({ source, target, forbidden, doNotTranslate, caseSensitive, note }) => ({
        source,
        target,
        forbidden,
        doNotTranslate,
        caseSensitive,
        note,
      })),
    };
    this.glossaries.set(pairKey, entry);
    return entry;
  }

  /**
   * The glossary of a document's pair, and the stamp its checks are made with: the glossary's,
   * and how often the document's document-wide dismissals changed.
   */
  private async stamped(
    documentId: number,
    info: DocumentInfo,
    maxAgeMs = GLOSSARY_TTL_MS,
  ): Promise<{ glossary: PairGlossary; stamp: string }> {
    const [glossary, version] = await Promise.all([this.glossaryOf(info, maxAgeMs), this.store.read.checks.dismissalVersion(documentId)]);
    return { glossary, stamp: CheckService.stampOf(glossary.stamp, version) };
  }

  static stampOf(glossaryStamp: string, dismissalVersion: number): string {
    return checkStamp(glossaryStamp, dismissalVersion);
  }

  /** The dismissals in force that may cover these segments' findings. */
  private async dismissalsFor(documentId: number, segmentIds: readonly number[]): Promise<DismissalIndex> {
    return new DismissalIndex(await this.store.read.checks.activeDismissals(documentId, segmentIds));
  }

  /** A text's check with the dismissals that cover it marked (the same object when none changes). */
  private static marked(text: TextCheck, segmentId: number, dismissals: DismissalIndex): TextCheck {
    const findings = markDismissed(text.findings, segmentId, dismissals);
    return findings === text.findings ? text : { ...text, findings: [...findings] };
  }

  /** The names of a document's sources: stored, or gathered once (in the checking thread) and stored. */
  async namesOf(documentId: number): Promise<string[]> {
    const known = this.names.get(documentId);
    if (known) return known;
    let loading = this.namesLoading.get(documentId);
    if (!loading) {
      loading = this.gatherNames(documentId).finally(() => this.namesLoading.delete(documentId));
      this.namesLoading.set(documentId, loading);
    }
    return loading;
  }

  private async gatherNames(documentId: number): Promise<string[]> {
    let names = await this.store.read.checks.names(documentId);
    if (!names) {
      const info = await this.info(documentId);
      if (!info) return [];
      const found = new Set<string>();
      // names, and the sentences the document has more than once: counted by their hashes over
      // the whole document, and kept as references to their hashes
      const sentences = new RepeatCounter();
      for (let after = 0; ;) {
        const rows = await this.store.read.checks.sources(documentId, after, NAMES_CHUNK);
        if (rows.length === 0) break;
        after = (rows.at(-1) as { position: number }).position;
        const chunk = await this.work().run(
          'namesAndSentenceHashes',
          { sources: rows.map((row) => row.source), sourceLang: info.sourceLang },
          { priority: 'low' },
        );
        for (const name of chunk.names) found.add(name);
        for (const hash of chunk.hashes) sentences.addHash(hash);
      }
      for (const ref of sentences.repeatedRefs()) found.add(ref);
      names = [...found].sort();
      await this.store.read.checks.setNames(documentId, names);
    }
    if (this.names.size > 64) this.names.clear();
    this.names.set(documentId, names);
    return names;
  }

  /** Checks texts in the checking thread, sending the glossary and names only when it lacks them. */
  private async compute(
    documentId: number,
    info: DocumentInfo,
    glossary: PairGlossary,
    segments: CheckInput[],
    priority: 'urgent' | 'high' | 'low',
    until?: number,
  ): Promise<CheckResult[]> {
    if (segments.length === 0) return [];
    const names = await this.namesOf(documentId);
    const namesKey = `${this.instance}|document:${documentId}`;
    const request = (full: boolean, piece: CheckInput[]): CheckRequest => ({
      sourceLang: info.sourceLang,
      targetLang: info.targetLang,
      glossary: { key: glossary.key, terms: full || !this.sent.has(glossary.key) ? glossary.terms : undefined },
      names: { key: namesKey, names: full || !this.sent.has(namesKey) ? names : undefined },
      segments: piece,
    });
    const check = async (piece: CheckInput[]) => {
      let answer = await this.work().run('checkSegments', request(false, piece), { priority });
      // a new thread (the old one stopped) lacks what the last one had
      if ('missing' in answer) answer = await this.work().run('checkSegments', request(true, piece), { priority });
      if ('missing' in answer) throw new Error(`the checking thread still lacks the ${answer.missing}`);
      return answer.results;
    };
    // the background's batch goes in pieces, all in line at once, so that a reader's check waits
    // for one piece at most rather than the whole batch; and a reader's page so, for a save's
    const size = priority === 'low' ? BACKGROUND_PIECE : priority === 'high' ? READER_PIECE : segments.length;
    const pieces: CheckInput[][] = [];
    for (let from = 0; from < segments.length; from += size) pieces.push(segments.slice(from, from + size));
    // a reader's pieces go two at a time (one is always in line, ahead of the background's), and none
    // goes once its reader was answered without them (`until`): on a server that cannot keep up,
    // checks of pages nobody waits for any more would hold every next page back behind them. What
    // was not checked stays in the queue, for the background
    let results: CheckResult[];
    if (until === undefined) results = (await Promise.all(pieces.map(check))).flat();
    else {
      const done: CheckResult[][] = [];
      let next = 0;
      const lane = async () => {
        while (next < pieces.length && Date.now() < until) {
          const k = next;
          next += 1;
          done[k] = await check(pieces[k] as CheckInput[]);
        }
      };
      await Promise.all([lane(), lane()]);
      results = done.flatMap((piece) => piece ?? []);
    }
    this.sent.add(glossary.key);
    this.sent.add(namesKey);
    if (this.sent.size > 256) this.sent.clear();
    return results;
  }

  /**
   * The check of a text about to be saved as a segment's current revision (before the save's
   * transaction: the transaction only stores it). The machine translation's stored findings are
   * kept when they were made with the same glossary.
   */
  async checkSave(segment: Segment, text: string): Promise<SaveCheck | undefined> {
    const info = await this.info(segment.documentId);
    if (!info) return undefined;
    const { glossary, stamp } = await this.stamped(segment.documentId, info);
    const [stored, dismissals] = await Promise.all([
      this.store.read.checks.stored([segment.id]).then((map) => map.get(segment.id)),
      this.dismissalsFor(segment.documentId, [segment.id]),
    ]);
    const keptMt = stored !== undefined && stored.glossaryStamp === stamp ? stored.mt : undefined;
    const [result] = await this.compute(
      segment.documentId,
      info,
      glossary,
      [{ segmentId: segment.id, revisionId: null, source: segment.source, mt: keptMt ? null : segment.mt, current: text }],
      'urgent',
    );
    const computedMt = result?.mt ?? keptMt;
    if (!result || !computedMt || !result.current) return undefined;
    const mt = CheckService.marked(computedMt, segment.id, dismissals);
    const current = CheckService.marked(result.current, segment.id, dismissals);
    // the kept MT check is stored again only when its marks changed
    return { documentId: segment.documentId, glossaryStamp: stamp, mt: result.mt || mt !== computedMt ? mt : null, keptMt: mt, current };
  }

  /** What a save stores: its check, for the revision it made. */
  static toStore(segmentId: number, revisionId: number, check: SaveCheck): CheckToStore {
    return {
      segmentId,
      documentId: check.documentId,
      revisionId,
      glossaryStamp: check.glossaryStamp,
      mt: check.mt,
      current: check.current,
    };
  }

  /** Stores checks in the caller's transaction (under the document's checks lock). */
  async storeIn(tx: Repositories, documentId: number, checks: readonly CheckToStore[]): Promise<number[]> {
    await tx.lock([`checks:${documentId}`]);
    return tx.checks.store(documentId, checks, await tx.checks.checkedStamp(documentId));
  }

  /**
   * Stores a save's check after its revision committed, in a transaction of its own, so that the
   * save answers without waiting for the document's checks lock (which readers' and the
   * background's pieces hold in turn). Saves' checks of one document that come meanwhile are
   * stored together, in the next transaction. The save queued its segment: if this store fails, or
   * the server stops first, the background checks the segment again. Reads of the document's
   * findings on this server wait for it (settled).
   */
  storeSoon(documentId: number, check: CheckToStore): void {
    const waiting = this.storing.get(documentId);
    if (waiting) {
      waiting.checks.push(check);
      return;
    }
    const entry = { checks: [check], done: Promise.resolve() };
    this.storing.set(documentId, entry);
    entry.done = (async () => {
      while (entry.checks.length > 0) {
        const checks = entry.checks.splice(0);
        try {
          await this.store.transaction((tx) => this.storeIn(tx, documentId, checks));
        } catch (error) {
          this.log(`storing the checks of ${checks.length} saved segments of document ${documentId} failed; they stay queued`, error);
          this.nudge();
        }
      }
      this.storing.delete(documentId);
    })();
  }

  /** Waits until the saves' checks of a document (of every document, without one) are stored. */
  async settled(documentId?: number): Promise<void> {
    if (documentId !== undefined) await this.storing.get(documentId)?.done;
    else await Promise.all([...this.storing.values()].map((entry) => entry.done));
  }

  /**
   * Checks these segments now (what a reader waits for) and stores the findings; returns the
   * segments stored, and the checks made (a reader's are not stored while another writer holds the
   * document's checks: see below).
   */
  private async checkNow(
    documentId: number,
    segmentIds: readonly number[],
    priority: 'high' | 'low',
    until?: number,
  ): Promise<{ stored: number[]; made: Map<number, StoredCheck> }> {
    const info = await this.info(documentId);
    if (!info || segmentIds.length === 0) return { stored: [], made: new Map() };
    const { glossary, stamp } = await this.stamped(documentId, info);
    const targets = (await this.store.read.checks.targets(segmentIds)).filter((target) => target.documentId === documentId);
    const [stored, dismissals] = await Promise.all([
      this.store.read.checks.stored(targets.map((target) => target.segmentId)),
      this.dismissalsFor(
        documentId,
        targets.map((target) => target.segmentId),
      ),
    ]);
    const results = await this.compute(
      documentId,
      info,
      glossary,
      targets.map((target) => {
        const old = stored.get(target.segmentId);
        const keepMt = old !== undefined && old.glossaryStamp === stamp;
        return {
          segmentId: target.segmentId,
          revisionId: target.revisionId,
          source: target.source,
          mt: keepMt ? null : target.mt,
          current: target.current,
        };
      }),
      priority,
      until,
    );
    const made = new Map<number, StoredCheck>();
    const checks = results.map((result) => {
      const kept = stored.get(result.segmentId)?.mt;
      const mt = result.mt
        ? CheckService.marked(result.mt, result.segmentId, dismissals)
        : kept && CheckService.marked(kept, result.segmentId, dismissals);
      const current = result.current && CheckService.marked(result.current, result.segmentId, dismissals);
      if (mt) made.set(result.segmentId, { segmentId: result.segmentId, revisionId: result.revisionId, glossaryStamp: stamp, mt, current });
      return {
        segmentId: result.segmentId,
        documentId,
        revisionId: result.revisionId,
        glossaryStamp: stamp,
        // the kept MT check is stored again only when its marks changed
        mt: result.mt || (mt && mt !== kept) ? (mt ?? null) : null,
        current,
      };
    });
    // segments checked again after the glossary, the dismissals or the checks changed, whose
    // findings moved: one event says so, and open editors get those segments through the feed
    const same = (a: TextCheck | null | undefined, b: TextCheck | null | undefined) =>
      JSON.stringify(a?.findings ?? null) === JSON.stringify(b?.findings ?? null);
    const moved = new Set(
      checks
        .filter((check) => {
          const old = stored.get(check.segmentId);
          return (
            old !== undefined &&
            old.glossaryStamp !== stamp &&
            !((check.mt === null || same(check.mt, old.mt)) && same(check.current, old.current))
          );
        })
        .map((check) => check.segmentId),
    );
    // the background's batch is stored in parts, each its own short transaction (a save of the
    // document waits for the checks' lock one part at most); the event comes with the last part.
    // On PostgreSQL a reader's page is stored in pieces too, each only if no other writer holds the
    // document's checks then: a piece that finds it held is served as made and left queued for the
    // background (with the document unchecked and 40 people reading, saves waited up to a second
    // behind readers' pages in that lock). On SQLite the transaction holds the one write lock
    // already, and a page is stored in one (in four, at a million segments with 50 editors, pages
    // took 9 s rather than 6, and saves' p95 was 291 ms rather than 207)
    const part = priority === 'low' ? BACKGROUND_STORE : this.store.dialect === 'postgres' ? READER_PIECE : checks.length;
    const kept: number[] = [];
    for (let from = 0; from < checks.length; from += part) {
      const last = from + part >= checks.length;
      const ids = await this.store.transaction(async (tx) => {
        if (priority === 'high' && !(await tx.tryLock(`checks:${documentId}`))) return null;
        const piece = checks.slice(from, from + part);
        // (not those another check stored under this glossary since they were read: a glossary
        // change queues again segments being checked, and two checks of one segment may then run
        // side by side; the first one's event said they moved)
        const movedHere = piece.filter((check) => moved.has(check.segmentId)).map((check) => check.segmentId);
        if (movedHere.length > 0) {
          await tx.lock([`checks:${documentId}`]);
          for (const [segmentId, now] of await tx.checks.stored(movedHere)) if (now.glossaryStamp === stamp) moved.delete(segmentId);
        }
        const done = await this.storeIn(tx, documentId, piece);
        // (a reader's pieces each with their own: one may be left out)
        const segmentIds = (priority === 'high' ? done : last ? [...kept, ...done] : []).filter((id) => moved.has(id));
        if (segmentIds.length > 0)
          await tx.revisions.appendEvent(
            {
              documentId,
              segmentId: null,
              revisionId: null,
              actorId: null,
              type: 'document.rechecked',
              payload: { segmentIds, segments: segmentIds.length },
            },
            this.now().toISOString(),
          );
        return done;
      });
      if (ids === null) continue;
      kept.push(...ids);
    }
    return { stored: kept, made };
  }

  /**
   * The document's facts about these names (from the running counts), with `unstored` checks
   * counted as storing them will count them: made for a reader but not stored (another writer held
   * the document's checks), they replace in the counts what their segments' stored checks hold.
   */
  private async contextFor(
    documentId: number,
    checks: Iterable<{ mt: TextCheck | null; current: TextCheck | null }>,
    unstored: ReadonlyArray<{ made: StoredCheck; stored: StoredCheck | undefined }> = [],
  ): Promise<DocumentContext> {
    const renderings: Array<{ name: string; rendering: string }> = [];
    for (const check of checks)
      for (const text of [check.mt, check.current])
        for (const rendering of text?.renderings ?? []) renderings.push({ name: rendering.name, rendering: rendering.text });
    const context = await this.store.read.checks.factsAbout(documentId, renderings);
    if (unstored.length === 0) return context;
    // the standing text's renderings are what the counts hold (see storeIn)
    const moves = new Map<string, Map<string, number>>();
    const move = (check: StoredCheck | undefined, sign: 1 | -1) => {
      for (const rendering of (check?.current ?? check?.mt)?.renderings ?? []) {
        let ofName = moves.get(rendering.name);
        if (!ofName) moves.set(rendering.name, (ofName = new Map()));
        ofName.set(rendering.text, (ofName.get(rendering.text) ?? 0) + sign);
      }
    };
    for (const { made, stored } of unstored) {
      move(stored, -1);
      move(made, 1);
    }
    // those names ranked again from all their counts, moved (only on PostgreSQL, and only while
    // another writer holds the checks: rare, and a page's names at most)
    const counts = await this.store.read.checks.renderingCounts(documentId, [...moves.keys()]);
    for (const [name, ofName] of moves) {
      const counted = new Map(counts.get(name));
      for (const [rendering, delta] of ofName) counted.set(rendering, (counted.get(rendering) ?? 0) + delta);
      const facts = contextFromCounts(new Map([[name, counted]])).renderings[name];
      if (facts) context.renderings[name] = facts;
      else delete context.renderings[name];
    }
    return context;
  }

  /** A text's findings with consistency's, from its stored findings and renderings and the document's facts. */
  private static findingsOf(
    text: TextCheck,
    target: string,
    source: string,
    context: DocumentContext,
    segmentId: number,
    dismissals: DismissalIndex,
  ): Finding[] {
    const consistency = consistencyFromRenderings(target, source, text.renderings as Rendering[], context, text.findings);
    if (consistency.length === 0) return text.findings;
    return [...text.findings, ...markDismissed(consistency, segmentId, dismissals)].sort(compareFindings);
  }

  private static checkOf(
    segment: Segment,
    check: { mt: TextCheck; current: TextCheck | null },
    context: DocumentContext,
    dismissals: DismissalIndex,
  ): SegmentCheck {
    const out: SegmentCheck = {
      mt: CheckService.findingsOf(check.mt, segment.mt, segment.source, context, segment.id, dismissals),
      current:
        check.current && segment.current
          ? CheckService.findingsOf(check.current, segment.current.text, segment.source, context, segment.id, dismissals)
          : null,
    };
    // how the document renders this segment's repeated sentences, for the browser's checks as
    // someone types (the document's names come with its findings): the rendering chosen, and of
    // the others the most used of those the page holds, and this segment's own (a sentence repeated ten
    // thousand times may be rendered hundreds of ways; every row carrying them all made a page of
    // 100 rows 5 MB). A rarer rendering typed anew is flagged once saved.
    let sentences: Record<string, { chosen: string; others: string[] }> | undefined;
    for (const text of [check.mt, check.current])
      for (const rendering of text?.renderings ?? []) {
        const known = context.renderings[rendering.name];
        if (!known || !rendering.name.startsWith(SENTENCE_MARK)) continue;
        const facts = ((sentences ??= {})[rendering.name] ??= { chosen: known.chosen, others: known.others.slice(0, SENTENCE_OTHERS) });
        if (isFlaggedRendering(known, rendering.text) && !facts.others.includes(rendering.text)) facts.others.push(rendering.text);
      }
    if (sentences) out.context = { renderings: sentences };
    return out;
  }

  /** A just-saved segment with the findings its save stored. */
  async withSavedCheck(segment: Segment, saved: SaveCheck): Promise<Segment> {
    const check = { mt: saved.keptMt, current: saved.current };
    const [context, dismissals] = await Promise.all([
      this.contextFor(segment.documentId, [check]),
      this.dismissalsFor(segment.documentId, [segment.id]),
    ]);
    return { ...segment, check: CheckService.checkOf(segment, check, context, dismissals) };
  }

  /** The stamp a document's checks are current with (its glossary's and dismissals'), as this server knows it. */
  async stampFor(documentId: number): Promise<string | undefined> {
    const info = await this.info(documentId);
    return info && (await this.stamped(documentId, info)).stamp;
  }

  /**
   * Segments with their findings (`check`). With `ensure`, those whose findings are not current
   * (queued, or changed since) are checked first; without, they get `check: null`. Current means
   * made with the stamp `knownStamp` (another thread's: see stampFor), else this one's.
   */
  async decorate(documentId: number, segments: readonly Segment[], ensure: boolean, knownStamp?: string): Promise<Segment[]> {
    if (segments.length === 0) return [];
    const info = await this.info(documentId);
    if (!info) return segments.map((segment) => ({ ...segment, check: null }));
    await this.settled(documentId);
    const ids = segments.map((segment) => segment.id);
    const read = this.store.read.checks;
    let stored = await read.stored(ids);
    const stamp = knownStamp ?? (await this.stamped(documentId, info)).stamp;
    // fresh: made for the text that stands, with the glossary as it is (whether or not the
    // segment is also queued: a queued one is checked again, to the same findings)
    const isFresh = (segment: Segment) => {
      const check = stored.get(segment.id);
      return check !== undefined && check.revisionId === (segment.current?.id ?? null) && check.glossaryStamp === stamp;
    };
    const stale = segments.filter((segment) => !isFresh(segment)).map((segment) => segment.id);
    const unstored: Array<{ made: StoredCheck; stored: StoredCheck | undefined }> = [];
    if (ensure && stale.length > 0) {
      try {
        const checking = this.checkNow(documentId, stale, 'high', Date.now() + this.readerWaitMs);
        const outcome = await this.orLate(checking, `checking ${stale.length} segments of document ${documentId} failed`);
        // (too long: answered with what is stored, the rest checked in the browser)
        const made = outcome?.made ?? new Map<number, StoredCheck>();
        stored = await read.stored(ids);
        // those not stored (another writer held the document's checks), as they were made
        for (const segment of segments) {
          const check = made.get(segment.id);
          if (!check || isFresh(segment)) continue;
          unstored.push({ made: check, stored: stored.get(segment.id) });
          stored.set(segment.id, check);
        }
      } catch (error) {
        this.log(`checking ${stale.length} segments of document ${documentId} failed`, error);
      }
    }
    const fresh = segments.filter(isFresh);
    const [context, dismissals] = await Promise.all([
      this.contextFor(
        documentId,
        fresh.map((segment) => stored.get(segment.id) as StoredCheck),
        unstored,
      ),
      this.dismissalsFor(
        documentId,
        fresh.map((segment) => segment.id),
      ),
    ]);
    return segments.map((segment) => ({
      ...segment,
      check: isFresh(segment) ? CheckService.checkOf(segment, stored.get(segment.id) as StoredCheck, context, dismissals) : null,
    }));
  }

  /**
   * What a reader's check gives within readerWaitMs; undefined after that, the check going on (its
   * failure logged, and stop waiting for it).
   */
  private async orLate<T>(checking: Promise<T>, failure: string): Promise<T | undefined> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<undefined>((resolve) => {
      timer = setTimeout(resolve, this.readerWaitMs, undefined);
    });
    try {
      const outcome = await Promise.race([checking, late]);
      if (outcome !== undefined) return outcome;
      const going = checking.then(
        () => undefined,
        (error: unknown) => this.log(failure, error),
      );
      this.late.add(going);
      void going.finally(() => this.late.delete(going));
      return undefined;
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * What the learned terms (glossary terms accepted from corrections, by their folded source) found
   * in a document: glossary findings on those terms in the machine translation, and of them how
   * many the working text no longer has (applied: the fix, or the same correction by hand), how
   * many were dismissed, and how many stand. A finding the working text brought in counts too.
   */
  async learnedTally(documentId: number, learned: ReadonlySet<string>): Promise<LearnedTally> {
    const tally: LearnedTally = { findings: 0, applied: 0, dismissed: 0, open: 0 };
    if (learned.size === 0) return tally;
    await this.settled(documentId);
    const fromLearned = (finding: Finding) =>
      finding.rule.startsWith('glossary.') && learned.has(foldTerm(String(finding.params.term ?? '')));
    const key = (finding: Finding) => `${finding.rule}\u0000${foldTerm(String(finding.params.term ?? ''))}`;
    for (let after = -1; ;) {
      const page = await this.store.read.checks.withFindings(documentId, after, 500);
      if (page.length === 0) break;
      const dismissals = await this.dismissalsFor(
        documentId,
        page.map((check) => check.segmentId),
      );
      for (const check of page) {
        const mt = markDismissed(check.mt.findings, check.segmentId, dismissals).filter(fromLearned);
        const current = check.current ? markDismissed(check.current.findings, check.segmentId, dismissals).filter(fromLearned) : null;
        const standingNow = new Map<string, Finding>();
        for (const finding of current ?? mt) standingNow.set(key(finding), finding);
        for (const finding of mt) {
          tally.findings += 1;
          const now = standingNow.get(key(finding));
          if (finding.dismissed || now?.dismissed) tally.dismissed += 1;
          else if (!now) tally.applied += 1;
          else tally.open += 1;
        }
        // brought in by the working text
        const before = new Set(mt.map(key));
        for (const finding of current ?? []) {
          if (before.has(key(finding))) continue;
          tally.findings += 1;
          if (finding.dismissed) tally.dismissed += 1;
          else tally.open += 1;
        }
      }
      after = (page[page.length - 1] as { position: number }).position;
    }
    return tally;
  }

  /**
   * The document's findings in numbers. A small document is brought up to date first (queued
   * again if its glossary changed, its queue checked); a large one is the background's work, and
   * the summary says how many segments are pending.
   */
  async summary(documentId: number, options: { bringUpToDate?: boolean } = {}): Promise<FindingsSummary> {
    await this.settled(documentId);
    const read = this.store.read.checks;
    const info = await this.info(documentId);
    let pending = await read.pending(documentId);
    if (info && options.bringUpToDate !== false) {
      const [{ stamp }, checkedStamp, last] = await Promise.all([
        this.stamped(documentId, info, 0),
        read.checkedStamp(documentId),
        read.lastPosition(documentId),
      ]);
      if (last <= INLINE_LIMIT) {
        if (checkedStamp !== stamp) await this.requeue(documentId, stamp);
        pending = await read.pending(documentId);
        if (pending > 0) {
          await this.drain(documentId, 'high');
          pending = await read.pending(documentId);
        }
      } else if (checkedStamp !== stamp) {
        this.lastRestamp = 0;
        this.nudge();
      }
    }
    const [rows, consistency, dismissals] = await Promise.all([
      read.findingCounts(documentId),
      read.consistencyCounts(documentId),
      read.activeDismissals(documentId),
    ]);
    // the flagged renderings one by one only when some of consistency's findings are dismissed
    // (a document may have thousands; the live feed asks for this summary after every change)
    const consistencyDismissed = dismissals.some((dismissal) => dismissal.rule === 'consistency');
    const flaggedRows = consistencyDismissed
      ? await read.flaggedRenderingRows(documentId)
      : [{ name: '', rendering: '', n: consistency.flagged }];
    const byRule: Record<string, SeverityCounts> = {};
    const dismissedByRule: Record<string, number> = {};
    const bySeverity = emptySeverity();
    let segmentsWithFindings = 0;
    for (const row of rows) {
      if (row.rule === '') {
        segmentsWithFindings = row.segments;
        continue;
      }
      if (row.dismissed > 0) dismissedByRule[row.rule] = row.dismissed;
      if (row.minor + row.major + row.critical === 0) continue;
      byRule[row.rule] = { minor: row.minor, major: row.major, critical: row.critical };
      bySeverity.minor += row.minor;
      bySeverity.major += row.major;
      bySeverity.critical += row.critical;
    }
    // consistency's findings are made as they are served: its dismissed ones are counted here
    let flagged = 0;
    let flaggedDismissed = 0;
    const index = new DismissalIndex(dismissals);
    const bySegment = dismissals.filter((dismissal) => dismissal.rule === 'consistency' && dismissal.segmentId !== null);
    const inSegments =
      bySegment.length > 0
        ? await read.flaggedIn(
            documentId,
            bySegment.map((dismissal) => dismissal.segmentId as number),
          )
        : [];
    const asFinding = (name: string, rendering: string): Finding => ({
      rule: 'consistency',
      severity: 'minor',
      start: 0,
      end: 0,
      text: rendering,
      source: null,
      params: { name },
      suggestion: null,
    });
    for (const row of flaggedRows) {
      if (consistencyDismissed && index.match(asFinding(row.name, row.rendering), null)) flaggedDismissed += row.n;
      else flagged += row.n;
    }
    for (const row of inSegments) {
      if (index.match(asFinding(row.name, row.rendering), null) || !index.match(asFinding(row.name, row.rendering), row.segmentId))
        continue;
      flagged -= row.n;
      flaggedDismissed += row.n;
    }
    if (flaggedDismissed > 0) dismissedByRule.consistency = flaggedDismissed;
    if (flagged > 0) {
      // consistency: a minor finding for every rendering the document's facts flag
      byRule.consistency = { minor: flagged, major: 0, critical: 0 };
      bySeverity.minor += flagged;
      segmentsWithFindings += consistency.only;
    }
    return { byRule, bySeverity, segmentsWithFindings, pending, dismissedByRule };
  }

  /**
   * Records "not an error": for one paragraph (its stored findings are marked in the same
   * transaction), or document-wide for a term or a whole check (the document's checks are made
   * again with it, like after a glossary change). The event goes to History and live views.
   */
  async dismiss(input: {
    documentId: number;
    scope: DismissalScope;
    rule: RuleId;
    segmentId: number | null;
    term: string | null;
    quote: string;
    actorId: number;
  }): Promise<DismissalRecord> {
    const term = input.scope === 'rule' || input.term === null ? null : foldTerm(input.term);
    const id = await this.store.transaction(async (tx) => {
      await tx.lock([`checks:${input.documentId}`]);
      const at = this.now().toISOString();
      const created = await tx.checks.insertDismissal({ ...input, term }, at);
      await tx.revisions.appendEvent(
        {
          documentId: input.documentId,
          segmentId: input.segmentId,
          revisionId: null,
          actorId: input.actorId,
          type: 'finding.dismissed',
          payload: { id: created, scope: input.scope, rule: input.rule, term, quote: input.quote },
        },
        at,
      );
      if (input.scope === 'segment' && input.segmentId !== null) await CheckService.remark(tx, input.documentId, input.segmentId);
      return created;
    });
    this.afterDismissal(input.scope);
    return (await this.store.read.checks.dismissal(id)) as DismissalRecord;
  }

  /** Withdraws a dismissal in force (it stays on record); undefined when it was withdrawn already. */
  async restore(dismissal: DismissalRecord, actorId: number): Promise<DismissalRecord | undefined> {
    const done = await this.store.transaction(async (tx) => {
      await tx.lock([`checks:${dismissal.documentId}`]);
      const at = this.now().toISOString();
      if (!(await tx.checks.withdrawDismissal(dismissal.id, actorId, at))) return false;
      if (dismissal.scope !== 'segment') await tx.checks.bumpDismissalVersion(dismissal.documentId);
      await tx.revisions.appendEvent(
        {
          documentId: dismissal.documentId,
          segmentId: dismissal.segmentId,
          revisionId: null,
          actorId,
          type: 'finding.restored',
          payload: { id: dismissal.id, scope: dismissal.scope, rule: dismissal.rule, term: dismissal.term, quote: dismissal.quote },
        },
        at,
      );
      if (dismissal.scope === 'segment' && dismissal.segmentId !== null)
        await CheckService.remark(tx, dismissal.documentId, dismissal.segmentId);
      return true;
    });
    if (!done) return undefined;
    this.afterDismissal(dismissal.scope);
    return this.store.read.checks.dismissal(dismissal.id);
  }

  /** A document's dismissals (of one paragraph's: its own and the document-wide ones), withdrawn ones too. */
  async dismissals(documentId: number, segmentId?: number): Promise<DismissalRecord[]> {
    return this.store.read.checks.dismissals(documentId, segmentId);
  }

  async dismissal(id: number): Promise<DismissalRecord | undefined> {
    return this.store.read.checks.dismissal(id);
  }

  private afterDismissal(scope: DismissalScope): void {
    if (scope === 'segment') return;
    // document-wide: the document's checks are made again (its stamp moved), at once
    this.lastRestamp = 0;
    this.nudge();
  }

  /** Marks a segment's stored findings with the dismissals now in force (in the caller's transaction). */
  private static async remark(tx: Repositories, documentId: number, segmentId: number): Promise<void> {
    const stored = (await tx.checks.stored([segmentId])).get(segmentId);
    if (!stored) return;
    const dismissals = new DismissalIndex(await tx.checks.activeDismissals(documentId, [segmentId]));
    const mt = CheckService.marked(stored.mt, segmentId, dismissals);
    const current = stored.current && CheckService.marked(stored.current, segmentId, dismissals);
    if (mt === stored.mt && current === stored.current) return;
    await tx.checks.store(
      documentId,
      [{ segmentId, documentId, revisionId: stored.revisionId, glossaryStamp: stored.glossaryStamp, mt, current }],
      await tx.checks.checkedStamp(documentId),
    );
  }

  /** The summary, and what the browser needs to check texts as the translator types. */
  async documentFindings(documentId: number): Promise<DocumentFindings | undefined> {
    const info = await this.info(documentId);
    if (!info) return undefined;
    const [summary, glossary] = await Promise.all([this.summary(documentId), this.glossaryOf(info)]);
    const [counts, dismissals] = await Promise.all([
      // names only: a document's repeated sentences may be a hundred thousand, and each segment's
      // come with its check
      this.store.read.checks.renderingCounts(documentId, 'names only'),
      this.store.read.checks.activeDismissals(documentId),
    ]);
    // with the acronyms its sources have, which any paragraph's translation may use
    const context = { ...contextFromCounts(counts), acronyms: acronymsOfNames(await this.namesOf(documentId)) };
    return { documentId, summary, glossary: glossary.terms, context, dismissals };
  }

  /** Every finding of a document, page by page in segment order (segments with findings only). */
  async findingsPage(documentId: number, after: number, limit: number): Promise<FindingsPage> {
    await this.settled(documentId);
    const checks = await this.store.read.checks.withFindings(documentId, after, limit);
    const segments = await this.store.read.documents.byIds(checks.map((check) => check.segmentId));
    const [context, dismissals] = await Promise.all([
      this.contextFor(documentId, checks),
      this.dismissalsFor(
        documentId,
        checks.map((check) => check.segmentId),
      ),
    ]);
    const items = checks.flatMap((check) => {
      const segment = segments.get(check.segmentId);
      if (!segment || check.revisionId !== (segment.current?.id ?? null)) return [];
      return [{ segmentId: segment.id, position: segment.position, ...CheckService.checkOf(segment, check, context, dismissals) }];
    });
    return {
      items,
      next: checks.length === limit ? (checks.at(-1) as { position: number }).position : null,
      pending: await this.store.read.checks.pending(documentId),
    };
  }

  /**
   * Checks a document's whole queue now (or every document's, without an id), and waits for the
   * batches of it this server is already checking.
   */
  async drain(documentId?: number, priority: 'high' | 'low' = 'low'): Promise<void> {
    await this.settled(documentId);
    for (;;) {
      const claimed = await this.claim(documentId);
      if (claimed.length > 0) {
        await this.checkClaimed(claimed, priority);
        continue;
      }
      // nothing to claim: wait for what this server is checking (the background's round too),
      // then look again (what it could not finish went back to the queue)
      const running = [...this.inFlight.values()].flatMap((set) => [...set]);
      if (this.round) running.push(this.round);
      if (running.length === 0) return;
      await Promise.allSettled(running);
    }
  }

  /** Queues every segment of a document again (in chunks), for a glossary with this stamp. */
  private async requeue(documentId: number, stamp: string): Promise<void> {
    const last = await this.store.read.checks.lastPosition(documentId);
    for (let from = 1; from <= last; from += REQUEUE_CHUNK) {
      await this.store.transaction((tx) => tx.checks.enqueuePositions(documentId, from, from + REQUEUE_CHUNK - 1));
    }
    await this.store.read.checks.setCheckedStamp(documentId, stamp);
  }

  private async claim(documentId?: number): Promise<Array<{ segmentId: number; documentId: number }>> {
    const at = this.now();
    const until = new Date(at.getTime() + CLAIM_MS).toISOString();
    return this.store.transaction((tx) => tx.checks.claim(BATCH, at.toISOString(), until, documentId));
  }

  private async checkClaimed(claimed: ReadonlyArray<{ segmentId: number; documentId: number }>, priority: 'high' | 'low'): Promise<void> {
    const byDocument = new Map<number, number[]>();
    for (const { segmentId, documentId } of claimed) {
      const list = byDocument.get(documentId) ?? [];
      list.push(segmentId);
      byDocument.set(documentId, list);
    }
    for (const [documentId, ids] of byDocument) {
      const checking = this.checkNow(documentId, ids, priority);
      let running = this.inFlight.get(documentId);
      if (!running) {
        running = new Set();
        this.inFlight.set(documentId, running);
      }
      running.add(checking);
      try {
        await checking;
      } catch (error) {
        await this.store.read.checks.release(ids);
        throw error;
      } finally {
        running.delete(checking);
        if (running.size === 0) this.inFlight.delete(documentId);
      }
    }
  }

  /**
   * Queues every segment of the documents whose glossary changed since they were last queued (in
   * chunks, each its own transaction, so saves never wait long), and gathers names not yet known.
   */
  async restamp(): Promise<void> {
    const documents = await this.store.read.checks.documentStamps();
    const stamps = new Map<string, string>();
    for (const document of documents) {
      const pairKey = `${document.sourceLang}>${document.targetLang}`;
      let stamp = stamps.get(pairKey);
      if (stamp === undefined) {
        stamp = (await this.glossary.glossaryFor(document.sourceLang, document.targetLang)).version;
        stamps.set(pairKey, stamp);
      }
      const documentStamp = CheckService.stampOf(stamp, document.dismissalVersion);
      if (document.checkedStamp !== documentStamp) await this.requeue(document.id, documentStamp);
      if (!document.namesKnown) await this.namesOf(document.id);
    }
  }

  /** Starts the background loop (idempotent). */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Something was queued: check it now rather than at the next round. */
  nudge(): void {
    this.wake?.();
  }

  /** A glossary changed: the documents of its pairs are queued again at the next round, now. */
  glossaryChanged(): void {
    this.glossaries.clear();
    this.lastRestamp = 0;
    this.nudge();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await Promise.all([this.loop, this.settled(), ...this.late]);
  }

  /** One round of the background: documents whose glossary changed queued again, then one batch checked. */
  private async backgroundRound(): Promise<boolean> {
    if (Date.now() - this.lastRestamp >= RESTAMP_MS) {
      this.lastRestamp = Date.now();
      await this.restamp();
    }
    const claimed = await this.claim();
    if (claimed.length === 0) return false;
    await this.checkClaimed(claimed, 'low');
    return true;
  }

  private async run(): Promise<void> {
    while (this.running) {
      let more = false;
      const started = Date.now();
      try {
        const round = this.backgroundRound();
        this.round = round;
        more = await round;
      } catch (error) {
        if (!this.running) break;
        this.log('checking queued segments failed', error);
      } finally {
        this.round = undefined;
      }
      if (!this.running) break;
      await new Promise<void>((resolve) => {
        // background work leaves the checking thread and this one half their time for what people
        // are waiting for (saves check their text on the same thread)
        const timer = setTimeout(resolve, more ? (Date.now() - started) / 2 : RESTAMP_MS);
        timer.unref();
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = undefined;
    }
  }
}
