/** Databases opened by a test file, each under a name of its own, closed and deleted after each test. */
import { afterEach } from 'vitest';
import { openDb, type PressureDb } from '../../src/kb/db';

export function freshDbs(prefix: string): { open(upTo?: number): { db: PressureDb; name: string } } {
  let counter = 0;
  const opened: PressureDb[] = [];
  afterEach(async () => {
    for (const db of opened.splice(0)) {
      db.close();
      await db.delete();
    }
  });
  return {
    open(upTo?: number) {
      const name = `${prefix}-${process.pid}-${++counter}`;
      const db = openDb(name, { upTo });
      opened.push(db);
      return { db, name };
    },
  };
}
