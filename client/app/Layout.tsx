import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { LanguageSwitcher } from '../components/LanguageSwitcher';

/** The frame around every page: skip link, brand, interface language. */
export function Layout() {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#content">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <Link to="/" className="brand">
          <span className="brand-mark" aria-hidden="true">◉</span> {t('app.name')}
        </Link>
        <span className="tagline">{t('app.tagline')}</span>
        <LanguageSwitcher />
      </header>
      <Outlet />
    </>
  );
}
