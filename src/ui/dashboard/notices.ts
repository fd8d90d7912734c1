/**
 * How the dashboard speaks to the reader: one alert region for failures (role=alert, stays until dismissed), one
 * polite status line, and toasts with an action (Undo) that go away after a while unless the reader is using them.
 */
import { el } from '../dom';
import { describeError } from '../format';

export interface ToastAction {
  label: string;
  run(): Promise<void>;
}

export interface Notices {
  /** Shows a failure. `doing` names the action ("Deleting the annotation"). */
  error(doing: string, err: unknown): void;
  /** Shows a failure worded by the caller. */
  alert(message: string): void;
  clearAlert(): void;
  /** Announces a short status to screen readers (and shows it in the status line). */
  status(message: string): void;
  toast(message: string, action?: ToastAction, ms?: number): void;
}

export function createNotices(doc: Document, host: HTMLElement): Notices {
  const alertBox = el(doc, 'div', { class: 'alert', role: 'alert', 'data-testid': 'alert' });
  const statusLine = el(doc, 'p', { class: 'status-line visually-hidden', role: 'status', 'aria-live': 'polite' });
  const toasts = el(doc, 'div', { class: 'toasts', 'aria-live': 'polite', 'aria-relevant': 'additions' });
  host.append(alertBox, statusLine, toasts);

  const alert = (message: string) => {
    const dismiss = el(doc, 'button', { type: 'button', class: 'dismiss', 'aria-label': 'Dismiss this message' }, '\u00D7');
    dismiss.addEventListener('click', () => alertBox.replaceChildren());
    alertBox.replaceChildren(el(doc, 'p', {}, message), dismiss);
  };

  return {
    error: (doing, err) => {
      console.error(`[Pressure Points] ${doing}`, err);
      alert(describeError(doing, err));
    },
    alert,
    clearAlert: () => alertBox.replaceChildren(),
    status: (message) => {
      // Re-set the text even when it is unchanged, so it is announced again.
      statusLine.textContent = '';
      statusLine.textContent = message;
    },
    toast: (message, action, ms = 10_000) => {
      const toast = el(doc, 'div', { class: 'toast', role: 'status', 'data-testid': 'toast' });
      const text = el(doc, 'p', {}, message);
      const close = el(doc, 'button', { type: 'button', class: 'dismiss', 'aria-label': 'Dismiss' }, '\u00D7');
      let timer: ReturnType<typeof setTimeout> | undefined;
      let left = ms;
      let startedAt = 0;
      const remove = () => {
        clearTimeout(timer);
        toast.remove();
      };
      const start = () => {
        startedAt = Date.now();
        timer = setTimeout(remove, left);
      };
      // Time stops while the reader points at or tabs into the toast (WCAG 2.2.1).
      const pause = () => {
        clearTimeout(timer);
        left = Math.max(1500, left - (Date.now() - startedAt));
      };
      toast.addEventListener('mouseenter', pause);
      toast.addEventListener('focusin', pause);
      toast.addEventListener('mouseleave', () => {
        if (!toast.contains(doc.activeElement)) start();
      });
      toast.addEventListener('focusout', (e) => {
        if (!toast.contains(e.relatedTarget as Node | null)) start();
      });
      close.addEventListener('click', remove);
      toast.append(text);
      if (action) {
        const button = el(doc, 'button', { type: 'button', class: 'toast-action' }, action.label);
        button.addEventListener('click', () => {
          button.disabled = true;
          action
            .run()
            .then(remove)
            .catch(() => {
              button.disabled = false;
            });
        });
        toast.append(button);
      }
      toast.append(close);
      toasts.append(toast);
      start();
    },
  };
}
