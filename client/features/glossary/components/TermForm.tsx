import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryTermInput } from '../../../../shared/schemas';

interface TermFormProps {
  initial?: GlossaryTermInput;
  submitLabel: string;
  isPending: boolean;
  onSubmit: (term: GlossaryTermInput) => void;
  onCancel?: () => void;
  /** Whether "do not translate" may be chosen (a learned term always has a rendering). */
  offerDoNotTranslate?: boolean;
}

const EMPTY: GlossaryTermInput = { source: '', target: '', forbidden: [], note: '', doNotTranslate: false, caseSensitive: false };

/** One glossary term, to add or to edit. Forbidden renderings are typed separated by "|". */
export function TermForm({ initial = EMPTY, submitLabel, isPending, onSubmit, onCancel, offerDoNotTranslate = true }: TermFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [source, setSource] = useState(initial.source);
  const [target, setTarget] = useState(initial.target);
  const [forbidden, setForbidden] = useState(initial.forbidden.join(' | '));
  const [note, setNote] = useState(initial.note);
  const [doNotTranslate, setDoNotTranslate] = useState(initial.doNotTranslate);
  const [caseSensitive, setCaseSensitive] = useState(initial.caseSensitive);

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit({
      source: source.trim(),
      target: target.trim(),
      forbidden: forbidden
        .split('|')
        .map((part) => part.trim())
        .filter(Boolean),
      note: note.trim(),
      doNotTranslate,
      caseSensitive,
    });
  };

  return (
    <form className="term-form" onSubmit={handleSubmit}>
      <label htmlFor={`${id}-source`}>
        {t('glossary.source')}
        <input id={`${id}-source`} value={source} required maxLength={200} onChange={(event) => setSource(event.target.value)} />
      </label>
      <label htmlFor={`${id}-target`}>
        {t('glossary.target')}
        <input
          id={`${id}-target`}
          value={target}
          required={!doNotTranslate}
          maxLength={200}
          placeholder={doNotTranslate ? source : ''}
          onChange={(event) => setTarget(event.target.value)}
        />
      </label>
      <label htmlFor={`${id}-forbidden`}>
        {t('glossary.forbidden')}
        <input
          id={`${id}-forbidden`}
          value={forbidden}
          placeholder={t('glossary.forbiddenHint')}
          onChange={(event) => setForbidden(event.target.value)}
        />
      </label>
      <label htmlFor={`${id}-note`}>
        {t('glossary.note')}
        <input id={`${id}-note`} value={note} maxLength={1000} onChange={(event) => setNote(event.target.value)} />
      </label>
      {offerDoNotTranslate ? (
        <label className="checkbox">
          <input type="checkbox" checked={doNotTranslate} onChange={(event) => setDoNotTranslate(event.target.checked)} />
          {t('glossary.doNotTranslate')}
        </label>
      ) : null}
      <label className="checkbox">
        <input type="checkbox" checked={caseSensitive} onChange={(event) => setCaseSensitive(event.target.checked)} />
        {t('glossary.caseSensitive')}
      </label>
      <div className="term-form-actions">
        <button type="submit" className="button button-primary" disabled={isPending || source.trim() === ''}>
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button button-quiet" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
