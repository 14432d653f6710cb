/** The queue feature as other features and the pages use it: nothing else of it is imported from outside. */
export { queueKeys, queueQuery, useBulkApproveMutation, useDecideMutation } from './api/queue';
export { QueueCard } from './components/QueueCard';
