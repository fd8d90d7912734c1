import { ensureBuilt, findChromium } from '../../scripts/lib/chromium';

/** Builds the extension once for the whole run and makes sure Chromium is there (installing it if allowed). */
export default function setup(): void {
  findChromium();
  ensureBuilt();
}
