import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router';
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
        <nav className="app-nav" aria-label={t('nav.main')}>
          <NavLink to="/" end>
            {t('nav.documents')}
          </NavLink>
          <NavLink to="/glossary">{t('nav.glossary')}</NavLink>
        </nav>
        <span className="tagline">{t('app.tagline')}</span>
        <LanguageSwitcher />
      </header>
      <Outlet />
    </>
  );
}
