/**
 * The dashboard page: a header, the alert and status regions, and six tabs (the timeline of each side's moves, saved
 * annotations, charts, the reading log, the knowledge-base editor, import and export). Wires the views together: a change in one refreshes the others, and a
 * knowledge-base change reloads the labels and tells the background, so the next page opened uses it.
 *
 * The page's own script holds the two tabs that open drawn from what the background sends, the timeline (the first
 * tab) and the annotation list: one file, as every file a page waits for is a round trip to the browser process. Every
 * other tab's code loads when the tab is first shown, and the database's (Dexie, the schema, the seed knowledge base)
 * once the first tab has drawn, or when a tab needs it.
 */
import type { PressureDb } from '../../kb/db';
import { mountAnnotations, type AnnotationsView } from './annotations/annotations-tab';
import type { ChartsView } from './charts/charts-tab';
import type { LogView } from './reading-log/log-tab';
import { mountTimeline, type TimelineView } from './timeline/timeline-tab';
import type { DashboardContext, DatabaseContext, DataChange, Send } from './context';
import { el } from '../dom';
import { emptyLabels, loadLabels, type Labels } from '../labels';
import { showSideColors } from '../side-colors';
import { createNotices } from './notices';
import { createTabs, type Tabs } from './tabs';

export interface DashboardDeps {
  /** The page's database, its code loaded and the database opened on the first call. */
  database(): Promise<PressureDb>;
  send: Send;
}

/** The longest the page's database waits for the first tab's first draw. */
const FIRST_DRAW_WAIT_MS = 3_000;

