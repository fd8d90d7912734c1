import type { PressureDb } from '../../src/kb/db';
import { send } from '../../src/messaging/client';
import { mountDashboard } from '../../src/ui/dashboard/app';

// Steps of the dashboard's opening, for npm run bench:store: its modules are loaded and evaluated here.
performance.mark('pp:script');

let opened: Promise<PressureDb> | undefined;
/** The database's code loads on first use (see src/ui/dashboard/app.ts), once. */
const database = (): Promise<PressureDb> => (opened ??= import('../../src/kb/db').then(({ openDb }) => openDb()));

async function main(): Promise<void> {
  // Saved annotations must not be evicted when the disk fills up.
  void navigator.storage?.persist?.();
  const app = document.getElementById('app')!;
  await mountDashboard(document, app, { database, send });
}

main().catch((err: unknown) => {
  const app = document.getElementById('app')!;
  app.setAttribute('aria-busy', 'false');
  const p = document.createElement('p');
  p.className = 'fatal';
  p.setAttribute('role', 'alert');
  p.textContent = `The dashboard could not open the saved data: ${err instanceof Error ? err.message : String(err)}. Nothing saved was lost; reload the page to try again.`;
  app.replaceChildren(p);
});
