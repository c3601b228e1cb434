/**
 * Focuses an element once the page shows it: a server action's refresh lands a moment after its
 * result (a new post, a reply form that appears once its reader joined the group). The page
 * scrolls to it and a screen reader reads it. Gives up after `waitMs` (two seconds).
 */
export function focusWhenShown(elementId: string, waitMs = 2000): void {
  whenShown(elementId, (element) => element.focus(), waitMs);
}

/** Runs `then` with the element `elementId` once the page shows it (a form just opened); gives up after `waitMs`. */
export function whenShown(elementId: string, then: (element: HTMLElement) => void, waitMs = 2000): void {
  const started = Date.now();
  const attempt = () => {
    const element = document.getElementById(elementId);
    if (element) then(element);
    else if (Date.now() - started < waitMs) window.requestAnimationFrame(attempt);
  };
  attempt();
}

/**
 * Runs `fallback` when the element `elementId` has not appeared within `waitMs` (the refreshed
 * page does not show it: a reply beyond the part of a long branch this page shows).
 */
export function unlessShown(elementId: string, fallback: () => void, waitMs = 2000): void {
  const started = Date.now();
  const check = () => {
    if (document.getElementById(elementId)) return;
    if (Date.now() - started < waitMs) window.requestAnimationFrame(check);
    else fallback();
  };
  check();
}
