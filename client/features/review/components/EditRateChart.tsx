import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/format';

interface EditRateChartProps {
  /** One bar per segment, in document order; `value` between 0 and 1 (or any non-negative number with `max`). */
  bars: ReadonlyArray<{
    position: number;
    value: number;
    label?: string;
    /** No value to show (drawn hatched, named in its label). */ missing?: boolean;
  }>;
  title: string;
  /** The least value of a full-height bar; the chart scales up to its largest value beyond it. */
  max?: number;
  format?: (value: number) => string;
  onSelect?: (position: number) => void;
}

const HEIGHT = 90;

/**
 * A small bar chart across a document: one bar per segment. Each bar is a button for keyboard and
 * screen-reader users (and jumps to the segment when `onSelect` is given); values are written out
 * in the bar's label, so the chart is never colour or shape alone.
 */
export function EditRateChart({ bars, title, max = 0, format, onSelect }: EditRateChartProps) {
  const { t } = useTranslation();
  const { rate, number } = useFormatters();
  const show = format ?? rate;
  const top = Math.max(max, ...bars.map((bar) => bar.value)) || 1;
  const width = Math.max(1, bars.length);
  return (
    <figure className="chart">
      <figcaption>
        {title} <span className="muted">{t('chart.scale', { top: show(top) })}</span>
      </figcaption>
      <div className="chart-plot">
        {/* the y axis: the scale's top, its middle and zero (the values are in each bar's label too) */}
        <div className="chart-y muted" style={{ height: HEIGHT }} aria-hidden="true" data-testid="chart-y">
          <span>{show(top)}</span>
          <span>{show(top / 2)}</span>
          <span>{show(0)}</span>
        </div>
        <div className="chart-bars" style={{ height: HEIGHT }} role="list" aria-label={title}>
          {bars.map((bar) => {
            const label = bar.label ?? t('chart.bar', { position: bar.position, value: show(bar.value) });
            const fill = <span className="chart-fill" style={{ height: `${Math.round((bar.value / top) * 100)}%` }} />;
            const className = bar.missing ? 'chart-bar is-missing' : 'chart-bar';
            // a bar is a button only when it leads somewhere
            return onSelect ? (
              <button
                key={bar.position}
                type="button"
                role="listitem"
                className={className}
                style={{ width: `${100 / width}%` }}
                aria-label={label}
                title={label}
                data-value={bar.value}
                onClick={() => onSelect(bar.position)}
              >
                {fill}
              </button>
            ) : (
              <span
                key={bar.position}
                role="listitem"
                className={`${className} is-static`}
                style={{ width: `${100 / width}%` }}
                aria-label={label}
                title={label}
                data-value={bar.value}
              >
                {fill}
              </span>
            );
          })}
        </div>
      </div>
      <div className="chart-axis muted" aria-hidden="true">
        <span>1</span>
        <span>{number(bars.length)}</span>
      </div>
    </figure>
  );
}
