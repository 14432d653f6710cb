import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/apiClient';
import { useErrorMessage } from '../../../lib/errors';
import { useLoginMutation } from '../../../data/session';

/** Sign-in; on success the page the person asked for appears in place. */
export function LoginForm() {
  const { t } = useTranslation();
  const login = useLoginMutation();
  const describe = useErrorMessage();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate({ username: username.trim(), password });
  };

  const error = login.error;
  return (
    <main className="page login-page" id="content">
      <form className="panel login-form" onSubmit={handleSubmit} aria-labelledby="login-title">
        <h1 id="login-title">{t('session.title')}</h1>
        <p className="muted">{t('session.explain')}</p>
        <label>
          {t('session.username')}
          <input autoComplete="username" value={username} required autoFocus onChange={(event) => setUsername(event.target.value)} />
        </label>
        <label>
          {t('session.password')}
          <input
            type="password"
            autoComplete="current-password"
            value={password}
            required
            onChange={(event) => setPassword(event.target.value)}
          />
        </label>
        {error ? (
          <p className="notice notice-error" role="alert">
            {isApiError(error) && error.code === 'invalid_credentials'
              ? t('session.wrong')
              : isApiError(error) && error.code === 'too_many_attempts'
                ? t('session.locked', { message: error.message })
                : describe(error)}
          </p>
        ) : null}
        <button type="submit" className="button button-primary" disabled={login.isPending}>
          {login.isPending ? t('session.signingIn') : t('session.signIn')}
        </button>
      </form>
    </main>
  );
}