export async function mountDashboard(doc: Document, app: HTMLElement, deps: DashboardDeps): Promise<() => void> {
  const { database, send } = deps;
  const initial = doc.location?.hash.slice(1);
  // The timeline (the first tab) and the annotation list draw their first chart or page from what the background sends
  // (its database is open): the page's own database opens, and the labels load, once that is drawn, so that its work
  // does not hold up the drawing on the page's one thread. Any other first tab waits for the labels.
  const fromBackground = !initial || initial === 'timeline' || initial === 'annotations';
  let firstDrawn = () => {};
  const drawn = new Promise<void>((resolve) => {
    firstDrawn = resolve;
    // Should the first draw never say so (an error), the database still opens.
    setTimeout(resolve, FIRST_DRAW_WAIT_MS);
  });
  let labels: Labels = emptyLabels();
  const labelsReady = (fromBackground ? drawn : Promise.resolve()).then(async () => {
    const db = await database();
    void db.open().then(() => performance.mark('pp:db-open'), () => undefined);
    labels = await loadLabels(db);
    showSideColors(doc, labels.sides);
    performance.mark('pp:labels'); // a step of the dashboard's opening, for npm run bench:store
  });
  // Only the timeline and the annotation list wait for the labels themselves; any other first tab waits here.
  if (initial && !['timeline', 'annotations'].includes(initial)) await labelsReady;
  const listeners = new Set<(what: DataChange) => void>();

  app.replaceChildren();
  const header = el(doc, 'header', { class: 'top' }, el(doc, 'h1', {}, 'Pressure Points'), el(doc, 'p', { class: 'tagline' }, 'Each side\u2019s moves across what you read, your saved annotations, and the knowledge base behind the highlights.'));
  const noticeHost = el(doc, 'div', { class: 'notices' });
  app.append(header, noticeHost);
  const notices = createNotices(doc, noticeHost);

  const ctx: DashboardContext = {
    doc,
    database,
    notices,
    send,
    labels: () => labels,
    labelsReady,
    firstDrawn: () => firstDrawn(),
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async changed(what) {
      if (what === 'knowledge-base') {
        try {
          labels = await loadLabels(await database());
          showSideColors(doc, labels.sides);
        } catch (err) {
          notices.error('Reloading the knowledge base', err);
        }
        try {
          await send('knowledgeBaseChanged', {});
        } catch (err) {
          notices.error('Telling the extension about the knowledge-base change', err);
        }
      }
      for (const l of listeners) l(what);
    },
  };

  let annotations: AnnotationsView | null = null;
  let charts: ChartsView | null = null;
  let timeline: TimelineView | null = null;
  let readingLog: LogView | null = null;
  let tabs: Tabs | null = null;

  /** The views drawn from counters: marked stale, and the one on screen redrawn. */
  const redrawShown = () => {
    for (const v of [charts, timeline, readingLog]) v?.invalidate();
    if (tabs?.current === 'charts') charts?.shown();
    if (tabs?.current === 'timeline') timeline?.shown();
    if (tabs?.current === 'reading-log') readingLog?.shown();
  };

  ctx.onChange((what) => {
    redrawShown();
    // The list's own changes refresh it already; imports and knowledge-base edits (new names) do not.
    if (annotations && (tabs?.current !== 'annotations' || what === 'knowledge-base')) void annotations.refresh({ sites: true });
  });

  let destroyed = false;
  /** Runs `then` with what `load` gives (a tab's code, and what it needs), unless the dashboard is gone by then. */
  const later = <V>(doing: string, load: () => Promise<V>, then: (loaded: V) => void) => {
    load()
      .then((loaded) => {
        if (!destroyed) then(loaded);
      })
      .catch((err: unknown) => notices.error(doing, err));
  };
  /** A tab's code, with the database and the labels it reads from its first draw. */
  const withDatabase = async <M>(code: Promise<M>): Promise<{ code: M; ctx: DatabaseContext }> => {
    const [loaded, db] = await Promise.all([code, database(), labelsReady]);
    return { code: loaded, ctx: { ...ctx, db } };
  };

  const main = el(doc, 'main', { class: 'dashboard' });
  app.append(main);
  tabs = createTabs(
    doc,
    main,
    [
      {
        id: 'timeline',
        label: 'Timeline',
        mount: (panel) => {
          timeline = mountTimeline(panel, ctx);
        },
        shown: () => timeline?.shown(),
      },
      {
        id: 'annotations',
        label: 'Annotations',
        mount: (panel) => {
          annotations = mountAnnotations(panel, ctx);
          return () => annotations?.destroy();
        },
      },
      {
        id: 'charts',
        label: 'Charts',
        mount: (panel) => {
          later('Loading the charts', () => withDatabase(import('./charts/charts-tab')), ({ code, ctx: c }) => {
            charts = code.mountCharts(panel, c);
            if (tabs?.current === 'charts') charts.shown();
          });
        },
        shown: () => void labelsReady.then(() => charts?.shown()),
      },
      {
        id: 'reading-log',
        label: 'Reading log',
        mount: (panel) => {
          later('Loading the reading log', () => withDatabase(import('./reading-log/log-tab')), ({ code, ctx: c }) => {
            readingLog = code.mountReadingLog(panel, c);
            if (tabs?.current === 'reading-log') readingLog.shown();
          });
        },
        shown: () => void labelsReady.then(() => readingLog?.shown()),
      },
      {
        id: 'knowledge-base',
        label: 'Knowledge base',
        mount: (panel) => {
          let cleanup: void | (() => void);
          later('Loading the knowledge-base editor', () => withDatabase(import('./knowledge-base/kb-editor')), ({ code, ctx: c }) => {
            cleanup = code.mountKbEditor(panel, c.db, () => ctx.changed('knowledge-base'));
          });
          return () => cleanup?.();
        },
      },
      {
        id: 'transfer',
        label: 'Import & export',
        mount: (panel) => {
          later('Loading the import and export tab', () => withDatabase(import('./transfer/transfer-tab')), ({ code, ctx: c }) => code.mountTransfer(panel, c));
        },
      },
    ],
    initial,
  );

  // Back from reading (and saving) in another tab: show what is new, unless the reader is typing in an edit form.
  const onVisible = () => {
    if (doc.visibilityState !== 'visible') return;
    redrawShown();
    if (annotations && !annotations.busy()) void annotations.refresh({ sites: true });
  };
  doc.addEventListener('visibilitychange', onVisible);
  app.setAttribute('aria-busy', 'false');
  // A knowledge base that cannot be read fails the dashboard's opening, as before the labels loaded alongside.
  await labelsReady;

  return () => {
    destroyed = true;
    doc.removeEventListener('visibilitychange', onVisible);
    tabs?.destroy();
  };
}
