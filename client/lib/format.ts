import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Number, percent and date formatting for the interface language (not the browser's). */
export function useFormatters() {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => {
    const numberFormat = new Intl.NumberFormat(locale);
    const percentFormat = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
    const languageNames = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
    return {
      number: (value: number) => numberFormat.format(value),
      percent: (share: number) => percentFormat.format(share),
      dateTime: (iso: string) => dateTimeFormat.format(new Date(iso)),
      date: (iso: string) => dateFormat.format(new Date(iso)),
      language: (tag: string) => {
        try {
          return languageNames.of(tag) ?? tag;
        } catch {
          return tag;
        }
      },
    };
  }, [locale]);
}
