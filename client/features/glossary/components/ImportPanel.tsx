import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryPair } from '../../../../shared/schemas';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { useImportGlossaryMutation } from '../api/mutations';
import { glossaryExportUrl } from '../api/queries';
import { useFormatters } from '../../../lib/format';

/** Import a CSV or TBX file into the pair's glossary, and download it in either format. */
export function ImportPanel({ pair, mayImport }: { pair: GlossaryPair; mayImport: boolean }) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  const importGlossary = useImportGlossaryMutation();
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (file) importGlossary.mutate({ pair, file, mode });
  };

  return (
    <section className="panel" aria-labelledby="glossary-files">
      <h2 id="glossary-files">{t('glossary.files')}</h2>
      <form className="import-form" onSubmit={handleSubmit}>
        {mayImport ? (
          <>
            <label>
              {t('glossary.importFile')}
              <input type="file" accept=".csv,.tbx,.xml,text/csv" onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
            </label>
            <fieldset className="radio-row">
              <legend className="visually-hidden">{t('glossary.importMode')}</legend>
              <label>
                <input type="radio" name="mode" checked={mode === 'merge'} onChange={() => setMode('merge')} /> {t('glossary.merge')}
              </label>
              <label>
                <input type="radio" name="mode" checked={mode === 'replace'} onChange={() => setMode('replace')} /> {t('glossary.replace')}
              </label>
            </fieldset>
            <button type="submit" className="button" disabled={!file || importGlossary.isPending}>
              {t('glossary.import')}
            </button>
          </>
        ) : null}
        <span className="export-links">
          {t('glossary.export')}: <a href={glossaryExportUrl(pair, 'csv')}>CSV</a> · <a href={glossaryExportUrl(pair, 'tbx')}>TBX</a>
        </span>
      </form>
      {importGlossary.data ? (
        <p className="notice notice-info" role="status">
          {t('glossary.imported', {
            ...importGlossary.data,
            count: importGlossary.data.total,
            formatted: number(importGlossary.data.total),
          })}
        </p>
      ) : null}
      {importGlossary.error ? <ErrorNotice error={importGlossary.error} title={t('glossary.importFailed')} /> : null}
    </section>
  );
}
