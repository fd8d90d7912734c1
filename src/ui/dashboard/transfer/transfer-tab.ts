/**
 * The "Import & export" tab. Export builds the file in the page and downloads it through a Blob and a temporary
 * <a download>. Import reads a JSON file, checks it (with progress, for big files) and shows a dry run ("Will add N,
 * update M, skip K") or the problems found; nothing is written until the reader confirms, and then in one
 * transaction, so a failure changes nothing.
 */
import {
  applyImport,
  exportAnnotationsCsv,
  exportAnnotationsJson,
  exportAnnotationsMarkdown,
  exportKnowledgeBaseJson,
  planImport,
  type ImportIssue,
  type ImportPlan,
  type ProgressCallback,
} from '../../../kb/transfer';
import { exportReadingLogCsv, exportReadingLogJson } from '../../../kb/transfer/reading-log';
import type { DatabaseContext } from '../context';
import { el, uniqueId } from '../../dom';
import { formatCount, plural, todayStamp } from '../../format';

export const MAX_ISSUES_SHOWN = 50;

interface ExportSpec {
  id: string;
  label: string;
  file: string;
  type: string;
  build(ctx: DatabaseContext, progress: ProgressCallback): Promise<string>;
}


const EXPORTS: ExportSpec[] = [
  {
    id: 'annotations-json',
    label: 'Annotations as JSON (W3C Web Annotation)',
    file: 'pressure-points-annotations-{date}.json',
    type: 'application/ld+json',
    build: (ctx, p) => exportAnnotationsJson(ctx.db, p),
  },
  { id: 'annotations-csv', label: 'Annotations as CSV', file: 'pressure-points-annotations-{date}.csv', type: 'text/csv;charset=utf-8', build: (ctx, p) => exportAnnotationsCsv(ctx.db, p) },
  {
    id: 'annotations-markdown',
    label: 'Annotations as Markdown',
    file: 'pressure-points-annotations-{date}.md',
    type: 'text/markdown;charset=utf-8',
    build: (ctx, p) => exportAnnotationsMarkdown(ctx.db, p),
  },
  {
    id: 'reading-log-json',
    label: 'Reading log as JSON',
    file: 'pressure-points-reading-log-{date}.json',
    type: 'application/json',
    build: (ctx, p) => exportReadingLogJson(ctx.db, p),
  },
  { id: 'reading-log-csv', label: 'Reading log as CSV (one row per move)', file: 'pressure-points-reading-log-{date}.csv', type: 'text/csv;charset=utf-8', build: (ctx, p) => exportReadingLogCsv(ctx.db, p) },
  { id: 'knowledge-base-json', label: 'Knowledge base as JSON', file: 'pressure-points-knowledge-base-{date}.json', type: 'application/json', build: (ctx) => exportKnowledgeBaseJson(ctx.db) },
];

