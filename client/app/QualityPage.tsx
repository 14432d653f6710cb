import { useQuery } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { MQM_CATEGORIES, type MqmCategory } from '../../shared/mqm';
import { can } from '../../shared/permissions';
import type { Severity } from '../../shared/qa';
import type { Annotation, AnnotationCandidate, QualityReport, QualityWeights } from '../../shared/schemas';
import { MemoryAnalysisPanel } from '../features/memory';
import { ErrorNotice } from '../components/ErrorNotice';
import { documentQuery } from '../data/documents';
import { DocumentViewHeader } from '../features/documents';
import { useLiveDocument } from '../features/live';
import { findingsQuery, SeverityIcon, useRuleName } from '../features/qa';
import {
  annotationsQuery,
  candidatesQuery,
  effortQuery,
  qualityQuery,
  useCreateAnnotationMutation,
  useSetWeightsMutation,
  AnnotationList,
  EditRateChart,
} from '../features/review';
import { useSession } from '../data/session';
import { useFormatters } from '../lib/format';

const SEVERITIES: readonly Severity[] = ['minor', 'major', 'critical'];

function WeightsForm({ documentId, weights }: { documentId: number; weights: QualityWeights }) {
  const { t } = useTranslation();
  const save = useSetWeightsMutation(documentId);
  // the form is keyed by the stored weights, so a change saved elsewhere starts it afresh
  const [draft, setDraft] = useState(weights);
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(draft);
  };
  return (
    <form className="weights-form" onSubmit={handleSubmit}>
      {SEVERITIES.map((severity) => (
        <label key={severity}>
          {t('quality.weightOf', { severity: t(`findings.severity.${severity}`) })}
          <input
            type="number"
            min={0}
            max={1000}
            step="any"
            value={draft[severity]}
            onChange={(event) => setDraft({ ...draft, [severity]: Number(event.target.value) })}
          />
        </label>
      ))}
      <button type="submit" className="button button-small" disabled={save.isPending}>
        {t('quality.saveWeights')}
      </button>
      {save.error ? <ErrorNotice error={save.error} /> : null}
    </form>
  );
}

