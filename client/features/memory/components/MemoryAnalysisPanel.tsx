import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnalysisBand } from '../../../../shared/schemas';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { memoryAnalysisQuery } from '../../../data/memory';
import { useFormatters } from '../../../lib/format';

/** (the catalogue's types grew past what TypeScript unfolds for a key built at run time: this one is narrowed) */
type BandT = (key: `memory.band.${AnalysisBand}`) => string;

/**
 * The document against the translation memory, as CAT tools analyse a file before work: paragraphs
 * and source words by their best match (in context, exact, fuzzy bands), repetitions, and new text.
 * Asked for with a button: every source is looked up.
 */
export function MemoryAnalysisPanel({ documentId }: { documentId: number }) {
  const { t } = useTranslation();
  const bandName = t as unknown as BandT;
  const { number, percent } = useFormatters();
  const [asked, setAsked] = useState(false);
  const analysis = useQuery(memoryAnalysisQuery(documentId, asked));
  const data = analysis.data;
  return (
    <section className="panel" aria-labelledby="memory-analysis">
      <h2 id="memory-analysis">{t('memory.analysisTitle')}</h2>
      <p className="muted">{t('memory.analysisHint')}</p>
      {!asked ? (
        <button type="button" className="button" onClick={() => setAsked(true)}>
          {t('memory.analyse')}
        </button>
      ) : null}
      {asked && analysis.isPending ? <p className="loading">{t('memory.analysing')}</p> : null}
      {analysis.isError ? <ErrorNotice error={analysis.error} onRetry={() => void analysis.refetch()} /> : null}
      {data ? (
        <table className="summary-table" data-testid="memory-analysis">
          <thead>
            <tr>
              <th scope="col">{t('memory.band.title')}</th>
              <th scope="col">{t('memory.paragraphs')}</th>
              <th scope="col">{t('memory.words')}</th>
              <th scope="col">{t('memory.share')}</th>
            </tr>
          </thead>
          <tbody>
            {data.bands.map((band) => (
              <tr key={band.band} data-band={band.band}>
                <th scope="row">{bandName(`memory.band.${band.band}`)}</th>
                <td>{number(band.segments)}</td>
                <td>{number(band.words)}</td>
                <td>{data.words === 0 ? '–' : percent(band.words / data.words)}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">{t('memory.total')}</th>
              <td>{number(data.segments)}</td>
              <td>{number(data.words)}</td>
              <td />
            </tr>
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
