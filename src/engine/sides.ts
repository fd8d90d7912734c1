/**
 * Sides the text names without naming a government: the home of a firm whose exports that government licenses.
 */
import type { SideId } from '../types/knowledge';
import type { Token } from './tokens';

/**
 * Makers of chipmaking tools, by the government that licenses their exports (each firm's annual report: ASML and ASM
 * International, Veldhoven and Almere; Tokyo Electron, Nikon, Canon, Screen, Lasertec, Advantest, Tokyo; Applied
 * Materials, Lam Research, KLA, California). Keyed by the first word; the rest of the name follows it.
 */
const TOOL_MAKERS = new Map<string, { rest: string[]; side: SideId }[]>([
  ['asml', [{ rest: [], side: 'netherlands' }]],
  ['asm', [{ rest: ['international'], side: 'netherlands' }]],
  ['tokyo', [{ rest: ['electron'], side: 'japan' }]],
  ['nikon', [{ rest: [], side: 'japan' }]],
  ['canon', [{ rest: [], side: 'japan' }]],
  ['lasertec', [{ rest: [], side: 'japan' }]],
  ['advantest', [{ rest: [], side: 'japan' }]],
  ['applied', [{ rest: ['materials'], side: 'us' }]],
  ['lam', [{ rest: ['research'], side: 'us' }]],
  ['kla', [{ rest: [], side: 'us' }]],
]);

/** The home side of the first chipmaking-tool maker named in `tokens` (capitalised, as a name), or null. */
export function toolMakerSide(tokens: Token[]): SideId | null {
  for (let k = 0; k < tokens.length; k++) {
    // Names are capitalised: a word opening in a lower-case ASCII letter is passed over without a lookup.
    const c = tokens[k].text.charCodeAt(0);
    if (c >= 0x61 && c <= 0x7a) continue;
    const makers = TOOL_MAKERS.get(tokens[k].norm);
    if (!makers) continue;
    for (const maker of makers) if (maker.rest.every((w, q) => tokens[k + 1 + q]?.norm === w)) return maker.side;
  }
  return null;
}
