/**
 * Display names and colours of levers, sides and categories, read from the stored knowledge base (the user's edits
 * included). Small tables: read whole, once, and again after the knowledge base changes.
 */
import { NO_SIDE_KEY } from '../types/annotation';
import type { PressureDb } from '../kb/db';
import { CATEGORY_IDS, CATEGORY_NAMES, type CategoryId } from '../types/knowledge';

export const NO_SIDE_NAME = 'Side unclear';
const NO_SIDE_COLOR = '#6b7280';

export interface Labels {
  /** Levers sorted by name. */
  levers: { id: string; name: string; category: CategoryId }[];
  /** Sides sorted by name. */
  sides: { id: string; name: string; color: string }[];
  categories: { id: CategoryId; name: string }[];
  leverName(id: string): string;
  sideName(id: string | null): string;
  sideColor(id: string | null): string;
  categoryName(id: string): string;
}

/** Labels of an empty knowledge base: ids stand for names (while the real ones load). */
export function emptyLabels(): Labels {
  return labelsFrom([], []);
}

/** Labels from rows the background sent (the levers' and sides' names). */
export function labelsOf(leverRows: { id: string; name: string; category: CategoryId }[], sideRows: { id: string; name: string; color: string }[]): Labels {
  return labelsFrom(leverRows, sideRows);
}

/** The names and colours of sides alone (what a chart of sides needs), from rows the background sent. */
export function sideLabels(sideRows: { id: string; name: string; color: string }[]): Pick<Labels, 'sideName' | 'sideColor'> {
  return labelsFrom([], sideRows);
}

export async function loadLabels(db: PressureDb): Promise<Labels> {
  const [leverRows, sideRows] = await Promise.all([db.levers.toArray(), db.sides.toArray()]);
  return labelsFrom(leverRows, sideRows);
}

function labelsFrom(leverRows: { id: string; name: string; category: CategoryId }[], sideRows: { id: string; name: string; color: string }[]): Labels {
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  const levers = leverRows.map((l) => ({ id: l.id, name: l.name, category: l.category })).sort(byName);
  const sides = sideRows.map((s) => ({ id: s.id, name: s.name, color: s.color })).sort(byName);
  const leverMap = new Map(levers.map((l) => [l.id, l]));
  const sideMap = new Map(sides.map((s) => [s.id, s]));
  return {
    levers,
    sides,
    categories: CATEGORY_IDS.map((id) => ({ id, name: CATEGORY_NAMES[id] })),
    leverName: (id) => leverMap.get(id)?.name ?? id,
    sideName: (id) => (id === null || id === NO_SIDE_KEY ? NO_SIDE_NAME : (sideMap.get(id)?.name ?? id)),
    sideColor: (id) => (id === null || id === NO_SIDE_KEY ? NO_SIDE_COLOR : (sideMap.get(id)?.color ?? NO_SIDE_COLOR)),
    categoryName: (id) => CATEGORY_NAMES[id as CategoryId] ?? id,
  };
}
