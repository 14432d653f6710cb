/**
 * Tests that take a database back to an earlier schema (dropping what some migrations made and
 * forgetting they ran) must take back every later migration too: a store applies only migrations
 * newer than the newest it has run.
 */

/**
 * Takes back the migration that keeps consistency's counts (SQLite 21, PostgreSQL 16) and those
 * after it (repetitions counted once: SQLite 22, PostgreSQL 17).
 */
export const UNDO_FROM_CONSISTENCY_COUNTS = `ALTER TABLE segments DROP COLUMN repeats;
  DELETE FROM schema_migrations WHERE name LIKE 'repetitions counted once%';
  DROP TABLE document_name_tops;
  ALTER TABLE segment_checks DROP COLUMN flagged;
  ALTER TABLE documents DROP COLUMN consistency_flagged;
  ALTER TABLE documents DROP COLUMN consistency_only;
  DELETE FROM schema_migrations WHERE name LIKE 'consistency''s counts kept%';`;
