import { useTranslation } from 'react-i18next';

export interface Formatters {
  number: (value: number) => string;
  percent: (share: number) => string;
  /** An edit rate or other fine-grained share: one decimal, so 0.4% is not shown as 0%. */
  rate: (share: number) => string;
  dateTime: (iso: string) => string;
  date: (iso: string) => string;
  language: (tag: string) => string;
}

// Intl constructors are slow (around a millisecond each): one set per locale, shared by every row.
const cache = new Map<string, Formatters>();

/** Builds `create()` on first use only: most pages never format a date or a language name. */
function lazy<T>(create: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= create());
}

function createFormatters(locale: string): Formatters {
  const numberFormat = lazy(() => new Intl.NumberFormat(locale));
  const percentFormat = lazy(() => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }));
  const rateFormat = lazy(() => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }));
  const dateTimeFormat = lazy(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }));
  const dateFormat = lazy(() => new Intl.DateTimeFormat(locale, { dateStyle: 'long' }));
  const languageNames = lazy(() => new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' }));
  return {
    number: (value) => numberFormat().format(value),
    percent: (share) => percentFormat().format(share),
    rate: (share) => rateFormat().format(share),
    dateTime: (iso) => dateTimeFormat().format(new Date(iso)),
    date: (iso) => dateFormat().format(new Date(iso)),
    language: (tag) => {
      try {
        return languageNames().of(tag) ?? tag;
      } catch {
        return tag;
      }
    },
  };
}

function formattersFor(locale: string): Formatters {
  let formatters = cache.get(locale);
  if (!formatters) {
    formatters = createFormatters(locale);
    cache.set(locale, formatters);
  }
  return formatters;
}

/**
 * Builds the language-name formatter while a page's data is on its way: its first use loads
 * locale data (about 50 ms in Chromium), which would otherwise land on the first render.
 */
export function prewarmLanguageNames(locale: string): void {
  setTimeout(() => formattersFor(locale).language('en'), 0);
}

/** Number, percent and date formatting for the interface language (not the browser's). */
export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  return formattersFor(i18n.resolvedLanguage ?? i18n.language);
}
