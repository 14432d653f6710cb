/**
 * Revisions: the save protocol, workflow transitions and bulk revert, each one transaction over the
 * repositories. Correct under PostgreSQL's READ COMMITTED as under SQLite: a segment moves on only
 * from the version it was read at and a revision's state only from the state it was read in, so of
 * two writers on one segment one wins and the other is told (409), whatever process each runs in;
 * and every change writes its event in the same transaction.
 */
import type { EventType } from '../../shared/events';
import type { Revision, RevisionState, Segment, SegmentStatus } from '../../shared/schemas';
import { planTransition, STATUS_AFTER_SAVE } from '../../shared/workflow';
import {
  Rollback,
  type DocumentRevision,
  type QueueItem,
  type Repositories,
  type RevertOutcome,
  type SaveRevisionInput,
  type SaveRevisionOutcome,
  type Store,
  type StoredEvent,
  type TransitionInput,
  type TransitionOutcome,
} from '../store/types';
import { foldForIndex } from '../store/repositories/documents';
import { CheckService, type SaveCheck } from './checks';
import { MemoryService } from './memory';
import { learnFromApproval } from './proposals';

/** The event of a transition, by the state it leads to. */
const DECIDED: Record<RevisionState, EventType> = {
  draft: 'revision.saved',
  submitted: 'revision.submitted',
  approved: 'revision.approved',
  rejected: 'revision.rejected',
};

export interface PropagateOutcome {
  text: string;
  propagated: number[];
  skipped: Array<{ segmentId: number; reason: 'approved' | 'same' | 'changed' }>;
  segments: Segment[];
}

export class RevisionService {
  constructor(
    private readonly store: Store,
    private readonly now: () => Date,
    private readonly checks: CheckService,
  ) {}

  /**
   * The findings of a text about to be saved to a segment (as read before the save); undefined (the
   * segment is queued instead) if checking failed. Never rejects.
   */
  private async checkFirst(segment: Segment | undefined, text: string): Promise<SaveCheck | undefined> {
    if (!segment || (segment.current && segment.current.text === text)) return undefined;
    try {
      return await this.checks.checkSave(segment, text);
    } catch (error) {
      console.error('[tilik] %s', `checking the text saved to segment ${segment.id} failed; it is queued`, error);
      return undefined;
    }
  }

  private timestamp(): string {
    return this.now().toISOString();
  }

