/** The live feature as other features and the pages use it: nothing else of it is imported from outside. */
export { Presence } from './Presence';
export { type LiveState, useLiveDocument } from './useLiveDocument';
