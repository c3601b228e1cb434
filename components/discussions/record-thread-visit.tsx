"use client";

import { useEffect } from "react";
import { noticesChanged } from "@/lib/notifications/unread-count";

/** Where the thread page reports a visit (app/api/thread-visits/route.ts). */
const VISITS_URL = "/api/thread-visits";

/**
 * Tells the server, once the thread is on screen, that the reader has seen it as drawn at
 * `shownAt` (decision 014): next time, only posts written after that are marked new. Done from
 * the browser rather than while drawing the page, so a prefetch or a crawler's fetch never counts
 * as reading. Draws nothing.
 */
export function RecordThreadVisit({ threadId, shownAt }: { threadId: number; shownAt: string }) {
  useEffect(() => {
    // Best effort: a visit not recorded only leaves some posts marked new a little longer.
    // Recorded, it may have read the reader's notices of the thread's replies: the header counts again.
    fetch(VISITS_URL, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ threadId, shownAt }), keepalive: true })
      .then((response) => response.ok && noticesChanged())
      .catch(() => undefined);
  }, [threadId, shownAt]);
  return null;
}
