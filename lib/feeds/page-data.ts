import { getViewer } from "@/lib/auth/session";
import { loadGroup, type ViewerRef } from "@/lib/groups/data";
import { findGroupFeedKeyOwner, loadGroupFeedAccess } from "@/lib/meetups/data";
import { parseFeedAccess } from "@/lib/meetups/schema";

/**
 * The group a feed request may read, or null (404). Feed readers send no session, so a private
 * group's feed address carries a member's key to its discussions (`?member=…&key=…`, decision
 * 024); a public group's needs none, and one with a wrong key is a 404 too (a broken subscription
 * should be noticed). A browser with a session reads a private group's feed as the page would.
 * `personal`: the answer depends on who asks, so no shared cache may keep it.
 */
export async function loadGroupForFeed(groupSlug: string, searchParams: URLSearchParams, sessionViewer: () => Promise<ViewerRef | null> = getViewer) {
  const access = parseFeedAccess(searchParams);
  if (!access) return null;
  const keyOwner = access === "none" ? null : await findGroupFeedKeyOwner(groupSlug, access, "discussions");
  if (access !== "none" && !keyOwner) return null;
  const reader = keyOwner ?? (await sessionViewer());
  const loaded = await loadGroup(groupSlug, reader);
  if (!loaded) return null;
  return { group: loaded.group, reader, personal: loaded.group.visibility === "private" };
}

/**
 * The key a member's feed addresses carry for a private group (none for a public group, whose
 * feeds are one address for all, nor for someone who may not read it).
 */
export async function feedAccessFor(viewer: ViewerRef | null, group: { id: string; visibility: "public" | "private" }, canRead: boolean) {
  return viewer && canRead && group.visibility === "private" ? loadGroupFeedAccess(viewer.id, group.id, "discussions") : null;
}
