import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AnalysisBand } from '../../../../shared/schemas';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { memoryAnalysisQuery, useStartAnalysisMutation } from '../../../data/memory';
import { useFormatters } from '../../../lib/format';

/** (the catalogue's types grew past what TypeScript unfolds for a key built at run time: this one is narrowed) */
type BandT = (key: `memory.band.${AnalysisBand}`) => string;

/**
 * The document against the translation memory, as CAT tools analyse a file before work: paragraphs
 * and source words by their best match (in context, exact, fuzzy bands), repetitions, and new text.
 * Started with a button, it runs on the server (every source is looked up: minutes for a long
 * document) with a progress bar; its last answer is kept, with when it was made, for everyone.
 */
export function MemoryAnalysisPanel({ documentId }: { documentId: number }) {
  const { t } = useTranslation();
  const bandName = t as unknown as BandT;
  const { number, percent, dateTime } = useFormatters();
  const status = useQuery(memoryAnalysisQuery(documentId));
  const start = useStartAnalysisMutation(documentId);
  const current = status.data;
  const running = current?.state === 'running';
  const data = current?.analysis ?? null;
  return (
    <section className="panel" aria-labelledby="memory-analysis">
      <h2 id="memory-analysis">{t('memory.analysisTitle')}</h2>
      <p className="muted">{t('memory.analysisHint')}</p>
      {status.isError ? <ErrorNotice error={status.error} onRetry={() => void status.refetch()} /> : null}
      {start.isError ? <ErrorNotice error={start.error} /> : null}
      {running ? (
        <p className="analysis-progress" role="status">
          <progress max={1} value={current.progress} aria-label={t('memory.analysing')} /> {t('memory.analysing')}{' '}
          {percent(current.progress)}
        </p>
      ) : null}
      {current?.state === 'failed' ? (
        <p className="notice notice-error" role="alert">
          {current.error === 'lost' ? t('memory.analysisLost') : t('memory.analysisFailed')}
          {current.detail ? <span className="muted"> ({current.detail})</span> : null}
        </p>
      ) : null}
      {current && !running ? (
        <p>
          {current.state === 'done' && current.finishedAt ? (
            <span className="muted">{t('memory.analysedAt', { time: dateTime(current.finishedAt) })} </span>
          ) : null}
          <button type="button" className="button" disabled={start.isPending} onClick={() => start.mutate()}>
            {current.state === 'none' ? t('memory.analyse') : t('memory.analyseAgain')}
          </button>
        </p>
      ) : null}
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
