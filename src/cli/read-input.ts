/**
 * An input's bytes to the text the engine reads: UTF-8 text as it is, HTML reduced to its article text the way the
 * content script does it. Binary and invalid UTF-8 inputs are refused with a message that names them.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { describeFsError } from './inputs';

/** A problem with one input: reported with its path, and the run goes on. */
export class InputError extends Error {}

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);

export async function readBytes(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (err) {
    throw new InputError(describeFsError(path, err));
  }
}

/** UTF-8 bytes to a string; a byte-order mark is dropped. */
export function decodeText(path: string, bytes: Uint8Array): string {
  // A NUL byte early on means an image, an archive or UTF-16, none of which is news text.
  if (bytes.subarray(0, 8192).includes(0)) throw new InputError(`${path}: looks like a binary file, not text or HTML`);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputError(`${path}: is not valid UTF-8 text`);
  }
}

export function isHtmlPath(path: string): boolean {
  return HTML_EXTENSIONS.has(extname(path).toLowerCase());
}

/** Standard input is HTML when it starts with a tag (after white space and comments). */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html|head|body|article|main|div|p|h[1-6])[\s>]/i.test(text.slice(0, 4096));
}

type HtmlToText = (html: string) => string;
let htmlToText: Promise<HtmlToText> | undefined;

/** The DOM parser and the article finder load only when an HTML input comes. */
function loadHtmlToText(): Promise<HtmlToText> {
  htmlToText ??= Promise.all([import('linkedom'), import('../page/article')]).then(([{ parseHTML }, { extractText, findArticleRoot }]) => (html: string) => {
    const { document } = parseHTML(html);
    const doc = document as unknown as Document;
    const root = findArticleRoot(doc, 0) ?? doc.body;
    return root ? extractText(root).text : '';
  });
  return htmlToText;
}

/** The text the engine should read for an input. */
export async function documentText(text: string, html: boolean): Promise<string> {
  return html ? (await loadHtmlToText())(text) : text;
}
