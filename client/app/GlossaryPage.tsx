import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { GlossaryPair, GlossaryTerm } from '../../shared/schemas';
import { Dialog } from '../components/Dialog';
import { ErrorNotice } from '../components/ErrorNotice';
import { documentListQuery } from '../data/documents';
import {
  useCreateTermMutation,
  useDeleteTermMutation,
  proposalsQuery,
  ProposalList,
  useUpdateTermMutation,
  glossaryPairsQuery,
  glossaryTermsQuery,
  ImportPanel,
  TermForm,
} from '../features/glossary';
import { useCan } from '../data/session';
import { MemoryPanel } from '../features/memory';
import { useFormatters } from '../lib/format';

const pairKey = (pair: GlossaryPair) => `${pair.sourceLang}→${pair.targetLang}`;

/** Glossaries per language pair: list, search, add, edit, delete, import and export. */
export function GlossaryPage() {
  const { t } = useTranslation();
  const { language, number } = useFormatters();
  const [params, setParams] = useSearchParams();
  const pairs = useQuery(glossaryPairsQuery());
  const documents = useQuery(documentListQuery());

  // every pair that has a glossary or a document, so a new glossary can be started for a document
  const known = new Map<string, GlossaryPair & { terms: number }>();
  for (const pair of pairs.data?.items ?? []) known.set(pairKey(pair), pair);
  for (const document of documents.data?.items ?? []) {
    const pair = { sourceLang: document.sourceLang, targetLang: document.targetLang };
    if (!known.has(pairKey(pair))) known.set(pairKey(pair), { ...pair, terms: 0 });
  }
  const options = [...known.values()];
  const sourceLang = params.get('source') ?? options[0]?.sourceLang ?? 'en';
  const targetLang = params.get('target') ?? options[0]?.targetLang ?? 'id';
  const pair = { sourceLang, targetLang };
  const [q, setQ] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearch(q.trim()), 250);
    return () => clearTimeout(timer);
  }, [q]);
  const terms = useQuery(glossaryTermsQuery(pair, search));
  const create = useCreateTermMutation();
  const update = useUpdateTermMutation();
  const remove = useDeleteTermMutation();
  const [editing, setEditing] = useState<number | null>(null);
  const [deleting, setDeleting] = useState<GlossaryTerm | null>(null);
  const [formKey, setFormKey] = useState(0);
  const can = useCan();
  const mayWrite = can('glossary.write');
  const proposals = useQuery(proposalsQuery(pair));

  const choosePair = (value: string) => {
    const [source, target] = value.split('→');
    if (source && target) setParams({ source, target }, { replace: true });
  };

  return (
    <main className="page page-glossary" id="content">
      <div className="page-title">
        <h1>{t('glossary.title')}</h1>
        <label className="field-inline">
          <span>{t('glossary.pair')}</span>
          <select value={pairKey(pair)} onChange={(event) => choosePair(event.target.value)}>
            {options.length === 0 ? <option value={pairKey(pair)}>{pairKey(pair)}</option> : null}
            {options.map((option) => (
              <option key={pairKey(option)} value={pairKey(option)}>
                {t('documents.languagePair', { source: language(option.sourceLang), target: language(option.targetLang) })} (
                {number(option.terms)})
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="muted">{t('glossary.explain')}</p>

      <section className="panel" aria-labelledby="proposals">
        <h2 id="proposals">{t('glossary.proposals', { count: proposals.data?.items.length ?? 0 })}</h2>
        <p className="muted">{t('glossary.proposalsExplain')}</p>
        {proposals.isError ? <ErrorNotice error={proposals.error} onRetry={() => void proposals.refetch()} /> : null}
        {proposals.isSuccess && proposals.data.items.length === 0 ? <p className="empty">{t('glossary.proposalsEmpty')}</p> : null}
        {proposals.isSuccess && proposals.data.items.length > 0 ? (
          <ProposalList proposals={proposals.data.items} mayDecide={can('glossary.learn')} />
        ) : null}
      </section>

      {mayWrite ? (
        <section className="panel" aria-labelledby="add-term">
          <h2 id="add-term">{t('glossary.add')}</h2>
          <TermForm
            key={formKey}
            submitLabel={t('glossary.addButton')}
            isPending={create.isPending}
            onSubmit={(term) => create.mutate({ ...pair, ...term }, { onSuccess: () => setFormKey((k) => k + 1) })}
          />
          {create.error ? <ErrorNotice error={create.error} title={t('glossary.saveFailed')} /> : null}
        </section>
      ) : null}

      <ImportPanel pair={pair} mayImport={mayWrite} />

      <MemoryPanel sourceLang={sourceLang} targetLang={targetLang} mayManage={can('memory.write')} />

      <section className="panel" aria-labelledby="terms">
        <div className="panel-title">
          <h2 id="terms">{t('glossary.terms', { count: terms.data?.total ?? 0 })}</h2>
          <input
            type="search"
            value={q}
            placeholder={t('glossary.search')}
            aria-label={t('glossary.search')}
            onChange={(event) => setQ(event.target.value)}
          />
        </div>
        {terms.isPending ? <p className="loading">{t('glossary.loading')}</p> : null}
        {terms.isError ? <ErrorNotice error={terms.error} onRetry={() => void terms.refetch()} /> : null}
        {update.error ? <ErrorNotice error={update.error} title={t('glossary.saveFailed')} /> : null}
        {terms.isSuccess && terms.data.items.length === 0 ? <p className="empty">{t('glossary.empty')}</p> : null}
        {terms.isSuccess && terms.data.items.length > 0 ? (
          <table className="term-table">
            <thead>
              <tr>
                <th scope="col">{t('glossary.source')}</th>
                <th scope="col">{t('glossary.target')}</th>
                <th scope="col">{t('glossary.forbidden')}</th>
                <th scope="col">{t('glossary.note')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('glossary.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {terms.data.items.map((term) =>
                editing === term.id ? (
                  <tr key={term.id} className="is-editing">
                    <td colSpan={5}>
                      <TermForm
                        initial={term}
                        submitLabel={t('glossary.saveButton')}
                        isPending={update.isPending}
                        onCancel={() => setEditing(null)}
                        onSubmit={(input) => update.mutate({ id: term.id, ...input }, { onSuccess: () => setEditing(null) })}
                      />
                    </td>
                  </tr>
                ) : (
                  <tr key={term.id} data-term={term.source}>
                    <td lang={term.sourceLang}>
                      <strong>{term.source}</strong>
                      {term.doNotTranslate ? <span className="tag">{t('glossary.dntTag')}</span> : null}
                      {term.caseSensitive ? <span className="tag">{t('glossary.caseTag')}</span> : null}
                      {term.origin === 'learned' ? <span className="tag tag-learned">{t('glossary.learnedTag')}</span> : null}
                    </td>
                    <td lang={term.targetLang}>{term.target}</td>
                    <td lang={term.targetLang}>
                      {term.forbidden.map((forbidden) => (
                        <del key={forbidden} className="forbidden">
                          {forbidden}
                        </del>
                      ))}
                    </td>
                    <td className="muted">{term.note}</td>
                    <td className="term-actions">
                      {mayWrite ? (
                        <>
                          <button type="button" className="button button-small" onClick={() => setEditing(term.id)}>
                            {t('glossary.edit')}
                          </button>
                          <button type="button" className="button button-small button-reject" onClick={() => setDeleting(term)}>
                            {t('glossary.delete')}
                          </button>
                        </>
                      ) : null}
                    </td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
        ) : null}
      </section>

      <Dialog
        isOpen={deleting !== null}
        title={t('glossary.deleteTitle')}
        onClose={() => setDeleting(null)}
        footer={
          <>
            <button
              type="button"
              className="button button-reject"
              disabled={remove.isPending}
              onClick={() => deleting && remove.mutate(deleting.id, { onSuccess: () => setDeleting(null) })}
            >
              {t('glossary.delete')}
            </button>
            <button type="button" className="button button-quiet" onClick={() => setDeleting(null)}>
              {t('common.cancel')}
            </button>
          </>
        }
      >
        <p>{t('glossary.deleteConfirm', { term: deleting?.source ?? '' })}</p>
        {remove.error ? <ErrorNotice error={remove.error} /> : null}
      </Dialog>
    </main>
  );
}
