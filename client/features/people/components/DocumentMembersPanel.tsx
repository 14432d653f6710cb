import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../../shared/permissions';
import type { User } from '../../../../shared/schemas';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { documentListQuery } from '../../../data/documents';
import { membersQuery, useSetMemberMutation } from '../api/people';
import { RoleSelect } from './RoleSelect';

/** Who has a role on one document (translators see only the documents they are given). */
export function DocumentMembersPanel({ users }: { users: readonly User[] }) {
  const { t } = useTranslation();
  const documents = useQuery(documentListQuery());
  const [documentId, setDocumentId] = useState<number | null>(null);
  const chosen = documentId ?? documents.data?.items[0]?.id ?? null;
  const members = useQuery({ ...membersQuery(chosen ?? 0), enabled: chosen !== null });
  const setMember = useSetMemberMutation(chosen ?? 0);
  const [newUser, setNewUser] = useState<number | null>(null);
  const [newRole, setNewRole] = useState<Role | null>('translator');
  const memberIds = new Set(members.data?.items.map((member) => member.user.id));

  return (
    <section className="panel" aria-labelledby="members-title">
      <div className="panel-title">
        <h2 id="members-title">{t('people.members')}</h2>
        <select aria-label={t('people.document')} value={chosen ?? ''} onChange={(event) => setDocumentId(Number(event.target.value))}>
          {documents.data?.items.map((document) => (
            <option key={document.id} value={document.id}>
              {document.title}
            </option>
          ))}
        </select>
      </div>
      <p className="muted">{t('people.membersExplain')}</p>
      {members.isError ? <ErrorNotice error={members.error} /> : null}
      {setMember.error ? <ErrorNotice error={setMember.error} /> : null}
      <table className="term-table">
        <tbody>
          {members.data?.items.map((member) => (
            <tr key={member.user.id} data-member={member.user.username}>
              <td>
                <strong>{member.user.displayName}</strong> <span className="muted">{member.user.username}</span>
              </td>
              <td>
                <RoleSelect
                  value={member.role}
                  allowNone={false}
                  label={t('people.roleOn', { name: member.user.displayName })}
                  onChange={(role) => setMember.mutate({ userId: member.user.id, role })}
                />
              </td>
              <td className="term-actions">
                <button
                  type="button"
                  className="button button-small button-reject"
                  onClick={() => setMember.mutate({ userId: member.user.id, role: null })}
                >
                  {t('people.removeMember')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="import-form">
        <select aria-label={t('people.addWho')} value={newUser ?? ''} onChange={(event) => setNewUser(Number(event.target.value) || null)}>
          <option value="">{t('people.addWho')}</option>
          {users
            .filter((user) => !memberIds.has(user.id))
            .map((user) => (
              <option key={user.id} value={user.id}>
                {user.displayName} ({user.username})
              </option>
            ))}
        </select>
        <RoleSelect value={newRole} allowNone={false} label={t('people.addRole')} onChange={setNewRole} />
        <button
          type="button"
          className="button"
          disabled={newUser === null || chosen === null}
          onClick={() => newUser !== null && setMember.mutate({ userId: newUser, role: newRole }, { onSuccess: () => setNewUser(null) })}
        >
          {t('people.addMember')}
        </button>
      </div>
    </section>
  );
}