  /**
   * Saves a text as a new revision of a segment, against the version the writer last saw: a
   * conflict (with the segment as it now is) when someone moved it on meanwhile; unchanged when
   * the text is the current revision's.
   */
  async save(input: SaveRevisionInput): Promise<SaveRevisionOutcome> {
    // the new text is checked (in the checking thread) while the transaction writes the revision,
    // and its findings stored after the commit (see storeSoon); the segment as it was before and
    // the author's name are read first, outside the transaction. On SQLite's one connection the
    // check's reads would wait for the transaction: there it is checked first (alongside, nothing
    // overlaps there but the check's own thread)
    const [before, author] = await Promise.all([
      this.store.read.documents.segment(input.segmentId),
      this.store.read.people.user(input.authorId),
    ]);
    const checking = this.checkFirst(before, input.text);
    if (this.store.dialect === 'sqlite') await checking;
    const outcome = await this.store.transaction<SaveRevisionOutcome>(async (tx) => {
      const segment = await tx.documents.segment(input.segmentId);
      if (!segment) return { kind: 'not_found' };
      if (segment.version !== input.baseVersion) return { kind: 'conflict', segment };
      if (segment.current && segment.current.text === input.text) return { kind: 'unchanged', revision: segment.current, segment };
      const createdAt = this.timestamp();
      const parentRevisionId = segment.current?.id ?? null;
      const revisionId = await tx.revisions.insert({
        segmentId: segment.id,
        parentRevisionId,
        text: input.text,
        authorId: input.authorId,
        createdAt,
      });
      const moved = await tx.documents.advance(segment.id, segment.version, { currentRevisionId: revisionId, status: STATUS_AFTER_SAVE });
      if (moved === 0) {
        // another writer committed first (PostgreSQL, another process): undo, and say so
        const fresh = await tx.documents.segment(segment.id);
        throw new Rollback<SaveRevisionOutcome>(fresh ? { kind: 'conflict', segment: fresh } : { kind: 'not_found' });
      }
      const version = segment.version + 1;
      await tx.documents.indexForSearch([
        { segmentId: segment.id, documentId: segment.documentId, folded: foldForIndex(segment.source, segment.mt, input.text) },
      ]);
      await tx.revisions.appendEvent(
        {
          documentId: segment.documentId,
          segmentId: segment.id,
          revisionId,
          actorId: input.authorId,
          type: 'revision.saved',
          payload: { version },
        },
        createdAt,
      );
      // queued, its findings (when made) stored after the commit, outside this transaction (see
      // storeSoon); last, as the checking thread takes them, the queue's row and then the
      // document's rows, which stay locked from here to the commit only (saves of one document
      // queue behind each other on them)
      await tx.checks.enqueue(segment.documentId, [segment.id]);
      await tx.documents.countStatus(segment.documentId, segment.status, STATUS_AFTER_SAVE);
      // built from what was just written rather than read back: this is the hot path
      const revision: Revision = {
        id: revisionId,
        segmentId: segment.id,
        parentRevisionId,
        text: input.text,
        author: { id: input.authorId, name: author?.displayName ?? '' },
        createdAt,
        state: 'draft',
        decidedBy: null,
        decidedAt: null,
        comment: null,
      };
      return { kind: 'created', revision, segment: { ...segment, version, status: STATUS_AFTER_SAVE, current: revision } };
    });
    // (a conflict or an unchanged text answers at once: its check, never rejected, is dropped)
    if (outcome.kind !== 'created') return outcome;
    const check = await checking;
    if (!check) {
      this.checks.nudge();
      return { ...outcome, segment: { ...outcome.segment, check: null } };
    }
    this.checks.storeSoon(outcome.segment.documentId, CheckService.toStore(outcome.segment.id, outcome.revision.id, check));
    return { ...outcome, segment: await this.checks.withSavedCheck(outcome.segment, check) };
  }

  /** Submits, approves or rejects a revision, if the workflow allows it from where it stands. */
  async transition(input: TransitionInput): Promise<TransitionOutcome> {
    const outcome = await this.store.transaction<TransitionOutcome>(async (tx) => {
      const revision = await tx.revisions.get(input.revisionId);
      if (!revision) return { kind: 'not_found' };
      const segment = await tx.documents.segment(revision.segmentId);
      if (!segment) return { kind: 'not_found' };
      if (input.baseVersion !== undefined && input.baseVersion !== segment.version) return { kind: 'conflict', segment };
      const plan = planTransition({ action: input.action, state: revision.state, isCurrent: segment.current?.id === revision.id });
      if (!plan.ok) return { kind: 'invalid', revision, reason: plan.reason, allowedFrom: plan.allowedFrom };
      const comment = input.comment && input.comment.length > 0 ? input.comment : null;
      const at = this.timestamp();
      if (input.action === 'resubmit') return this.resubmitIn(tx, revision, segment, input.actorId, comment ?? '', at);
      const changed =
        input.action === 'submit'
          ? await tx.revisions.submit(revision.id, revision.state, comment, at)
          : await tx.revisions.decide(
              revision.id,
              revision.state,
              plan.revisionState === 'approved' ? 'approved' : 'rejected',
              input.actorId,
              at,
              comment,
            );
      const moved =
        changed === 0
          ? 0
          : await tx.documents.advance(segment.id, segment.version, {
              status: plan.segmentStatus,
              ...(plan.publishes ? { approvedRevisionId: revision.id } : {}),
            });
      if (moved === 0) {
        // the revision or its segment moved on meanwhile: nothing of this happened
        const fresh = await tx.documents.segment(segment.id);
        throw new Rollback<TransitionOutcome>(fresh ? { kind: 'conflict', segment: fresh } : { kind: 'not_found' });
      }
      await tx.documents.countStatus(segment.documentId, segment.status, plan.segmentStatus);
      // an approved translation enters its pair's memory at once
      if (plan.publishes)
        await MemoryService.remember(tx, {
          segmentId: segment.id,
          documentId: segment.documentId,
          source: segment.source,
          target: revision.text,
          approvedBy: input.actorId,
          approvedAt: at,
        });
      // and a correction of the machine translation proposes the terms it teaches
      if (plan.publishes)
        await learnFromApproval(tx, {
          documentId: segment.documentId,
          segmentId: segment.id,
          revisionId: revision.id,
          source: segment.source,
          mt: segment.mt,
          approved: revision.text,
          approvedBy: input.actorId,
          at,
        });
      await tx.revisions.appendEvent(
        {
          documentId: segment.documentId,
          segmentId: segment.id,
          revisionId: revision.id,
          actorId: input.actorId,
          type: DECIDED[plan.revisionState],
          payload: comment === null ? { version: segment.version + 1 } : { version: segment.version + 1, comment },
        },
        at,
      );
      const [updatedRevision, updatedSegment] = await Promise.all([tx.revisions.get(revision.id), tx.documents.segment(segment.id)]);
      if (!updatedRevision || !updatedSegment) throw new Error(`revision ${revision.id} vanished during ${input.action}`);
      return { kind: 'done', revision: updatedRevision, segment: updatedSegment };
    });
    if (outcome.kind !== 'done') return outcome;
    // the text did not change: its stored findings stand
    const [segment] = await this.checks.decorate(outcome.segment.documentId, [outcome.segment], false);
    return { ...outcome, segment: segment ?? outcome.segment };
  }

