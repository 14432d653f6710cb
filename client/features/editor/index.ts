/** The editor feature as other features and the pages use it: nothing else of it is imported from outside. */
export { ActivityPanel } from './components/ActivityPanel';
export { EditorToolbar } from './components/EditorToolbar';
export { ReplaceDialog } from './components/ReplaceDialog';
export { SegmentList, type SegmentListHandle } from './components/SegmentList';
export { type NavigationDirection } from './components/SegmentRow';
export { ShortcutHelp } from './components/ShortcutHelp';
export { useConfirmMovesOn } from './hooks/editorSettings';
export { useSegmentWindow } from './hooks/useSegmentWindow';
