/**
 * Export and import. Annotations leave as a W3C Web Annotation collection (JSON-LD), CSV or Markdown; the knowledge
 * base and the reading log as JSON (the log also as CSV). Only our own JSON comes back in: every record is checked
 * against the shared schemas, the file is dry-run against the database, then written in one transaction, so a bad
 * file or a failed write changes nothing. Pure logic over the Dexie database: no DOM and no browser API.
 *
 * web-annotation.ts maps rows to Web Annotations; export.ts writes the formats; import-records.ts checks records;
 * plan.ts reads a file and dry-runs it; apply.ts writes it; reading-log.ts does all of it for the reading log.
 */
export { applyImport } from './apply';
export { csvCell, GENERATOR, type ImportIssue, type ImportPlan, type ProgressCallback } from './common';
export { CSV_COLUMNS, EXPORT_FORMAT, exportAnnotationsCsv, exportAnnotationsJson, exportAnnotationsMarkdown, exportKnowledgeBaseJson, KB_EXPORT_FORMAT, markdownText } from './export';
export { planImport } from './plan';
export { exportReadingLogCsv, exportReadingLogJson, LOG_CSV_COLUMNS, READING_LOG_FORMAT } from './reading-log';
export { PP_NAMESPACE, toWebAnnotation, type TextualBody, type WebAnnotation } from './web-annotation';
