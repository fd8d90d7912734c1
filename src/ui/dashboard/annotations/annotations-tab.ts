/**
 * The "Annotations" tab: the filters, then the shared annotation list (src/ui/annotation-list) a page of 50 at a time
 * ("1–50 of 12,345"), reporting through the dashboard's notices. With filters set, every match can be deleted at once
 * (in a worker, a step at a time, with progress and Undo: the page stays responsive however many there are).
 */
import type { AnnotationQuery } from '../../../kb/annotations';
import { formatCount, plural } from '../../format';
import { bulkRunner, type BulkRunner } from './bulk-protocol';
import BulkWorker from './bulk-worker?worker';
import { mountAnnotationList, type AnnotationList } from '../../annotation-list/list';
import { el } from '../../dom';
import { labelsOf } from '../../labels';
import type { DashboardContext } from '../context';
import { createFilters, isFiltered, toQuery } from './filters';

export const PAGE_SIZE = 50;

export interface AnnotationsView {
  /** Re-reads the current page (and the site menu). */
  refresh(options?: { sites?: boolean }): Promise<void>;
  /** True while a row's edit form is open (a background refresh would throw the typing away). */
  busy(): boolean;
  destroy(): void;
}

export function mountAnnotations(panel: HTMLElement, ctx: DashboardContext): AnnotationsView {
  const { doc, notices } = ctx;
  let list: AnnotationList | null = null;

  const filters = createFilters(doc, () => {
    bulkButton.hidden = true;
    void list?.reload({ from: 'start' });
  });
  const bulkButton = el(doc, 'button', { type: 'button', class: 'danger', 'data-testid': 'delete-matching' }, 'Delete these');
  bulkButton.hidden = true;
  const bulkConfirm = el(doc, 'div', { class: 'confirm', role: 'group', 'aria-label': 'Confirm', 'data-testid': 'bulk-confirm' });
  bulkConfirm.hidden = true;
  const bulkProgress = el(doc, 'progress', { class: 'bulk-progress', 'data-testid': 'bulk-progress', max: '1', value: '0' });
  bulkProgress.hidden = true;
  panel.append(
    el(doc, 'h2', { class: 'visually-hidden' }, 'Saved annotations'),
    filters.element,
    el(doc, 'div', { class: 'bulk-actions' }, bulkButton, bulkProgress),
    bulkConfirm,
  );

  let runner: BulkRunner | null = null;

  /** Deletes every match of `query` (`count` of them) in the bulk worker, with progress, then offers to undo it. */
  async function deleteAll(query: AnnotationQuery, count: number): Promise<void> {
    runner ??= bulkRunner(new BulkWorker({ name: 'pressure-points-bulk' }));
    const bulk = runner;
    bulkButton.disabled = true;
    bulkProgress.hidden = false;
    const show = (what: string) => (done: number, total: number) => {
      bulkProgress.max = Math.max(1, total);
      bulkProgress.value = done;
      bulkProgress.textContent = `${what} ${formatCount(done)} of ${formatCount(total)}`;
    };
    let removed = 0;
    let restore: ((onProgress: (done: number, total: number) => void) => Promise<number>) | null = null;
    try {
      notices.status(`Deleting ${plural(count, 'annotation')}\u2026`);
      ({ count: removed, restore } = await bulk.deleteMatching(query, show('Deleted')));
    } catch (err) {
      notices.error('Deleting the annotations', err);
    } finally {
      bulkProgress.hidden = true;
      bulkButton.disabled = false;
    }
    await list?.reload({ from: 'start' });
    void refreshSites();
    void ctx.changed('annotations');
    if (removed === 0 || !restore) return;
    const undo = restore;
    notices.status(`Deleted ${plural(removed, 'annotation')}.`);
    notices.toast(`Deleted ${plural(removed, 'annotation')}.`, {
      label: 'Undo',
      run: async () => {
        bulkProgress.hidden = false;
        try {
          await undo(show('Restored'));
        } catch (err) {
          notices.error('Restoring the annotations', err);
          throw err;
        } finally {
          bulkProgress.hidden = true;
        }
        notices.status(`Restored ${plural(removed, 'annotation')}.`);
        await list?.reload({ from: 'here' });
        void refreshSites();
        void ctx.changed('annotations');
      },
    });
  }

  bulkButton.addEventListener('click', () => {
    const query = toQuery(filters.state());
    const count = list?.total() ?? 0;
    const yes = el(doc, 'button', { type: 'button', class: 'danger', 'data-testid': 'confirm-delete' }, `Delete ${plural(count, 'annotation')}`);
    const no = el(doc, 'button', { type: 'button', class: 'secondary' }, 'Keep them');
    const close = () => {
      bulkConfirm.hidden = true;
      bulkConfirm.replaceChildren();
    };
    yes.addEventListener('click', () => {
      close();
      void deleteAll(query, count);
    });
    no.addEventListener('click', () => {
      close();
      bulkButton.focus();
    });
    bulkConfirm.replaceChildren(el(doc, 'p', {}, `Delete the ${plural(count, 'annotation')} that match these filters? You can undo it for a few seconds.`), el(doc, 'div', { class: 'button-row' }, yes, no));
    bulkConfirm.hidden = false;
    no.focus();
  });

  const refreshSites = async () => {
    try {
      const [db, { savedSites }] = await Promise.all([ctx.database(), import('../../../kb/annotations')]);
      const sites = await savedSites(db);
      await ctx.labelsReady;
      filters.setOptions(ctx.labels(), sites);
    } catch (err) {
      notices.error('Loading the list of sites', err);
    }
  };

  list = mountAnnotationList(panel, {
    doc,
    database: () => ctx.database(),
    labels: () => ctx.labels(),
    labelsReady: ctx.labelsReady,
    // The opening page (every annotation, newest first) from the background, whose database is open: the list draws
    // before the page's own database has opened. Later pages, and any filter, read the page's database.
    firstPage: async (query, offset, limit) => {
      const opening = offset === 0 && limit === PAGE_SIZE && !isFiltered(filters.state()) && (query.sort ?? 'newest') === 'newest';
      try {
        if (!opening) throw new Error('not the opening query');
        const first = await ctx.send('getFirstAnnotations', { limit: PAGE_SIZE });
        return { page: first.page, labels: labelsOf(first.levers, first.sides) };
      } catch {
        // Read from the page's database instead: it may open now.
        ctx.firstDrawn();
        return null;
      }
    },
    layout: 'full',
    paging: 'pages',
    pageSize: PAGE_SIZE,
    query: () => toQuery(filters.state()),
    filtered: () => isFiltered(filters.state()),
    clearFilters: () => {
      filters.reset();
      void list?.reload({ from: 'start' });
    },
    open: (row) => ctx.send('openAnnotation', { id: row.id }),
    report: {
      status: (m) => notices.status(m),
      error: (doing, err) => notices.error(doing, err),
      undoable: (message, undo) => notices.toast(message, { label: 'Undo', run: undo }),
    },
    onChange: () => {
      void refreshSites();
      void ctx.changed('annotations');
    },
    onCounted: (total) => {
      const filtered = isFiltered(filters.state());
      bulkButton.hidden = !filtered || total === 0;
      bulkButton.textContent = `Delete ${total === 1 ? 'this annotation' : `these ${formatCount(total)} annotations`}\u2026`;
    },
    onLoaded: (_page, ms) => {
      ctx.firstDrawn();
      // How long the query took, for the scale tests and for anyone wondering why the list is slow.
      panel.querySelector<HTMLElement>('.annotations')!.dataset.queryMs = String(Math.round(ms));
      performance.mark('pp:results'); // read by npm run bench:store
    },
  });

  filters.setOptions(ctx.labels(), []);
  // The first page first: the site menu walks the site index of every annotation (a step per site), which would queue
  // before the page's own reads.
  void list.reload({ from: 'start' }).finally(() => void refreshSites());

  return {
    refresh: async (options = { sites: true }) => {
      await Promise.all([list!.reload({ from: 'here' }), options.sites ? refreshSites() : null]);
    },
    busy: () => list!.busy(),
    destroy: () => {
      runner?.destroy();
      panel.replaceChildren();
    },
  };
}
