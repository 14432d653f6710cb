import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../components/Dialog';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { concordanceQuery } from '../../../data/memory';
import { searchMatches } from '../../../lib/searchMatches';

interface ConcordanceDialogProps {
  isOpen: boolean;
  onClose: () => void;
  sourceLang: string;
  targetLang: string;
  /** The document's project memory, searched with the shared one. */
  memory: string | null;
  /** What to look up first (the words selected in the editor, if any). */
  initial: string;
}

/** `text` with the places the query stands marked. */
function Marked({ text, query }: { text: string; query: string }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const { start, end } of searchMatches(text, query)) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(
      <mark key={start} className="search-match">
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}

/**
 * Concordance (Ctrl+K): a word or phrase looked up in the translation memory of the document's
 * pair, in sources and translations alike, each hit shown whole with its translation.
 */
export function ConcordanceDialog({ isOpen, onClose, sourceLang, targetLang, memory, initial }: ConcordanceDialogProps) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState<string | null>(null);
  const q = (typed ?? initial).trim();
  const deferred = useDeferredValue(q);
  const result = useQuery({ ...concordanceQuery(sourceLang, targetLang, memory, deferred), enabled: isOpen && deferred !== '' });
  const close = () => {
    setTyped(null);
    onClose();
  };
  return (
    <Dialog isOpen={isOpen} title={t('concordance.title')} onClose={close} className="dialog-wide">
      <form className="concordance-form" role="search" onSubmit={(event) => event.preventDefault()}>
        <label>
          {t('concordance.search')}
          <input type="search" value={typed ?? initial} data-autofocus onChange={(event) => setTyped(event.target.value)} />
        </label>
      </form>
      {result.error ? <ErrorNotice error={result.error} /> : null}
      {deferred !== '' && result.data ? (
        result.data.items.length === 0 ? (
          <p className="muted" role="status">
            {t('concordance.none', { q: deferred })}
          </p>
        ) : (
          <>
            <p className="muted" role="status">
              {t('concordance.found', { count: result.data.items.length })}
            </p>
            <table className="concordance-hits">
              <thead>
                <tr>
                  <th scope="col">{t('concordance.source')}</th>
                  <th scope="col">{t('concordance.target')}</th>
                  <th scope="col">{t('concordance.origin')}</th>
                </tr>
              </thead>
              <tbody>
                {result.data.items.map((hit, index) => (
                  <tr key={index} data-testid="concordance-hit">
                    <td lang={sourceLang}>
                      <Marked text={hit.source} query={deferred} />
                    </td>
                    <td lang={targetLang}>
                      <Marked text={hit.target} query={deferred} />
                    </td>
                    <td className="muted">{hit.origin}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )
      ) : null}
    </Dialog>
  );
}