  /**
   * A rejected text submitted again unchanged: a new revision of the same text (the rejected one
   * stays as it was decided), submitted with the translator's reply, which also joins the
   * paragraph's comments. Its stored findings are handed on: the text did not change.
   */
  private async resubmitIn(
    tx: Repositories,
    rejected: Revision,
    segment: Segment,
    actorId: number,
    reply: string,
    at: string,
  ): Promise<TransitionOutcome> {
    const revisionId = await tx.revisions.insert({
      segmentId: segment.id,
      parentRevisionId: rejected.id,
      text: rejected.text,
      authorId: actorId,
      createdAt: at,
    });
    await tx.revisions.submit(revisionId, 'draft', reply, at);
    const moved = await tx.documents.advance(segment.id, segment.version, { currentRevisionId: revisionId, status: 'submitted' });
    if (moved === 0) {
      const fresh = await tx.documents.segment(segment.id);
      throw new Rollback<TransitionOutcome>(fresh ? { kind: 'conflict', segment: fresh } : { kind: 'not_found' });
    }
    await tx.documents.countStatus(segment.documentId, segment.status, 'submitted');
    if (!(await tx.checks.carryOver(segment.id, rejected.id, revisionId))) await tx.checks.enqueue(segment.documentId, [segment.id]);
    const commentId = await tx.review.insertComment(
      { documentId: segment.documentId, segmentId: segment.id, authorId: actorId, body: reply },
      at,
    );
    const version = segment.version + 1;
    await tx.revisions.appendEvent(
      {
        documentId: segment.documentId,
        segmentId: segment.id,
        revisionId,
        actorId,
        type: 'revision.resubmitted',
        payload: { version, comment: reply, rejectedRevisionId: rejected.id },
      },
      at,
    );
    await tx.revisions.appendEvent(
      {
        documentId: segment.documentId,
        segmentId: segment.id,
        revisionId: null,
        actorId,
        type: 'comment.created',
        payload: { id: commentId },
      },
      at,
    );
    const [revision, updated] = await Promise.all([tx.revisions.get(revisionId), tx.documents.segment(segment.id)]);
    if (!revision || !updated) throw new Error(`revision ${revisionId} vanished while resubmitting`);
    return { kind: 'done', revision, segment: updated };
  }

  async get(id: number): Promise<Revision | undefined> {
    return this.store.read.revisions.get(id);
  }

  /** Every revision of a segment, oldest first; undefined when there is no such segment. */
  async history(segmentId: number): Promise<Revision[] | undefined> {
    return this.store.transaction(
      async (tx) => {
        if (!(await tx.documents.segment(segmentId))) return undefined;
        return tx.revisions.ofSegment(segmentId);
      },
      { readOnly: true },
    );
  }

