import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Dialog } from '../../../components/Dialog';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { FileDrop } from '../../../components/FileDrop';
import { useCreateDocumentMutation } from '../api/mutations';

const TEXT = '.txt,.md,.markdown,text/plain,text/markdown';

interface NewDocumentDialogProps {
  isOpen: boolean;
  onClose: () => void;
}

/** Creates a document from a source text file and its machine translation (plain text or Markdown), chosen or dropped. */
export function NewDocumentDialog({ isOpen, onClose }: NewDocumentDialogProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateDocumentMutation();
  const [title, setTitle] = useState('');
  const [sourceLang, setSourceLang] = useState('en');
  const [targetLang, setTargetLang] = useState('');
  const [source, setSource] = useState<File | null>(null);
  const [target, setTarget] = useState<File | null>(null);

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!source || !target) return;
    create.mutate(
      { title: title.trim() || source.name, sourceLang, targetLang, source, target },
      { onSuccess: (document) => void navigate(`/documents/${document.id}`) },
    );
  };

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
        <FileDrop label={t('newDocument.sourceFile')} accept={TEXT} required chosen={source?.name} onFile={setSource} testId="drop-source" />
        <FileDrop label={t('newDocument.targetFile')} accept={TEXT} required chosen={target?.name} onFile={setTarget} testId="drop-target" />
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
