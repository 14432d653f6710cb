/**
 * Glossaries per language pair: terms written one at a time or imported whole, each change logged;
 * and which terms apply to a document (a term filed under the exact tags, "en-GB" → "id-ID", wins
 * over the same term filed under the bare languages, "en" → "id").
 */
import type { EventType } from '../../shared/events';
import type {
  AcceptProposalBody,
  GlossaryImportResult,
  GlossaryPair,
  GlossaryProposal,
  GlossaryTerm,
  GlossaryTermInput,
  ProposalStatus,
} from '../../shared/schemas';
import type { GlossaryWriteOutcome, Repositories, Store } from '../store/types';

/** The key a term is unique by within its pair: case and spacing do not make a new term. */
export function termKey(source: string): string {
  return source.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function baseOf(lang: string): string {
  return lang.split('-')[0]?.toLowerCase() ?? lang;
}

/** Case- and width-insensitive folding for search. */
function fold(value: string): string {
  return value.normalize('NFKC').toLowerCase();
}

/** The pairs whose terms apply to a document in this pair: its exact tags and the bare languages. */
export function pairLanguages(sourceLang: string, targetLang: string): { sources: string[]; targets: string[] } {
  return { sources: [...new Set([sourceLang, baseOf(sourceLang)])], targets: [...new Set([targetLang, baseOf(targetLang)])] };
}

/** Proposals listed at most per pair and status. */
const PROPOSALS_LISTED = 200;

export type ProposalOutcome =
  | { kind: 'accepted'; proposal: GlossaryProposal; term: GlossaryTerm }
  | { kind: 'declined'; proposal: GlossaryProposal }
  | { kind: 'decided'; proposal: GlossaryProposal }
  | { kind: 'duplicate'; existing: GlossaryTerm }
  | { kind: 'not_found' };

export class GlossaryService {
  constructor(
    private readonly store: Store,
    private readonly now: () => Date,
    /** Told after every committed change (the checks of the pair's documents start over). */
    private readonly changed: () => void = () => undefined,
  ) {}

  private async write<T>(work: (tx: Repositories) => Promise<T>): Promise<T> {
    const result = await this.store.transaction(work);
    this.changed();
    return result;
  }

  private event(tx: Repositories, type: EventType, actorId: number, payload: Record<string, unknown>): Promise<number> {
    return tx.revisions.appendEvent(
      { documentId: null, segmentId: null, revisionId: null, actorId, type, payload },
      this.now().toISOString(),
    );
  }

  async pairs(): Promise<Array<GlossaryPair & { terms: number }>> {
    return this.store.read.glossary.pairs();
  }

  /** A pair's terms, those matching `q` in any field when given. */
  async terms(pair: GlossaryPair, q?: string): Promise<GlossaryTerm[]> {
    const terms = await this.store.read.glossary.terms(pair);
    if (!q) return terms;
    const needle = fold(q);
    return terms.filter((term) => [term.source, term.target, term.note, ...term.forbidden].some((value) => fold(value).includes(needle)));
  }

  async term(id: number): Promise<GlossaryTerm | undefined> {
    return this.store.read.glossary.term(id);
  }

  async create(pair: GlossaryPair, input: GlossaryTermInput, actorId: number): Promise<GlossaryWriteOutcome> {
    try {
      return await this.write(async (tx) => {
        const key = termKey(input.source);
        const existing = await tx.glossary.termByKey(pair, key);
        if (existing) return { kind: 'duplicate', existing };
        const id = await tx.glossary.insert(pair, input, key, this.now().toISOString());
        await this.event(tx, 'glossary.term.created', actorId, { id, ...pair, source: input.source });
        return { kind: 'done', term: (await tx.glossary.term(id)) as GlossaryTerm };
      });
    } catch (error) {
      // added by someone else at the same moment
      if (!this.store.isUniqueViolation(error)) throw error;
      const existing = await this.store.read.glossary.termByKey(pair, termKey(input.source));
      if (!existing) throw error;
      return { kind: 'duplicate', existing };
    }
  }

  async update(id: number, input: GlossaryTermInput, actorId: number): Promise<GlossaryWriteOutcome> {
    return this.write(async (tx) => {
      const current = await tx.glossary.term(id);
      if (!current) return { kind: 'not_found' };
      const key = termKey(input.source);
      const clash = await tx.glossary.termByKey({ sourceLang: current.sourceLang, targetLang: current.targetLang }, key);
      if (clash && clash.id !== id) return { kind: 'duplicate', existing: clash };
      await tx.glossary.update(id, input, key, this.now().toISOString());
      await this.event(tx, 'glossary.term.updated', actorId, { id, before: current });
      return { kind: 'done', term: (await tx.glossary.term(id)) as GlossaryTerm };
    });
  }

  async delete(id: number, actorId: number): Promise<GlossaryTerm | undefined> {
    return this.write(async (tx) => {
      const current = await tx.glossary.term(id);
      if (!current) return undefined;
      await tx.glossary.delete(id);
      // the event keeps the whole term: a deletion can always be looked up and undone
      await this.event(tx, 'glossary.term.deleted', actorId, { id, term: current });
      return current;
    });
  }

  /** Adds or updates every term; `replace` also removes the pair's terms the file does not have. */
  async import(
    pair: GlossaryPair,
    terms: readonly GlossaryTermInput[],
    mode: 'merge' | 'replace',
    actorId: number,
  ): Promise<GlossaryImportResult> {
    return this.write(async (tx) => {
      await tx.glossary.lockPair(pair);
      const at = this.now().toISOString();
      let added = 0;
      let updated = 0;
      let removed = 0;
      const keep = new Set<number>();
      for (const term of terms) {
        const key = termKey(term.source);
        const existing = await tx.glossary.termByKey(pair, key);
        if (existing) {
          await tx.glossary.update(existing.id, term, key, at);
          keep.add(existing.id);
          updated += 1;
        } else {
          keep.add(await tx.glossary.insert(pair, term, key, at));
          added += 1;
        }
      }
      if (mode === 'replace') {
        for (const term of await tx.glossary.terms(pair)) {
          if (keep.has(term.id)) continue;
          await tx.glossary.delete(term.id);
          removed += 1;
        }
      }
      const total = (await tx.glossary.terms(pair)).length;
      await this.event(tx, 'glossary.imported', actorId, { ...pair, mode, added, updated, removed });
      return { added, updated, removed, total };
    });
  }

  /** A pair's proposals (learned terms) in one status, most often made first. */
  async proposals(pair: GlossaryPair, status: ProposalStatus): Promise<GlossaryProposal[]> {
    return this.store.read.proposals.list(pair, status, PROPOSALS_LISTED);
  }

  /**
   * Accepts an open proposal, its fields edited first if given: it becomes a glossary term whose
   * origin says it was learned, which the checker uses at once (every document of the pair is
   * checked again and its editors told through the feed).
   */
  async accept(id: number, edits: AcceptProposalBody, actorId: number): Promise<ProposalOutcome> {
    try {
      return await this.write(async (tx) => {
        const proposal = await tx.proposals.get(id);
        if (!proposal) return { kind: 'not_found' };
        if (proposal.status !== 'open') return { kind: 'decided', proposal };
        const pair = { sourceLang: proposal.sourceLang, targetLang: proposal.targetLang };
        const input: GlossaryTermInput = {
          source: edits.source ?? proposal.source,
          target: edits.target ?? proposal.target,
          forbidden: edits.forbidden ?? proposal.forbidden,
          note: edits.note ?? '',
          doNotTranslate: false,
          caseSensitive: edits.caseSensitive ?? false,
        };
        const key = termKey(input.source);
        const existing = await tx.glossary.termByKey(pair, key);
        if (existing) return { kind: 'duplicate', existing };
        const at = this.now().toISOString();
        const termId = await tx.glossary.insert(pair, input, key, at, 'learned');
        await tx.proposals.decide(id, 'accepted', termId, actorId, at);
        await this.event(tx, 'glossary.proposal.accepted', actorId, { id, termId, ...pair, source: input.source, target: input.target });
        return {
          kind: 'accepted',
          proposal: (await tx.proposals.get(id)) as GlossaryProposal,
          term: (await tx.glossary.term(termId)) as GlossaryTerm,
        };
      });
    } catch (error) {
      // the same term added by someone else at the same moment
      if (!this.store.isUniqueViolation(error)) throw error;
      const proposal = await this.store.read.proposals.get(id);
      const existing = proposal && (await this.store.read.glossary.termByKey(proposal, termKey(edits.source ?? proposal.source)));
      if (!existing) throw error;
      return { kind: 'duplicate', existing };
    }
  }

  /** Declines an open proposal: it is no longer listed as open, and more of the same correction only adds evidence. */
  async decline(id: number, actorId: number): Promise<ProposalOutcome> {
    return this.write(async (tx) => {
      const proposal = await tx.proposals.get(id);
      if (!proposal) return { kind: 'not_found' };
      if (proposal.status !== 'open') return { kind: 'decided', proposal };
      await tx.proposals.decide(id, 'declined', null, actorId, this.now().toISOString());
      await this.event(tx, 'glossary.proposal.declined', actorId, {
        id,
        sourceLang: proposal.sourceLang,
        targetLang: proposal.targetLang,
        source: proposal.source,
        target: proposal.target,
      });
      return { kind: 'declined', proposal: (await tx.proposals.get(id)) as GlossaryProposal };
    });
  }

  /**
   * The terms that apply to documents in this pair (terms filed under the bare languages, "en" and
   * "id", apply to "en-GB" and "id-ID" too), and a stamp that changes whenever they do.
   */
  async glossaryFor(sourceLang: string, targetLang: string): Promise<{ terms: GlossaryTerm[]; version: string }> {
    const { sources, targets } = pairLanguages(sourceLang, targetLang);
    return this.store.transaction(
      async (tx) => {
        const [rows, version] = [await tx.glossary.termsFor(sources, targets), await tx.glossary.stampFor(sources, targets)];
        // a term filed under the exact tags wins over the same term under the bare languages
        const byKey = new Map<string, GlossaryTerm>();
        for (const term of rows) {
          const key = termKey(term.source);
          const exact = term.sourceLang === sourceLang && term.targetLang === targetLang;
          if (!byKey.has(key) || exact) byKey.set(key, term);
        }
        return { terms: [...byKey.values()], version };
      },
      { readOnly: true },
    );
  }
}
