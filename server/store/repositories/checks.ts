/**
 * Findings stored per segment, and the counts kept from them: per rule and severity, and how each
 * of the document's names is rendered (consistency's document-wide facts). A check replaces the
 * segment's stored one and moves the counts by the difference, in one transaction, so the counts
 * always add up to the stored checks. The check queue holds what is to be checked (again).
 */
import { sql, type Insertable, type Kysely } from 'kysely';
import type { ActiveDismissal, DismissalScope, DocumentContext, Finding, Rendering, RuleId, TextCheck } from '../../../shared/qa';
import { byCodePoint, SENTENCE_MARK } from '../../../shared/qa/rules/consistency';
import { movedTop, type MovedCount, type NameTop } from './nameTops';
import { QA_NAMES_VERSION } from '../../../shared/qa/version';
import type { SeverityCounts } from '../../../shared/schemas';
import type { SqlFeatures } from '../features';
import type { Database } from '../schema';

/** A segment's texts as a check needs them. */
export interface CheckTarget {
  segmentId: number;
  documentId: number;
  revisionId: number | null;
  source: string;
  mt: string;
  current: string | null;
}

/** A segment's check as stored. */
export interface StoredCheck {
  segmentId: number;
  revisionId: number | null;
  glossaryStamp: string;
  mt: TextCheck;
  current: TextCheck | null;
}

/** A check to store; `mt: null` keeps the stored findings of the (never changing) machine translation. */
export interface CheckToStore {
  segmentId: number;
  documentId: number;
  revisionId: number | null;
  glossaryStamp: string;
  mt: TextCheck | null;
  current: TextCheck | null;
}

/** A dismissal as History and the API show it. */
export interface DismissalRecord {
  id: number;
  documentId: number;
  scope: DismissalScope;
  rule: RuleId;
  segmentId: number | null;
  /** The paragraph's number (scope 'segment'). */
  position: number | null;
  term: string | null;
  quote: string;
  by: { id: number; name: string };
  at: string;
  withdrawn: { by: { id: number; name: string }; at: string } | null;
}

export interface DismissalInput {
  documentId: number;
  scope: DismissalScope;
  rule: RuleId;
  segmentId: number | null;
  term: string | null;
  quote: string;
  actorId: number;
}

export interface FindingCountRow extends SeverityCounts {
  rule: string;
  segments: number;
  dismissed: number;
}

/** Rows per statement (SQLite takes at most 32,766 parameters). */
const BATCH = 200;

function chunks<T>(items: readonly T[], size = BATCH): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}

/** The rules of a text's findings that stand (not dismissed), as the `rules` column holds them: " a b ". */
export function rulesColumn(findings: readonly Finding[]): string {
  const rules = [...new Set(findings.filter((finding) => !finding.dismissed).map((finding) => finding.rule))].sort();
  return rules.length === 0 ? ' ' : ` ${rules.join(' ')} `;
}

/** How often each name is rendered each way in a text's renderings. */
function renderingTally(renderings: readonly Rendering[]): Map<string, { name: string; rendering: string; n: number }> {
  const tally = new Map<string, { name: string; rendering: string; n: number }>();
  for (const rendering of renderings) {
    const key = `${rendering.name}\u0000${rendering.text}`;
    const entry = tally.get(key);
    if (entry) entry.n += 1;
    else tally.set(key, { name: rendering.name, rendering: rendering.text, n: 1 });
  }
  return tally;
}

/** Whether two tallies of renderings are the same. */
function sameTally(a: ReadonlyMap<string, { n: number }>, b: ReadonlyMap<string, { n: number }>): boolean {
  if (a.size !== b.size) return false;
  for (const [key, entry] of a) if (b.get(key)?.n !== entry.n) return false;
  return true;
}

type Counts = { minor: number; major: number; critical: number; segments: number; dismissed: number };

/** The difference a text's findings make to the counts per rule (sign +1 to add, -1 to take away); dismissed ones count apart. */
function tallyFindings(into: Map<string, Counts>, findings: readonly Finding[], sign: 1 | -1): void {
  const entry = (rule: string) => {
    let counts = into.get(rule);
    if (!counts) {
      counts = { minor: 0, major: 0, critical: 0, segments: 0, dismissed: 0 };
      into.set(rule, counts);
    }
    return counts;
  };
  const rules = new Set<string>();
  for (const finding of findings) {
    if (finding.dismissed) {
      entry(finding.rule).dismissed += sign;
      continue;
    }
    entry(finding.rule)[finding.severity] += sign;
    rules.add(finding.rule);
  }
  for (const rule of rules) entry(rule).segments += sign;
  if (rules.size > 0) entry('').segments += sign;
}

/**
 * The renderings of the document that consistency flags: for each name rendered more than one way,
 * every rendering but the most frequent (the name's own spelling first on a tie, then in code
 * point order), as contextFromCounts chooses.
 */
export function flaggedRenderings(db: Kysely<Database>, features: SqlFeatures, documentId: number) {
  return sql<{ name: string; rendering: string; n: number }>`SELECT name, rendering, n FROM (
      SELECT name, rendering, n, row_number() OVER (
        PARTITION BY name ORDER BY n DESC, CASE WHEN rendering = name THEN 0 ELSE 1 END, ${features.inCodePointOrder(sql.ref('rendering'))}
      ) AS rank
      FROM document_rendering_counts WHERE document_id = ${documentId} AND n > 0
    ) ranked WHERE rank > 1`;
}

