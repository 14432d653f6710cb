import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SegmentComment } from '../../../../shared/schemas';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { useFormatters } from '../../../lib/format';
import { useCreateCommentMutation } from '../api/review';

interface CommentThreadProps {
  documentId: number;
  segmentId: number;
  comments: readonly SegmentComment[];
  mayComment: boolean;
}

/** The conversation about one segment, oldest first; Ctrl/⌘+Enter posts. */
export function CommentThread({ documentId, segmentId, comments, mayComment }: CommentThreadProps) {
  const { t } = useTranslation();
  const { dateTime } = useFormatters();
  const create = useCreateCommentMutation(documentId);
  const [body, setBody] = useState('');

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) return;
    create.mutate({ segmentId, body }, { onSuccess: () => setBody('') });
  };

  return (
    <section className="comment-thread" aria-label={t('comments.title')}>
      {comments.length === 0 ? <p className="muted">{t('comments.none')}</p> : null}
      <ol className="comment-list">
        {comments.map((comment) => (
          <li key={comment.id} className="comment">
            <p className="comment-meta">
              <strong>{comment.author.name}</strong> <time dateTime={comment.createdAt}>{dateTime(comment.createdAt)}</time>
            </p>
            <p className="comment-body">{comment.body}</p>
          </li>
        ))}
      </ol>
      {mayComment ? (
        <form className="comment-form" onSubmit={handleSubmit}>
          <label>
            <span className="visually-hidden">{t('comments.write')}</span>
            <textarea
              value={body}
              placeholder={t('comments.placeholder')}
              maxLength={5000}
              onChange={(event) => setBody(event.target.value)}
              onKeyDown={(event) => {
                if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') handleSubmit(event);
              }}
            />
          </label>
          {create.error ? <ErrorNotice error={create.error} /> : null}
          <button type="submit" className="button button-small" disabled={!body.trim() || create.isPending}>
            {t('comments.post')}
          </button>
        </form>
      ) : null}
    </section>
  );
}
