/** The qa feature as other features and the pages use it: nothing else of it is imported from outside. */
export { useDismissMutation, useRestoreMutation } from './api/mutations';
export { dismissalKeys, dismissalsQuery, findingsKeys, findingsQuery } from './api/queries';
export { useApprovalGuard } from './components/ApprovalGuard';
export { FindingList } from './components/FindingList';
export { SeverityIcon, useFindingMessage, useRuleName } from './components/FindingMessage';
export { FindingPopover } from './components/FindingPopover';
export { FindingsSummary } from './components/FindingsSummary';
export { HighlightedText, type Trigger } from './components/HighlightedText';
export { useLiveFindings, useMtFindings } from './hooks/useLiveFindings';
export { type QaContextValue, useQaContext } from './hooks/useQaContext';
