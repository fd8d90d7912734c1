/**
 * What every dashboard view is given: the page's database (loaded on first use), the labels of the knowledge base, the
 * way to report, the message channel to the background, and a small bus so that a change made in one view refreshes
 * the others.
 */
import type { PressureDb } from '../../kb/db';
import type { MessageName, Request, Response } from '../../messaging/protocol';
import type { Labels } from '../labels';
import type { Notices } from './notices';

export type Send = <K extends MessageName>(name: K, data: Request<K>) => Promise<Response<K>>;

export type DataChange = 'annotations' | 'knowledge-base' | 'reading-log';

export interface DashboardContext {
  doc: Document;
  /**
   * The page's own database. Its code (Dexie, the schema and the seed knowledge base) is loaded by the first call, not
   * when the page opens: the timeline and the annotation list draw first from what the background sends.
   */
  database(): Promise<PressureDb>;
  notices: Notices;
  send: Send;
  labels(): Labels;
  /**
   * Settles once the labels are loaded. The first tab's first read starts before (the list's page, the timeline's
   * counters) and waits for it only to draw; until then labels() has no names.
   */
  labelsReady: Promise<void>;
  /**
   * The first tab has drawn (or cannot draw without the page's database): the page's database opens and the labels
   * load only then when the first tab is the timeline or the annotation list. Calling it again does nothing.
   */
  firstDrawn(): void;
  /** Reports a change so that the other views refresh (a knowledge-base change also reloads the labels). */
  changed(what: DataChange): Promise<void>;
  onChange(listener: (what: DataChange) => void): () => void;
}

/** The context of a tab mounted once the page's database is loaded (charts, reading log, import and export). */
export interface DatabaseContext extends DashboardContext {
  db: PressureDb;
}
