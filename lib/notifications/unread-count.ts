/**
 * The header's unread count between page loads: the layout draws it once, and in-app navigation
 * keeps the layout, so the count is asked again (app/api/notifications/unread) on each new page
 * and whenever something read notices meanwhile (reading a followed thread) says so.
 */
export const UNREAD_COUNT_URL = "/api/notifications/unread";

/** The window event that asks the header to count again. */
export const NOTICES_CHANGED_EVENT = "toile:notices-changed";

export function noticesChanged(): void {
  window.dispatchEvent(new Event(NOTICES_CHANGED_EVENT));
}
