/** The documents feature as other features and the pages use it: nothing else of it is imported from outside. */
export { DocumentCard } from './components/DocumentCard';
export { DocumentTabs } from './components/DocumentTabs';
export { DocumentViewHeader } from './components/DocumentViewHeader';
export { ImportDialog } from './components/ImportDialog';
export { NewDocumentDialog } from './components/NewDocumentDialog';
