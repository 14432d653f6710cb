import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../../../shared/schemas';
import { Dialog } from '../../../components/Dialog';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { draftStore } from '../../../data/drafts';
import { TokensDialog } from './TokensDialog';
import { useChangePasswordMutation, useLogoutMutation } from '../../../data/session';

/** Who is signed in and as what; changing one's password and signing out. */
export function UserMenu({ session }: { session: SessionInfo }) {
  const { t } = useTranslation();
  const logout = useLogoutMutation();
  const change = useChangePasswordMutation();
  const [isChanging, setChanging] = useState(false);
  const [isTokensOpen, setTokensOpen] = useState(false);
  // unsaved drafts in this browser: asked about before signing out (the next person must not get them)
  const [unsaved, setUnsaved] = useState(0);
  const signOut = (discard: boolean) => {
    if (discard) draftStore.clear();
    setUnsaved(0);
    logout.mutate();
  };
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');

  const handleChange = (event: FormEvent) => {
    event.preventDefault();
    change.mutate({ currentPassword: current, newPassword: next });
  };

  return (
    <div className="user-menu">
      <span className="user-name" data-testid="signed-in-as">
        {session.user.displayName}
        <span className="user-role">{session.user.role ? t(`roles.${session.user.role}`) : t('roles.none')}</span>
      </span>
      <button type="button" className="button button-quiet header-button" onClick={() => setChanging(true)}>
        {t('session.changePassword')}
      </button>
      <button type="button" className="button button-quiet header-button" onClick={() => setTokensOpen(true)}>
        {t('tokens.open')}
      </button>
      {isTokensOpen ? <TokensDialog isOpen={isTokensOpen} onClose={() => setTokensOpen(false)} /> : null}
      <button
        type="button"
        className="button button-quiet header-button"
        onClick={() => {
          const count = draftStore.count();
          if (count > 0) setUnsaved(count);
          else signOut(false);
        }}
      >
        {t('session.signOut')}
      </button>
      <Dialog isOpen={unsaved > 0} title={t('session.unsavedTitle')} onClose={() => setUnsaved(0)}>
        <p data-testid="unsaved-on-sign-out">{t('session.unsavedExplain', { count: unsaved, formatted: unsaved })}</p>
        <div className="dialog-footer">
          <button type="button" className="button button-primary" onClick={() => signOut(true)}>
            {t('session.discardAndSignOut')}
          </button>
          <button type="button" className="button" onClick={() => signOut(false)}>
            {t('session.keepAndSignOut')}
          </button>
          <button type="button" className="button button-quiet" onClick={() => setUnsaved(0)}>
            {t('common.cancel')}
          </button>
        </div>
      </Dialog>
      <Dialog isOpen={isChanging} title={t('session.changePassword')} onClose={() => setChanging(false)}>
        <form className="form" onSubmit={handleChange}>
          <label>
            {t('session.currentPassword')}
            <input
              type="password"
              autoComplete="current-password"
              value={current}
              required
              onChange={(event) => setCurrent(event.target.value)}
            />
          </label>
          <label>
            {t('session.newPassword')}
            <input
              type="password"
              autoComplete="new-password"
              minLength={8}
              value={next}
              required
              onChange={(event) => setNext(event.target.value)}
            />
          </label>
          <p className="muted">{t('session.changeExplain')}</p>
          {change.error ? <ErrorNotice error={change.error} /> : null}
          <div className="dialog-footer">
            <button type="submit" className="button button-primary" disabled={change.isPending}>
              {t('session.changePassword')}
            </button>
          </div>
        </form>
      </Dialog>
    </div>
  );
}
