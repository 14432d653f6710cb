import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../shared/permissions';
import { USERNAME_LENGTH, USERNAME_PATTERN } from '../../shared/schemas';
import { ErrorNotice } from '../components/ErrorNotice';
import {
  useCreateUserMutation,
  useResetPasswordMutation,
  useUpdateUserMutation,
  usersQuery,
  DocumentMembersPanel,
  RoleSelect,
} from '../features/people';
import { useSession } from '../data/session';

/** For admins: accounts, their global roles, passwords, and roles per document. */
export function PeoplePage() {
  const { t } = useTranslation();
  const me = useSession().data?.user;
  const users = useQuery(usersQuery());
  const create = useCreateUserMutation();
  const update = useUpdateUserMutation();
  const reset = useResetPasswordMutation();
  const [username, setUsername] = useState('');
  const usernameField = useRef<HTMLInputElement>(null);
  const usernameRule = t('people.usernameRule', USERNAME_LENGTH);
  // a name the rule refuses is refused with the rule, in the interface's language (the browser's
  // own "match the requested format" says neither)
  useEffect(() => {
    const field = usernameField.current;
    if (!field) return;
    field.setCustomValidity('');
    field.setCustomValidity(username !== '' && (field.validity.patternMismatch || field.validity.tooShort) ? usernameRule : '');
  }, [username, usernameRule]);
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<Role | null>('translator');
  const [password, setPassword] = useState('');
  const [shown, setShown] = useState<{ username: string; password: string } | null>(null);

  const handleCreate = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { username, ...(displayName ? { displayName } : {}), role, ...(password ? { password } : {}) },
      {
        onSuccess: (result) => {
          if (result.password) setShown({ username: result.user.username, password: result.password });
          setUsername('');
          setDisplayName('');
          setPassword('');
        },
      },
    );
  };

  return (
    <main className="page" id="content">
      <h1>{t('people.title')}</h1>
      {shown ? (
        <p className="notice notice-info" role="status" data-testid="new-password">
          {t('people.passwordOnce', { username: shown.username })} <code>{shown.password}</code>{' '}
          <button type="button" className="link-button" onClick={() => setShown(null)}>
            {t('common.close')}
          </button>
        </p>
      ) : null}

      <section className="panel" aria-labelledby="add-user">
        <h2 id="add-user">{t('people.add')}</h2>
        <form className="term-form" onSubmit={handleCreate}>
          <label>
            {t('session.username')}
            <input
              value={username}
              required
              pattern={USERNAME_PATTERN}
              minLength={USERNAME_LENGTH.min}
              maxLength={USERNAME_LENGTH.max}
              ref={usernameField}
              title={usernameRule}
              aria-describedby="username-rule"
              autoComplete="off"
              onChange={(event) => setUsername(event.target.value)}
            />
          </label>
          <label>
            {t('people.displayName')}
            <input value={displayName} onChange={(event) => setDisplayName(event.target.value)} />
          </label>
          <label>
            {t('people.role')}
            <RoleSelect value={role} allowNone label={t('people.role')} onChange={setRole} />
          </label>
          <label>
            {t('people.password')}
            <input
              type="password"
              autoComplete="new-password"
              minLength={8}
              value={password}
              placeholder={t('people.passwordHint')}
              onChange={(event) => setPassword(event.target.value)}
            />
          </label>
          <small id="username-rule" className="field-hint">
            {t('session.username')}: {usernameRule}
          </small>
          <div className="term-form-actions">
            <button type="submit" className="button button-primary" disabled={create.isPending}>
              {t('people.addButton')}
            </button>
          </div>
        </form>
        {create.error ? <ErrorNotice error={create.error} /> : null}
      </section>

      <section className="panel" aria-labelledby="accounts">
        <h2 id="accounts">{t('people.accounts')}</h2>
        {users.isError ? <ErrorNotice error={users.error} onRetry={() => void users.refetch()} /> : null}
        {update.error ? <ErrorNotice error={update.error} /> : null}
        {reset.error ? <ErrorNotice error={reset.error} /> : null}
        <table className="term-table">
          <thead>
            <tr>
              <th scope="col">{t('session.username')}</th>
              <th scope="col">{t('people.displayName')}</th>
              <th scope="col">{t('people.role')}</th>
              <th scope="col">{t('people.disabled')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('glossary.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {users.data?.items.map((user) => (
              <tr key={user.id} data-user={user.username}>
                <td>
                  <strong>{user.username}</strong>
                </td>
                <td>{user.displayName}</td>
                <td>
                  <RoleSelect
                    value={user.role}
                    allowNone
                    disabled={user.id === me?.id}
                    label={t('people.roleOf', { name: user.username })}
                    onChange={(next) => update.mutate({ id: user.id, role: next })}
                  />
                </td>
                <td>
                  <input
                    type="checkbox"
                    aria-label={t('people.disableOf', { name: user.username })}
                    checked={user.disabled}
                    disabled={user.id === me?.id}
                    onChange={(event) => update.mutate({ id: user.id, disabled: event.target.checked })}
                  />
                </td>
                <td className="term-actions">
                  <button
                    type="button"
                    className="button button-small"
                    onClick={() =>
                      reset.mutate(user.id, {
                        onSuccess: (result) => result.password && setShown({ username: user.username, password: result.password }),
                      })
                    }
                  >
                    {t('people.resetPassword')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <DocumentMembersPanel users={users.data?.items ?? []} />
    </main>
  );
}
