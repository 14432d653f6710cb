import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router';
import { can } from '../../shared/permissions';
import { draftStore } from '../data/drafts';
import { ErrorNotice } from '../components/ErrorNotice';
import { LanguageSwitcher } from '../components/LanguageSwitcher';
import { sessionKeys, useSession } from '../data/session';
import { LoginForm, UserMenu } from '../features/session';
import { setCsrfToken, setUnauthenticatedHandler } from '../lib/apiClient';

/** The frame around every page: brand, navigation by role, who is signed in, interface language. */
export function Layout() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const session = useSession();

  // a session that ends while the page is open (expired, revoked) brings back the sign-in form
  useEffect(() => {
    setUnauthenticatedHandler(() => {
      setCsrfToken(null);
      queryClient.setQueryData(sessionKeys.current, null);
    });
    return () => setUnauthenticatedHandler(null);
  }, [queryClient]);

  const user = session.data?.user;
  // unsaved drafts are the signed-in person's own: set before any row below reads one
  draftStore.setUser(user?.id ?? null);
  const [isMenuOpen, setMenuOpen] = useState(false);
  return (
    <>
      <a className="skip-link" href="#content">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <Link to="/" className="brand">
          <span className="brand-mark" aria-hidden="true">
            ◉
          </span>{' '}
          {t('app.name')}
        </Link>
        {/* on a narrow screen the rest folds into a menu opened by this button */}
        <button
          type="button"
          className="button button-quiet menu-toggle header-button"
          aria-expanded={isMenuOpen}
          aria-controls="header-items"
          onClick={() => setMenuOpen((open) => !open)}
        >
          <span aria-hidden="true">☰</span> {t('nav.menu')}
        </button>
        <div
          id="header-items"
          className={`header-items${isMenuOpen ? ' is-open' : ''}`}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && isMenuOpen) setMenuOpen(false);
          }}
          // the menu closes once a link in it has taken the reader somewhere
          onClick={(event) => {
            if (event.target instanceof Element && event.target.closest('a')) setMenuOpen(false);
          }}
        >
          {user ? (
            <nav className="app-nav" aria-label={t('nav.main')}>
              <NavLink to="/" end>
                {t('nav.documents')}
              </NavLink>
              {can(user.role, 'queue.read') ? <NavLink to="/queue">{t('nav.queue')}</NavLink> : null}
              <NavLink to="/glossary">{t('nav.glossary')}</NavLink>
              {can(user.role, 'users.manage') ? <NavLink to="/people">{t('nav.people')}</NavLink> : null}
            </nav>
          ) : null}
          <span className="tagline">{t('app.tagline')}</span>
          <LanguageSwitcher />
          {session.data ? <UserMenu session={session.data} /> : null}
        </div>
      </header>
      {session.isPending ? <p className="loading">{t('session.checking')}</p> : null}
      {session.isError ? (
        <main className="page" id="content">
          <ErrorNotice error={session.error} onRetry={() => void session.refetch()} />
        </main>
      ) : null}
      {session.isSuccess && session.data === null ? <LoginForm /> : null}
      {session.isSuccess && session.data ? <Outlet /> : null}
    </>
  );
}
