import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MQM_CATEGORIES, type MqmCategory } from '../../../../shared/mqm';
import type { Severity } from '../../../../shared/qa';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { useCreateAnnotationMutation } from '../api/review';

/** A version of a segment that can be judged: the MT (revisionId null) or a revision. */
export interface JudgedVersion {
  key: string;
  label: string;
  revisionId: number | null;
  text: string;
}

export interface AnnotationStart {
  versionKey?: string;
  start?: number;
  end?: number;
  category?: MqmCategory;
  severity?: Severity;
  origin?: string | null;
  comment?: string;
}

interface AnnotationFormProps {
  documentId: number;
  segmentId: number;
  versions: readonly JudgedVersion[];
  lang: string;
  initial: AnnotationStart;
  onDone: () => void;
  onCancel: () => void;
}

const SEVERITIES: readonly Severity[] = ['minor', 'major', 'critical'];

/** Every place `phrase` occurs in `text`. */
function occurrences(text: string, phrase: string): number[] {
  const found: number[] = [];
  if (!phrase) return found;
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) found.push(at);
  return found;
}

/**
 * Records an MQM error on a span of one version. The span is the selected text, or typed: the
 * form finds it in the chosen version (and asks which occurrence when it is there more than once),
 * so the keyboard alone is enough.
 */
export function AnnotationForm({ documentId, segmentId, versions, lang, initial, onDone, onCancel }: AnnotationFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const create = useCreateAnnotationMutation(documentId);
  const first = versions.find((version) => version.key === initial.versionKey) ?? versions[0];
  const [versionKey, setVersionKey] = useState(first?.key ?? '');
  const version = versions.find((candidate) => candidate.key === versionKey) ?? first;
  const [phrase, setPhrase] = useState(
    first && initial.start !== undefined && initial.end !== undefined ? first.text.slice(initial.start, initial.end) : '',
  );
  const found = useMemo(() => occurrences(version?.text ?? '', phrase), [version, phrase]);
  const [occurrence, setOccurrence] = useState(() => Math.max(0, found.indexOf(initial.start ?? -1)));
  const [category, setCategory] = useState<MqmCategory>(initial.category ?? 'accuracy/mistranslation');
  const [severity, setSeverity] = useState<Severity>(initial.severity ?? 'major');
  const [comment, setComment] = useState(initial.comment ?? '');
  const start = found[Math.min(occurrence, found.length - 1)];
  const problem = phrase.trim() === '' ? t('annotate.needText') : start === undefined ? t('annotate.notFound') : null;

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!version || start === undefined) return;
    create.mutate(
      {
        segmentId,
        body: {
          revisionId: version.revisionId,
          start,
          end: start + phrase.length,
          category,
          severity,
          comment,
          origin: initial.origin ?? null,
        },
      },
      { onSuccess: onDone },
    );
  };

  return (
    <form className="annotation-form" onSubmit={handleSubmit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('annotate.title')}</h3>
      <div className="annotation-fields">
        <label>
          {t('annotate.version')}
          <select value={versionKey} onChange={(event) => setVersionKey(event.target.value)}>
            {versions.map((candidate) => (
              <option key={candidate.key} value={candidate.key}>
                {candidate.label}
              </option>
            ))}
          </select>
        </label>
        <label className="annotation-phrase">
          {t('annotate.phrase')}
          <input value={phrase} lang={lang} required onChange={(event) => setPhrase(event.target.value)} aria-invalid={problem !== null} />
        </label>
        {found.length > 1 ? (
          <label>
            {t('annotate.occurrence')}
            <select value={Math.min(occurrence, found.length - 1)} onChange={(event) => setOccurrence(Number(event.target.value))}>
              {found.map((at, index) => (
                <option key={at} value={index}>
                  {t('annotate.occurrenceOf', { number: index + 1, count: found.length })}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <label>
          {t('annotate.category')}
          <select value={category} onChange={(event) => setCategory(event.target.value as MqmCategory)}>
            {MQM_CATEGORIES.map((value) => (
              <option key={value} value={value}>
                {t(`mqm.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="annotation-severity">
          <legend>{t('annotate.severity')}</legend>
          {SEVERITIES.map((value) => (
            <label key={value}>
              <input type="radio" name={`${id}-severity`} checked={severity === value} onChange={() => setSeverity(value)} />
              {t(`findings.severity.${value}`)}
            </label>
          ))}
        </fieldset>
        <label className="annotation-comment">
          {t('annotate.comment')}
          <textarea value={comment} onChange={(event) => setComment(event.target.value)} maxLength={2000} />
        </label>
      </div>
      {version && start !== undefined ? (
        <p className="annotation-preview" lang={lang}>
          {version.text.slice(Math.max(0, start - 40), start)}
          <mark className="annotation-mark">{version.text.slice(start, start + phrase.length)}</mark>
          {version.text.slice(start + phrase.length, start + phrase.length + 40)}
        </p>
      ) : null}
      {problem ? (
        <p className="field-error" role="status">
          {problem}
        </p>
      ) : null}
      {create.error ? <ErrorNotice error={create.error} /> : null}
      <div className="segment-actions">
        <button type="submit" className="button button-primary" disabled={problem !== null || create.isPending}>
          {t('annotate.record')}
        </button>
        <button type="button" className="button button-quiet" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
