/** Modules bundled to be evaluated on first use (scripts/vite/lazy-modules.ts); cast `load` to the module's type. */
declare module 'lazy:*' {
  export function load(): unknown;
}
