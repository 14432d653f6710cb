import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ApiTokenList, CreatedApiToken } from '../../../../shared/schemas';
import { Dialog } from '../../../components/Dialog';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { apiRequest } from '../../../lib/apiClient';
import { useFormatters } from '../../../lib/format';

const tokensKey = ['session', 'tokens'] as const;

/**
 * Personal API tokens, so that scripts stop signing in with passwords: named, shown once when
 * created, listed with their last use, revoked in one click. A token acts with its owner's roles.
 */
export function TokensDialog({ isOpen, onClose }: { isOpen: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { dateTime } = useFormatters();
  const queryClient = useQueryClient();
  const tokens = useQuery({
    queryKey: tokensKey,
    queryFn: ({ signal }) => apiRequest('/session/tokens', ApiTokenList, { signal }),
    enabled: isOpen,
    staleTime: 0,
    refetchOnMount: 'always',
  });
  const [name, setName] = useState('');
  const create = useMutation({
    mutationFn: (tokenName: string) => apiRequest('/session/tokens', CreatedApiToken, { method: 'POST', body: { name: tokenName } }),
    onSuccess: () => {
      setName('');
      void queryClient.invalidateQueries({ queryKey: tokensKey });
    },
  });
  const revoke = useMutation({
    mutationFn: (id: number) => apiRequest(`/session/tokens/${id}`, z.undefined(), { method: 'DELETE', empty: true }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: tokensKey }),
  });
  const handleCreate = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim()) create.mutate(name.trim());
  };
  const close = () => {
    create.reset();
    onClose();
  };
  return (
    <Dialog isOpen={isOpen} title={t('tokens.title')} onClose={close} className="dialog-wide">
      <p className="muted">{t('tokens.explain')}</p>
      {create.data ? (
        <p className="notice notice-info" role="status" data-testid="new-token">
          {t('tokens.shownOnce', { name: create.data.name })} <code>{create.data.token}</code>
        </p>
      ) : null}
      <form className="replace-form" onSubmit={handleCreate}>
        <label>
          {t('tokens.name')}
          <input
            value={name}
            maxLength={100}
            required
            data-autofocus
            placeholder={t('tokens.namePlaceholder')}
            onChange={(event) => setName(event.target.value)}
          />
        </label>
        <button type="submit" className="button button-primary" disabled={!name.trim() || create.isPending}>
          {t('tokens.create')}
        </button>
      </form>
      {create.error ? <ErrorNotice error={create.error} /> : null}
      {tokens.error ? <ErrorNotice error={tokens.error} /> : null}
      {revoke.error ? <ErrorNotice error={revoke.error} /> : null}
      {tokens.data && tokens.data.items.length > 0 ? (
        <table className="term-table" data-testid="tokens">
          <thead>
            <tr>
              <th scope="col">{t('tokens.name')}</th>
              <th scope="col">{t('tokens.starts')}</th>
              <th scope="col">{t('tokens.created')}</th>
              <th scope="col">{t('tokens.lastUsed')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('glossary.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tokens.data.items.map((token) => (
              <tr key={token.id} data-token={token.name} className={token.revokedAt ? 'is-revoked' : undefined}>
                <td>{token.name}</td>
                <td>
                  <code>{token.prefix}…</code>
                </td>
                <td>{dateTime(token.createdAt)}</td>
                <td>{token.lastUsedAt ? dateTime(token.lastUsedAt) : t('tokens.never')}</td>
                <td>
                  {token.revokedAt ? (
                    <span className="muted">{t('tokens.revokedAt', { time: dateTime(token.revokedAt) })}</span>
                  ) : (
                    <button
                      type="button"
                      className="button button-small button-reject"
                      disabled={revoke.isPending}
                      onClick={() => revoke.mutate(token.id)}
                    >
                      {t('tokens.revoke')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : tokens.data ? (
        <p className="muted">{t('tokens.none')}</p>
      ) : null}
    </Dialog>
  );
}
