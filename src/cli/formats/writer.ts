import type { DocumentResult } from '../annotate-input';

/** Turns documents, given in input order, into the text of one output format. */
export interface Writer {
  /** Text before the first document (a header row, an opening bracket). */
  start(): string;
  document(doc: DocumentResult): string;
  /** Text after the last document (the closing bracket, the summary). */
  end(): string;
}
