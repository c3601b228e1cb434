import { getViewer } from "@/lib/auth/session";
import type { ViewerRef } from "@/lib/groups/data";
import { loadGroupFeedAccess } from "@/lib/meetups/data";
import { loadGroupForFeedKey } from "@/lib/meetups/page-data";

/**
 * The group a feed request may read, or null (404). Feed readers send no session, so a private
 * group's feed address carries a member's key to its discussions (`?member=…&key=…`, decision
 * 024); a public group's needs none, and one with a wrong key is a 404 too (a broken subscription
 * should be noticed). A browser with a session reads a private group's feed as the page would.
 * `personal`: the answer depends on who asks, so no shared cache may keep it.
 */
export async function loadGroupForFeed(groupSlug: string, searchParams: URLSearchParams, sessionViewer: () => Promise<ViewerRef | null> = getViewer) {
  const loaded = await loadGroupForFeedKey("discussions", groupSlug, searchParams, sessionViewer);
  return loaded && { group: loaded.group, reader: loaded.requester, personal: loaded.group.visibility === "private" };
}

/**
 * The key a member's feed addresses carry for a private group (none for a public group, whose
 * feeds are one address for all, nor for someone who may not read it).
 */
export async function feedAccessFor(viewer: ViewerRef | null, group: { id: string; visibility: "public" | "private" }, canRead: boolean) {
  return viewer && canRead && group.visibility === "private" ? loadGroupFeedAccess(viewer.id, group.id, "discussions") : null;
}
