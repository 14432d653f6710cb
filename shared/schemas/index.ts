export * from './common';
export * from './errors';
export * from './revisions';
export * from './documents';
export * from './responses';
export * from './glossary';
export * from './qa';
export * from './users';
