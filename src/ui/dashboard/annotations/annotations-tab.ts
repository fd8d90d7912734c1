/**
 * The "Annotations" tab: the filters, then the shared annotation list (src/ui/annotation-list) a page of 50 at a time
 * ("1–50 of 12,345"), reporting through the dashboard's notices.
 */
import { savedSites } from '../../../kb/annotations';
import { mountAnnotationList, type AnnotationList } from '../../annotation-list/list';
import { el } from '../../dom';
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
  const { doc, db, notices } = ctx;
  let list: AnnotationList | null = null;

  const filters = createFilters(doc, () => void list?.reload({ from: 'start' }));
  panel.append(el(doc, 'h2', { class: 'visually-hidden' }, 'Saved annotations'), filters.element);

  const refreshSites = async () => {
    try {
      filters.setOptions(ctx.labels(), await savedSites(db));
    } catch (err) {
      notices.error('Loading the list of sites', err);
    }
  };

  list = mountAnnotationList(panel, {
    doc,
    db,
    labels: () => ctx.labels(),
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
    onLoaded: (_page, ms) => {
      // How long the query took, for the scale tests and for anyone wondering why the list is slow.
      panel.querySelector<HTMLElement>('.annotations')!.dataset.queryMs = String(Math.round(ms));
      performance.mark('pp:results'); // read by npm run bench:store
    },
  });

  filters.setOptions(ctx.labels(), []);
  void refreshSites();
  void list.reload({ from: 'start' });

  return {
    refresh: async (options = { sites: true }) => {
      await Promise.all([list!.reload({ from: 'here' }), options.sites ? refreshSites() : null]);
    },
    busy: () => list!.busy(),
    destroy: () => panel.replaceChildren(),
  };
}