function CandidateItem({ documentId, candidate, lang }: { documentId: number; candidate: AnnotationCandidate; lang: string }) {
  const { t } = useTranslation();
  const create = useCreateAnnotationMutation(documentId);
  const [category, setCategory] = useState<MqmCategory>(candidate.category);
  const [severity, setSeverity] = useState<Severity>('major');
  return (
    <li className="candidate" data-testid="candidate">
      <p>
        <span className="segment-number">{candidate.position}</span>{' '}
        {candidate.removed
          ? t('quality.candidateChanged', { editor: candidate.editor.name })
          : t('quality.candidateAdded', { editor: candidate.editor.name })}{' '}
        {candidate.removed ? (
          <>
            <del className="diff-del" lang={lang}>
              {candidate.removed}
            </del>{' '}
            →{' '}
          </>
        ) : null}
        {candidate.replacement ? (
          <ins className="diff-ins" lang={lang}>
            {candidate.replacement}
          </ins>
        ) : (
          <span className="muted">{t('quality.candidateRemoved')}</span>
        )}
      </p>
      <div className="candidate-actions">
        <select aria-label={t('annotate.category')} value={category} onChange={(event) => setCategory(event.target.value as MqmCategory)}>
          {MQM_CATEGORIES.map((value) => (
            <option key={value} value={value}>
              {t(`mqm.${value}`)}
            </option>
          ))}
        </select>
        <select aria-label={t('annotate.severity')} value={severity} onChange={(event) => setSeverity(event.target.value as Severity)}>
          {SEVERITIES.map((value) => (
            <option key={value} value={value}>
              {t(`findings.severity.${value}`)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button button-small button-primary"
          disabled={create.isPending}
          onClick={() =>
            create.mutate({
              segmentId: candidate.segmentId,
              body: {
                revisionId: candidate.revisionId,
                start: candidate.start,
                end: candidate.end,
                category,
                severity,
                origin: `edit:${candidate.fixedInRevisionId}`,
              },
            })
          }
        >
          {t('annotate.record')}
        </button>
      </div>
      {create.error ? <ErrorNotice error={create.error} /> : null}
    </li>
  );
}

/**
 * How well each check earns its place: its findings that stand against those the team dismissed
 * as not an error, and the share kept (the check's precision as judged by its readers).
 */
function CheckPrecision({ documentId, learned }: { documentId: number; learned: QualityReport['learned'] | undefined }) {
  const { t } = useTranslation();
  const ruleName = useRuleName();
  const { number, rate } = useFormatters();
  const findings = useQuery(findingsQuery(documentId));
  const summary = findings.data?.summary;
  if (!summary) return null;
  const rules = [...new Set([...Object.keys(summary.byRule), ...Object.keys(summary.dismissedByRule)])].sort();
  const rows = rules.map((rule) => {
    const counts = summary.byRule[rule];
    const kept = counts ? counts.minor + counts.major + counts.critical : 0;
    const dismissed = summary.dismissedByRule[rule] ?? 0;
    return { rule, kept, dismissed, precision: kept + dismissed === 0 ? null : kept / (kept + dismissed) };
  });
  return (
    <section className="panel" aria-labelledby="check-precision">
      <h2 id="check-precision">{t('quality.checks')}</h2>
      <p className="muted">{t('quality.checksHint')}</p>
      {rows.length === 0 ? (
        <p className="muted">{t('findings.summaryEmpty')}</p>
      ) : (
        <table className="summary-table" data-testid="check-precision">
          <thead>
            <tr>
              <th scope="col">{t('findings.rule')}</th>
              <th scope="col">{t('quality.kept')}</th>
              <th scope="col">{t('quality.dismissed')}</th>
              <th scope="col">{t('quality.precision')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.rule} data-rule={row.rule}>
                <th scope="row">{ruleName(row.rule)}</th>
                <td>{number(row.kept)}</td>
                <td>{number(row.dismissed)}</td>
                <td>{row.precision === null ? '–' : rate(row.precision)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {learned ? (
        <p data-testid="learned-tally">
          <strong>{t('quality.learned')}</strong>{' '}
          {learned.findings === 0
            ? t('quality.learnedNone')
            : t('quality.learnedSummary', {
                count: learned.findings,
                applied: number(learned.applied),
                dismissed: number(learned.dismissed),
                open: number(learned.open),
              })}
        </p>
      ) : null}
    </section>
  );
}

/** (the catalogue's types grew past what TypeScript unfolds for a `t` passed around: this one is narrowed) */
type DurationT = (key: 'effort.minutes' | 'effort.seconds', options: { minutes?: number; seconds: number }) => string;

function duration(ms: number, t: DurationT): string {
  const minutes = Math.floor(ms / 60_000);
  const seconds = Math.round((ms % 60_000) / 1000);
  return minutes > 0 ? t('effort.minutes', { minutes, seconds }) : t('effort.seconds', { seconds });
}

/**
 * The document's quality the MQM way (penalty points per 1,000 source words, by category,
 * severity and segment, exportable as CSV), the errors recorded, editors' corrections waiting to be
 * scored in one click, and the post-editing effort.
 */
export function QualityPage() {
  const { t } = useTranslation();
  const durationT = t as unknown as DurationT;
  const { number, rate } = useFormatters();
  const documentId = Number(useParams().documentId);
  const me = useSession().data?.user.id;
  const document = useQuery(documentQuery(documentId));
  const doc = document.data;
  const quality = useQuery(qualityQuery(documentId));
  const annotations = useQuery(annotationsQuery(documentId));
  const mayAnnotate = doc ? can(doc.roles, 'annotation.write') : false;
  const mayReadEffort = doc ? can(doc.roles, 'effort.read') : false;
  const candidates = useQuery({ ...candidatesQuery(documentId), enabled: mayAnnotate });
  const effort = useQuery({ ...effortQuery(documentId), enabled: mayReadEffort });
  const live = useLiveDocument(documentId, doc?.lastEventId);
  const report = quality.data;
  const lang = doc?.targetLang ?? 'und';
  const positions = useMemo(() => new Map(report?.segments.map((segment) => [segment.segmentId, segment.position])), [report]);
  const scored = report?.segments.filter((segment) => segment.errors > 0) ?? [];
  const round = (value: number) => number(Math.round(value * 10) / 10);
  const versionName = (annotation: Annotation) => (annotation.revisionId === null ? t('annotate.mt') : t('quality.revision'));

  if (document.isError) {
    return (
      <main className="page" id="content">
        <ErrorNotice error={document.error} onRetry={() => void document.refetch()} />
      </main>
    );
  }

  return (
    <main className="page" id="content">
      <DocumentViewHeader documentId={documentId} title={doc ? t('quality.title', { title: doc.title }) : null} live={live} />

      {quality.isError ? <ErrorNotice error={quality.error} onRetry={() => void quality.refetch()} /> : null}
      {report ? (
        <section className="panel quality-score" aria-labelledby="quality-score">
          <h2 id="quality-score">{t('quality.score')}</h2>
          <p className="score-figure" data-testid="quality-score">
            <strong>{round(report.perThousand)}</strong> {t('quality.perThousand')}
          </p>
          <p className="muted">
            {t('quality.scoreDetail', {
              penalty: round(report.penalty),
              count: report.errors,
              words: number(report.sourceWords),
            })}
          </p>
          <p className="muted">{t('quality.explain')}</p>
          {doc && can(doc.roles, 'quality.configure') ? (
            <WeightsForm key={JSON.stringify(report.weights)} documentId={documentId} weights={report.weights} />
          ) : (
            <p className="muted">
              {t('quality.weights', { minor: report.weights.minor, major: report.weights.major, critical: report.weights.critical })}
            </p>
          )}
          <p>
            <a className="button button-small" href={`/api/documents/${documentId}/quality/export?table=errors`} download>
              {t('quality.exportErrors')}
            </a>{' '}
            <a className="button button-small" href={`/api/documents/${documentId}/quality/export?table=segments`} download>
              {t('quality.exportSegments')}
            </a>
          </p>
        </section>
      ) : null}

      {report && report.errors > 0 ? (
        <section className="panel" aria-labelledby="breakdown">
          <h2 id="breakdown">{t('quality.breakdown')}</h2>
          <div className="breakdown-tables">
            <table className="summary-table">
              <thead>
                <tr>
                  <th scope="col">{t('annotate.category')}</th>
                  <th scope="col">{t('quality.errors')}</th>
                  <th scope="col">{t('quality.penalty')}</th>
                </tr>
              </thead>
              <tbody>
                {MQM_CATEGORIES.filter((category) => report.byCategory[category].errors > 0).map((category) => (
                  <tr key={category} data-category={category}>
                    <th scope="row">{t(`mqm.${category}`)}</th>
                    <td>{report.byCategory[category].errors}</td>
                    <td>{round(report.byCategory[category].penalty)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <table className="summary-table">
              <thead>
                <tr>
                  <th scope="col">{t('annotate.severity')}</th>
                  <th scope="col">{t('quality.errors')}</th>
                  <th scope="col">{t('quality.penalty')}</th>
                </tr>
              </thead>
              <tbody>
                {SEVERITIES.map((severity) => (
                  <tr key={severity}>
                    <th scope="row">
                      <SeverityIcon severity={severity} /> {t(`findings.severity.${severity}`)}
                    </th>
                    <td>{report.bySeverity[severity].errors}</td>
                    <td>{round(report.bySeverity[severity].penalty)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {/* where the errors were recorded: a table of its own (not severities) */}
            <table className="summary-table" data-testid="by-version">
              <thead>
                <tr>
                  <th scope="col">{t('quality.recordedOn')}</th>
                  <th scope="col">{t('quality.errors')}</th>
                  <th scope="col">{t('quality.penalty')}</th>
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">{t('quality.onMt')}</th>
                  <td>{report.byVersion.mt.errors}</td>
                  <td>{round(report.byVersion.mt.penalty)}</td>
                </tr>
                <tr>
                  <th scope="row">{t('quality.onRevisions')}</th>
                  <td>{report.byVersion.revisions.errors}</td>
                  <td>{round(report.byVersion.revisions.penalty)}</td>
                </tr>
              </tbody>
            </table>
          </div>
          <EditRateChart
            title={t('quality.chartTitle')}
            bars={report.segments.map((segment) => ({
              position: segment.position,
              value: segment.perThousand ?? 0,
              label: t('quality.chartBar', { position: segment.position, value: round(segment.perThousand ?? 0) }),
            }))}
            format={round}
          />
          <table className="summary-table">
            <thead>
              <tr>
                <th scope="col">{t('quality.segment')}</th>
                <th scope="col">{t('quality.sourceWords')}</th>
                <th scope="col">{t('quality.errors')}</th>
                <th scope="col">{t('quality.penalty')}</th>
                <th scope="col">{t('quality.perThousandShort')}</th>
              </tr>
            </thead>
            <tbody>
              {scored.map((segment) => (
                <tr key={segment.segmentId}>
                  <th scope="row">{segment.position}</th>
                  <td>{segment.sourceWords}</td>
                  <td>{segment.errors}</td>
                  <td>{round(segment.penalty)}</td>
                  <td>{segment.perThousand === null ? '–' : round(segment.perThousand)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}

      <CheckPrecision documentId={documentId} learned={report?.learned} />

      <MemoryAnalysisPanel documentId={documentId} />

      <section className="panel" aria-labelledby="recorded">
        <h2 id="recorded">{t('quality.recorded', { count: annotations.data?.items.length ?? 0 })}</h2>
        {annotations.data?.items.length === 0 ? <p className="muted">{t('quality.noErrors')}</p> : null}
        <AnnotationList
          documentId={documentId}
          annotations={annotations.data?.items ?? []}
          versionName={versionName}
          mayWithdraw={(annotation) =>
            doc ? can(doc.roles, 'quality.configure') || (annotation.author.id === me && can(doc.roles, 'annotation.write')) : false
          }
          lang={lang}
          positionOf={(segmentId) => positions.get(segmentId)}
        />
      </section>

      {mayAnnotate ? (
        <section className="panel" aria-labelledby="candidates">
          <h2 id="candidates">{t('quality.candidates')}</h2>
          <p className="muted">{t('quality.candidatesExplain')}</p>
          {candidates.isError ? <ErrorNotice error={candidates.error} /> : null}
          {candidates.data?.items.length === 0 ? <p className="muted">{t('quality.noCandidates')}</p> : null}
          <ul className="candidate-list">
            {candidates.data?.items.map((candidate) => (
              <CandidateItem
                key={`${candidate.fixedInRevisionId}:${candidate.start}`}
                documentId={documentId}
                candidate={candidate}
                lang={lang}
              />
            ))}
          </ul>
        </section>
      ) : null}

      {mayReadEffort && effort.data ? (
        <section className="panel" aria-labelledby="effort">
          <h2 id="effort">{t('effort.title')}</h2>
          <p data-testid="effort-summary">
            {t('effort.summary', {
              rate: rate(effort.data.document.editRate.rate),
              count: effort.data.document.approvedSegments,
              formatted: number(effort.data.document.approvedSegments),
              time: duration(effort.data.document.ms, durationT),
            })}
          </p>
          <p className="muted">{t('effort.explain')}</p>
          <table className="summary-table">
            <thead>
              <tr>
                <th scope="col">{t('effort.person')}</th>
                <th scope="col">{t('effort.time')}</th>
                <th scope="col">{t('effort.segments')}</th>
                <th scope="col">{t('effort.revisions')}</th>
                <th scope="col">{t('effort.editRate')}</th>
              </tr>
            </thead>
            <tbody>
              {effort.data.people.map((person) => (
                <tr key={person.user.id}>
                  <th scope="row">{person.user.name}</th>
                  <td>{duration(person.ms, durationT)}</td>
                  <td>{person.segments}</td>
                  <td>{person.revisions}</td>
                  <td>{person.editRate ? rate(person.editRate.rate) : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="chart-pair">
            <EditRateChart
              title={t('effort.rateChart')}
              bars={effort.data.segments.map((segment) => ({ position: segment.position, value: segment.editRate?.rate ?? 0 }))}
            />
            <EditRateChart
              title={t('effort.timeChart')}
              format={(ms) => duration(ms, durationT)}
              bars={effort.data.segments.map((segment) => ({
                position: segment.position,
                value: segment.ms,
                label: t('effort.timeBar', { position: segment.position, time: duration(segment.ms, durationT) }),
              }))}
            />
          </div>
        </section>
      ) : null}
    </main>
  );
}
