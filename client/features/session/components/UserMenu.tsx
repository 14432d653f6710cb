import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../../../shared/schemas';
import { Dialog } from '../../../components/Dialog';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { useChangePasswordMutation, useLogoutMutation } from '../api/session';

/** Who is signed in and as what; changing one's password and signing out. */
export function UserMenu({ session }: { session: SessionInfo }) {
  const { t } = useTranslation();
  const logout = useLogoutMutation();
  const change = useChangePasswordMutation();
  const [isChanging, setChanging] = useState(false);
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
      <button type="button" className="button button-quiet header-button" onClick={() => logout.mutate()}>
        {t('session.signOut')}
      </button>
      <Dialog isOpen={isChanging} title={t('session.changePassword')} onClose={() => setChanging(false)}>
        <form className="form" onSubmit={handleChange}>
          <label>
            {t('session.currentPassword')}
            <input type="password" autoComplete="current-password" value={current} required onChange={(event) => setCurrent(event.target.value)} />
          </label>
          <label>
            {t('session.newPassword')}
            <input type="password" autoComplete="new-password" minLength={8} value={next} required onChange={(event) => setNext(event.target.value)} />
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