/** Saves text as a file through a temporary link. */
export function download(doc: Document, text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = el(doc, 'a', { href: url, download: fileName, class: 'visually-hidden' });
  doc.body.append(a);
  a.click();
  a.remove();
  // The download has started by now; the URL is only released later, as some browsers read it asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function megabytes(bytes: number): string {
  return bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${formatCount(Math.ceil(bytes / 1000))} kB`;
}

interface ProgressBar {
  element: HTMLElement;
  start(label: string): void;
  /** Throttled to one repaint per frame. */
  set(fraction: number | null): void;
  stop(): void;
}

function progressBar(doc: Document): ProgressBar {
  const labelId = uniqueId('progress');
  const label = el(doc, 'span', { id: labelId, class: 'progress-label' });
  const fill = el(doc, 'span', { class: 'fill' });
  const bar = el(doc, 'div', { class: 'progress', role: 'progressbar', 'aria-labelledby': labelId, 'aria-valuemin': '0', 'aria-valuemax': '100', 'data-testid': 'progress' }, fill);
  const pct = el(doc, 'span', { class: 'pct', 'aria-hidden': 'true' });
  const element = el(doc, 'div', { class: 'progress-wrap' }, label, bar, pct);
  element.hidden = true;
  let pending: number | null | undefined;
  let frame = 0;
  const paint = () => {
    frame = 0;
    const f = pending;
    if (f === null || f === undefined) {
      bar.removeAttribute('aria-valuenow');
      bar.classList.add('indeterminate');
      pct.textContent = '';
      fill.style.width = '';
      return;
    }
    const n = Math.round(f * 100);
    bar.classList.remove('indeterminate');
    bar.setAttribute('aria-valuenow', String(n));
    bar.setAttribute('aria-valuetext', `${n}%`);
    fill.style.width = `${n}%`;
    pct.textContent = `${n}%`;
  };
  return {
    element,
    start(text) {
      label.textContent = text;
      element.hidden = false;
      pending = null;
      paint();
    },
    set(f) {
      pending = f;
      if (!frame) frame = requestAnimationFrame(paint);
    },
    stop() {
      // The last figure is painted, so the bar (and its aria-valuenow) ends where the work ended.
      if (frame) {
        cancelAnimationFrame(frame);
        paint();
      }
      element.hidden = true;
    },
  };
}

function kindName(plan: ImportPlan): string {
  return plan.kind === 'knowledge-base' ? 'a knowledge base' : plan.kind === 'reading-log' ? 'a reading log' : 'annotations';
}

/**
 * One problem, naming the record and the field. `record` is the record's index in the file's list (as in the
 * module's own "the same id as record 3"); for annotations the JSON path says where that is.
 */
export function issueText(issue: ImportIssue, kind: ImportPlan['kind']): string {
  if (issue.record === null && !issue.field) return issue.message;
  const where = issue.record === null ? 'The file' : kind === 'annotations' ? `Record ${issue.record} (first.items[${issue.record}])` : `Record ${issue.record}`;
  return issue.field ? `${where}, field \u201C${issue.field}\u201D: ${issue.message}` : `${where}: ${issue.message}`;
}

export function mountTransfer(panel: HTMLElement, ctx: DatabaseContext): void {
  const { doc, notices } = ctx;

  // ---- export ----
  const exportTitle = uniqueId('h');
  const exportStatus = el(doc, 'p', { class: 'transfer-status', role: 'status', 'data-testid': 'export-status' });
  const exportButtons = el(doc, 'div', { class: 'button-row' });
  for (const spec of EXPORTS) {
    const button = el(doc, 'button', { type: 'button', class: 'secondary', 'data-export': spec.id }, spec.label);
    button.addEventListener('click', async () => {
      const all = [...exportButtons.querySelectorAll('button')];
      all.forEach((b) => (b.disabled = true));
      exportStatus.textContent = `Preparing ${spec.label.toLowerCase()}\u2026`;
      const name = spec.file.replace('{date}', todayStamp());
      try {
        const text = await spec.build(ctx, (done, total) => {
          if (total > 0) exportStatus.textContent = `Preparing ${spec.label.toLowerCase()}\u2026 ${Math.round((done / total) * 100)}%`;
        });
        download(doc, text, name, spec.type);
        exportStatus.textContent = `Downloaded ${name} (${megabytes(new Blob([text]).size)}).`;
      } catch (err) {
        exportStatus.textContent = '';
        notices.error(`Exporting ${spec.label.toLowerCase()}`, err);
      } finally {
        all.forEach((b) => (b.disabled = false));
      }
    });
    exportButtons.append(button);
  }
  panel.append(
    el(
      doc,
      'section',
      { class: 'transfer', 'aria-labelledby': exportTitle },
      el(doc, 'h2', { id: exportTitle }, 'Export'),
      el(
        doc,
        'p',
        { class: 'hint' },
        'Download everything you saved. JSON follows the W3C Web Annotation model (JSON-LD) and can be imported again; CSV has one row per annotation; Markdown groups the quotes and notes by page.',
      ),
      exportButtons,
      exportStatus,
    ),
  );

  // ---- import ----
  const importTitle = uniqueId('h');
  const fileId = uniqueId('file');
  const input = el(doc, 'input', { type: 'file', id: fileId, accept: '.json,application/json,application/ld+json', 'data-testid': 'import-file' });
  const bar = progressBar(doc);
  const result = el(doc, 'div', { class: 'import-result', 'aria-live': 'polite', 'data-testid': 'import-result' });
  panel.append(
    el(
      doc,
      'section',
      { class: 'transfer', 'aria-labelledby': importTitle },
      el(doc, 'h2', { id: importTitle }, 'Import'),
      el(
        doc,
        'p',
        { class: 'hint' },
        'A JSON file exported from Pressure Points: annotations, a reading log or a knowledge base. The file is checked first and you see what would change; nothing is written until you confirm. Annotations already saved are skipped; an article already in the reading log is replaced only by a later reading of it.',
      ),
      el(doc, 'div', { class: 'field' }, el(doc, 'label', { for: fileId }, 'File to import (.json)'), input),
      bar.element,
      result,
    ),
  );

  let running = false;
  const refuse = (title: string, lines: string[], more = 0) => {
    const box = el(doc, 'div', { class: 'refused', role: 'alert', 'data-testid': 'import-refused' }, el(doc, 'p', { class: 'refused-title' }, title));
    if (lines.length) box.append(el(doc, 'ul', { class: 'issues' }, ...lines.map((l) => el(doc, 'li', {}, l))));
    if (more > 0) box.append(el(doc, 'p', {}, `\u2026and ${formatCount(more)} more.`));
    box.append(el(doc, 'p', {}, 'Nothing was imported and nothing was changed.'));
    result.replaceChildren(box);
  };

  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    if (!file || running) return;
    running = true;
    input.disabled = true;
    result.replaceChildren();
    notices.clearAlert();
    try {
      bar.start(`Reading ${file.name} (${megabytes(file.size)})\u2026`);
      const text = await file.text();
      bar.start(`Checking ${file.name}\u2026`);
      let plan: ImportPlan;
      try {
        plan = await planImport(ctx.db, text, (done, total) => bar.set(total > 0 ? done / total : null));
      } catch (err) {
        refuse(`${file.name} could not be read: ${err instanceof Error ? err.message : String(err)}`, []);
        return;
      }
      bar.stop();
      if (plan.issues.length > 0) {
        // planImport lists up to 50 problems and then one line counting the rest; more than that is cut here.
        const listed = plan.issues.length > MAX_ISSUES_SHOWN + 1 ? plan.issues.slice(0, MAX_ISSUES_SHOWN) : plan.issues;
        const counted = listed.filter((i) => i.record !== null || i.field).length;
        refuse(`${file.name} cannot be imported: it has ${counted === listed.length ? plural(counted, 'problem') : 'problems'}.`, listed.map((i) => issueText(i, plan.kind)), plan.issues.length - listed.length);
        return;
      }
      showPlan(file.name, plan);
    } catch (err) {
      notices.error('Reading the file', err);
    } finally {
      bar.stop();
      running = false;
      input.disabled = false;
      // The same file can be chosen again (after fixing it, or to import it twice).
      input.value = '';
    }
  });

  function showPlan(fileName: string, plan: ImportPlan): void {
    const total = plan.add + plan.update + plan.skip;
    const box = el(doc, 'div', { class: 'plan', 'data-testid': 'import-plan' });
    box.append(
      el(doc, 'p', {}, `${fileName} holds ${kindName(plan)} (${plural(total, 'record')}).`),
      el(doc, 'p', { class: 'plan-summary', 'data-testid': 'plan-summary' }, `Will add ${formatCount(plan.add)}, update ${formatCount(plan.update)}, skip ${formatCount(plan.skip)}.`),
    );
    const cancel = el(doc, 'button', { type: 'button', class: 'secondary' }, 'Cancel');
    cancel.addEventListener('click', () => {
      result.replaceChildren();
      notices.status('Import cancelled: nothing was changed.');
      input.focus();
    });
    if (plan.add + plan.update === 0) {
      box.append(el(doc, 'p', {}, 'Nothing new: everything in this file is already here.'));
      cancel.textContent = 'Close';
      box.append(el(doc, 'div', { class: 'button-row' }, cancel));
    } else {
      const confirm = el(doc, 'button', { type: 'button', class: 'primary', 'data-testid': 'confirm-import' }, 'Import');
      confirm.addEventListener('click', () => void apply(fileName, plan, [confirm, cancel]));
      box.append(el(doc, 'div', { class: 'button-row' }, confirm, cancel));
    }
    result.replaceChildren(box);
    box.querySelector<HTMLButtonElement>('button')?.focus();
  }

  async function apply(fileName: string, plan: ImportPlan, buttons: HTMLButtonElement[]): Promise<void> {
    if (running) return;
    running = true;
    input.disabled = true;
    buttons.forEach((b) => (b.disabled = true));
    bar.start(`Importing ${fileName}\u2026`);
    try {
      const done = await applyImport(ctx.db, plan, (done, total) => bar.set(total > 0 ? done / total : null));
      bar.stop();
      result.replaceChildren(
        el(
          doc,
          'p',
          { class: 'done', 'data-testid': 'import-done' },
          `Import finished: added ${formatCount(done.added)}, updated ${formatCount(done.updated)}, skipped ${formatCount(done.skipped)}.`,
        ),
      );
      await ctx.changed(plan.kind);
    } catch (err) {
      bar.stop();
      refuse(`The import of ${fileName} failed: ${err instanceof Error ? err.message : String(err)}`, []);
      notices.error(`Importing ${fileName}`, err);
    } finally {
      running = false;
      input.disabled = false;
    }
  }
}
