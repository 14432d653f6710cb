import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { usePropagateMutation } from '../../../data/segments';
import { useFormatters } from '../../../lib/format';

interface PropagateOfferProps {
  segmentId: number;
  /** Other paragraphs of the document with exactly this source. */
  repeats: number;
  onClose: () => void;
}

/**
 * After an approval of a repeated source: the offer to put the approved translation into the
 * other paragraphs with the same source (each a normal revision, a draft), and what it did.
 */
export function PropagateOffer({ segmentId, repeats, onClose }: PropagateOfferProps) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  const propagate = usePropagateMutation();
  const result = propagate.data;
  if (result) {
    return (
      <p className="notice notice-info" role="status" data-testid="propagated">
        {t('repetitions.done', { count: result.propagated.length, formatted: number(result.propagated.length) })}
        {result.skipped.length > 0
          ? ` ${t('repetitions.skipped', { count: result.skipped.length, formatted: number(result.skipped.length) })}`
          : ''}{' '}
        <button type="button" className="link-button" onClick={onClose}>
          {t('common.close')}
        </button>
      </p>
    );
  }
  return (
    <div className="notice notice-info propagate-offer" data-testid="propagate-offer">
      <span>{t('repetitions.offer', { count: repeats, formatted: number(repeats) })}</span>
      <button
        type="button"
        className="button button-small button-primary"
        disabled={propagate.isPending}
        onClick={() => propagate.mutate(segmentId)}
      >
        {t('repetitions.propagate')}
      </button>
      <button type="button" className="button button-small button-quiet" onClick={onClose}>
        {t('repetitions.notNow')}
      </button>
      {propagate.error ? <ErrorNotice error={propagate.error} /> : null}
    </div>
  );
}
