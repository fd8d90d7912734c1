/**
 * The list of saved annotations that the popup's Saved view and the dashboard's Annotations tab share: the rows, the
 * summary, the empty states, paging (numbered pages in the dashboard, "Show more" in the popup), and each row's
 * actions (edit the note and tags, delete with Undo, open). The host owns the filters and says how to report.
 *
 * Only the shown rows are ever read (queryAnnotations pages from the indexes); an answer that arrives after a newer
 * query is dropped. When no counter holds the number of matches, the rows are shown at once and the number follows
 * (countAnnotations counts in short steps).
 */
import type { AnnotationPage, AnnotationQuery, StoredAnnotation } from '../../kb/annotations';
import type { AnnotationRow, PressureDb } from '../../kb/db';
import { el } from '../dom';
import { clip, formatCount } from '../format';
import type { Labels } from '../labels';
import { renderRow, type RowActions, type RowLayout } from './row';
import './annotation-list.css';

export interface ListReport {
  /** A short status for screen readers ("Note saved."). */
  status(message: string): void;
  /** A failure; `doing` names the action ("Deleting the annotation"). */
  error(doing: string, err: unknown): void;
  /** Offers to undo something just done; `undo` rejects when it fails (the offer stays). */
  undoable(message: string, undo: () => Promise<void>): void;
}

export interface AnnotationListOptions {
  doc: Document;
  /**
   * The database the list reads and writes. Asked for at its first read of its own: the repository's code (with Dexie)
   * loads then too, so a host that gives the first page (firstPage) draws it without either.
   */
  database(): Promise<PressureDb>;
  labels(): Labels;
  /** Settles once labels() has the names: a page read before waits for it to draw. */
  labelsReady?: Promise<unknown>;
  layout: RowLayout;
  /** `pages`: numbered pages of pageSize ("1–50 of 1,234"); `more`: a "Show more" button adds pageSize more. */
  paging: 'pages' | 'more';
  pageSize: number;
  /** The host's filters, as a query (without offset and limit). */
  query(): AnnotationQuery;
  /** True when the host's filters narrow the list. */
  filtered(): boolean;
  /** Resets the host's filters (offered in the "no match" state). */
  clearFilters?(): void;
  open(row: StoredAnnotation): Promise<unknown>;
  report: ListReport;
  /** Something was edited, deleted or restored. */
  onChange?(): void;
  /** After every load has been drawn, with how long the query took. */
  onLoaded?(page: AnnotationPage, ms: number): void;
  /** The number of matches is known (with the page, or counted after it). */
  onCounted?(total: number): void;
  /** Accessible name of the list. */
  label?: string;
  /**
   * Asked for the list's first read only: that page, with the labels to draw it, from elsewhere than the page's
   * database (the background's, already open); null: read it here as any other page.
   */
  firstPage?(query: AnnotationQuery, offset: number, limit: number): Promise<{ page: AnnotationPage; labels: Labels } | null>;
}

export interface AnnotationList {
  element: HTMLElement;
  /** Reads again from the first row (`from: 'start'`) or keeping the current page and length. */
  reload(options?: { from?: 'start' | 'here' }): Promise<void>;
  /** The number of matches, null while it is being counted. */
  total(): number | null;
  /** True while a row's edit form is open (a background refresh would throw the typing away). */
  busy(): boolean;
  destroy(): void;
}

export const EMPTY_TEXT = 'Nothing saved yet.';
export const EMPTY_HINT = 'Open a news article, click a highlighted lever and press Save on its card: the annotation appears here.';
export const NO_MATCH_TEXT = 'No saved annotation matches these filters.';

