/** The memory feature as other features and the pages use it: nothing else of it is imported from outside. */
export { ConcordanceDialog } from './components/ConcordanceDialog';
export { MatchList, SHOWN_MATCHES } from './components/MatchList';
export { MemoryPanel } from './components/MemoryPanel';
export { MemoryAnalysisPanel } from './components/MemoryAnalysisPanel';
