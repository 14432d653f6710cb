import { useTranslation } from 'react-i18next';
import { SUPPORTED_LANGUAGES, changeLanguage } from '../lib/i18n';

/** Interface language picker; the choice persists in this browser. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const current = SUPPORTED_LANGUAGES.find((language) => language.code === i18n.resolvedLanguage)?.code ?? 'en';
  return (
    <label className="language-switcher">
      <span className="visually-hidden">{t('nav.language')}</span>
      <svg aria-hidden="true" width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2">
        <circle cx="12" cy="12" r="10" />
        <path d="M2 12h20M12 2a15 15 0 0 1 0 20M12 2a15 15 0 0 0 0 20" />
      </svg>
      <select
        value={current}
        aria-label={t('nav.language')}
        onChange={(event) => {
          const next = SUPPORTED_LANGUAGES.find((language) => language.code === event.target.value);
          if (next) void changeLanguage(next.code);
        }}
      >
        {SUPPORTED_LANGUAGES.map((language) => (
          <option key={language.code} value={language.code} lang={language.code}>
            {language.name}
          </option>
        ))}
      </select>
    </label>
  );
}
