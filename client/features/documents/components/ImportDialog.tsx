import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Dialog } from '../../../components/Dialog';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { FileDrop } from '../../../components/FileDrop';
import { useFormatters } from '../../../lib/format';
import { useImportDocumentMutation } from '../api/mutations';
import { importingQuery } from '../../../data/documents';
import { titleFromFileName } from '../../../../shared/schemas';

interface ImportDialogProps {
  isOpen: boolean;
  onClose: () => void;
}

const ACCEPT = '.xlf,.xliff,.sdlxliff,.tmx,application/xliff+xml,application/xml,text/xml';

/**
 * Imports an XLIFF (1.2, 2.0, 2.1) or TMX file: dropped on the dialog or chosen. The upload shows
 * its progress, and then the server's as it reads and stores the file a batch at a time; a refused
 * file (its error names the line) leaves nothing behind.
 */
export function ImportDialog({ isOpen, onClose }: ImportDialogProps) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  const navigate = useNavigate();
  const [sent, setSent] = useState(0);
  const [file, setFile] = useState<File | null>(null);
  const upload = useImportDocumentMutation(setSent);

  const start = (chosen: File) => {
    setFile(chosen);
    setSent(0);
    upload.mutate(chosen, { onSuccess: (document) => void navigate(`/documents/${document.id}`) });
  };
  const close = () => {
    upload.reset();
    setFile(null);
    onClose();
  };
  const isWorking = upload.isPending;
  // once the file is sent, the server tells how far it has come storing it
  const importing = useQuery(importingQuery(isWorking && sent >= 1));
  const stored = file ? importing.data?.items.filter((item) => item.title === titleFromFileName(file.name)).at(-1)?.progress : undefined;

  return (
    <Dialog isOpen={isOpen} title={t('importFile.title')} onClose={close}>
      <div className="form">
        <p className="muted">{t('importFile.explain')}</p>
        <FileDrop label={t('importFile.drop')} accept={ACCEPT} disabled={isWorking} onFile={start} testId="drop-zone" />
        {file && (isWorking || upload.isSuccess) ? (
          <div className="import-progress" role="status">
            <progress max={1} value={sent < 1 ? sent : stored} aria-label={t('importFile.progressLabel', { name: file.name })} />
            <span>
              {sent < 1
                ? t('importFile.sending', { name: file.name, percent: Math.floor(sent * 100), size: number(Math.ceil(file.size / 1024)) })
                : stored === undefined
                  ? t('importFile.reading', { name: file.name })
                  : t('importFile.storing', { name: file.name, percent: Math.floor(stored * 100) })}
            </span>
          </div>
        ) : null}
        {upload.error ? <ErrorNotice error={upload.error} title={t('importFile.failed', { name: file?.name ?? '' })} /> : null}
        <div className="dialog-footer">
          <button type="button" className="button button-quiet" onClick={close}>
            {t('common.cancel')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