/** A segment's flagged count and its standing text's rules (" ": no finding but consistency's). */
interface FlagState {
  flagged: number;
  rules: string;
}

/** A stored check as its row has it. */
function storedCheckOf(row: {
  segment_id: number;
  revision_id: number | null;
  glossary_stamp: string;
  mt_findings: string;
  mt_renderings: string;
  current_findings: string | null;
  current_renderings: string | null;
}): StoredCheck {
  return {
    segmentId: row.segment_id,
    revisionId: row.revision_id,
    glossaryStamp: row.glossary_stamp,
    mt: { findings: JSON.parse(row.mt_findings) as Finding[], renderings: JSON.parse(row.mt_renderings) as Rendering[] },
    current:
      row.current_findings === null
        ? null
        : {
            findings: JSON.parse(row.current_findings) as Finding[],
            renderings: JSON.parse(row.current_renderings ?? '[]') as Rendering[],
          },
  };
}

export class CheckRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly features: SqlFeatures,
  ) {}

  /** Puts segments in the queue (again, unclaimed). */
  async enqueue(documentId: number, segmentIds: readonly number[]): Promise<void> {
    let added = 0;
    for (const batch of chunks(segmentIds)) {
      const [inserted] = await this.db
        .insertInto('check_queue')
        .values(batch.map((segmentId) => ({ segment_id: segmentId, document_id: documentId, claimed_until: null })))
        .onConflict((oc) => oc.column('segment_id').doNothing())
        .execute();
      added += Number(inserted?.numInsertedOrUpdatedRows ?? 0);
      // those already queued are unclaimed: checked again from their new text
      await this.db
        .updateTable('check_queue')
        .set({ claimed_until: null })
        .where(this.features.inIds(sql.ref<number>('segment_id'), batch))
        .where('claimed_until', 'is not', null)
        .execute();
    }
    await this.countPending(documentId, added);
  }

  /** Puts the segments at positions from..to of a document in the queue (again, unclaimed). */
  async enqueuePositions(documentId: number, from: number, to: number): Promise<void> {
    const inserted = await sql`INSERT INTO check_queue (segment_id, document_id, claimed_until)
      SELECT id, document_id, NULL FROM segments WHERE document_id = ${documentId} AND position >= ${from} AND position <= ${to}
      ON CONFLICT (segment_id) DO NOTHING`.execute(this.db);
    await sql`UPDATE check_queue SET claimed_until = NULL
      WHERE document_id = ${documentId} AND claimed_until IS NOT NULL
        AND segment_id IN (SELECT id FROM segments WHERE document_id = ${documentId} AND position >= ${from} AND position <= ${to})`.execute(
      this.db,
    );
    await this.countPending(documentId, Number(inserted.numAffectedRows ?? 0));
  }

  /** Moves the document's count of queued segments by `delta`, in the transaction that moved the queue. */
  async countPending(documentId: number, delta: number): Promise<void> {
    if (delta === 0) return;
    await this.db
      .updateTable('documents')
      .set((eb) => ({ pending_checks: eb('pending_checks', '+', delta) }))
      .where('id', '=', documentId)
      .execute();
  }

  /**
   * Claims up to `limit` queued segments nobody holds (or whose claim lapsed) until `until`: of one
   * document when given, else of the document queued first.
   */
  async claim(limit: number, now: string, until: string, documentId?: number): Promise<Array<{ segmentId: number; documentId: number }>> {
    const where = documentId === undefined ? sql`` : sql`AND document_id = ${documentId}`;
    // the batch picked once (MATERIALIZED), then updated by key: written as `IN (subquery)`, a
    // claim on PostgreSQL ran for more than five minutes on a queue of 100,000 just filled, before
    // its statistics were gathered, holding back every transaction that touched those rows
    const { rows } = await sql<{ segment_id: number; document_id: number }>`WITH picked AS MATERIALIZED (
        SELECT segment_id FROM check_queue WHERE (claimed_until IS NULL OR claimed_until < ${now}) ${where}
        ORDER BY document_id, segment_id LIMIT ${limit} ${this.features.skipLocked}
      )
      UPDATE check_queue SET claimed_until = ${until}
      FROM picked WHERE check_queue.segment_id = picked.segment_id
      RETURNING check_queue.segment_id, check_queue.document_id`.execute(this.db);
    return rows
      .map((row) => ({ segmentId: Number(row.segment_id), documentId: Number(row.document_id) }))
      .sort((a, b) => a.segmentId - b.segmentId);
  }

  /** The queue's statistics gathered now, after a whole document was queued (see SqlFeatures.analyze). */
  async queueGrew(): Promise<void> {
    await this.features.analyze(this.db, 'check_queue');
    await this.features.analyze(this.db, 'segments');
  }

  /** Gives claimed segments back to the queue. */
  async release(segmentIds: readonly number[]): Promise<void> {
    for (const batch of chunks(segmentIds)) {
      await this.db
        .updateTable('check_queue')
        .set({ claimed_until: null })
        .where(this.features.inIds(sql.ref<number>('segment_id'), batch))
        .execute();
    }
  }

  /** How many of a document's segments wait to be checked (kept, not counted). */
  async pending(documentId: number): Promise<number> {
    const row = await this.db.selectFrom('documents').select('pending_checks').where('id', '=', documentId).executeTakeFirst();
    return Number(row?.pending_checks ?? 0);
  }

  /** Which of these segments wait to be checked. */
  async queued(segmentIds: readonly number[]): Promise<Set<number>> {
    const out = new Set<number>();
    for (const batch of chunks(segmentIds, 500)) {
      const rows = await this.db
        .selectFrom('check_queue')
        .select('segment_id')
        .where(this.features.inIds(sql.ref<number>('segment_id'), batch))
        .execute();
      for (const row of rows) out.add(Number(row.segment_id));
    }
    return out;
  }

  /** The texts of these segments, to check. */
  async targets(segmentIds: readonly number[]): Promise<CheckTarget[]> {
    const out: CheckTarget[] = [];
    for (const batch of chunks(segmentIds, 500)) {
      const rows = await this.db
        .selectFrom('segments as s')
        .leftJoin('revisions as cur', 'cur.id', 's.current_revision_id')
        .select(['s.id', 's.document_id', 's.source', 's.mt', 's.current_revision_id', 'cur.text'])
        .where(this.features.inIds(sql.ref<number>('s.id'), batch))
        .execute();
      for (const row of rows) {
        out.push({
          segmentId: row.id,
          documentId: row.document_id,
          revisionId: row.current_revision_id,
          source: row.source,
          mt: row.mt,
          current: row.current_revision_id === null ? null : (row.text ?? ''),
        });
      }
    }
    return out;
  }

  /**
   * Hands a segment's stored check on to a new revision of the same text (a resubmission): true
   * when there was one for `from` to hand on, false when the segment must be checked again.
   */
  async carryOver(segmentId: number, from: number, to: number): Promise<boolean> {
    const result = await this.db
      .updateTable('segment_checks')
      .set({ revision_id: to })
      .where('segment_id', '=', segmentId)
      .where('revision_id', '=', from)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** The stored checks of these segments. */
  async stored(segmentIds: readonly number[]): Promise<Map<number, StoredCheck>> {
    const out = new Map<number, StoredCheck>();
    for (const batch of chunks(segmentIds, 500)) {
      const rows = await this.db
        .selectFrom('segment_checks')
        .selectAll()
        .where(this.features.inIds(sql.ref<number>('segment_id'), batch))
        .execute();
      for (const row of rows) out.set(row.segment_id, storedCheckOf(row));
    }
    return out;
  }

  /**
   * Stores checks of one document's segments, each replacing the segment's stored one, and moves
   * the document's counts by the difference. A check of a text that is no longer current is left
   * out. A stored segment leaves the queue when its check used the glossary the document is queued
   * for (`checkedStamp`); otherwise it stays, unclaimed, for another go. Returns the segments stored.
   * The caller holds the document's checks lock.
   */
  async store(documentId: number, checks: readonly CheckToStore[], checkedStamp: string | null): Promise<number[]> {
    if (checks.length === 0) return [];
    const ids = checks.map((check) => check.segmentId);
    // in one statement (this runs under the document's checks lock, which every save of the
    // document waits for): each segment's current revision, its stored check, and what
    // consistency flagged in it before (its flagged count and other findings)
    const old = new Map<number, StoredCheck>();
    const currentOf = new Map<number, number | null>();
    const flaggedBefore = new Map<number, FlagState>();
    for (const batch of chunks(ids, 500)) {
      const rows = await this.db
        .selectFrom('segments as s')
        .leftJoin('segment_checks as c', 'c.segment_id', 's.id')
        .select([
          's.id',
          's.current_revision_id',
          'c.segment_id',
          'c.revision_id',
          'c.glossary_stamp',
          'c.mt_findings',
          'c.mt_renderings',
          'c.current_findings',
          'c.current_renderings',
          'c.flagged',
          'c.rules',
        ])
        .where(this.features.inIds(sql.ref<number>('s.id'), batch))
        .execute();
      for (const row of rows) {
        currentOf.set(row.id, row.current_revision_id);
        const { segment_id: checked, glossary_stamp: stamp, mt_findings: mt, mt_renderings: renderings } = row;
        if (checked === null || stamp === null || mt === null || renderings === null) continue;
        old.set(checked, storedCheckOf({ ...row, segment_id: checked, glossary_stamp: stamp, mt_findings: mt, mt_renderings: renderings }));
        flaggedBefore.set(checked, { flagged: Number(row.flagged), rules: row.rules ?? '' });
      }
    }
    const findingDelta = new Map<string, Counts>();
    const renderingDelta = new Map<string, { name: string; rendering: string; n: number }>();
    const moveRenderings = (renderings: readonly Rendering[], sign: 1 | -1) => {
      for (const [key, entry] of renderingTally(renderings)) {
        const total = renderingDelta.get(key);
        if (total) total.n += sign * entry.n;
        else renderingDelta.set(key, { ...entry, n: sign * entry.n });
      }
    };
    const rows: Insertable<Database['segment_checks']>[] = [];
    const renderingRows: Database['segment_renderings'][] = [];
    const stored: number[] = [];
    // segments whose renderings of names moved (their rows are written again, and consistency
    // looks at them), and what the others' new rules do to the count of segments flagged by
    // consistency alone (their flagged count stays as it is: their renderings did not move)
    const renderingsMoved: number[] = [];
    let onlyDelta = 0;
    const done: number[] = [];
    const again: number[] = [];
    for (const check of checks) {
      if (currentOf.get(check.segmentId) !== check.revisionId) continue; // a newer text was saved meanwhile
      const before = old.get(check.segmentId);
      const mt = check.mt ?? before?.mt;
      if (!mt) throw new Error(`segment ${check.segmentId}: no findings of its machine translation to keep`);
      const was = before ? (before.current ?? before.mt) : null;
      if (was) {
        tallyFindings(findingDelta, was.findings, -1);
        moveRenderings(was.renderings, -1);
      }
      const standing = check.current ?? mt;
      tallyFindings(findingDelta, standing.findings, 1);
      moveRenderings(standing.renderings, 1);
      const flagState = flaggedBefore.get(check.segmentId);
      if (was && flagState && sameTally(renderingTally(was.renderings), renderingTally(standing.renderings))) {
        const rules = rulesColumn(standing.findings);
        if (flagState.flagged > 0) onlyDelta += (rules === ' ' ? 1 : 0) - (flagState.rules === ' ' ? 1 : 0);
      } else renderingsMoved.push(check.segmentId);
      rows.push({
        segment_id: check.segmentId,
        document_id: documentId,
        revision_id: check.revisionId,
        glossary_stamp: check.glossaryStamp,
        mt_findings: JSON.stringify(mt.findings),
        current_findings: check.current === null ? null : JSON.stringify(check.current.findings),
        mt_renderings: JSON.stringify(mt.renderings),
        current_renderings: check.current === null ? null : JSON.stringify(check.current.renderings),
        rules: rulesColumn(standing.findings),
      });
      if (renderingsMoved.at(-1) === check.segmentId)
        for (const entry of renderingTally(standing.renderings).values()) {
          renderingRows.push({
            document_id: documentId,
            name: entry.name,
            rendering: entry.rendering,
            segment_id: check.segmentId,
            n: entry.n,
          });
        }
      stored.push(check.segmentId);
      (check.glossaryStamp === checkedStamp ? done : again).push(check.segmentId);
    }
    for (const batch of chunks(rows, 100)) {
      await this.db
        .insertInto('segment_checks')
        .values(batch)
        .onConflict((oc) =>
          oc.column('segment_id').doUpdateSet((eb) => ({
            revision_id: eb.ref('excluded.revision_id'),
            glossary_stamp: eb.ref('excluded.glossary_stamp'),
            mt_findings: eb.ref('excluded.mt_findings'),
            current_findings: eb.ref('excluded.current_findings'),
            mt_renderings: eb.ref('excluded.mt_renderings'),
            current_renderings: eb.ref('excluded.current_renderings'),
            rules: eb.ref('excluded.rules'),
          })),
        )
        .execute();
    }
    for (const batch of chunks(renderingsMoved, 500)) {
      await this.db
        .deleteFrom('segment_renderings')
        .where(this.features.inIds(sql.ref<number>('segment_id'), batch))
        .execute();
    }
    for (const batch of chunks(renderingRows)) await this.db.insertInto('segment_renderings').values(batch).execute();
    const findingRows = [...findingDelta].filter(
      ([, c]) => c.minor !== 0 || c.major !== 0 || c.critical !== 0 || c.segments !== 0 || c.dismissed !== 0,
    );
    for (const batch of chunks(findingRows)) {
      await this.db
        .insertInto('document_finding_counts')
        .values(batch.map(([rule, c]) => ({ document_id: documentId, rule, ...c })))
        .onConflict((oc) =>
          oc.columns(['document_id', 'rule']).doUpdateSet((eb) => ({
            minor: eb('document_finding_counts.minor', '+', eb.ref('excluded.minor')),
            major: eb('document_finding_counts.major', '+', eb.ref('excluded.major')),
            critical: eb('document_finding_counts.critical', '+', eb.ref('excluded.critical')),
            segments: eb('document_finding_counts.segments', '+', eb.ref('excluded.segments')),
            dismissed: eb('document_finding_counts.dismissed', '+', eb.ref('excluded.dismissed')),
          })),
        )
        .execute();
    }
    const renderingCountRows = [...renderingDelta.values()].filter((entry) => entry.n !== 0);
    // each moved rendering's count as it now stands, per name (for its chosen rendering: see moveConsistency)
    const movedCounts = new Map<string, Map<string, MovedCount>>();
    for (const batch of chunks(renderingCountRows)) {
      const counted = await this.db
        .insertInto('document_rendering_counts')
        .values(batch.map((entry) => ({ document_id: documentId, ...entry })))
        .onConflict((oc) =>
          oc
            .columns(['document_id', 'name', 'rendering'])
            .doUpdateSet((eb) => ({ n: eb('document_rendering_counts.n', '+', eb.ref('excluded.n')) })),
        )
        .returning(['name', 'rendering', 'n'])
        .execute();
      const deltas = new Map(batch.map((entry) => [`${entry.name}\u0000${entry.rendering}`, entry.n]));
      for (const row of counted) {
        let ofName = movedCounts.get(row.name);
        if (!ofName) movedCounts.set(row.name, (ofName = new Map()));
        ofName.set(row.rendering, { n: Number(row.n), delta: deltas.get(`${row.name}\u0000${row.rendering}`) ?? 0 });
      }
    }
    // the queue's rows before the document's row, as a save takes them (see enqueue)
    let removed = 0;
    for (const batch of chunks(done, 500)) {
      const [deleted] = await this.db
        .deleteFrom('check_queue')
        .where(this.features.inIds(sql.ref<number>('segment_id'), batch))
        .execute();
      removed += Number(deleted?.numDeletedRows ?? 0);
    }
    await this.release(again);
    const moved =
      renderingsMoved.length > 0 || renderingCountRows.length > 0
        ? await this.moveConsistency(documentId, movedCounts, renderingsMoved, flaggedBefore, onlyDelta)
        : { flagged: 0, only: onlyDelta };
    // the document's counts in one statement, last: its row stays locked from here to the commit only
    if (moved.flagged !== 0 || moved.only !== 0 || removed !== 0)
      await this.db
        .updateTable('documents')
        .set((eb) => ({
          consistency_flagged: eb('consistency_flagged', '+', moved.flagged),
          consistency_only: eb('consistency_only', '+', moved.only),
          pending_checks: eb('pending_checks', '-', removed),
        }))
        .where('id', '=', documentId)
        .execute();
    return stored;
  }

  /** Each segment's flagged count and rules column, as stored now (segments without a check: none). */
  private async flagStates(segmentIds: Iterable<number>): Promise<Map<number, FlagState>> {
    const out = new Map<number, FlagState>();
    for (const batch of chunks([...segmentIds], 500)) {
      const rows = await this.db
        .selectFrom('segment_checks')
        .select(['segment_id', 'flagged', 'rules'])
        .where(this.features.inIds(sql.ref<number>('segment_id'), batch))
        .execute();
      for (const row of rows) out.set(row.segment_id, { flagged: Number(row.flagged), rules: row.rules });
    }
    return out;
  }

  /**
   * Consistency's counts moved after renderings of these names changed in these segments: each
   * name's chosen rendering and total again (from what they were and the counts that moved; a
   * name's renderings are ranked again only when its top lost uses to a close race), then the
   * flagged count of every segment whose answer may have changed (those stored, and, for a name
   * whose chosen rendering changed, those holding the old or the new one). Returns how far the
   * document's totals (flagged, and flagged by consistency alone) moved: the caller writes them.
   */
  private async moveConsistency(
    documentId: number,
    moved: ReadonlyMap<string, ReadonlyMap<string, MovedCount>>,
    stored: readonly number[],
    before: ReadonlyMap<number, FlagState>,
    onlyMoved = 0,
  ): Promise<{ flagged: number; only: number }> {
    const touched = [...moved.keys()];
    let flaggedDelta = 0;
    const flipped: Array<{ name: string; renderings: string[] }> = [];
    for (const batch of chunks(touched, 200)) {
      const old = new Map<string, NameTop>();
      for (const row of await this.db
        .selectFrom('document_name_tops')
        .select(['name', 'rendering', 'n', 'total'])
        .where('document_id', '=', documentId)
        .where('name', 'in', batch)
        .execute())
        old.set(row.name, { rendering: row.rendering, n: Number(row.n), total: Number(row.total) });
      const now = new Map<string, NameTop>();
      const ranked: string[] = [];
      for (const name of batch) {
        const top = movedTop(name, old.get(name), moved.get(name) ?? new Map());
        if (top === 'rank') ranked.push(name);
        else if (top) now.set(name, top);
      }
      if (ranked.length > 0) {
        const { rows } = await sql<{ name: string; rendering: string; n: number; total: number }>`SELECT name, rendering, n, total
          FROM (
            SELECT name, rendering, n, sum(n) OVER (PARTITION BY name) AS total, row_number() OVER (
              PARTITION BY name ORDER BY n DESC, CASE WHEN rendering = name THEN 0 ELSE 1 END, ${this.features.inCodePointOrder(sql.ref('rendering'))}
            ) AS rank
            FROM document_rendering_counts WHERE document_id = ${documentId} AND n > 0 AND name IN (${sql.join(ranked)})
          ) ranked WHERE rank = 1`.execute(this.db);
        for (const row of rows) now.set(row.name, { rendering: row.rendering, n: Number(row.n), total: Number(row.total) });
      }
      const changed: Array<NameTop & { name: string }> = [];
      for (const name of batch) {
        const was = old.get(name);
        const is = now.get(name);
        flaggedDelta += (is ? is.total - is.n : 0) - (was ? was.total - was.n : 0);
        if (was?.rendering !== is?.rendering) {
          flipped.push({ name, renderings: [was?.rendering, is?.rendering].filter((r): r is string => r !== undefined) });
        }
        if (is && (is.rendering !== was?.rendering || is.n !== was.n || is.total !== was.total)) changed.push({ ...is, name });
      }
      const gone = batch.filter((name) => !now.has(name) && old.has(name));
      if (gone.length > 0)
        await this.db.deleteFrom('document_name_tops').where('document_id', '=', documentId).where('name', 'in', gone).execute();
      if (changed.length > 0)
        await this.db
          .insertInto('document_name_tops')
          .values(changed.map((row) => ({ document_id: documentId, ...row })))
          .onConflict((oc) =>
            oc.columns(['document_id', 'name']).doUpdateSet((eb) => ({
              rendering: eb.ref('excluded.rendering'),
              n: eb.ref('excluded.n'),
              total: eb.ref('excluded.total'),
            })),
          )
          .execute();
    }
    // the segments whose flagged count may have moved, with what it was
    const affected = new Map<number, FlagState>(stored.map((id) => [id, before.get(id) ?? { flagged: 0, rules: ' ' }]));
    const others: number[] = [];
    for (const { name, renderings } of flipped) {
      if (renderings.length === 0) continue;
      const rows = await this.db
        .selectFrom('segment_renderings')
        .select('segment_id')
        .where('document_id', '=', documentId)
        .where('name', '=', name)
        .where('rendering', 'in', renderings)
        .execute();
      for (const row of rows) if (!affected.has(row.segment_id)) others.push(row.segment_id);
    }
    for (const [id, state] of await this.flagStates(others)) affected.set(id, state);
    let onlyDelta = onlyMoved;
    for (const batch of chunks([...affected.keys()], 500)) {
      const { rows } = await sql<{ segment_id: number; flagged: number; rules: string }>`UPDATE segment_checks SET flagged = (
          SELECT count(*) FROM segment_renderings r
          JOIN document_name_tops t ON t.document_id = r.document_id AND t.name = r.name
          WHERE r.segment_id = segment_checks.segment_id AND r.rendering <> t.rendering
        ) WHERE ${this.features.inIds(sql.ref<number>('segment_id'), batch)}
        RETURNING segment_id, flagged, rules`.execute(this.db);
      for (const row of rows) {
        const was = affected.get(row.segment_id) as FlagState;
        onlyDelta += (Number(row.flagged) > 0 && row.rules === ' ' ? 1 : 0) - (was.flagged > 0 && was.rules === ' ' ? 1 : 0);
      }
    }
    return { flagged: flaggedDelta, only: onlyDelta };
  }

  /**
   * The document's facts about the names of these renderings, as far as these renderings go: for
   * each name rendered more than one way in the document, its chosen rendering (kept) and which of
   * these renderings of it the document also has, most used first (then in code point order).
   * Reads the kept choice and one row per rendering asked for, not every rendering of every name (a
   * sentence repeated ten thousand times may have hundreds).
   */
  async factsAbout(documentId: number, renderings: ReadonlyArray<{ name: string; rendering: string }>): Promise<DocumentContext> {
    const out: DocumentContext = { renderings: {} };
    if (renderings.length === 0) return out;
    const chosen = new Map<string, string>();
    for (const batch of chunks([...new Set(renderings.map((entry) => entry.name))], 500)) {
      const rows = await this.db
        .selectFrom('document_name_tops')
        .select(['name', 'rendering', 'n', 'total'])
        .where('document_id', '=', documentId)
        .where('name', 'in', batch)
        .execute();
      for (const row of rows) if (Number(row.total) > Number(row.n)) chosen.set(row.name, row.rendering);
    }
    if (chosen.size === 0) return out;
    const others = new Map<string, Array<{ rendering: string; n: number }>>([...chosen.keys()].map((name) => [name, []]));
    // each (name, rendering) once, and only of names rendered more than one way: one probe of the
    // key each (a list of names IN a list of renderings probed every pairing, thousands a page)
    const wanted = new Map<string, { name: string; rendering: string }>();
    for (const entry of renderings)
      if (chosen.has(entry.name) && chosen.get(entry.name) !== entry.rendering) wanted.set(`${entry.name}\u0000${entry.rendering}`, entry);
    for (const batch of chunks([...wanted.values()], 250)) {
      const rows = await sql<{ name: string; rendering: string; n: number }>`WITH wanted (name, rendering) AS (
          VALUES ${sql.join(batch.map((entry) => sql`(${entry.name}, ${entry.rendering})`))}
        )
        SELECT c.name, c.rendering, c.n FROM wanted
        JOIN document_rendering_counts c ON c.document_id = ${documentId} AND c.name = wanted.name AND c.rendering = wanted.rendering
        WHERE c.n > 0`.execute(this.db);
      for (const row of rows.rows) others.get(row.name)?.push({ rendering: row.rendering, n: Number(row.n) });
    }
    for (const [name, rendering] of chosen) {
      // ranked as the document ranks them: most used, the name's own spelling, code point order
      const ranked = (others.get(name) ?? []).sort(
        (a, b) => b.n - a.n || (a.rendering === name ? -1 : b.rendering === name ? 1 : byCodePoint(a.rendering, b.rendering)),
      );
      out.renderings[name] = { chosen: rendering, others: ranked.map((entry) => entry.rendering) };
    }
    return out;
  }

  /** Consistency's kept counts: renderings it flags, and segments whose only findings are its. */
  async consistencyCounts(documentId: number): Promise<{ flagged: number; only: number }> {
    const row = await this.db
      .selectFrom('documents')
      .select(['consistency_flagged', 'consistency_only'])
      .where('id', '=', documentId)
      .executeTakeFirst();
    return { flagged: Number(row?.consistency_flagged ?? 0), only: Number(row?.consistency_only ?? 0) };
  }

  /** The kept counts of a document's findings per rule (rule '': segments with any). */
  async findingCounts(documentId: number): Promise<FindingCountRow[]> {
    const rows = await this.db
      .selectFrom('document_finding_counts')
      .select(['rule', 'minor', 'major', 'critical', 'segments', 'dismissed'])
      .where('document_id', '=', documentId)
      .execute();
    return rows.map((row) => ({
      rule: row.rule,
      minor: Number(row.minor),
      major: Number(row.major),
      critical: Number(row.critical),
      segments: Number(row.segments),
      dismissed: Number(row.dismissed),
    }));
  }

  /**
   * How often each name is rendered each way in the document: of these names only, when given; of
   * its names without its repeated sentences, with 'names only'.
   */
  async renderingCounts(documentId: number, names?: readonly string[] | 'names only'): Promise<Map<string, Map<string, number>>> {
    if (Array.isArray(names) && names.length === 0) return new Map();
    let query = this.db
      .selectFrom('document_rendering_counts')
      .select(['name', 'rendering', 'n'])
      .where('document_id', '=', documentId)
      .where('n', '>', 0);
    // names without the repeated sentences (whose "names" start with SENTENCE_MARK)
    if (names === 'names only') query = query.where('name', 'not like', `${SENTENCE_MARK}%`);
    else if (names) query = query.where('name', 'in', [...new Set(names)]);
    const out = new Map<string, Map<string, number>>();
    for (const row of await query.execute()) {
      let byRendering = out.get(row.name);
      if (!byRendering) {
        byRendering = new Map();
        out.set(row.name, byRendering);
      }
      byRendering.set(row.rendering, Number(row.n));
    }
    return out;
  }

  /** The renderings consistency flags in the document, each with how often it stands. */
  async flaggedRenderingRows(documentId: number): Promise<Array<{ name: string; rendering: string; n: number }>> {
    const { rows } = await flaggedRenderings(this.db, this.features, documentId).execute(this.db);
    return rows.map((row) => ({ name: row.name, rendering: row.rendering, n: Number(row.n) }));
  }

  /** The flagged renderings in these segments' standing texts. */
  async flaggedIn(
    documentId: number,
    segmentIds: readonly number[],
  ): Promise<Array<{ segmentId: number; name: string; rendering: string; n: number }>> {
    const out: Array<{ segmentId: number; name: string; rendering: string; n: number }> = [];
    for (const batch of chunks(segmentIds, 500)) {
      const { rows } = await sql<{
        segment_id: number;
        name: string;
        rendering: string;
        n: number;
      }>`SELECT r.segment_id, r.name, r.rendering, r.n FROM segment_renderings r
        JOIN (${flaggedRenderings(this.db, this.features, documentId)}) f ON f.name = r.name AND f.rendering = r.rendering
        WHERE r.document_id = ${documentId} AND ${this.features.inIds(sql.ref<number>('r.segment_id'), batch)}`.execute(this.db);
      for (const row of rows) out.push({ segmentId: Number(row.segment_id), name: row.name, rendering: row.rendering, n: Number(row.n) });
    }
    return out;
  }

  /** How many of a document's segments have a stored check. */
  async checkedCount(documentId: number): Promise<number> {
    const row = await this.db
      .selectFrom('segment_checks')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('document_id', '=', documentId)
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  /** Stored checks of a document in segment order from a position, of segments with findings in either text. */
  async withFindings(documentId: number, after: number, limit: number): Promise<Array<StoredCheck & { position: number }>> {
    const rows = await this.db
      .selectFrom('segment_checks as c')
      .innerJoin('segments as s', 's.id', 'c.segment_id')
      .select(['c.segment_id', 's.position'])
      .where('s.document_id', '=', documentId)
      .where('s.position', '>', after)
      .where((eb) => eb.or([eb('c.rules', '<>', ' '), eb('c.mt_findings', '<>', '[]'), eb('c.flagged', '>', 0)]))
      .orderBy('s.position')
      .limit(limit)
      .execute();
    const stored = await this.stored(rows.map((row) => row.segment_id));
    return rows.flatMap((row) => {
      const check = stored.get(row.segment_id);
      return check ? [{ ...check, position: row.position }] : [];
    });
  }

  /**
   * The names of a document's sources, once gathered (null before, and when they were gathered
   * by a release whose names held less: they are gathered again).
   */
  async names(documentId: number): Promise<string[] | null> {
    const row = await this.db.selectFrom('documents').select('names').where('id', '=', documentId).executeTakeFirst();
    if (!row?.names) return null;
    const stored = JSON.parse(row.names) as string[] | { version: number; names: string[] };
    return !Array.isArray(stored) && stored.version === QA_NAMES_VERSION ? stored.names : null;
  }

  async setNames(documentId: number, names: readonly string[]): Promise<void> {
    await this.db
      .updateTable('documents')
      .set({ names: JSON.stringify({ version: QA_NAMES_VERSION, names }) })
      .where('id', '=', documentId)
      .execute();
  }

  /** The glossary stamp a document's segments are all queued for (null: not yet). */
  async checkedStamp(documentId: number): Promise<string | null> {
    return (
      (await this.db.selectFrom('documents').select('checked_stamp').where('id', '=', documentId).executeTakeFirst())?.checked_stamp ?? null
    );
  }

  async setCheckedStamp(documentId: number, stamp: string): Promise<void> {
    await this.db.updateTable('documents').set({ checked_stamp: stamp }).where('id', '=', documentId).execute();
  }

  /** Every document's pair, length and stamp: where a glossary change means checking again. */
  async documentStamps(): Promise<
    Array<{
      id: number;
      sourceLang: string;
      targetLang: string;
      checkedStamp: string | null;
      namesKnown: boolean;
      dismissalVersion: number;
    }>
  > {
    const rows = await this.db
      .selectFrom('documents')
      .select([
        'id',
        'source_lang',
        'target_lang',
        'checked_stamp',
        'dismissal_version',
        sql<number>`CASE WHEN names IS NULL THEN 0 ELSE 1 END`.as('has_names'),
      ])
      .orderBy('id')
      .execute();
    return rows.map((row) => ({
      id: row.id,
      sourceLang: row.source_lang,
      targetLang: row.target_lang,
      checkedStamp: row.checked_stamp,
      namesKnown: Number(row.has_names) === 1,
      dismissalVersion: Number(row.dismissal_version),
    }));
  }

  /** How often the document's document-wide dismissals changed (part of its checks' stamp). */
  async dismissalVersion(documentId: number): Promise<number> {
    const row = await this.db.selectFrom('documents').select('dismissal_version').where('id', '=', documentId).executeTakeFirst();
    return Number(row?.dismissal_version ?? 0);
  }

  /** Dismissals in force that may cover findings of these segments (the document-wide ones and theirs). */
  async activeDismissals(documentId: number, segmentIds?: readonly number[]): Promise<ActiveDismissal[]> {
    let query = this.db
      .selectFrom('finding_dismissals as d')
      .innerJoin('users as u', 'u.id', 'd.created_by')
      .select(['d.id', 'd.scope', 'd.rule', 'd.segment_id', 'd.term', 'd.created_at', 'u.display_name'])
      .where('d.document_id', '=', documentId)
      .where('d.withdrawn_at', 'is', null);
    if (segmentIds) {
      const ids = [...segmentIds];
      query = query.where((eb) =>
        ids.length === 0
          ? eb('d.segment_id', 'is', null)
          : eb.or([eb('d.segment_id', 'is', null), this.features.inIds(sql.ref<number>('d.segment_id'), ids)]),
      );
    }
    const rows = await query.orderBy('d.id').execute();
    return rows.map((row) => ({
      id: Number(row.id),
      scope: row.scope,
      rule: row.rule as RuleId,
      segmentId: row.segment_id === null ? null : Number(row.segment_id),
      term: row.term,
      by: row.display_name,
      at: row.created_at,
    }));
  }

  /** Every dismissal of a document (of one segment's: those for it and the document-wide ones), withdrawn ones too, oldest first. */
  async dismissals(documentId: number, segmentId?: number): Promise<DismissalRecord[]> {
    let query = this.db
      .selectFrom('finding_dismissals as d')
      .innerJoin('users as u', 'u.id', 'd.created_by')
      .leftJoin('users as w', 'w.id', 'd.withdrawn_by')
      .leftJoin('segments as s', 's.id', 'd.segment_id')
      .select([
        'd.id',
        'd.document_id',
        'd.scope',
        'd.rule',
        'd.segment_id',
        'd.term',
        'd.quote',
        'd.created_by',
        'd.created_at',
        'u.display_name as by_name',
      ])
      .select(['d.withdrawn_by', 'd.withdrawn_at', 'w.display_name as withdrawn_name', 's.position'])
      .where('d.document_id', '=', documentId);
    if (segmentId !== undefined) query = query.where((eb) => eb.or([eb('d.segment_id', 'is', null), eb('d.segment_id', '=', segmentId)]));
    const rows = await query.orderBy('d.id').execute();
    return rows.map((row) => ({
      id: Number(row.id),
      documentId: Number(row.document_id),
      scope: row.scope,
      rule: row.rule as RuleId,
      segmentId: row.segment_id === null ? null : Number(row.segment_id),
      position: row.position === null ? null : Number(row.position),
      term: row.term,
      quote: row.quote,
      by: { id: Number(row.created_by), name: row.by_name },
      at: row.created_at,
      withdrawn:
        row.withdrawn_at === null || row.withdrawn_by === null
          ? null
          : { by: { id: Number(row.withdrawn_by), name: row.withdrawn_name ?? '' }, at: row.withdrawn_at },
    }));
  }

  async dismissal(id: number): Promise<DismissalRecord | undefined> {
    const row = await this.db
      .selectFrom('finding_dismissals')
      .select(['document_id', 'segment_id'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) return undefined;
    return (await this.dismissals(Number(row.document_id), row.segment_id === null ? undefined : Number(row.segment_id))).find(
      (d) => d.id === id,
    );
  }

  /** Records a dismissal; a document-wide one moves the document's dismissal version. */
  async insertDismissal(input: DismissalInput, at: string): Promise<number> {
    const row = await this.db
      .insertInto('finding_dismissals')
      .values({
        document_id: input.documentId,
        segment_id: input.scope === 'segment' ? input.segmentId : null,
        scope: input.scope,
        rule: input.rule,
        term: input.scope === 'rule' ? null : input.term,
        quote: input.quote,
        created_by: input.actorId,
        created_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (input.scope !== 'segment') await this.bumpDismissalVersion(input.documentId);
    return Number(row.id);
  }

  /** Withdraws a dismissal in force; false when it was withdrawn already. */
  async withdrawDismissal(id: number, by: number, at: string): Promise<boolean> {
    const result = await this.db
      .updateTable('finding_dismissals')
      .set({ withdrawn_by: by, withdrawn_at: at })
      .where('id', '=', id)
      .where('withdrawn_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async bumpDismissalVersion(documentId: number): Promise<void> {
    await this.db
      .updateTable('documents')
      .set((eb) => ({ dismissal_version: eb('dismissal_version', '+', 1) }))
      .where('id', '=', documentId)
      .execute();
  }

  /** The highest position of a document's segments. */
  async lastPosition(documentId: number): Promise<number> {
    const row = await this.db
      .selectFrom('segments')
      .select((eb) => eb.fn.max('position').as('p'))
      .where('document_id', '=', documentId)
      .executeTakeFirst();
    return Number(row?.p ?? 0);
  }

  /** Sources of a document's segments after a position, in order (for gathering names). */
  async sources(documentId: number, after: number, limit: number): Promise<Array<{ position: number; source: string }>> {
    return this.db
      .selectFrom('segments')
      .select(['position', 'source'])
      .where('document_id', '=', documentId)
      .where('position', '>', after)
      .orderBy('position')
      .limit(limit)
      .execute();
  }
}
