/**
 * Each side's colour as one style rule per side, `[data-side="<id>"]`, setting `--side` and `--c` (the variables the
 * chips, bars and swatches paint with), instead of an inline style on every element. Elements with an inline style
 * cannot share computed style with their siblings, so the timeline's hundreds of chips and bars were each styled on
 * their own; with a rule per side, those of one side share one.
 *
 * Side ids and colours come from the knowledge base, which the user edits and imports: an id is written as a quoted,
 * escaped attribute value, and a colour that is not #rrggbb (what the editor and the import accept) is left out, so
 * the element keeps the stylesheet's grey, as an unknown side did before.
 */

const COLOR = /^#[0-9a-fA-F]{6}$/;

/** `value` as the inside of a double-quoted CSS string. */
function cssString(value: string): string {
  return value.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `);
}

/** The rules giving each side's elements its colour. */
export function sideColorRules(sides: readonly { id: string; color: string }[]): string {
  return sides
    .filter((s) => COLOR.test(s.color))
    .map((s) => `[data-side="${cssString(s.id)}"]{--side:${s.color};--c:${s.color}}`)
    .join('\n');
}

const marker = 'data-pp-side-colors';

/**
 * Puts the sides' rules in `doc`'s head (one style element, whose text is replaced only when the rules change): every
 * element of the page with `data-side` then takes its side's colour.
 */
export function showSideColors(doc: Document, sides: readonly { id: string; color: string }[]): void {
  const rules = sideColorRules(sides);
  let style = doc.head.querySelector<HTMLStyleElement>(`style[${marker}]`);
  if (style?.textContent === rules) return;
  if (!style) {
    style = doc.createElement('style');
    style.setAttribute(marker, '');
    doc.head.append(style);
  }
  style.textContent = rules;
}
