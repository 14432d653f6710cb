import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '../../../../shared/schemas';
import { Dialog } from '../../../components/Dialog';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { usersQuery } from '../../people';
import { useCan } from '../../../data/session';
import { useManageDocumentMutation } from '../api/mutations';

interface ManageDocumentDialogProps {
  document: DocumentSummary;
  isOpen: boolean;
  onClose: () => void;
}

/**
 * A document's title, deadline, translation memory and assignee (editors and admins), and archiving it: hidden from
 * the lists and the queue, never deleted. Who can be assigned comes from the people list, which
 * only admins read; an editor sees the assignee and leaves it as it is.
 */
export function ManageDocumentDialog({ document, isOpen, onClose }: ManageDocumentDialogProps) {
  const { t } = useTranslation();
  const may = useCan();
  const mayAssign = may('users.manage');
  const users = useQuery({ ...usersQuery(), enabled: isOpen && mayAssign });
  const [title, setTitle] = useState(document.title);
  const [deadline, setDeadline] = useState(document.deadline ?? '');
  const [assignee, setAssignee] = useState(document.assignee ? String(document.assignee.id) : '');
  const [memory, setMemory] = useState(document.memory ?? '');
  const manage = useManageDocumentMutation(document.id);

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    manage.update.mutate(
      {
        title,
        deadline: deadline === '' ? null : deadline,
        memory: memory.trim() === '' ? null : memory.trim(),
        ...(mayAssign ? { assigneeId: assignee === '' ? null : Number(assignee) } : {}),
      },
      { onSuccess: onClose },
    );
  };
  const archive = () => {
    if (window.confirm(t('documents.archiveConfirm', { title: document.title }))) manage.archive.mutate(undefined, { onSuccess: onClose });
  };

  return (
    <Dialog isOpen={isOpen} title={t('documents.manageTitle', { title: document.title })} onClose={onClose}>
      <form className="form" onSubmit={handleSubmit}>
        <label>
          {t('documents.titleField')}
          <input value={title} required maxLength={300} data-autofocus onChange={(event) => setTitle(event.target.value)} />
        </label>
        <label>
          {t('documents.deadline')}
          <input type="date" value={deadline} onChange={(event) => setDeadline(event.target.value)} />
        </label>
        <label>
          {t('documents.memory')}
          <input
            value={memory}
            maxLength={100}
            placeholder={t('documents.memoryShared')}
            onChange={(event) => setMemory(event.target.value)}
          />
          <span className="field-hint muted">{t('documents.memoryHint')}</span>
        </label>
        {mayAssign ? (
          <label>
            {t('documents.assignee')}
            <select value={assignee} onChange={(event) => setAssignee(event.target.value)}>
              <option value="">{t('documents.nobody')}</option>
              {(users.data?.items ?? [])
                .filter((user) => !user.disabled)
                .map((user) => (
                  <option key={user.id} value={user.id}>
                    {user.displayName} ({user.username})
                  </option>
                ))}
            </select>
          </label>
        ) : (
          <p className="muted">
            {t('documents.assignee')}: {document.assignee?.name ?? t('documents.nobody')}
          </p>
        )}
        {manage.update.error ? <ErrorNotice error={manage.update.error} /> : null}
        {manage.archive.error ? <ErrorNotice error={manage.archive.error} /> : null}
        <div className="dialog-footer">
          <button type="submit" className="button button-primary" disabled={manage.update.isPending}>
            {t('documents.saveDetails')}
          </button>
          <button type="button" className="button button-reject" disabled={manage.archive.isPending} onClick={archive}>
            {t('documents.archive')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