  async ofDocument(documentId: number): Promise<DocumentRevision[]> {
    return this.store.read.revisions.ofDocument(documentId);
  }

  async queue(documentIds: readonly number[] | 'all'): Promise<QueueItem[]> {
    return this.store.read.revisions.queue(documentIds);
  }

  /**
   * Writes texts as new current revisions of segments of one document inside `tx` (each segment
   * read in it, at the version it had there): per segment its revision, the segment moved on and
   * its event; then, for all of them at once, the status counts, the search index and their checks
   * queued for the background (a statement each, not one per segment: a replacement writes
   * thousands). The id of the segment another writer moved first (the caller rolls back), or null.
   */
  private async writeQueuedMany(
    tx: Repositories,
    writes: ReadonlyArray<{ segment: Segment; text: string }>,
    actorId: number,
    payload: Record<string, unknown>,
  ): Promise<number | null> {
    const [first] = writes;
    if (!first) return null;
    const documentId = first.segment.documentId;
    const at = this.timestamp();
    const leaving = new Map<SegmentStatus, number>();
    for (const { segment, text } of writes) {
      const revisionId = await tx.revisions.insert({
        segmentId: segment.id,
        parentRevisionId: segment.current?.id ?? null,
        text,
        authorId: actorId,
        createdAt: at,
      });
      if ((await tx.documents.advance(segment.id, segment.version, { currentRevisionId: revisionId, status: STATUS_AFTER_SAVE })) === 0)
        return segment.id;
      await tx.revisions.appendEvent(
        {
          documentId,
          segmentId: segment.id,
          revisionId,
          actorId,
          type: 'revision.saved',
          payload: { version: segment.version + 1, ...payload },
        },
        at,
      );
      leaving.set(segment.status, (leaving.get(segment.status) ?? 0) + 1);
    }
    for (const [from, n] of leaving) await tx.documents.countStatus(documentId, from, STATUS_AFTER_SAVE, n);
    await tx.documents.indexForSearch(
      writes.map(({ segment, text }) => ({ segmentId: segment.id, documentId, folded: foldForIndex(segment.source, segment.mt, text) })),
    );
    // checked in the background (or when a page shows them): a bulk change never waits for its checks
    await tx.checks.enqueue(
      documentId,
      writes.map(({ segment }) => segment.id),
    );
    return null;
  }

  /**
   * Saves restored texts as new revisions in one transaction, each against the version the revert
   * was planned on: all or nothing.
   */
  async revert(
    documentId: number,
    items: ReadonlyArray<{ segmentId: number; baseVersion: number; text: string }>,
    actorId: number,
    filter: Record<string, unknown>,
  ): Promise<RevertOutcome> {
    const outcome = await this.store.transaction<RevertOutcome>(async (tx) => {
      const found = await tx.documents.byIds(items.map((item) => item.segmentId));
      const writes: Array<{ segment: Segment; text: string }> = [];
      for (const item of items) {
        const segment = found.get(item.segmentId);
        if (!segment || segment.documentId !== documentId || segment.version !== item.baseVersion)
          throw new Rollback<RevertOutcome>({ kind: 'conflict', segmentId: item.segmentId, version: segment?.version ?? -1 });
        writes.push({ segment, text: item.text });
      }
      const raced = await this.writeQueuedMany(tx, writes, actorId, { revert: true });
      if (raced !== null) {
        const now = await tx.documents.segment(raced);
        throw new Rollback<RevertOutcome>({ kind: 'conflict', segmentId: raced, version: now?.version ?? -1 });
      }
      const updated = await tx.documents.byIds(items.map((item) => item.segmentId));
      const segments = items.map((item) => updated.get(item.segmentId)).filter((segment): segment is Segment => segment !== undefined);
      await tx.revisions.appendEvent(
        {
          documentId,
          segmentId: null,
          revisionId: null,
          actorId,
          type: 'document.reverted',
          payload: { ...filter, segments: items.length },
        },
        this.timestamp(),
      );
      return { kind: 'done', segments };
    });
    if (outcome.kind === 'done') this.checks.nudge();
    return outcome;
  }