export function mountAnnotationList(host: HTMLElement, o: AnnotationListOptions): AnnotationList {
  const { doc } = o;
  /** The database and the annotations' repository. */
  const store = async () => {
    const [db, repo] = await Promise.all([o.database(), import('../../kb/annotations')]);
    return { db, repo };
  };
  let offset = 0;
  let shown = 0;
  /** Matches in all; null while countAnnotations counts them. */
  let total: number | null = 0;
  let seq = 0;
  let counting: AbortController | null = null;

  const summary = el(doc, 'p', { class: 'summary', 'aria-live': 'polite', 'data-testid': 'list-summary', tabindex: '-1' });
  const list = el(doc, 'ol', { class: 'annotations', 'aria-label': o.label ?? 'Saved annotations', 'data-testid': 'annotation-list' });
  const empty = el(doc, 'div', { class: 'empty', 'data-testid': 'list-empty' });
  empty.hidden = true;
  const pagers = o.paging === 'pages' ? [pager(), pager()] : [];
  const more = el(doc, 'button', { type: 'button', class: 'more', 'data-testid': 'list-more' }, 'Show more');
  more.hidden = true;
  const element = el(doc, 'div', { class: `annotation-list ${o.layout}` });
  element.append(el(doc, 'div', { class: 'list-head' }, summary, ...(pagers[0] ? [pagers[0].nav] : [])), empty, list);
  if (pagers[1]) element.append(pagers[1].nav);
  else element.append(more);
  host.append(element);

  function pager() {
    const nav = el(doc, 'nav', { class: 'pager', 'aria-label': 'Pages of annotations' });
    const prev = el(doc, 'button', { type: 'button', class: 'secondary' }, '\u2190 Previous');
    const next = el(doc, 'button', { type: 'button', class: 'secondary' }, 'Next \u2192');
    const where = el(doc, 'span', { class: 'page-of' });
    prev.addEventListener('click', () => go(offset - o.pageSize));
    next.addEventListener('click', () => go(offset + o.pageSize));
    nav.append(prev, where, next);
    return {
      nav,
      update() {
        const page = formatCount(Math.floor(offset / o.pageSize) + 1);
        if (total === null) {
          // Not counted yet: a full page may have more after it.
          nav.hidden = offset === 0 && shown < o.pageSize;
          prev.disabled = offset === 0;
          next.disabled = shown < o.pageSize;
          where.textContent = `Page ${page} of \u2026`;
          return;
        }
        const pages = Math.max(1, Math.ceil(total / o.pageSize));
        nav.hidden = total <= o.pageSize;
        prev.disabled = offset === 0;
        next.disabled = offset + o.pageSize >= total;
        where.textContent = `Page ${page} of ${formatCount(pages)}`;
      },
    };
  }

  function go(to: number): void {
    offset = Math.max(0, to);
    void load().then(() => {
      summary.focus();
      list.scrollIntoView?.({ block: 'start' });
    });
  }

  const draw = () => {
    shown = list.children.length;
    if (total === null) {
      empty.hidden = true;
      const counted = shown === 0 ? 'Counting\u2026' : `${formatCount(offset + 1)}\u2013${formatCount(offset + shown)} of \u2026`;
      summary.textContent = o.paging === 'pages' || shown === 0 ? counted : `${formatCount(shown)} shown \u00B7 counting\u2026`;
    } else if (total === 0) {
      summary.textContent = o.filtered() ? 'No matches' : 'No annotations';
      empty.hidden = false;
      if (o.filtered()) {
        const parts: HTMLElement[] = [el(doc, 'p', { class: 'empty-title' }, NO_MATCH_TEXT), el(doc, 'p', {}, 'Change the search words or clear the filters.')];
        if (o.clearFilters) {
          const clear = el(doc, 'button', { type: 'button', class: 'link' }, 'Clear search and filters');
          clear.addEventListener('click', () => o.clearFilters?.());
          parts.push(clear);
        }
        empty.replaceChildren(...parts);
      } else {
        empty.replaceChildren(el(doc, 'p', { class: 'empty-title' }, EMPTY_TEXT), el(doc, 'p', {}, EMPTY_HINT));
      }
    } else {
      empty.hidden = true;
      if (o.paging === 'pages') {
        summary.textContent = `${formatCount(offset + 1)}\u2013${formatCount(offset + shown)} of ${formatCount(total)}`;
      } else {
        const what = o.filtered() ? `${formatCount(total)} match${total === 1 ? '' : 'es'}` : `${formatCount(total)} saved`;
        summary.textContent = shown < total ? `${what} \u00B7 showing ${formatCount(shown)}` : what;
      }
    }
    for (const p of pagers) p.update();
    more.hidden = o.paging !== 'more' || (total === null ? shown % o.pageSize !== 0 || shown === 0 : shown >= total);
  };

  /** Counts the matches of the query just shown, unless a newer load comes first. */
  async function count(mine: number, query: AnnotationQuery): Promise<void> {
    counting?.abort();
    const controller = new AbortController();
    counting = controller;
    try {
      const { db, repo } = await store();
      const n = await repo.countAnnotations(db, query, controller.signal);
      if (mine !== seq || controller.signal.aborted) return;
      total = n;
      draw();
      o.onCounted?.(n);
    } catch (err) {
      if (mine === seq && !controller.signal.aborted) o.report.error('Counting the saved annotations', err);
    }
  }

  const actions: RowActions = {
    open(row) {
      o.open(row).catch((err: unknown) => o.report.error('Opening the annotation', err));
    },
    async save(row, note, tags) {
      try {
        const { db, repo } = await store();
        const updated = await repo.updateAnnotation(db, row.id, { note, tags }, row.rev ?? 0);
        o.report.status('Note and tags saved.');
        o.onChange?.();
        // updateAnnotation returns the public row; keep the anchoring status the list shows.
        return { ...row, ...updated };
      } catch (err) {
        o.report.error('Saving the note', err);
        throw err;
      }
    },
    remove(row) {
      void removeRow(row);
    },
  };

  async function removeRow(row: StoredAnnotation): Promise<void> {
    const li = list.querySelector<HTMLElement>(`li[data-id="${row.id}"]`);
    const index = li ? [...list.children].indexOf(li) : -1;
    // The row goes at once; it comes back if the database refuses.
    const next = li?.nextSibling ?? null;
    li?.remove();
    let removed: AnnotationRow[];
    try {
      const { db, repo } = await store();
      removed = await repo.deleteAnnotations(db, [row.id]);
    } catch (err) {
      if (li) list.insertBefore(li, next && next.parentNode === list ? next : null);
      o.report.error('Deleting the annotation', err);
      return;
    }
    if (o.paging === 'pages') await load();
    else {
      if (total !== null) total = Math.max(0, total - 1);
      draw();
      if (list.children.length === 0 && total !== 0) await loadMore();
    }
    o.onChange?.();
    // Keep the keyboard where it was: on the row that took the deleted one's place, or the summary.
    const following = (list.children[index] ?? list.lastElementChild)?.querySelector<HTMLElement>('button.open');
    (following ?? summary).focus();
    o.report.undoable(`Deleted \u201C${clip(row.quote.exact, 60)}\u201D.`, async () => {
      try {
        const { db, repo } = await store();
        await repo.restoreAnnotations(db, removed);
      } catch (err) {
        o.report.error('Restoring the annotation', err);
        throw err;
      }
      o.report.status('Annotation restored.');
      o.onChange?.();
      await reload({ from: 'here', extra: removed.length });
      list.querySelector<HTMLElement>(`li[data-id="${row.id}"] button.open`)?.focus();
    });
  }

  let queryMs = 0;
  let readQuery: AnnotationQuery = {};
  let readSeq = 0;
  /** The first read only: the host's first page from elsewhere, with its labels (see firstPage). */
  let first = o.firstPage;
  let firstLabels: Labels | null = null;
  async function read(from: number, limit: number): Promise<AnnotationPage | null> {
    const mine = ++seq;
    counting?.abort();
    list.setAttribute('aria-busy', 'true');
    const started = performance.now();
    try {
      const query = o.query();
      const opening = first;
      first = undefined;
      const given = opening ? await opening(query, from, limit).catch(() => null) : null;
      firstLabels = given?.labels ?? null;
      let page: AnnotationPage;
      if (given) page = given.page;
      else {
        const { db, repo } = await store();
        page = await repo.queryAnnotations(db, { ...query, offset: from, limit });
      }
      if (mine !== seq) return null;
      performance.mark('pp:page-read'); // a step of the list's loading, for npm run bench:store
      queryMs = performance.now() - started;
      readQuery = query;
      readSeq = mine;
      return page;
    } catch (err) {
      if (mine === seq) o.report.error('Loading the saved annotations', err);
      return null;
    } finally {
      if (mine === seq) list.setAttribute('aria-busy', 'false');
    }
  }

  async function load(): Promise<void> {
    const limit = o.paging === 'pages' ? o.pageSize : Math.max(o.pageSize, shown);
    const page = await read(o.paging === 'pages' ? offset : 0, limit);
    if (!page) return;
    total = page.total;
    if (o.paging === 'pages' && page.rows.length === 0 && offset > 0 && total !== 0) {
      // The page emptied under us (deletions elsewhere): show the last one that has rows.
      offset = total === null ? Math.max(0, offset - o.pageSize) : Math.floor((total - 1) / o.pageSize) * o.pageSize;
      return load();
    }
    const labels = firstLabels ?? (await o.labelsReady, o.labels());
    firstLabels = null;
    if (seq !== readSeq) return;
    list.replaceChildren(...page.rows.map((r) => renderRow(doc, r, labels, actions, o.layout)));
    draw();
    o.onLoaded?.(page, queryMs);
    afterLoad(page);
  }

  function afterLoad(page: AnnotationPage): void {
    if (page.total === null) void count(readSeq, readQuery);
    else o.onCounted?.(page.total);
  }

  async function loadMore(): Promise<void> {
    more.disabled = true;
    try {
      const page = await read(list.children.length, o.pageSize);
      if (!page) return;
      total = page.total;
      await o.labelsReady;
      const labels = o.labels();
      const rows = page.rows.map((r) => renderRow(doc, r, labels, actions, o.layout));
      list.append(...rows);
      draw();
      o.onLoaded?.(page, queryMs);
      afterLoad(page);
      rows[0]?.querySelector<HTMLButtonElement>('button.open')?.focus();
    } finally {
      more.disabled = false;
    }
  }
  more.addEventListener('click', () => void loadMore());

  async function reload(options: { from?: 'start' | 'here'; extra?: number } = {}): Promise<void> {
    if (options.from !== 'here') {
      offset = 0;
      shown = 0;
    } else if (o.paging === 'more') {
      shown = Math.max(shown, list.children.length + (options.extra ?? 0));
    }
    await load();
  }

  return {
    element,
    reload: (options) => reload(options),
    total: () => total,
    busy: () => list.querySelector('.editing') !== null,
    destroy: () => {
      counting?.abort();
      element.remove();
    },
  };
}
