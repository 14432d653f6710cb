import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Dialog } from '../../../components/Dialog';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { FileDrop } from '../../../components/FileDrop';
import { useFormatters } from '../../../lib/format';
import { useCreateDocumentMutation } from '../api/mutations';
import { importingQuery } from '../../../data/documents';

const TEXT =
  '.txt,.md,.markdown,.html,.htm,.docx,text/plain,text/markdown,text/html,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

interface NewDocumentDialogProps {
  isOpen: boolean;
  onClose: () => void;
}

/**
 * Creates a document from a source text file and its machine translation (plain text or Markdown),
 * chosen or dropped. The upload shows its progress, and then the server's as it reads, aligns and
 * stores the texts (a pair of a million paragraphs takes minutes).
 */
export function NewDocumentDialog({ isOpen, onClose }: NewDocumentDialogProps) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  const navigate = useNavigate();
  const [sent, setSent] = useState(0);
  const [submitted, setSubmitted] = useState('');
  const create = useCreateDocumentMutation(setSent);
  const [title, setTitle] = useState('');
  const [sourceLang, setSourceLang] = useState('en');
  const [targetLang, setTargetLang] = useState('');
  const [source, setSource] = useState<File | null>(null);
  const [target, setTarget] = useState<File | null>(null);

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!source || !target) return;
    const name = title.trim() || source.name;
    setSent(0);
    setSubmitted(name);
    create.mutate(
      { title: name, sourceLang, targetLang, source, target },
      { onSuccess: (document) => void navigate(`/documents/${document.id}`) },
    );
  };

  // once the files are sent, the server tells how far it has come
  const importing = useQuery(importingQuery(create.isPending && sent >= 1));
  const stored = importing.data?.items.filter((item) => item.title === submitted).at(-1)?.progress;
  const names = source && target ? `${source.name} + ${target.name}` : '';

  return (
    <Dialog isOpen={isOpen} title={t('newDocument.title')} onClose={onClose}>
      <form className="form" onSubmit={handleSubmit}>
        <p className="muted">{t('newDocument.explain')}</p>
        <label>
          {t('newDocument.name')}
          <input value={title} onChange={(event) => setTitle(event.target.value)} maxLength={300} />
        </label>
        <div className="form-row">
          <label>
            {t('newDocument.sourceLang')}
            <input value={sourceLang} required onChange={(event) => setSourceLang(event.target.value)} placeholder="en" />
          </label>
          <label>
            {t('newDocument.targetLang')}
            <input value={targetLang} required onChange={(event) => setTargetLang(event.target.value)} placeholder="id" />
          </label>
        </div>
        <FileDrop
          label={t('newDocument.sourceFile')}
          accept={TEXT}
          required
          chosen={source?.name}
          onFile={setSource}
          testId="drop-source"
        />
        <FileDrop
          label={t('newDocument.targetFile')}
          accept={TEXT}
          required
          chosen={target?.name}
          onFile={setTarget}
          testId="drop-target"
        />
        {create.isPending && source && target ? (
          <div className="import-progress" role="status">
            <progress max={1} value={sent < 1 ? sent : stored} aria-label={t('importFile.progressLabel', { name: names })} />
            <span>
              {sent < 1
                ? t('importFile.sending', {
                    name: names,
                    percent: Math.floor(sent * 100),
                    size: number(Math.ceil((source.size + target.size) / 1024)),
                  })
                : stored === undefined
                  ? t('importFile.reading', { name: names })
                  : t('newDocument.aligning', { percent: Math.floor(stored * 100) })}
            </span>
          </div>
        ) : null}
        {create.error ? <ErrorNotice error={create.error} title={t('newDocument.failed')} /> : null}
        <div className="dialog-footer">
          <button type="submit" className="button button-primary" disabled={create.isPending || !source || !target}>
            {create.isPending ? t('newDocument.creating') : t('newDocument.create')}
          </button>
          <button type="button" className="button button-quiet" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
