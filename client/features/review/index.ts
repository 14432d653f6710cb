/** The review feature as other features and the pages use it: nothing else of it is imported from outside. */
export {
  annotationsQuery,
  candidatesQuery,
  commentsQuery,
  compareQuery,
  effortQuery,
  qualityQuery,
  reviewKeys,
  timelineQuery,
  useCreateAnnotationMutation,
  useResubmitMutation,
  useSetWeightsMutation,
} from './api/review';
export { AnnotationForm, type AnnotationStart, type JudgedVersion } from './components/AnnotationForm';
export { AnnotationList } from './components/AnnotationList';
export { EditRateChart } from './components/EditRateChart';
export { PointSelect } from './components/PointSelect';
export { RevertDialog } from './components/RevertDialog';
export { SegmentReview } from './components/SegmentReview';
export { useEditingClock } from './hooks/useEditingClock';
