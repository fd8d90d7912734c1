import type { Writer } from './writer';

/**
 * One JSON document, `{"documents": [...]}`, byte for byte what JSON.stringify(…, null, 2) gives for the whole list,
 * but written a document at a time so an archive's results need not sit in memory together.
 */
export function jsonWriter(): Writer {
  let count = 0;
  return {
    start: () => '{\n  "documents": [',
    document(doc) {
      const body = JSON.stringify(doc, null, 2).replace(/\n/g, '\n    ');
      return `${count++ === 0 ? '' : ','}\n    ${body}`;
    },
    end: () => (count === 0 ? ']\n}\n' : '\n  ]\n}\n'),
  };
}
