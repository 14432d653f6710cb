import { useTranslation } from 'react-i18next';
import { can, type Role } from '../../../../shared/permissions';
import type { Annotation, Segment, SegmentComment } from '../../../../shared/schemas';
import { useSession } from '../../../data/session';
import { AnnotationForm, type AnnotationStart, type JudgedVersion } from './AnnotationForm';
import { AnnotationList } from './AnnotationList';
import { CommentThread } from './CommentThread';

interface SegmentReviewProps {
  id: string;
  segment: Segment;
  targetLang: string;
  roles: readonly Role[];
  annotations: readonly Annotation[];
  comments: readonly SegmentComment[];
  /** The annotation form, open with these starting values, or null. */
  annotating: AnnotationStart | null;
  onAnnotating: (start: AnnotationStart | null) => void;
}

/** The versions of a segment a reviewer can judge: the MT, the current and the approved text. */
export function judgedVersions(
  segment: Segment,
  t: (key: 'annotate.mt' | 'annotate.current' | 'annotate.approved') => string,
): JudgedVersion[] {
  const versions: JudgedVersion[] = [{ key: 'mt', label: t('annotate.mt'), revisionId: null, text: segment.mt }];
  if (segment.current)
    versions.push({ key: 'current', label: t('annotate.current'), revisionId: segment.current.id, text: segment.current.text });
  if (segment.approvedRevisionId !== null && segment.approvedText !== null && segment.approvedRevisionId !== segment.current?.id) {
    versions.push({ key: 'approved', label: t('annotate.approved'), revisionId: segment.approvedRevisionId, text: segment.approvedText });
  }
  return versions;
}

/** Below a segment: the errors recorded on it, the form to record one, and its comment thread. */
export function SegmentReview({ id, segment, targetLang, roles, annotations, comments, annotating, onAnnotating }: SegmentReviewProps) {
  const { t } = useTranslation();
  const me = useSession().data?.user.id;
  const versionName = (annotation: Annotation) => {
    if (annotation.revisionId === null) return t('annotate.mt');
    if (annotation.revisionId === segment.current?.id) return t('annotate.current');
    if (annotation.revisionId === segment.approvedRevisionId) return t('annotate.approved');
    return t('annotate.earlier');
  };
  return (
    <div className="segment-review" id={id}>
      {annotating ? (
        <AnnotationForm
          documentId={segment.documentId}
          segmentId={segment.id}
          versions={judgedVersions(segment, t)}
          lang={targetLang}
          initial={annotating}
          onDone={() => onAnnotating(null)}
          onCancel={() => onAnnotating(null)}
        />
      ) : null}
      {annotations.length > 0 ? <h3 className="review-heading">{t('annotate.recorded', { count: annotations.length })}</h3> : null}
      <AnnotationList
        documentId={segment.documentId}
        annotations={annotations}
        versionName={versionName}
        mayWithdraw={(annotation) => can(roles, 'quality.configure') || (annotation.author.id === me && can(roles, 'annotation.write'))}
        lang={targetLang}
      />
      <h3 className="review-heading">{t('comments.title')}</h3>
      <CommentThread documentId={segment.documentId} segmentId={segment.id} comments={comments} mayComment={can(roles, 'comment.write')} />
    </div>
  );
}
