/**
 * Queries on the hot path (a save, and the session and role checks every request makes) built and
 * compiled by Kysely once per dialect instead of on every call: the query is built with a marker
 * for each argument, compiled, and the markers' places in the parameters are remembered; a call
 * then only fills in its arguments. Only for queries whose shape does not depend on the values
 * (no IN lists, no optional clauses).
 */
import { CompiledQuery, type Compilable, type Kysely, type QueryResult } from 'kysely';
import type { DialectName } from './features';
import type { Database } from './schema';

type Argument = string | number | null;

const marker = (index: number) => `\u0000tilik-argument-${index}\u0000`;

interface Compiled {
  sql: string;
  /** For each parameter: the argument it is (its index), or -1 for a constant of the query. */
  places: number[];
  constants: readonly unknown[];
}

export function prepared<A extends Argument[], R>(build: (db: Kysely<Database>, ...args: A) => Compilable<R>) {
  const compiled = new Map<DialectName, Compiled>();
  return async (db: Kysely<Database>, dialect: DialectName, ...args: A): Promise<QueryResult<R>> => {
    let entry = compiled.get(dialect);
    if (!entry) {
      const markers = args.map((_, index) => marker(index)) as A;
      const query = build(db, ...markers).compile();
      entry = {
        sql: query.sql,
        places: query.parameters.map((value) => (markers as unknown[]).indexOf(value)),
        constants: query.parameters,
      };
      compiled.set(dialect, entry);
    }
    const { places, constants } = entry;
    const parameters = places.map((place, k) => (place >= 0 ? args[place] : constants[k]));
    return db.executeQuery<R>(CompiledQuery.raw(entry.sql, parameters));
  };
}
