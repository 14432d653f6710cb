import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Timeline } from '../../../../shared/schemas';
import { useFormatters } from '../../../lib/format';

interface PointSelectProps {
  label: string;
  value: string;
  timeline: z.infer<typeof Timeline>['items'];
  onChange: (value: string) => void;
}

/** A point to compare at: the MT, the current or approved text, or the text as it was after an event. */
export function PointSelect({ label, value, timeline, onChange }: PointSelectProps) {
  const { t } = useTranslation();
  const { dateTime } = useFormatters();
  const isTime = !['mt', 'current', 'approved'].includes(value);
  const known = timeline.some((item) => item.at === value);
  const what = (type: string, position: number | null) => {
    const at = { position: position ?? '' };
    if (type === 'revision.submitted') return t('compare.events.submitted', at);
    if (type === 'revision.approved') return t('compare.events.approved', at);
    if (type === 'revision.rejected') return t('compare.events.rejected', at);
    if (type === 'revision.saved') return t('compare.events.saved', at);
    return t('compare.events.created');
  };
  return (
    <label className="point-select">
      {label}
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="mt">{t('compare.points.mt')}</option>
        <option value="current">{t('compare.points.current')}</option>
        <option value="approved">{t('compare.points.approved')}</option>
        <optgroup label={t('compare.points.asOf')}>
          {isTime && !known ? <option value={value}>{dateTime(value)}</option> : null}
          {[...timeline].reverse().map((item) => (
            <option key={`${item.at}-${item.type}-${item.position ?? ''}`} value={item.at}>
              {t('compare.points.after', {
                time: dateTime(item.at),
                who: item.actor?.name ?? '?',
                what: what(item.type, item.position),
              })}
            </option>
          ))}
        </optgroup>
      </select>
    </label>
  );
}
