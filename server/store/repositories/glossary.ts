/**
 * Glossary terms per language pair. A term is unique by its folded source within its pair (the
 * database holds to it, so two people adding one term at once get one term and one refusal).
 */
import type { Kysely } from 'kysely';
import type { GlossaryPair, GlossaryTerm, GlossaryTermInput } from '../../../shared/schemas';
import type { SqlFeatures } from '../features';
import type { Database, GlossaryOrigin, GlossaryRow } from '../schema';

export function toGlossaryTerm(row: GlossaryRow): GlossaryTerm {
  return {
    id: row.id,
    sourceLang: row.source_lang,
    targetLang: row.target_lang,
    source: row.source,
    target: row.target,
    forbidden: JSON.parse(row.forbidden) as string[],
    note: row.note,
    doNotTranslate: row.do_not_translate === 1,
    caseSensitive: row.case_sensitive === 1,
    origin: row.origin,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The columns a term's input sets. */
function columnsOf(input: GlossaryTermInput, key: string) {
  return {
    source: input.source,
    source_key: key,
    target: input.target,
    forbidden: JSON.stringify(input.forbidden),
    note: input.note,
    do_not_translate: input.doNotTranslate ? 1 : 0,
    case_sensitive: input.caseSensitive ? 1 : 0,
  };
}

export class GlossaryRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly features: SqlFeatures,
  ) {}

  /** Writers on one pair's glossary wait for each other (imports replace many terms at once). */
  async lockPair(pair: GlossaryPair): Promise<void> {
    await this.features.lockKeys(this.db, [`glossary:${pair.sourceLang}:${pair.targetLang}`]);
  }

  async pairs(): Promise<Array<GlossaryPair & { terms: number }>> {
    const rows = await this.db
      .selectFrom('glossary_terms')
      .select(['source_lang', 'target_lang', (eb) => eb.fn.countAll<number>().as('terms')])
      .groupBy(['source_lang', 'target_lang'])
      .orderBy('source_lang')
      .orderBy('target_lang')
      .execute();
    return rows.map((row) => ({ sourceLang: row.source_lang, targetLang: row.target_lang, terms: Number(row.terms) }));
  }

  async terms(pair: GlossaryPair): Promise<GlossaryTerm[]> {
    const rows = await this.db
      .selectFrom('glossary_terms')
      .selectAll()
      .where('source_lang', '=', pair.sourceLang)
      .where('target_lang', '=', pair.targetLang)
      .orderBy('source_key')
      .execute();
    return rows.map(toGlossaryTerm);
  }

  async term(id: number): Promise<GlossaryTerm | undefined> {
    const row = await this.db.selectFrom('glossary_terms').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toGlossaryTerm(row);
  }

  async termByKey(pair: GlossaryPair, key: string): Promise<GlossaryTerm | undefined> {
    const row = await this.db
      .selectFrom('glossary_terms')
      .selectAll()
      .where('source_lang', '=', pair.sourceLang)
      .where('target_lang', '=', pair.targetLang)
      .where('source_key', '=', key)
      .executeTakeFirst();
    return row && toGlossaryTerm(row);
  }

  async insert(pair: GlossaryPair, input: GlossaryTermInput, key: string, at: string, origin: GlossaryOrigin = 'manual'): Promise<number> {
    const row = await this.db
      .insertInto('glossary_terms')
      .values({
        source_lang: pair.sourceLang,
        target_lang: pair.targetLang,
        ...columnsOf(input, key),
        origin,
        created_at: at,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  async update(id: number, input: GlossaryTermInput, key: string, at: string): Promise<void> {
    await this.db
      .updateTable('glossary_terms')
      .set({ ...columnsOf(input, key), updated_at: at })
      .where('id', '=', id)
      .execute();
  }

  async delete(id: number): Promise<void> {
    await this.db.deleteFrom('glossary_terms').where('id', '=', id).execute();
  }

  /** Every term filed under any of these source and target languages, in the order they were made. */
  async termsFor(sourceLangs: readonly string[], targetLangs: readonly string[]): Promise<GlossaryTerm[]> {
    const rows = await this.db
      .selectFrom('glossary_terms')
      .selectAll()
      .where('source_lang', 'in', [...sourceLangs])
      .where('target_lang', 'in', [...targetLangs])
      .orderBy('id')
      .execute();
    return rows.map(toGlossaryTerm);
  }

  /** A stamp that changes whenever any of those terms does. */
  async stampFor(sourceLangs: readonly string[], targetLangs: readonly string[]): Promise<string> {
    const row = await this.db
      .selectFrom('glossary_terms')
      .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('updated_at').as('updated'), eb.fn.max('id').as('max_id')])
      .where('source_lang', 'in', [...sourceLangs])
      .where('target_lang', 'in', [...targetLangs])
      .executeTakeFirst();
    return `${Number(row?.n ?? 0)}:${Number(row?.max_id ?? 0)}:${row?.updated ?? ''}`;
  }
}
