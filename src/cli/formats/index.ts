import type { AnnotateOptions } from '../options';
import { csvWriter } from './csv';
import { jsonWriter } from './json';
import { jsonlWriter } from './jsonl';
import { summaryWriter } from './summary';
import { tableWriter } from './table';
import type { Writer } from './writer';

export type { Writer } from './writer';

export function createWriter(options: Pick<AnnotateOptions, 'format' | 'summaryJson'>): Writer {
  switch (options.format) {
    case 'json':
      return jsonWriter();
    case 'jsonl':
      return jsonlWriter();
    case 'csv':
      return csvWriter();
    case 'summary':
      return summaryWriter(options.summaryJson);
    case 'table':
      return tableWriter();
  }
}
