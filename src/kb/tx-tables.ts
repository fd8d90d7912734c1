/**
 * A transaction's own handle on a table, for writes that span several helper functions (the rows, then each of their
 * counters). Dexie finds the ambient transaction by following promises, and it can lose it after an `await` of a helper's
 * native promise: the next write then runs in a transaction of its own, the outer one commits early
 * (PrematureCommitError) and the counters would no longer move with the rows. A table taken from the transaction
 * always writes into it, however many functions deep.
 */
import type { Transaction } from 'dexie';
import type { PressureDb } from './db';

type TableName = 'annotations' | 'stats' | 'annotationCounts' | 'annotationTallies' | 'logPages' | 'logMoves' | 'logStats';

export function txTable<K extends TableName>(tx: Transaction, name: K): PressureDb[K] {
  return tx.table(name) as unknown as PressureDb[K];
}
