import { useEffect, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { RuleId } from '../../../../shared/qa';
import { SegmentFilter } from '../../../../shared/schemas';
import { DiffLegend } from '../../../components/DiffLegend';
import { useRuleName } from '../../qa';

type FindingsFilter = 'any' | 'with' | 'without';

interface EditorToolbarProps {
  status: SegmentFilter;
  query: string;
  findings: FindingsFilter;
  rule: RuleId | undefined;
  /** The document's length: the highest segment number to go to. */
  segmentCount: number;
  onFindingsChange: (findings: FindingsFilter) => void;
  onClearRule: () => void;
  onStatusChange: (status: SegmentFilter) => void;
  onQueryChange: (query: string) => void;
  /** Go to segment number n. */
  onJump: (position: number) => void;
  onShowHelp: () => void;
  /** Opens find and replace (absent for those who may not change text). */
  onReplace?: (() => void) | undefined;
  searchRef: Ref<HTMLInputElement>;
}

const SEARCH_DELAY_MS = 250;

/** Status filter, search over source, MT and revision text, the diff legend and the help. */
export function EditorToolbar({
  status,
  query,
  findings,
  rule,
  segmentCount,
  onFindingsChange,
  onClearRule,
  onStatusChange,
  onQueryChange,
  onJump,
  onShowHelp,
  onReplace,
  searchRef,
}: EditorToolbarProps) {
  const { t } = useTranslation();
  const ruleName = useRuleName();
  const [search, setSearch] = useState(query);
  const [syncedQuery, setSyncedQuery] = useState(query);
  const [jumpTo, setJumpTo] = useState('');
  if (query !== syncedQuery) {
    // the URL changed under us (back button, a link): show what is searched now
    setSyncedQuery(query);
    setSearch(query);
  }
  useEffect(() => {
    if (search === query) return undefined;
    const timer = setTimeout(() => onQueryChange(search), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [search, query, onQueryChange]);

  return (
    <div className="toolbar" role="search">
      <label className="field-inline">
        <span>{t('editor.filterStatus')}</span>
        <select value={status} onChange={(event) => onStatusChange(SegmentFilter.parse(event.target.value))}>
          {SegmentFilter.options.map((option) => (
            <option key={option} value={option}>
              {option === 'all' ? t('editor.allStatuses') : t(`status.${option}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field-inline">
        <span>{t('findings.filter')}</span>
        <select value={findings} onChange={(event) => onFindingsChange(event.target.value as FindingsFilter)}>
          {(['any', 'with', 'without'] as const).map((option) => (
            <option key={option} value={option}>
              {t(`findings.${option}`)}
            </option>
          ))}
        </select>
      </label>
      {rule ? (
        <span className="rule-chip">
          {t('findings.ruleFilter', { rule: ruleName(rule) })}{' '}
          <button type="button" className="icon-button" aria-label={t('findings.clearRule')} onClick={onClearRule}>
            ×
          </button>
        </span>
      ) : null}
      <label className="field-inline search">
        <span className="visually-hidden">{t('editor.search')}</span>
        <input
          ref={searchRef}
          type="search"
          value={search}
          placeholder={t('editor.searchPlaceholder')}
          aria-label={t('editor.search')}
          onChange={(event) => setSearch(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') onQueryChange(search);
          }}
        />
      </label>
      <form
        className="field-inline jump"
        onSubmit={(event) => {
          event.preventDefault();
          const position = Number(jumpTo);
          if (Number.isInteger(position) && position >= 1) onJump(Math.min(position, Math.max(1, segmentCount)));
        }}
      >
        <label>
          <span>{t('editor.goTo')}</span>
          <input
            type="number"
            inputMode="numeric"
            min={1}
            max={Math.max(1, segmentCount)}
            value={jumpTo}
            onChange={(event) => setJumpTo(event.target.value)}
          />
        </label>
        <button type="submit" className="button button-quiet">
          {t('editor.goToButton')}
        </button>
      </form>
      {onReplace ? (
        <button type="button" className="button button-quiet" onClick={onReplace} aria-keyshortcuts="Control+H">
          {t('replace.open')}
        </button>
      ) : null}
      <DiffLegend />
      <button
        type="button"
        className="button button-quiet shortcuts-button"
        onClick={onShowHelp}
        aria-keyshortcuts="?"
        title={t('nav.shortcuts')}
      >
        <span className="shortcuts-label">{t('nav.shortcuts')}</span> <kbd>?</kbd>
      </button>
    </div>
  );
}
