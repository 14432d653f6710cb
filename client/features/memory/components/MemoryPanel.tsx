import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { memoryExportUrl, memoryPairsQuery, useImportMemoryMutation } from '../../../data/memory';
import { useFormatters } from '../../../lib/format';

interface MemoryPanelProps {
  sourceLang: string;
  targetLang: string;
  /** Admins import TMX files and download the pair's memory. */
  mayManage: boolean;
}

/** A language pair's translation memory: how much it holds; for admins, TMX in and out. */
export function MemoryPanel({ sourceLang, targetLang, mayManage }: MemoryPanelProps) {
  const { t } = useTranslation();
  const { number, language } = useFormatters();
  const pairs = useQuery(memoryPairsQuery());
  const importMemory = useImportMemoryMutation();
  const [file, setFile] = useState<File | null>(null);
  const ofPair = pairs.data?.items.filter((pair) => pair.sourceLang === sourceLang && pair.targetLang === targetLang) ?? [];
  const units = ofPair.find((pair) => pair.memory === null)?.units ?? 0;
  const projects = ofPair.filter((pair) => pair.memory !== null);

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (file) importMemory.mutate(file);
  };

  return (
    <section className="panel" aria-labelledby="memory-panel">
      <h2 id="memory-panel">{t('memory.title')}</h2>
      <p>
        {pairs.isSuccess ? `${t('memory.units', { count: units, formatted: number(units) })} ` : null}
        <span className="muted">{t('memory.explain')}</span>
      </p>
      {projects.length > 0 ? (
        <ul className="memory-projects" aria-label={t('memory.projects')}>
          {projects.map((project) => (
            <li key={project.memory}>
              {t('memory.projectUnits', { name: project.memory, count: project.units, formatted: number(project.units) })}
              {mayManage ? (
                <>
                  {' '}
                  <a href={memoryExportUrl(sourceLang, targetLang, project.memory)}>{t('memory.export')}</a>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {pairs.isError ? <ErrorNotice error={pairs.error} onRetry={() => void pairs.refetch()} /> : null}
      {mayManage ? (
        <form className="import-form" onSubmit={handleSubmit}>
          <label>
            {t('memory.importFile')}
            <input type="file" accept=".tmx,.xml" onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
          </label>
          <button type="submit" className="button" disabled={!file || importMemory.isPending}>
            {t('memory.import')}
          </button>
          <span className="export-links">
            <a href={memoryExportUrl(sourceLang, targetLang)}>{t('memory.export')}</a>
          </span>
        </form>
      ) : null}
      {importMemory.data ? (
        <p className="notice notice-info" role="status">
          {t('memory.imported', {
            count: importMemory.data.units,
            formatted: number(importMemory.data.units),
            source: language(importMemory.data.sourceLang),
            target: language(importMemory.data.targetLang),
          })}
        </p>
      ) : null}
      {importMemory.error ? <ErrorNotice error={importMemory.error} title={t('memory.importFailed')} /> : null}
    </section>
  );
}
