import { ensureBuilt, findChromium } from '../../scripts/lib/chromium';
import { ensureFirefoxBuilt, findFirefox } from '../../scripts/lib/firefox';

/**
 * Builds the Chromium and Firefox packages once for the whole run and makes sure both browsers are there (installing
 * Debian's chromium and firefox-esr if allowed).
 */
export default function setup(): void {
  findChromium();
  findFirefox();
  ensureBuilt();
  ensureFirefoxBuilt();
}
