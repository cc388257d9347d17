import type { Database } from 'better-sqlite3';

/** One step of the schema. Versions are 1, 2, 3… with no gaps; `up` only adds. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}
