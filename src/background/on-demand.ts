/**
 * Modules the background evaluates only when a request needs them. A service worker may not import() (the HTML
 * specification forbids it there), so the build does it instead: scripts/vite/lazy-modules.ts bundles each `lazy:`
 * module into a function of its own, which runs on the first call of `load()` and is only parsed before that.
 * compromise (a few hundred milliseconds to evaluate) is needed to expand an edited knowledge base and for the few
 * sentences where the engine cannot tell a noun from a verb; Dexie and the seed only for saved annotations, the popup
 * and installs. Neither is needed to wake up and analyse a page.
 */
import { load as store } from 'lazy:./store';
import { load as compromise } from 'lazy:compromise';

export const loadStore = store as () => typeof import('./store');
export const loadCompromise = compromise as () => typeof import('compromise');
