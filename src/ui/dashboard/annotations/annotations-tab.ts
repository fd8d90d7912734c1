/**
 * The "Annotations" tab: filters, a page of 50 saved annotations at a time ("1–50 of 12,345"), and each row's
 * actions. Only the shown page is ever read (queryAnnotations pages from the indexes); a slower answer that arrives
 * after a newer query is dropped.
 */
import { deleteAnnotations, queryAnnotations, restoreAnnotations, savedSites, updateAnnotation, type StoredAnnotation } from '../../../kb/annotations';
import type { AnnotationRow } from '../../../kb/db';
import type { DashboardContext } from '../context';
import { el } from '../../dom';
import { clip, formatCount } from '../../format';
import { createFilters, isFiltered, toQuery } from './filters';
import { renderRow, type RowActions } from '../../annotation-list/row';

export const PAGE_SIZE = 50;

export interface AnnotationsView {
  /** Re-reads the current page (and the site menu). */
  refresh(options?: { sites?: boolean }): Promise<void>;
  /** True while a row's edit form is open (a background refresh would throw the typing away). */
  busy(): boolean;
  destroy(): void;
}

export function mountAnnotations(panel: HTMLElement, ctx: DashboardContext): AnnotationsView {
  const { doc, db, notices } = ctx;
  let offset = 0;
  let seq = 0;
  let total = 0;

  const filters = createFilters(doc, () => {
    offset = 0;
    void load();
  });
  const summary = el(doc, 'p', { class: 'summary', 'aria-live': 'polite', 'data-testid': 'summary' });
  const list = el(doc, 'ol', { class: 'annotations', 'aria-label': 'Saved annotations' });
  const empty = el(doc, 'div', { class: 'empty', 'data-testid': 'empty' });
  empty.hidden = true;
  const pagers = [pager(), pager()];

  panel.append(el(doc, 'h2', { class: 'visually-hidden' }, 'Saved annotations'), filters.element, el(doc, 'div', { class: 'list-head' }, summary, pagers[0].nav), empty, list, pagers[1].nav);

  function pager() {
    const nav = el(doc, 'nav', { class: 'pager', 'aria-label': 'Pages of annotations' });
    const prev = el(doc, 'button', { type: 'button', class: 'secondary' }, '\u2190 Previous');
    const next = el(doc, 'button', { type: 'button', class: 'secondary' }, 'Next \u2192');
    const where = el(doc, 'span', { class: 'page-of' });
    prev.addEventListener('click', () => go(offset - PAGE_SIZE));
    next.addEventListener('click', () => go(offset + PAGE_SIZE));
    nav.append(prev, where, next);
    return {
      nav,
      update() {
        const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
        nav.hidden = total <= PAGE_SIZE;
        prev.disabled = offset === 0;
        next.disabled = offset + PAGE_SIZE >= total;
        where.textContent = `Page ${formatCount(Math.floor(offset / PAGE_SIZE) + 1)} of ${formatCount(pages)}`;
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
  summary.tabIndex = -1;

  const actions: RowActions = {
    open(row) {
      ctx.send('openAnnotation', { id: row.id }).catch((err) => notices.error('Opening the annotation', err));
    },
    async save(row, note, tags) {
      try {
        const updated = await updateAnnotation(db, row.id, { note, tags });
        notices.status('Note and tags saved.');
        // updateAnnotation returns the public row; keep the anchoring status the list shows.
        return { ...row, ...updated };
      } catch (err) {
        notices.error('Saving the note', err);
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
    let removed: AnnotationRow[];
    try {
      removed = await deleteAnnotations(db, [row.id]);
    } catch (err) {
      notices.error('Deleting the annotation', err);
      return;
    }
    await load({ sites: true });
    void ctx.changed('annotations');
    // Keep the keyboard where it was: on the row that took the deleted one's place, or the summary.
    const next = (list.children[index] ?? list.lastElementChild)?.querySelector<HTMLElement>('button.open');
    (next ?? summary).focus();
    notices.toast(`Deleted \u201C${clip(row.quote.exact, 60)}\u201D.`, {
      label: 'Undo',
      run: async () => {
        try {
          await restoreAnnotations(db, removed);
        } catch (err) {
          notices.error('Restoring the annotation', err);
          throw err;
        }
        notices.status('Annotation restored.');
        await load({ sites: true });
        void ctx.changed('annotations');
        list.querySelector<HTMLElement>(`li[data-id="${row.id}"] button.open`)?.focus();
      },
    });
  }

  async function load(options: { sites?: boolean } = {}): Promise<void> {
    const mine = ++seq;
    const state = filters.state();
    list.setAttribute('aria-busy', 'true');
    const started = performance.now();
    try {
      const [page, sites] = await Promise.all([queryAnnotations(db, { ...toQuery(state), offset, limit: PAGE_SIZE }), options.sites ? savedSites(db) : null]);
      if (mine !== seq) return;
      // How long the query took, for the scale tests and for anyone wondering why the list is slow.
      list.dataset.queryMs = String(Math.round(performance.now() - started));
      if (sites) filters.setOptions(ctx.labels(), sites);
      total = page.total;
      if (page.rows.length === 0 && offset > 0 && total > 0) {
        // The page emptied under us (deletions elsewhere): show the last one that has rows.
        offset = Math.floor((total - 1) / PAGE_SIZE) * PAGE_SIZE;
        return load();
      }
      const labels = ctx.labels();
      list.replaceChildren(...page.rows.map((r) => renderRow(doc, r, labels, actions)));
      summary.textContent =
        total === 0 ? 'No annotations' : `${formatCount(offset + 1)}\u2013${formatCount(offset + page.rows.length)} of ${formatCount(total)}`;
      empty.hidden = total > 0;
      if (total === 0) {
        empty.replaceChildren(
          ...(isFiltered(state)
            ? [el(doc, 'p', { class: 'empty-title' }, 'No saved annotation matches these filters.'), el(doc, 'p', {}, 'Change the search words or clear the filters.')]
            : [
                el(doc, 'p', { class: 'empty-title' }, 'Nothing saved yet.'),
                el(doc, 'p', {}, 'Open a news article, click a highlighted lever and press Save on its card: the annotation appears here.'),
              ]),
        );
      }
      for (const p of pagers) p.update();
      performance.mark('pp:results'); // read by npm run bench:store
    } catch (err) {
      if (mine === seq) notices.error('Loading the saved annotations', err);
    } finally {
      if (mine === seq) list.setAttribute('aria-busy', 'false');
    }
  }

  filters.setOptions(ctx.labels(), []);
  void load({ sites: true });

  return {
    refresh: (options = { sites: true }) => load(options),
    busy: () => list.querySelector('.editing') !== null,
    destroy: () => panel.replaceChildren(),
  };
}
