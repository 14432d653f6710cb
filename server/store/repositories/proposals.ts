/**
 * Learned terms waiting for an editor: one proposal per pair, source term and approved rendering
 * (folded), its rank the number of approved corrections that made it, each kept as evidence.
 */
import { sql, type Kysely, type Selectable } from 'kysely';
import type { GlossaryPair, GlossaryProposal, ProposalEvidence, ProposalStatus } from '../../../shared/schemas';
import type { SqlFeatures } from '../features';
import type { Database, GlossaryProposalsTable } from '../schema';

/** Corrections shown per proposal. */
const EVIDENCE_SHOWN = 5;

export interface LearnedInput {
  source: string;
  sourceKey: string;
  target: string;
  targetKey: string;
  forbidden: string;
}

export interface EvidenceInput {
  documentId: number;
  segmentId: number;
  revisionId: number;
  source: string;
  mt: string;
  approved: string;
  approvedBy: number;
  approvedAt: string;
}

export class ProposalRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly features: SqlFeatures,
  ) {}

  /**
   * Records a learned term made by one approved correction: a new proposal, or one more occurrence
   * of the same (its forbidden renderings joined). The same revision counts once. Returns the id.
   */
  async record(pair: GlossaryPair, learned: LearnedInput, evidence: EvidenceInput): Promise<number> {
    const key = {
      source_lang: pair.sourceLang,
      target_lang: pair.targetLang,
      source_key: learned.sourceKey,
      target_key: learned.targetKey,
    };
    await this.features.lockKeys(this.db, [`proposal:${pair.sourceLang}:${pair.targetLang}:${learned.sourceKey}:${learned.targetKey}`]);
    const existing = await this.db
      .selectFrom('glossary_proposals')
      .select(['id', 'forbidden'])
      .where('source_lang', '=', key.source_lang)
      .where('target_lang', '=', key.target_lang)
      .where('source_key', '=', key.source_key)
      .where('target_key', '=', key.target_key)
      .executeTakeFirst();
    const id =
      existing?.id ??
      (
        await this.db
          .insertInto('glossary_proposals')
          .values({
            ...key,
            source: learned.source,
            target: learned.target,
            forbidden: '[]',
            occurrences: 0,
            status: 'open',
            term_id: null,
            decided_by: null,
            decided_at: null,
            created_at: evidence.approvedAt,
            updated_at: evidence.approvedAt,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    const added = await this.db
      .insertInto('glossary_proposal_evidence')
      .values({
        proposal_id: id,
        document_id: evidence.documentId,
        segment_id: evidence.segmentId,
        revision_id: evidence.revisionId,
        source: evidence.source,
        mt: evidence.mt,
        approved: evidence.approved,
        approved_by: evidence.approvedBy,
        approved_at: evidence.approvedAt,
      })
      .onConflict((oc) => oc.columns(['proposal_id', 'revision_id']).doNothing())
      .executeTakeFirst();
    if (Number(added.numInsertedOrUpdatedRows ?? 0) === 0) return id;
    const forbidden = JSON.parse(existing?.forbidden ?? '[]') as string[];
    if (!forbidden.some((value) => value.toLocaleLowerCase() === learned.forbidden.toLocaleLowerCase())) forbidden.push(learned.forbidden);
    await this.db
      .updateTable('glossary_proposals')
      .set((eb) => ({
        occurrences: eb('occurrences', '+', 1),
        forbidden: JSON.stringify(forbidden.slice(0, 20)),
        updated_at: evidence.approvedAt,
      }))
      .where('id', '=', id)
      .execute();
    return id;
  }

  /** A pair's proposals in one status, most often made first (at most `limit`), with their latest evidence. */
  async list(pair: GlossaryPair, status: ProposalStatus, limit: number): Promise<GlossaryProposal[]> {
    const rows = await this.db
      .selectFrom('glossary_proposals')
      .selectAll()
      .where('source_lang', '=', pair.sourceLang)
      .where('target_lang', '=', pair.targetLang)
      .where('status', '=', status)
      .orderBy('occurrences', 'desc')
      .orderBy('updated_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return this.withEvidence(rows);
  }

  async get(id: number): Promise<GlossaryProposal | undefined> {
    const rows = await this.db.selectFrom('glossary_proposals').selectAll().where('id', '=', id).execute();
    return (await this.withEvidence(rows))[0];
  }

  /** Decides an open proposal; false when it was decided already. */
  async decide(id: number, status: 'accepted' | 'declined', termId: number | null, by: number, at: string): Promise<boolean> {
    const result = await this.db
      .updateTable('glossary_proposals')
      .set({ status, term_id: termId, decided_by: by, decided_at: at, updated_at: at })
      .where('id', '=', id)
      .where('status', '=', 'open')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  private async withEvidence(rows: ReadonlyArray<Selectable<GlossaryProposalsTable>>): Promise<GlossaryProposal[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((row) => row.id);
    const ranked = this.db
      .selectFrom('glossary_proposal_evidence')
      .selectAll()
      .select(sql<number>`row_number() over (partition by proposal_id order by approved_at desc, id desc)`.as('rank'))
      .where('proposal_id', 'in', ids)
      .as('e');
    const evidence = await this.db
      .selectFrom(ranked)
      .innerJoin('documents as d', 'd.id', 'e.document_id')
      .innerJoin('segments as s', 's.id', 'e.segment_id')
      .leftJoin('users as u', 'u.id', 'e.approved_by')
      .select([
        'e.proposal_id',
        'e.document_id',
        'd.title',
        'e.segment_id',
        's.position',
        'e.revision_id',
        'e.source',
        'e.mt',
        'e.approved',
        'u.display_name',
        'e.approved_at',
      ])
      .where('e.rank', '<=', EVIDENCE_SHOWN)
      .orderBy('e.proposal_id')
      .orderBy('e.rank')
      .execute();
    const byProposal = new Map<number, ProposalEvidence[]>();
    for (const row of evidence) {
      const list = byProposal.get(row.proposal_id) ?? [];
      list.push({
        documentId: row.document_id,
        documentTitle: row.title,
        segmentId: row.segment_id,
        position: row.position,
        revisionId: row.revision_id,
        source: row.source,
        mt: row.mt,
        approved: row.approved,
        approvedBy: row.display_name,
        approvedAt: row.approved_at,
      });
      byProposal.set(row.proposal_id, list);
    }
    return rows.map((row) => ({
      id: row.id,
      sourceLang: row.source_lang,
      targetLang: row.target_lang,
      source: row.source,
      target: row.target,
      forbidden: JSON.parse(row.forbidden) as string[],
      occurrences: row.occurrences,
      status: row.status,
      termId: row.term_id,
      evidence: byProposal.get(row.id) ?? [],
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    }));
  }
}
