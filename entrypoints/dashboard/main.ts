import { openDb } from '../../src/kb/db';
import { send } from '../../src/messaging/client';
import { mountDashboard } from '../../src/ui/dashboard/app';

// Steps of the dashboard's opening, for npm run bench:store: its modules are loaded and evaluated here.
performance.mark('pp:script');

async function main(): Promise<void> {
  // Saved annotations must not be evicted when the disk fills up.
  void navigator.storage?.persist?.();
  const app = document.getElementById('app')!;
  // Opened by the dashboard once its first tab is drawn (src/ui/dashboard/app.ts).
  const db = openDb();
  await mountDashboard(document, app, { db, send });
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
