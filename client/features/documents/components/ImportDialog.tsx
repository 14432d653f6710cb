import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Dialog } from '../../../components/Dialog';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { FileDrop } from '../../../components/FileDrop';
import { ApiError } from '../../../lib/apiClient';
import { useFormatters } from '../../../lib/format';
import { useImportDocumentMutation } from '../api/mutations';
import { importingQuery } from '../../../data/documents';
import { titleFromFileName, type ImportResult } from '../../../../shared/schemas';

interface ImportDialogProps {
  isOpen: boolean;
  onClose: () => void;
}

const ACCEPT = '.xlf,.xliff,.sdlxliff,.tmx,application/xliff+xml,application/xml,text/xml';

/** Whether an import's outcome needs reading before the editor opens: several documents, or warnings. */
const needsReading = (result: ImportResult) => result.documents.length > 1 || result.warningCount > 0;

/**
 * Imports an XLIFF (1.2, 2.0, 2.1) or TMX file: dropped on the dialog or chosen. The upload shows
 * its progress, and then the server's as it reads and stores the file a batch at a time; a refused
 * file (its error names the line) leaves nothing behind. A file that names no target language is
 * asked one; a file with several language pairs, or one read with warnings, ends on a summary (its
 * documents, its warnings) instead of opening the editor.
 */
export function ImportDialog({ isOpen, onClose }: ImportDialogProps) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  const navigate = useNavigate();
  const [sent, setSent] = useState(0);
  const [file, setFile] = useState<File | null>(null);
  const [states, setStates] = useState(true);
  const [targetLang, setTargetLang] = useState('');
  const upload = useImportDocumentMutation(setSent);
  const asksTarget = upload.error instanceof ApiError && upload.error.field === 'targetLang';

  const send = (chosen: File, target?: string) => {
    setFile(chosen);
    setSent(0);
    upload.mutate(
      { file: chosen, targetLang: target, states },
      {
        onSuccess: (result) => {
          if (!needsReading(result)) void navigate(`/documents/${result.id}`);
        },
      },
    );
  };
  const sendWithTarget = (event: FormEvent) => {
    event.preventDefault();
    if (file && targetLang.trim()) send(file, targetLang.trim());
  };
  const close = () => {
    upload.reset();
    setFile(null);
    setTargetLang('');
    onClose();
  };
  const isWorking = upload.isPending;
  // once the file is sent, the server tells how far it has come storing it
  const importing = useQuery(importingQuery(isWorking && sent >= 1));
  const progress = file ? importing.data?.items.filter((item) => item.title === titleFromFileName(file.name)).at(-1) : undefined;
  const stored = progress?.progress;
  const result = upload.data && needsReading(upload.data) ? upload.data : null;

  return (
    <Dialog isOpen={isOpen} title={t('importFile.title')} onClose={close}>
      <div className="form">
        <p className="muted">{t('importFile.explain')}</p>
        <label className="checkbox import-states">
          <input type="checkbox" checked={states} disabled={isWorking} onChange={(event) => setStates(event.target.checked)} />
          <span>
            {t('importFile.states')}
            <span className="muted field-hint">{t('importFile.statesHint')}</span>
          </span>
        </label>
        {result ? null : (
          <FileDrop
            label={t('importFile.drop')}
            accept={ACCEPT}
            disabled={isWorking}
            onFile={(chosen) => send(chosen)}
            testId="drop-zone"
          />
        )}
        {file && (isWorking || upload.isSuccess) ? (
          <div className="import-progress" role="status">
            <progress
              max={1}
              value={sent < 1 ? sent : upload.isSuccess ? 1 : stored}
              aria-label={t('importFile.progressLabel', { name: file.name })}
            />
            <span>
              {upload.isSuccess
                ? t('importFile.done', { name: file.name })
                : sent < 1
                  ? t('importFile.sending', { name: file.name, percent: Math.floor(sent * 100), size: number(Math.ceil(file.size / 1024)) })
                  : stored === undefined
                    ? t('importFile.reading', { name: file.name })
                    : progress?.phase === 'queueing'
                      ? t('importFile.queueing', { name: file.name, count: progress.segments })
                      : t('importFile.storing', { name: file.name, percent: Math.floor(stored * 100), count: progress?.segments ?? 0 })}
            </span>
          </div>
        ) : null}
        {asksTarget && file ? (
          <form className="import-target" onSubmit={sendWithTarget}>
            <p role="alert">{t('importFile.noTarget', { name: file.name })}</p>
            <label>
              {t('importFile.targetLang')}
              <input
                value={targetLang}
                required
                autoFocus
                placeholder="id"
                onChange={(event) => setTargetLang(event.target.value)}
                data-testid="import-target-lang"
              />
            </label>
            <button type="submit" className="button" disabled={isWorking || !targetLang.trim()}>
              {t('importFile.importWithTarget')}
            </button>
          </form>
        ) : upload.error ? (
          <ErrorNotice error={upload.error} title={t('importFile.failed', { name: file?.name ?? '' })} />
        ) : null}
        {result ? <ImportSummary result={result} onOpen={close} /> : null}
        <div className="dialog-footer">
          <button type="button" className="button button-quiet" onClick={close}>
            {result ? t('common.close') : t('common.cancel')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}

/** What a file made (a document per language pair) and what was wrong with it, each document a link. */
function ImportSummary({ result, onOpen }: { result: ImportResult; onOpen: () => void }) {
  const { t } = useTranslation();
  const more = result.warningCount - result.warnings.length;
  return (
    <section className="import-summary" aria-label={t('importFile.summary')} data-testid="import-summary">
      <h3>{t('importFile.documents', { count: result.documents.length })}</h3>
      <ul>
        {result.documents.map((document) => (
          <li key={document.id}>
            <Link to={`/documents/${document.id}`} onClick={onOpen}>
              {document.title}
            </Link>{' '}
            <span className="muted">
              {t('importFile.documentLine', {
                sourceLang: document.sourceLang,
                targetLang: document.targetLang,
                count: document.segmentCount,
              })}
            </span>
          </li>
        ))}
      </ul>
      {result.states.submitted + result.states.approved > 0 ? (
        <p className="muted">{t('importFile.statesTaken', { submitted: result.states.submitted, approved: result.states.approved })}</p>
      ) : null}
      {result.warningCount > 0 ? (
        <>
          <h3>{t('importFile.warnings', { count: result.warningCount })}</h3>
          <ul className="import-warnings" data-testid="import-warnings">
            {result.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
            {more > 0 ? <li className="muted">{t('importFile.moreWarnings', { count: more })}</li> : null}
          </ul>
        </>
      ) : null}
    </section>
  );
}
