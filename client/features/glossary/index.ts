/** The glossary feature as other features and the pages use it: nothing else of it is imported from outside. */
export {
  useAcceptProposalMutation,
  useCreateTermMutation,
  useDeclineProposalMutation,
  useDeleteTermMutation,
  useUpdateTermMutation,
} from './api/mutations';
export { glossaryPairsQuery, glossaryTermsQuery, proposalsQuery } from './api/queries';
export { ImportPanel } from './components/ImportPanel';
export { TermForm } from './components/TermForm';
export { ProposalList } from './components/ProposalList';