  /**
   * Saves many new texts of one document in one transaction, each only if its segment is still at
   * the version given (the others are left alone and listed): what find and replace writes, a batch
   * at a time, its checks queued for the background.
   */
  async saveMany(
    documentId: number,
    items: ReadonlyArray<{ segmentId: number; baseVersion: number; text: string }>,
    actorId: number,
  ): Promise<{ saved: number[]; changed: number[] }> {
    type Batch = { kind: 'done'; saved: number[]; changed: number[] } | { kind: 'raced'; segmentId: number };
    const raced: number[] = [];
    let pending = items;
    let outcome: Batch;
    for (;;) {
      outcome = await this.store.transaction<Batch>(async (tx) => {
        const changed: number[] = [];
        const found = await tx.documents.byIds(pending.map((item) => item.segmentId));
        const writes: Array<{ segment: Segment; text: string }> = [];
        const named = new Set<number>();
        for (const item of pending) {
          const segment = found.get(item.segmentId);
          // (a segment named twice: its second text meets the version the first one moved it to)
          if (!segment || segment.documentId !== documentId || segment.version !== item.baseVersion || named.has(segment.id))
            changed.push(item.segmentId);
          else {
            named.add(segment.id);
            writes.push({ segment, text: item.text });
          }
        }
        // another writer committed a segment meanwhile (PostgreSQL): the batch is undone and done
        // again without it, so no revision is left that no segment points to
        const raced = await this.writeQueuedMany(tx, writes, actorId, {});
        if (raced !== null) throw new Rollback<Batch>({ kind: 'raced', segmentId: raced });
        return { kind: 'done', saved: writes.map(({ segment }) => segment.id), changed };
      });
      if (outcome.kind === 'done') break;
      const lost = outcome.segmentId;
      raced.push(lost);
      pending = pending.filter((item) => item.segmentId !== lost);
    }
    if (outcome.saved.length > 0) this.checks.nudge();
    return { saved: outcome.saved, changed: [...outcome.changed, ...raced] };
  }

  /**
   * A paragraph's approved translation put into the other paragraphs of its document with exactly
   * the same source: a normal revision (a draft) in each, unless it is approved already or its
   * working text is that translation. Undefined when there is no such segment, null when it has no
   * approved text to propagate.
   */
  async propagate(segmentId: number, actorId: number): Promise<PropagateOutcome | undefined | null> {
    const segment = await this.store.read.documents.segment(segmentId);
    if (!segment) return undefined;
    if (segment.approvedText === null) return null;
    const text = segment.approvedText;
    const others = await this.store.read.documents.repetitionsOf(segment.documentId, segment.source, segment.id);
    const skipped: PropagateOutcome['skipped'] = [];
    const writes: Array<{ segmentId: number; baseVersion: number; text: string }> = [];
    for (const other of others) {
      if (other.status === 'approved') skipped.push({ segmentId: other.id, reason: 'approved' });
      else if ((other.current?.text ?? other.mt) === text) skipped.push({ segmentId: other.id, reason: 'same' });
      else writes.push({ segmentId: other.id, baseVersion: other.version, text });
    }
    const { saved, changed } = await this.saveMany(segment.documentId, writes, actorId);
    for (const id of changed) skipped.push({ segmentId: id, reason: 'changed' });
    const segments = [...(await this.store.read.documents.byIds(saved)).values()];
    return { text, propagated: saved, skipped, segments: await this.checks.decorate(segment.documentId, segments, false) };
  }

  async events(documentId: number, afterId = 0): Promise<StoredEvent[]> {
    return this.store.read.revisions.events(documentId, afterId);
  }

  /** Events of these types after `afterId`, whatever their document (the live hub's access changes). */
  async eventsOfTypes(types: readonly string[], afterId: number): Promise<StoredEvent[]> {
    return this.store.read.revisions.eventsOfTypes(types, afterId);
  }

  /** The id of the latest event of all. */
  async lastEventId(): Promise<number> {
    return this.store.read.revisions.lastEventId();
  }
}
